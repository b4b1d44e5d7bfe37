import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Navigation } from './navigation.ts';
import type { ShowModeModel } from './show-mode.ts';

/**
 * Everything with state or listeners that the app makes ONCE, at start, in one place
 * (`createServices()` in src/app/services.ts), and hands down through this one context. Nothing is
 * made when a module is imported, so a test builds fresh services (or fakes) and renders with
 * them, with no module mocks.
 *
 * Core names its own services here. A feature that owns a service adds it to this interface from
 * its own folder (`declare module '.../core/services.ts'`), so core never imports a feature and
 * the type checker still makes `createServices()` supply every one.
 */
export interface Services {
  readonly navigation: Navigation;
  readonly showMode: ShowModeModel;
}

export const ServicesContext = createContext<Services | null>(null);

/** The app's services. Every component is rendered inside the context (boot, tests). */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  // Rendered outside the services (a test that forgot them): fail loudly, never half-work.
  if (!services) throw new Error('No services');
  return services;
}

/** In-memory navigation: `useNavigation().go('page', { slug })`. */
export function useNavigation(): Navigation {
  return useServices().navigation;
}
