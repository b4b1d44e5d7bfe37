/**
 * Reads a static host's `_headers` file (the Netlify / Cloudflare Pages format): a path pattern on
 * its own line, then indented `Name: value` lines. `*` in a pattern matches any characters.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: raw.trim(), headers: [] };
      rules.push(current);
      continue;
    }
    const colon = raw.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: cannot read line "${raw.trim()}"`);
    current.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return regex.test(path);
}

/** All headers for a request path, later rules adding to earlier ones as static hosts do. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers);
}

/** The Content-Security-Policy of the catch-all rule. */
export function cspOf(rules: HeaderRule[]): string {
  const csp = headersFor(rules, '/').find(
    ([name]) => name.toLowerCase() === 'content-security-policy',
  );
  if (!csp) throw new Error('_headers: no Content-Security-Policy for /*');
  return csp[1];
}

/** The policy for a <meta> tag: frame-ancestors and sandbox only work as headers. */
export function metaCsp(csp: string): string {
  return csp
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^(frame-ancestors|sandbox|report-uri|report-to)\b/.test(d))
    .join('; ');
}
