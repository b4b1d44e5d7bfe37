import { describe, expect, it } from 'vitest';
import { loadAllPages } from './content-plugin.ts';

describe('content build checks', () => {
  it('refuses a page that links to a service the directory does not have', () => {
    expect(() => loadAllPages(process.cwd(), new Set(['only-this-one']))).toThrow(
      /not in the directory/,
    );
  });

  it('accepts the shipped pages when every linked service exists', () => {
    expect(loadAllPages(process.cwd()).length).toBeGreaterThan(20);
  });
});
