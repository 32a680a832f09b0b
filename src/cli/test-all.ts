/**
 * `npm test`: every check, in order — type check (astro check), unit tests (vitest), build
 * (validate + site + search index), browser tests (Playwright against the built site).
 * Ends with one line counting every test of every suite: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { LOCAL_ORIGIN } from '../site/origin.ts';

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const bin = (name: string) => `node_modules/.bin/${name}`;
// Dates must not depend on the machine's zone; tests run west of Greenwich on purpose.
// node_modules/.bin first, so tools started with `#!/usr/bin/env node` get the pinned Node 24.
// The build is a local one: its absolute URLs name http://localhost:4321 unless SITE_URL says otherwise.
const env = { ...process.env, TZ: 'America/Los_Angeles', PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH ?? ''}`, SITE_URL: process.env.SITE_URL || LOCAL_ORIGIN };

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function step(label: string, cmd: string, args: string[]): boolean {
  const ok = run(label, cmd, args);
  if (ok) total.passed++;
  else total.failed++;
  console.log(`=== ${label}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

/** A suite whose JSON report counts its tests; a crash before reporting counts as one failure. */
function suite(label: string, cmd: string, args: string[], report: string, count: (json: unknown) => Tally): void {
  rmSync(report, { force: true });
  const ok = run(label, cmd, args);
  if (!existsSync(report)) {
    total.failed++;
    console.log(`=== ${label}: FAILED before reporting`);
    return;
  }
  const t = count(JSON.parse(readFileSync(report, 'utf8')));
  total.passed += t.passed;
  total.failed += t.failed + (!ok && t.failed === 0 ? 1 : 0);
  console.log(`=== ${label}: ${t.passed} passed, ${t.failed} failed`);
}

mkdirSync('test-results', { recursive: true });
step('type check', bin('astro'), ['check']);
suite('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], 'test-results/unit.json', (j) => {
  const r = j as { numPassedTests: number; numFailedTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
});
const built = step('build', process.execPath, ['src/cli/build.ts']);
if (built) {
  suite('browser tests', bin('playwright'), ['test'], 'test-results/e2e.json', (j) => {
    const s = (j as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected };
  });
} else {
  total.failed++;
  console.log('=== browser tests: not run (the build failed)');
}

console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
