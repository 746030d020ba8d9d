// The state of one pass over a text (its number tokens and digit groups, the line and table the
// pass is in, the sentence it has reached) and the small text helpers every step of the pass uses.
// The steps (classify.ts, quantity.ts, changes.ts) are module-level functions over a Scan rather
// than closures made anew for every text: V8 then compiles each of them once, not once per closure.

import type { Span } from '../model.js';
import type { Change, DigitGroup, NumberToken, Qualifier } from './types.js';
import { parseShape, type Shape } from './parse.js';
import { COUNT_NOUN_SET, KNOWN_UNIT_RE, MONEY_WORDS_RE, SCALE_RE } from './lexicon.js';

export type GroupClass = DigitGroup['class'];

export interface Tok extends Span {
  raw: string;
  shape: Shape;
}

export interface Group extends Span {
  toks: Tok[];
  /** Separator between toks[i] and toks[i+1]: '/', '-', '–', ':'. */
  joins: string[];
  cls?: GroupClass;
}

export type UnitType = 'count' | 'measure' | 'money' | 'percent' | 'unknown' | 'none';

/** A quantity being read: the figure, then its unit, "per" part, qualifier and change. */
export interface Draft extends Span {
  toks: Tok[];
  form: 'single' | 'ratio' | 'range';
  unit?: string;
  unitSpan?: Span;
  unitType: UnitType;
  scale?: number;
  per?: string;
  perIsNumber?: boolean;
  /** End of the figure with its unit and "per" part. */
  extentEnd: number;
  qualifier?: Qualifier;
  qualifierSpan?: Span;
  sentence: number;
  /** Share introduced by "chiếm": never the figure a change qualifies. */
  isShare: boolean;
  change?: Change;
  role?: 'change' | 'comparison';
  /** Filled when readings are decided. */
  numbers?: NumberToken[];
}

/** Line and table facts about the current line, recomputed when the scan enters a new line. */
export interface LineInfo {
  start: number;
  end: number;
  tabs: number[]; // offsets of '\t' on the line
  cells: string[];
}

// A number token: digits with '.'/',' between digits, or thin/no-break spaces before 3-digit groups.
const NUMBER_RE = /\d+(?:[.,]\d+|[\u00A0\u202F\u2009]\d{3}(?!\d))*/g;
const SENTENCE_END_RE = /[.!?;](?=\s)|\n/g;
const LETTER_RE = /[\p{L}\p{M}]/u;
const TABLE_HEADER_FIRST_RE = /^\s*(?:stt|tt|t\s?t|số\s+tt|số\s+thứ\s+tự)\s*$/i;
const TABLE_STT_CELL_RE = /^\s*(?:stt|tt|t\s?t|số\s+tt|số\s+thứ\s+tự)\b/i;
const TABLE_UNIT_CELL_RE = /^\s*(?:đơn\s+vị(?:\s+tính)?|đvt)\s*$/i;
const CELL_MARKUP_RE = /<\/?[a-z]+>|\*+/gi;

export const isDigit = (c: number) => c >= 48 && c <= 57;
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  // Latin-1/Extended and Latin Extended Additional hold every Vietnamese letter.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)) return true;
  return LETTER_RE.test(text[i]);
}
export function isLetterOrDigit(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) || isLetterAt(text, i);
}
export const isSpaceCh = (c: number) => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
export const isPowerOfTen = (v: number) => v === 1 || v === 10 || v === 100 || v === 1000 || v === 10000 || v === 100000;
export const isYearLike = (raw: string) => /^(?:19|20)\d\d$/.test(raw);
export const plainValue = (t: Tok) => (t.shape.type === 'plain' ? t.shape.value : NaN);

export function scaled(value: number, scale: number | undefined): number {
  if (!scale) return value;
  return Number((value * scale).toPrecision(15));
}

export function skipSpaces(text: string, p: number): number {
  while (p < text.length && isSpaceCh(text.charCodeAt(p))) p++;
  return p;
}

/** Is `pos` the first non-blank of its line? */
export function atLineStart(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  return p === 0 || text.charCodeAt(p - 1) === 10;
}

/** A known unit (count noun or measure), "%" or a scale word right after `pos` (after spaces). */
export function knownUnitAfter(text: string, pos: number): boolean {
  const p = skipSpaces(text, pos);
  if (text[p] === '%' || text[p] === '\uff05') return true;
  SCALE_RE.lastIndex = p;
  if (SCALE_RE.test(text)) return true;
  MONEY_WORDS_RE.lastIndex = p;
  if (MONEY_WORDS_RE.test(text)) return true;
  KNOWN_UNIT_RE.lastIndex = p;
  return KNOWN_UNIT_RE.test(text);
}

/** A count noun right after `pos`: "24/24 xã" is a ratio, "24/24 giờ" is round the clock. */
export function countNounAfter(text: string, pos: number): boolean {
  KNOWN_UNIT_RE.lastIndex = skipSpaces(text, pos);
  const m = KNOWN_UNIT_RE.exec(text);
  return !!m && COUNT_NOUN_SET.has(m[0].toLowerCase().replace(/\s+/g, ' '));
}

/** The last few words before `pos` (lower case), with the spaces and one ':' after them: what the
 *  prefix rules look at. Much shorter than a fixed window, so end-anchored regexes stay cheap. */
function tailOf(text: string, pos: number, words: number): string {
  let p = pos;
  while (p > 0 && isSpaceCh(text.charCodeAt(p - 1))) p--;
  if (text[p - 1] === ':') {
    p--;
    while (p > 0 && isSpaceCh(text.charCodeAt(p - 1))) p--;
  }
  let start = p;
  for (let w = 0; w < words; w++) {
    let q = start;
    while (q > 0) {
      const c = text.charCodeAt(q - 1);
      if (isDigit(c) || (c > 64 && isLetterAt(text, q - 1)) || (c >= 0x300 && c <= 0x36f)) q--;
      else break;
    }
    if (q === start) break;
    start = q;
    const sep = start > 1 ? text.charCodeAt(start - 1) : 0;
    if (w < words - 1 && (sep === 32 || sep === 45) && isLetterOrDigit(text, start - 2)) start--;
    else break;
  }
  return text.slice(start, pos).toLowerCase();
}

/** The column of the cell `pos` is in. */
export function cellIndex(li: LineInfo, pos: number): number {
  let k = 0;
  while (k < li.tabs.length && li.tabs[k] < pos) k++;
  return k;
}

/** Is the group all there is in cell `col` (markup and a trailing '.' or '%' aside)? */
export function cellIs(text: string, li: LineInfo, col: number, g: Group): boolean {
  const cell = li.cells[col];
  return cell !== undefined && cell.replace(CELL_MARKUP_RE, '').trim().replace(/[.%]$/, '') === text.slice(g.start, g.end);
}

export class Scan {
  readonly toks: Tok[] = [];
  readonly groups: Group[] = [];
  /** Group start → index in `groups`. */
  readonly groupIndexByStart = new Map<number, number>();
  /** Groups already read as part of a quantity before them (a range's high end, a "/100 dân"). */
  readonly consumed = new Set<Group>();
  /** Group start → class decided by a neighbour. */
  readonly forced = new Map<number, GroupClass>();
  /** The group classified last. */
  prevGroup: Group | undefined = undefined;

  // Tables arrive as tab-separated lines. A header row whose first cell is "STT"/"TT" names the
  // row-number columns and the "Đơn vị" column; a line of prose ends the table.
  line: LineInfo = { start: -1, end: -1, tabs: [], cells: [] };
  sttCols = new Set<number>([0]);
  unitCol = -1;
  /** Columns whose header says "(%)" (with the span of that '%'), or compares ("so với …") without a unit. */
  pctCols = new Map<number, Span>();
  noUnitCols = new Set<number>();
  private tableScan = 0;
  private lastTabLineEnd = 0;

  private sentence = 0;
  private sentenceScan = 0;
  // Classification and the quantity readers ask for the same tails of a number: computed once.
  private readonly tails = new Map<number, string>();

  constructor(readonly text: string) {
    const toks = this.toks;
    NUMBER_RE.lastIndex = 0;
    for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
      toks.push({ start: m.index, end: m.index + m[0].length, raw: m[0], shape: parseShape(m[0]) });
    }
    for (let i = 0; i < toks.length; i++) {
      const g: Group = { start: toks[i].start, end: toks[i].end, toks: [toks[i]], joins: [], cls: undefined };
      while (i + 1 < toks.length && toks[i + 1].start === g.end + 1 && '/-–:'.includes(text[g.end])) {
        g.joins.push(text[g.end]);
        i++;
        g.toks.push(toks[i]);
        g.end = toks[i].end;
      }
      this.groupIndexByStart.set(g.start, this.groups.length);
      this.groups.push(g);
    }
  }

  /** The last `words` words before `pos`, lower case (see tailOf). */
  tail(pos: number, words = 4): string {
    const key = pos * 8 + words;
    let t = this.tails.get(key);
    if (t === undefined) this.tails.set(key, (t = tailOf(this.text, pos, words)));
    return t;
  }

  /** Up to `n` characters before `pos`, lower case. */
  before(pos: number, n = 40): string {
    return this.text.slice(Math.max(0, pos - n), Math.max(0, pos)).toLowerCase();
  }

  /** Marks the group starting at `start` as read by the quantity before it. */
  consumeAt(start: number): void {
    const gi = this.groupIndexByStart.get(start);
    if (gi !== undefined) this.consumed.add(this.groups[gi]);
  }

  /** The index of the sentence `pos` is in (positions must not go backwards). */
  sentenceOf(pos: number): number {
    const text = this.text;
    SENTENCE_END_RE.lastIndex = this.sentenceScan;
    for (let m = SENTENCE_END_RE.exec(text); m && m.index < pos; m = SENTENCE_END_RE.exec(text)) {
      this.sentence++;
      this.sentenceScan = m.index + 1;
      SENTENCE_END_RE.lastIndex = this.sentenceScan;
    }
    return this.sentence;
  }

  /** The line `pos` is on, with its cells; moves the table state up to the end of that line. */
  lineAt(pos: number): LineInfo {
    const text = this.text;
    const line = this.line;
    if (pos >= line.start && pos <= line.end && line.start >= 0) return line;
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const tabs: number[] = [];
    for (let k = text.indexOf('\t', start); k >= 0 && k < end; k = text.indexOf('\t', k + 1)) tabs.push(k);
    const cells = tabs.length ? text.slice(start, end).split('\t') : [];
    this.line = { start, end, tabs, cells };
    this.advanceTables(end);
    if (!tabs.length && /\S/.test(text.slice(start, end))) {
      this.resetTable();
      this.lastTabLineEnd = Math.max(this.lastTabLineEnd, end);
    }
    return this.line;
  }

  private resetTable(): void {
    this.sttCols = new Set<number>([0]);
    this.unitCol = -1;
    this.pctCols = new Map();
    this.noUnitCols = new Set();
  }

  private advanceTables(upto: number): void {
    const text = this.text;
    for (;;) {
      const k = text.indexOf('\t', this.tableScan);
      if (k < 0 || k >= upto) {
        this.tableScan = Math.max(this.tableScan, upto);
        return;
      }
      const ls = text.lastIndexOf('\n', k - 1) + 1;
      let le = text.indexOf('\n', k);
      if (le < 0) le = text.length;
      if (ls > this.lastTabLineEnd && /\S/.test(text.slice(this.lastTabLineEnd, ls))) this.resetTable();
      const cells = text.slice(ls, le).split('\t');
      if (TABLE_HEADER_FIRST_RE.test(cells[0])) {
        this.resetTable();
        let cellStart = ls;
        cells.forEach((c, i) => {
          if (TABLE_STT_CELL_RE.test(c)) this.sttCols.add(i);
          if (TABLE_UNIT_CELL_RE.test(c)) this.unitCol = i;
          const pct = c.indexOf('(%)');
          if (pct >= 0) this.pctCols.set(i, { start: cellStart + pct + 1, end: cellStart + pct + 2 });
          else if (/so\s+với/i.test(c)) this.noUnitCols.add(i);
          cellStart += c.length + 1;
        });
      }
      this.lastTabLineEnd = le;
      this.tableScan = le;
    }
  }
}
