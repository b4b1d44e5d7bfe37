// Long diary benchmark, in the real browser against the built app: open the diary with 2,000 and
// 20,000 entries (time from unlock to the first entries on screen, to the whole diary read, and the
// longest main-thread block meanwhile, from PerformanceObserver longtask entries), and quick exit
// while the diary is still loading (trigger to content hidden in a frame). Measures only.
// Run alone with `node test/bench/diary.mjs` after a build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PASS = 'kettle orbit meadow trumpet';
const SIZES = (process.env.BENCH_DIARY_SIZES ?? '2000,20000').split(',').map(Number);
const EXIT_URL = 'https://www.bbc.co.uk/weather';
const ms = (value) => `${value.toFixed(0)} ms`;

/** In every page: long tasks, the moment the unlock box goes, first entries, done, and exit. */
function probe() {
  const record = { longtasks: [], unlocked: -1, first: -1, done: -1, trigger: -1, hidden: -1 };
  window.__diaryProbe = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      record.longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const now = performance.now();
    if (record.unlocked < 0 && window.__watching && !document.querySelector('input[type=password]'))
      record.unlocked = now;
    if (record.unlocked >= 0 && record.first < 0 && document.querySelector('ol.diary-list li')) {
      record.first = now;
      // Exit in the same frame the first entries show: the rest of the diary is still opening.
      if (window.__exitOnFirst) document.getElementById('quick-exit')?.click();
    }
    if (
      record.first >= 0 &&
      record.done < 0 &&
      !document.body.textContent.includes('Still opening older entries')
    )
      record.done = now;
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  window.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('#quick-exit') : null;
      if (!link || record.trigger >= 0) return;
      record.trigger = performance.now();
      record.loadingAtTrigger = document.body.textContent.includes('Still opening older entries');
      const frame = () => {
        if (document.documentElement.classList.contains('exiting'))
          record.hidden = performance.now();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    { capture: true },
  );
}

/** Seeds `count` entries through the app's own vault, found from the settings screen's props. */
async function seed(page, count) {
  await page.evaluate(
    async ({ pass, n }) => {
      const find = (node, depth = 0) => {
        if (!node || depth > 200) return undefined;
        if (node.props?.vault?.put) return node.props.vault;
        for (const child of node.__k ?? []) {
          const found = find(child, depth + 1);
          if (found) return found;
        }
        return undefined;
      };
      const vault = find(document.getElementById('app')?.__k);
      if (!vault) throw new Error('vault not found on the settings screen');
      await vault.create(pass);
      const entry = (i) => ({
        id: `d:${String(i).padStart(6, '0')}`,
        value: {
          date: `20${10 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`,
          time: '',
          where: `Place ${i}`,
          what: 'Something happened that I want to remember, with the details. '.repeat(2),
          witnesses: '',
          injuries: '',
          said: '',
          created: i,
        },
      });
      for (let i = 0; i < n; i += 2000) {
        const batch = Array.from({ length: Math.min(2000, n - i) }, (_, k) => entry(i + k));
        const result = await vault.put(batch);
        if (!result.ok) throw new Error(`seed failed: ${result.reason}`);
      }
    },
    { pass: PASS, n: count },
  );
}

async function openLocked(context, baseUrl) {
  const page = await context.newPage();
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await page.goto(baseUrl);
  const carryOn = page.getByRole('button', { name: 'Continue' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (await carryOn.isVisible()) await carryOn.click();
  await page.getByRole('button', { name: /^Make a safety plan/ }).click();
  return page;
}

/** Unlocks on the plan screen, then opens the diary once the plan shows; returns the figures. */
async function openDiary(page, { exit }) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.evaluate((exitOnFirst) => {
    window.__watching = true;
    window.__exitOnFirst = exitOnFirst;
  }, exit);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: /^Evidence diary/ }).click({ timeout: 60_000 });
  if (exit) {
    await page.waitForFunction(() => window.__diaryProbe.hidden >= 0, null, { timeout: 60_000 });
  } else {
    await page.waitForFunction(() => window.__diaryProbe.done >= 0, null, { timeout: 180_000 });
  }
  return page.evaluate(() => window.__diaryProbe);
}

export default async function diaryBench({ chromium, launchOptions, baseUrl }) {
  const rows = [];
  for (const size of SIZES) {
    const profile = mkdtempSync(join(tmpdir(), 'bench-diary-'));
    const context = await chromium.launchPersistentContext(profile, launchOptions);
    await context.addInitScript(probe);
    try {
      const setup = context.pages()[0] ?? (await context.newPage());
      await setup.goto(baseUrl);
      const carryOn = setup.getByRole('button', { name: 'Continue' });
      await setup.getByRole('heading', { level: 1 }).waitFor();
      if (await carryOn.isVisible()) await carryOn.click();
      await setup.getByRole('button', { name: /Backup and passphrase/ }).click();
      await setup.getByRole('heading', { level: 1, name: 'Backup and passphrase' }).waitFor();
      await seed(setup, size);
      await setup.close();

      // Open: unlock on the plan screen, then the diary, until every entry is read.
      const page = await openLocked(context, baseUrl);
      const open = await openDiary(page, { exit: false });
      await page.close();
      const during = open.longtasks.filter((t) => t.start >= open.unlocked && t.start <= open.done);
      const longest = Math.max(0, ...during.map((t) => t.duration));

      // Exit while loading: the first entries are on screen, the rest still opening.
      const again = await openLocked(context, baseUrl);
      const exit = await openDiary(again, { exit: true });
      const stillLoading = exit.loadingAtTrigger;
      await again.close();

      rows.push(
        {
          label: `${size.toLocaleString('en-GB')} entries: unlock → first entries shown`,
          value: ms(open.first - open.unlocked),
        },
        {
          label: `${size.toLocaleString('en-GB')} entries: unlock → whole diary read`,
          value: ms(open.done - open.unlocked),
        },
        {
          label: `${size.toLocaleString('en-GB')} entries: longest main-thread block while opening`,
          value: `${ms(longest)} (${during.length} long tasks)`,
        },
        {
          label: `${size.toLocaleString('en-GB')} entries: quick exit while loading → hidden`,
          value: `${ms(exit.hidden - exit.trigger)}${stillLoading ? '' : ' (diary had finished)'}`,
        },
      );
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return { title: 'Long diary', rows };
}

// Run alone: serve dist/ and print the table.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('playwright-core');
  const { preview } = await import('vite');
  const { chromiumArgs } = await import('./chromium-args.mjs');
  const port = Number(process.env.BENCH_PORT ?? 4276);
  const server = await preview({
    preview: { port, host: '127.0.0.1', strictPort: true },
    logLevel: 'error',
  });
  try {
    const table = await diaryBench({
      chromium,
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs(),
      },
      baseUrl: `http://127.0.0.1:${port}/`,
    });
    console.log(table.title);
    for (const row of table.rows) console.log(`  ${row.label}  ${row.value}`);
  } finally {
    await server.close();
  }
}
