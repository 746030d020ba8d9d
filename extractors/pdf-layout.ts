// Turns positioned text items of PDF pages into lines, then into blocks in reading order:
// paragraphs (lines joined by a space), headings, list items, tables (cells kept apart), footnotes
// and furniture (page numbers, running headers). Pure functions: pdf.ts feeds them pdfjs items.
import { classifyHeading, isListItemStart, toSuperscript } from './common.js';

export interface PdfItem {
  str: string;
  x: number;
  /** Baseline, PDF user space (grows upwards). */
  y: number;
  w: number;
  size: number;
  bold?: boolean;
  /** Words read by OCR in `str`: where each starts and its index (extractors/ocr). */
  marks?: OcrMark[];
  /** Starts a table cell whatever the gap before it (OCR: a ruled line stood there). */
  cell?: boolean;
}

export interface OcrMark {
  at: number;
  word: number;
}

export interface Line {
  y: number;
  size: number;
  items: PdfItem[];
  x0: number;
  x1: number;
  /** Runs of items separated by wide horizontal gaps (table cells, columns). */
  segments: Segment[];
}

export interface Segment {
  x0: number;
  x1: number;
  text: string;
  /** Offsets (in `text`) of superscript numbers written as footnote references, with their value. */
  refs: { at: number; n: number }[];
  bold: boolean;
  /** Where the OCR words of the segment start in `text` (null for a text layer). */
  marks: OcrMark[] | null;
}

export interface PageLayout {
  width: number;
  height: number;
  lines: Line[];
}

const COMBINING = /^\p{M}/u;
const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Most frequent value after rounding to `step` (weighted). */
function mode(values: { v: number; w: number }[], step = 1): number | undefined {
  const counts = new Map<number, number>();
  for (const { v, w } of values) {
    const k = Math.round(v / step) * step;
    counts.set(k, (counts.get(k) ?? 0) + w);
  }
  let best: number | undefined;
  let bestCount = -1;
  for (const [k, c] of counts) if (c > bestCount || (c === bestCount && best !== undefined && k < best)) (best = k), (bestCount = c);
  return best;
}

/** Groups items into lines by baseline (superscripts join the line they are raised above). */
export function groupLines(items: PdfItem[]): Line[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const it of sorted) {
    let target: (typeof lines)[number] | undefined;
    // Only recent lines can match: items arrive sorted from the top down.
    for (let k = lines.length - 1; k >= 0 && k >= lines.length - 4; k--) {
      const l = lines[k];
      const tol = 0.5 * Math.max(it.size, l.size);
      if (Math.abs(l.y - it.y) <= tol) {
        target = l;
        break;
      }
    }
    if (!target) {
      target = { y: it.y, size: it.size, items: [] };
      lines.push(target);
    }
    target.items.push(it);
    if (it.str.trim() && it.size > target.size + 0.1) {
      target.size = it.size;
      target.y = it.y;
    }
  }
  return lines
    .map((l) => buildLine(l.y, l.size, l.items))
    .filter((l): l is Line => l !== null)
    .sort((a, b) => b.y - a.y);
}

function isSuperscript(it: PdfItem, size: number, baseline: number): boolean {
  return it.size < 0.8 * size && it.y > baseline + 0.12 * size;
}

/**
 * A justified line of prose, drawn word by word (Word and browsers do): many inter-word gaps, all
 * about equally stretched, between words of letters. Table rows have few cells, uneven gaps and
 * figures. Such a line is one segment however wide its gaps.
 */
function isJustifiedProse(visible: PdfItem[], size: number): boolean {
  const gaps: number[] = [];
  let end = -Infinity;
  for (const it of visible) {
    const gap = it.x - end;
    if (end > -Infinity && gap > 0.15 * size) gaps.push(gap);
    end = Math.max(end, it.x + it.w);
  }
  if (gaps.length < 5) return false;
  const wordy = visible.filter((i) => /\p{L}{2}/u.test(i.str)).length;
  if (wordy < 0.6 * visible.length) return false;
  const min = Math.min(...gaps);
  const max = Math.max(...gaps);
  return max <= 2.5 * size && max <= 1.35 * min + 0.1 * size;
}

function buildLine(y: number, size: number, raw: PdfItem[]): Line | null {
  const items = raw.sort((a, b) => a.x - b.x);
  const visible = items.filter((i) => i.str.trim() !== '');
  if (!visible.length) return null;
  const cellGap = isJustifiedProse(visible, size) ? Infinity : Math.max(0.7 * size, 5);
  const segments: Segment[] = [];
  let cur: Segment | null = null;
  let prevEnd = -Infinity;
  let pendingSpace = false;
  for (const it of items) {
    if (it.str.trim() === '') {
      pendingSpace = true;
      continue;
    }
    const gap = it.x - prevEnd;
    const sup = isSuperscript(it, size, y) && /^\d{1,3}$/.test(it.str.trim());
    if (!cur || gap > cellGap || it.cell) {
      cur = { x0: it.x, x1: it.x + it.w, text: '', refs: [], bold: true, marks: null };
      segments.push(cur);
    } else if (!sup && !COMBINING.test(it.str)) {
      const needsSpace = (pendingSpace || gap > 0.15 * size) && !/\s$/.test(cur.text) && !/^\s/.test(it.str);
      if (needsSpace) cur.text += ' ';
    }
    if (sup) {
      const n = Number(it.str.trim());
      cur.refs.push({ at: cur.text.length, n });
      cur.text += toSuperscript(it.str.trim());
    } else {
      if (it.marks) {
        const base = cur.text.length;
        cur.marks ??= [];
        for (const m of it.marks) cur.marks.push({ at: base + m.at, word: m.word });
      }
      cur.text += it.str;
      if (!it.bold) cur.bold = false;
    }
    cur.x1 = Math.max(cur.x1, it.x + it.w);
    prevEnd = Math.max(prevEnd, it.x + it.w);
    pendingSpace = false;
  }
  for (const s of segments) {
    const lead = s.text.length - s.text.trimStart().length;
    const length = s.text.length;
    s.text = s.text.trim().replace(/\s+/g, ' ');
    if (lead) s.refs = s.refs.map((r) => ({ at: r.at - lead, n: r.n }));
    s.text = s.text.normalize('NFC');
    // OCR words are written without spaces around them: a segment whose text changed in any other
    // way than losing leading spaces has lost track of where they are.
    if (s.marks) s.marks = s.text.length === length - lead ? s.marks.map((m) => ({ at: m.at - lead, word: m.word })) : null;
  }
  const kept = segments.filter((s) => s.text !== '');
  if (!kept.length) return null;
  return { y, size, items: visible, x0: kept[0].x0, x1: Math.max(...kept.map((s) => s.x1)), segments: kept };
}

export const lineText = (l: Line) => l.segments.map((s) => s.text).join(' ');

// ── document-level statistics ───────────────────────────────────────────────

export interface DocStats {
  bodySize: number;
}

export function docStats(pages: PageLayout[]): DocStats {
  const sizes = pages.flatMap((p) => p.lines.map((l) => ({ v: l.size, w: lineText(l).length })));
  return { bodySize: mode(sizes, 0.5) ?? 12 };
}

// ── furniture ───────────────────────────────────────────────────────────────

const PAGE_NUMBER = /^(?:trang|page)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|trên)\s*\d{1,4})?$/i;
const furnitureKey = (l: Line) => lineText(l).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const inBand = (l: Line, p: PageLayout) => l.y > p.height * 0.93 || l.y < p.height * 0.07;

/** Lines that are page furniture: page numbers in the margins, and margin lines repeated on most pages. */
export function findFurniture(pages: PageLayout[]): Set<Line> {
  const out = new Set<Line>();
  const pagesWithKey = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set<string>();
    for (const l of p.lines) if (inBand(l, p)) keys.add(furnitureKey(l));
    for (const k of keys) pagesWithKey.set(k, (pagesWithKey.get(k) ?? 0) + 1);
  }
  const repeatedEnough = (k: string) => pages.length >= 3 && (pagesWithKey.get(k) ?? 0) >= Math.max(3, pages.length * 0.5);
  for (const p of pages) {
    for (const l of p.lines) {
      if (!inBand(l, p)) continue;
      if ((PAGE_NUMBER.test(lineText(l)) && l.segments.length === 1) || repeatedEnough(furnitureKey(l))) out.add(l);
    }
  }
  return out;
}

// ── footnotes ───────────────────────────────────────────────────────────────

/** A footnote's first line: a small (or raised) number followed by smaller-than-body text. */
function footnoteMarker(l: Line, bodySize: number): string | null {
  const first = l.items[0];
  const second = l.items[1];
  if (!first || !second) return null;
  const m = /^\s*(\d{1,3})\s*$/.exec(first.str);
  if (!m) return null;
  if (l.size >= bodySize - 0.5) return null;
  return first.size < 0.8 * second.size || first.y > second.y + 0.12 * second.size ? m[1] : null;
}

/** Splits a page's lines (furniture already removed) into body lines and footnote groups. */
export function splitFootnotes(lines: Line[], bodySize: number): { body: Line[]; footnotes: { marker: string | null; lines: Line[] }[] } {
  // The footnote area is a run of small-type lines at the bottom of the page that starts with a marker line.
  let runStart = lines.length;
  while (runStart > 0 && lines[runStart - 1].size < bodySize - 1) runStart--;
  let first = -1;
  for (let i = runStart; i < lines.length; i++) {
    if (footnoteMarker(lines[i], bodySize)) {
      first = i;
      break;
    }
  }
  if (first < 0) return { body: lines, footnotes: [] };
  // Small lines just above the first marker, after a clear gap from the body, continue a footnote of the previous page.
  let contStart = first;
  if (first > runStart && lines.slice(runStart, first).every((l) => l.segments.length === 1)) {
    const above = lines[runStart - 1];
    if (!above || above.y - lines[runStart].y > 1.6 * bodySize) contStart = runStart;
  }
  const footnotes: { marker: string | null; lines: Line[] }[] = [];
  if (contStart < first) footnotes.push({ marker: null, lines: lines.slice(contStart, first) });
  for (let i = first; i < lines.length; i++) {
    const marker = footnoteMarker(lines[i], bodySize);
    if (marker || !footnotes.length) footnotes.push({ marker, lines: [lines[i]] });
    else footnotes[footnotes.length - 1].lines.push(lines[i]);
  }
  return { body: lines.slice(0, contStart), footnotes };
}

// ── body: paragraphs and tables ─────────────────────────────────────────────

export type BodyPiece =
  | { kind: 'text'; lines: Line[]; heading: number; list: boolean }
  | { kind: 'table'; rows: Segment[][] };

interface PageGeometry {
  margin: number;
  right: number;
  lineStep: (size: number) => number;
}

function pageGeometry(lines: Line[], bodySize: number): PageGeometry {
  const bodyLines = lines.filter((l) => l.segments.length === 1);
  const margin = mode(bodyLines.map((l) => ({ v: l.x0, w: lineText(l).length })), 2) ?? Math.min(...lines.map((l) => l.x0));
  const widths = bodyLines.map((l) => l.x1).sort((a, b) => a - b);
  const right = widths.length ? widths[Math.floor(widths.length * 0.9)] : Math.max(...lines.map((l) => l.x1));
  const steps = new Map<number, number[]>();
  for (let i = 1; i < bodyLines.length; i++) {
    const a = bodyLines[i - 1];
    const b = bodyLines[i];
    if (Math.abs(a.size - b.size) > 0.3) continue;
    const d = a.y - b.y;
    if (d > 0 && d < 3 * a.size) {
      const k = Math.round(a.size * 2) / 2;
      steps.set(k, [...(steps.get(k) ?? []), d]);
    }
  }
  return {
    margin,
    right,
    lineStep: (size: number) => {
      const s = steps.get(Math.round(size * 2) / 2);
      const m = s && s.length >= 2 ? (mode(s.map((v) => ({ v, w: 1 })), 0.5) ?? median(s)) : 1.2 * size;
      return Math.min(Math.max(m, 1.0 * size), 2.2 * size);
    },
  };
}

const isTableLine = (l: Line) => l.segments.length >= 2;
/** The widest gap between two lines of one table, in line sizes: a tall row centres its short cells,
 *  leaving about three empty lines between the last words of a row and the first of the next. */
const TABLE_ROW_GAP = 4;

/**
 * Marks the lines that belong to tables: runs of multi-cell lines and the narrow lines among them
 * (wrapped cell text, header cells that start higher than their neighbours, rows with one cell).
 */
function tableLineMask(lines: Line[], pageWidth: number): boolean[] {
  const narrow = (l: Line) => l.x1 - l.x0 < 0.45 * pageWidth;
  const mask = lines.map(() => false);
  let i = 0;
  while (i < lines.length) {
    if (!isTableLine(lines[i]) && !narrow(lines[i])) {
      i++;
      continue;
    }
    // A run of multi-cell or narrow lines of about the same size, without a wide vertical gap.
    let j = i + 1;
    while (
      j < lines.length &&
      (isTableLine(lines[j]) || narrow(lines[j])) &&
      Math.abs(lines[j].size - lines[j - 1].size) <= 1.5 &&
      lines[j - 1].y - lines[j].y <= TABLE_ROW_GAP * lines[j].size
    )
      j++;
    const multi = [];
    for (let k = i; k < j; k++) if (isTableLine(lines[k])) multi.push(k);
    const isTable = multi.length >= 2 || (multi.length === 1 && lines[multi[0]].segments.length >= 3);
    if (isTable) {
      // Keep single lines before the first / after the last multi-cell line only when they hug it.
      let from = multi[0];
      while (from > i && lines[from - 1].y - lines[from].y <= 1.45 * lines[from].size) from--;
      let to = multi[multi.length - 1];
      while (to < j - 1 && lines[to].y - lines[to + 1].y <= 1.45 * lines[to].size) to++;
      for (let k = from; k <= to; k++) mask[k] = true;
    }
    i = j;
  }
  return mask;
}

/** Splits body lines into table regions and text runs, in reading order. */
export function layoutBody(lines: Line[], bodySize: number, pageWidth: number): BodyPiece[] {
  const geo = pageGeometry(lines, bodySize);
  const inTable = tableLineMask(lines, pageWidth);
  const pieces: BodyPiece[] = [];
  let i = 0;
  while (i < lines.length) {
    if (inTable[i]) {
      const region: Line[] = [lines[i++]];
      while (i < lines.length && inTable[i] && region[region.length - 1].y - lines[i].y <= TABLE_ROW_GAP * lines[i].size) region.push(lines[i++]);
      pieces.push({ kind: 'table', rows: tableRows(region) });
      continue;
    }
    // A run of text lines, cut into paragraphs.
    const para: Line[] = [lines[i++]];
    while (i < lines.length && !inTable[i] && !startsNewParagraph(para[para.length - 1], lines[i], geo)) para.push(lines[i++]);
    pieces.push(textPiece(para, bodySize));
  }
  return pieces;
}

/** Centred: indented on both sides by about the same amount. */
function isCentered(l: Line, geo: PageGeometry): boolean {
  const left = l.x0 - geo.margin;
  const right = geo.right - l.x1;
  return left > 0.5 * l.size && right > 0.5 * l.size && Math.abs(left - right) < 0.6 * l.size + 3;
}

function startsNewParagraph(prev: Line, l: Line, geo: PageGeometry): boolean {
  if (Math.abs(prev.size - l.size) > 0.6) return true;
  const step = geo.lineStep(l.size);
  const gap = prev.y - l.y;
  if (gap > step * 1.15 + 1 || gap < 0.4 * l.size) return true;
  const text = lineText(l);
  if (isListItemStart(text) || /^[IVX]{1,5}\.\s/.test(text) || /^\d{1,2}(\.\d{1,2})*\.\s/.test(text)) return true;
  const bothCentered = isCentered(prev, geo) && isCentered(l, geo);
  if (bothCentered) return false;
  if (l.x0 > geo.margin + 0.5 * l.size) return true; // first-line indent
  if (prev.x1 < geo.right - 2.5 * l.size) return true; // previous line stopped short: it ended its paragraph
  return false;
}

function textPiece(lines: Line[], bodySize: number): BodyPiece {
  const first = lineText(lines[0]);
  const allText = lines.map(lineText).join(' ');
  const bold = lines.every((l) => l.segments.every((s) => s.bold));
  let heading = lines.length <= 3 ? classifyHeading(allText, { bold }) : 0;
  if (!heading && lines.length <= 2 && lines[0].size > bodySize + 0.5 && allText.length <= 200) heading = 1;
  return { kind: 'text', lines, heading, list: !heading && isListItemStart(first) };
}

/** Rows of a table region: cells by column, wrapped cell lines merged into their row. */
export function tableRows(region: Line[]): Segment[][] {
  const columns = tableColumns(region);
  const colOf = (s: Segment) => {
    let best = 0;
    let bestOverlap = -Infinity;
    columns.forEach((c, k) => {
      const overlap = Math.min(s.x1, c.x1) - Math.max(s.x0, c.x0);
      const score = overlap > 0 ? overlap : -Math.min(Math.abs(s.x0 - c.x1), Math.abs(c.x0 - s.x1));
      if (score > bestOverlap) (bestOverlap = score), (best = k);
    });
    return best;
  };
  const rows: { parts: Segment[][]; lastY: number }[] = [];
  for (const l of region) {
    const cols = l.segments.map(colOf);
    const cur = rows[rows.length - 1];
    const gap = cur ? cur.lastY - l.y : Infinity;
    // Without cell padding, a multi-cell line that starts in the first column again starts a new row.
    const filled = cur ? cur.parts.filter((p) => p.length).length : 0;
    const firstColumnAgain = cur !== undefined && l.segments.length >= 2 && cols[0] === 0 && cur.parts[0].length > 0 && filled >= 2 && gap >= 0.9 * l.size;
    if (!cur || gap >= 1.4 * l.size || firstColumnAgain) rows.push({ parts: columns.map(() => []), lastY: l.y });
    const row = rows[rows.length - 1];
    l.segments.forEach((s, k) => row.parts[cols[k]].push(s));
    row.lastY = l.y;
  }
  return rows.map((r) => r.parts.map(joinSegments));
}

function joinSegments(parts: Segment[]): Segment {
  const out: Segment = { x0: parts[0]?.x0 ?? 0, x1: parts[0]?.x1 ?? 0, text: '', refs: [], bold: parts.every((p) => p.bold), marks: null };
  for (const p of parts) {
    if (out.text) out.text += ' ';
    p.refs.forEach((r) => out.refs.push({ at: out.text.length + r.at, n: r.n }));
    if (p.marks) for (const m of p.marks) (out.marks ??= []).push({ at: out.text.length + m.at, word: m.word });
    out.text += p.text;
    out.x0 = Math.min(out.x0, p.x0);
    out.x1 = Math.max(out.x1, p.x1);
  }
  return out;
}

/** Column ranges: gaps in the horizontal coverage of the lines with the most cells. */
function tableColumns(region: Line[]): { x0: number; x1: number }[] {
  // A line that only numbers the columns may hold two numbers in one piece ("(1) (2)"): it says
  // nothing about where columns are.
  const numbered = region.filter((l) => !l.segments.every((s) => COLUMN_NUMBERS.test(s.text.trim())));
  const lines = numbered.length ? numbered : region;
  const maxSegs = Math.max(...lines.map((l) => l.segments.length));
  const dense = lines.filter((l) => l.segments.length >= Math.max(2, Math.ceil(maxSegs * 0.6)));
  const spans = (dense.length ? dense : lines).flatMap((l) => l.segments.map((s) => ({ x0: s.x0, x1: s.x1 }))).sort((a, b) => a.x0 - b.x0);
  const cols: { x0: number; x1: number; extra?: boolean }[] = [];
  for (const s of spans) {
    const last = cols[cols.length - 1];
    if (last && s.x0 <= last.x1 + 1) last.x1 = Math.max(last.x1, s.x1);
    else cols.push({ ...s });
  }
  // Cells centred in tall rows put a column's words on lines of their own ("Mật độ / internet /
  // trên 100 dân" beside a row of figures): a piece clear of every column found starts one more.
  if (dense.length) {
    const extra = lines.flatMap((l) => l.segments).filter((s) => cols.every((c) => s.x1 < c.x0 - 1 || s.x0 > c.x1 + 1));
    for (const s of extra.sort((a, b) => a.x0 - b.x0)) {
      const near = cols.find((c) => c.extra && s.x0 <= c.x1 + 1 && s.x1 >= c.x0 - 1);
      if (near) (near.x0 = Math.min(near.x0, s.x0)), (near.x1 = Math.max(near.x1, s.x1));
      else cols.push({ x0: s.x0, x1: s.x1, extra: true });
    }
    cols.sort((a, b) => a.x0 - b.x0);
  }
  return cols.map(({ x0, x1 }) => ({ x0, x1 }));
}

const COLUMN_NUMBERS = /^(?:\(\d+\)\s*)+(?:\/\s*\(\d+\))?$/;
