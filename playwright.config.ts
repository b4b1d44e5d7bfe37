import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Flags for Debian's Chromium on a closed network: no background calls home, no sandbox as root.
 * One list (test/tools/chromium-args.json) for the browser tests and the benchmarks alike.
 */
export const CHROMIUM_ARGS = JSON.parse(
  readFileSync('test/tools/chromium-args.json', 'utf8'),
) as string[];

// Lets the tests see and route the service worker's own requests (its script and precache).
process.env['PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS'] = '1';

/** E2E_PORT lets several checkouts run their browser tests side by side. */
export const PORT = Number(process.env['E2E_PORT'] ?? 4173);
export const APP_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: APP_URL,
    browserName: 'chromium',
    headless: true,
    serviceWorkers: 'allow',
    viewport: { width: 360, height: 640 },
    launchOptions: {
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The built app, served with the headers from dist/_headers, as a static host would.
    command: `node node_modules/vite/bin/vite.js preview --port ${PORT}`,
    url: APP_URL,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
