import { afterEach, beforeAll, describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { loadNamespace } from '../../i18n/index.ts';
import { ServicesScreen } from './ServicesScreen.tsx';
import { currentArea, EMERGENCY_IDS, reach, services } from './directory.ts';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let app = createServices();
beforeEach(() => {
  app = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services: app });

beforeAll(() => loadNamespace('services'));
afterEach(() => app.navigation.reset());

function resultNames(): string[] {
  return [...document.querySelectorAll<HTMLElement>('ul.service-list')].flatMap((list) =>
    within(list)
      .queryAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  );
}

const inList = services.filter((s) => !(EMERGENCY_IDS as readonly string[]).includes(s.id));
const home = inList.filter((s) => reach(s) !== 'other');

describe('ServicesScreen', () => {
  it("lists the area's own services first, then its nation's, other nations' only on request", () => {
    render(<ServicesScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Find someone to talk to' })).toBeTruthy();
    const names = resultNames();
    expect(names).toHaveLength(home.length);
    const firstLocal = services.find(
      (s) => s.pack === currentArea()?.id && !EMERGENCY_IDS.includes(s.id as never),
    );
    expect(names[0]).toBe(firstLocal?.name.en);
    // 999 is on the panel above the list, not repeated as a card.
    expect(names).not.toContain('Emergency services: 999');
    const call = screen.getAllByRole('link', { name: 'Call 999' })[0];
    expect(call?.getAttribute('href')).toBe('tel:999');
    expect(screen.getByRole('status').textContent).toBe(`${home.length} services`);
    fireEvent.click(screen.getByRole('button', { name: 'Show lines for other UK nations too' }));
    expect(resultNames()).toHaveLength(inList.length);
  });

  it('filters as the person types, and says how many match', () => {
    render(<ServicesScreen />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search by name or number' }), {
      target: { value: 'galop' },
    });
    expect(resultNames()).toEqual(['Galop: LGBT+ Domestic Abuse Helpline']);
    expect(screen.getByRole('status').textContent).toBe('1 service');
  });

  it('filters by who it is for and what the person needs', () => {
    render(<ServicesScreen />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Who is it for?' }), {
      target: { value: 'men' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'What do you need?' }), {
      target: { value: 'talk' },
    });
    const shown = resultNames();
    expect(shown).toContain("Men's Advice Line");
    expect(shown).toContain('Samaritans');
    expect(shown).not.toContain('National Domestic Abuse Helpline');
  });

  it('says so kindly when nothing matches, and clears the filters', () => {
    render(<ServicesScreen />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzz' } });
    expect(screen.getByRole('status').textContent).toMatch(/No services match/);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(resultNames()).toHaveLength(home.length);
  });

  it('opens a service from its name', () => {
    render(<ServicesScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Safe2Speak' }));
    expect(app.navigation.current.value).toEqual({
      name: 'service',
      params: { id: 'safe2speak' },
    });
  });

  it('links to the emergency screen', () => {
    render(<ServicesScreen />);
    fireEvent.click(screen.getByRole('button', { name: /Emergency numbers/ }));
    expect(app.navigation.current.value.name).toBe('emergency');
  });

  it('has an open-now filter', () => {
    render(<ServicesScreen />);
    const box = screen.getByRole('checkbox', { name: 'Only show lines open now' });
    fireEvent.click(box);
    // 24/7 lines are always open, whatever the time of the test run.
    expect(resultNames()).toContain('National Domestic Abuse Helpline');
    expect(resultNames()).not.toContain("Men's Advice Line"); // hours not confirmed
    expect(resultNames()).not.toContain('Galop: LGBT+ Domestic Abuse Helpline'); // only 2023 hours
  });

  it('shows a long list a page at a time, starting again when a filter changes', () => {
    render(<ServicesScreen pageSize={10} />);
    expect(resultNames()).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: 'Show 10 more services' }));
    expect(resultNames()).toHaveLength(20);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'line' } });
    expect(resultNames().length).toBeLessThanOrEqual(10);
  });
});
