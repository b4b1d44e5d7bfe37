import { signal, type ReadonlySignal } from '@preact/signals';
import type { Prefs } from '../../storage/prefs.ts';
import type { QuickExit } from '../quick-exit/quick-exit.ts';
import { CODE_PATTERN, type CodeHash } from './code-hash.ts';
import type { Identity } from './identity.ts';
import type { CoverApp, DisguiseLock } from './lock.ts';

export type Problem = 'codeInvalid' | 'codeMismatch' | 'saveFailed';

/** Everything the "Hide this app" screen shows, in one place. */
export interface HideAppState {
  /** A disguise is on: the cover shows at start and on lock. */
  hidden: boolean;
  /** The cover chosen in the form. */
  app: CoverApp;
  code: string;
  again: string;
  problem: Problem | null;
  done: 'saved' | 'removed' | null;
  /** The name and icon were changed to match the cover just saved. */
  matched: boolean;
  busy: boolean;
  identity: Identity;
  /** Where quick exit goes. */
  exit: string;
}

export interface HideAppDeps {
  lock: Pick<DisguiseLock, 'isDisguised' | 'coverApp' | 'setStart' | 'identity' | 'setIdentity'>;
  quickExit: Pick<QuickExit, 'exitUrl' | 'setExitUrl'>;
  setPref: <K extends keyof Prefs>(key: K, value: Prefs[K]) => Promise<void>;
  hashCode: (code: string) => Promise<CodeHash>;
  /** Tells the app's other open tabs that the disguise changed, so each follows it at once. */
  tellOtherTabs: (message: 'd') => void;
  /** Installed apps keep the name and icon they were installed with (safety spec 35). */
  installed: boolean;
}

export interface HideAppModel {
  readonly state: ReadonlySignal<HideAppState>;
  chooseApp(app: CoverApp): void;
  typeCode(code: string): void;
  typeAgain(again: string): void;
  /** Checks the two codes, saves the disguise (only a slow hash of the code) and turns it on. */
  save(): Promise<void>;
  /** Turns the disguise off and remembers that. */
  remove(): Promise<void>;
  chooseIdentity(id: Identity): void;
  chooseExit(url: string): void;
}

/**
 * The state of the "Hide this app" screen and what the person can do there, with the lock, quick
 * exit and storage passed in, so a test runs it with fakes.
 */
export function createHideAppModel(deps: HideAppDeps): HideAppModel {
  const { lock, quickExit, setPref, installed } = deps;
  const state = signal<HideAppState>({
    hidden: lock.isDisguised(),
    app: lock.coverApp(),
    code: '',
    again: '',
    problem: null,
    done: null,
    matched: false,
    busy: false,
    identity: lock.identity.value,
    exit: quickExit.exitUrl(),
  });
  const update = (change: Partial<HideAppState>): void => {
    state.value = { ...state.value, ...change };
  };

  const chooseIdentity = (id: Identity): void => {
    lock.setIdentity(id);
    update({ identity: id });
    // Best effort: the name and icon already changed; a failed write only means it is not kept.
    void setPref('look', id).catch(() => undefined);
  };

  return {
    state,
    chooseApp: (app) => update({ app }),
    typeCode: (code) => update({ code: code.trim() }),
    typeAgain: (again) => update({ again: again.trim() }),
    async save() {
      const { code, again, app, identity } = state.value;
      update({ done: null, matched: false });
      if (!CODE_PATTERN.test(code)) return update({ problem: 'codeInvalid' });
      if (code !== again) return update({ problem: 'codeMismatch' });
      update({ problem: null, busy: true });
      try {
        const value = { app, code: await deps.hashCode(code) };
        await setPref('start', value);
        lock.setStart(value);
        deps.tellOtherTabs('d'); // every open tab shows the cover now, and after every hide
        // The cover and the home-screen name and icon must tell the same story. Before install
        // they can still be matched, so match them; after install the screen says how.
        const match = !installed && identity !== app;
        if (match) chooseIdentity(app);
        update({ hidden: true, done: 'saved', matched: match, code: '', again: '' });
      } catch {
        update({ problem: 'saveFailed' });
      } finally {
        update({ busy: false });
      }
    },
    async remove() {
      try {
        await setPref('start', false);
        lock.setStart(false);
        deps.tellOtherTabs('d');
        update({ hidden: false, done: 'removed' });
      } catch {
        update({ problem: 'saveFailed' });
      }
    },
    chooseIdentity,
    chooseExit(url) {
      quickExit.setExitUrl(url);
      update({ exit: url });
      void setPref('exit', url).catch(() => undefined);
    },
  };
}
