import { readFileSync } from 'node:fs';

/** The Chromium flags the browser tests use (test/tools/chromium-args.json), for the benchmarks. */
export function chromiumArgs() {
  return JSON.parse(readFileSync(new URL('../tools/chromium-args.json', import.meta.url), 'utf8'));
}
