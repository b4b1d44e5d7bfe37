import { describe, expect, it } from 'vitest';
import type { SaveResult, Vault } from '../../vault/types.ts';
import { createMemoryVault } from './memory-vault.ts';
import { compareEntries, createPlanModel, type DiaryDraft, type DiaryEntry } from './plan-model.ts';
import { onDropSensitiveState, dropSensitiveState } from '../../core/sensitive-state.ts';

const unlocked = (): Vault => createMemoryVault('unlocked');

/** A vault whose writes fail with the given reason, as a full device or a locked vault would. */
function failingWrites(vault: Vault, reason: Extract<SaveResult, { ok: false }>['reason']): Vault {
  return {
    ...vault,
    put: () => Promise.resolve({ ok: false, reason }),
    remove: () => Promise.resolve({ ok: false, reason }),
  };
}

const draft = (overrides: Partial<DiaryDraft>): DiaryDraft => ({
  date: '',
  time: '',
  where: '',
  what: '',
  witnesses: '',
  injuries: '',
  said: '',
  ...overrides,
});

describe('priorities order the sections', () => {
  it('keeps the default order with no priorities, contacts first and notes last', async () => {
    const model = createPlanModel(unlocked());
    await model.load();
    const ids = model.orderedSections.value.map((s) => s.id);
    expect(ids[0]).toBe('contacts');
    expect(ids.at(-1)).toBe('notes');
    expect(ids).toHaveLength(13);
  });

  it('puts the sections that serve the chosen priorities first', async () => {
    const model = createPlanModel(unlocked());
    await model.load();
    await model.setPriority('pets', true);
    expect(model.orderedSections.value[0]?.id).toBe('pets');
    await model.setPriority('pets', false);
    await model.setPriority('children', true);
    await model.setPriority('after', true);
    const ids = model.orderedSections.value.map((s) => s.id);
    // These three each serve both choices; they lead, in their default order.
    expect(ids.slice(0, 3)).toEqual(['children', 'legal', 'after']);
  });

  it('treats staying for now as a plan of its own: leaving moves down, home safety up', async () => {
    const model = createPlanModel(unlocked());
    await model.load();
    await model.setPriority('staying', true);
    await model.setPriority('safety', true);
    const ids = model.orderedSections.value.map((s) => s.id);
    expect(ids.indexOf('home')).toBeLessThan(4);
    expect(ids.indexOf('leaving')).toBeGreaterThan(ids.indexOf('home'));
    expect(ids.indexOf('leaving')).toBeGreaterThan(ids.indexOf('money'));
  });
});

describe('saving and loading through the vault', () => {
  it('round-trips priorities, checklists, notes, contacts and diary entries', async () => {
    const vault = unlocked();
    const first = createPlanModel(vault);
    await first.load();
    await first.setPriority('money', true);
    await first.setItem('bag', 'medicine', true);
    first.setNotes('bag', 'Bag is at Sam’s');
    expect((await first.saveSection('bag')).ok).toBe(true);
    await first.addContact({ name: 'Sam', number: '07700 900123', codeWord: 'pineapple' });
    const saved = await first.saveEntry(draft({ date: '2026-11-01', what: 'Shouted at me' }));
    expect(saved.ok).toBe(true);

    const second = createPlanModel(vault);
    await second.load();
    expect(second.priorities.value).toEqual(['money']);
    expect(second.section('bag')).toEqual({ checked: ['medicine'], notes: 'Bag is at Sam’s' });
    expect(second.contacts.value.map((c) => [c.name, c.number, c.codeWord])).toEqual([
      ['Sam', '07700 900123', 'pineapple'],
    ]);
    expect(second.diary.value.map((e) => e.what)).toEqual(['Shouted at me']);
  });

  it('stores records under short, dull ids that say nothing about their contents', async () => {
    const vault = unlocked();
    const model = createPlanModel(vault);
    await model.load();
    await model.setItem('leaving', 'dontTell', true);
    await model.addContact({ name: 'Sam', number: '123', codeWord: '' });
    await model.saveEntry(draft({ what: 'x' }));
    const ids = [...(await vault.list('')).map((r) => r.id)];
    expect(ids.length).toBe(3);
    for (const id of ids) expect(id).toMatch(/^(p:[a-z]\d*|d:[0-9a-f]+)$/);
  });

  it('shows Saving then Saved for the part being saved', async () => {
    const model = createPlanModel(unlocked());
    await model.load();
    const pending = model.setItem('money', 'save', true);
    expect(model.status('money').value.kind).toBe('saving');
    await pending;
    expect(model.status('money').value.kind).toBe('saved');
  });
});

describe('a failed save keeps what the person typed', () => {
  it('keeps notes and ticks in memory and reports why', async () => {
    const model = createPlanModel(failingWrites(unlocked(), 'quota'));
    await model.load();
    model.setNotes('notes', 'My own words');
    const result = await model.saveSection('notes');
    expect(result).toEqual({ ok: false, reason: 'quota' });
    expect(model.status('notes').value).toEqual({ kind: 'error', reason: 'quota' });
    expect(model.section('notes').notes).toBe('My own words');
    await model.setItem('bag', 'keys', true);
    expect(model.section('bag').checked).toEqual(['keys']);
  });

  it('does not list a contact that was not saved', async () => {
    const model = createPlanModel(failingWrites(unlocked(), 'failed'));
    await model.load();
    const result = await model.addContact({ name: 'Sam', number: '123', codeWord: '' });
    expect(result.ok).toBe(false);
    expect(model.contacts.value).toEqual([]);
    expect(model.status('contacts').value).toEqual({ kind: 'error', reason: 'failed' });
  });

  it('treats a vault that throws as a failed save, never an unhandled error', async () => {
    const vault = unlocked();
    const model = createPlanModel({ ...vault, put: () => Promise.reject(new Error('disk')) });
    await model.load();
    model.setNotes('notes', 'kept');
    expect(await model.saveSection('notes')).toEqual({ ok: false, reason: 'failed' });
    expect(model.section('notes').notes).toBe('kept');
  });
});

describe('the diary', () => {
  it('lists entries in the order things happened, undated ones last', async () => {
    const model = createPlanModel(unlocked());
    await model.load();
    await model.saveEntry(draft({ date: '2026-10-05', what: 'third' }));
    await model.saveEntry(draft({ what: 'undated' }));
    await model.saveEntry(draft({ date: '2026-03-01', time: '21:30', what: 'second' }));
    await model.saveEntry(draft({ date: '2026-03-01', time: '08:15', what: 'first' }));
    expect(model.diary.value.map((e) => e.what)).toEqual(['first', 'second', 'third', 'undated']);
  });

  it('keeps entries written for the same moment in the order they were written', () => {
    const base: DiaryEntry = { ...draft({ date: '2026-01-01' }), id: 'a', created: 1 };
    const later: DiaryEntry = { ...base, id: 'b', created: 2 };
    expect([later, base].sort(compareEntries).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('changes an entry in place and deletes it from the vault', async () => {
    const vault = unlocked();
    const model = createPlanModel(vault);
    await model.load();
    const saved = await model.saveEntry(draft({ date: '2026-01-02', what: 'before' }));
    await model.saveEntry(draft({ date: '2026-01-02', what: 'after' }), saved.id);
    expect(model.diary.value.map((e) => e.what)).toEqual(['after']);
    await model.deleteEntry(saved.id ?? '');
    expect(model.diary.value).toEqual([]);
    expect(await vault.list('d:')).toEqual([]);
  });
});

describe('print shows only what the person chose', () => {
  it('includes only chosen sections that have content, and contacts or diary only if chosen', async () => {
    const model = createPlanModel(unlocked());
    await model.load();
    await model.setItem('bag', 'keys', true);
    await model.setItem('money', 'credit', true);
    await model.addContact({ name: 'Sam', number: '123', codeWord: '' });
    await model.saveEntry(draft({ date: '2026-01-02', what: 'x' }));

    const none = model.printable({
      sections: [],
      contacts: false,
      diary: false,
      reflection: false,
    });
    expect(none).toEqual({ sections: [], contacts: [], diary: [] });

    const some = model.printable({
      sections: ['bag', 'pets'],
      contacts: false,
      diary: true,
      reflection: false,
    });
    expect(some.sections.map((s) => s.def.id)).toEqual(['bag']);
    expect(some.contacts).toEqual([]);
    expect(some.diary.map((e) => e.what)).toEqual(['x']);
  });
});

describe('keeping the plan safe from being cleared', () => {
  it('is offered after the first meaningful save, and not again once answered', async () => {
    const vault = unlocked();
    const model = createPlanModel(vault);
    await model.load();
    await model.setPriority('money', true);
    expect(model.offerKeep.value).toBe(false);
    await model.setItem('money', 'save', true);
    expect(model.offerKeep.value).toBe(true);
    await model.answerKeepOffer();
    expect(model.offerKeep.value).toBe(false);

    const later = createPlanModel(vault);
    await later.load();
    expect(later.offerKeep.value).toBe(false);
  });
});

describe('in-memory plan state is dropped', () => {
  it('when the vault locks', async () => {
    const vault = unlocked();
    const model = createPlanModel(vault);
    await model.load();
    model.setNotes('notes', 'secret words');
    await model.addContact({ name: 'Sam', number: '123', codeWord: '' });
    vault.lock();
    expect(model.section('notes').notes).toBe('');
    expect(model.contacts.value).toEqual([]);
    expect(model.loadState.value).toBe('idle');
    expect(await vault.unlock('')).toEqual({ ok: true });
    await model.load();
    expect(model.contacts.value.map((c) => c.name)).toEqual(['Sam']);
  });

  it('on quick exit, through onDropSensitiveState, in the same task', async () => {
    const model = createPlanModel(unlocked());
    await model.load();
    await model.setItem('bag', 'keys', true);
    await model.saveEntry(draft({ what: 'x' }));
    const unregister = onDropSensitiveState(() => model.drop());
    dropSensitiveState();
    unregister();
    expect(model.section('bag').checked).toEqual([]);
    expect(model.diary.value).toEqual([]);
    expect(model.priorities.value).toEqual([]);
  });

  it('ignores a save that finishes after the drop', async () => {
    let release: (r: SaveResult) => void = () => undefined;
    let started: () => void = () => undefined;
    const putCalled = new Promise<void>((resolve) => (started = resolve));
    const vault = unlocked();
    const model = createPlanModel({
      ...vault,
      put: () =>
        new Promise<SaveResult>((resolve) => {
          release = resolve;
          started();
        }),
    });
    await model.load();
    const pending = model.saveEntry(draft({ what: 'late' }));
    await putCalled;
    model.drop();
    release({ ok: true });
    await pending;
    expect(model.diary.value).toEqual([]);
  });
});
