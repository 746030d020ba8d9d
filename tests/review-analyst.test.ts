// The review page as an analyst uses it, in real headless Chromium: a page of 500 reports and 30,000
// facts (made up here) searched, sorted and exported; the figures of a real report reached by keyboard
// at 800 px; corrections marked on it and downloaded, applied by extract, and turned into gold the
// scorer accepts.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeReview } from '../src/review/index.js';
import { runExtract } from '../src/run/extract-run.js';
import { CorrectionSchema, readCorrections } from '../src/dataset/corrections.js';
import { writeGold } from '../src/dataset/gold-files.js';
import { writeScaleDataset, type ScaleData } from './review-scale.js';

const CHROMIUM = '/usr/bin/chromium';
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCORER = path.join(REPO, '..', 'shared', 'tools', 'score.mjs');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Watches a page for requests beyond the file and for errors (a CSP refusal is a console error). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|data|about|blob):/.test(r.url())) problems.push(`request ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  return problems;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; body: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(file, 'utf8') };
}

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this in CI).`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('a page of 500 reports and 30,000 facts', () => {
  let dir: string;
  let page: Page;
  let problems: string[];
  let scale: ScaleData;
  let readyMs = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'baocao-review-scale-'));
    scale = writeScaleDataset(dir);
    const written = await writeReview(dir);
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    problems = watch(page);
    await page.goto(pathToFileURL(written.path).href);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 60_000 });
    readyMs = Number(await page.getAttribute('body', 'data-ready-ms'));
    // Printed, not asserted tightly: a shared machine's load varies (scripts/review-load.mjs measures).
    process.stdout.write(`review page of 500 reports and 30,000 facts ready in ${readyMs} ms\n`);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads every report and fact (the time is printed; the bound here is only against a hang)', async () => {
    expect(await page.locator('button.doc').count()).toBe(500);
    expect(await page.textContent('#shown-count')).toBe('30.000 / 30.000 số liệu');
    expect(await page.textContent('#summary')).toBe('500 báo cáo · 30.000 số liệu · 0 cảnh báo kiểm tra');
    expect(readyMs).toBeGreaterThan(0);
    expect(readyMs).toBeLessThan(30_000);
  });

  it('has a search box and a table of facts; a search without diacritics narrows the table', async () => {
    const expected = scale.facts.filter((f) => f.province === 'Cà Mau').length;
    await page.getByRole('searchbox', { name: 'Tìm số liệu' }).fill('ca mau');
    await expect(page.waitForFunction((n) => document.getElementById('shown-count')!.textContent === `${n} / 30.000 số liệu`, expected.toLocaleString('vi-VN'), { timeout: 10_000 })).resolves.toBeTruthy();
    await page.getByRole('tab', { name: 'Bảng số liệu' }).click();
    const table = page.getByRole('table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('thead th').allTextContents()).toEqual(['Tỉnh', 'Kỳ báo cáo', 'Chỉ tiêu', 'Phân tổ', 'Giá trị', 'Trích dẫn']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(100, expected));
    expect(new Set(await rows.locator('td:first-child').allTextContents())).toEqual(new Set(['Cà Mau']));
    // Metric names in Vietnamese, dims in words.
    expect(await table.locator('tbody').textContent()).toContain('Số hồ sơ tiếp nhận');
    expect(await table.locator('tbody').textContent()).toContain('cấp huyện');
  });

  it('sorts by a column', async () => {
    await page.getByRole('button', { name: 'Giá trị' }).click();
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Giá trị');
    const cells = await page.locator('#facts-body tr td.num').allTextContents();
    const values = cells.map((c) => Number(c.replace(/ .*$/, '').replace(/\./g, '').replace(',', '.')));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    mkdirSync('output', { recursive: true });
    await page.screenshot({ path: 'output/review-table.png' });
  });

  it('exports to CSV what the table shows: every row the filters let through, in its order', async () => {
    const expected = scale.facts.filter((f) => f.province === 'Cà Mau');
    const csv = await downloaded(page, () => page.locator('#export-csv').click());
    expect(csv.name).toBe('baocao-facts.csv');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('province,period,period_start,period_end,metric,metric_name,dims,dims_words,basis,value,unit,raw,quote,doc,line,id');
    expect(lines).toHaveLength(expected.length + 1);
    const ids = lines.slice(1).map((l) => l.split(',').pop());
    expect(new Set(ids)).toEqual(new Set(expected.map((f) => f.id)));
    const byId = new Map(expected.map((f) => [f.id, f.value]));
    const values = ids.map((id) => byId.get(id!)!);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('marks a fact wrong and another not a figure, and downloads corrections.jsonl', async () => {
    const first = page.locator('#facts-body tr').first();
    const id = (await first.getAttribute('data-fact'))!;
    await first.locator('.open-fact').click();
    expect(await page.locator('.tab.active').textContent()).toBe('Văn bản báo cáo');
    const card = page.locator(`#fact-panel .fact-card[data-fact="${id}"]`);
    await card.getByRole('button', { name: 'Sai giá trị' }).click();
    await card.getByRole('textbox').fill('12.345');
    await card.getByRole('button', { name: 'Lưu' }).click();
    expect(await card.locator('.corr-status').textContent()).toMatch(/^Đã sửa: [\d.,]+ → 12\.345$/);
    const other = page.locator('#text mark.fig').nth(1);
    await other.click();
    const otherId = (await page.locator('#fact-panel .fact-card').first().getAttribute('data-fact'))!;
    await page.locator('#fact-panel .fact-card').first().getByRole('button', { name: 'Không phải số liệu' }).click();
    expect(await page.textContent('#save-corrections')).toBe('Tải corrections.jsonl (2)');
    const saved = await downloaded(page, () => page.locator('#save-corrections').click());
    expect(saved.name).toBe('corrections.jsonl');
    const records = saved.body.trim().split('\n').map((l) => CorrectionSchema.parse(JSON.parse(l)));
    const fact = scale.facts.find((f) => f.id === id)!;
    const doc = Number(fact.doc.match(/\d+/)![0]);
    expect(records).toEqual([
      expect.objectContaining({ kind: 'value', fact: id, value: 12345, was: fact.value, doc: fact.doc, sha256: `sha-${doc}` }),
      expect.objectContaining({ kind: 'not_fact', fact: otherId, doc: fact.doc, sha256: `sha-${doc}` }),
    ]);
  });

  it('charts one metric for the 63 provinces legibly: one row per value, none overlapping, and says what it left out', async () => {
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.getByRole('tab', { name: 'So sánh giữa các tỉnh' }).click();
    await page.selectOption('#chart-metric', 'bts.stations');
    await page.selectOption('#chart-dims', '');
    await page.selectOption('#chart-basis', 'actual');
    const period = await page.locator('#chart-period option').first().getAttribute('value');
    expect(await page.locator('#chart-period option').first().textContent()).toMatch(/— 63 tỉnh$/);
    await page.selectOption('#chart-period', period!);
    const [start, end] = period!.split('|');
    const expected = scale.facts.filter((f) => f.metric === 'bts.stations' && !Object.keys(f.dims).length && f.period.start === start && f.period.end === end);
    const rows = page.locator('#chart svg g.bar-row');
    const drawn = await rows.count();
    const labels = await page.locator('#chart svg text.row-label').allTextContents();
    expect(new Set(labels.map((l) => l.split(' · ')[0])).size).toBe(63);
    expect(drawn).toBe(expected.length);
    expect(labels).toHaveLength(expected.length);
    // Every value is written beside its bar, and the rows do not overlap.
    expect(await page.locator('#chart svg text.bar-label').count()).toBe(drawn);
    const boxes = await page.locator('#chart svg text.row-label').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, size: parseFloat(getComputedStyle(ts[0]).fontSize) })));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom - 1);
    expect(boxes[0].size).toBeGreaterThanOrEqual(11);
    expect(await page.textContent('#chart-left-out')).toMatch(/^Không vẽ [\d.]+ số liệu khác của chỉ tiêu này: [\d.]+ phân tổ khác; [\d.]+ kỳ khác \(không so sánh được\)\.$/);
    await page.screenshot({ path: 'output/review-chart-63.png' });
  });

  it('loads nothing from the network and breaks no rule of its CSP', () => {
    expect(problems).toEqual([]);
  });
});

describe('a real report, by keyboard at 800 px, corrected and turned into gold', () => {
  let dir: string;
  let input: string;
  let out: string;
  let page: Page;
  let problems: string[];
  let correctionsFile: string;
  const REPORT = '001_66f321ac8072f3c0.txt';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'baocao-review-correct-'));
    input = path.join(dir, 'in');
    out = path.join(dir, 'out');
    mkdirSync(input);
    copyFileSync(path.join(REPO, 'fixtures/reports', REPORT), path.join(input, REPORT));
    const run = await runExtract({ inputs: [input], out, concurrency: 1, timeoutMs: 120_000, maxBytes: 10e6 });
    expect(run.errors).toEqual([]);
    const written = await writeReview(out);
    page = await browser.newPage({ viewport: { width: 800, height: 600 }, acceptDownloads: true });
    problems = watch(page);
    await page.goto(pathToFileURL(written.path).href);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Where the focused figure starts in the report's text. */
  const focusedOffset = () =>
    page.evaluate(() => {
      const m = document.activeElement as HTMLElement;
      if (!m || !m.matches('#text mark.fig')) return -1;
      const r = document.createRange();
      r.setStart(document.getElementById('text')!, 0);
      r.setEnd(m, 0);
      return r.toString().length;
    });

  const reload = async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  };

  it('the first Tab offers a skip to the first figure; the figures then follow in reading order, each shown in the fact panel, in view at 800 px', async () => {
    await reload();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip');
    await page.keyboard.press('Enter');
    const offsets = [await focusedOffset()];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      offsets.push(await focusedOffset());
    }
    expect(offsets[0]).toBeGreaterThan(0);
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]).toBeGreaterThan(offsets[i - 1]);
    const card = page.locator('#fact-panel .fact-card').first();
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(800);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + 60).toBeLessThan(600); // the figure's name and value are above the fold
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.ids);
    expect(await card.getAttribute('data-fact')).toBe(focused!.split(' ')[0]);
    mkdirSync('output', { recursive: true });
    await page.screenshot({ path: 'output/review-800.png' });
  });

  it('without the skip, the first figure is a few Tab presses away (lists are one tab stop each)', async () => {
    await reload();
    let presses = 0;
    while (presses < 40 && (await focusedOffset()) < 0) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeGreaterThan(1);
    expect(presses).toBeLessThanOrEqual(20);
    process.stdout.write(`the first figure is ${presses} Tab presses from the top of the page (2 keys by the skip)\n`);
  });

  it('marks a wrong value, a non-figure, a missed figure (by selecting its words) and the report as checked; downloads corrections.jsonl', async () => {
    const card = page.locator('#fact-panel .fact-card').first();
    await page.locator('#text mark.fig', { hasText: /^179\.850$/ }).click();
    await card.getByRole('button', { name: 'Sai giá trị' }).click();
    await card.getByRole('textbox').fill('232.046');
    await card.getByRole('textbox').press('Enter');
    expect(await card.locator('.corr-status').textContent()).toBe('Đã sửa: 179.850 → 232.046');
    await page.locator('#text mark.fig', { hasText: /^09$/ }).click();
    await card.getByRole('button', { name: 'Không phải số liệu' }).click();
    expect(await card.locator('.corr-status').textContent()).toBe('Đã đánh dấu: không phải số liệu');
    // Select the words of a figure the extract missed, as a mouse would.
    await page.evaluate((words) => {
      const root = document.getElementById('text')!;
      const at = root.textContent!.indexOf(words);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.nodeValue!.length;
        if (seen <= at && at < seen + len) range.setStart(n, at - seen);
        if (seen < at + words.length && at + words.length <= seen + len) range.setEnd(n, at + words.length - seen);
        seen += len;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, 'đăng tải 07 văn bản');
    const missed = page.locator('#missed-box');
    await missed.locator('form').waitFor({ timeout: 5000 });
    expect(await missed.locator('.fact-quote').textContent()).toBe('đăng tải 07 văn bản');
    expect(await missed.getByRole('textbox', { name: 'Giá trị' }).inputValue()).toBe('07');
    await missed.getByRole('combobox', { name: 'Chỉ tiêu' }).selectOption('edoc.outgoing');
    await missed.getByRole('button', { name: 'Thêm số liệu bị sót' }).click();
    expect(await missed.textContent()).toContain('Đã thêm: Số văn bản đi = 7');
    await page.getByRole('button', { name: 'Đã rà soát xong báo cáo này' }).click();
    expect(await page.textContent('#save-corrections')).toBe('Tải corrections.jsonl (4)');
    const saved = await downloaded(page, () => page.locator('#save-corrections').click());
    correctionsFile = path.join(dir, 'corrections.jsonl');
    writeFileSync(correctionsFile, saved.body);
    const kinds = (await readCorrections(correctionsFile)).map((c) => c.kind);
    expect(kinds).toEqual(['value', 'not_fact', 'missed', 'reviewed']);
    // Kept in the browser's storage: a reload (or a crash) loses nothing.
    await reload();
    expect(await page.textContent('#save-corrections')).toBe('Tải corrections.jsonl (4)');
    await page.locator('#text mark.fig', { hasText: /^179\.850$/ }).click();
    expect(await card.locator('.corr-status').textContent()).toBe('Đã sửa: 179.850 → 232.046');
  });

  it('extract --corrections applies them: the value corrected, the non-figure gone, the missed figure added', async () => {
    const run = await runExtract({ inputs: [input], out, concurrency: 1, timeoutMs: 120_000, maxBytes: 10e6, corrections: await readCorrections(correctionsFile) });
    expect(run.corrections).toEqual({ corrected: 1, removed: 1, added: 1, unapplied: [] });
    const facts = readFileSync(path.join(out, 'facts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(facts.find((f) => f.metric === 'edoc.incoming' && !Object.keys(f.dims).length)).toMatchObject({ value: 232046, corrected_by: { was: 179850 } });
    expect(facts.some((f) => f.metric === 'bts.controllers')).toBe(false);
    expect(facts.filter((f) => f.source.manual)).toEqual([expect.objectContaining({ metric: 'edoc.outgoing', value: 7, raw: '07', quote: 'đăng tải 07 văn bản' })]);
  }, 120_000);

  it('corrections --gold writes gold files the scorer accepts', async () => {
    const gold = path.join(dir, 'gold');
    const corpus = path.join(dir, 'corpus');
    const r = await writeGold(correctionsFile, out, gold, corpus);
    expect(r).toMatchObject({ files: 1, unapplied: [] });
    const check = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, [SCORER, '--check-gold', gold, '--corpus', corpus], (err, stdout) => resolve({ code: err ? Number(err.code) : 0, stdout })),
    );
    expect(check.stdout).toContain(`${r.facts} gold facts checked, 0 problems`);
    expect(check.code).toBe(0);
  }, 60_000);

  it('loads nothing from the network and breaks no rule of its CSP', () => {
    expect(problems).toEqual([]);
  });
});
