// WARNING: part of the first chunk. Keep it small and free of feature imports.
import { signal, type ReadonlySignal } from '@preact/signals';
import { deploy } from '../../core/deploy.ts';
import { dropSensitiveState } from '../../core/sensitive-state.ts';
import type { QuickExit } from '../quick-exit/quick-exit.ts';
import { checkCode, type CodeHash } from './code-hash.ts';
import { applyIdentity, isIdentity, isInstalled, type Identity } from './identity.ts';

declare module '../../core/services.ts' {
  interface Services {
    readonly lock: DisguiseLock;
  }
}

/**
 * The lock: which of the cover app and the real app is on screen. Locking drops every piece of
 * in-memory sensitive state in the same task and shows the cover. Only the right code, typed into
 * the cover as ordinary input, shows the app again.
 */
export type CoverApp = 'calc' | 'units';
export const COVER_APPS: readonly CoverApp[] = ['calc', 'units'];

export interface StartSetting {
  app: string;
  code: CodeHash;
}

/** Minutes without a tap or key press before the app locks itself (with a disguise only). */
export const IDLE_MS = 3 * 60_000;
/** How long a navigation to the exit page may take before the cover is shown instead. */
export const HANG_MS = 3000;

type StartRead = StartSetting | false | undefined;

export interface DisguiseLock {
  /** The cover on screen, or null while the app itself shows. */
  readonly shownCover: ReadonlySignal<CoverApp | null>;
  /** Goes up on every lock, so each lock starts a fresh, empty cover. */
  readonly lockCount: ReadonlySignal<number>;
  /** The name and icon the browser would install the app under (identity.ts). */
  readonly identity: ReadonlySignal<Identity>;
  /** Points the manifest and icons at another name and icon set; nothing is saved here. */
  setIdentity(id: Identity): void;
  /** How the shell puts the cover or the app on screen (boot). */
  configure(mount: { cover(): void; app(): void }): void;
  /**
   * Sets the person's choice: a start setting, `false` for "no disguise", or undefined for "never
   * chosen", which falls back to the area's coverFirst default.
   */
  setStart(value: StartRead): void;
  /**
   * The saved setting could not be read (a storage error), so nothing says whether the app is
   * hidden. It fails closed: the cover shows, as it must for someone who hid the app. Each code
   * typed into the cover reads the setting again; once it can be read the usual rules apply, and
   * with no disguise saved the app opens.
   */
  setStartUnreadable(read: () => Promise<StartRead>): void;
  isDisguised(): boolean;
  coverApp(): CoverApp;
  /** Drops sensitive state and shows the cover, in the same task. */
  lock(): void;
  showApp(): void;
  /**
   * The cover passes what the person typed. A wrong code does nothing at all; the cover has
   * already shown its ordinary result and this check never changes it.
   */
  tryCode(code: string): Promise<void>;
  /** After quick exit: take the overlay away and leave the cover, locked, on screen. */
  coverAfterExit(): void;
  /**
   * Exit in a browser tab navigates away with replace(); installed or offline, navigating away
   * would stay in the app window or show an error page, so the cover shows instead. If the
   * navigation hangs, the cover shows after HANG_MS. Auto-lock (only with a disguise): when the
   * page is hidden, on pagehide and freeze, on a return from the back/forward cache, and after
   * IDLE_MS without input. Without a disguise, hiding the tab changes nothing (a person taps a
   * number, the dialer opens, they come back to the same screen). Call once at start (boot).
   */
  install(): void;
}

/** The app's one lock, made by the composition root; exit goes through it where it cannot leave. */
export function createLock({
  quickExit,
}: {
  quickExit: Pick<QuickExit, 'setLeaveStrategy'>;
}): DisguiseLock {
  const shownCover = signal<CoverApp | null>(null);
  const lockCount = signal(0);
  const identity = signal<Identity>(isIdentity(deploy.identity) ? deploy.identity : 'tools');
  let setting: StartSetting | null = null;
  /** Set while the saved setting could not be read: how to try reading it again. */
  let readAgain: (() => Promise<StartRead>) | null = null;
  let views = { cover: (): void => undefined, app: (): void => undefined };
  let idleTimer: number | undefined;

  const stopIdle = (): void => {
    if (idleTimer !== undefined) window.clearTimeout(idleTimer);
    idleTimer = undefined;
  };
  const restartIdle = (): void => {
    stopIdle();
    if (setting && shownCover.value === null) idleTimer = window.setTimeout(lock, IDLE_MS);
  };
  const setStart = (value: StartRead): void => {
    readAgain = null;
    setting = value === false ? null : (value ?? deploy.coverStart);
    restartIdle();
  };
  const coverApp = (): CoverApp => (setting?.app === 'units' ? 'units' : 'calc');
  function lock(): void {
    stopIdle();
    dropSensitiveState();
    document.documentElement.classList.add('covered');
    shownCover.value = coverApp();
    lockCount.value += 1;
    views.cover();
  }
  const showApp = (): void => {
    shownCover.value = null;
    document.documentElement.classList.remove('covered');
    views.app();
    restartIdle();
  };
  const coverAfterExit = (): void => {
    const root = document.documentElement;
    if (!root.classList.contains('exiting')) return;
    root.classList.remove('exiting');
    document.querySelector('.exit-overlay')?.remove();
    lock();
  };

  const api: DisguiseLock = {
    shownCover,
    lockCount,
    identity,
    setIdentity(id) {
      if (id !== identity.value) applyIdentity(id);
      identity.value = id;
    },
    configure(mount) {
      views = mount;
    },
    setStart,
    setStartUnreadable(read) {
      setting = null;
      readAgain = read;
      stopIdle();
    },
    isDisguised: () => setting !== null || readAgain !== null,
    coverApp,
    lock,
    showApp,
    async tryCode(code) {
      const covered = (): boolean => shownCover.value !== null;
      if (readAgain && covered()) {
        const read = readAgain;
        const fresh = await read().then(
          (value) => ({ value }),
          () => null,
        );
        if (!fresh || readAgain !== read) return; // still unreadable, or changed meanwhile
        setStart(fresh.value);
        if (!setting) {
          if (covered()) showApp();
          return;
        }
      }
      const current = setting;
      if (!current || !covered()) return;
      const right = await checkCode(code, current.code).catch(() => false);
      // Still the same setting and still covered: the person may have changed either meanwhile.
      if (right && setting === current && covered()) showApp();
    },
    coverAfterExit,
    install() {
      // Loaded after the first paint, so the first chunk does not grow (follow-tabs.ts).
      void import('./follow-tabs.ts').then((m) => m.followOtherTabs(api)).catch(() => undefined);
      const cannotLeave = (): boolean => isInstalled() || !navigator.onLine;
      quickExit.setLeaveStrategy((url) => {
        if (cannotLeave()) {
          coverAfterExit();
          return;
        }
        location.replace(url);
        window.setTimeout(coverAfterExit, HANG_MS);
      }, cannotLeave);
      const lockIfDisguised = (): void => {
        if (document.documentElement.classList.contains('exiting')) coverAfterExit();
        else if (setting && shownCover.value === null) lock();
      };
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') lockIfDisguised();
        else coverAfterExit();
      });
      window.addEventListener('pagehide', lockIfDisguised);
      document.addEventListener('freeze', lockIfDisguised);
      window.addEventListener('pageshow', (event) => {
        if (event.persisted) lockIfDisguised();
      });
      for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input']) {
        document.addEventListener(type, restartIdle, { capture: true, passive: true });
      }
    },
  };
  return api;
}
