// `npm run bench`: measures and prints figures for the built app in dist/. It asserts nothing:
// budgets are shown beside the figures for people to judge. Results also go to bench-results/.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDir } from './serve-dir.mjs';
import { chromiumArgs } from './chromium-args.mjs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The browser tests' flags (one list), plus a larger shared-memory fallback for Lighthouse runs.
const ARGS = [...chromiumArgs(), '--disable-dev-shm-usage'];
const launchOptions = { executablePath: CHROMIUM, args: ARGS, headless: true };
const DIST = 'dist';
const PORT = 4273;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(join(DIST, file))).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

function sizes() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]);
  const js = refs.filter((f) => f.endsWith('.js'));
  const css = refs.filter((f) => f.endsWith('.css'));
  const other = refs.filter(
    (f) => !f.endsWith('.js') && !f.endsWith('.css') && !f.endsWith('.png'),
  );
  const jsGz = js.reduce((s, f) => s + gz(f), 0);
  const cssGz = css.reduce((s, f) => s + gz(f), 0);
  const total = gz('index.html') + jsGz + cssGz + other.reduce((s, f) => s + gz(f), 0);
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
  const precacheBytes = precached.reduce((s, f) => s + statSync(join(DIST, f)).size, 0);
  const chunks = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    title: 'Bundle',
    rows: [
      { label: 'First-view JS (gzip)', value: kb(jsGz), budget: '≤ 30 KB', raw: jsGz },
      { label: 'First-view CSS (gzip)', value: kb(cssGz), raw: cssGz },
      {
        label: 'First-view transfer: HTML+JS+CSS+manifest+icon (gzip)',
        value: kb(total),
        budget: '≤ 80 KB',
        raw: total,
      },
      {
        label: `Precache (${precached.length} files, uncompressed)`,
        value: kb(precacheBytes),
        raw: precacheBytes,
      },
      {
        label: 'Lazy chunks',
        value: String(chunks.length - js.length),
        raw: chunks.length - js.length,
      },
    ],
  };
}

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ARGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const audits = result.lhr.audits;
    return {
      score: Math.round(result.lhr.categories.performance.score * 100),
      fcp: Math.round(audits['first-contentful-paint'].numericValue),
      lcp: Math.round(audits['largest-contentful-paint'].numericValue),
      tbt: Math.round(audits['total-blocking-time'].numericValue),
    };
  } finally {
    await chrome.kill();
  }
}

async function lighthouseTable(appUrl) {
  const blankDir = mkdtempSync(join(tmpdir(), 'blank-'));
  writeFileSync(
    join(blankDir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Blank</title><h1>Blank page</h1>',
  );
  const blank = await serveDir(blankDir, PORT + 1);
  try {
    const app = await lighthouseRun(appUrl);
    const floor = await lighthouseRun(blank.url);
    const row = (label, r) => ({
      label,
      value: `score ${r.score}, FCP ${r.fcp} ms, LCP ${r.lcp} ms, TBT ${r.tbt} ms`,
      raw: r,
    });
    return {
      title: 'Lighthouse (mobile, simulated throttling)',
      rows: [
        { ...row('Built app', app), budget: 'score ≥ 98' },
        row('Blank HTML page, same server (the floor)', floor),
      ],
    };
  } finally {
    await blank.close();
  }
}

async function offlineColdStart(appUrl) {
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext();
  // Time from navigation start until the first screen's heading is on the page (checked per frame).
  await context.addInitScript(() => {
    const check = () => {
      if (document.querySelector('#app h1')) window.__firstScreen = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const times = [];
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.close();
    await context.setOffline(true);
    for (let i = 0; i < 15; i++) {
      const cold = await context.newPage();
      await cold.goto(appUrl);
      await cold.waitForFunction(() => window.__firstScreen !== undefined);
      times.push(await cold.evaluate(() => window.__firstScreen));
      await cold.close();
    }
  } finally {
    await browser.close();
  }
  return {
    title: 'Offline cold start (service worker, no network)',
    rows: [
      {
        label: 'First screen rendered, median of 15',
        value: `${Math.round(median(times))} ms`,
        budget: '≤ 300 ms',
        raw: times,
      },
      { label: 'First screen rendered, p95', value: `${Math.round(p95(times))} ms` },
    ],
  };
}

/** Feature benchmarks: every other test/bench/*.mjs that exports a default function. */
async function featureTables(appUrl) {
  const tables = [];
  const own = new Set(['run.mjs', 'serve-dir.mjs']);
  for (const file of readdirSync('test/bench')
    .filter((f) => f.endsWith('.mjs') && !own.has(f))
    .sort()) {
    const module = await import(`./${file}`);
    if (typeof module.default !== 'function') continue;
    try {
      tables.push(
        await module.default({ chromium, launchOptions, baseUrl: appUrl, distDir: DIST }),
      );
    } catch (error) {
      tables.push({
        title: file,
        rows: [{ label: 'failed', value: String(error?.message ?? error) }],
      });
    }
  }
  return tables;
}

function print(table) {
  console.log(`\n${table.title}`);
  const width = Math.max(...table.rows.map((r) => r.label.length));
  for (const row of table.rows) {
    console.log(
      `  ${row.label.padEnd(width)}  ${row.value}${row.budget ? `   (budget ${row.budget})` : ''}`,
    );
  }
}

const server = await preview({
  preview: { port: PORT, host: '127.0.0.1', strictPort: true },
  logLevel: 'error',
});
const appUrl = `http://127.0.0.1:${PORT}/`;
try {
  const tables = [sizes()];
  print(tables[0]);
  for (const step of [lighthouseTable, offlineColdStart, featureTables]) {
    const result = await step(appUrl);
    for (const table of Array.isArray(result) ? result : [result]) {
      tables.push(table);
      print(table);
    }
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    JSON.stringify({ date: new Date().toISOString(), tables }, null, 2),
  );
  console.log('\nWrote bench-results/bench.json');
} finally {
  await server.close();
}
