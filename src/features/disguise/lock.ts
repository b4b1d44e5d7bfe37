// WARNING: part of the first chunk. Keep it small and free of feature imports.
import { signal } from '@preact/signals';
import { deploy } from '../../app/deploy.ts';
import { dropSensitiveState } from '../../app/sensitive-state.ts';
import { setLeaveStrategy } from '../quick-exit/quick-exit.ts';
import { checkCode, type CodeHash } from './code-hash.ts';
import { isInstalled } from './identity.ts';

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

/** The cover on screen, or null while the app itself shows. */
export const shownCover = signal<CoverApp | null>(null);
/** Goes up on every lock, so each lock starts a fresh, empty cover. */
export const lockCount = signal(0);

type StartRead = StartSetting | false | undefined;

let setting: StartSetting | null = null;
/** Set while the saved setting could not be read: how to try reading it again. */
let readAgain: (() => Promise<StartRead>) | null = null;
let views = { cover: (): void => undefined, app: (): void => undefined };
let idleTimer: number | undefined;

/** How the shell puts the cover or the app on screen (main.tsx). */
export function configureLock(mount: { cover(): void; app(): void }): void {
  views = mount;
}

/**
 * Sets the person's choice: a start setting, `false` for "no disguise", or undefined for "never
 * chosen", which falls back to the area's coverFirst default.
 */
export function setStart(value: StartRead): void {
  readAgain = null;
  setting = value === false ? null : (value ?? deploy.coverStart);
  restartIdle();
}

/**
 * The saved setting could not be read (a storage error), so nothing says whether the app is
 * hidden. It fails closed: the cover shows, as it must for someone who hid the app. Each code
 * typed into the cover reads the setting again; once it can be read the usual rules apply, and
 * with no disguise saved the app opens.
 */
export function setStartUnreadable(read: () => Promise<StartRead>): void {
  setting = null;
  readAgain = read;
  stopIdle();
}

export function isDisguised(): boolean {
  return setting !== null || readAgain !== null;
}

export function coverApp(): CoverApp {
  return setting?.app === 'units' ? 'units' : 'calc';
}

/** Drops sensitive state and shows the cover, in the same task. */
export function lock(): void {
  stopIdle();
  dropSensitiveState();
  document.documentElement.classList.add('covered');
  shownCover.value = coverApp();
  lockCount.value += 1;
  views.cover();
}

export function showApp(): void {
  shownCover.value = null;
  document.documentElement.classList.remove('covered');
  views.app();
  restartIdle();
}

/**
 * The cover passes what the person typed. A wrong code does nothing at all; the cover has already
 * shown its ordinary result and this check never changes it.
 */
export async function tryCode(code: string): Promise<void> {
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
}

/** After quick exit: take the overlay away and leave the cover, locked, on screen. */
export function coverAfterExit(): void {
  const root = document.documentElement;
  if (!root.classList.contains('exiting')) return;
  root.classList.remove('exiting');
  document.querySelector('.exit-overlay')?.remove();
  lock();
}

function stopIdle(): void {
  if (idleTimer !== undefined) window.clearTimeout(idleTimer);
  idleTimer = undefined;
}

function restartIdle(): void {
  stopIdle();
  if (setting && shownCover.value === null) idleTimer = window.setTimeout(lock, IDLE_MS);
}

/**
 * Exit in a browser tab navigates away with replace(); installed or offline, navigating away would
 * stay in the app window or show an error page, so the cover shows instead. If the navigation
 * hangs, the cover shows after HANG_MS. Auto-lock (only with a disguise): when the page is hidden,
 * on pagehide and freeze, on a return from the back/forward cache, and after IDLE_MS without input.
 * Without a disguise, hiding the tab changes nothing (a person taps a number, the dialer opens,
 * they come back to the same screen).
 */
export function installDisguise(): void {
  // Loaded after the first paint, so the first chunk does not grow (follow-tabs.ts).
  void import('./follow-tabs.ts').then((m) => m.followOtherTabs()).catch(() => undefined);
  const cannotLeave = (): boolean => isInstalled() || !navigator.onLine;
  setLeaveStrategy((url) => {
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
}
