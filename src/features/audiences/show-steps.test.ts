import { describe, expect, it } from 'vitest';
import { splitSteps } from './show-steps.ts';

describe('splitSteps', () => {
  it('starts a new show-mode screen at every level-2 heading', () => {
    const steps = splitSteps([
      { t: 'p', c: ['before any heading'] },
      { t: 'h', level: 2, c: ['It is not ', { t: 'strong', c: ['your'] }, ' fault'] },
      { t: 'p', c: ['one'] },
      { t: 'h', level: 3, c: ['a smaller heading stays inside'] },
      { t: 'h', level: 2, c: ['Help'] },
      { t: 'ul', items: [['a'], ['b']] },
    ]);
    expect(steps.map((s) => s.heading)).toEqual(['It is not your fault', 'Help']);
    expect(steps[0]?.blocks).toHaveLength(2);
    expect(steps[1]?.blocks).toEqual([{ t: 'ul', items: [['a'], ['b']] }]);
  });
});
