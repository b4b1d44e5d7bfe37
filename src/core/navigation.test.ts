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
    nav.go({ name: 'learn' });
    nav.go({ name: 'page', params: { slug: 'what-is-abuse' } });
    expect(nav.current.value).toEqual({ name: 'page', params: { slug: 'what-is-abuse' } });
    nav.back();
    expect(nav.current.value.name).toBe('learn');
    nav.back();
    nav.back();
    expect(nav.current.value.name).toBe('home');
  });

  it('going home or resetting drops the whole stack', () => {
    const nav = createNavigation();
    nav.go({ name: 'learn' });
    nav.go({ name: 'home' });
    expect(nav.canGoBack.value).toBe(false);
    nav.go({ name: 'learn' });
    nav.reset();
    expect(nav.current.value.name).toBe('home');
  });
});
