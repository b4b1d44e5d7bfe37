import { afterEach, beforeAll, describe, expect, test, beforeEach } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { pages } from 'virtual:content-index';
import { loadNamespace } from '../../i18n/index.ts';
import type { ScreenRef } from '../../core/navigation.ts';
import { dropSensitiveState } from '../../core/sensitive-state.ts';
import { CheckIn } from './CheckIn.tsx';
import { createCheckInModel, type CheckInModel } from './model.ts';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

let model: CheckInModel;
// The service lines on the results wait for their own strings; loaded first, they show at once.
beforeAll(() => Promise.all([loadNamespace('check-in'), loadNamespace('services')]));
afterEach(() => {
  model.dispose();
  services.navigation.reset();
});

function start() {
  model = createCheckInModel();
  render(<CheckIn model={model} />);
}

const tick = (name: string | RegExp) => fireEvent.click(screen.getByRole('checkbox', { name }));
const next = () => fireEvent.click(screen.getByRole('button', { name: 'See what might help' }));

describe('"Is this happening to me?"', () => {
  test('says it is private, with no score, before any question', () => {
    start();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Is this happening to me?' }),
    ).toBeTruthy();
    expect(screen.getByText(/There is no score/)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Day to day, are any of these true?' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Has any of this happened?' })).toBeTruthy();
  });

  test('everyday answers lead to next steps for those topics, with pages and services', () => {
    start();
    tick(/control your money/);
    tick(/check your phone/);
    next();
    expect(screen.getByRole('heading', { level: 1, name: 'What might help' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'This is serious' })).toBeNull();
    const money = screen.getByRole('region', { name: 'Money' });
    fireEvent.click(within(money).getByRole('button', { name: 'Economic abuse' }));
    expect(services.navigation.current.value).toEqual({
      name: 'page',
      params: { slug: 'economic-abuse' },
    });
    expect(screen.getByRole('region', { name: 'Your phone and accounts' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Being hurt' })).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'National Domestic Abuse Helpline (24 hours)' }),
    );
    expect(services.navigation.current.value).toEqual({
      name: 'service',
      params: { id: 'national-da-helpline' },
    });
  });

  test('a visa, health or disability used against you leads to the pages for that', () => {
    start();
    tick(/your visa, your health or a disability/);
    next();
    const threats = screen.getByRole('region', { name: 'Threats' });
    fireEvent.click(
      within(threats).getByRole('button', {
        name: 'If you are on a visa or have no recourse to public funds',
      }),
    );
    expect(services.navigation.current.value).toEqual({
      name: 'page',
      params: { slug: 'no-recourse-to-public-funds' },
    });
    fireEvent.click(
      within(threats).getByRole('button', { name: 'Help for disabled and Deaf people' }),
    );
    expect(services.navigation.current.value).toEqual({
      name: 'page',
      params: { slug: 'disabled-and-deaf' },
    });
    expect(within(threats).queryByRole('button', { name: 'Help for LGBT+ people' })).toBeNull();
  });

  test('a threat to share private things leads to the LGBT+ page too', () => {
    start();
    tick(/share private things about you/);
    next();
    const threats = screen.getByRole('region', { name: 'Threats' });
    fireEvent.click(within(threats).getByRole('button', { name: 'Help for LGBT+ people' }));
    expect(services.navigation.current.value).toEqual({
      name: 'page',
      params: { slug: 'lgbt-plus' },
    });
    expect(
      within(threats).queryByRole('button', { name: 'Help for disabled and Deaf people' }),
    ).toBeNull();
  });

  test('a danger sign leads first to a calm "who to call now" screen', () => {
    start();
    tick(/put you down/);
    tick('They have said they will kill you.');
    tick(/follow you, watch you/);
    next();
    expect(screen.getByRole('heading', { level: 1, name: 'This is serious' })).toBeTruthy();
    expect(screen.getByText(/call 999/)).toBeTruthy();
    expect(screen.getByText('A threat to kill must always be taken seriously.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'National Stalking Helpline' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Safe2Speak 24-hour line' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Emergency help: 999/ }));
    expect(services.navigation.current.value).toEqual({ name: 'emergency' });
    fireEvent.click(screen.getByRole('button', { name: 'See more next steps' }));
    expect(screen.getByRole('heading', { level: 1, name: 'What might help' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Put-downs and blame' })).toBeTruthy();
  });

  test('does not call every listed service free, as Safe2Speak is a local number', () => {
    start();
    next();
    expect(screen.getByRole('button', { name: 'Safe2Speak' })).toBeTruthy();
    expect(
      screen.getByText(
        /Numbers that start with 0800 or 0808 are free to call. Other numbers cost the same as a normal call./,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/These services are free/)).toBeNull();
  });

  test('ticking nothing still offers someone to talk to', () => {
    start();
    next();
    expect(screen.getByText(/You did not tick anything/)).toBeTruthy();
    expect(screen.getByRole('button', { name: "Men's Advice Line" })).toBeTruthy();
  });

  test('answers vanish on quick exit or lock, and when cleared', () => {
    start();
    tick(/make rules/);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /make rules/ }).checked).toBe(
      true,
    );
    dropSensitiveState();
    expect(model.ticked.value.size).toBe(0);
    tick(/make rules/);
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Clear my answers and start again' }));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /make rules/ }).checked).toBe(
      false,
    );
  });

  test('answers can be changed without losing them', () => {
    start();
    tick(/pushed, grabbed/);
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Change my answers' }));
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: /pushed, grabbed/ }).checked,
    ).toBe(true);
  });

  test('even after a serious result, results never point to the path for people who abuse', () => {
    // A survivor is often told they are the real abuser: a line here for people worried about
    // their own behaviour could read as meant for them. That path starts only from home.
    start();
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    next();
    fireEvent.click(screen.getByRole('button', { name: 'See more next steps' }));
    const text = document.body.textContent;
    expect(text).toContain('What might help');
    expect(text).not.toMatch(/respect|own behaviour|how you treat/i);
    const selfPages = new Set(pages.filter((p) => p.section === 'self').map((p) => p.slug));
    const visited: ScreenRef[] = [];
    const keep = ['Change my answers', 'Clear my answers and start again'];
    for (const button of screen.getAllByRole('button')) {
      if (keep.includes(button.textContent)) continue;
      fireEvent.click(button);
      visited.push(services.navigation.current.value);
    }
    expect(visited.length).toBeGreaterThan(10);
    for (const target of visited) {
      expect(target.name).not.toBe('self');
      const params: Partial<Record<string, string>> = target.params ?? {};
      expect(params['id']).not.toBe('respect-phoneline');
      expect(selfPages.has(params['slug'] ?? '')).toBe(false);
    }
  });
});
