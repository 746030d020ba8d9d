// The one text model every extractor produces and every later stage reads.
// All offsets are JavaScript string indices into `text` (NFC).

export type Format = 'txt' | 'docx' | 'pdf';

export interface Span {
  start: number;
  end: number;
}

export interface TableCell extends Span {}

export interface TableRow extends Span {
  cells: TableCell[];
  /** A header row; `repeated` when it repeats an earlier header (tables split across pages). */
  header?: boolean;
  repeated?: boolean;
}

export type Block =
  | (Span & { kind: 'heading'; level?: number })
  | (Span & { kind: 'paragraph' })
  | (Span & { kind: 'list_item' })
  | (Span & { kind: 'footnote'; marker: string; refs: number[] })
  | (Span & { kind: 'table'; rows: TableRow[] })
  /** Running headers, page numbers and similar furniture kept out of sentences. */
  | (Span & { kind: 'furniture' });

export type BlockKind = Block['kind'];

export interface PageSpan extends Span {
  page: number;
}

export interface TextDocument {
  format: Format;
  /** The whole document as one NFC string. */
  text: string;
  /** Offset of the first character of every line (line 1 starts at 0). */
  lineStarts: number[];
  /** Pages for paged formats (PDF); empty otherwise. */
  pages: PageSpan[];
  /** Blocks in reading order; they do not overlap. */
  blocks: Block[];
  /** Things a person should know about how the text was read (legacy encoding converted, …). */
  warnings: string[];
  pageCount?: number;
  /** Pages read by OCR, with each word's place on the page image (absent when no page was). */
  ocr?: OcrText;
}

/** [x0, y0, x1, y1]: pixels of a page image (y down), or PDF points (y up) where said. */
export type Box = [number, number, number, number];

export interface OcrPage {
  page: number;
  /** Engine and language data, e.g. "tesseract.js 7.0.0, vie 4.0.0". */
  engine: string;
  /** Resolution the page was rendered at; `width` × `height` pixels. */
  dpi: number;
  width: number;
  height: number;
  /** PDF user space → image pixels: [a, b, c, d, e, f] (px = a·x + c·y + e, py = b·x + d·y + f). */
  transform: number[];
  /** Mean word confidence, 0–100. */
  confidence: number;
  /** Read from the OCR cache of an output folder rather than recognised again. */
  cached: boolean;
  /** The page image, relative to the OCR cache folder (ocr/ in an output folder), when one was kept. */
  image?: string;
}

export interface OcrLine {
  page: number;
  /** 0–100: the mean confidence of its words, as the engine reports them. */
  confidence: number;
  box: Box;
}

/** A word as read, where it is in `text` (start/end) and on the page image (box, pixels). */
export interface OcrWord extends Span {
  /** Index into OcrText.lines. */
  line: number;
  confidence: number;
  box: Box;
}

export interface OcrText {
  pages: OcrPage[];
  lines: OcrLine[];
  /** In text order. */
  words: OcrWord[];
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** 1-based line of an offset. */
export function lineOf(doc: Pick<TextDocument, 'lineStarts'>, offset: number): number {
  return lastAtOrBefore(doc.lineStarts, offset) + 1;
}

/** 1-based page of an offset, or undefined for formats without pages. */
export function pageOf(doc: Pick<TextDocument, 'pages'>, offset: number): number | undefined {
  for (const p of doc.pages) if (offset >= p.start && offset < p.end) return p.page;
  const last = doc.pages[doc.pages.length - 1];
  return last && offset === last.end ? last.page : undefined;
}

export const sliceOf = (doc: Pick<TextDocument, 'text'>, s: Span): string => doc.text.slice(s.start, s.end);
