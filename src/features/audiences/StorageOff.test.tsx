import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { loadNamespace } from '../../i18n/index.ts';
import { writesBlocked } from '../../storage/write-guard.ts';
import { showMode } from './show-mode.ts';
import { StorageOff } from './StorageOff.tsx';

beforeAll(async () => {
  await loadNamespace('audiences');
});
afterEach(() => showMode.leave());

describe('StorageOff', () => {
  it('says plainly that the screen is off in show mode, and leaving turns storage back on', () => {
    showMode.enter();
    render(<StorageOff />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'This is off in show mode' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Leave show mode' }));
    expect(showMode.active.value).toBe(false);
    expect(writesBlocked()).toBe(false);
  });
});
