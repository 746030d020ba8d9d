// Where a figure read by OCR came from: its words' confidences and their region of the page, in
// PDF coordinates (points, origin at the bottom left of the page's box, y upwards).
import type { Box, OcrPage, OcrText, Span, TextDocument } from '../../src/model.js';

export interface OcrSource {
  ocr: true;
  /** The confidence of the line (lines) the number stands on, 0–100. */
  ocr_confidence: number;
  /** The lowest confidence of the words that make up the number, 0–100. */
  ocr_value_confidence: number;
  /** The lowest confidence of the words of the quote (what names the figure), 0–100. */
  ocr_quote_confidence: number;
  /** The number's words on the page, PDF coordinates [x0, y0, x1, y1]. */
  region?: Box;
}

/** The words of `ocr` that overlap a span (words are in text order). */
export function wordsIn(ocr: OcrText, span: Span): OcrText['words'] {
  const { words } = ocr;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: OcrText['words'] = [];
  for (let i = lo; i < words.length && words[i].start < span.end; i++) if (words[i].end > span.start) out.push(words[i]);
  return out;
}

/** A box of image pixels in PDF coordinates, through the inverse of the page's transform. */
export function toPdfBox(page: Pick<OcrPage, 'transform'>, box: Box): Box {
  const [a, b, c, d, e, f] = page.transform;
  const det = a * d - b * c;
  const toPdf = (px: number, py: number): [number, number] => [(d * (px - e) - c * (py - f)) / det, (a * (py - f) - b * (px - e)) / det];
  const corners = [toPdf(box[0], box[1]), toPdf(box[2], box[1]), toPdf(box[0], box[3]), toPdf(box[2], box[3])];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const round = (x: number) => Math.round(x * 100) / 100 || 0; // no -0
  return [round(Math.min(...xs)), round(Math.min(...ys)), round(Math.max(...xs)), round(Math.max(...ys))];
}

export const unionBox = (boxes: Box[]): Box => [
  Math.min(...boxes.map((b) => b[0])),
  Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])),
  Math.max(...boxes.map((b) => b[3])),
];

/**
 * The OCR provenance of a number at `value` on `page`, or undefined when that page was not read by
 * OCR. A number whose words were not traced gets confidence 0: it is flagged, never trusted blindly.
 */
export function ocrSource(doc: Pick<TextDocument, 'ocr'>, page: number | undefined, value: Span, quote: Span = value): OcrSource | undefined {
  const ocr = doc.ocr;
  const scan = ocr?.pages.find((p) => p.page === page);
  if (!ocr || !scan) return undefined;
  const words = wordsIn(ocr, value);
  if (!words.length) return { ocr: true, ocr_confidence: 0, ocr_value_confidence: 0, ocr_quote_confidence: 0 };
  const lines = [...new Set(words.map((w) => w.line))].map((i) => ocr.lines[i]);
  return {
    ocr: true,
    ocr_confidence: Math.min(...lines.map((l) => l.confidence)),
    ocr_value_confidence: Math.min(...words.map((w) => w.confidence)),
    ocr_quote_confidence: Math.min(...wordsIn(ocr, quote).map((w) => w.confidence), ...words.map((w) => w.confidence)),
    region: toPdfBox(scan, unionBox(words.map((w) => partOfWord(w, value)))),
  };
}

/** The part of a word's box that holds the span's characters ("860/148.962" holds two figures),
 *  by their share of its width. */
export function partOfWord(w: OcrText['words'][number], span: Span): Box {
  const from = Math.max(span.start, w.start) - w.start;
  const to = Math.min(span.end, w.end) - w.start;
  const n = w.end - w.start;
  if (from <= 0 && to >= n) return w.box;
  const width = w.box[2] - w.box[0];
  return [Math.floor(w.box[0] + (width * from) / n), w.box[1], Math.ceil(w.box[0] + (width * to) / n), w.box[3]];
}
