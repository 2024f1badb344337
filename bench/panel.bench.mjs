#!/usr/bin/env node
/**
 * How fast the side panel opens, in real Chromium with the built extension (issue 14 §4):
 *   - first open: a fresh browser's first panel page, from navigation start to the checks section
 *     rendered (≤ 200 ms);
 *   - warm opens: the median of later opens in the same browser (≤ 100 ms);
 *   - JS loaded at first open: the bytes of every script the first panel page loaded (≤ 350 KB).
 * Prints a table and exits 1 if a budget is missed. Build first: npm run build.
 *
 * Usage: node bench/panel.bench.mjs [--warm=8] [--chromium=/usr/bin/chromium]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const WARM = Number(args.warm ?? 8);
const CHROMIUM = args.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const BUDGET = { first: 200, warm: 100, js: 350 * 1024 };

// Runs before the panel's own scripts: notes when the checks section first enters the document.
function watchForChecks() {
  const seen = () => {
    if (document.querySelector('section.checks h2')) {
      globalThis.__firstCheckAt = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, observer) => {
    if (seen()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-bench-panel-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 400, height: 900 },
  locale: 'en-GB',
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  await context.addInitScript(watchForChecks);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const origin = `chrome-extension://${new URL(worker.url()).host}`;

  /** Opens the panel, waits for its checks, and returns the time to them and the scripts it loaded. */
  async function open() {
    const page = await context.newPage();
    const scripts = new Set();
    page.on('request', (request) => {
      if (request.url().startsWith(origin) && request.url().endsWith('.js')) scripts.add(request.url());
    });
    await page.goto(`${origin}/sidepanel.html`);
    const at = await page.waitForFunction(() => globalThis.__firstCheckAt).then((h) => h.jsonValue());
    await page.close();
    const files = [...scripts].map((url) => {
      const file = new URL(url).pathname;
      return { file, bytes: statSync(path.join(EXTENSION_DIR, file)).size };
    });
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
    return { ms: at, bytes, scripts: scripts.size, files };
  }

  const first = await open();
  const warm = [];
  for (let i = 0; i < WARM; i++) warm.push((await open()).ms);
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];

  const rows = [
    [
      'first open to the checks',
      `${first.ms.toFixed(0)} ms`,
      `≤ ${BUDGET.first} ms`,
      first.ms <= BUDGET.first,
    ],
    [
      `warm opens (median of ${WARM})`,
      `${median.toFixed(0)} ms`,
      `≤ ${BUDGET.warm} ms`,
      median <= BUDGET.warm,
    ],
    [
      `JS at first open (${first.scripts} files)`,
      `${(first.bytes / 1024).toFixed(0)} KB`,
      `≤ ${BUDGET.js / 1024} KB`,
      first.bytes <= BUDGET.js,
    ],
  ];
  console.log('| figure | measured | budget | |\n|---|---:|---:|---|');
  for (const [name, value, budget, ok] of rows)
    console.log(`| ${name} | ${value} | ${budget} | ${ok ? 'ok' : 'OVER'} |`);
  console.log(`\nwarm opens: ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  // Which files make up the first open's JS, largest first: where to look when it is over budget.
  console.log('\nscripts at first open:');
  for (const { file, bytes } of first.files.sort((a, b) => b.bytes - a.bytes))
    console.log(`  ${(bytes / 1024).toFixed(0).padStart(5)} KB  ${file}`);
  if (rows.some((row) => !row[3])) process.exitCode = 1;
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
