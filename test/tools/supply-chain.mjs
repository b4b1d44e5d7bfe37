// Supply-chain checks, `npm run audit`: known vulnerabilities (npm audit) and registry signatures
// (npm audit signatures). Kept out of `npm test`, which needs no network once the packages are
// installed; the lockfile's integrity is checked offline by test/build/dependencies.test.ts.
// A finding fails the run. If the registry's audit service cannot be
// reached from this network, say so plainly and go on: that is "not checked", never "passed".
import { spawnSync } from 'node:child_process';

const UNREACHABLE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|405 Method Not Allowed|audit endpoint returned an error|network request to/;

function run(label, args) {
  const result = spawnSync('npm', args, { encoding: 'utf8' });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status === 0) {
    console.log(`[supply-chain] ${label}: ok`);
    return true;
  }
  if (UNREACHABLE.test(output)) {
    console.log(
      `[supply-chain] ${label}: NOT CHECKED, the registry's service cannot be reached from this network`,
    );
    return true;
  }
  console.error(`[supply-chain] ${label}: FAILED\n${output}`);
  return false;
}

const audit = run('npm audit --audit-level=high', ['audit', '--audit-level=high']);
const signatures = run('npm audit signatures', ['audit', 'signatures']);
if (!audit || !signatures) process.exit(1);
