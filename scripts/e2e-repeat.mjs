/**
 * Runs e2e test files N times in a row and prints, per file, how many runs passed and failed: the
 * evidence that a suite does not flake. Each run is one `node --test` process over the files, one at
 * a time (the machine is small and the browsers are heavy).
 *
 *   npm run test:e2e:repeat -- [N] [files or folders...]
 *
 * N defaults to 10; the files default to the Chromium and Firefox suites (tests/e2e/,
 * tests/e2e-firefox/). Build first (npm run build && npm run build:firefox && npm run build:fixtures).
 * Exits non-zero when any run of any file failed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 10;
const targets = args.length > 0 ? args : ['tests/e2e', 'tests/e2e-firefox'];

/** The test files a target names: itself, or the *.test.mjs files directly in a folder. */
const filesOf = (target) =>
  statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((name) => name.endsWith('.test.mjs'))
        .sort()
        .map((name) => path.join(target, name))
    : [target];
const files = targets.flatMap(filesOf);

/** The TAP reports of the failing tests in `tap`: each `not ok` line and its YAML block. */
function failureReports(tap) {
  const out = [];
  let inReport = false;
  for (const line of tap.split('\n')) {
    if (/^\s*not ok /.test(line)) inReport = true;
    if (inReport) out.push(line);
    if (inReport && /^\s*\.\.\.$/.test(line)) inReport = false;
  }
  return out.join('\n');
}

/** @type {Map<string, { pass: number, fail: number }>} */
const counts = new Map(files.map((file) => [file, { pass: 0, fail: 0 }]));
for (let run = 1; run <= runs; run++) {
  for (const file of files) {
    const { status, stdout } = spawnSync(process.execPath, ['--test', file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const count = /** @type {{ pass: number, fail: number }} */ (counts.get(file));
    if (status === 0) count.pass++;
    else count.fail++;
    process.stderr.write(`run ${run}/${runs} ${file}: ${status === 0 ? 'pass' : 'FAIL'}\n`);
    // What failed, so a flake can be told from a break: each failing test's report, up to its end.
    if (status !== 0) process.stderr.write(`${failureReports(stdout)}\n`);
  }
}

const width = Math.max(...files.map((f) => f.length), 'file'.length);
console.log(`\n${'file'.padEnd(width)} | pass | fail`);
console.log(`${'-'.repeat(width)}-|------|-----`);
for (const [file, { pass, fail }] of counts) {
  console.log(`${file.padEnd(width)} | ${String(pass).padStart(4)} | ${String(fail).padStart(4)}`);
}
process.exitCode = [...counts.values()].some((c) => c.fail > 0) ? 1 : 0;
