import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import * as v from 'valibot';
import type { SaveResult as VaultSaveResult, Vault } from '../../vault/types.ts';
import { MAX_RECORDS, RESERVED_RECORDS, TEXT_LIMITS, type TextLimit } from '../../vault/limits.ts';
import {
  createRecordStore,
  KEPT_PREFIX,
  type SaveStatus,
  type WriteResult,
} from './record-store.ts';
import {
  PRIORITY_IDS,
  SECTIONS,
  findSection,
  orderSections,
  type PriorityId,
  type SectionDef,
} from './sections.ts';
import {
  parseSavedReflection,
  SAVED_REFLECTION_ID,
  type SavedReflection,
} from '../check-in/saved.ts';

/**
 * The safety plan and the evidence diary, held in memory while the vault is unlocked and saved
 * to the vault one small record at a time. Record ids are short and dull (`p:s4`, `d:<random>`):
 * they are stored in the clear, so they never name a subject or hold anything typed.
 *
 * The model keeps a working copy of everything the person has typed. A save that fails leaves
 * the working copy alone, so nothing they typed is lost, and the status says what went wrong.
 * drop() forgets everything; the app calls it on quick exit, and the model calls it itself when
 * the vault locks.
 */

export interface SectionData {
  checked: string[];
  notes: string;
}

export interface Contact {
  id: string;
  name: string;
  number: string;
  codeWord: string;
}

export interface DiaryEntry {
  id: string;
  /** yyyy-mm-dd, or '' if the person did not give one. */
  date: string;
  /** hh:mm, or ''. */
  time: string;
  where: string;
  what: string;
  witnesses: string;
  injuries: string;
  said: string;
  /** When the entry was first saved (ms), to keep entries with the same date in writing order. */
  created: number;
}

export type DiaryDraft = Omit<DiaryEntry, 'id' | 'created'>;

export type { SaveStatus, WriteResult } from './record-store.ts';
/** What the model's saves answer: the vault's answer, or a check before writing that failed. */
type SaveResult = WriteResult;

/**
 * What is being typed and not saved yet, kept encrypted as the person types (record `p:w`), so a
 * lock (a `tel:` tap hides the page; idle) or quick exit never loses it. One at a time.
 */
export type Draft =
  | { kind: 'notes'; section: string; notes: string }
  /** `entry` is the id of the entry being changed, or '' for a new one. */
  | { kind: 'diary'; entry: string; fields: DiaryDraft }
  | { kind: 'contact'; name: string; number: string; codeWord: string };

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

export interface PrintChoice {
  sections: readonly string[];
  contacts: boolean;
  diary: boolean;
  reflection: boolean;
}

export interface PrintDoc {
  sections: { def: SectionDef; data: SectionData }[];
  contacts: Contact[];
  diary: DiaryEntry[];
  reflection: SavedReflection | undefined;
}

export interface PlanModel {
  readonly loadState: ReadonlySignal<LoadState>;
  /**
   * Reads the plan from the vault once per unlocked session. Safe to call from every screen.
   * loadState is 'ready' as soon as the plan itself is read; the diary follows a slice at a time
   * (diaryLoading), and the promise settles when all of it is read.
   */
  load(): Promise<void>;
  /** True while older diary entries are still being opened. */
  readonly diaryLoading: ReadonlySignal<boolean>;
  /** Stored items that failed their check: kept on the device and in backups, not shown. */
  readonly unshown: ReadonlySignal<number>;
  /** A draft found after unlock, offered back until the person answers. */
  readonly offeredDraft: ReadonlySignal<Draft | undefined>;
  /** Keeps what is being typed as an encrypted draft (written shortly after, or at lock). */
  typing(draft: Draft): void;
  /** Counts "Carry on" answers, so a form already open starts again from the draft. */
  readonly resumes: ReadonlySignal<number>;
  /** "Carry on": the offered draft becomes the one the matching form starts from. */
  carryOn(): Draft | undefined;
  /** The draft a form should start from, once (after carryOn), if it is for this form. */
  takeResumed<K extends Draft['kind']>(
    kind: K,
    target: string,
  ): Extract<Draft, { kind: K }> | undefined;
  /** "Discard": forgets the draft and removes it from the device. */
  discardDraft(): void;
  readonly priorities: ReadonlySignal<readonly PriorityId[]>;
  /** The sections, most relevant to the person's priorities first. */
  readonly orderedSections: ReadonlySignal<SectionDef[]>;
  setPriority(id: PriorityId, on: boolean): Promise<SaveResult>;
  section(id: string): SectionData;
  setItem(sectionId: string, itemId: string, on: boolean): Promise<SaveResult>;
  /** Changes the notes in memory only; saveSection() writes them. */
  setNotes(sectionId: string, notes: string): void;
  saveSection(sectionId: string): Promise<SaveResult>;
  readonly contacts: ReadonlySignal<readonly Contact[]>;
  addContact(contact: Omit<Contact, 'id'>): Promise<SaveResult>;
  removeContact(id: string): Promise<SaveResult>;
  /** Diary entries in the order things happened (undated ones last). */
  readonly diary: ReadonlySignal<readonly DiaryEntry[]>;
  /** Saves a new entry (no id) or changes one. Resolves with the entry's id when saved. */
  saveEntry(draft: DiaryDraft, id?: string, part?: string): Promise<SaveResult & { id?: string }>;
  deleteEntry(id: string, part?: string): Promise<SaveResult>;
  /** The reflection saved from "Is this happening to me?", if the person saved one. */
  readonly reflection: ReadonlySignal<SavedReflection | undefined>;
  /** Saves the reflection, replacing any saved before. Works whether or not the plan is loaded. */
  saveReflection(saved: SavedReflection): Promise<VaultSaveResult>;
  deleteReflection(): Promise<VaultSaveResult>;
  /**
   * The save status for one part: 'priorities', a section id, 'contacts', 'diary' or
   * 'reflection'.
   */
  status(part: string): ReadonlySignal<SaveStatus>;
  /** True once something meaningful is saved and the keep-it-safe offer has not been answered. */
  readonly offerKeep: ReadonlySignal<boolean>;
  /** Records that the person answered the offer, so it is not shown again. */
  answerKeepOffer(): Promise<void>;
  /** Only the parts the person chose, ready to print. */
  printable(choice: PrintChoice): PrintDoc;
  /** Forgets everything held in memory, at once. */
  drop(): void;
  /** Stops watching the vault. */
  dispose(): void;
}

const PRIORITIES_ID = 'p:p';
const CONTACTS_ID = 'p:c';
const KEEP_ID = 'p:k';
const DRAFT_ID = 'p:w';
const DIARY_PREFIX = 'd:';
/** How long typing pauses before the draft is written (a lock writes it at once). */
export const DRAFT_DELAY_MS = 400;

const text = (limit: TextLimit) => v.pipe(v.string(), v.maxLength(TEXT_LIMITS[limit]));
const storedPriorities = v.object({ chosen: v.array(v.picklist(PRIORITY_IDS)) });
const storedSection = v.object({ checked: v.array(v.string()), notes: text('notes') });
const storedContact = v.object({
  id: v.string(),
  name: text('contactName'),
  number: text('contactNumber'),
  codeWord: text('codeWord'),
});
const storedContacts = v.object({ list: v.array(v.unknown()) });
const entryFields = {
  date: v.pipe(v.string(), v.maxLength(10)),
  time: v.pipe(v.string(), v.maxLength(5)),
  where: text('where'),
  what: text('diaryLong'),
  witnesses: text('diaryLong'),
  injuries: text('diaryLong'),
  said: text('diaryLong'),
};
const storedEntry = v.object({ ...entryFields, created: v.number() });
const anyText = v.string();
const storedDraft = v.variant('kind', [
  v.object({ kind: v.literal('notes'), section: v.string(), notes: anyText }),
  v.object({
    kind: v.literal('diary'),
    entry: v.string(),
    fields: v.object({
      date: anyText,
      time: anyText,
      where: anyText,
      what: anyText,
      witnesses: anyText,
      injuries: anyText,
      said: anyText,
    }),
  }),
  v.object({ kind: v.literal('contact'), name: anyText, number: anyText, codeWord: anyText }),
]);

/** The limit for each diary field, for the check before writing (the same as on load). */
const DIARY_LIMITS: Record<keyof DiaryDraft, number> = {
  date: 10,
  time: 5,
  where: TEXT_LIMITS.where,
  what: TEXT_LIMITS.diaryLong,
  witnesses: TEXT_LIMITS.diaryLong,
  injuries: TEXT_LIMITS.diaryLong,
  said: TEXT_LIMITS.diaryLong,
};

const CONTACT_LIMITS = {
  name: TEXT_LIMITS.contactName,
  number: TEXT_LIMITS.contactNumber,
  codeWord: TEXT_LIMITS.codeWord,
} as const;

const tooLong = (value: Record<string, unknown>, limits: Record<string, number>): boolean =>
  Object.entries(limits).some(([key, max]) => {
    const field = value[key];
    return typeof field === 'string' && field.length > max;
  });

/** Merges two lists already in diary order into one. */
function mergeSorted(a: readonly DiaryEntry[], b: readonly DiaryEntry[]): DiaryEntry[] {
  const out: DiaryEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as DiaryEntry;
    const y = b[j] as DiaryEntry;
    if (compareEntries(y, x) < 0) {
      out.push(y);
      j += 1;
    } else {
      out.push(x);
      i += 1;
    }
  }
  for (; i < a.length; i += 1) out.push(a[i] as DiaryEntry);
  for (; j < b.length; j += 1) out.push(b[j] as DiaryEntry);
  return out;
}

const sectionRecordId = (def: SectionDef): string => `p:${def.code}`;

const emptySection = (): SectionData => ({ checked: [], notes: '' });

const hasContent = (data: SectionData): boolean =>
  data.checked.length > 0 || data.notes.trim() !== '';

/** Diary order: by date and time; undated entries last; then in the order they were written. */
export function compareEntries(a: DiaryEntry, b: DiaryEntry): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.time !== b.time) {
    if (!a.time) return 1;
    if (!b.time) return -1;
    return a.time < b.time ? -1 : 1;
  }
  return a.created - b.created;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createPlanModel(vault: Vault): PlanModel {
  const records = createRecordStore(vault);
  const loadState = signal<LoadState>('idle');
  const diaryLoading = signal(false);
  const priorities = signal<readonly PriorityId[]>([]);
  const sections = signal<Readonly<Record<string, SectionData>>>({});
  const contacts = signal<readonly Contact[]>([]);
  /** Stored contacts that failed their check: written back with the list, never dropped. */
  let keptContacts: unknown[] = [];
  /** Always in diary order. */
  const entries = signal<readonly DiaryEntry[]>([]);
  const reflection = signal<SavedReflection | undefined>(undefined);
  const keepAnswered = signal(false);
  const somethingSaved = signal(false);
  const offeredDraft = signal<Draft | undefined>(undefined);
  let resumed: Draft | undefined;
  /** What was typed last, so a save clears only its own form's draft. */
  let lastTyped: Draft | undefined;
  const resumes = signal(0);
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  let loading: Promise<void> | undefined;
  /** Entries saved while the diary was still being read, so a later slice does not add them again. */
  const savedWhileOpening = new Set<string>();

  const stopDraftTimer = (): void => {
    if (draftTimer !== undefined) clearTimeout(draftTimer);
    draftTimer = undefined;
  };

  const drop = (): void => {
    stopDraftTimer();
    records.drop();
    loading = undefined;
    keptContacts = [];
    savedWhileOpening.clear();
    resumed = undefined;
    lastTyped = undefined;
    batch(() => {
      loadState.value = 'idle';
      diaryLoading.value = false;
      priorities.value = [];
      sections.value = {};
      contacts.value = [];
      entries.value = [];
      reflection.value = undefined;
      keepAnswered.value = false;
      somethingSaved.value = false;
      offeredDraft.value = undefined;
    });
  };

  /** Reads one stored record against its check; a failure is held (kept, never overwritten). */
  function checked<T>(
    id: string,
    schema: v.GenericSchema<unknown, T>,
    value: unknown,
  ): T | undefined {
    if (value === undefined) return undefined;
    records.track(id, value);
    const parsed = v.safeParse(schema, value);
    if (parsed.success) return parsed.output;
    records.hold(id, value);
    return undefined;
  }

  const readPlan = async (started: number): Promise<void> => {
    const [planRecords, kept, savedReflection] = await Promise.all([
      vault.list<unknown>('p:'),
      vault.list<unknown>(KEPT_PREFIX),
      vault.get<unknown>(SAVED_REFLECTION_ID),
    ]);
    if (started !== records.generation()) return;
    const byId = new Map(planRecords.map((r) => [r.id, r.value]));
    for (const { id, value } of kept) records.track(id, value);
    records.countUnshown(kept.length);
    const chosen = checked(PRIORITIES_ID, storedPriorities, byId.get(PRIORITIES_ID));
    const loadedSections: Record<string, SectionData> = {};
    for (const def of SECTIONS) {
      const id = sectionRecordId(def);
      const parsed = checked(id, storedSection, byId.get(id));
      if (parsed) {
        loadedSections[def.id] = {
          checked: parsed.checked.filter((item) => def.items.includes(item)),
          notes: parsed.notes,
        };
      }
    }
    const list = checked(CONTACTS_ID, storedContacts, byId.get(CONTACTS_ID))?.list ?? [];
    const shown: Contact[] = [];
    keptContacts = [];
    for (const item of list) {
      const parsed = v.safeParse(storedContact, item);
      if (parsed.success) shown.push(parsed.output);
      else keptContacts.push(item);
    }
    records.countUnshown(keptContacts.length);
    const draft = checked(DRAFT_ID, storedDraft, byId.get(DRAFT_ID));
    const savedReflectionValue = parseSavedReflection(savedReflection);
    if (savedReflection !== undefined) {
      records.track(SAVED_REFLECTION_ID, savedReflection);
      if (!savedReflectionValue) records.hold(SAVED_REFLECTION_ID, savedReflection);
    }
    batch(() => {
      priorities.value = chosen ? orderedPriorities(chosen.chosen) : [];
      sections.value = loadedSections;
      contacts.value = shown;
      reflection.value = savedReflectionValue;
      keepAnswered.value = byId.get(KEEP_ID) !== undefined;
      offeredDraft.value = draft;
      somethingSaved.value =
        Object.values(loadedSections).some(hasContent) ||
        shown.length > 0 ||
        reflection.value !== undefined;
      diaryLoading.value = true;
      loadState.value = 'ready';
    });
  };

  /** The diary, a slice at a time: each slice is checked, sorted and merged in as it arrives. */
  const readDiary = async (started: number): Promise<void> => {
    let failed = 0;
    await vault.list<unknown>(DIARY_PREFIX, (slice) => {
      if (started !== records.generation()) return;
      const ready: DiaryEntry[] = [];
      for (const record of slice) {
        // An entry saved while the diary was still opening is already shown.
        if (savedWhileOpening.has(record.id.slice(DIARY_PREFIX.length))) continue;
        records.track(record.id, record.value);
        const parsed = v.safeParse(storedEntry, record.value);
        if (parsed.success)
          ready.push({ ...parsed.output, id: record.id.slice(DIARY_PREFIX.length) });
        else failed += 1;
      }
      ready.sort(compareEntries);
      batch(() => {
        entries.value = mergeSorted(entries.value, ready);
        if (ready.length > 0) somethingSaved.value = true;
      });
    });
    if (started !== records.generation()) return;
    // Failed diary entries are never written by the model (new entries get new ids): they stay
    // exactly as stored, and are counted, not held.
    records.countUnshown(failed);
    savedWhileOpening.clear();
    diaryLoading.value = false;
  };

  const load = (): Promise<void> => {
    if (vault.state.value !== 'unlocked') return Promise.resolve();
    if (!loading) {
      loadState.value = 'loading';
      const started = records.generation();
      loading = readPlan(started)
        .then(() => (started === records.generation() ? readDiary(started) : undefined))
        .catch(() => {
          if (started !== records.generation()) return;
          loading = undefined;
          diaryLoading.value = false;
          loadState.value = 'failed';
        });
    }
    return loading;
  };

  const section = (id: string): SectionData => sections.value[id] ?? emptySection();

  /** The draft for this form is saved: it is no longer needed on the device. */
  const clearDraft = (matches: (draft: Draft) => boolean): void => {
    const pending = offeredDraft.value ?? lastTyped;
    if (pending && !matches(pending)) return;
    lastTyped = undefined;
    stopDraftTimer();
    offeredDraft.value = undefined;
    vault.stage(DRAFT_ID, undefined);
    void vault.flush();
  };

  const saveSection = (sectionId: string): Promise<SaveResult> => {
    const def = findSection(sectionId);
    if (!def) return Promise.resolve({ ok: false, reason: 'failed' });
    const snapshot = section(sectionId);
    const value = { checked: [...snapshot.checked], notes: snapshot.notes };
    const id = sectionRecordId(def);
    if (value.notes.length > TEXT_LIMITS.notes)
      return Promise.resolve(records.refuse(sectionId, 'tooLong'));
    if (!records.fits(id, value)) return Promise.resolve(records.refuse(sectionId, 'full'));
    return records.write(sectionId, id, { value }, () => {
      if (hasContent(value)) somethingSaved.value = true;
      clearDraft((d) => d.kind === 'notes' && d.section === sectionId);
    });
  };

  const writeContacts = (list: readonly Contact[]): Promise<SaveResult> => {
    const value = { list: [...list, ...keptContacts] };
    if (!records.fits(CONTACTS_ID, value))
      return Promise.resolve(records.refuse('contacts', 'full'));
    return records.write('contacts', CONTACTS_ID, { value }, () => {
      if (list.length > 0) somethingSaved.value = true;
    });
  };

  const write = (part: string, id: string, value: unknown): Promise<SaveResult> =>
    records.fits(id, value)
      ? records.write(part, id, { value })
      : Promise.resolve(records.refuse(part, 'full'));

  const dispose = effect(() => {
    if (vault.state.value !== 'unlocked') drop();
  });

  return {
    loadState,
    load,
    diaryLoading,
    unshown: records.unshown,
    offeredDraft,
    typing(draft) {
      lastTyped = draft;
      vault.stage(DRAFT_ID, draft);
      stopDraftTimer();
      draftTimer = setTimeout(() => {
        draftTimer = undefined;
        void vault.flush();
      }, DRAFT_DELAY_MS);
    },
    resumes,
    carryOn() {
      const draft = offeredDraft.value;
      resumed = draft;
      batch(() => {
        offeredDraft.value = undefined;
        resumes.value += 1;
      });
      if (draft?.kind === 'notes') {
        sections.value = {
          ...sections.value,
          [draft.section]: { ...section(draft.section), notes: draft.notes },
        };
      }
      return draft;
    },
    takeResumed<K extends Draft['kind']>(kind: K, target: string) {
      const draft = resumed;
      if (draft?.kind !== kind) return undefined;
      const key =
        draft.kind === 'diary' ? draft.entry : draft.kind === 'notes' ? draft.section : '';
      if (key !== target) return undefined;
      resumed = undefined;
      return draft as Extract<Draft, { kind: K }>;
    },
    discardDraft() {
      clearDraft(() => true);
      resumed = undefined;
    },
    priorities,
    orderedSections: computed(() => orderSections(priorities.value)),
    setPriority(id, on) {
      const chosen = new Set(priorities.value);
      if (on) chosen.add(id);
      else chosen.delete(id);
      priorities.value = orderedPriorities([...chosen]);
      return write('priorities', PRIORITIES_ID, { chosen: [...priorities.value] });
    },
    section,
    setItem(sectionId, itemId, on) {
      const current = section(sectionId);
      const checkedItems = current.checked.filter((item) => item !== itemId);
      if (on) checkedItems.push(itemId);
      sections.value = { ...sections.value, [sectionId]: { ...current, checked: checkedItems } };
      return saveSection(sectionId);
    },
    setNotes(sectionId, notes) {
      sections.value = { ...sections.value, [sectionId]: { ...section(sectionId), notes } };
    },
    saveSection,
    contacts,
    async addContact(contact) {
      if (tooLong(contact, CONTACT_LIMITS)) return records.refuse('contacts', 'tooLong');
      const before = contacts.value;
      const next = [...before, { ...contact, id: randomId() }];
      contacts.value = next;
      const result = await writeContacts(next);
      // Not saved: take it out of the list again; the form still holds what was typed.
      if (!result.ok && contacts.value === next) contacts.value = before;
      if (result.ok) clearDraft((d) => d.kind === 'contact');
      return result;
    },
    async removeContact(id) {
      const before = contacts.value;
      const next = before.filter((c) => c.id !== id);
      contacts.value = next;
      const result = await writeContacts(next);
      if (!result.ok && contacts.value === next) contacts.value = before;
      return result;
    },
    diary: entries,
    async saveEntry(draft, id, part = 'diary') {
      if (tooLong(draft, DIARY_LIMITS)) return records.refuse(part, 'tooLong');
      const existing = id ? entries.value.find((e) => e.id === id) : undefined;
      const shown = entries.value.length + records.unshown.value;
      if (!existing && shown >= MAX_RECORDS - RESERVED_RECORDS) return records.refuse(part, 'full');
      const entry: DiaryEntry = {
        ...draft,
        id: existing?.id ?? randomId(),
        created: existing?.created ?? Date.now(),
      };
      const { id: entryId, ...value } = entry;
      const recordId = DIARY_PREFIX + entryId;
      if (!records.fits(recordId, value)) return records.refuse(part, 'full');
      const started = records.generation();
      const result = await records.write(part, recordId, { value });
      if (!result.ok || started !== records.generation()) return result;
      if (diaryLoading.value) savedWhileOpening.add(entryId);
      batch(() => {
        entries.value = mergeSorted(
          entries.value.filter((e) => e.id !== entryId),
          [entry],
        );
        somethingSaved.value = true;
      });
      clearDraft((d) => d.kind === 'diary' && (d.entry === '' || d.entry === entryId));
      return { ...result, id: entryId };
    },
    async deleteEntry(id, part = 'diary') {
      const started = records.generation();
      const result = await records.write(part, DIARY_PREFIX + id, { remove: true });
      if (result.ok && started === records.generation()) {
        entries.value = entries.value.filter((e) => e.id !== id);
      }
      return result;
    },
    reflection,
    async saveReflection(saved) {
      const value: SavedReflection = { ticked: [...saved.ticked], date: saved.date };
      const started = records.generation();
      const result = await records.write('reflection', SAVED_REFLECTION_ID, { value });
      if (result.ok && started === records.generation()) {
        reflection.value = value;
        somethingSaved.value = true;
      }
      return result;
    },
    async deleteReflection() {
      const started = records.generation();
      const result = await records.write('reflection', SAVED_REFLECTION_ID, { remove: true });
      if (result.ok && started === records.generation()) reflection.value = undefined;
      return result;
    },
    status: (part) => records.status(part),
    offerKeep: computed(() => somethingSaved.value && !keepAnswered.value),
    async answerKeepOffer() {
      keepAnswered.value = true;
      // If this cannot be saved, the offer simply comes back next time: harmless.
      await vault.put([{ id: KEEP_ID, value: { answered: true } }]).catch(() => undefined);
    },
    printable(choice) {
      const wanted = new Set(choice.sections);
      return {
        sections: orderSections(priorities.value)
          .filter((def) => wanted.has(def.id))
          .map((def) => ({ def, data: section(def.id) }))
          .filter((s) => hasContent(s.data)),
        contacts: choice.contacts ? [...contacts.value] : [],
        diary: choice.diary ? [...entries.value] : [],
        reflection: choice.reflection ? reflection.value : undefined,
      };
    },
    drop,
    dispose,
  };
}

function orderedPriorities(chosen: readonly PriorityId[]): PriorityId[] {
  return PRIORITY_IDS.filter((p) => chosen.includes(p));
}

export { hasContent };
