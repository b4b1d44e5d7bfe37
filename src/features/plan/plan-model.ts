import { batch, computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import * as v from 'valibot';
import type { SaveResult, Vault } from '../../vault/types.ts';
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

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; reason: Extract<SaveResult, { ok: false }>['reason'] };

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
  /** Reads the plan from the vault once per unlocked session. Safe to call from every screen. */
  load(): Promise<void>;
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
  saveReflection(saved: SavedReflection): Promise<SaveResult>;
  deleteReflection(): Promise<SaveResult>;
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
const DIARY_PREFIX = 'd:';

const text = v.pipe(v.string(), v.maxLength(20_000));
const storedPriorities = v.object({ chosen: v.array(v.picklist(PRIORITY_IDS)) });
const storedSection = v.object({ checked: v.array(v.string()), notes: text });
const storedContact = v.object({ id: v.string(), name: text, number: text, codeWord: text });
const storedContacts = v.object({ list: v.array(storedContact) });
const storedEntry = v.object({
  date: v.string(),
  time: v.string(),
  where: text,
  what: text,
  witnesses: text,
  injuries: text,
  said: text,
  created: v.number(),
});

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
  const loadState = signal<LoadState>('idle');
  const priorities = signal<readonly PriorityId[]>([]);
  const sections = signal<Readonly<Record<string, SectionData>>>({});
  const contacts = signal<readonly Contact[]>([]);
  const entries = signal<readonly DiaryEntry[]>([]);
  const reflection = signal<SavedReflection | undefined>(undefined);
  const statuses = new Map<string, Signal<SaveStatus>>();
  const keepAnswered = signal(false);
  const somethingSaved = signal(false);
  /** Saves to one record run one after another, so an older value never overwrites a newer. */
  const queues = new Map<string, Promise<unknown>>();
  let loading: Promise<void> | undefined;
  /** Bumped by drop(): results of work started before a drop are ignored. */
  let generation = 0;

  const statusSignal = (part: string): Signal<SaveStatus> => {
    let s = statuses.get(part);
    if (!s) {
      s = signal<SaveStatus>({ kind: 'idle' });
      statuses.set(part, s);
    }
    return s;
  };

  /** Writes through the vault, reporting progress on the part's status. Never throws. */
  const write = (
    part: string,
    queueKey: string,
    run: () => Promise<SaveResult>,
    meaningful: boolean,
  ): Promise<SaveResult> => {
    const status = statusSignal(part);
    const started = generation;
    status.value = { kind: 'saving' };
    const previous = queues.get(queueKey) ?? Promise.resolve();
    const next = previous.then(async (): Promise<SaveResult> => {
      let result: SaveResult;
      try {
        result = await run();
      } catch {
        result = { ok: false, reason: 'failed' };
      }
      if (started !== generation) return result;
      status.value = result.ok ? { kind: 'saved' } : { kind: 'error', reason: result.reason };
      if (result.ok && meaningful) somethingSaved.value = true;
      return result;
    });
    queues.set(queueKey, next);
    return next;
  };

  const drop = (): void => {
    generation += 1;
    loading = undefined;
    queues.clear();
    batch(() => {
      loadState.value = 'idle';
      priorities.value = [];
      sections.value = {};
      contacts.value = [];
      entries.value = [];
      reflection.value = undefined;
      keepAnswered.value = false;
      somethingSaved.value = false;
      for (const s of statuses.values()) s.value = { kind: 'idle' };
    });
    statuses.clear();
  };

  const readAll = async (): Promise<void> => {
    const started = generation;
    const [planRecords, diaryRecords, savedReflection] = await Promise.all([
      vault.list<unknown>('p:'),
      vault.list<unknown>(DIARY_PREFIX),
      vault.get<unknown>(SAVED_REFLECTION_ID),
    ]);
    if (started !== generation) return;
    const byId = new Map(planRecords.map((r) => [r.id, r.value]));
    const chosen = v.safeParse(storedPriorities, byId.get(PRIORITIES_ID));
    const loadedSections: Record<string, SectionData> = {};
    for (const def of SECTIONS) {
      const parsed = v.safeParse(storedSection, byId.get(sectionRecordId(def)));
      if (parsed.success) {
        loadedSections[def.id] = {
          checked: parsed.output.checked.filter((item) => def.items.includes(item)),
          notes: parsed.output.notes,
        };
      }
    }
    const savedContacts = v.safeParse(storedContacts, byId.get(CONTACTS_ID));
    const diary: DiaryEntry[] = [];
    for (const record of diaryRecords) {
      const parsed = v.safeParse(storedEntry, record.value);
      if (parsed.success)
        diary.push({ ...parsed.output, id: record.id.slice(DIARY_PREFIX.length) });
    }
    batch(() => {
      priorities.value = chosen.success ? orderedPriorities(chosen.output.chosen) : [];
      sections.value = loadedSections;
      contacts.value = savedContacts.success ? savedContacts.output.list : [];
      entries.value = diary;
      reflection.value = parseSavedReflection(savedReflection);
      keepAnswered.value = byId.get(KEEP_ID) !== undefined;
      somethingSaved.value =
        Object.values(loadedSections).some(hasContent) ||
        contacts.value.length > 0 ||
        diary.length > 0 ||
        reflection.value !== undefined;
      loadState.value = 'ready';
    });
  };

  const load = (): Promise<void> => {
    if (vault.state.value !== 'unlocked') return Promise.resolve();
    if (!loading) {
      loadState.value = 'loading';
      const started = generation;
      loading = readAll().catch(() => {
        if (started !== generation) return;
        loading = undefined;
        loadState.value = 'failed';
      });
    }
    return loading;
  };

  const section = (id: string): SectionData => sections.value[id] ?? emptySection();

  const saveSection = (sectionId: string): Promise<SaveResult> => {
    const def = findSection(sectionId);
    if (!def) return Promise.resolve({ ok: false, reason: 'failed' });
    const snapshot = section(sectionId);
    const value = { checked: [...snapshot.checked], notes: snapshot.notes };
    return write(
      sectionId,
      sectionRecordId(def),
      () => vault.put([{ id: sectionRecordId(def), value }]),
      hasContent(value),
    );
  };

  const writeContacts = (list: readonly Contact[]): Promise<SaveResult> =>
    write(
      'contacts',
      CONTACTS_ID,
      () => vault.put([{ id: CONTACTS_ID, value: { list } }]),
      list.length > 0,
    );

  const dispose = effect(() => {
    if (vault.state.value !== 'unlocked') drop();
  });

  return {
    loadState,
    load,
    priorities,
    orderedSections: computed(() => orderSections(priorities.value)),
    setPriority(id, on) {
      const chosen = new Set(priorities.value);
      if (on) chosen.add(id);
      else chosen.delete(id);
      priorities.value = orderedPriorities([...chosen]);
      const value = { chosen: [...priorities.value] };
      return write(
        'priorities',
        PRIORITIES_ID,
        () => vault.put([{ id: PRIORITIES_ID, value }]),
        false,
      );
    },
    section,
    setItem(sectionId, itemId, on) {
      const current = section(sectionId);
      const checked = current.checked.filter((item) => item !== itemId);
      if (on) checked.push(itemId);
      sections.value = { ...sections.value, [sectionId]: { ...current, checked } };
      return saveSection(sectionId);
    },
    setNotes(sectionId, notes) {
      sections.value = { ...sections.value, [sectionId]: { ...section(sectionId), notes } };
    },
    saveSection,
    contacts,
    async addContact(contact) {
      const before = contacts.value;
      const next = [...before, { ...contact, id: randomId() }];
      contacts.value = next;
      const result = await writeContacts(next);
      // Not saved: take it out of the list again; the form still holds what was typed.
      if (!result.ok && contacts.value === next) contacts.value = before;
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
    diary: computed(() => [...entries.value].sort(compareEntries)),
    async saveEntry(draft, id, part = 'diary') {
      const existing = id ? entries.value.find((e) => e.id === id) : undefined;
      const entry: DiaryEntry = {
        ...draft,
        id: existing?.id ?? randomId(),
        created: existing?.created ?? Date.now(),
      };
      const { id: entryId, ...value } = entry;
      const started = generation;
      const result = await write(
        part,
        DIARY_PREFIX + entryId,
        () => vault.put([{ id: DIARY_PREFIX + entryId, value }]),
        true,
      );
      if (!result.ok || started !== generation) return result;
      entries.value = [...entries.value.filter((e) => e.id !== entryId), entry];
      return { ...result, id: entryId };
    },
    async deleteEntry(id, part = 'diary') {
      const started = generation;
      const result = await write(
        part,
        DIARY_PREFIX + id,
        () => vault.remove([DIARY_PREFIX + id]),
        false,
      );
      if (result.ok && started === generation) {
        entries.value = entries.value.filter((e) => e.id !== id);
      }
      return result;
    },
    reflection,
    async saveReflection(saved) {
      const value: SavedReflection = { ticked: [...saved.ticked], date: saved.date };
      const started = generation;
      const result = await write(
        'reflection',
        SAVED_REFLECTION_ID,
        () => vault.put([{ id: SAVED_REFLECTION_ID, value }]),
        true,
      );
      if (result.ok && started === generation) reflection.value = value;
      return result;
    },
    async deleteReflection() {
      const started = generation;
      const result = await write(
        'reflection',
        SAVED_REFLECTION_ID,
        () => vault.remove([SAVED_REFLECTION_ID]),
        false,
      );
      if (result.ok && started === generation) reflection.value = undefined;
      return result;
    },
    status: statusSignal,
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
        diary: choice.diary ? [...entries.value].sort(compareEntries) : [],
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
