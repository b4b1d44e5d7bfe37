import { describe, expect, it } from 'vitest';
import { localText } from './text.ts';

describe('service text', () => {
  it('uses the person’s language, falling back to English', () => {
    const text = { en: 'Women’s line', cy: 'Llinell menywod' };
    expect(localText(text, 'cy')).toBe('Llinell menywod');
    expect(localText(text, 'pl')).toBe('Women’s line');
  });
});
