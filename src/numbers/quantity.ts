// Quantities: each digit group that classify() leaves as a quantity becomes a draft, with its
// range partner, its unit (written after it, glued to it, or from its table column), what it is
// "per" ("/100 dân", "ngày/hồ sơ") and its qualifier ("hơn", "gần", "khoảng", "trên").

import type { Qualifier } from './types.js';
import { valueAs } from './parse.js';
import {
  APPROX_RE, COUNT_NOUN_SET, GLUED_UNIT_RE, KNOWN_UNIT_RE, MEASURE_SET, MONEY_WORDS_RE, OVER_RE, PER_NOUN_RE, PER_TIME_RE,
  SCALE_RE, SCALE_VALUE, STOP_WORDS, UNDER_RE, WORD_RE,
} from './lexicon.js';
import { classify } from './classify.js';
import { cellIndex, cellIs, isLetterAt, isPowerOfTen, plainValue, skipSpaces, type Draft, type Group, type LineInfo, type Scan } from './scan.js';

const AVERAGE_BEFORE_RE = /(?:^|[^\p{L}\p{M}])(?:bình quân|trung bình|mỗi)(?:\s+(?:là|khoảng|đạt))?\s*$/u;
const RANGE_DASH_RE = /[ \u00A0]*[-–][ \u00A0]*(?=\d)/y;
const RANGE_DEN_RE = / +(?:đến|tới) +(?=\d)/y;
const PER_NUMBER_RE = /\s*(\d{1,3}(?:\.\d{3})*)\s*/y;
const DENSITY_AHEAD_RE = /[^;.,\d%:]{0,60}?(?:\/|\btrên\s+)\s*(\d{1,3}(?:\.\d{3})*)\s+/y;
const CHIEM_RE = /(?:^|[^\p{L}\p{M}])chiếm(?:\s+tỷ\s+lệ|\s+tỉ\s+lệ)?\s*$/u;

/** Classifies every group of the scan and returns the quantities as drafts, in text order. */
export function readDrafts(scan: Scan): Draft[] {
  const drafts: Draft[] = [];
  for (let gi = 0; gi < scan.groups.length; gi++) {
    const g = scan.groups[gi];
    if (scan.consumed.has(g)) {
      g.cls = 'quantity';
      scan.prevGroup = g;
      continue;
    }
    const cls = classify(scan, g);
    if (cls) {
      g.cls = cls;
      scan.prevGroup = g;
      continue;
    }
    g.cls = 'quantity';
    scan.prevGroup = g;
    const li = scan.lineAt(g.start);
    const d: Draft = {
      start: g.start,
      end: g.end,
      toks: g.toks,
      form: g.toks.length === 2 ? (g.joins[0] === '/' ? 'ratio' : 'range') : 'single',
      unitType: 'none',
      extentEnd: g.end,
      sentence: scan.sentenceOf(g.start),
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
    if (d.form === 'single') readSpacedRange(scan, d, gi);
    readUnit(scan, d, d.end, li);
    // A number alone in a table cell takes its unit from the "Đơn vị" column.
    if (!d.unit && li.tabs.length && scan.unitCol >= 0) unitFromTable(scan, d, g, li);
    readPer(scan, d);
    readQualifier(scan, d);
    d.isShare = CHIEM_RE.test(scan.tail(d.start, 3));
    drafts.push(d);
  }
  return drafts;
}

/** "90 - 95%", "từ 5 đến 10 người": the next group is the high end of a range. */
function readSpacedRange(scan: Scan, d: Draft, gi: number): void {
  const text = scan.text;
  const g = scan.groups[gi];
  RANGE_DASH_RE.lastIndex = g.end;
  let next: Group | undefined;
  if (RANGE_DASH_RE.test(text)) next = scan.groups[gi + 1];
  else if (/(?:^|[^\p{L}\p{M}])từ\s*$/iu.test(text.slice(Math.max(0, g.start - 6), g.start))) {
    RANGE_DEN_RE.lastIndex = g.end;
    if (RANGE_DEN_RE.test(text)) next = scan.groups[gi + 1];
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
    scan.consumed.add(next);
  }
  RANGE_DASH_RE.lastIndex = 0;
  RANGE_DEN_RE.lastIndex = 0;
}

/** The unit of a number alone in a table cell: the row's "Đơn vị" cell, or '%' from a "(%)" column head. */
function unitFromTable(scan: Scan, d: Draft, g: Group, li: LineInfo): void {
  const text = scan.text;
  const col = cellIndex(li, d.start);
  const cell = li.cells[scan.unitCol];
  const pct = scan.pctCols.get(col);
  if (pct && cellIs(text, li, col, g)) {
    d.unit = '%';
    d.unitSpan = pct;
    d.unitType = 'percent';
  } else if (col > scan.unitCol && cell && cellIs(text, li, col, g) && cell.trim() && !scan.noUnitCols.has(col)) {
    const cellStart = scan.unitCol === 0 ? li.start : li.tabs[scan.unitCol - 1] + 1;
    const lead = cell.length - cell.trimStart().length;
    const u = cell.trim();
    d.unit = u;
    d.unitSpan = { start: cellStart + lead, end: cellStart + lead + u.length };
    const key = u.toLowerCase();
    d.unitType = u === '%' ? 'percent' : COUNT_NOUN_SET.has(key) ? 'count' : MEASURE_SET.has(key.split(/\s*\//)[0]) ? 'measure' : 'unknown';
    if (/^giờ/i.test(u)) d.unitType = 'measure';
  }
}


/** Words of storage or data before a number: its "TB" is terabytes. */
const WHOLE_NUMBER_RE = /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/u;
const STORAGE_AFTER_RE = /^\s*(?:dữ liệu|lưu trữ|dung lượng|bộ nhớ)/iu;
const STORAGE_BEFORE_RE = /(?:lưu trữ|dung lượng|bộ nhớ|ổ cứng|ổ đĩa|dữ liệu|băng thông|máy chủ|sao lưu|storage)[^.;]*$/iu;

function readUnit(scan: Scan, d: Draft, from: number, li: LineInfo): void {
  const text = scan.text;
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
  p = skipSpaces(text, p);
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
    p = skipSpaces(text, d.extentEnd);
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
    // "12.345 TB": in reports of this kind a whole number of TB counts subscribers (thuê bao); terabytes
    // are said of storage ("dung lượng lưu trữ 120 TB") or with decimals ("1,5 TB").
    if (u === 'TB' && WHOLE_NUMBER_RE.test(text.slice(d.start, d.end)) && !STORAGE_BEFORE_RE.test(text.slice(Math.max(0, d.start - 60), d.start)) && !STORAGE_AFTER_RE.test(text.slice(p + 2, p + 30))) d.unitType = 'count';
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
}

function readPer(scan: Scan, d: Draft): void {
  const text = scan.text;
  let p = d.extentEnd;
  if (d.unitType === 'percent') return;
  // A rate per item: "2,5 ngày/hồ sơ", "bình quân 10 lao động/doanh nghiệp".
  if (text[p] === '/' && isLetterAt(text, p + 1) && d.unit && (d.unitType === 'measure' || AVERAGE_BEFORE_RE.test(scan.tail(d.start, 3)))) {
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
        scan.consumeAt(p + 1 + nm[0].indexOf(nm[1]));
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
        scan.consumeAt(DENSITY_AHEAD_RE.lastIndex - dm[0].length + dm[0].lastIndexOf(dm[1]));
      }
    }
  }
}

function readQualifier(scan: Scan, d: Draft): void {
  const b = scan.tail(d.start);
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
}
