import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspOf, headersFor, metaCsp, parseHeaders } from './headers.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const get = (path: string, name: string) =>
  headersFor(rules, path).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];

describe('public/_headers', () => {
  it('sets a strict Content-Security-Policy on every path', () => {
    const csp = cspOf(rules);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "default-src 'none'",
      "form-action 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(get('/assets/x.js', 'content-security-policy')).toBe(csp);
  });

  it('sends no referrer and denies powerful features', () => {
    expect(get('/', 'referrer-policy')).toBe('no-referrer');
    const permissions = get('/', 'permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) {
      expect(permissions).toContain(`${feature}=()`);
    }
    expect(get('/', 'x-content-type-options')).toBe('nosniff');
  });

  it('keeps the page and the service worker fresh so updates arrive', () => {
    expect(get('/index.html', 'cache-control')).toBe('no-cache');
    expect(get('/sw.js', 'cache-control')).toBe('no-cache');
  });

  it('drops header-only directives from the meta policy', () => {
    expect(metaCsp("default-src 'none'; frame-ancestors 'none'; img-src 'self'")).toBe(
      "default-src 'none'; img-src 'self'",
    );
  });
});
