import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { cleanup } from '@testing-library/preact';
import type { Channel } from '../regions/schema.ts';
import { channelHref } from '../features/services/links.ts';
import { smsHref, telHref } from '../features/plan/contact-links.ts';
import { Prose } from './Prose.tsx';
import { propertyRuns } from '../../test/depth.ts';
import type { ComponentChildren } from 'preact';
import { createServices } from '../app/services.ts';
import { renderWithServices } from '../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

/** The only schemes the app may ever put in an href (P7). */
const ALLOWED = /^(https:|tel:|sms:)/;

/** Hostile strings: dangerous schemes with case, whitespace, control and unicode tricks. */
const SCHEMES = ['javascript:', 'data:', 'vbscript:', 'file:', 'http:', 'blob:', 'about:'];
const tricks = fc
  .tuple(
    fc.constantFrom(...SCHEMES),
    fc.constantFrom(
      '',
      ' ',
      '\t',
      '\n',
      '\u0000',
      '\u0001',
      '\u200B',
      '\uFEFF',
      '\u202E',
      '\u00A0',
    ),
    fc.boolean(),
    fc.string({ maxLength: 20 }),
  )
  .map(([scheme, pad, upper, rest]) => {
    const cased = upper
      ? scheme.replace(/[a-z]/g, (c, i: number) => (i % 2 ? c.toUpperCase() : c))
      : scheme;
    // Put the trick character before the scheme and inside it.
    const mid = Math.floor(cased.length / 2);
    return `${pad}${cased.slice(0, mid)}${pad}${cased.slice(mid)}${rest}alert(1)`;
  });
const hostile = fc.oneof(
  tricks,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:window.__xss=1',
    'java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https:\u0000//x',
    'tel:999" onclick="alert(1)',
    '\u202Ehttps://x',
    'ｊａｖａｓｃｒｉｐｔ:alert(1)',
    '//evil.test',
  ),
);

describe('P7: every href the app builds from data is https:, tel: or sms:, or there is none', () => {
  it('service channel links (tel:, sms:, https:)', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('phone', 'text', 'relay', 'web', 'email'), (v, type) => {
        const channel = (
          type === 'web'
            ? { type, url: v }
            : type === 'email'
              ? { type, address: v }
              : { type, number: v, hours: '24/7' }
        ) as Channel;
        const href = channelHref(channel);
        return href === undefined || /^(?:tel:\+?\d+|sms:\+?\d+|https:\/\/\S+)$/.test(href);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it("the plan's safe-contact call and text links hold only digits and one leading plus", () => {
    fc.assert(
      fc.property(hostile, (typed) => {
        return /^tel:\+?\d*$/.test(telHref(typed)) && /^sms:\+?\d*$/.test(smsHref(typed));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('<Prose> links render only https:, whatever the compiled tree holds', () => {
    fc.assert(
      fc.property(hostile, (href) => {
        const { container } = render(
          <Prose blocks={[{ t: 'p', c: [{ t: 'link', href, c: ['tap'] }] }]} />,
        );
        const hrefs = [...container.querySelectorAll('[href], [src]')].map(
          (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
        );
        cleanup();
        return hrefs.every((h) => ALLOWED.test(h));
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('<Prose> keeps a real https link', () => {
    const { container } = render(
      <Prose
        blocks={[{ t: 'p', c: [{ t: 'link', href: 'https://www.gov.uk/', c: ['GOV.UK'] }] }]}
      />,
    );
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://www.gov.uk/');
  });
});
