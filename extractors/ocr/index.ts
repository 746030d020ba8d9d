// Reading the pages of a PDF that have no text layer: which pages are scans, drawing them, the
// OCR engine or the cache, and progress. pdf.ts calls this while its pdfjs document is open.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { BaocaoError } from '../../src/errors.js';
import { pageImageName, readCachedPage, writeCachedPage, type CachedPage } from './cache.js';
import { ocrEngine } from './engines.js';
import type { OcrEngineName, OcrMode } from '../../src/limits.js';
import { parseHocr, type RecognizedPage } from './hocr.js';
import { largestDeclaredImage, MAX_IMAGE_PIXELS, pageImages, renderDpi, renderPage } from './render.js';

export type { OcrEngineName, OcrMode } from '../../src/limits.js';
export { DEFAULT_OCR_PAGE_TIMEOUT_MS } from '../../src/limits.js';
export { closeOcrEngines, systemTesseract } from './engines.js';

export interface OcrOptions {
  /** auto: pages without a text layer; force: every page; off: none (default auto). */
  mode?: OcrMode;
  engine?: OcrEngineName;
  /** The output folder's OCR cache (ocr/): pages read before are taken from it, new ones kept in it. */
  cacheDir?: string;
  /** How much longer a file may take for each page it reads by OCR (default 60 s). */
  pageTimeoutMs?: number;
  /** Told how many pages will be read by OCR, then after each one. */
  onProgress?: (p: OcrProgress) => void;
}

export interface OcrProgress {
  /** Pages of the file read by OCR. */
  pages: number;
  done: number;
  /** Of those done, taken from the cache. */
  cached: number;
}

/** A text layer thinner than this many visible characters may be a scan's ("Scanned with …"). */
export const THIN_TEXT_LAYER = 50;
/** A page with a thin text layer is a scan when images cover this share of it. */
const SCAN_COVERAGE = 0.3;

export interface ScannedPage extends CachedPage {
  /** 1-based. */
  page: number;
  cached: boolean;
  image?: string;
}

/** A reading with fewer legible characters than this may be of a page scanned sideways. */
const SIDEWAYS_LEGIBLE = 200;
/** A word read with a confidence of 50 or more that holds a letter or a digit. */
export const isLegible = (w: { text: string; confidence: number }) => w.confidence >= 50 && /[\p{L}\p{N}]/u.test(w.text);

/** Characters of the legible words of a page. */
export function legibleChars(page: RecognizedPage): number {
  let n = 0;
  for (const l of page.lines) for (const w of l.words) if (isLegible(w)) n += w.text.length;
  return n;
}

/** pdfjs's OPS table (only the operators pageImages reads). */
type Ops = Parameters<typeof pageImages>[1];

/**
 * Reads by OCR the pages of `candidates` (1-based) that are scans (all of them with `force`).
 * `sha` names the file in the cache.
 */
export async function recognizePages(
  doc: PDFDocumentProxy,
  OPS: Ops,
  candidates: number[],
  ctx: { bytes: Uint8Array; name: string; sha: string; options: OcrOptions },
): Promise<ScannedPage[]> {
  const { options, name, sha } = ctx;
  if (!candidates.length) return [];
  const largest = largestDeclaredImage(ctx.bytes);
  if (largest && largest.width * largest.height > MAX_IMAGE_PIXELS) {
    throw new BaocaoError(
      'TOO_LARGE',
      `${name} holds an image of ${largest.width} × ${largest.height} px, over the ${MAX_IMAGE_PIXELS / 1e6} million pixels an image may have to be read by OCR; scan it again at 300 dpi.`,
      { path: name },
    );
  }
  // Which pages are scans, and at what resolution they were scanned.
  const todo: { page: number; imageDpi: number | null }[] = [];
  for (const n of candidates) {
    const page = await doc.getPage(n);
    try {
      const images = await pageImages(page, OPS);
      if (options.mode === 'force' || images.coverage >= SCAN_COVERAGE) todo.push({ page: n, imageDpi: images.dpi });
    } finally {
      page.cleanup();
    }
  }
  if (!todo.length) return [];
  const progress = { pages: todo.length, done: 0, cached: 0 };
  options.onProgress?.({ ...progress });
  const engine = await ocrEngine(options.engine).catch((e: Error) => {
    throw new BaocaoError('READ_FAILED', `${name} needs OCR, but ${e.message}.`, { path: name, cause: e });
  });
  const out: ScannedPage[] = [];
  for (const { page: n, imageDpi } of todo) {
    const cached = options.cacheDir ? await readCachedPage(options.cacheDir, sha, n, engine.name) : null;
    if (cached) {
      out.push({ ...cached, page: n, cached: true, image: pageImageName(sha, n) });
      progress.cached++;
    } else out.push(await recognize(doc, n, imageDpi, ctx, engine));
    progress.done++;
    options.onProgress?.({ ...progress });
  }
  return out;
}

async function recognize(
  doc: PDFDocumentProxy,
  n: number,
  imageDpi: number | null,
  ctx: { name: string; sha: string; options: OcrOptions },
  engine: Awaited<ReturnType<typeof ocrEngine>>,
): Promise<ScannedPage> {
  const page = await doc.getPage(n);
  try {
    const [x0, y0, x1, y1] = page.view;
    const turned = page.rotate % 180 !== 0;
    const w = Math.abs(x1 - x0);
    const h = Math.abs(y1 - y0);
    const dpi = renderDpi(turned ? h : w, turned ? w : h, imageDpi, `Page ${n} of ${ctx.name}`);
    const read = async (turn: number) => {
      const image = await renderPage(page, dpi, turn);
      let hocr: string;
      try {
        hocr = await engine.recognize(image.pgm, dpi);
      } catch (e) {
        throw new BaocaoError('READ_FAILED', `OCR of page ${n} of ${ctx.name} failed: ${e instanceof Error ? e.message : String(e)}`, { path: ctx.name, cause: e });
      }
      const recognized = parseHocr(hocr);
      // The engine answers in the pixels it was given.
      recognized.width ||= image.width;
      recognized.height ||= image.height;
      return { image, recognized, legible: legibleChars(recognized) };
    };
    // A page scanned sideways reads as little but specks: it is read turned a quarter each way,
    // and the reading with the most legible text is kept (the transform follows the turn).
    let best = await read(0);
    if (best.legible < SIDEWAYS_LEGIBLE) {
      for (const turn of [90, 270]) {
        const other = await read(turn);
        if (other.legible > best.legible) best = other;
      }
    }
    const { image, recognized } = best;
    const entry: CachedPage = { engine: engine.name, dpi, transform: image.transform, rules: image.rules, recognized };
    const { cacheDir } = ctx.options;
    if (cacheDir) await writeCachedPage(cacheDir, ctx.sha, n, entry, await image.jpeg());
    return { ...entry, page: n, cached: false, ...(cacheDir ? { image: pageImageName(ctx.sha, n) } : {}) };
  } catch (e) {
    if (e instanceof BaocaoError && !e.path) throw new BaocaoError(e.code, e.message, { path: ctx.name, cause: e.cause });
    throw e;
  } finally {
    page.cleanup();
  }
}
