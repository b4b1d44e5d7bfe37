// WARNING: part of the first chunk. Keep it small and free of feature imports.
import { onLanguageChanged, tApp } from '../../i18n/index.ts';
import { dropSensitiveState } from '../../core/sensitive-state.ts';
import { deploy } from '../../core/deploy.ts';
import { createShiftCounter } from './shift-counter.ts';

declare module '../../core/services.ts' {
  interface Services {
    readonly quickExit: QuickExit;
  }
}

/**
 * Quick exit. The static link in index.html already works without JavaScript; this adds, in order
 * of safety: hiding everything in the same frame, dropping in-memory state, and location.replace()
 * so the app's only history entry is replaced and Back cannot return to it.
 */

type Leave = (exitUrl: string) => void;

export interface QuickExit {
  /** The destination currently on the exit link (set at build, changeable by the person). */
  exitUrl(): string;
  setExitUrl(url: string): void;
  /** Leaves now. Safe to call more than once. */
  quickExit(): void;
  /**
   * Leaves and deletes everything this site stored (storage, caches, service worker). Online in
   * a tab, the host's answer to /x/<n>/ (Clear-Site-Data) does it on the way out, and `clearHere`
   * runs too in case the host ignores the headers file. Offline or installed, where that
   * navigation would show an error page or stay in the app's window, `clearHere` alone clears
   * what the page can reach and exit then goes the usual way (the cover, locked). Nothing waits
   * before the content is hidden.
   */
  exitAndClear(clearHere: () => Promise<void>): void;
  /**
   * Where exit goes. In a browser tab it navigates away with replace(). The disguise swaps this
   * for "show the cover, locked" where navigating away would fail or stay in the app window
   * (installed app, offline). `cannotLeave` is true when a navigation could not leave.
   */
  setLeaveStrategy(strategy: Leave, cannotLeave: () => boolean): void;
  /** Wires the click and Shift x3 triggers to the static link. Call once at start (boot). */
  install(): void;
}

/** True for a destination on the area's short list of fast, non-personalised https pages. */
export function isAllowedExit(url: unknown): url is string {
  return typeof url === 'string' && url.startsWith('https://') && deploy.exit.choices.includes(url);
}

/**
 * The "exit and clear" address for a destination: /x/<n>/, a static page the host answers with
 * Clear-Site-Data and which then sends the person on to destination n (src/build/exit-clear-plugin.ts).
 */
export function clearPathFor(url: string): string {
  const index = deploy.exit.choices.findIndex(
    (choice) => new URL(choice).href === new URL(url).href,
  );
  return `/x/${Math.max(index, 0)}/`;
}

function elements() {
  const link = document.getElementById('quick-exit') as HTMLAnchorElement | null;
  const status = document.getElementById('exit-status');
  const dots = document.querySelector<HTMLElement>('.exit-dots');
  return { link, status, dots };
}

/** Hides everything but a neutral overlay, in the same frame. Undone by showAgain(). */
function hideContent(): void {
  const root = document.documentElement;
  if (!root.classList.contains('exiting')) {
    root.classList.add('exiting');
    const overlay = document.createElement('div');
    overlay.className = 'exit-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
    // Set the text after the element is in the page: screen readers announce it more reliably.
    overlay.textContent = tApp('exit.loading');
  }
}

/** A touch on the exit control turned into a scroll: the person did not mean to leave. */
function showAgain(): void {
  document.documentElement.classList.remove('exiting');
  document.querySelectorAll('.exit-overlay').forEach((overlay) => overlay.remove());
}

/** Hides everything but a neutral overlay, in the same frame, and drops in-memory state. */
function hideNow(): void {
  hideContent();
  dropSensitiveState();
}

/**
 * On a touch screen, an on-screen keyboard reports its Shift key (and caps lock, and the symbols
 * key on some phones) as Shift, so typing could set off the exit by accident (GOV.UK Frontend
 * issue 4095). There, Shift x3 is ignored while a text field has focus; the Exit button works.
 */
function typingOnTouchScreen(): boolean {
  const el = document.activeElement;
  const textField =
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLElement && el.isContentEditable) ||
    (el instanceof HTMLInputElement &&
      !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
        el.type,
      ));
  return textField && matchMedia('(pointer: coarse)').matches;
}

/** The app's quick exit, made once by the composition root. */
export function createQuickExit(): QuickExit {
  let leave: Leave = (exitUrl) => location.replace(exitUrl);
  let staysInApp = (): boolean => !navigator.onLine;

  const exitUrl = (): string => elements().link?.href ?? 'about:blank';
  const quickExit = (): void => {
    const url = exitUrl();
    hideNow();
    leave(url);
  };

  return {
    exitUrl,
    setExitUrl(url) {
      const { link } = elements();
      if (link) link.href = url;
    },
    quickExit,
    exitAndClear(clearHere) {
      const url = exitUrl();
      hideNow();
      const cleared = clearHere().catch(() => undefined);
      if (staysInApp()) {
        void cleared.then(() => {
          leave(url);
        });
        return;
      }
      leave(new URL(clearPathFor(url), location.href).href);
    },
    setLeaveStrategy(strategy, cannotLeave) {
      leave = strategy;
      staysInApp = cannotLeave;
    },
    install() {
      const { link, status, dots } = elements();
      if (!link || !status || !dots) return;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        quickExit();
      });
      // First touch: the content goes the moment a finger or the mouse button comes down on the
      // control, a tap's length earlier than a click. The control is hidden with everything else,
      // so the click would land on the overlay instead: the release anywhere leaves. A touch that
      // turns into a scroll (pointercancel) shows the content again, since nothing was dropped yet.
      let pressed = false;
      link.addEventListener('pointerdown', (event) => {
        if (!event.isPrimary || event.button !== 0) return;
        pressed = true;
        hideContent();
      });
      window.addEventListener(
        'pointerup',
        () => {
          if (!pressed) return;
          pressed = false;
          quickExit();
        },
        { capture: true },
      );
      window.addEventListener(
        'pointercancel',
        () => {
          if (!pressed) return;
          pressed = false;
          showAgain();
        },
        { capture: true },
      );

      const show = (filled: number, message: string): void => {
        status.textContent = message;
        dots.classList.toggle('counting', filled > 0);
        dots.querySelectorAll('span').forEach((dot, i) => dot.classList.toggle('on', i < filled));
      };
      const onKeyUp = createShiftCounter({
        timeoutMs: 5000,
        onProgress: (left) =>
          show(3 - left, tApp(left === 2 ? 'exit.pressTwoMore' : 'exit.pressOneMore')),
        onTimeout: () => show(0, tApp('exit.timedOut')),
        onReset: () => show(0, ''),
        onTrigger: () => {
          show(0, '');
          quickExit();
        },
        setTimer: (fn, ms) => window.setTimeout(fn, ms),
        clearTimer: (id) => window.clearTimeout(id),
      });
      // Capture phase on the document, so it works while typing in a field and nothing can stop it.
      document.addEventListener(
        'keyup',
        (event) => {
          if (!typingOnTouchScreen()) onKeyUp(event);
        },
        { capture: true },
      );

      const translate = (): void => {
        const hidden = link.querySelector('.visually-hidden');
        if (hidden) hidden.textContent = tApp('exit.linkHidden');
        if (link.lastChild) link.lastChild.textContent = ` ${tApp('exit.link')}`;
      };
      onLanguageChanged(translate);
    },
  };
}
