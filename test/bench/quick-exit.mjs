// Quick exit benchmark: time from the trigger (a click on the exit button) to (a) the content being
// hidden in a rendered frame and (b) the browser issuing the exit request, for this app and, in the
// same run, for a page built from the govuk-frontend package's "Exit this page" component.
// Measures only; asserts nothing. Run alone with `node test/bench/quick-exit.mjs` after a build.
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from './chromium-args.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const EXIT_URL = 'https://www.bbc.co.uk/weather';
const GOVUK_PORT = 4274;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (n) => `${n.toFixed(1)} ms`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/** A bare static server; unknown paths get index.html when `spa` is set. */
async function serve(dir, port, spa = false) {
  const server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.endsWith('/') ? `${path}index.html` : path;
    let body;
    try {
      body = await readFile(join(dir, file));
    } catch {
      if (!spa) {
        res.statusCode = 404;
        res.end();
        return;
      }
      file = '/index.html';
      body = await readFile(join(dir, file));
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** A tiny page with the GOV.UK component, built from node_modules/govuk-frontend/dist. */
function buildGovukPage() {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('govuk-frontend/package.json'));
  const dist = join(pkg, 'dist', 'govuk');
  const dir = mkdtempSync(join(tmpdir(), 'govuk-exit-'));
  cpSync(join(dist, 'govuk-frontend.min.css'), join(dir, 'govuk.css'));
  cpSync(join(dist, 'govuk-frontend.min.js'), join(dir, 'govuk.js'));
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
  writeFileSync(
    join(dir, 'init.js'),
    "document.body.classList.add('govuk-frontend-supported');\n" +
      "import('./govuk.js').then(({ initAll }) => { initAll(); document.body.dataset.ready = '1'; });\n",
  );
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<title>Service</title><link rel="stylesheet" href="/govuk.css"></head>
<body class="govuk-template__body"><div class="govuk-width-container">
<div class="govuk-exit-this-page" data-module="govuk-exit-this-page">
<a href="${EXIT_URL}" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a>
</div><main class="govuk-main-wrapper"><h1 class="govuk-heading-l">Find help</h1>
<p class="govuk-body">Some content a person would not want seen.</p></main></div>
<script type="module" src="/init.js"></script></body></html>`,
  );
  return { dir, version };
}

/**
 * In every page: the trigger time (first click on the exit control, capture phase on window, so
 * before any handler) and the first animation frame in which the marked content is hidden.
 */
function probe() {
  const record = { trigger: -1, hidden: -1, touch: -1, touchHidden: -1 };
  window.__exitProbe = record;
  // Touch race: from the finger coming down on the exit control to the content being hidden.
  window.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType !== 'touch' || record.touch >= 0) return;
      record.touch = performance.now();
      const frame = () => {
        const el = document.querySelector('main h1');
        if (!el || !el.isConnected || !el.checkVisibility()) record.touchHidden = performance.now();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    { capture: true },
  );
  const gone = () => {
    const el = document.querySelector('main h1');
    return !el || !el.isConnected || !el.checkVisibility();
  };
  // The trigger is the press on the exit link: the mouse button coming down, or the click where
  // no pointer came first (keyboard). The app hides content on the press, GOV.UK on the click.
  const start = (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || record.trigger >= 0) return;
    record.trigger = performance.now();
    const frame = () => {
      if (gone()) record.hidden = performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  window.addEventListener('pointerdown', (e) => e.pointerType === 'mouse' && start(e), {
    capture: true,
  });
  window.addEventListener('click', start, { capture: true });
}

async function measure(context, url, ready, exitLink) {
  const page = await context.newPage();
  // The exit page answers 204 No Content: the browser issues the request exactly as for a real
  // exit, then stays on the page, so the figures recorded in it can be read afterwards.
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await page.goto(url);
  await ready(page);
  const request = page.waitForRequest((r) => r.url().startsWith(EXIT_URL));
  await page.locator(exitLink).click({ noWaitAfter: true });
  const req = await request;
  await req.response();
  let figures = { trigger: -1, hidden: -1, origin: 0 };
  for (let i = 0; i < 200 && figures.hidden < 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    figures = await page.evaluate(() => ({
      ...window.__exitProbe,
      origin: performance.timeOrigin,
    }));
  }
  const { trigger, hidden, origin } = figures;
  if (hidden < 0) throw new Error(`content never hidden on ${url}`);
  const start = req.timing().startTime;
  await page.close();
  return { hidden: hidden - trigger, request: start - (origin + trigger) };
}

/** A finger held on the exit control for a short tap (a typical tap lasts 50 to 150 ms). */
const TAP_MS = 80;

async function measureTouch(browser, url, ready, exitLink) {
  const context = await browser.newContext({ hasTouch: true, isMobile: true });
  await context.addInitScript(probe);
  const page = await context.newPage();
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await page.goto(url);
  await ready(page);
  const box = await page.locator(exitLink).boundingBox();
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await context.newCDPSession(page);
  const request = page.waitForRequest((r) => r.url().startsWith(EXIT_URL));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await new Promise((resolve) => setTimeout(resolve, TAP_MS));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await request;
  let figures = { touch: -1, touchHidden: -1 };
  for (let i = 0; i < 200 && figures.touchHidden < 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    figures = await page.evaluate(() => window.__exitProbe);
  }
  await context.close();
  if (figures.touchHidden < 0) throw new Error(`content never hidden on touch at ${url}`);
  return figures.touchHidden - figures.touch;
}

export default async function quickExitBench({ chromium, launchOptions, baseUrl }) {
  const { dir, version } = buildGovukPage();
  const govuk = await serve(dir, GOVUK_PORT);
  const browser = await chromium.launch(launchOptions);
  const make = async () => {
    const context = await browser.newContext();
    await context.route(`${new URL(EXIT_URL).origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>Weather' }),
    );
    await context.addInitScript(probe);
    return context;
  };
  const ours = await make();
  const theirs = await make();
  const results = {
    app: { hidden: [], request: [], touch: [] },
    govuk: { hidden: [], request: [], touch: [] },
  };
  try {
    // Warm both up once (service worker install, HTTP cache), then alternate runs.
    const appReady = (page) => page.locator('html.booted main h1').waitFor();
    const govukReady = (page) => page.locator('body[data-ready="1"]').waitFor();
    await measure(ours, baseUrl, appReady, '#quick-exit');
    await measure(theirs, govuk.url, govukReady, '.govuk-exit-this-page__button');
    for (let i = 0; i < RUNS; i++) {
      for (const [name, context, url, ready, link] of [
        ['app', ours, baseUrl, appReady, '#quick-exit'],
        ['govuk', theirs, govuk.url, govukReady, '.govuk-exit-this-page__button'],
      ]) {
        const r = await measure(context, url, ready, link);
        results[name].hidden.push(r.hidden);
        results[name].request.push(r.request);
      }
    }
    for (let i = 0; i < Math.min(RUNS, 20); i++) {
      results.app.touch.push(await measureTouch(browser, baseUrl, appReady, '#quick-exit'));
      results.govuk.touch.push(
        await measureTouch(browser, govuk.url, govukReady, '.govuk-exit-this-page__button'),
      );
    }
  } finally {
    await browser.close();
    await govuk.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const row = (label, key, stat) => {
    const a = stat(results.app[key]);
    const g = stat(results.govuk[key]);
    return { label, value: `${ms(a)} vs GOV.UK ${ms(g)} (ratio ${(a / g).toFixed(2)})` };
  };
  return {
    title: 'Quick exit',
    rows: [
      {
        label: 'Runs each (alternating, same browser)',
        value: `${RUNS}; govuk-frontend ${version}`,
      },
      row('Trigger → content hidden in a frame, median', 'hidden', median),
      row('Trigger → content hidden in a frame, p95', 'hidden', p95),
      row('Trigger → exit request issued, median', 'request', median),
      row('Trigger → exit request issued, p95', 'request', p95),
      row(`Touch race (${TAP_MS} ms tap): finger down → content hidden, median`, 'touch', median),
      row(`Touch race (${TAP_MS} ms tap): finger down → content hidden, p95`, 'touch', p95),
      {
        label: 'Touch race: content hidden earlier than GOV.UK, median',
        value: ms(median(results.govuk.touch) - median(results.app.touch)),
      },
    ],
  };
}

// Run alone: serve dist/ and print the table.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('playwright-core');
  const app = await serve('dist', 4275, true);
  const launchOptions = {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs(),
  };
  try {
    const { title, rows } = await quickExitBench({
      chromium,
      launchOptions,
      baseUrl: app.url,
    });
    console.log(`\n${title}\n`);
    console.log('| Measure | Value |\n|---|---|');
    for (const { label, value } of rows) console.log(`| ${label} | ${value} |`);
  } finally {
    await app.close();
  }
}
