import { describe, expect, it } from 'vitest';
import { createNavigation } from './navigation.ts';

describe('navigation', () => {
  it('starts at home and cannot go back', () => {
    const nav = createNavigation();
    expect(nav.current.value).toEqual({ name: 'home' });
    expect(nav.canGoBack.value).toBe(false);
  });

  it('goes forward and back through screens in memory', () => {
    const nav = createNavigation();
    nav.go('learn');
    nav.go('page', { slug: 'what-is-abuse' });
    expect(nav.current.value).toEqual({ name: 'page', params: { slug: 'what-is-abuse' } });
    nav.back();
    expect(nav.current.value.name).toBe('learn');
    nav.back();
    nav.back();
    expect(nav.current.value.name).toBe('home');
  });

  it('going home or resetting drops the whole stack', () => {
    const nav = createNavigation();
    nav.go('learn');
    nav.go('home');
    expect(nav.canGoBack.value).toBe(false);
    nav.go('learn');
    nav.reset();
    expect(nav.current.value.name).toBe('home');
  });
});

describe('typed screens', () => {
  it('the type checker rejects a misspelt screen, a missing parameter and an unknown one', () => {
    const nav = createNavigation();
    // Each line below must fail `npm run typecheck`; if one ever compiles, the directive fails.
    // @ts-expect-error: no screen is called "lern"
    nav.go('lern');
    // @ts-expect-error: a content page needs its slug
    nav.go('page');
    // @ts-expect-error: the page screen takes a slug, not an id
    nav.go('page', { id: 'x' });
    // @ts-expect-error: the learn screen takes no parameters
    nav.go('learn', { slug: 'x' });
    nav.go('diary-entry');
    nav.go('diary-entry', { id: 'entry-1' });
    expect(nav.current.value).toEqual({ name: 'diary-entry', params: { id: 'entry-1' } });
  });
});
