import { beforeAll, describe, expect, it, beforeEach } from 'vitest';
import { screen } from '@testing-library/preact';
import { loadNamespace } from '../../i18n/index.ts';
import { Handover } from './Handover.tsx';
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

describe('Handover', () => {
  it('shows a code and an address that hold only the app origin', () => {
    render(<Handover origin="https://tools.example" />);
    expect(screen.getByRole('img', { name: 'Code that opens tools.example' })).toBeTruthy();
    expect(screen.getByText('tools.example').tagName).toBe('STRONG');
  });

  it('says to check it is safe first, and what call lists and history show', () => {
    render(<Handover origin="https://tools.example" />);
    expect(screen.getByText(/Only do this if it is safe/)).toBeTruthy();
    expect(screen.getByText(/Calls show in your phone's call list/)).toBeTruthy();
  });
});
