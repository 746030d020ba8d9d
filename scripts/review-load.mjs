#!/usr/bin/env node
// How long the review page of a national archive takes to load in Chromium: 500 reports and 30,000
// facts (made up by tests/review-scale.ts), opened from disk a few times; prints each load and the
// median, from the start of the page's load to ready. Needs `npm run build` and /usr/bin/chromium.
//   node scripts/review-load.mjs [runs]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import url from 'node:url';

const repo = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '..');
const { writeScaleDataset } = await import(path.join(repo, 'dist/tests/review-scale.js'));
const { writeReview } = await import(path.join(repo, 'dist/src/review/index.js'));
const { chromium } = await import('playwright-core');

const runs = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-review-load-'));
try {
  const { facts } = writeScaleDataset(dir);
  const page = await writeReview(dir);
  console.log(`review.html: ${page.docs} reports, ${facts.length} facts, ${(statSync(page.path).size / 1e6).toFixed(1)} MB`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await tab.goto(url.pathToFileURL(page.path).href);
    await tab.waitForSelector('body[data-ready="1"]', { timeout: 120_000 });
    const ms = Number(await tab.getAttribute('body', 'data-ready-ms'));
    times.push(ms);
    console.log(`load ${i + 1}: ${ms} ms`);
    await tab.close();
  }
  await browser.close();
  times.sort((a, b) => a - b);
  console.log(`median: ${times[Math.floor(times.length / 2)]} ms (the goal: under 3000 ms)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
