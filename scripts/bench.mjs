// `npm run bench [name]`: runs every benchmark in bench/ (or those whose name contains `name`).
// TypeScript benchmarks are bundled with esbuild and run in Node; .mjs ones drive Chromium and
// need a build first (npm run build && npm run build:fixtures). Each prints its own table.
// Arguments after the name go to every benchmark run: npm run bench relevance -- --verbose
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

const filter = process.argv[2] ?? '';
const dir = path.resolve('bench');
const files = readdirSync(dir)
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f) && f.includes(filter))
  .sort();
const out = mkdtempSync(path.join(os.tmpdir(), 'rostrum-bench-'));
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}\n`);
  let entry = path.join(dir, file);
  if (file.endsWith('.ts')) {
    const bundled = path.join(out, file.replace(/\.ts$/, '.mjs'));
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundled,
      logLevel: 'error',
      // twitter-text is CommonJS: let Node load it.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    entry = bundled;
  }
  try {
    execFileSync(process.execPath, [entry, ...process.argv.slice(3)], { stdio: 'inherit' });
  } catch {
    failed++;
  }
}
if (failed > 0) process.exitCode = 1;
