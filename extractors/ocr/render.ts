// A PDF page as a grey image for OCR: pdfjs draws it on a canvas of @napi-rs/canvas (a binary
// shipped in its npm package). The resolution follows the scan's own (no pixels invented above it,
// none thrown away up to 300 dpi), within limits that keep one page from exhausting memory.
import { createRequire } from 'node:module';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { BaocaoError } from '../../src/errors.js';

/** An image larger than this many pixels is refused before pdfjs decodes it (TOO_LARGE). */
export const MAX_IMAGE_PIXELS = 64_000_000;
/** The largest canvas a page is drawn on (about A2 at 300 dpi). */
export const MAX_RENDER_PIXELS = 40_000_000;
const MIN_DPI = 100;
const LOW_DPI = 150;
const HIGH_DPI = 300;

/** pdfjs's operator codes used here (the numbers of its OPS table). */
interface Ops {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

export interface PageImages {
  /** Share of the page area the images cover (overlaps counted twice; capped at 1). */
  coverage: number;
  /** Resolution of the largest image as drawn on the page, in dots per inch. */
  dpi: number | null;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: number[]): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Where the page draws images and at what resolution, from its operator list (each image is the
 *  unit square under the transform in force when it is painted). */
export async function pageImages(page: PDFPageProxy, OPS: Ops): Promise<PageImages> {
  const list = await page.getOperatorList();
  const [x0, y0, x1, y1] = page.view;
  const pageArea = Math.abs((x1 - x0) * (y1 - y0)) || 1;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let covered = 0;
  let largest = 0;
  let dpi: number | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as number[]);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      const size = imageSize(fn === OPS.paintImageXObject ? args.slice(1) : args[0]);
      if (!size) continue;
      const area = Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
      covered += area;
      if (area > largest) {
        largest = area;
        const wide = Math.hypot(ctm[0], ctm[1]) / 72;
        const high = Math.hypot(ctm[2], ctm[3]) / 72;
        dpi = wide > 0 && high > 0 ? Math.min(size.w / wide, size.h / high) : null;
      }
    }
  }
  return { coverage: Math.min(1, covered / pageArea), dpi };
}

function imageSize(a: unknown): { w: number; h: number } | null {
  if (Array.isArray(a) && typeof a[0] === 'number' && typeof a[1] === 'number') return { w: a[0], h: a[1] };
  const o = a as { width?: unknown; height?: unknown } | null;
  if (o && typeof o.width === 'number' && typeof o.height === 'number') return { w: o.width, h: o.height };
  return null;
}

/** The resolution to draw a page at: the scan's own between 150 and 300 dpi (300 when the page has
 *  no image), lowered as far as 100 dpi to fit the largest canvas; TOO_LARGE below that. */
export function renderDpi(widthPt: number, heightPt: number, imageDpi: number | null, what: string): number {
  let dpi = Math.round(Math.min(HIGH_DPI, Math.max(LOW_DPI, imageDpi ?? HIGH_DPI)));
  const pixels = (d: number) => Math.ceil((widthPt * d) / 72) * Math.ceil((heightPt * d) / 72);
  if (pixels(dpi) > MAX_RENDER_PIXELS) dpi = Math.max(MIN_DPI, Math.floor(dpi * Math.sqrt(MAX_RENDER_PIXELS / pixels(dpi))));
  while (pixels(dpi) > MAX_RENDER_PIXELS && dpi > MIN_DPI) dpi--;
  if (pixels(dpi) > MAX_RENDER_PIXELS) {
    const w = Math.ceil((widthPt * MIN_DPI) / 72);
    const h = Math.ceil((heightPt * MIN_DPI) / 72);
    throw new BaocaoError(
      'TOO_LARGE',
      `${what} is ${Math.round(widthPt)} × ${Math.round(heightPt)} pt, ${w} × ${h} px even at ${MIN_DPI} dpi, over the ${MAX_RENDER_PIXELS / 1e6} million pixels a page may have to be read by OCR; split or shrink the page.`,
    );
  }
  return dpi;
}

export interface RenderedPage {
  width: number;
  height: number;
  /** PDF user space → pixels (pdfjs's viewport transform). */
  transform: number[];
  /** The page in grey as a binary PGM (P5), the input both OCR engines read, its rules whitened. */
  pgm: Uint8Array;
  /** The vertical rules whitened: [x, y0, y1] in pixels (they part a table's cells). */
  rules: VerticalRule[];
  /** Encodes the page as a JPEG for the review page (only when it is kept). */
  jpeg(): Promise<Buffer>;
}

type CanvasModule = typeof import('@napi-rs/canvas');
let canvasModule: CanvasModule | undefined;
const loadCanvas = () => (canvasModule ??= createRequire(import.meta.url)('@napi-rs/canvas') as CanvasModule);

/** Draws the page; `turn` (degrees clockwise) is added to the page's own rotation. */
export async function renderPage(page: PDFPageProxy, dpi: number, turn = 0): Promise<RenderedPage> {
  const { createCanvas } = loadCanvas();
  const viewport = page.getViewport({ scale: dpi / 72, rotation: (page.rotate + turn) % 360 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const pgm = new Uint8Array(header.length + width * height);
  pgm.set(header);
  // ITU-R 601 luma in integers.
  for (let i = 0, j = header.length; j < pgm.length; i += 4, j++) pgm[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  const rules = removeRules(pgm.subarray(header.length), width, height);
  return { width, height, transform: [...viewport.transform], pgm, rules, jpeg: () => canvas.encode('jpeg', 80) };
}

/** Darker than this is ink. */
const INK = 150;

/** [x, y0, y1]: a vertical rule, in pixels. */
export type VerticalRule = [number, number, number];

/**
 * Whitens the ruled lines of tables (and form underlines): the engine reads a rule as "|", "_" or
 * "—" and joins the cells it separates. A rule is a run of ink longer than any stroke of a letter:
 * 8% of the page's width across, 2.5% of its height down. The runs are sought in bands of three
 * rows (columns), so a rule on a slightly turned page stays one run. Returns the vertical rules,
 * which say where a table's cells part.
 */
export function removeRules(grey: Uint8Array, width: number, height: number): VerticalRule[] {
  const erase: number[] = [];
  const found: VerticalRule[] = [];
  const scan = (count: number, length: number, at: (line: number, i: number) => number, min: number, onRun?: (line: number, from: number, to: number) => void) => {
    for (let line = 1; line + 1 < count; line++) {
      let start = -1;
      for (let i = 0; i <= length; i++) {
        const ink = i < length && (grey[at(line - 1, i)] < INK || grey[at(line, i)] < INK || grey[at(line + 1, i)] < INK);
        if (ink && start < 0) start = i;
        if (!ink && start >= 0) {
          if (i - start >= min) {
            for (let k = start; k < i; k++) for (let l = line - 1; l <= line + 1; l++) if (grey[at(l, k)] < 255) erase.push(at(l, k));
            onRun?.(line, start, i);
          }
          start = -1;
        }
      }
    }
  };
  scan(height, width, (y, x) => y * width + x, Math.max(40, Math.round(width * 0.08)));
  scan(width, height, (x, y) => y * width + x, Math.max(30, Math.round(height * 0.025)), (x, y0, y1) => {
    // Neighbouring columns of one thick or turned rule are one rule (it follows the latest).
    const same = found.find((r) => x - r[0] <= 3 && y0 < r[2] && y1 > r[1]);
    if (same) (same[0] = x), (same[1] = Math.min(same[1], y0)), (same[2] = Math.max(same[2], y1));
    else found.push([x, y0, y1]);
  });
  for (const i of erase) grey[i] = 255;
  return found;
}

/**
 * The largest image a PDF declares, read from its bytes: an image is a stream, and a stream's
 * dictionary is never compressed, so its /Width and /Height stand in the file as written. Checked
 * before pdfjs decodes anything, so a 20,000 × 20,000 px scan is refused rather than drawn.
 */
export function largestDeclaredImage(bytes: Uint8Array): { width: number; height: number } | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let best: { width: number; height: number } | null = null;
  const subtype = /\/Subtype\s*\/Image\b/g;
  for (let m = subtype.exec(text); m; m = subtype.exec(text)) {
    const from = Math.max(0, text.lastIndexOf('obj', m.index), m.index - 4000);
    const streamAt = text.indexOf('stream', m.index);
    const to = streamAt < 0 ? Math.min(text.length, m.index + 4000) : Math.min(streamAt, m.index + 4000);
    const dict = text.slice(from, to);
    const w = /\/Width\s+(\d+)/.exec(dict);
    const h = /\/Height\s+(\d+)/.exec(dict);
    if (!w || !h) continue;
    const size = { width: Number(w[1]), height: Number(h[1]) };
    if (!best || size.width * size.height > best.width * best.height) best = size;
  }
  return best;
}
