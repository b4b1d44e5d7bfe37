import { render as renderInto, type RenderOptions } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { Services } from '../core/services.ts';
import { WithServices } from './boot.tsx';
import { createServices } from './services.ts';

/**
 * For tests: renders `ui` inside fresh services (or the ones given, fakes included), the way boot
 * does, and returns them with Testing Library's result. No module mocks needed.
 */
export function renderWithServices(
  ui: ComponentChildren,
  {
    services = createServices(),
    ...options
  }: Omit<RenderOptions, 'wrapper'> & { services?: Services } = {},
) {
  const wrapper = ({ children }: { children: ComponentChildren }) => (
    <WithServices services={services}>{children}</WithServices>
  );
  return { ...renderInto(ui, { ...options, wrapper }), services };
}
