// PDF reports through pdfjs-dist (legacy build for Node), with no network, no eval, no fonts
// loaded into the process. Layout analysis lives in pdf-layout.ts; this module reads the pages,
// maps pdfjs failures to typed errors and writes the text with its pages and blocks.
import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BaocaoError, warning } from '../src/errors.js';
import type { OcrText, TableCell, TableRow, TextDocument } from '../src/model.js';
import { repairDiacriticSplits } from '../src/text/diacritics.js';
import { convertLegacy, detectLegacyEncoding, legacyWarning } from '../src/text/legacy-encoding.js';
import { collectPdfjsReports, isDamageWarning, pageList } from './pdfjs-reports.js';
import { markTableHeaders, superscriptValue, TextBuilder, toSuperscript } from './common.js';
import { docStats, findFurniture, groupLines, layoutBody, lineText, splitFootnotes, type Line, type OcrMark, type PageLayout, type PdfItem, type Segment } from './pdf-layout.js';
import { DEFAULT_OCR_PAGE_TIMEOUT_MS, isLegible, recognizePages, THIN_TEXT_LAYER, type OcrOptions, type ScannedPage } from './ocr/index.js';
import { pageItems, type PlacedWord } from './ocr/items.js';
import { MAX_IMAGE_PIXELS } from './ocr/render.js';

export interface PdfOptions {
  /** Give up after this many milliseconds (TIMEOUT); pages read by OCR add their own time. */
  timeoutMs?: number;
  ocr?: OcrOptions;
}

export const DEFAULT_PDF_TIMEOUT_MS = 120_000;

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfjsModule> | undefined;
const loadPdfjs = () => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

// pdfjs's legacy build (and its in-process worker) replace Array.prototype.push with a core-js
// polyfill for an edge case of arrays longer than 2^32, which makes every push in the process about
// twice as slow. This module is loaded before pdfjs, so it holds the engine's own push to put back.
const NATIVE_PUSH = Array.prototype.push;
const restoreNativePush = () => {
  if (Array.prototype.push !== NATIVE_PUSH) Array.prototype.push = NATIVE_PUSH;
};

function pdfjsAssetDir(sub: string): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
    return path.join(path.dirname(pkg), sub) + path.sep;
  } catch {
    return undefined;
  }
}

/** Maps what pdfjs throws (its exception classes cross a worker boundary, so go by name) to typed
 *  errors whose sentences say what happened and what to do, not what the parser said. */
function mapPdfError(e: unknown, name: string): BaocaoError {
  if (e instanceof BaocaoError) return e;
  const errName = (e as { name?: string })?.name ?? '';
  if (errName === 'PasswordException') {
    return new BaocaoError('PDF_ENCRYPTED', `${name} is password-protected; remove the password (or export an unprotected copy) and try again.`, { path: name, cause: e });
  }
  if (errName === 'InvalidPDFException' || errName === 'MissingPDFException') {
    return new BaocaoError('PDF_CORRUPT', `${name} is not a readable PDF: it is cut short, damaged beyond repair or not a PDF at all; get an intact copy.`, { path: name, cause: e });
  }
  return new BaocaoError('PDF_CORRUPT', `${name} is damaged and could not be read as a PDF; get an intact copy.`, { path: name, cause: e });
}

interface RawPage {
  width: number;
  height: number;
  items: PdfItem[];
  /** Set when the page was read by OCR. */
  scan?: ScannedPage;
}

/** A time limit that can be pushed back (each page read by OCR brings its own time). */
function deadline(ms: number, onExpiry: () => Error) {
  let reject: (e: Error) => void = () => {};
  const expired = new Promise<never>((_, r) => (reject = r));
  let end = Date.now() + ms;
  let timer: NodeJS.Timeout;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => reject(onExpiry()), Math.max(0, end - Date.now()));
  };
  arm();
  return {
    expired,
    extend(more: number) {
      end += more;
      arm();
    },
    clear: () => clearTimeout(timer),
  };
}

const visibleChars = (items: PdfItem[]) => items.reduce((m, i) => m + i.str.replace(/\s/g, '').length, 0);

interface ReadPages {
  pages: RawPage[];
  /** Pages that could not be read at all, and pages read with damage reported (1-based). */
  unreadable: number[];
  partial: number[];
  /** The file's structure was damaged (rebuilt by the reader, or a broken page tree). */
  structureDamaged: boolean;
}

async function readPages(bytes: Uint8Array, name: string, timeoutMs: number, ocr: OcrOptions): Promise<ReadPages> {
  const pdfjs = await loadPdfjs();
  restoreNativePush();
  return collectPdfjsReports(async (reports) => {
    // pdfjs takes ownership of (and may detach) the buffer it is given: hand it a copy.
    const data = new Uint8Array(bytes);
    const loadingTask = pdfjs.getDocument({
      data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      stopAtErrors: false,
      // Warnings are how pdf.js tells of the parts of a damaged file it skipped (collected, not printed).
      verbosity: pdfjs.VerbosityLevel.WARNINGS,
      standardFontDataUrl: pdfjsAssetDir('standard_fonts'),
      cMapUrl: pdfjsAssetDir('cmaps'),
      cMapPacked: true,
      wasmUrl: pdfjsAssetDir('wasm'),
      // Never decoded: an image this large is refused before OCR draws its page (ocr/render.ts).
      maxImageSize: MAX_IMAGE_PIXELS,
    });
    let allowed = timeoutMs;
    const limit = deadline(timeoutMs, () => new BaocaoError('TIMEOUT', `${name}: reading the PDF took longer than ${Math.round(allowed / 1000)} s.`, { path: name }));
    const damaged = () => reports.rejections.length + reports.warnings.filter(isDamageWarning).length;
    const work = (async (): Promise<ReadPages> => {
      const doc = await loadingTask.promise;
      restoreNativePush();
      const structureDamaged = damaged() > 0 || reports.warnings.some((w) => /Indexing all PDF objects/.test(w));
      try {
        const out: ReadPages = { pages: [], unreadable: [], partial: [], structureDamaged };
        for (let n = 1; n <= doc.numPages; n++) {
          const before = damaged();
          let page;
          try {
            page = await doc.getPage(n);
          } catch {
            // One broken page costs that page: the others are still read.
            const last = out.pages[out.pages.length - 1];
            out.pages.push({ width: last?.width ?? 595, height: last?.height ?? 842, items: [] });
            out.unreadable.push(n);
            continue;
          }
          try {
            const view = page.view; // [x0, y0, x1, y1] of the page box
            const items: PdfItem[] = [];
            try {
              const content = await page.getTextContent();
              for (const it of content.items) {
                if (!('str' in it) || !it.str) continue;
                const [a, b, c, d, e, f] = it.transform as number[];
                const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
                items.push({ str: it.str, x: e - view[0], y: f - view[1], w: it.width, size, bold: /bold|black|heavy|semibold/i.test(content.styles[it.fontName]?.fontFamily ?? '') });
              }
              if (damaged() > before) out.partial.push(n);
            } catch {
              out.unreadable.push(n);
            }
            out.pages.push({ width: view[2] - view[0], height: view[3] - view[1], items });
          } finally {
            page.cleanup();
          }
        }
        const mode = ocr.mode ?? 'auto';
        // A page that could not be read is not a scan: OCR would not help it.
        const unreadable = new Set(out.unreadable);
        if (mode !== 'off') {
          const candidates: number[] = [];
          out.pages.forEach((p, i) => {
            if (!unreadable.has(i + 1) && (mode === 'force' || visibleChars(p.items) < THIN_TEXT_LAYER)) candidates.push(i + 1);
          });
          const perPage = ocr.pageTimeoutMs ?? DEFAULT_OCR_PAGE_TIMEOUT_MS;
          const scans = await recognizePages(doc, pdfjs.OPS, candidates, {
            bytes,
            name,
            sha: candidates.length && ocr.cacheDir ? hash('sha256', bytes, 'hex') : '',
            options: {
              ...ocr,
              onProgress: (p) => {
                if (p.done === 0) {
                  allowed += p.pages * perPage;
                  limit.extend(p.pages * perPage);
                }
                ocr.onProgress?.(p);
              },
            },
          });
          for (const scan of scans) out.pages[scan.page - 1].scan = scan;
        }
        return out;
      } finally {
        await doc.destroy();
      }
    })();
    try {
      return await Promise.race([work, limit.expired]);
    } catch (e) {
      throw mapPdfError(e, name);
    } finally {
      limit.clear();
      work.catch(() => undefined);
      await loadingTask.destroy().catch(() => undefined);
    }
  });
}

export async function extractPdf(bytes: Uint8Array, name: string, opts: PdfOptions = {}): Promise<TextDocument> {
  const ocr = opts.ocr ?? {};
  const read = await readPages(bytes, name, opts.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS, ocr);
  const raw = read.pages;
  const pageCount = raw.length;
  if (pageCount === 0) throw new BaocaoError('PDF_CORRUPT', `${name} has no pages.`, { path: name });
  const damagedPages = [...read.unreadable, ...read.partial];
  const ofPages = (pages: number[]) => `${pages.length === 1 ? 'page' : 'pages'} ${pageList(pages)} of ${pageCount}`;
  // A page read by OCR is what the engine saw, not its thin text layer ("Scanned with …").
  const words: PlacedWord[] = [];
  const lines: OcrText['lines'] = [];
  for (const p of raw) {
    if (!p.scan) continue;
    const placed = pageItems(p.scan.recognized, p.scan.dpi, words.length, p.scan.rules);
    for (const w of placed.words) words.push({ ...w, line: w.line + lines.length });
    for (const l of placed.lines) lines.push({ page: p.scan.page, confidence: l.confidence, box: l.box });
    p.items = placed.items;
    p.width = placed.width;
    p.height = placed.height;
  }
  const scanned = raw.filter((p) => p.scan);
  let chars = 0;
  for (const p of raw) if (!p.scan) chars += visibleChars(p.items);
  for (const w of words) if (isLegible(w)) chars += w.text.length;
  if (chars < Math.max(20, 8 * pageCount)) {
    const pages = `${pageCount} page${pageCount === 1 ? '' : 's'}`;
    // No text because the file is broken is not a scan: OCR would not help.
    if (damagedPages.length || read.structureDamaged) {
      const what = damagedPages.length ? `${ofPages(damagedPages)} could not be read` : 'its structure is broken';
      throw new BaocaoError('PDF_DAMAGED_PAGES', `${name} is damaged: ${what}, and no text could be read from it; get an intact copy of the report.`, { path: name });
    }
    if (scanned.length) throw new BaocaoError('OCR_EMPTY', `${name}: OCR found nothing legible on its ${pages} (a blank, very faint or very noisy scan); scan it again, darker or at 300 dpi.`, { path: name });
    throw new BaocaoError(
      'NO_TEXT_LAYER',
      `${name} has ${pages} but (almost) no text layer: it is a scanned image and needs OCR${(ocr.mode ?? 'auto') === 'off' ? ' (run without --ocr off)' : ''} before baocao can read it.`,
      { path: name },
    );
  }
  const warnings = repairText(raw);
  if (damagedPages.length) {
    const are = (pages: number[], one: string, many: string) => `${ofPages(pages)} ${pages.length === 1 ? one : many}`;
    const parts: string[] = [];
    if (read.unreadable.length) parts.push(are(read.unreadable, 'is damaged and could not be read', 'are damaged and could not be read'));
    if (read.partial.length) parts.push(are(read.partial, 'is damaged and was read only in part', 'are damaged and were read only in part'));
    warnings.push(
      warning('PDF_DAMAGED_PAGES', `${parts.join('; ')}. Figures on ${damagedPages.length === 1 ? 'it' : 'them'} may be missing or wrong; get an intact copy of the report to be sure.`),
    );
  } else if (read.structureDamaged) {
    warnings.push(warning('PDF_REPAIRED', 'the file is damaged; the reader rebuilt its structure and read every page, but check the figures against an intact copy.'));
  }
  const pages: PageLayout[] = raw.map((p) => ({ width: p.width, height: p.height, lines: groupLines(p.items) }));
  const marks: OcrMark[] = [];
  const doc = assemble(pages, pageCount, marks);
  doc.warnings.push(...warnings);
  if (scanned.length) {
    doc.ocr = ocrText(doc.text, scanned.map((p) => p.scan!), lines, words, marks);
    doc.warnings.push(ocrWarning(doc.ocr));
  }
  return doc;
}

/** Where each OCR word landed in the text; a word whose text is not found there keeps no offsets. */
function ocrText(text: string, scans: ScannedPage[], lines: OcrText['lines'], placed: PlacedWord[], marks: OcrMark[]): OcrText {
  const words: OcrText['words'] = [];
  for (const m of marks) {
    const w = placed[m.word];
    if (!w || text.slice(m.at, m.at + w.text.length) !== w.text) continue;
    words.push({ start: m.at, end: m.at + w.text.length, line: w.line, confidence: w.confidence, box: w.box });
  }
  words.sort((a, b) => a.start - b.start);
  const pages = scans.map((s) => {
    const own = placed.filter((w) => lines[w.line].page === s.page);
    const total = own.reduce((n, w) => n + w.confidence * w.text.length, 0);
    const count = own.reduce((n, w) => n + w.text.length, 0);
    return {
      page: s.page,
      engine: s.engine,
      dpi: s.dpi,
      width: s.recognized.width,
      height: s.recognized.height,
      transform: s.transform,
      confidence: count ? Math.round((total / count) * 10) / 10 : 0,
      cached: s.cached,
      ...(s.image ? { image: s.image } : {}),
    };
  });
  return { pages, lines, words };
}

function ocrWarning(ocr: OcrText): string {
  const n = ocr.pages.length;
  const cached = ocr.pages.filter((p) => p.cached).length;
  const mean = ocr.pages.reduce((s, p) => s + p.confidence, 0) / n;
  const engines = [...new Set(ocr.pages.map((p) => p.engine))].join('; ');
  return warning('OCR_PAGES', `${n} page${n === 1 ? '' : 's'} read by OCR (${engines}; mean confidence ${Math.round(mean)}${cached ? `; ${cached} from the OCR cache` : ''}): check figures marked low_ocr_confidence against the page`);
}

/** Legacy font encodings (TCVN3, VNI) converted to Unicode, and words split at their diacritics
 *  ("ĐIỀ U") joined where the split is certain; both before layout, so offsets stay exact. Pages
 *  read by OCR are Unicode already, and their words must stay as the engine read them. */
function repairText(raw: RawPage[]): string[] {
  const typed = raw.filter((p) => !p.scan);
  const all = typed.map((p) => p.items.map((i) => i.str).join(' ')).join('\n');
  const encoding = detectLegacyEncoding(all);
  for (const p of typed) {
    for (const it of p.items) {
      if (encoding) it.str = convertLegacy(it.str, encoding);
      it.str = repairDiacriticSplits(it.str);
    }
  }
  return encoding ? [legacyWarning(encoding)] : [];
}

/** Writes the pages' lines as text with blocks. Exported for tests on synthetic layouts. */
export function assemble(pages: PageLayout[], pageCount = pages.length, marks?: OcrMark[]): TextDocument {
  const { bodySize } = docStats(pages);
  const furniture = findFurniture(pages);
  const b = new TextBuilder();
  const refs: { at: number; n: number }[] = [];
  let lastTableHeaders = new Set<string>();
  let lastFootnoteMarker: string | null = null;

  const keepMarks = (seg: Segment, at: number) => {
    if (marks && seg.marks) for (const m of seg.marks) marks.push({ at: at + m.at, word: m.word });
  };
  const writeSegmentText = (seg: Segment) => {
    const span = b.append(seg.text);
    for (const r of seg.refs) refs.push({ at: span.start + r.at, n: r.n });
    keepMarks(seg, span.start);
    return span;
  };
  const writeFurniture = (lines: Line[]) => {
    for (const l of lines) {
      b.separate();
      const span = b.append(lineText(l));
      let at = span.start;
      for (const s of l.segments) {
        keepMarks(s, at);
        at += s.text.length + 1;
      }
      b.add({ kind: 'furniture', ...span });
    }
  };

  pages.forEach((page, index) => {
    b.separate();
    const pageStart = b.length;
    const top = page.lines.filter((l) => furniture.has(l) && l.y > page.height / 2);
    const bottom = page.lines.filter((l) => furniture.has(l) && l.y <= page.height / 2);
    const content = page.lines.filter((l) => !furniture.has(l));
    const { body, footnotes } = splitFootnotes(content, bodySize);
    writeFurniture(top);
    for (const piece of layoutBody(body, bodySize, page.width)) {
      b.separate();
      if (piece.kind === 'table') {
        const rows: TableRow[] = [];
        piece.rows.forEach((cells: Segment[], r) => {
          if (r > 0) b.append('\n');
          const rowStart = b.length;
          const spans: TableCell[] = [];
          cells.forEach((cell, k) => {
            if (k > 0) b.append('\t');
            spans.push(writeSegmentText(cell));
          });
          rows.push({ start: rowStart, end: b.length, cells: spans });
        });
        lastTableHeaders = markTableHeaders(b.text, rows, lastTableHeaders);
        b.add({ kind: 'table', start: rows[0].start, end: rows[rows.length - 1].end, rows });
        continue;
      }
      lastTableHeaders = new Set();
      const start = b.length;
      piece.lines.forEach((l, k) => {
        if (k > 0) b.append(' ');
        l.segments.forEach((s, j) => {
          if (j > 0) b.append(' ');
          writeSegmentText(s);
        });
      });
      const span = { start, end: b.length };
      if (piece.heading) b.add({ kind: 'heading', level: piece.heading, ...span });
      else b.add({ kind: piece.list ? 'list_item' : 'paragraph', ...span });
    }
    for (const fn of footnotes) {
      b.separate();
      const start = b.length;
      const marker = fn.marker ? toSuperscript(fn.marker) : lastFootnoteMarker ?? '';
      fn.lines.forEach((l, k) => {
        if (k > 0) b.append(' ');
        l.segments.forEach((s, j) => {
          let text = s.text;
          // The marker of a footnote line is written "¹ " whatever form the PDF gave it.
          if (k === 0 && j === 0 && fn.marker) text = text.replace(/^[⁰¹²³⁴⁵⁶⁷⁸⁹\d]+\s*/, `${marker} `);
          if (j > 0) b.append(' ');
          const span = b.append(text);
          if (text === s.text) keepMarks(s, span.start);
        });
      });
      if (marker) {
        b.add({ kind: 'footnote', start, end: b.length, marker, refs: [] });
        lastFootnoteMarker = marker;
      } else b.add({ kind: 'paragraph', start, end: b.length });
    }
    writeFurniture(bottom);
    b.pages.push({ page: index + 1, start: pageStart, end: Infinity });
    if (index > 0) b.pages[index - 1].end = pageStart;
  });
  if (b.pages.length) b.pages[b.pages.length - 1].end = b.length;
  linkRefs(b, refs);
  return b.finish('pdf', pageCount);
}

/** Each reference goes to the next footnote with its number (numbering may restart on each page). */
function linkRefs(b: TextBuilder, refs: { at: number; n: number }[]): void {
  const footnotes = b.blocks.filter((x): x is Extract<typeof x, { kind: 'footnote' }> => x.kind === 'footnote');
  for (const r of refs) {
    const candidates = footnotes.filter((f) => superscriptValue(f.marker) === r.n);
    if (!candidates.length) continue;
    // The first footnote after the reference; a footnote continued on the next page comes later, so it gets none.
    const target = candidates.find((f) => f.start > r.at) ?? candidates[candidates.length - 1];
    target.refs.push(r.at);
  }
}
