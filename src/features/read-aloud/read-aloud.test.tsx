import { describe, expect, it, beforeEach } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/preact';
import { createReadAloud, readableText, type SynthLike, type UtteranceLike } from './read-aloud.ts';
import { ReadAloudPanel } from './ReadAloudPanel.tsx';
import { dropSensitiveState, onDropSensitiveState } from '../../core/sensitive-state.ts';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

/** A fake speechSynthesis that records what it was asked to say. */
function fakeSynth(voices: { lang: string }[] = []) {
  const spoken: UtteranceLike[] = [];
  let cancelled = 0;
  const synth: SynthLike = {
    speak: (u) => spoken.push(u),
    cancel: () => {
      cancelled += 1;
      spoken.length = 0;
    },
    getVoices: () => voices,
  };
  const utterance = (text: string): UtteranceLike => ({ text, lang: '', onend: null });
  return { synth, utterance, spoken, cancelled: () => cancelled };
}

function mainWith(html: string): HTMLElement {
  const main = document.createElement('main');
  main.id = 'main';
  // Test fixture only: builds the screen the reader reads.
  main.append(document.createRange().createContextualFragment(html));
  document.body.append(main);
  return main;
}

describe('read aloud', () => {
  it('reads the headings, paragraphs and list items of the screen in the current language', () => {
    const fake = fakeSynth();
    const model = createReadAloud(fake.synth, fake.utterance);
    const main = mainWith(
      '<h1>Title</h1><p>First  line.</p><ul><li>One</li></ul><span class="visually-hidden"><p>Hidden</p></span><button>Not read</button>',
    );
    model.read(main, 'pl');
    expect(fake.spoken.map((u) => u.text)).toEqual(['Title', 'First line.', 'One']);
    expect(fake.spoken.every((u) => u.lang === 'pl')).toBe(true);
    expect(model.speaking.value).toBe(true);
    (fake.spoken.at(-1)?.onend as (() => void) | null)?.();
    expect(model.speaking.value).toBe(false);
    main.remove();
  });

  it('stops on quick exit or lock (spec 20: in-memory state dropped)', () => {
    const fake = fakeSynth();
    const model = createReadAloud(fake.synth, fake.utterance);
    const unregister = onDropSensitiveState(() => model.stop());
    const main = mainWith('<h1>Title</h1>');
    model.read(main, 'en');
    dropSensitiveState();
    expect(fake.cancelled()).toBeGreaterThan(0);
    expect(fake.spoken).toEqual([]);
    expect(model.speaking.value).toBe(false);
    unregister();
    main.remove();
  });

  it('says when the device lists no voice for the language', () => {
    expect(createReadAloud(fakeSynth().synth, fakeSynth().utterance).hasVoice('ur')).toBe(true);
    const some = fakeSynth([{ lang: 'en-GB' }]);
    const model = createReadAloud(some.synth, some.utterance);
    expect(model.hasVoice('en')).toBe(true);
    expect(model.hasVoice('ur')).toBe(false);
  });

  it('skips the read-aloud controls themselves', () => {
    const main = mainWith('<h1>Title</h1><div class="read-aloud"><p>Warning</p></div>');
    expect(readableText(main)).toEqual(['Title']);
    main.remove();
  });

  it('warns that it may be overheard and speaks only when asked', async () => {
    const fake = fakeSynth();
    const model = createReadAloud(fake.synth, fake.utterance);
    const main = mainWith('<h1>A screen</h1>');
    const { unmount } = render(<ReadAloudPanel model={model} />);
    expect(screen.getByText(/people near you may hear it/)).toBeTruthy();
    expect(fake.spoken).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Read this screen aloud' }));
    expect(fake.spoken.map((u) => u.text)).toEqual(['A screen']);
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading' }));
    expect(fake.spoken).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Read this screen aloud' }));
    await act(() => {
      unmount();
    }); // closing the panel stops it
    expect(fake.spoken).toEqual([]);
    main.remove();
  });
});
