// `npm test` and `npm run test:deep`: runs each stage in order, stops at the first that fails
// (exiting with its code), and prints how long each stage took, so a slow stage is seen at once.
// Plain Node with no dependencies, because its first stage installs them.
import { spawnSync } from 'node:child_process';

const deep = process.argv.includes('--deep');
const env = deep ? { ...process.env, TEST_DEPTH: 'deep' } : process.env;

/** The stages of the gate. None of them needs the network once the packages are installed. */
const STAGES = [
  ['install what is missing', 'node test/tools/ensure-deps.mjs --browser'],
  ['type check', 'npm run --silent typecheck'],
  ['lint', 'npm run --silent lint'],
  ['format check', 'npm run --silent format:check'],
  ['unit tests', 'npm run --silent test:unit'],
  ['build', 'npm run --silent build'],
  ['build output tests', 'npm run --silent test:build'],
  ['update builds (dist-next, dist-retire)', 'npm run --silent build:variants'],
  ['browser tests', 'npm run --silent test:e2e'],
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
const times = [];
const started = Date.now();

function report() {
  const width = Math.max(...STAGES.map(([name]) => name.length));
  console.log(`\nStage times (${deep ? 'deep run' : 'quick run'}):`);
  for (const [name, ms, ok] of times)
    console.log(`  ${name.padEnd(width)} ${seconds(ms)}${ok ? '' : '  FAILED'}`);
  console.log(`  ${'total'.padEnd(width)} ${seconds(Date.now() - started)}`);
}

for (const [name, command] of STAGES) {
  console.log(`\n=== ${name}: ${command}`);
  const begun = Date.now();
  const result = spawnSync(command, { stdio: 'inherit', shell: true, env });
  const ok = result.status === 0;
  times.push([name, Date.now() - begun, ok]);
  if (!ok) {
    report();
    process.exit(result.status ?? 1);
  }
}
report();
