import type { ComponentType } from 'preact';

/**
 * Every screen the app has, with the parameters it takes, as plain data. Tests and the content
 * compiler import this without loading a single view; the views themselves are loaded lazily by
 * each feature's `screens.ts`, which the type checker holds to this list.
 */
type NoParams = Record<string, never>;

/** The parameters of each screen. A screen with none takes `NoParams`; `?` marks optional ones. */
export interface ScreenParams {
  home: NoParams;
  'safer-use': { first?: '1' };
  family: NoParams;
  professional: NoParams;
  self: NoParams;
  'audience-page': { slug: string };
  /** `lang`: the person's language for the cards; `with`: a second language shown beside it. */
  show: { lang?: string; with?: string };
  'show-off': NoParams;
  learn: NoParams;
  page: { slug: string };
  search: NoParams;
  'check-in': NoParams;
  'easy-read': { slug?: string };
  emergency: NoParams;
  services: NoParams;
  service: { id: string };
  plan: NoParams;
  'plan-section': { id: string };
  diary: NoParams;
  'diary-entry': { id?: string };
  'plan-print': { part?: 'diary' };
  'vault-settings': NoParams;
  'hide-app': NoParams;
}

export type ScreenName = keyof ScreenParams;
/** Every screen but home, which the shell always has. */
export type FeatureScreenName = Exclude<ScreenName, 'home'>;

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** True when every parameter of the screen is optional (or it has none). */
type TakesNoRequiredParams<N extends ScreenName> =
  Record<string, never> extends ScreenParams[N] ? true : false;

/** A screen and its parameters, as data (a home-screen door, a link in content). */
export type ScreenRef = {
  [N in ScreenName]: TakesNoRequiredParams<N> extends true
    ? { name: N; params?: ScreenParams[N] }
    : { name: N; params: ScreenParams[N] };
}[ScreenName];

/** The arguments `go(name, ...)` takes after the name: nothing, or the screen's parameters. */
export type ParamArgs<N extends ScreenName> =
  TakesNoRequiredParams<N> extends true ? [params?: ScreenParams[N]] : [params: ScreenParams[N]];

export interface ScreenProps<N extends ScreenName = ScreenName> {
  params: ScreenParams[N];
}

/** Lazy loaders for a feature's screens; each view lands in its own chunk. */
export type ScreenViews<N extends FeatureScreenName> = {
  readonly [K in N]: () => Promise<ComponentType<ScreenProps<K>>>;
};

export interface ScreenMeta {
  /** The screen saves things on the device, so show mode replaces it with a plain "off" notice. */
  usesStorage?: true;
}

/** What the shell, tests and the content compiler know about each screen, without its view. */
export const screenMeta: { readonly [N in FeatureScreenName]: ScreenMeta } = {
  'safer-use': {},
  family: {},
  professional: {},
  self: {},
  'audience-page': {},
  show: {},
  'show-off': {},
  learn: {},
  page: {},
  search: {},
  'check-in': {},
  'easy-read': {},
  emergency: {},
  services: {},
  service: {},
  plan: { usesStorage: true },
  'plan-section': { usesStorage: true },
  diary: { usesStorage: true },
  'diary-entry': { usesStorage: true },
  'plan-print': { usesStorage: true },
  'vault-settings': { usesStorage: true },
  'hide-app': { usesStorage: true },
};

/**
 * The screens that cannot open without parameters, each with the ones it needs. Content can link
 * only to the others. The type checker holds this list to ScreenParams in both directions.
 */
export const requiredParams: {
  readonly [N in ScreensWithRequiredParams]: readonly RequiredKeys<ScreenParams[N]>[];
} = {
  'audience-page': ['slug'],
  page: ['slug'],
  service: ['id'],
  'plan-section': ['id'],
};

/** A screen that opens without parameters: a home-screen door, a `screen:` link in content. */
export type ScreenWithoutParams = Exclude<ScreenName, ScreensWithRequiredParams>;

type ScreensWithRequiredParams = {
  [N in ScreenName]: TakesNoRequiredParams<N> extends true ? never : N;
}[ScreenName];

export function isScreenName(name: string): name is ScreenName {
  return name === 'home' || Object.hasOwn(screenMeta, name);
}

/** True for a screen that in-content links (`screen:name`) may open: it needs no parameters. */
export function isLinkableScreen(name: string): name is ScreenWithoutParams {
  return isScreenName(name) && !Object.hasOwn(requiredParams, name);
}
