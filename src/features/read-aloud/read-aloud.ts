import { signal, type ReadonlySignal } from '@preact/signals';
import { onDropSensitiveState } from '../../core/sensitive-state.ts';

/** The parts of the Web Speech API used here, so a test can pass a fake. */
export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  getVoices(): { lang: string }[];
}

export interface UtteranceLike {
  text: string;
  lang: string;
  onend: ((this: never, event: never) => unknown) | null;
}

export interface ReadAloud {
  readonly speaking: ReadonlySignal<boolean>;
  /** Reads the headings, paragraphs and list items of `root`, in order, in language `lang`. */
  read(root: Element, lang: string): void;
  stop(): void;
  /** False only when the device lists voices and none speaks `lang`. */
  hasVoice(lang: string): boolean;
}

/** The text a person would read on the screen: one piece per heading, paragraph or list item. */
export function readableText(root: Element): string[] {
  return [...root.querySelectorAll('h1, h2, h3, p, li')]
    .filter((el) => !el.closest('[aria-hidden="true"], .visually-hidden, .read-aloud'))
    .map((el) => el.textContent.replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0);
}

/**
 * Read aloud with the device's own speech synthesis: nothing goes over the network. It speaks
 * only when the person asks, and stops on quick exit or lock, on a new screen, or on Stop.
 */
export function createReadAloud(
  synth: SynthLike,
  utterance: (text: string) => UtteranceLike,
): ReadAloud {
  const speaking = signal(false);
  const stop = (): void => {
    synth.cancel();
    speaking.value = false;
  };
  return {
    speaking,
    read(root, lang) {
      stop();
      const pieces = readableText(root);
      if (pieces.length === 0) return;
      speaking.value = true;
      pieces.forEach((text, i) => {
        const u = utterance(text);
        u.lang = lang;
        if (i === pieces.length - 1) u.onend = () => (speaking.value = false);
        synth.speak(u);
      });
    },
    stop,
    hasVoice(lang) {
      const voices = synth.getVoices();
      return voices.length === 0 || voices.some((v) => v.lang.toLowerCase().startsWith(lang));
    },
  };
}

let shared: ReadAloud | undefined;

/** The app's read-aloud, or undefined where the browser has no speech synthesis. */
export function appReadAloud(): ReadAloud | undefined {
  if (!('speechSynthesis' in window)) return undefined;
  if (!shared) {
    const model = createReadAloud(
      window.speechSynthesis,
      (text) => new SpeechSynthesisUtterance(text),
    );
    // Quick exit and lock silence it in the same task: speech could be overheard.
    onDropSensitiveState(() => model.stop());
    shared = model;
  }
  return shared;
}
