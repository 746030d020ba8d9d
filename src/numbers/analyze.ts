// One linear pass over a text: every digit group is classified, and quantities become mentions.
// Expects NFC text (index.ts maps other input); all offsets are indices into the given text.

import type { Span } from '../model.js';
import type { Change, DigitGroup, Mention, NumberToken, QuantityKind, Qualifier, Reading } from './types.js';
import { parseShape, valueAs, groupingReading, type Shape } from './parse.js';
import {
  AGAINST_BEFORE_RE, AGAINST_RE, APPROX_RE, CHANGE_BEFORE_RE, CHANGE_SO_VOI_BEFORE_RE, COUNT_NOUN_SET, DATE_PREFIX_RE,
  DAY_PREFIX_RE, DOC_PREFIX_RE, GLUED_UNIT_RE, KNOWN_UNIT_RE, MEASURE_SET, MONEY_WORDS_RE,
  MONTH_PREFIX_RE, ORDINAL_PREFIX_RE, OVER_RE, PER_NOUN_RE, PER_TIME_RE, PERIOD_AFTER_RE,
  QUANTITY_CUE_RE, SCALE_RE, SCALE_VALUE, SECTION_PREFIX_RE, STOP_WORDS, TARGET_WORD_RE, UNDER_RE,
  VERSION_PREFIX_RE, WORD_RE, YEAR_PREFIX_RE,
} from './lexicon.js';

type GroupClass = DigitGroup['class'];

interface Tok extends Span {
  raw: string;
  shape: Shape;
}

interface Group extends Span {
  toks: Tok[];
  /** Separator between toks[i] and toks[i+1]: '/', '-', '–', ':'. */
  joins: string[];
  cls?: GroupClass;
}

type UnitType = 'count' | 'measure' | 'money' | 'percent' | 'unknown' | 'none';

interface Draft extends Span {
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

export interface Analysis {
  mentions: Mention[];
  groups: DigitGroup[];
}

// A number token: digits with '.'/',' between digits, or thin/no-break spaces before 3-digit groups.
const NUMBER_RE = /\d+(?:[.,]\d+|[\u00A0\u202F\u2009]\d{3}(?!\d))*/g;
const SUPERSCRIPT_RE = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g;
const SENTENCE_END_RE = /[.!?;](?=\s)|\n/g;
const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
const URL_CHUNK_RE = /(?:https?:\/\/|www\.|@|\.(?:vn|com|net|org|gov|edu|info|io)(?:$|[/:>?#)\]]))/i;
const AVERAGE_BEFORE_RE = /(?:^|[^\p{L}\p{M}])(?:bình quân|trung bình|mỗi)(?:\s+(?:là|khoảng|đạt))?\s*$/u;
const FULL_DATE_AFTER_RE = /\s+tháng\s+\d{1,2}(?!\d)/y;
const MONTH_YEAR_AFTER_RE = /\s+năm\s+\d{4}(?!\d)/y;
const PHONE_PREFIX_RE = /(?:^|[^\p{L}\p{M}])(?:điện thoại|đt|sđt|đtdđ|fax|hotline|tổng đài|số máy)(?:\s+(?:số|liên hệ))?\s*:?\s*$/u;
const NOT_A_PHONE_RE = /(?:thuê bao|mật độ|máy)\s+điện thoại(?:\s+(?:di động|cố định))?\s*:?\s*$/u;
const PHONE_DIGITS_RE = /^\d[\d .\-]*/;
const URL_NEIGHBOUR = './-_@=?&:#%~+';
const SECTION_SHAPE_RE = /^\d{1,2}(?:\.\d{1,2})*$/;
const DOTTED_DATE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SPACED_YEAR_SPAN_RE = /\s*[-–]\s*(\d{4})(?!\d)/y;
const RANGE_DASH_RE = /[ \u00A0]*[-–][ \u00A0]*(?=\d)/y;
const RANGE_DEN_RE = / +(?:đến|tới) +(?=\d)/y;
const DATE_AFTER_RE = /\s*(?:[-–]|đến|tới)\s*\d{1,2}\/\d{1,2}/y;
const DATE_JOIN_RE = /^\s*(?:và|,|[-–]|đến|tới|hoặc)\s*$/;
const PER_NUMBER_RE = /\s*(\d{1,3}(?:\.\d{3})*)\s*/y;
const DENSITY_AHEAD_RE = /[^;.,\d%:]{0,60}?(?:\/|\btrên\s+)\s*(\d{1,3}(?:\.\d{3})*)\s+/y;
const TABLE_HEADER_FIRST_RE = /^\s*(?:stt|tt|t\s?t|số\s+tt|số\s+thứ\s+tự)\s*$/i;
const TABLE_STT_CELL_RE = /^\s*(?:stt|tt|t\s?t|số\s+tt|số\s+thứ\s+tự)\b/i;
const TABLE_UNIT_CELL_RE = /^\s*(?:đơn\s+vị(?:\s+tính)?|đvt)\s*$/i;
const CELL_MARKUP_RE = /<\/?[a-z]+>|\*+/gi;
const PLAN_AFTER_RE = /\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?![\p{L}\p{M}])/iuy;
const RATIO_VERB_BEFORE_RE = /(?:^|[^\p{L}\p{M}])(?:đạt|bằng|chỉ bằng|tương đương)\s*$/u;
const TERMINATOR_RE = /[ \u00A0]*(?:[),;.:\n]|$)/y;
const CHANGE_WORD_RE = /tăng|giảm|vượt/i;
const SPACED_GROUP_AFTER_RE = /^ \d{3}(?![\d.,]\d|\d)/;
const CHIEM_RE = /(?:^|[^\p{L}\p{M}])chiếm(?:\s+tỷ\s+lệ|\s+tỉ\s+lệ)?\s*$/u;

const isDigit = (c: number) => c >= 48 && c <= 57;
function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  // Latin-1/Extended and Latin Extended Additional hold every Vietnamese letter.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)) return true;
  return LETTER_RE.test(text[i]);
}
function isLetterOrDigit(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) || isLetterAt(text, i);
}
const isSpaceCh = (c: number) => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
const isPowerOfTen = (v: number) => v === 1 || v === 10 || v === 100 || v === 1000 || v === 10000 || v === 100000;
const isYearLike = (raw: string) => /^(?:19|20)\d\d$/.test(raw);
const plainValue = (t: Tok) => (t.shape.type === 'plain' ? t.shape.value : NaN);

function scaled(value: number, scale: number | undefined): number {
  if (!scale) return value;
  return Number((value * scale).toPrecision(15));
}

/** Line and table facts about the current line, recomputed when the scan enters a new line. */
interface LineInfo {
  start: number;
  end: number;
  tabs: number[]; // offsets of '\t' on the line
  cells: string[];
}

export function analyze(text: string): Analysis {
  // ---- tokens and digit groups -------------------------------------------------------------
  const toks: Tok[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    toks.push({ start: m.index, end: m.index + m[0].length, raw: m[0], shape: parseShape(m[0]) });
  }
  const groups: Group[] = [];
  for (let i = 0; i < toks.length; i++) {
    const g: Group = { start: toks[i].start, end: toks[i].end, toks: [toks[i]], joins: [] };
    while (i + 1 < toks.length && toks[i + 1].start === g.end + 1 && '/-–:'.includes(text[g.end])) {
      g.joins.push(text[g.end]);
      i++;
      g.toks.push(toks[i]);
      g.end = toks[i].end;
    }
    groups.push(g);
  }

  // ---- per-line context (tables) ----------------------------------------------------------------
  // Tables arrive as tab-separated lines. A header row whose first cell is "STT"/"TT" names the
  // row-number columns and the "Đơn vị" column; a line of prose ends the table.
  let line: LineInfo = { start: -1, end: -1, tabs: [], cells: [] };
  let sttCols = new Set<number>([0]);
  let unitCol = -1;
  /** Columns whose header says "(%)" (with the span of that '%'), or compares ("so với …") without a unit. */
  let pctCols = new Map<number, Span>();
  let noUnitCols = new Set<number>();
  let tableScan = 0;
  let lastTabLineEnd = 0;
  const resetTable = () => {
    sttCols = new Set<number>([0]);
    unitCol = -1;
    pctCols = new Map();
    noUnitCols = new Set();
  };
  const advanceTables = (upto: number) => {
    for (;;) {
      const k = text.indexOf('\t', tableScan);
      if (k < 0 || k >= upto) {
        tableScan = Math.max(tableScan, upto);
        return;
      }
      const ls = text.lastIndexOf('\n', k - 1) + 1;
      let le = text.indexOf('\n', k);
      if (le < 0) le = text.length;
      if (ls > lastTabLineEnd && /\S/.test(text.slice(lastTabLineEnd, ls))) resetTable();
      const cells = text.slice(ls, le).split('\t');
      if (TABLE_HEADER_FIRST_RE.test(cells[0])) {
        resetTable();
        let cellStart = ls;
        cells.forEach((c, i) => {
          if (TABLE_STT_CELL_RE.test(c)) sttCols.add(i);
          if (TABLE_UNIT_CELL_RE.test(c)) unitCol = i;
          const pct = c.indexOf('(%)');
          if (pct >= 0) pctCols.set(i, { start: cellStart + pct + 1, end: cellStart + pct + 2 });
          else if (/so\s+với/i.test(c)) noUnitCols.add(i);
          cellStart += c.length + 1;
        });
      }
      lastTabLineEnd = le;
      tableScan = le;
    }
  };
  const lineAt = (pos: number): LineInfo => {
    if (pos >= line.start && pos <= line.end && line.start >= 0) return line;
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const tabs: number[] = [];
    for (let k = text.indexOf('\t', start); k >= 0 && k < end; k = text.indexOf('\t', k + 1)) tabs.push(k);
    const cells = tabs.length ? text.slice(start, end).split('\t') : [];
    line = { start, end, tabs, cells };
    advanceTables(end);
    if (!tabs.length && /\S/.test(text.slice(start, end))) {
      resetTable();
      lastTabLineEnd = Math.max(lastTabLineEnd, end);
    }
    return line;
  };
  const cellIndex = (li: LineInfo, pos: number) => {
    let k = 0;
    while (k < li.tabs.length && li.tabs[k] < pos) k++;
    return k;
  };
  const cellIs = (li: LineInfo, col: number, g: Group) => {
    const cell = li.cells[col];
    return cell !== undefined && cell.replace(CELL_MARKUP_RE, '').trim().replace(/[.%]$/, '') === text.slice(g.start, g.end);
  };

  // ---- sentences (for the separator convention of neighbours) ----------------------------
  let sentence = 0;
  let sentenceScan = 0;
  const sentenceOf = (pos: number): number => {
    SENTENCE_END_RE.lastIndex = sentenceScan;
    for (let m = SENTENCE_END_RE.exec(text); m && m.index < pos; m = SENTENCE_END_RE.exec(text)) {
      sentence++;
      sentenceScan = m.index + 1;
      SENTENCE_END_RE.lastIndex = sentenceScan;
    }
    return sentence;
  };

  /** Is `pos` the first non-blank of its line? */
  const atLineStart = (pos: number) => {
    let p = pos;
    while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
    return p === 0 || text.charCodeAt(p - 1) === 10;
  };
  const skipSpaces = (p: number) => {
    while (p < text.length && isSpaceCh(text.charCodeAt(p))) p++;
    return p;
  };
  /** The last few words before `pos` (lower case), with the spaces and one ':' after them: what the
   *  prefix rules look at. Much shorter than a fixed window, so end-anchored regexes stay cheap. */
  // Classification and the quantity readers ask for the same tails of a number: computed once.
  const tails = new Map<number, string>();
  const tail = (pos: number, words = 4): string => {
    const key = pos * 8 + words;
    let t = tails.get(key);
    if (t === undefined) tails.set(key, (t = tailOf(pos, words)));
    return t;
  };
  const tailOf = (pos: number, words: number): string => {
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
  };
  const lower = (from: number, to: number) => text.slice(Math.max(0, from), Math.max(0, to)).toLowerCase();
  const before = (pos: number, n = 40) => lower(pos - n, pos);

  /** A known unit (count noun or measure), "%" or a scale word right after `pos` (after spaces). */
  const knownUnitAfter = (pos: number): boolean => {
    let p = pos;
    while (p < text.length && isSpaceCh(text.charCodeAt(p))) p++;
    if (text[p] === '%' || text[p] === '\uff05') return true;
    SCALE_RE.lastIndex = p;
    if (SCALE_RE.test(text)) return true;
    MONEY_WORDS_RE.lastIndex = p;
    if (MONEY_WORDS_RE.test(text)) return true;
    KNOWN_UNIT_RE.lastIndex = p;
    return KNOWN_UNIT_RE.test(text);
  };

  /** A count noun right after `pos`: "24/24 xã" is a ratio, "24/24 giờ" is round the clock. */
  const countNounAfter = (pos: number): boolean => {
    const p = skipSpaces(pos);
    KNOWN_UNIT_RE.lastIndex = p;
    const m = KNOWN_UNIT_RE.exec(text);
    return !!m && COUNT_NOUN_SET.has(m[0].toLowerCase().replace(/\s+/g, ' '));
  };

  // ---- classification of non-quantities -------------------------------------------------------
  const forced = new Map<number, GroupClass>(); // group start → class decided by a neighbour
  let prevGroup: Group | undefined;

  const classify = (g: Group): GroupClass | undefined => {
    const s = g.start;
    const e = g.end;
    const n = g.toks.length;
    const t0 = g.toks[0];
    const raw = text.slice(s, e);
    const f = forced.get(s);
    if (f) return f;

    // Digits split by a plain space ("1 234 trạm"): thousands grouped with a space, or two numbers
    // side by side (a PDF table row). Neither reading is certain, so neither part is a quantity.
    if (n === 1 && t0.shape.type === 'plain' && raw.length <= 3 && SPACED_GROUP_AFTER_RE.test(text.slice(e, e + 5))) return 'other';
    if (n === 1 && t0.shape.type === 'plain' && raw.length === 3 && text[s - 1] === ' ' && prevGroup?.end === s - 1 && prevGroup.toks.length === 1 && prevGroup.end - prevGroup.start <= 3) return 'other';

    // URLs and e-mail addresses: look at the whole whitespace-free chunk (only when a neighbour could be part of one).
    if (URL_NEIGHBOUR.includes(text[s - 1] ?? ' ') || URL_NEIGHBOUR.includes(text[e] ?? ' ') || isLetterAt(text, s - 1) || isLetterAt(text, e)) {
      let a = s;
      while (a > 0 && !/[\s<>"“”(]/.test(text[a - 1])) a--;
      let b = e;
      while (b < text.length && !/[\s<>"“”)]/.test(text[b])) b++;
      if (a < s || b > e) {
        const chunk = text.slice(a, b);
        if (URL_CHUNK_RE.test(chunk) && !/^[\d.,]+%?[.,;:]?$/.test(chunk)) {
          // "tên miền.vn đạt 4.429" is a number after a domain, not inside one.
          if (/[\p{L}]/u.test(chunk)) return 'url';
        }
      }
    }
    const b40 = tail(s);
    // The prefix patterns below all need a word before the number; many numbers (table cells, "(1)")
    // have none, and skip them all.
    const worded = LETTER_RE.test(b40);
    const before40 = (re: RegExp) => worded && re.test(b40);
    // Contact numbers: "ĐT: 0259.3822.123", "Hotline 1900 1234" (contact addresses, like e-mail).
    // Not "Mật độ điện thoại: 110 thuê bao/100 dân", "Thuê bao điện thoại: 1.650.000 thuê bao": a
    // contact number counts nothing, and is long or starts like one.
    if (worded && PHONE_PREFIX_RE.test(tail(s, 3)) && !NOT_A_PHONE_RE.test(tail(s, 3)) && !knownUnitAfter(e) && (PHONE_DIGITS_RE.exec(text.slice(s, s + 24))![0].replace(/\D/g, '').length >= 6 || /^(?:0|1[89]00)/.test(raw))) return 'url';
    // Footnote markers "^[1]", "[2]".
    if (text[s - 1] === '[' && text[e] === ']' && n === 1) return 'footnote_marker';

    // Glued to letters: "VTV1", "KT1", "MD5", "COVID-19", "Vinasat-1", "2G", "3D", "25b"; "3km" is a quantity.
    if ((text[s - 1] === 'h' || text[s - 1] === 'H') && isDigit(text.charCodeAt(s - 2))) return 'time_expression';
    if (isLetterAt(text, s - 1) || ((text[s - 1] === '-' || text[s - 1] === '_') && isLetterAt(text, s - 2))) return 'tech_tag';
    if (isLetterAt(text, e)) {
      if (/[hH]/.test(text[e]) && isDigit(text.charCodeAt(e + 1))) return 'time_expression';
      GLUED_UNIT_RE.lastIndex = e;
      if (!GLUED_UNIT_RE.test(text)) return 'tech_tag';
    }

    // Document numbers: "715/QĐ-UBND", "72/2013/NĐ-CP", "09-NQ/TU", "06/CP".
    if ((text[e] === '/' || text[e] === '-') && UPPER_RE.test(text[e + 1] ?? '')) return 'doc_number';

    // Plain values of the first three tokens (NaN where not plain), as scalars: an array of them
    // changes its elements kind between numbers (NaN, big values) and deoptimizes this function.
    const v0 = plainValue(t0);
    const v1 = n > 1 ? plainValue(g.toks[1]) : NaN;
    const v2 = n > 2 ? plainValue(g.toks[2]) : NaN;

    // Dates with a year: "01/01/2023", "12.4.2023", "11-15/11/2023".
    if (n >= 3 && g.joins[n - 2] === '/' && g.joins[n - 3] === '/') {
      const d = g.toks[n - 3].raw;
      const mo = g.toks[n - 2].raw;
      const y = g.toks[n - 1].raw;
      if (+d >= 1 && +d <= 31 && +mo >= 1 && +mo <= 12 && (y.length === 4 || y.length === 2)) return 'date';
    }
    if (n === 3 && g.joins.every((j) => j === '-') && isYearLike(g.toks[0].raw) && v1 >= 1 && v1 <= 12 && v2 >= 1 && v2 <= 31) return 'date';
    if (n === 2 && (g.joins[0] === '-' || g.joins[0] === '/') && isYearLike(g.toks[0].raw) && g.toks[1].raw.length === 2 && v1 >= 1 && v1 <= 12) return 'month_year';
    if (n === 2 && g.joins[0] === '-' && isYearLike(g.toks[1].raw) && v0 >= 1 && v0 <= 12 && g.toks[0].raw.length <= 2) return 'month_year';
    if (n === 3 && g.joins.every((j) => j === '-')) {
      const d = v0;
      const mo = v1;
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && g.toks[2].raw.length === 4) return 'date';
    }
    if (n === 1 && t0.shape.type === 'invalid') {
      const dm = DOTTED_DATE_RE.exec(raw);
      if (dm && +dm[1] <= 31 && +dm[2] <= 12) return 'date';
    }
    // "tháng 4/2023", "Tháng 01/2023"; "ngày /5/2023" is a date without its day.
    if (n === 2 && g.joins[0] === '/' && isYearLike(g.toks[1].raw)) {
      if (text[s - 1] === '/') return 'date';
      if (v0 >= 1 && v0 <= 12) return 'month_year';
      return before40(DOC_PREFIX_RE) ? 'doc_number' : 'other';
    }
    // Round-the-clock: "24/24", "24/7".
    if (n === 2 && g.joins[0] === '/' && v0 === 24 && (v1 === 24 || v1 === 7) && !countNounAfter(e)) return 'time_expression';
    if (n === 2 && g.joins[0] === ':' && v0 <= 24 && g.toks[1].raw.length === 2) return 'time_expression';

    // Year spans: "2021-2025", "2023 - 2028", "(1943 - 2023)".
    if (n === 2 && (g.joins[0] === '-' || g.joins[0] === '–') && isYearLike(g.toks[0].raw) && isYearLike(g.toks[1].raw) && v0 <= v1) return 'year_span';
    if (n === 1 && isYearLike(raw)) {
      SPACED_YEAR_SPAN_RE.lastIndex = e;
      const m = SPACED_YEAR_SPAN_RE.exec(text);
      if (m && +m[1] >= +raw && !isLetterAt(text, SPACED_YEAR_SPAN_RE.lastIndex)) {
        forced.set(SPACED_YEAR_SPAN_RE.lastIndex - 4, 'year_span');
        return 'year_span';
      }
    }

    // Section numbers at a line start ("1.2.", "3.1" in a table), table row numbers, "(1)" column heads.
    const li = lineAt(s);
    let ls = li.start;
    while (ls < s && (isSpaceCh(text.charCodeAt(ls)) || text[ls] === '*' || text[ls] === '#')) ls++;
    if (n === 1 && li.tabs.length > 0) {
      const col = cellIndex(li, s);
      if (cellIs(li, col, g) && (sttCols.has(col) || (col === 0 && SECTION_SHAPE_RE.test(raw)))) {
        return raw.includes('.') && SECTION_SHAPE_RE.test(raw) ? 'section_number' : 'ordinal';
      }
    }
    if (n === 1 && SECTION_SHAPE_RE.test(raw) && ls === s) {
      // "1.6. Giải pháp", "4. Xã hội số": a number closed by a dot at a line start heads a section.
      if ((text[e] === '.' || text[e] === ')') && (text[e + 1] === ' ' || text[e + 1] === '\t')) return 'section_number';
      if (ls === s && (raw.includes('.') || text[e] === '.' || text[e] === ')') && /[.)]?[ \t]/y.test(text.slice(e, e + 2)) && !knownUnitAfter(e + (text[e] === '.' || text[e] === ')' ? 1 : 0))) {
        if (raw.includes('.') || text[e] === '.' || text[e] === ')') return 'section_number';
      }
    }
    // A number alone on its line between blank lines: a page number left in the text by a PDF.
    if (n === 1 && t0.shape.type === 'plain' && raw.length <= 4 && ls === s && /^[ \t]*(?:\r?\n|$)/.test(text.slice(e, e + 3)) &&
      /(?:^|\n)[ \t]*\r?\n[ \t]*$/.test(text.slice(Math.max(0, s - 4), s)) && /^[ \t]*(?:\r?\n[ \t]*(?:\r?\n|$)|$)/.test(text.slice(e, e + 6))) {
      return 'ordinal';
    }
    if (n === 1 && text[s - 1] === '(' && text[e] === ')' && t0.shape.type === 'plain' && raw.length <= 2) return 'ordinal';

    // Ranks: "xếp thứ 15/63 tỉnh".
    if (n === 2 && g.joins[0] === '/' && before40(/(?:^|[^\p{L}\p{M}])(?:thứ|hạng)\s*$/u)) return 'ordinal';
    // Day/month without a year.
    if (n === 2 && g.joins[0] === '/' && t0.shape.type === 'plain' && g.toks[1].shape.type === 'plain') {
      const d = v0;
      const mo = v1;
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && g.toks[1].raw.length <= 2) {
        if (before40(DATE_PREFIX_RE) || before40(/(?:mùng|mồng)\s*$/)) return 'date';
        if (text[s - 1] === '(' && text[e] === ')' && !/[\d%]\s*$/.test(text.slice(Math.max(0, s - 4), s - 1))) return 'date';
        DATE_AFTER_RE.lastIndex = e;
        if (DATE_AFTER_RE.test(text)) return 'date';
        if (prevGroup && prevGroup.cls === 'date' && DATE_JOIN_RE.test(text.slice(prevGroup.end, s))) return 'date';
        if (d > mo && !knownUnitAfter(e)) return 'date';
      }
    }

    if (before40(VERSION_PREFIX_RE)) return 'version';
    if (n === 1 && t0.shape.type === 'invalid' && /^(?:0|[1-9]\d?)(?:\.\d{1,3})+$/.test(raw)) return 'version';

    if (n === 1 && t0.shape.type === 'plain') {
      const v = v0;
      // "ngày 5 tháng 6 năm 2023".
      if (v >= 1 && v <= 31 && before40(DAY_PREFIX_RE)) {
        FULL_DATE_AFTER_RE.lastIndex = e;
        if (FULL_DATE_AFTER_RE.test(text)) return 'date';
      }
      if (v >= 1 && v <= 12 && before40(/ngày\s+\d{1,2}\s+tháng\s*$/)) return 'date';
      if (v >= 1 && v <= 12 && before40(MONTH_PREFIX_RE)) {
        MONTH_YEAR_AFTER_RE.lastIndex = e;
        if (MONTH_YEAR_AFTER_RE.test(text)) return 'month_year';
      }
      // "15h30"
      if ((text[s - 1] === 'h' || text[s - 1] === 'H') && isDigit(text.charCodeAt(s - 2))) return 'time_expression';
      // "mức độ 3, 4": the next number of a list of ordinals.
      if ((prevGroup?.cls === 'ordinal' || prevGroup?.cls === 'section_number') && prevGroup.toks.length === 1 && !atLineStart(s) && /^\s*(?:,|và|hoặc)\s*$/.test(text.slice(prevGroup.end, s)) && !knownUnitAfter(e)) return prevGroup.cls;
      // "ngày 11 – 15/11/2023", "ngày 12".
      if (v >= 1 && v <= 31 && before40(DAY_PREFIX_RE) && !knownUnitAfter(e)) return 'date';
      // "tháng 3", "quý 2": a month or quarter named by its number.
      if (before40(MONTH_PREFIX_RE) && v >= 1 && v <= 12 && !knownUnitAfter(e)) {
        return before40(/ngày\s+\d{1,2}\s+tháng\s*$/) ? 'date' : 'time_expression';
      }
      // "6 tháng đầu năm", "9 tháng năm 2023".
      PERIOD_AFTER_RE.lastIndex = e;
      if (PERIOD_AFTER_RE.test(text)) return 'time_expression';
    }

    const unitFollows = knownUnitAfter(e);
    if (n === 1 && isYearLike(raw) && before40(DOC_PREFIX_RE)) return 'year';
    // (Cheap conditions first: most figures have their unit right after them.)
    if (!unitFollows && before40(DOC_PREFIX_RE)) return 'doc_number';
    if (n === 1 && !unitFollows && before40(SECTION_PREFIX_RE)) return 'section_number';
    if (n === 1 && before40(/(?:^|[^\p{L}\p{M}])thứ\s*$/u)) return 'ordinal';
    if (n === 1 && !unitFollows && before40(/(?:^|[^\p{L}\p{M}])chương\s+trình\s*$/u)) return 'ordinal';
    if (n === 1 && !unitFollows && before40(ORDINAL_PREFIX_RE) && !before40(/trong\s+số\s*$/)) return 'ordinal';

    // Years: "năm 2023", "Quý I/2023", "Ninh Thuận 2023"; "năm 202" in an unfilled template.
    if (n === 1 && t0.shape.type === 'plain') {
      if (isYearLike(raw)) {
        if (before40(YEAR_PREFIX_RE) || text[s - 1] === '/') return 'year';
        if (unitFollows) return undefined;
        if (QUANTITY_CUE_RE.test(b40)) return undefined;
        return 'year';
      }
      if (raw.length === 3 && raw.startsWith('20') && before40(/năm\s*$/)) return 'year';
    }

    for (const t of g.toks) if (t.shape.type === 'invalid') return 'other';
    if (n > 2) return 'other';
    if (n === 2 && g.joins[0] === ':') return 'other';
    return undefined; // a quantity
  };

  // ---- quantity drafts ------------------------------------------------------------------------
  const drafts: Draft[] = [];
  const consumed = new Set<Group>();
  const groupIndexByStart = new Map<number, number>();
  groups.forEach((g, i) => groupIndexByStart.set(g.start, i));


  const readUnit = (d: Draft, from: number, li: LineInfo) => {
    let p = from;
    // Glued unit: "3km".
    if (isLetterAt(text, p)) {
      GLUED_UNIT_RE.lastIndex = p;
      const m = GLUED_UNIT_RE.exec(text);
      if (m) {
        const u = m[0];
        const lu = u.toLowerCase();
        d.unit = u;
        d.unitSpan = { start: p, end: p + u.length };
        d.unitType = lu === 'đ' || lu === 'vnđ' || lu === 'vnd' || lu === 'usd' ? 'money' : 'measure';
        d.extentEnd = p + u.length;
        return;
      }
    }
    p = skipSpaces(p);
    if (text[p] === '%' || text[p] === '\uff05') {
      d.unit = '%';
      d.unitSpan = { start: p, end: p + 1 };
      d.unitType = 'percent';
      d.extentEnd = p + 1;
      return;
    }
    if (/^phần trăm(?![\p{L}\p{M}])/iu.test(text.slice(p, p + 10))) {
      d.unit = text.slice(p, p + 9);
      d.unitSpan = { start: p, end: p + 9 };
      d.unitType = 'percent';
      d.extentEnd = p + 9;
      return;
    }
    SCALE_RE.lastIndex = p;
    const sm = SCALE_RE.exec(text);
    let scaleStart = -1;
    if (sm) {
      d.scale = SCALE_VALUE[sm[1].toLowerCase()];
      scaleStart = p;
      d.extentEnd = p + sm[0].length;
      p = skipSpaces(d.extentEnd);
    }
    MONEY_WORDS_RE.lastIndex = p;
    const mm = MONEY_WORDS_RE.exec(text);
    if (mm) {
      const us = scaleStart >= 0 ? scaleStart : p;
      d.unit = text.slice(us, p + mm[0].length);
      d.unitSpan = { start: us, end: p + mm[0].length };
      d.unitType = 'money';
      d.extentEnd = p + mm[0].length;
      return;
    }
    KNOWN_UNIT_RE.lastIndex = p;
    const km = KNOWN_UNIT_RE.exec(text);
    if (km) {
      const u = km[0];
      const key = u.toLowerCase().replace(/\s+/g, ' ');
      d.unit = u;
      d.unitSpan = { start: p, end: p + u.length };
      d.unitType = COUNT_NOUN_SET.has(key) ? 'count' : MEASURE_SET.has(key) ? 'measure' : 'unknown';
      d.extentEnd = p + u.length;
      return;
    }
    // Unknown noun: one or two words, stopping at a verb, preposition or punctuation.
    if (li.tabs.length && text.slice(from, p).includes('\t')) return;
    let q = p;
    let words = 0;
    let end = -1;
    while (words < 2) {
      WORD_RE.lastIndex = q;
      const wm = WORD_RE.exec(text);
      if (!wm) break;
      const w = wm[0].toLowerCase();
      if (STOP_WORDS.has(w)) break;
      words++;
      end = q + wm[0].length;
      if (text[end] !== ' ' || !isLetterAt(text, end + 1)) break;
      // An acronym ends the noun: "DVCTT toàn trình" → "DVCTT".
      if (wm[0].length > 1 && wm[0] === wm[0].toUpperCase()) break;
      q = end + 1;
    }
    if (end > p) {
      d.unit = text.slice(p, end);
      d.unitSpan = { start: p, end };
      d.unitType = 'unknown';
      d.extentEnd = end;
    }
  };

  const readPer = (d: Draft) => {
    let p = d.extentEnd;
    if (d.unitType === 'percent') return;
    // A rate per item: "2,5 ngày/hồ sơ", "bình quân 10 lao động/doanh nghiệp".
    if (text[p] === '/' && isLetterAt(text, p + 1) && d.unit && (d.unitType === 'measure' || AVERAGE_BEFORE_RE.test(tail(d.start, 3)))) {
      KNOWN_UNIT_RE.lastIndex = p + 1;
      const km = KNOWN_UNIT_RE.exec(text);
      if (km) {
        d.per = km[0];
        d.extentEnd = p + 1 + km[0].length;
        return;
      }
    }
    // Alternatives joined by '/': "tin/bài", "tổ thôn/khu/xóm".
    while (text[p] === '/' && isLetterAt(text, p + 1) && d.unit) {
      PER_TIME_RE.lastIndex = p + 1;
      const tm = PER_TIME_RE.exec(text);
      if (tm && !isLetterAt(text, PER_TIME_RE.lastIndex)) break;
      WORD_RE.lastIndex = p + 1;
      const wm = WORD_RE.exec(text);
      if (!wm) break;
      p = p + 1 + wm[0].length;
      d.unit = text.slice(d.unitSpan!.start, p);
      d.unitSpan = { start: d.unitSpan!.start, end: p };
      d.extentEnd = p;
    }
    if (text[p] === '/') {
      // "/100 dân", "/1 điểm"
      PER_NUMBER_RE.lastIndex = p + 1;
      const nm = PER_NUMBER_RE.exec(text);
      if (nm) {
        const v = Number(nm[1].replace(/\./g, ''));
        PER_NOUN_RE.lastIndex = PER_NUMBER_RE.lastIndex;
        const pn = PER_NOUN_RE.exec(text);
        if (pn && isPowerOfTen(v)) {
          d.per = `${nm[1]} ${pn[0]}`;
          d.perIsNumber = true;
          d.extentEnd = PER_NOUN_RE.lastIndex;
          consumeAt(p + 1 + nm[0].indexOf(nm[1]));
          return;
        }
        return;
      }
      PER_TIME_RE.lastIndex = p + 1;
      const tm = PER_TIME_RE.exec(text);
      if (tm) {
        d.per = tm[1];
        d.extentEnd = PER_TIME_RE.lastIndex;
      }
      return;
    }
    // Density stated after more words: "23 thuê bao băng rộng cố định (BRCD)/100 dân".
    if (d.unitType === 'count' || d.unitType === 'unknown') {
      DENSITY_AHEAD_RE.lastIndex = p;
      const dm = DENSITY_AHEAD_RE.exec(text);
      if (dm) {
        const v = Number(dm[1].replace(/\./g, ''));
        PER_NOUN_RE.lastIndex = DENSITY_AHEAD_RE.lastIndex;
        const pn = PER_NOUN_RE.exec(text);
        if (pn && isPowerOfTen(v) && v >= 100) {
          d.per = `${dm[1]} ${pn[0]}`;
          d.perIsNumber = true;
          consumeAt(DENSITY_AHEAD_RE.lastIndex - dm[0].length + dm[0].lastIndexOf(dm[1]));
        }
      }
    }
  };

  const consumeAt = (start: number) => {
    const gi = groupIndexByStart.get(start);
    if (gi !== undefined) consumed.add(groups[gi]);
  };

  const readQualifier = (d: Draft) => {
    const b = tail(d.start);
    const base = d.start - b.length;
    let m = APPROX_RE.exec(b);
    let q: Qualifier | undefined;
    if (m) q = 'approx';
    else if ((m = UNDER_RE.exec(b))) q = 'under';
    else if ((m = OVER_RE.exec(b))) {
      q = 'over';
      // "trên 100 dân" is "per 100 inhabitants".
      if (/trên\s*$/.test(b) && d.toks.length === 1 && isPowerOfTen(plainValue(d.toks[0])) && /^(?:dân|người|hộ)/i.test(d.unit ?? '')) q = undefined;
    }
    if (m && q) {
      const word = m[0].replace(/^[^\p{L}\p{M}]/u, '');
      const ws = base + m.index + (m[0].length - word.length);
      const trimmed = word.replace(/\s*:?\s*$/, '');
      d.qualifier = q;
      d.qualifierSpan = { start: ws, end: ws + trimmed.length };
    }
  };

  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    if (consumed.has(g)) {
      g.cls = 'quantity';
      prevGroup = g;
      continue;
    }
    const cls = classify(g);
    if (cls) {
      g.cls = cls;
      prevGroup = g;
      continue;
    }
    g.cls = 'quantity';
    prevGroup = g;
    const li = lineAt(g.start);
    const d: Draft = {
      start: g.start,
      end: g.end,
      toks: g.toks,
      form: g.toks.length === 2 ? (g.joins[0] === '/' ? 'ratio' : 'range') : 'single',
      unitType: 'none',
      extentEnd: g.end,
      sentence: sentenceOf(g.start),
      isShare: false,
      // Every field from the start, in one order: drafts then share one hidden class, and the
      // optimized code of this module is not thrown away each time a new combination turns up.
      unit: undefined,
      unitSpan: undefined,
      scale: undefined,
      per: undefined,
      perIsNumber: undefined,
      qualifier: undefined,
      qualifierSpan: undefined,
      change: undefined,
      role: undefined,
      numbers: undefined,
    };
    if (d.form === 'range' && !(valueAs(g.toks[0].shape, 'vi') < valueAs(g.toks[1].shape, 'vi'))) {
      g.cls = 'other';
      continue;
    }
    // Spaced ranges: "90 - 95%", "từ 5 đến 10 người".
    if (d.form === 'single') {
      RANGE_DASH_RE.lastIndex = g.end;
      let next: Group | undefined;
      if (RANGE_DASH_RE.test(text)) next = groups[gi + 1];
      else if (/(?:^|[^\p{L}\p{M}])từ\s*$/iu.test(text.slice(Math.max(0, g.start - 6), g.start))) {
        RANGE_DEN_RE.lastIndex = g.end;
        if (RANGE_DEN_RE.test(text)) next = groups[gi + 1];
      }
      if (
        next && next.toks.length === 1 && next.start === (RANGE_DASH_RE.lastIndex || RANGE_DEN_RE.lastIndex) &&
        !isLetterAt(text, next.end) && text[next.end] !== '/' &&
        valueAs(g.toks[0].shape, 'vi') < valueAs(next.toks[0].shape, 'vi') && next.toks[0].shape.type !== 'invalid'
      ) {
        d.form = 'range';
        d.toks = [g.toks[0], next.toks[0]];
        d.end = next.end;
        d.extentEnd = next.end;
        consumed.add(next);
      }
      RANGE_DASH_RE.lastIndex = 0;
      RANGE_DEN_RE.lastIndex = 0;
    }
    readUnit(d, d.end, li);
    // A number alone in a table cell takes its unit from the "Đơn vị" column.
    if (!d.unit && li.tabs.length && unitCol >= 0) {
      const col = cellIndex(li, d.start);
      const cell = li.cells[unitCol];
      const pct = pctCols.get(col);
      if (pct && cellIs(li, col, g)) {
        d.unit = '%';
        d.unitSpan = pct;
        d.unitType = 'percent';
      } else if (col > unitCol && cell && cellIs(li, col, g) && cell.trim() && !noUnitCols.has(col)) {
        const cellStart = unitCol === 0 ? li.start : li.tabs[unitCol - 1] + 1;
        const lead = cell.length - cell.trimStart().length;
        const u = cell.trim();
        d.unit = u;
        d.unitSpan = { start: cellStart + lead, end: cellStart + lead + u.length };
        const key = u.toLowerCase();
        d.unitType = u === '%' ? 'percent' : COUNT_NOUN_SET.has(key) ? 'count' : MEASURE_SET.has(key.split(/\s*\//)[0]) ? 'measure' : 'unknown';
        if (/^giờ/i.test(u)) d.unitType = 'measure';
      }
    }
    readPer(d);
    readQualifier(d);
    d.isShare = CHIEM_RE.test(tail(d.start, 3));
    drafts.push(d);
  }

  // ---- separator convention: sentence, then document -----------------------------------------
  const sentenceScore = new Map<number, number>();
  let docScore = 0;
  const addEvidence = (sid: number, w: number) => {
    sentenceScore.set(sid, (sentenceScore.get(sid) ?? 0) + w);
    docScore += w;
  };
  for (const d of drafts) {
    for (const t of d.toks) {
      if (t.shape.type === 'vi') addEvidence(d.sentence, 1);
      else if (t.shape.type === 'en') addEvidence(d.sentence, -1);
      else if (t.shape.type === 'ambiguous' && d.unitType === 'count' && !d.scale) {
        addEvidence(d.sentence, groupingReading(t.shape.sep) === 'vi' ? 0.5 : -0.5);
      }
    }
  }
  const convention = (sid: number): 'vi' | 'en' => {
    const s = sentenceScore.get(sid) ?? 0;
    if (s > 0) return 'vi';
    if (s < 0) return 'en';
    return docScore < 0 ? 'en' : 'vi';
  };

  for (const d of drafts) {
    d.numbers = d.toks.map((t): NumberToken => {
      const sh = t.shape;
      // One shape for every token (see Draft above); JSON leaves out the undefined field.
      if (sh.type === 'plain') return { start: t.start, end: t.end, raw: t.raw, value: sh.value, reading: 'plain', ambiguous: undefined };
      if (sh.type === 'vi' || sh.type === 'en') return { start: t.start, end: t.end, raw: t.raw, value: sh.value, reading: sh.type, ambiguous: undefined };
      if (sh.type === 'ambiguous') {
        let reading: 'vi' | 'en';
        if (d.scale || d.unitType === 'percent' || d.unitType === 'measure' || d.unitType === 'money') reading = convention(d.sentence);
        else if (d.unitType === 'count') reading = groupingReading(sh.sep);
        else reading = convention(d.sentence);
        return { start: t.start, end: t.end, raw: t.raw, value: valueAs(sh, reading), reading, ambiguous: true };
      }
      return { start: t.start, end: t.end, raw: t.raw, value: NaN, reading: 'plain', ambiguous: undefined };
    });
  }

  // ---- changes and comparisons ---------------------------------------------------------------
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.form !== 'single') continue;
    // Both change patterns need one of these words, and only a percent is read without them: most
    // figures need nothing more here (and no lower-cased copy of what stands before them).
    const changeWord = CHANGE_WORD_RE.test(text.slice(Math.max(0, d.start - 70), d.start));
    if (!changeWord && d.unitType !== 'percent') continue;
    const b = before(d.start, 70);
    const base = d.start - b.length;
    let verb: string | undefined;
    let verbStart = -1;
    let againstWord: string | undefined;
    let spanEnd = d.extentEnd;
    const so = changeWord ? CHANGE_SO_VOI_BEFORE_RE.exec(b) : null;
    if (so) {
      verb = so[1];
      verbStart = base + so.index + so[0].indexOf(so[1], so[0].search(/\p{L}/u) >= 0 ? so[0].search(/\p{L}/u) : 0);
      againstWord = so[2];
    } else {
      const cm = changeWord ? CHANGE_BEFORE_RE.exec(b) : null;
      if (!cm) {
        // "đạt 98,18% so với kế hoạch", "bằng 102% so với cùng kỳ", "Đạt 100% chỉ tiêu": a percent of another figure.
        if (d.unitType === 'percent') {
          AGAINST_RE.lastIndex = d.extentEnd;
          const am = AGAINST_RE.exec(text);
          PLAN_AFTER_RE.lastIndex = d.extentEnd;
          if ((am && RATIO_VERB_BEFORE_RE.test(b)) || PLAN_AFTER_RE.test(text)) d.role = 'comparison';
        }
        continue;
      }
      verb = cm[1];
      verbStart = base + cm.index + cm[0].indexOf(cm[1]);
      AGAINST_RE.lastIndex = d.extentEnd;
      const am = AGAINST_RE.exec(text);
      if (am) {
        againstWord = am[1];
        spanEnd = AGAINST_RE.lastIndex;
      } else {
        const ab = AGAINST_BEFORE_RE.exec(b);
        if (ab) againstWord = ab[1];
      }
    }
    if (/^lần$/i.test(d.unit ?? '')) continue;
    const against = againstWord?.toLowerCase().replace(/\s+/g, ' ');
    const isTarget = against !== undefined && TARGET_WORD_RE.test(against);
    if (verb === 'vượt' && against === undefined) continue; // "vượt 10.000" is a qualifier, not a change
    if (isTarget) {
      d.role = 'comparison';
      // "vượt 10,26%" is a gap, not a figure with a qualifier.
      if (d.qualifier === 'over' && /vượt/.test(text.slice(d.qualifierSpan!.start, d.qualifierSpan!.end))) {
        d.qualifier = undefined;
        d.qualifierSpan = undefined;
      }
      continue;
    }
    if (d.qualifier === 'over' && /vượt/.test(text.slice(d.qualifierSpan!.start, d.qualifierSpan!.end))) {
      d.qualifier = undefined;
      d.qualifierSpan = undefined;
    }
    const sign = verb === 'giảm' ? -1 : 1;
    const v = d.numbers![0].value;
    if (!Number.isFinite(v)) continue;
    const change: Change = {
      start: verbStart,
      end: spanEnd,
      value: sign * scaled(v, d.scale),
      unit: d.unitType === 'percent' ? 'pct' : 'abs',
      raw: text.slice(verbStart, spanEnd),
    };
    if (against) {
      change.against = /^cùng kỳ/.test(against)
        ? 'same_period_last_year'
        : against === 'tháng trước'
          ? 'previous_month'
          : /^(?:quý|kỳ|năm) trước$/.test(against)
            ? 'previous_period'
            : 'other';
    }
    d.role = 'change';
    d.change = change;
    // Without "so với …" the change must end its clause ("(giảm 4,43%)", "4.429 tăng 46,66 %;"):
    // "giảm 50% phí" says what fell, and it is not the figure before it.
    TERMINATOR_RE.lastIndex = d.extentEnd;
    if (against || TERMINATOR_RE.test(text)) attachChange(i, change);
  }

  function attachChange(i: number, change: Change) {
    const c = drafts[i];
    // Is the change inside a parenthesis? Find an unclosed '(' in the same sentence.
    let paren = -1;
    for (let k = change.start - 1; k >= Math.max(0, change.start - 160); k--) {
      const ch = text[k];
      if (ch === ')' || ch === '\n' || ch === ';') break;
      if (ch === '(') {
        paren = k;
        break;
      }
    }
    // Shares and comparisons between the figure and its change are stepped over:
    // "1.852 tỷ đồng, bằng 51,2% kế hoạch, tăng 4,5% so với cùng kỳ".
    let skippedFirst: Draft | undefined;
    let skippedLast: Draft | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const t = drafts[j];
      if (t.sentence !== c.sentence) return;
      if (t.role || t.isShare) {
        if (t.role === 'change') return;
        if (paren >= 0 && t.start < paren) return;
        skippedFirst = t;
        skippedLast ??= t;
        continue;
      }
      if (paren >= 0 && t.start > paren) {
        if (!t.change) t.change = change;
        return;
      }
      const gapTo = paren >= 0 ? paren : change.start;
      const gap = skippedFirst && skippedLast
        ? text.slice(t.extentEnd, skippedFirst.start) + ' ' + text.slice(skippedLast.extentEnd, gapTo)
        : text.slice(t.extentEnd, gapTo);
      if (gap.length > 60 || /[;\d]/.test(gap) || (gap.match(/,/g)?.length ?? 0) > (skippedFirst ? 2 : 1)) return;
      if (!t.change) t.change = change;
      return;
    }
  }

  // ---- assemble ------------------------------------------------------------------------------
  const mentions: Mention[] = [];
  for (const d of drafts) {
    const nums = d.numbers!;
    if (nums.some((n) => !Number.isFinite(n.value))) continue;
    const readings = nums.map((n) => n.reading).filter((r) => r !== 'plain');
    const reading: Reading = (readings[0] as Reading) ?? 'plain';
    const kind: QuantityKind =
      d.form === 'ratio' ? 'ratio'
      : d.form === 'range' ? 'range'
      : d.unitType === 'percent' ? 'percent'
      : d.unitType === 'money' ? 'money'
      : d.perIsNumber ? 'density'
      : d.unitType === 'measure' ? 'measure'
      : 'count';
    const m: Mention = {
      start: d.start,
      end: d.end,
      raw: text.slice(d.start, d.end),
      value: scaled(nums[0].value, d.scale),
      kind,
      reading,
      numbers: nums,
    };
    if (d.unit !== undefined) {
      m.unit = d.unit;
      m.unitSpan = d.unitSpan;
    }
    if (d.scale) m.scale = d.scale;
    if (d.qualifier) {
      m.qualifier = d.qualifier;
      m.qualifierSpan = d.qualifierSpan;
    }
    if (d.change) m.change = d.change;
    if (d.role) m.role = d.role;
    if (nums.some((n) => n.ambiguous)) m.ambiguous = true;
    if (d.form === 'range') m.high = scaled(nums[1].value, d.scale);
    if (d.form === 'ratio') m.denominator = scaled(nums[1].value, d.scale);
    if (d.per) m.per = d.per;
    mentions.push(m);
  }

  // The digit groups as a list are asked for by tools and tests, not by the pipeline: made on demand.
  let digitGroups: DigitGroup[] | undefined;
  return {
    mentions,
    get groups() {
      return (digitGroups ??= listGroups(text, groups));
    },
  };
}

function listGroups(text: string, groups: Group[]): DigitGroup[] {
  const out: DigitGroup[] = groups.map((g) => ({ start: g.start, end: g.end, raw: text.slice(g.start, g.end), class: g.cls ?? 'other' }));
  SUPERSCRIPT_RE.lastIndex = 0;
  for (let m = SUPERSCRIPT_RE.exec(text); m; m = SUPERSCRIPT_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], class: 'footnote_marker' });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
