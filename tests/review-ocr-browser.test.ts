// The review page of a scan in real headless Chromium: a figure read by OCR shows the crop of the
// page it was read from, as an image the page's own CSP lets through (data: only), with the number
// framed; a low_ocr_confidence finding leads to it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runExtract } from '../src/run/extract-run.js';
import { auditDir } from '../src/audit/index.js';
import { writeReview } from '../src/review/index.js';
import { SCAN, sharedScanCache } from './ocr-shared.js';

const CHROMIUM = '/usr/bin/chromium';

describe('review.html of a scan in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let out: string;
  let html: string;
  const outside: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this in CI).`);
    out = mkdtempSync(path.join(tmpdir(), 'baocao-review-ocr-'));
    cpSync(await sharedScanCache(), path.join(out, 'ocr'), { recursive: true });
    const run = await runExtract({ inputs: [SCAN], out, concurrency: 1, timeoutMs: 120_000, maxBytes: 10e6 });
    expect(run.errors).toEqual([]);
    // A strict threshold, so that the scan's figures are listed as read with low confidence.
    await auditDir(out, { ocrConfidenceThreshold: 99 });
    const written = await writeReview(out);
    html = readFileSync(written.path, 'utf8');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('request', (r) => {
      if (!/^(file|data|about):/.test(r.url())) outside.push(r.url());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text()); // a CSP refusal is reported here
    });
    await page.goto(pathToFileURL(written.path).href);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('shows beside a figure read by OCR the crop of its page, the number framed', async () => {
    await page.click('button.doc[data-doc="scanned_003_p1-2.pdf"]');
    await page.locator('#text mark.fig', { hasText: /^45\.974$/ }).first().click();
    const card = page.locator('#fact-panel .fact-card').first();
    expect(await card.locator('.fact-value .num').textContent()).toBe('45.974');
    expect(await card.textContent()).toMatch(/Đọc bằngOCR: chữ số \d+, dòng [\d,]+, từ ngữ ít nhất \d+ \(trên 100\)/);
    const img = card.locator('.ocr-crop img');
    expect(await img.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    // Loaded and drawn under the page's CSP: the image has pixels and takes room on the page.
    const size = await img.evaluate((i: HTMLImageElement) => ({ w: i.naturalWidth, h: i.naturalHeight, complete: i.complete }));
    expect(size.complete).toBe(true);
    expect(size.w).toBeGreaterThan(100);
    expect(size.h).toBeGreaterThan(20);
    const imgBox = (await img.boundingBox())!;
    const markBox = (await card.locator('.crop-mark').boundingBox())!;
    expect(imgBox.width).toBeGreaterThan(100);
    // The frame is on the number, inside the crop.
    expect(markBox.x).toBeGreaterThanOrEqual(imgBox.x - 3);
    expect(markBox.x + markBox.width).toBeLessThanOrEqual(imgBox.x + imgBox.width + 3);
    expect(markBox.y).toBeGreaterThanOrEqual(imgBox.y - 3);
    expect(markBox.y + markBox.height).toBeLessThanOrEqual(imgBox.y + imgBox.height + 3);
    expect(markBox.width).toBeLessThan(imgBox.width / 3);
    expect(await card.locator('.ocr-crop figcaption').textContent()).toBe('Trang 1 bản quét: đối chiếu 45.974 với ảnh.');
    mkdirSync('output', { recursive: true });
    await page.screenshot({ path: 'output/review-ocr-test.png' });
  });

  it('lists low_ocr_confidence findings, each leading to its figure and crop', async () => {
    const finding = page.locator('.finding', { hasText: '"140.408"' }).first();
    expect(await finding.locator('.badge').textContent()).toBe('OCR kém tin cậy');
    await finding.click();
    expect(await page.textContent('#fact-panel .finding-head')).toMatch(/Độ tin cậy OCR \d+ · ngưỡng 99/);
    expect(await page.locator('#fact-panel .fact-card .ocr-crop img').count()).toBe(1);
  });

  it('loads nothing from the network and breaks no rule of its CSP', () => {
    expect(html).toContain("img-src data:");
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
