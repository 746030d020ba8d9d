// The corpus scan (pages 1-2 of report 003, printed and scanned at 150 dpi) read by OCR, against
// the text-layer PDF of the same report read by the same code now: the same facts on those pages,
// every digit group found, and each fact traced to its words on the page image.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { processFile, type ProcessResult } from '../src/pipeline.js';
import { closeOcrEngines } from '../extractors/ocr/index.js';
import { toPdfBox, wordsIn } from '../extractors/ocr/provenance.js';
import { renderMarked } from '../src/commands/text.js';
import { checkResult } from '../src/dataset/validate.js';
import { SCAN, TEXT_LAYER, sharedScanCache } from './ocr-shared.js';
import type { Fact } from '../src/facts.js';

const PAGES = [1, 2];

/** What a fact claims: metric, dims (a dim that is all may be left out) and value. */
const claim = (f: Fact) =>
  `${f.metric} ${JSON.stringify(Object.fromEntries(Object.entries(f.dims).filter(([, v]) => v !== 'all').sort()))} ${f.value}`;

/** Matches two lists of claims one to one; returns how many matched. */
function matched(expected: string[], got: string[]): number {
  const pool = [...got];
  let n = 0;
  for (const k of expected) {
    const i = pool.indexOf(k);
    if (i >= 0) {
      pool.splice(i, 1);
      n++;
    }
  }
  return n;
}

const digitGroups = (s: string) => s.match(/\d+(?:[.,]\d+)*/g) ?? [];

let typed: ProcessResult;
let scanned: ProcessResult;

beforeAll(async () => {
  const cacheDir = await sharedScanCache();
  typed = await processFile(TEXT_LAYER);
  scanned = await processFile(SCAN, { ocr: { cacheDir } });
}, 600_000);

afterAll(closeOcrEngines);

describe('the corpus scan read by OCR', () => {
  it('gives the facts the text-layer PDF gives on the same pages (recall ≥ 0.95, precision ≥ 0.90)', () => {
    const expected = typed.facts.filter((f) => PAGES.includes(f.source.page!)).map(claim);
    const got = scanned.facts.map(claim);
    expect(expected.length).toBeGreaterThan(0);
    const hits = matched(expected, got);
    const report = `expected ${JSON.stringify(expected)}\ngot ${JSON.stringify(got)}`;
    expect({ recall: hits / expected.length >= 0.95, report }).toEqual({ recall: true, report });
    expect({ precision: hits / got.length >= 0.9, report }).toEqual({ precision: true, report });
  });

  it('finds every digit group of those pages of the text-layer PDF (≥ 0.99)', () => {
    const pages = typed.text.pages.filter((p) => PAGES.includes(p.page));
    const expected = digitGroups(pages.map((p) => typed.text.text.slice(p.start, p.end)).join('\n'));
    const found = new Map<string, number>();
    for (const g of digitGroups(scanned.text.text)) found.set(g, (found.get(g) ?? 0) + 1);
    const missing: string[] = [];
    for (const g of expected) {
      const n = found.get(g) ?? 0;
      if (n) found.set(g, n - 1);
      else missing.push(g);
    }
    expect(expected.length).toBeGreaterThan(50);
    expect({ share: (expected.length - missing.length) / expected.length >= 0.99, missing }).toEqual({ share: true, missing });
  });

  it('reads the scan into the same text model: pages, headings, paragraphs joined across lines', () => {
    const t = scanned.text;
    expect(t.pages.map((p) => p.page)).toEqual(PAGES);
    expect(t.ocr?.pages.map((p) => [p.page, p.dpi])).toEqual([
      [1, 150],
      [2, 150],
    ]);
    const blockOf = (needle: string) => t.blocks.find((b) => t.text.slice(b.start, b.end).includes(needle));
    expect(blockOf('1.1. Chỉ tiêu, mục tiêu')?.kind).toBe('heading');
    // One paragraph over seven lines of the page, its figures and the sentence around them intact.
    const para = blockOf('860/148.962');
    expect(para?.kind).toBe('paragraph');
    expect(t.text.slice(para!.start, para!.end)).toMatch(/^Tổng sản lượng thư đạt 415\.713 .* tăng 62,88%\)\.$/);
    expect(scanned.document.province).toBe(typed.document.province);
    expect(scanned.document.period).toEqual(typed.document.period);
    expect(scanned.document.source.ocr_pages).toBe(2);
  });

  it('says of each fact that it was read by OCR, how sure the engine was and where the number is on the page', () => {
    expect(scanned.facts.length).toBeGreaterThan(0);
    const ocr = scanned.text.ocr!;
    for (const f of scanned.facts) {
      const s = f.source;
      expect(s.ocr).toBe(true);
      expect(PAGES).toContain(s.page);
      expect(s.ocr_confidence).toBeGreaterThan(0);
      expect(s.ocr_confidence).toBeLessThanOrEqual(100);
      expect(s.ocr_value_confidence).toBeLessThanOrEqual(100);
      expect(s.ocr_quote_confidence).toBeLessThanOrEqual(s.ocr_value_confidence!);
      // The region lies on the A4 page, and inside the box of the word the number was read in.
      const [x0, y0, x1, y1] = s.region!;
      expect(0 <= x0 && x0 < x1 && x1 <= 596 && 0 <= y0 && y0 < y1 && y1 <= 842).toBe(true);
      const words = wordsIn(ocr, { start: s.value_start, end: s.value_end });
      expect(words.map((w) => scanned.text.text.slice(w.start, w.end)).join(' ')).toContain(f.raw);
      const page = ocr.pages.find((p) => p.page === s.page)!;
      const word = toPdfBox(page, words[0].box);
      expect(x0 >= word[0] - 0.01 && x1 <= toPdfBox(page, words[words.length - 1].box)[2] + 0.01 && y0 >= word[1] - 0.01 && y1 <= word[3] + 0.01).toBe(true);
    }
    // Reading order on the page: a figure lower down has a lower y (PDF y grows upwards).
    const onPage1 = scanned.facts.filter((f) => f.source.page === 1);
    const first = onPage1[0].source.region!;
    const last = onPage1[onPage1.length - 1].source.region!;
    expect(first[1]).toBeGreaterThanOrEqual(last[1]);
  });

  it('keeps the dataset contract, OCR fields included', () => {
    const checked = checkResult(scanned.document, scanned.facts, scanned.text);
    expect(checked.facts).toHaveLength(scanned.facts.length);
    expect(checked.document.warnings.join('\n')).toMatch(/2 pages read by OCR \(tesseract\.js [\d.]+, vie [\d.]+; mean confidence \d+/);
  });

  it('`baocao text` shows each OCR line with its confidence', () => {
    const shown = renderMarked(scanned.text);
    expect(shown).toMatch(/──── page 1 \(OCR: tesseract\.js [\d.]+, vie [\d.]+, 150 dpi, mean confidence [\d.]+, from the cache\) ────/);
    const line = shown.split('\n').find((l) => l.includes('45.974/140.408'));
    expect(line).toMatch(/^ +\d{1,3} │ kết quả qua dịch vụ bưu chính công ích đạt 45\.974\/140\.408 \(chiếm 32,74 %, tăng$/);
  });
});
