import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Channel } from '../../regions/schema.ts';
import { channelHref } from './links.ts';

const ALLOWED = /^(?:tel:\+?\d+|sms:\+?\d+|https:\/\/\S+)$/;

describe('channel links (P7: only tel:, sms: and https:)', () => {
  it('makes tel:, sms: and https: links', () => {
    expect(channelHref({ type: 'phone', number: '0808 2000 247', hours: '24/7' })).toBe(
      'tel:08082000247',
    );
    expect(channelHref({ type: 'relay', number: '18001 101', hours: '24/7' })).toBe('tel:18001101');
    expect(channelHref({ type: 'text', number: '999', hours: '24/7' })).toBe('sms:999');
    expect(channelHref({ type: 'web', url: 'https://galop.org.uk' })).toBe('https://galop.org.uk');
    expect(channelHref({ type: 'email', address: 'help@galop.org.uk' })).toBeUndefined();
  });

  it('P7: never makes a link outside the allow-list, whatever the data holds', () => {
    const tricky = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'data:text/html,x',
        'vbscript:x',
        'http://example.org',
        'https://exa mple.org',
        'tel:999',
        '\u0000https://x',
      ),
    );
    fc.assert(
      fc.property(tricky, fc.constantFrom('phone', 'text', 'relay', 'web'), (value, type) => {
        const channel = (
          type === 'web' ? { type, url: value } : { type, number: value, hours: '24/7' }
        ) as Channel;
        const href = channelHref(channel);
        return href === undefined || ALLOWED.test(href);
      }),
    );
  });
});
