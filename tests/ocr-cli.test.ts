// `baocao extract` and `baocao text` with scans, as a person runs them: a mixed PDF (a typed page
// and a scanned one), the OCR cache on a second import, progress in pages, --ocr off, the audit's
// low_ocr_confidence, and the inputs OCR cannot read (nothing legible, too large) failing alone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runExtract, type Progress } from '../src/run/extract-run.js';
import { processBytes } from '../src/pipeline.js';
import { closeOcrEngines } from '../extractors/ocr/index.js';
import { toPdfBox } from '../extractors/ocr/provenance.js';
import { makePdf } from './pdf-maker.js';
import { smallScanPage } from './scan-maker.js';
import { REPO, SCAN, TEXT_LAYER, sharedScanCache } from './ocr-shared.js';

const CLI = path.join(REPO, 'dist/src/cli.js');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 600_000 }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}

const jsonl = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

let work: string;
let mixed: string;
let blank: string;
let huge: string;
const TYPED_LINE = 'Typed page: this page has a text layer, read as text.';

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'baocao-ocr-cli-'));
  // Page 1 typed (a text layer), page 2 a small scan of a paragraph of report 003 with six figures.
  mixed = path.join(work, 'mixed.pdf');
  writeFileSync(mixed, makePdf([{ kind: 'text', lines: [TYPED_LINE, 'It names no figure.'] }, await smallScanPage(readFileSync(TEXT_LAYER))]));
  blank = path.join(work, 'blank-scan.pdf');
  writeFileSync(blank, makePdf([{ kind: 'image', jpeg: await blankJpeg(), width: 600, height: 400, dpi: 150 }]));
  huge = path.join(work, 'huge-scan.pdf');
  writeFileSync(huge, makePdf([{ kind: 'declared-image', width: 20_000, height: 20_000 }]));
}, 120_000);

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await closeOcrEngines();
});

async function blankJpeg(): Promise<Buffer> {
  const { createCanvas } = (await import('@napi-rs/canvas')) as typeof import('@napi-rs/canvas');
  const c = createCanvas(600, 400);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f4f4f4';
  ctx.fillRect(0, 0, 600, 400);
  return c.encode('jpeg', 80);
}

describe('extract with scans', () => {
  it('reads the typed page as text and the scanned page by OCR, caches the OCR and counts pages', async () => {
    const out = path.join(work, 'out-mixed');
    const progress: Progress[] = [];
    const first = await runExtract({ inputs: [mixed], out, concurrency: 1, timeoutMs: 60_000, maxBytes: 10e6, onProgress: (p) => progress.push(p) });
    expect(first.errors).toEqual([]);
    expect([first.pages, first.ocrPages, first.ocrCached]).toEqual([2, 1, 0]);
    // The page read by OCR is counted as soon as it is read, before its file is done.
    expect(progress.some((p) => p.ocrPages === 1 && p.done === 0)).toBe(true);
    expect(progress[progress.length - 1]).toMatchObject({ done: 1, total: 1, pages: 2, ocrPages: 1 });

    const text = JSON.parse(readFileSync(path.join(out, 'text/mixed.pdf.json'), 'utf8'));
    expect(text.text.startsWith(TYPED_LINE)).toBe(true);
    expect(text.ocr.pages.map((p: { page: number }) => p.page)).toEqual([2]);
    const facts = jsonl(path.join(out, 'facts.jsonl'));
    expect(facts.map((f) => [f.metric, f.value]).sort()).toEqual(
      expect.arrayContaining([
        ['dossier.received', 860],
        ['dossier.returned', 45974],
      ]),
    );
    for (const f of facts) expect([f.source.page, f.source.ocr]).toEqual([2, true]);
    const doc = jsonl(path.join(out, 'documents.jsonl'))[0];
    expect(doc.source).toMatchObject({ pages: 2, ocr_pages: 1 });

    // Imported again unchanged: the page comes from OUT/ocr, and the facts are the same.
    const again = await cli(['extract', mixed, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/1 report read \(2 PDF pages, 1 by OCR \(1 from the OCR cache\)\)/);
    expect(jsonl(path.join(out, 'facts.jsonl'))).toEqual(facts);
  }, 300_000);

  it('with --ocr off leaves a scan unread (NO_TEXT_LAYER), and --ocr-engine must be installed to be chosen', async () => {
    const out = path.join(work, 'out-off');
    const r = await cli(['extract', SCAN, '--out', out, '--ocr', 'off']);
    expect(r.code).toBe(1);
    expect(jsonl(path.join(out, 'errors.jsonl')).map((e) => e.code)).toEqual(['NO_TEXT_LAYER']);
    const bad = await cli(['extract', SCAN, '--out', out, '--ocr', 'sometimes']);
    expect(bad.code).toBe(2);
  }, 120_000);

  it('fails a scan with nothing legible (OCR_EMPTY) and a too large one (TOO_LARGE), and still reads the rest', async () => {
    const cache = await sharedScanCache();
    const out = path.join(work, 'out-bad');
    cpSync(cache, path.join(out, 'ocr'), { recursive: true }); // the corpus scan is not read again
    const r = await cli(['extract', blank, huge, SCAN, '--out', out]);
    expect(r.code).toBe(1);
    const errors = Object.fromEntries(jsonl(path.join(out, 'errors.jsonl')).map((e) => [path.basename(e.path), e]));
    expect(Object.keys(errors).sort()).toEqual(['blank-scan.pdf', 'huge-scan.pdf']);
    expect(errors['blank-scan.pdf'].code).toBe('OCR_EMPTY');
    expect(errors['blank-scan.pdf'].error).toMatch(/nothing legible/);
    expect(errors['huge-scan.pdf'].code).toBe('TOO_LARGE');
    expect(errors['huge-scan.pdf'].error).toMatch(/20000 × 20000 px/);
    const docs = jsonl(path.join(out, 'documents.jsonl'));
    expect(docs.map((d) => d.doc)).toEqual(['scanned_003_p1-2.pdf']);
    expect(r.stderr).toMatch(/1 report read \(2 PDF pages, 2 by OCR \(2 from the OCR cache\)\)/);

    // The audit lists figures read below its threshold; with a strict one, every figure of the scan.
    const audit = await cli(['audit', out, '--ocr-confidence', '100']);
    expect(audit.code).toBe(0);
    const findings = jsonl(path.join(out, 'audit.jsonl')).filter((f) => f.type === 'low_ocr_confidence');
    const facts = jsonl(path.join(out, 'facts.jsonl'));
    expect(findings.length).toBe(facts.length);
    expect(audit.stdout).toMatch(/\[low_ocr_confidence\] +".+" \(.+\) was read by OCR on page \d with confidence \d+/);
    for (const f of facts) expect(f.checks.map((c: { type: string }) => c.type)).toContain('low_ocr_confidence');
  }, 300_000);

  it('reads a page scanned sideways, and places its figures on the page as it lies in the PDF', async () => {
    const sideways = makePdf([await smallScanPage(readFileSync(TEXT_LAYER), { sideways: true })]);
    const r = await processBytes(sideways, path.join(work, 'sideways.pdf'));
    expect(r.facts.map((f) => [f.metric, f.value])).toEqual(
      expect.arrayContaining([
        ['dossier.received', 860],
        ['dossier.returned', 45974],
      ]),
    );
    // The image is 250 × 1000 px at 150 dpi: 120 × 480 pt. Read turned, the text runs down the page,
    // so a figure's region is taller than it is wide, and lies on the page.
    const page = r.text.ocr!.pages[0];
    toPdfBox(page, [0, 0, page.width, page.height]).forEach((v, i) => expect(Math.abs(v - [0, 0, 120, 480][i])).toBeLessThanOrEqual(1));
    for (const f of r.facts) {
      const [x0, y0, x1, y1] = f.source.region!;
      expect(-1 <= x0 && x1 <= 121 && -1 <= y0 && y1 <= 481).toBe(true);
      expect(y1 - y0).toBeGreaterThan(x1 - x0);
    }
  }, 300_000);

  it('`baocao text` shows the OCR lines of a scan with their confidence', async () => {
    const r = await cli(['text', mixed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`[paragraph] ${TYPED_LINE}`);
    expect(r.stdout).toMatch(/──── page 2 \(OCR: tesseract\.js [\d.]+, vie [\d.]+, 150 dpi, mean confidence [\d.]+\) ────/);
    expect(r.stdout).toMatch(/\n +\d{1,3} │ .*860\/148\.962/);
    expect(r.stderr).toMatch(/1 page read by OCR/);
    const off = await cli(['text', mixed, '--ocr', 'off']);
    expect(off.stdout).not.toContain('OCR');
  }, 300_000);
});
