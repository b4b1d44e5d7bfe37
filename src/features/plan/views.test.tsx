import { beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { dropSensitiveState } from '../../core/sensitive-state.ts';
import { loadNamespace } from '../../i18n/index.ts';
import { planModelOf } from './plan-store.ts';
import { createSlot } from '../../core/slot.ts';
import { freshDb, testVault } from '../../vault/testing.ts';
import { PlanScreen } from './PlanScreen.tsx';
import { SectionScreen } from './SectionScreen.tsx';
import { DiaryScreen } from './DiaryScreen.tsx';
import { DiaryEntryScreen } from './DiaryEntryScreen.tsx';
import { PrintScreen } from './PrintScreen.tsx';
import { SAVED_REFLECTION_ID } from '../check-in/saved.ts';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

// The views run against the vault's own code over a fast, fake key derivation: the derivation
// has its own tests, and here only the plan's behaviour matters.
let vault = testVault().vault;
let services = createServices();
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

beforeAll(async () => {
  await loadNamespace('plan');
  await loadNamespace('check-in');
});

beforeEach(async () => {
  // Fresh services over a fresh, open vault for every test: a new plan model each time.
  await freshDb();
  vault = testVault().vault;
  await vault.create('correct horse battery staple');
  services = { ...createServices(), vault: createSlot(vault) };
});

const saved = () => screen.findByText('Saved');

describe('plan screen', () => {
  it('starts from priorities and puts the matching sections first', async () => {
    render(<PlanScreen />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your safety plan' })).toBeTruthy();
    const pets = await screen.findByRole('checkbox', { name: 'My pets' });
    fireEvent.click(pets);
    await saved();
    const list = screen.getAllByRole('list')[0];
    if (!list) throw new Error('no section list');
    const first = within(list).getAllByRole('button')[0];
    expect(first?.textContent).toMatch(/^Pets/);
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it('opens a section with its id', async () => {
    render(<PlanScreen />);
    fireEvent.click(await screen.findByRole('button', { name: /^Documents/ }));
    expect(services.navigation.current.value).toEqual({
      name: 'plan-section',
      params: { id: 'documents' },
    });
  });

  it('says staying for now is a real plan when it is chosen', async () => {
    render(<PlanScreen />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Staying for now' }));
    expect(await screen.findByText(/Staying for now is a real plan/)).toBeTruthy();
  });
});

describe('plan section', () => {
  it('saves a tick at once and shows a calm status', async () => {
    render(<SectionScreen params={{ id: 'bag' }} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Medicine and prescriptions' }));
    await saved();
    expect(planModelOf(services).section('bag').checked).toEqual(['medicine']);
  });

  it('keeps what was typed and says why when a save fails', async () => {
    vi.spyOn(vault, 'put').mockResolvedValue({ ok: false, reason: 'quota' });
    render(<SectionScreen params={{ id: 'notes' }} />);
    const notes = await screen.findByRole('textbox', { name: 'Your notes' });
    fireEvent.input(notes, { target: { value: 'My own words' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/This device is full/);
    expect((notes as HTMLTextAreaElement).value).toBe('My own words');
  });

  it('keeps every field out of autofill and keyboard learning (spec 34)', async () => {
    render(<SectionScreen params={{ id: 'contacts' }} />);
    await screen.findByRole('textbox', { name: 'Your notes' });
    for (const field of screen.getAllByRole('textbox')) {
      expect(field.getAttribute('autocomplete')).toBe('off');
      expect(field.getAttribute('spellcheck')).toBe('false');
      expect(field.getAttribute('autocapitalize')).toBe('off');
      expect(field.getAttribute('autocorrect')).toBe('off');
    }
  });

  it('links each service to its screen by id', async () => {
    render(<SectionScreen params={{ id: 'legal' }} />);
    fireEvent.click(await screen.findByRole('button', { name: "Clare's Law" }));
    expect(services.navigation.current.value).toEqual({
      name: 'service',
      params: { id: 'clares-law' },
    });
  });

  it('offers free help with an emergency court order among the legal options', async () => {
    render(<SectionScreen params={{ id: 'legal' }} />);
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'National Centre for Domestic Violence: free help to get a court order',
      }),
    );
    expect(services.navigation.current.value).toEqual({ name: 'service', params: { id: 'ncdv' } });
  });

  it('adds a safe contact with call and text links, and a reminder about call logs', async () => {
    render(<SectionScreen params={{ id: 'contacts' }} />);
    expect(await screen.findByText(/call history/)).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Sam' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Phone number' }), {
      target: { value: '07700 900123' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    const call = await screen.findByRole('link', { name: 'Call Sam' });
    expect(call.getAttribute('href')).toBe('tel:07700900123');
    expect(screen.getByRole('link', { name: 'Text Sam' }).getAttribute('href')).toBe(
      'sms:07700900123',
    );
  });

  it('removes a contact only after the person confirms', async () => {
    await planModelOf(services).load();
    await planModelOf(services).addContact({ name: 'Sam', number: '123', codeWord: '' });
    render(<SectionScreen params={{ id: 'contacts' }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Sam' }));
    fireEvent.click(screen.getByRole('button', { name: 'No, keep' }));
    expect(planModelOf(services).contacts.value).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Sam' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Call Sam' })).toBeNull());
    expect(planModelOf(services).contacts.value).toEqual([]);
  });

  it('asks for a name and a number before adding a contact', async () => {
    render(<SectionScreen params={{ id: 'contacts' }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add contact' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/name and a phone number/);
    expect(planModelOf(services).contacts.value).toEqual([]);
  });

  it('offers to keep the plan after a meaningful save, from a tap, and points to a backup', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    Object.defineProperty(navigator, 'storage', { value: { persist }, configurable: true });
    onTestFinished(() => {
      Reflect.deleteProperty(navigator, 'storage');
    });
    render(<SectionScreen params={{ id: 'bag' }} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Spare house and car keys' }));
    const offer = await screen.findByRole('heading', { name: 'Keep your plan safe' });
    expect(offer).toBeTruthy();
    expect(persist).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep my plan' }));
    expect(await screen.findByText(/This browser will keep your plan/)).toBeTruthy();
    expect(persist).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Make a backup' }));
    expect(services.navigation.current.value).toEqual({ name: 'vault-settings' });
  });
});

describe('diary', () => {
  it('saves an entry and lists entries in date order', async () => {
    const first = render(<DiaryEntryScreen params={{}} />);
    fireEvent.input(await screen.findByLabelText('Date it happened'), {
      target: { value: '2026-05-02' },
    });
    fireEvent.input(screen.getByLabelText('Where it happened'), { target: { value: 'Park' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await saved();
    first.unmount();
    await planModelOf(services).saveEntry({
      date: '2026-01-09',
      time: '',
      where: 'Home',
      what: '',
      witnesses: '',
      injuries: '',
      said: '',
    });
    render(<DiaryScreen />);
    const entries = await screen.findAllByRole('button', { name: /2026/ });
    expect(entries.map((e) => e.textContent)).toEqual(['9 January 2026: Home', '2 May 2026: Park']);
  });

  it('will not save an empty entry', async () => {
    render(<DiaryEntryScreen params={{}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save entry' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Add a date/);
    expect(planModelOf(services).diary.value).toEqual([]);
  });
});

describe('dropping the plan', () => {
  it('forgets the plan held in memory on quick exit or lock (onDropSensitiveState)', async () => {
    await planModelOf(services).load();
    await planModelOf(services).setItem('bag', 'keys', true);
    dropSensitiveState();
    expect(planModelOf(services).section('bag').checked).toEqual([]);
    expect(planModelOf(services).loadState.value).toBe('idle');
  });

  it('shows nothing of the plan once the vault locks', async () => {
    render(<SectionScreen params={{ id: 'bag' }} />);
    expect(await screen.findByRole('checkbox', { name: 'Spare house and car keys' })).toBeTruthy();
    vault.lock();
    // The gate asks for the passphrase instead, and nothing of the plan stays on screen.
    expect(await screen.findAllByLabelText(/passphrase/i)).not.toHaveLength(0);
    expect(screen.queryByText(/Spare house/)).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Spare house and car keys' })).toBeNull();
  });
});

describe('print', () => {
  it('warns that paper can be found and prints nothing until something is chosen', async () => {
    await planModelOf(services).load();
    await planModelOf(services).setItem('bag', 'keys', true);
    await planModelOf(services).setItem('money', 'credit', true);
    render(<PrintScreen params={{}} />);
    expect(await screen.findByRole('heading', { name: 'Paper can be found' })).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Money' }));
    const sheet = await screen.findByRole('article', { name: 'What will be printed' });
    expect(sheet.textContent).toContain('Keep some credit on your phone.');
    expect(sheet.textContent).not.toContain('Spare house and car keys');
  });
});

describe('the saved reflection in the plan', () => {
  const save = () =>
    vault.put([
      {
        id: SAVED_REFLECTION_ID,
        value: { ticked: ['checks-phone', 'stalked'], date: '2025-03-04' },
      },
    ]);

  it('is not shown when none was saved', async () => {
    render(<PlanScreen />);
    await screen.findByRole('heading', { name: 'What matters most to you right now?' });
    expect(screen.queryByRole('region', { name: 'Your saved reflection' })).toBeNull();
  });

  it('lists the ticked statements and the date, and can be deleted', async () => {
    await save();
    render(<PlanScreen />);
    const part = await screen.findByRole('region', { name: 'Your saved reflection' });
    expect(
      within(part).getByText('They check your phone, or make you tell them your passwords.'),
    ).toBeTruthy();
    expect(
      within(part).getByText('They follow you, watch you or turn up where you are.'),
    ).toBeTruthy();
    expect(within(part).getByText('Saved on 4 March 2025.')).toBeTruthy();
    fireEvent.click(within(part).getByRole('button', { name: 'Delete this reflection' }));
    fireEvent.click(within(part).getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('Your saved reflection has been deleted.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Your saved reflection' })).toBeNull();
    expect(await vault.get(SAVED_REFLECTION_ID)).toBeUndefined();
  });

  it('goes on paper only when the person chooses it', async () => {
    await save();
    render(<PrintScreen params={{}} />);
    const choice = await screen.findByRole('checkbox', { name: 'Your saved reflection' });
    expect(screen.queryByText(/check your phone/)).toBeNull();
    fireEvent.click(choice);
    const sheet = screen.getByRole('article', { name: 'What will be printed' });
    expect(within(sheet).getByText(/check your phone/)).toBeTruthy();
  });

  it('is dropped from the screen on quick exit or lock', async () => {
    await save();
    render(<PlanScreen />);
    await screen.findByRole('region', { name: 'Your saved reflection' });
    dropSensitiveState();
    expect(planModelOf(services).reflection.value).toBeUndefined();
    vault.lock();
    await waitFor(() => expect(screen.queryByText(/check your phone/)).toBeNull());
  });
});
