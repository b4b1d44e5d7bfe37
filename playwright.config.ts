import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Flags for Debian's Chromium on a closed network: no background calls home, no sandbox as root,
 * and no address-bar pop-up (a web page Chromium loads for every new context, which nobody sees
 * here and which doubled the cost of a short test). Chromium reads only the last
 * `--disable-features`, so that flag repeats Playwright's own list (test/unit/chromium-args.test.ts
 * keeps the two in step). One list (test/tools/chromium-args.json) for the browser tests and the
 * benchmarks alike.
 */
export const CHROMIUM_ARGS = JSON.parse(
  readFileSync('test/tools/chromium-args.json', 'utf8'),
) as string[];

// Lets the tests see and route the service worker's own requests (its script and precache).
process.env['PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS'] = '1';

/**
 * The built app's port: E2E_PORT when given, otherwise a port that is free now, taken once by the
 * main process and handed to the workers through the environment (they read this file again).
 * Either way the run starts its own server and fails if the port is taken, so it never tests a
 * stray server left by another checkout or an earlier run.
 */
process.env['E2E_PORT'] ??= execFileSync(
  process.execPath,
  [
    '-e',
    "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });",
  ],
  { encoding: 'utf8' },
);
export const PORT = Number(process.env['E2E_PORT']);
export const APP_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Three workers on a two-core machine: the time is nearly all CPU, but a test now and then
  // waits (a timer, the other tab, a browser starting), and a third worker uses those moments.
  // Measured on 2 cores: 291 s with two workers, 272 s with three.
  workers: 3,
  fullyParallel: true,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  timeout: 30_000,
  // What a person would see, waited for up to 10 s: three workers share two cores, and a screen's
  // code can take longer than the default 5 s to arrive on a loaded machine.
  expect: { timeout: 10_000 },
  use: {
    baseURL: APP_URL,
    browserName: 'chromium',
    headless: true,
    // Without the service worker, unless a test asks for it. Installing it precaches the whole
    // app (3.6 MB, 294 files) in every new browser context, which made a short test five times
    // dearer. Every test of offline use, updates, the caches or what the device stores runs with
    // it: testWithServiceWorker (fixtures.ts).
    serviceWorkers: 'block',
    viewport: { width: 360, height: 640 },
    launchOptions: {
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    // No trace by default: recording one snapshots the page around every action, which made the
    // walk of every screen half as slow again, in a suite whose time is all CPU. A failure still
    // reports the page's accessibility tree (error-context.md). To look at a failure step by
    // step, run it again with `npx playwright test <file> --trace retain-on-failure`.
    trace: 'off',
  },
  webServer: {
    // The built app, served with the headers from dist/_headers, as a static host would.
    command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort`,
    url: APP_URL,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
