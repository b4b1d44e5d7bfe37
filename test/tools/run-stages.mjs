// `npm test` and `npm run test:deep`: runs each step in order, stops at the first that fails
// (exiting with its code), and prints how long each stage took, so a slow stage is seen at once.
// Plain Node with no dependencies, because its first stage installs them.
import { spawn } from 'node:child_process';

const deep = process.argv.includes('--deep');
const env = deep ? { ...process.env, TEST_DEPTH: 'deep' } : process.env;

/**
 * The steps of the gate, in order. None of them needs the network once the packages are installed.
 * A step with several stages runs them side by side: each of the static checks is one process on
 * one core, so on a 2-core machine two of them take little longer than one.
 */
const STEPS = [
  [['install what is missing', 'node test/tools/ensure-deps.mjs --browser']],
  [
    ['type check', 'npm run --silent typecheck'],
    ['lint', 'npm run --silent lint'],
    ['format check', 'npm run --silent format:check'],
  ],
  [['unit tests', 'npm run --silent test:unit']],
  [['build', 'npm run --silent build']],
  [['build output tests', 'npm run --silent test:build']],
  [['variant builds (dist-next, dist-retire, dist-areas)', 'npm run --silent build:variants']],
  [['browser tests', 'npm run --silent test:e2e']],
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
const times = [];
const started = Date.now();

/** Runs one stage. Alone, it prints as it goes; beside others, its output is kept for later. */
function run(name, command, alone) {
  console.log(`\n=== ${name}: ${command}`);
  const begun = Date.now();
  const child = spawn(command, { shell: true, env, stdio: alone ? 'inherit' : 'pipe' });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      resolve({ name, command, code: code ?? 1, ms: Date.now() - begun, output });
    });
  });
}

function report() {
  const width = Math.max(...STEPS.flat().map(([name]) => name.length));
  console.log(`\nStage times (${deep ? 'deep run' : 'quick run'}):`);
  for (const { name, ms, code, together } of times) {
    const note = code === 0 ? (together ? '  (side by side)' : '') : '  FAILED';
    console.log(`  ${name.padEnd(width)} ${seconds(ms)}${note}`);
  }
  console.log(`  ${'total'.padEnd(width)} ${seconds(Date.now() - started)}`);
}

for (const step of STEPS) {
  const alone = step.length === 1;
  const results = await Promise.all(step.map(([name, command]) => run(name, command, alone)));
  for (const result of results) {
    if (!alone) {
      console.log(`\n--- ${result.name} (${result.command}):`);
      process.stdout.write(Buffer.concat(result.output));
    }
    times.push({ ...result, together: !alone });
  }
  const failed = results.find((result) => result.code !== 0);
  if (failed) {
    report();
    process.exit(failed.code);
  }
}
report();
