import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Vault } from '../../vault/types.ts';
import { MAX_STORED_BYTES, TEXT_LIMITS } from '../../vault/limits.ts';
import { createMemoryVault } from './memory-vault.ts';
import { createPlanModel, type DiaryDraft } from './plan-model.ts';

const unlocked = (): Vault => createMemoryVault('unlocked');

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

const tooLong = 'x'.repeat(TEXT_LIMITS.notes + 1);

/** A fresh model over the same vault, as after the next unlock. */
async function reopened(vault: Vault) {
  const model = createPlanModel(vault);
  await model.load();
  return model;
}

describe('issue 12 point 3: no text is saved and then lost', () => {
  it('refuses notes over the limit before writing, and keeps them in memory', async () => {
    const vault = unlocked();
    const model = await reopened(vault);
    model.setNotes('money', tooLong);
    expect(await model.saveSection('money')).toEqual({ ok: false, reason: 'tooLong' });
    expect(model.status('money').value).toEqual({ kind: 'error', reason: 'tooLong' });
    expect(model.section('money').notes).toBe(tooLong);
    expect(await vault.get('p:s6')).toBeUndefined();
  });

  it('refuses a diary entry or contact over the limit, and writes nothing', async () => {
    const vault = unlocked();
    const model = await reopened(vault);
    expect(await model.saveEntry(draft({ date: '2026-01-01', what: tooLong }))).toEqual({
      ok: false,
      reason: 'tooLong',
    });
    const name = 'n'.repeat(TEXT_LIMITS.contactName + 1);
    expect(await model.addContact({ name, number: '07700900123', codeWord: '' })).toEqual({
      ok: false,
      reason: 'tooLong',
    });
    expect(await vault.list('')).toEqual([]);
  });

  it('saves text exactly at the limit, and it loads again', async () => {
    const vault = unlocked();
    const model = await reopened(vault);
    const atLimit = 'y'.repeat(TEXT_LIMITS.diaryLong);
    expect((await model.saveEntry(draft({ what: atLimit }))).ok).toBe(true);
    expect((await reopened(vault)).diary.value[0]?.what).toBe(atLimit);
  });

  it('a stored section that fails its check is not shown, is said, and is moved aside, never overwritten', async () => {
    const vault = unlocked();
    const stored = { checked: ['x'], notes: tooLong };
    await vault.put([{ id: 'p:s6', value: stored }]);
    const model = await reopened(vault);
    expect(model.unshown.value).toBe(1);
    expect(model.section('money').notes).toBe('');
    model.setNotes('money', 'new notes');
    expect((await model.saveSection('money')).ok).toBe(true);
    const kept = await vault.list('h:');
    expect(kept.map((r) => r.value)).toEqual([stored]);
    expect(model.unshown.value).toBe(1);
    expect((await reopened(vault)).unshown.value).toBe(1);
  });

  it('a stored contact that fails its check is kept in the list when another is added', async () => {
    const vault = unlocked();
    const bad = {
      id: 'b',
      name: 'n'.repeat(TEXT_LIMITS.contactName + 5),
      number: '1',
      codeWord: '',
    };
    const good = { id: 'g', name: 'Sam', number: '07700900123', codeWord: '' };
    await vault.put([{ id: 'p:c', value: { list: [good, bad] } }]);
    const model = await reopened(vault);
    expect(model.contacts.value).toEqual([good]);
    expect(model.unshown.value).toBe(1);
    expect((await model.addContact({ name: 'Jo', number: '07700900124', codeWord: '' })).ok).toBe(
      true,
    );
    const saved = await vault.get<{ list: unknown[] }>('p:c');
    expect(saved?.list).toContainEqual(bad);
    expect(saved?.list).toContainEqual(good);
    expect(saved?.list).toHaveLength(3);
  });

  it('a stored diary entry that fails its check stays exactly as stored, and is counted', async () => {
    const vault = unlocked();
    const bad = { ...draft({ what: tooLong }), created: 1 };
    await vault.put([{ id: 'd:bad', value: bad }]);
    const model = await reopened(vault);
    expect(model.diary.value).toEqual([]);
    expect(model.unshown.value).toBe(1);
    await model.saveEntry(draft({ what: 'another' }));
    expect(await vault.get('d:bad')).toEqual(bad);
  });

  it('refuses a save that would make the plan too big for one backup file', async () => {
    const vault = unlocked();
    const model = await reopened(vault);
    const big = 'z'.repeat(TEXT_LIMITS.diaryLong);
    const perEntry = 4 * TEXT_LIMITS.diaryLong;
    const fit = Math.floor(MAX_STORED_BYTES / perEntry);
    let refused;
    for (let i = 0; i <= fit + 1 && !refused; i += 1) {
      const result = await model.saveEntry(
        draft({ what: big, witnesses: big, injuries: big, said: big, where: 'w' }),
      );
      if (!result.ok) refused = result;
    }
    expect(refused).toEqual({ ok: false, reason: 'full' });
    expect(model.diary.value.length).toBeGreaterThan(fit - 2);
    // Everything saved fits in one backup file, so every backup restores.
    expect(JSON.stringify(await vault.list('')).length).toBeLessThan(MAX_STORED_BYTES);
  });

  it('a diary entry pasted from elsewhere round-trips exactly (property)', async () => {
    const pasted = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom(
        'مرحبا بالعالم\u200f — שלום',
        'a\u200bb\u200cc\u200dd\ufeff',
        '👩🏽‍🦱👨‍👩‍👧‍👦🏳️‍🌈',
        '\r\n\ttabs\u2028line\u2029para',
        'ا'.repeat(TEXT_LIMITS.diaryLong),
      ),
    );
    await fc.assert(
      fc.asyncProperty(pasted, pasted, async (what, said) => {
        const vault = unlocked();
        const model = await reopened(vault);
        const result = await model.saveEntry(draft({ what, said }));
        expect(result.ok).toBe(true);
        const back = (await reopened(vault)).diary.value[0];
        expect(back?.what).toBe(what);
        expect(back?.said).toBe(said);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('issue 12 point 4: drafts survive lock and quick exit', () => {
  it('keeps what is typed as a draft, offers it after unlock, and carries on from it', async () => {
    const vault = createMemoryVault('absent');
    await vault.create('pass');
    const model = await reopened(vault);
    const fields = draft({ what: 'half a sentence' });
    model.typing({ kind: 'diary', entry: '', fields });
    vault.lock(); // page hidden: nothing else runs
    expect(model.diary.value).toEqual([]);
    await vault.unlock('pass');
    const next = await reopened(vault);
    expect(next.offeredDraft.value).toEqual({ kind: 'diary', entry: '', fields });
    next.carryOn();
    expect(next.offeredDraft.value).toBeUndefined();
    expect(next.takeResumed('notes', 'money')).toBeUndefined();
    expect(next.takeResumed('diary', '')?.fields).toEqual(fields);
    expect(next.takeResumed('diary', '')).toBeUndefined(); // once
    // Saving the entry removes the draft from the device.
    await next.saveEntry(fields);
    await vault.flush();
    expect(await vault.get('p:w')).toBeUndefined();
  });

  it('discard removes the draft; drop forgets it from memory at once', async () => {
    const vault = unlocked();
    const model = await reopened(vault);
    model.typing({ kind: 'notes', section: 'money', notes: 'typed' });
    await vault.flush();
    const next = await reopened(vault);
    expect(next.offeredDraft.value?.kind).toBe('notes');
    next.drop();
    expect(next.offeredDraft.value).toBeUndefined();
    const again = await reopened(vault);
    again.discardDraft();
    await vault.flush();
    expect(await vault.get('p:w')).toBeUndefined();
  });

  it('carry on puts draft notes back into the section', async () => {
    const vault = unlocked();
    const model = await reopened(vault);
    model.typing({ kind: 'notes', section: 'money', notes: 'bank details' });
    await vault.flush();
    const next = await reopened(vault);
    next.carryOn();
    expect(next.section('money').notes).toBe('bank details');
  });
});

describe('issue 12 point 7: the diary opens a slice at a time', () => {
  it('is ready before the diary is, and merges slices into diary order', async () => {
    const vault = unlocked();
    const dates = ['2026-03-02', '2026-01-05', '', '2026-02-01', '2026-01-01', '2025-12-31'];
    await vault.put(
      dates.map((date, i) => ({
        id: `d:${String(i)}`,
        value: { ...draft({ date, what: `e${String(i)}` }), created: i },
      })),
    );
    const model = createPlanModel(vault);
    const loading = model.load();
    await Promise.resolve();
    await loading;
    expect(model.loadState.value).toBe('ready');
    expect(model.diaryLoading.value).toBe(false);
    expect(model.diary.value.map((e) => e.date)).toEqual([
      '2025-12-31',
      '2026-01-01',
      '2026-01-05',
      '2026-02-01',
      '2026-03-02',
      '',
    ]);
  });

  it('stops reading the diary when dropped part way (quick exit)', async () => {
    const vault = unlocked();
    await vault.put([{ id: 'd:1', value: { ...draft({ what: 'a' }), created: 1 } }]);
    const model = createPlanModel(vault);
    const loading = model.load();
    model.drop();
    await loading;
    expect(model.diary.value).toEqual([]);
    expect(model.loadState.value).toBe('idle');
  });
});
