// Installs what `npm start`, `npm test` and `npm run bench` need, and only what is missing.
// Plain Node with no dependencies, because it runs before anything is installed.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const needBrowser = process.argv.includes('--browser');
const say = (text) => console.log(`[setup] ${text}`);
const fail = (text) => {
  console.error(`\n[setup] ${text}\n`);
  process.exit(1);
};

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(
    `Node ${process.versions.node} is too old. Install Node 20.19 or newer, then run this again.`,
  );
}

// Reinstall when the lockfile changed since the last install (a fresh clone has no stamp).
const stampFile = 'node_modules/.install-stamp';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const installed = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
if (installed !== lockHash) {
  say('Installing packages from package-lock.json (npm ci)...');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(stampFile, lockHash);
}

if (needBrowser) {
  const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const hasApt = existsSync('/usr/bin/apt-get');
    if (!isRoot || !hasApt) {
      fail(
        `The browser tests need Chromium at ${chromium}.\n` +
          `  On Debian or Ubuntu, run as root: apt-get update && apt-get install -y chromium\n` +
          `  Or point CHROME_PATH at an installed Chromium or Chrome.`,
      );
    }
    say('Installing Chromium from Debian packages (apt-get install chromium)...');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
        shell: '/bin/bash',
      },
    );
  }
}
