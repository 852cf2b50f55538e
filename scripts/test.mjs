#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests (Vitest) and end-to-end tests (Playwright in Debian's
// Chromium), every step run even when an earlier one fails, then one closing line that counts
// them all: `total: N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const tally = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failedSteps.push(name);
  return r.status === 0;
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function countStep(name, ok) {
  if (ok) tally.passed++;
  else tally.failed++;
  console.log(`${name}: ${ok ? 'ok' : 'FAILED'}`);
}

countStep('typecheck', run('typecheck', 'npm', ['run', '-s', 'typecheck']));
countStep('lint', run('lint', 'npm', ['run', '-s', 'lint']));

const vitestOut = `${results}/vitest.json`;
rmSync(vitestOut, { force: true });
const unitOk = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestOut}`]);
const unit = readJson(vitestOut);
if (unit) {
  tally.passed += unit.numPassedTests ?? 0;
  tally.failed += unit.numFailedTests ?? 0;
  tally.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if (!unitOk && !unit.numFailedTests) tally.failed++; // a suite that failed to load
} else if (!unitOk) tally.failed++;

const e2eOut = `${results}/playwright.json`;
rmSync(e2eOut, { force: true });
const built = run('build', process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build']);
if (built) {
  const e2eOk = run('e2e', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eOut });
  const e2e = readJson(e2eOut);
  if (e2e?.stats) {
    tally.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    tally.failed += e2e.stats.unexpected ?? 0;
    tally.skipped += e2e.stats.skipped ?? 0;
    if (!e2eOk && !e2e.stats.unexpected) tally.failed++;
  } else if (!e2eOk) tally.failed++;
} else tally.failed++;

if (failedSteps.length) console.log(`\nfailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntotal: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
