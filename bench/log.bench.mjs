#!/usr/bin/env node
/**
 * Scale benchmark of the campaign log in real Chromium (issue 6 §9). Bundles lib/log with esbuild,
 * serves it on localhost (IndexedDB needs a real origin), and in a headless Chromium:
 *   1. imports an export file of 100,000 entries (≤ 10 s),
 *   2. in a fresh page, as a panel would: first page of the log (≤ 100 ms), filter by campaign and
 *      dates (≤ 100 ms), text search (≤ 300 ms), CSV export (≤ 3 s), and JS heap used (≤ 50 MB).
 * Prints one line per figure and exits 1 if any budget is missed.
 *
 * Usage: node bench/log.bench.mjs [--entries=100000] [--chromium=/usr/bin/chromium] [--incognito] [--probe]
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const ENTRIES = Number(args.entries ?? 100_000);
const CHROMIUM = args.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));

/** Code that runs in the page: builds the data, and measures. Exposed on window.bench. */
const pageSource = `
import { createLogRepository } from './lib/log/repository';
import { serializeExport } from './lib/log/export-format';

// Posts are made of everyday words (each in many posts) and topic words drawn with Zipf's law, as in
// real text: a few topic words are frequent, most are rare.
const COMMON = ('the of and to in a is on for at with this our we you will about today live watch now ' +
  'from by be are it as how what new more').split(' ');
const TOPIC = ('parliament budget committee debate vote bill session question minister report inquiry ' +
  'evidence hearing petition youth climate health education transport housing energy digital ' +
  'consultation amendment reading chamber speaker member constituency public week').split(' ');
const SYLLABLES = 'ka lo mi ne ru sa te vi zo ba de fi gu ho ja'.split(' ');
for (let i = 0; TOPIC.length < 3000; i++) {
  TOPIC.push(SYLLABLES[i % 15] + SYLLABLES[Math.floor(i / 15) % 15] + SYLLABLES[Math.floor(i / 225) % 15] + 'x');
}
const ZIPF = (() => {
  const weights = TOPIC.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();
const PLATFORMS = ['x', 'facebook', 'instagram', 'threads', 'linkedin', 'bluesky', 'mastodon', 'youtube'];
const TAGS = ['live', 'explainer', 'video', 'thread', 'reminder', 'results', 'q-and-a', 'behind-the-scenes'];
const FINDINGS = ['jargon', 'long-sentence', 'no-call-to-action', 'all-caps', 'too-many-hashtags'];
const DAY = 86400000;
const START = Date.UTC(2023, 0, 1);

/** Rows per query: the panel's page (PAGE_SIZE in lib/state/log-model.ts). */
const ROWS = 50;

function rng(seed) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
}

/** A UUID (v4-shaped) made from n, so ids are as long as the ones Rostrum makes, yet reproducible. */
function uuidOf(n) {
  const r = rng((Math.imul(n, 2654435761) + 7) >>> 0);
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(r() * 16).toString(16);
  return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-4' + hex.slice(13, 16) + '-a' + hex.slice(17, 20) + '-' + hex.slice(20);
}

const campaignId = (i) => uuidOf(1_000_000 + i);

function makeFile(count) {
  const r = rng(42);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const campaigns = Array.from({ length: 40 }, (_, i) => ({
    id: campaignId(i), name: 'Campaign ' + i, objective: 'inform', audience: '', keyMessages: [], hashtags: [],
    platforms: [], startDate: '2023-01-01', endDate: '2025-12-31', account: 'institution', language: 'en',
    targets: {}, archived: false, createdAt: START, updatedAt: START,
  }));
  const entries = [];
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 28 }, () => {
      if (r() < 0.5) return pick(COMMON);
      const x = r();
      let lo = 0, hi = ZIPF.length - 1;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (ZIPF[mid] < x) lo = mid + 1; else hi = mid; }
      return TOPIC[lo];
    });
    if (i % 997 === 0) words.push('zanzibar');
    const createdAt = START + Math.floor((i / count) * 900 * DAY);
    entries.push({
      id: uuidOf(i),
      text: words.join(' ') + ' #' + pick(TOPIC.slice(0, 30)),
      platform: pick(PLATFORMS),
      url: 'https://x.com/home',
      campaignId: r() < 0.1 ? null : pick(campaigns).id,
      tags: r() < 0.5 ? [pick(TAGS)] : [],
      findings: r() < 0.3 ? [pick(FINDINGS)] : [],
      tips: [],
      status: r() < 0.9 ? 'published' : 'draft',
      metrics: r() < 0.5 ? { impressions: Math.floor(r() * 5000), engagements: Math.floor(r() * 200) } : {},
      createdAt,
      updatedAt: createdAt,
    });
  }
  return serializeExport({ format: 'rostrum-log', version: 2, exportedAt: new Date().toISOString(), campaigns, entries });
}

async function time(fn) {
  const t = performance.now();
  const result = await fn();
  return [performance.now() - t, result];
}

/** First (cold) and best of three (warm) timings. */
async function timeRepeated(fn) {
  const [cold, result] = await time(fn);
  let warm = Infinity;
  for (let i = 0; i < 3; i++) warm = Math.min(warm, (await time(fn))[0]);
  return [cold, warm, result];
}

window.bench = {
  async importAll(count) {
    const text = makeFile(count);
    const repo = createLogRepository('bench');
    await repo.clearAll();
    const [previewMs, preview] = await time(() => repo.previewImport(text));
    const [applyMs, written] = await time(() => repo.applyImport(preview));
    await repo.close();
    return { ms: previewMs + applyMs, previewMs, applyMs, written, bytes: text.length };
  },
  async panel() {
    const repo = createLogRepository('bench');
    const out = {};
    // The log view: the first page with the total, then the ids for the windowed list.
    // Opening the database (a fresh page, as a panel opening) is timed on its own.
    [out.open] = await time(() => repo.listCampaigns());
    [out.firstPage] = await time(() => repo.queryEntries({}, { limit: ROWS }));
    // Scrolling on: a later page, read without counting again (what the log model asks for).
    [out.scrollPage] = await time(() => repo.pageEntries({}, { offset: 5000, limit: ROWS }));
    [out.allIds, out.idCount] = await time(async () => (await repo.findEntryIds({})).length);
    const from = START + 300 * DAY, to = START + 420 * DAY;
    [out.campaignDates, out.campaignDatesTotal] = await time(async () =>
      (await repo.queryEntries({ campaignId: campaignId(7), from, to }, { limit: ROWS })).total);
    [out.textCommon, out.textCommonTotal] = await time(async () =>
      (await repo.queryEntries({ text: 'budget' }, { limit: ROWS })).total);
    [out.textWorst, out.textWorstTotal] = await time(async () =>
      (await repo.queryEntries({ text: 'today' }, { limit: ROWS })).total);
    [out.textRare, out.textRareTotal] = await time(async () =>
      (await repo.queryEntries({ text: 'zanzib' }, { limit: ROWS })).total);
    [out.textTwoWords, out.textTwoWordsTotal] = await time(async () =>
      (await repo.queryEntries({ text: 'committee hearing', platform: 'x' }, { limit: ROWS })).total);
    [out.tagAndStatus] = await time(() => repo.queryEntries({ tag: 'live', status: 'draft' }, { limit: ROWS }));
    [out.campaignStats] = await time(() => repo.campaignStats(campaignId(7)));
    // Writes into the full log: each rewrites the page and catalog segment it touches.
    const [added] = await Promise.all([repo.addEntry({ text: 'warm-up', platform: 'x' })]);
    [out.logPost] = await time(() => repo.addEntry({ text: 'A new post about the budget', platform: 'x' }));
    [out.editEntry] = await time(() => repo.updateEntry(added.id, { metrics: { impressions: 10 } }));
    const fifty = (await repo.queryEntries({ text: 'budget' }, { offset: 100, limit: ROWS })).entries.map((e) => e.id);
    [out.retag] = await time(() => repo.updateEntries(fifty, { addTags: ['bench'] }));
    let deleted;
    [out.deleteFifty] = await time(async () => (deleted = await repo.deleteEntries(fifty)));
    [out.undoDelete] = await time(() => repo.restoreEntries(deleted));
    globalThis.__keep = repo;
    return out;
  },
  /** Raw reads of each store (cold, then warm), to see where a query's time goes. */
  async probe() {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('bench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = (store, method) =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store)[method]();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const out = {};
    for (const store of ['catalog', 'words', 'pages']) {
      for (const method of ['getAllKeys', 'getAll']) {
        const [cold, warm, result] = await timeRepeated(() => read(store, method));
        out[store + '.' + method] = [Math.round(cold), Math.round(warm), result.length];
      }
    }
    const sample = await read('catalog', 'getAll');
    out.catalogBytes = sample.reduce(
      (sum, c) =>
        sum + c.ids.length + c.createdAt.byteLength + c.campaign.byteLength + c.platform.byteLength +
        c.status.byteLength + c.tagStart.byteLength + c.tagCodes.byteLength,
      0,
    );
    const words = await read('words', 'getAll');
    out.wordRecords = words.length;
    out.wordBytes = words.reduce((sum, w) => sum + w.words.length + w.start.byteLength + w.rows.byteLength, 0);
    db.close();
    const repo = createLogRepository('bench');
    const from = START + 300 * DAY;
    const to = START + 420 * DAY;
    const [cold, warm] = await timeRepeated(() => repo.queryEntries({ campaignId: campaignId(7), from, to }, { limit: ROWS }));
    out['campaign and dates'] = [Math.round(cold), Math.round(warm)];
    for (const text of ['zanzib', 'budget', 'today']) {
      const [cold, warm] = await timeRepeated(() => repo.findEntryIds({ text }));
      out['search ' + text] = [Math.round(cold), Math.round(warm)];
    }
    await repo.close();
    return JSON.stringify(out);
  },
  async csv() {
    const repo = createLogRepository('bench');
    const [readMs] = await time(() => repo.exportData());
    const [ms, text] = await time(() => repo.exportCsv());
    return { ms, bytes: text.length, readMs };
  },
};
`;

async function bundle() {
  const result = await build({
    stdin: { contents: pageSource, resolveDir: root, loader: 'ts', sourcefile: 'bench-page.ts' },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function serve(script) {
  const html = `<!doctype html><meta charset="utf-8"><title>log bench</title><script type="module" src="/bench.js"></script>`;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(html);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function heapUsedMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1024 / 1024;
}

const script = await bundle();
const server = await serve(script);
const url = `http://127.0.0.1:${server.address().port}/`;
// A profile on disk, as the extension's side panel has; --incognito measures an off-the-record
// context instead, where Chromium keeps IndexedDB in memory (a different, slower backend for writes).
const profileDir = args.incognito ? null : mkdtempSync(join(tmpdir(), 'rostrum-log-bench-'));
const context = profileDir
  ? await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, args: ['--no-sandbox'] })
  : await (await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })).newContext();
const browser = context.browser() ?? context;
const results = [];
const report = (name, value, unit, budget) => {
  const ok = budget === undefined || value <= budget;
  results.push(ok);
  const budgetText = budget === undefined ? '' : ` (budget ${budget} ${unit})`;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${value.toFixed(unit === 'MB' ? 1 : 0)} ${unit}${budgetText}`,
  );
};

try {
  let page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  const version =
    context.browser()?.version() ??
    (await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1];
  console.log(
    `Campaign log benchmark, ${ENTRIES.toLocaleString('en')} entries, Chromium ${version}, ${profileDir ? 'profile on disk' : 'incognito (in-memory IndexedDB)'}`,
  );
  const imported = await page.evaluate((n) => window.bench.importAll(n), ENTRIES);
  report(
    `import (${(imported.bytes / 1024 / 1024).toFixed(1)} MB file, preview + write)`,
    imported.ms,
    'ms',
    10_000,
  );
  report('  of which: read, check and preview', imported.previewMs, 'ms');
  report('  of which: write (one transaction)', imported.applyMs, 'ms');
  await page.close();

  // A fresh page, as a newly opened panel.
  page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  if (args.probe) console.log(await page.evaluate(() => window.bench.probe()));
  const p = await page.evaluate(() => window.bench.panel());
  report('open the database and list campaigns', p.open, 'ms');
  report('first page of the log (50 rows + total)', p.firstPage, 'ms', 100);
  report('a later page while scrolling (rows 5,000–5,049)', p.scrollPage, 'ms', 100);
  report(`ids of all ${p.idCount} entries (windowed list)`, p.allIds, 'ms');
  report(`filter by campaign and dates (${p.campaignDatesTotal} matches)`, p.campaignDates, 'ms', 100);
  report(`text search, frequent topic word (${p.textCommonTotal} matches)`, p.textCommon, 'ms', 300);
  report(`text search, everyday word in most posts (${p.textWorstTotal} matches)`, p.textWorst, 'ms', 300);
  report(`text search, rare word (${p.textRareTotal} matches)`, p.textRare, 'ms', 300);
  report(`text search, two words + platform (${p.textTwoWordsTotal} matches)`, p.textTwoWords, 'ms', 300);
  report('filter by tag and status', p.tagAndStatus, 'ms', 300);
  report('campaign dashboard figures (one campaign)', p.campaignStats, 'ms');
  report('log a post', p.logPost, 'ms');
  report('edit one entry (metrics)', p.editEntry, 'ms');
  report('re-tag 50 entries', p.retag, 'ms');
  report('delete 50 entries', p.deleteFifty, 'ms');
  report('undo that delete', p.undoDelete, 'ms');
  report('panel JS heap after loading the log', await heapUsedMb(page), 'MB', 50);
  const csv = await page.evaluate(() => window.bench.csv());
  report(`CSV export (${(csv.bytes / 1024 / 1024).toFixed(1)} MB)`, csv.ms, 'ms', 3000);
  report('  of which reading every entry (as the JSON export does, timed before it)', csv.readMs, 'ms');
} finally {
  await context.close();
  await browser.close?.();
  server.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
}
const failed = results.filter((ok) => !ok).length;
console.log(failed === 0 ? 'All budgets met.' : `${failed} budget(s) missed.`);
process.exit(failed === 0 ? 0 : 1);
