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
