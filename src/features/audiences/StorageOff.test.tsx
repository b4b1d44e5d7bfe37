import { afterEach, beforeAll, describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { loadNamespace } from '../../i18n/index.ts';
import { writesBlocked } from '../../storage/write-guard.ts';
import { StorageOff } from './StorageOff.tsx';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

beforeAll(async () => {
  await loadNamespace('audiences');
});
afterEach(() => services.showMode.leave());

describe('StorageOff', () => {
  it('says plainly that the screen is off in show mode, and leaving turns storage back on', () => {
    services.showMode.enter();
    render(<StorageOff />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'This is off in show mode' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Leave show mode' }));
    expect(services.showMode.active.value).toBe(false);
    expect(writesBlocked()).toBe(false);
  });
});
