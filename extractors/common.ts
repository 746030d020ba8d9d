// Pieces shared by the extractors: building the text and its blocks, recognising headings,
// footnote markers and table headers the same way whatever the input format.
import { computeLineStarts, type Block, type Format, type PageSpan, type Span, type TableRow, type TextDocument } from '../src/model.js';
import { withFlatTables } from './flat-tables.js';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export const SUPERSCRIPT_CLASS = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';

/** "12" → "¹²" (footnote markers are written as superscript so they never glue onto a number). */
export function toSuperscript(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

/** "¹²" → 12; also accepts plain digits. NaN when there is no digit. */
export function superscriptValue(marker: string): number {
  let s = '';
  for (const ch of marker) {
    const i = SUPERSCRIPT_DIGITS.indexOf(ch);
    if (i >= 0) s += String(i);
    else if (ch >= '0' && ch <= '9') s += ch;
  }
  return s ? Number(s) : NaN;
}

/** Accumulates the document text piece by piece and records blocks as it goes. */
export class TextBuilder {
  text = '';
  readonly blocks: Block[] = [];
  readonly pages: PageSpan[] = [];
  readonly warnings: string[] = [];

  get length(): number {
    return this.text.length;
  }

  /** Appends NFC text and returns where it landed. */
  append(s: string): Span {
    const start = this.text.length;
    this.text += s.normalize('NFC');
    return { start, end: this.text.length };
  }

  /** Starts a new block: blocks are separated by one blank line, like the txt exports. */
  separate(): void {
    if (this.text.length === 0) return;
    if (this.text.endsWith('\n\n')) return;
    this.text += this.text.endsWith('\n') ? '\n' : '\n\n';
  }

  add(block: Block): void {
    this.blocks.push(block);
  }

  finish(format: Format, pageCount?: number): TextDocument {
    // Drop the trailing separator so the text ends with its last block.
    let end = this.text.length;
    while (end > 0 && this.text[end - 1] === '\n') end--;
    const text = this.text.slice(0, end);
    const pages = this.pages.map((p) => ({ ...p, end: Math.min(p.end, text.length) }));
    const doc: TextDocument = {
      format,
      text,
      lineStarts: computeLineStarts(text),
      pages,
      // A table pasted into the document as text (a paragraph of heads and values) reads as a table.
      blocks: withFlatTables(text, this.blocks.filter((b) => b.start <= text.length)),
      warnings: [...this.warnings],
    };
    if (pageCount !== undefined) doc.pageCount = pageCount;
    return doc;
  }
}

// ── headings ────────────────────────────────────────────────────────────────

const ROMAN = /^(?:[IVX]{1,5})[.)]\s+\S/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\S/;
const APPENDIX = /^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu)\s*[0-9IVX]*\b/u;

/** Level of a numbered heading label: "I." → 1, "1." → 2, "1.2." → 3; 0 when not numbered. */
export function headingLevel(line: string): number {
  if (ROMAN.test(line)) return 1;
  const m = NUMBERED.exec(line);
  if (m) return Math.min(6, m[1].split('.').length + 1);
  return 0;
}

function isUpperCaseLine(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi');
}

/**
 * Decides whether a one-line block reads as a heading: "I. ĐẶC ĐIỂM…", "1.2. Công tác…", "PHỤ LỤC 1",
 * a short all-capitals line, or a short line the source marked bold. Returns its level or 0.
 */
export function classifyHeading(line: string, opts: { bold?: boolean } = {}): number {
  const s = line.trim();
  if (!s || s.length > 220) return 0;
  if (APPENDIX.test(s)) return 1;
  const endsLikeSentence = /[.;,]$/.test(s) && !/\.\/\.$/.test(s);
  const numbered = headingLevel(s);
  if (numbered && s.length <= 160 && !endsLikeSentence && !/:\s+\S/.test(s)) return numbered;
  if (s.length <= 100 && !endsLikeSentence && isUpperCaseLine(s) && !/^[-–+•]/.test(s)) return 1;
  if (opts.bold && s.length <= 140 && !endsLikeSentence) return numbered || 2;
  return 0;
}

/** A line that starts a list item: "- …", "+ …", "• …", "a) …". */
export function isListItemStart(line: string): boolean {
  return /^\s*(?:[-–+•●▪◦]\s+|\*\s+(?!\*)|[a-zđ]\)\s+)/u.test(line);
}

// ── tables ──────────────────────────────────────────────────────────────────

/** A row's cells as one string, spaces folded: what a repeated header is recognised by. (A loop,
 *  not map/join: an array that map makes in optimized code has another kind than one it makes
 *  before, and code that reads both is compiled again.) */
export function cellKey(text: string, row: TableRow): string {
  let key = '';
  for (let i = 0; i < row.cells.length; i++) key += `${i ? '\t' : ''}${text.slice(row.cells[i].start, row.cells[i].end).trim().replace(/\s+/g, ' ')}`;
  return key;
}

const NUMERIC_CELL = /^[-+]?[\d.,]+\s*%?$/;
const COLUMN_NUMBER_ROW = /^\(?\s*(?:\d+|[A-Z])\s*\)?(?:\s*[/*x+-]\s*\(?\s*(?:\d+|[A-Z])\s*\)?)?$/;

/** "(1)\t(2)\t…\t(6)/(5)" — the row that numbers the columns under a header. */
export function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length >= 2 && filled.every((c) => COLUMN_NUMBER_ROW.test(c.trim())) && filled.some((c) => c.includes('('));
}

/**
 * Marks header rows of one table: the first row when it is made of labels, a second header line
 * (merged header cells) and the column-number row; any later row equal to an earlier header row
 * (a header repeated after a page break) is marked `repeated`. `earlierHeaders` carries headers
 * of the table's previous part (the same table continued on the next page).
 */
export function markTableHeaders(text: string, rows: TableRow[], earlierHeaders: Set<string> = new Set()): Set<string> {
  const headers = new Set(earlierHeaders);
  const cellsOf = (r: TableRow) => {
    const cells: string[] = [];
    for (const c of r.cells) cells.push(text.slice(c.start, c.end).trim());
    return cells;
  };
  rows.forEach((row, i) => {
    const cells = cellsOf(row);
    const key = cellKey(text, row);
    if (headers.has(key) && key.replace(/\t/g, '').trim() !== '') {
      row.header = true;
      row.repeated = true;
      return;
    }
    const filled = cells.filter((c) => c !== '');
    const labelRow = filled.length >= 2 && filled.filter((c) => NUMERIC_CELL.test(c)).length === 0;
    const prev = rows[i - 1];
    const prevIsHeader = prev?.header === true;
    let header = false;
    if (isColumnNumberRow(cells) && (i === 0 || prevIsHeader)) header = true;
    else if (i === 0 && labelRow) header = true;
    else if (prevIsHeader && labelRow && cells[0] === '' && prev && cellsOf(prev).some((c) => c === '')) header = true;
    if (header) {
      row.header = true;
      headers.add(key);
    }
  });
  return headers;
}
