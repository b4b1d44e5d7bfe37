import { describe, expect, it } from 'vitest';
import { deploy } from '../../core/deploy.ts';
import { clearPathFor, isAllowedExit } from './quick-exit.ts';

describe('exit destinations (spec 22)', () => {
  it('accepts only https pages on the area list', () => {
    for (const url of deploy.exit.choices) expect(isAllowedExit(url)).toBe(true);
    expect(isAllowedExit('http://www.bbc.co.uk/weather')).toBe(false);
    expect(isAllowedExit('https://example.org/')).toBe(false);
    expect(isAllowedExit('javascript:alert(1)')).toBe(false);
    expect(isAllowedExit(undefined)).toBe(false);
  });

  it('has a clearing path for each destination', () => {
    deploy.exit.choices.forEach((url, i) => expect(clearPathFor(url)).toBe(`/x/${i}/`));
  });
});
