// What a digit group is when it is not a quantity: a date, a year, a document or section number, a
// phone number, a tag glued to letters, … (undefined: a quantity). Decided from the group's shape,
// the words before it, what follows, and the table cell it stands in.

import {
  DATE_PREFIX_RE, DAY_PREFIX_RE, DOC_PREFIX_RE, GLUED_UNIT_RE, MONTH_PREFIX_RE, ORDINAL_PREFIX_RE, PERIOD_AFTER_RE,
  QUANTITY_CUE_RE, SECTION_PREFIX_RE, VERSION_PREFIX_RE, YEAR_PREFIX_RE,
} from './lexicon.js';
import {
  atLineStart, cellIndex, cellIs, countNounAfter, isDigit, isLetterAt, isSpaceCh, isYearLike, knownUnitAfter, plainValue,
  type Group, type GroupClass, type Scan,
} from './scan.js';

const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
const URL_CHUNK_RE = /(?:https?:\/\/|www\.|@|\.(?:vn|com|net|org|gov|edu|info|io)(?:$|[/:>?#)\]]))/i;
const URL_NEIGHBOUR = './-_@=?&:#%~+';
const FULL_DATE_AFTER_RE = /\s+tháng\s+\d{1,2}(?!\d)/y;
const MONTH_YEAR_AFTER_RE = /\s+năm\s+\d{4}(?!\d)/y;
const PHONE_PREFIX_RE = /(?:^|[^\p{L}\p{M}])(?:điện thoại|đt|sđt|đtdđ|fax|hotline|tổng đài|số máy)(?:\s+(?:số|liên hệ))?\s*:?\s*$/u;
const NOT_A_PHONE_RE = /(?:thuê bao|mật độ|máy)\s+(?:điện thoại(?:\s+(?:di động|cố định))?|đtdđ|đtcđ)\s*:?\s*$/u;
const PHONE_DIGITS_RE = /^\d[\d .\-]*/;
const SECTION_SHAPE_RE = /^\d{1,2}(?:\.\d{1,2})*$/;
const DOTTED_DATE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SPACED_YEAR_SPAN_RE = /\s*[-–]\s*(\d{4})(?!\d)/y;
const DATE_AFTER_RE = /\s*(?:[-–]|đến|tới)\s*\d{1,2}\/\d{1,2}/y;
const DATE_JOIN_RE = /^\s*(?:và|,|[-–]|đến|tới|hoặc)\s*$/;
const SPACED_GROUP_AFTER_RE = /^ \d{3}(?![\d.,]\d|\d)/;

/** The class of a digit group that is not a quantity, or undefined for a quantity. */
export function classify(scan: Scan, g: Group): GroupClass | undefined {
  const text = scan.text;
  const prevGroup = scan.prevGroup;
  const s = g.start;
  const e = g.end;
  const n = g.toks.length;
  const t0 = g.toks[0];
  const raw = text.slice(s, e);
  const f = scan.forced.get(s);
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
  const b40 = scan.tail(s);
  // The prefix patterns below all need a word before the number; many numbers (table cells, "(1)")
  // have none, and skip them all.
  const worded = LETTER_RE.test(b40);
  const before40 = (re: RegExp) => worded && re.test(b40);
  // Contact numbers: "ĐT: 0259.3822.123", "Hotline 1900 1234" (contact addresses, like e-mail).
  // Not "Mật độ điện thoại: 110 thuê bao/100 dân", "Thuê bao điện thoại: 1.650.000 thuê bao": a
  // contact number counts nothing, and is long or starts like one.
  if (worded && PHONE_PREFIX_RE.test(scan.tail(s, 3)) && !NOT_A_PHONE_RE.test(scan.tail(s, 5)) && !knownUnitAfter(text, e) && (PHONE_DIGITS_RE.exec(text.slice(s, s + 24))![0].replace(/\D/g, '').length >= 6 || /^(?:0|1[89]00)/.test(raw))) return 'url';
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
    if (before40(DOC_PREFIX_RE)) return 'doc_number';
    // A part of a whole that happens to look like a year: "1.155/2020 thủ tục", "86/1995 xã".
    return !(v0 > v1) && countNounAfter(text, e) ? undefined : 'other';
  }
  // Round-the-clock: "24/24", "24/7".
  if (n === 2 && g.joins[0] === '/' && v0 === 24 && (v1 === 24 || v1 === 7) && !countNounAfter(text, e)) return 'time_expression';
  if (n === 2 && g.joins[0] === ':' && v0 <= 24 && g.toks[1].raw.length === 2) return 'time_expression';

  // Year spans: "2021-2025", "2023 - 2028", "(1943 - 2023)".
  if (n === 2 && (g.joins[0] === '-' || g.joins[0] === '–') && isYearLike(g.toks[0].raw) && isYearLike(g.toks[1].raw) && v0 <= v1) return 'year_span';
  if (n === 1 && isYearLike(raw)) {
    SPACED_YEAR_SPAN_RE.lastIndex = e;
    const m = SPACED_YEAR_SPAN_RE.exec(text);
    if (m && +m[1] >= +raw && !isLetterAt(text, SPACED_YEAR_SPAN_RE.lastIndex)) {
      scan.forced.set(SPACED_YEAR_SPAN_RE.lastIndex - 4, 'year_span');
      return 'year_span';
    }
  }

  // Section numbers at a line start ("1.2.", "3.1" in a table), table row numbers, "(1)" column heads.
  const li = scan.lineAt(s);
  let ls = li.start;
  while (ls < s && (isSpaceCh(text.charCodeAt(ls)) || text[ls] === '*' || text[ls] === '#')) ls++;
  if (n === 1 && li.tabs.length > 0) {
    const col = cellIndex(li, s);
    if (cellIs(text, li, col, g) && (scan.sttCols.has(col) || (col === 0 && SECTION_SHAPE_RE.test(raw)))) {
      return raw.includes('.') && SECTION_SHAPE_RE.test(raw) ? 'section_number' : 'ordinal';
    }
  }
  if (n === 1 && SECTION_SHAPE_RE.test(raw) && ls === s) {
    // "1.6. Giải pháp", "4. Xã hội số": a number closed by a dot at a line start heads a section.
    if ((text[e] === '.' || text[e] === ')') && (text[e + 1] === ' ' || text[e + 1] === '\t')) return 'section_number';
    if (ls === s && (raw.includes('.') || text[e] === '.' || text[e] === ')') && /[.)]?[ \t]/y.test(text.slice(e, e + 2)) && !knownUnitAfter(text, e + (text[e] === '.' || text[e] === ')' ? 1 : 0))) {
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
      if (d > mo && !knownUnitAfter(text, e)) return 'date';
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
    if ((prevGroup?.cls === 'ordinal' || prevGroup?.cls === 'section_number') && prevGroup.toks.length === 1 && !atLineStart(text, s) && /^\s*(?:,|và|hoặc)\s*$/.test(text.slice(prevGroup.end, s)) && !knownUnitAfter(text, e)) return prevGroup.cls;
    // "ngày 11 – 15/11/2023", "ngày 12".
    if (v >= 1 && v <= 31 && before40(DAY_PREFIX_RE) && !knownUnitAfter(text, e)) return 'date';
    // "tháng 3", "quý 2": a month or quarter named by its number.
    if (before40(MONTH_PREFIX_RE) && v >= 1 && v <= 12 && !knownUnitAfter(text, e)) {
      return before40(/ngày\s+\d{1,2}\s+tháng\s*$/) ? 'date' : 'time_expression';
    }
    // "6 tháng đầu năm", "9 tháng năm 2023".
    PERIOD_AFTER_RE.lastIndex = e;
    if (PERIOD_AFTER_RE.test(text)) return 'time_expression';
  }

  const unitFollows = knownUnitAfter(text, e);
  if (n === 1 && isYearLike(raw) && before40(DOC_PREFIX_RE)) return 'year';
  // (Cheap conditions first: most figures have their unit right after them.)
  if (!unitFollows && before40(DOC_PREFIX_RE)) return 'doc_number';
  if (n === 1 && !unitFollows && before40(SECTION_PREFIX_RE)) return 'section_number';
  if (n === 1 && before40(/(?:^|[^\p{L}\p{M}])thứ\s*$/u)) return 'ordinal';
  // "ĐVT: 1.000 thuê bao", "Đơn vị tính: nghìn đồng": the unit a table is counted in, not a figure.
  if (before40(/(?:^|[^\p{L}\p{M}])(?:đvt|đơn vị tính)\s*:?\s*$/iu)) return 'other';
  if (n === 1 && !unitFollows && before40(/(?:^|[^\p{L}\p{M}])chương\s+trình\s*$/u)) return 'ordinal';
  if (n === 1 && !unitFollows && before40(ORDINAL_PREFIX_RE) && !before40(/trong\s+số\s*$/)) return 'ordinal';
  // "mức độ 3, 4", "mức 3 và 4": the second label of a pair.
  if (n === 1 && !unitFollows && raw.length <= 2 && prevGroup?.cls === 'ordinal' && /^\s*(?:,|và|hoặc|[-–])\s*$/u.test(text.slice(prevGroup.end, s))) return 'ordinal';

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
}
