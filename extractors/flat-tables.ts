// Tables pasted as text: statistical yearbooks, plans and theses copied into portals lose their
// grid, leaving the column heads and then each row's label and values one after another, one per
// line or run together in one paragraph. Three shapes are recognised, conservatively (a paragraph
// with several figures, a list of dates or a phone number is no table):
//  - a row per year: "Năm | head … | head" then "2018 21.345 4,12 2019 …", years rising;
//  - numbered indicator rows: "STT | Chỉ tiêu | ĐVT | head …" then "1 label unit v … 2 label …",
//    each row numbered in turn (or rows of units: "STT | Đơn vị | head …");
//  - indicator rows under a column per year: "Chỉ tiêu | ĐVT | 2020 | 2021" then "label unit v v",
//    each row with exactly one value per year.
// Every shape needs its heads to account for the values of every row. The tables found become
// table blocks whose cells point into the original text, so quotes stay verbatim.
import type { Block, Span, TableCell, TableRow } from '../src/model.js';
import { isCapitals, isTitleCase, tokenize, valueKind, yearOf, type Token, type ValueKind } from './flat-tokens.js';

type Table = Extract<Block, { kind: 'table' }>;

// What makes a stretch worth reading token by token: two year rows in a row, or the heads of an
// indicator table (numbered, or with years for columns). Found without look-behinds (one is tried
// at every offset of the text); what stands before a cue is checked by hand.
const YEAR_ROWS = /(?:19|20)\d\d[ \t\r\n]+(?:(?:\d[\d.,]*[ \t]?%?|-{1,3}|[–—…])[ \t\r\n]+){1,12}(?:19|20)\d\d[ \t\r\n]+[\d–—-]/g;
const HEAD_CUE = /(?:STT|Stt|Số TT|TT|Chỉ tiêu|CHỈ TIÊU|Nội dung|NỘI DUNG|Hạng mục|Danh mục)(?![\p{L}\p{M}])/gu;
const NUMBERED_HEADS = /(?:STT|Stt|TT|Số TT)[ \t\r\n]+(?:Tên[ \t\r\n]+)?(?:Chỉ tiêu|CHỈ TIÊU|Nội dung|NỘI DUNG|Hạng mục|Danh mục|Đơn vị|ĐƠN VỊ|Cơ quan|Địa phương)(?![\p{L}\p{M}])/uy;
const LABEL_THEN_YEARS = /(?:Chỉ tiêu|CHỈ TIÊU|Nội dung|NỘI DUNG|Hạng mục|Danh mục)[ \t\r\n]+(?:(?:ĐVT|Đơn vị tính|Đơn vị)[ \t\r\n]+)?(?:\S+[ \t\r\n]+){0,3}?(?:19|20)\d\d[ \t\r\n]/uy;
const WORD_BEFORE = /[\p{L}\p{N}]/u;

/** The head of the column that holds each row's year. */
const YEAR_HEAD = /^(?:Năm|NĂM)$/u;
const LABEL_HEAD = /^(?:tên )?(?:chỉ tiêu|nội dung|hạng mục|danh mục)$/u;
/** The head of a column of units or levels, a row each ("STT | Đơn vị | Tiếp nhận | …"). */
const UNIT_NAME_HEAD = /^(?:tên )?(?:đơn vị|cơ quan|địa phương)$/u;
const UNIT_HEAD = /^(?:đvt|đơn vị tính|đơn vị|đv tính)$/u;
/** Capitalised words that stand inside a head ("Số thuê bao Internet"), not at its start. */
const NAMES = /^(?:Internet|Wi-?Fi|Viettel|Vinaphone|VinaPhone|Mobifone|MobiFone|Vietnamobile|Gmobile|Zalo|Facebook)$/u;
/** Units written in an ĐVT column. */
const UNITS = new Set([
  'thuê bao', 'tb', 'trạm', 'cột', 'vị trí', 'cái', 'km', 'm', 'dn', 'doanh nghiệp', 'hồ sơ', 'thủ tục', 'tthc', 'dịch vụ',
  'dvc', 'văn bản', 'chứng thư', 'cts', 'người', 'hộ', 'xã', 'điểm', '%', 'máy', 'đơn vị', 'tỷ đồng', 'triệu đồng', 'đồng',
  'lượt', 'tuyến', 'mạng', 'bộ', 'chiếc', 'thiết bị', 'trang', 'cổng', 'hệ thống', 'phần mềm', 'kênh', 'giờ', 'cơ quan',
  'thuê bao/100 dân', 'tb/100 dân', 'máy/100 dân', 'nghìn thuê bao', 'ngàn thuê bao', 'triệu thuê bao', 'nghìn hồ sơ', 'nghìn trạm',
]);
const MAX_VALUES = 12;
const MAX_YEAR_STEP = 10;
/** How far back from its first row a table's heads may start (in tokens). */
const MAX_HEAD_TOKENS = 80;

const lower = (toks: Token[]) => toks.map((t) => t.text.toLowerCase()).join(' ');
const spanOf = (toks: Token[]): TableCell => ({ start: toks[0].start, end: toks[toks.length - 1].end });

/** Cuts column heads into `want` heads: one per line when they were pasted so, else at the words
 *  in title case that start a head ("Tốc độ phát triển Số lượng thuê bao Mật độ (…)"), then also
 *  at words in capitals or names. Null when no cut gives that many. */
export function segmentHeads(toks: Token[], want: number): Token[][] | null {
  if (want < 1 || toks.length < want) return null;
  const cutAt = (at: number[]) => {
    const out: Token[][] = [];
    let from = 0;
    for (const i of [...at, toks.length]) {
      out.push(toks.slice(from, i));
      from = i;
    }
    return out;
  };
  const lines: number[] = [];
  for (let i = 1; i < toks.length; i++) if (toks[i].newline) lines.push(i);
  if (lines.length === want - 1) return cutAt(lines);
  const strong: number[] = [];
  const all: number[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    if (yearOf(t) !== null) {
      // "2019 2020 2021" are three heads, "Năm 2020" one.
      if (yearOf(prev) !== null) strong.push(i), all.push(i);
      continue;
    }
    if (t.kind !== 'word') return null;
    if (isTitleCase(t) && !NAMES.test(t.text)) strong.push(i), all.push(i);
    else if (isCapitals(t) || NAMES.test(t.text)) all.push(i);
  }
  if (strong.length === want - 1) return cutAt(strong);
  if (all.length === want - 1) return cutAt(all);
  return null;
}

/**
 * Which columns a row's values stand in when it has fewer than the table has columns ("2001
 * 11.641 3,44" under "Tốc độ phát triển | Số lượng thuê bao | Mật độ"): the placements where every
 * value is of its column's kind; among several, the one that leaves out only columns of growth or
 * change (what a first year lacks). Null when that does not settle it.
 */
export function placeValues(values: Token[], kinds: Set<ValueKind>[], optional: boolean[]): number[] | null {
  const n = values.length;
  const k = kinds.length;
  if (n === k) return values.map((_, i) => i);
  if (n > k || n === 0) return null;
  const fits = (v: Token, col: number) => {
    if (v.kind === 'dash') return true;
    const kind = valueKind(v);
    const want = kinds[col];
    if (!kind || !want.size) return false;
    return want.has(kind);
  };
  const found: number[][] = [];
  const walk = (vi: number, from: number, chosen: number[]) => {
    if (found.length > 50) return;
    if (vi === n) {
      found.push([...chosen]);
      return;
    }
    for (let c = from; c <= k - (n - vi); c++) {
      if (!fits(values[vi], c)) continue;
      chosen.push(c);
      walk(vi + 1, c + 1, chosen);
      chosen.pop();
    }
  };
  walk(0, 0, []);
  if (found.length === 1) return found[0];
  const leavingOptional = found.filter((cols) => {
    for (let c = 0; c < k; c++) if (!cols.includes(c) && !optional[c]) return false;
    return true;
  });
  return leavingOptional.length === 1 ? leavingOptional[0] : null;
}

/** Heads of columns a row may leave empty: growth and change. */
const OPTIONAL_HEAD = /tốc độ|tăng trưởng|tăng giảm|so với|so sánh|^\(?%\)?$/u;

/** Value kinds each column holds in the rows that fill every column. */
function columnKinds(rows: Token[][], width: number): Set<ValueKind>[] {
  const kinds: Set<ValueKind>[] = [];
  for (let c = 0; c < width; c++) kinds.push(new Set());
  for (const r of rows) {
    if (r.length !== width) continue;
    r.forEach((v, c) => {
      const kind = valueKind(v);
      if (kind) kinds[c].add(kind);
    });
  }
  return kinds;
}

interface Found {
  start: number;
  end: number;
  rows: TableRow[];
}

/** A row's cells: fixed cells, then the values placed in their columns (an empty cell where none). */
function rowOf(lead: TableCell[], values: Token[], placed: number[] | null, width: number): TableRow {
  const cells: TableCell[] = [...lead];
  let at = lead[lead.length - 1].end;
  const byColumn = new Map<number, Token>();
  if (placed) placed.forEach((c, i) => byColumn.set(c, values[i]));
  for (let c = 0; c < width; c++) {
    const v = byColumn.get(c);
    if (v) {
      cells.push({ start: v.start, end: v.end });
      at = v.end;
    } else cells.push({ start: at, end: at });
  }
  const end = values.length ? Math.max(values[values.length - 1].end, cells[cells.length - 1].end) : at;
  return { start: lead[0].start, end, cells };
}

/** A table whose rows are years, its first year at `i`. */
function yearRowsTable(toks: Token[], i: number): Found | null {
  let a = i;
  while (a > 0 && i - a < MAX_HEAD_TOKENS && toks[a - 1].kind === 'word') a--;
  if (a === i) return null;
  const rows: { year: Token; values: Token[] }[] = [];
  let j = i;
  while (j < toks.length) {
    const t = toks[j];
    const y = yearOf(t);
    const prev = rows.length ? Number(rows[rows.length - 1].year.text) : null;
    if (y === null || t.trail || (prev !== null && (y <= prev || y > prev + MAX_YEAR_STEP))) break;
    const values: Token[] = [];
    let k = j + 1;
    while (k < toks.length && toks[k].kind !== 'word' && values.length <= MAX_VALUES) {
      const yk = yearOf(toks[k]);
      const next = toks[k + 1];
      // The next row's year: later, close, with values after it.
      if (values.length && yk !== null && yk > y && yk <= y + MAX_YEAR_STEP && next && next.kind !== 'word') break;
      values.push(toks[k++]);
      if (toks[k - 1].trail) break;
    }
    if (!values.some((v) => v.kind === 'num') || values.length > MAX_VALUES) break;
    rows.push({ year: t, values });
    j = k;
    if (values[values.length - 1].trail) break;
  }
  if (rows.length < 2) return null;
  // Years under years are a list of years (or dates), not values.
  if (rows.every((r) => r.values.every((v) => v.kind !== 'num' || yearOf(v) !== null))) return null;
  // A last row longer than every other took numbers after the table.
  const others = Math.max(...rows.slice(0, -1).map((r) => r.values.length));
  const last = rows[rows.length - 1];
  if (rows.length >= 3 && last.values.length > others) last.values = last.values.slice(0, others);
  const width = Math.max(...rows.map((r) => r.values.length));

  // The heads: "Năm", then one head per value column.
  let h = -1;
  for (let k = i - 2; k >= a; k--) {
    if (YEAR_HEAD.test(toks[k].text)) {
      h = k;
      break;
    }
  }
  // The first head starts like one: in capitals, or on a line of its own ("Năm nay số …" is prose).
  const firstHead = toks[h + 1];
  if (h < 0 || !(isTitleCase(firstHead) || isCapitals(firstHead) || firstHead.newline)) return null;
  const heads = segmentHeads(toks.slice(h + 1, i), width);
  if (!heads) return null;
  const optional = heads.map((hd) => OPTIONAL_HEAD.test(lower(hd)));
  const kinds = columnKinds(rows.map((r) => r.values), width);
  const out: TableRow[] = [];
  const headCells = [spanOf([toks[h]]), ...heads.map(spanOf)];
  out.push({ start: headCells[0].start, end: headCells[headCells.length - 1].end, cells: headCells, header: true });
  for (const r of rows) out.push(rowOf([spanOf([r.year])], r.values, placeValues(r.values, kinds, optional), width));
  return { start: out[0].start, end: out[out.length - 1].end, rows: out };
}

/** The row number that may follow `cur`: its first child ("1" → "1.1"), or the next at its level
 *  or above ("1.2" → "1.3", "2"). */
function followsNumber(cand: string, cur: string): boolean {
  const parts = cur.split('.').map(Number);
  if (cand === `${cur}.1`) return true;
  for (let level = parts.length; level >= 1; level--) {
    const next = [...parts.slice(0, level - 1), parts[level - 1] + 1].join('.');
    if (cand === next) return true;
  }
  return false;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** The number of a group row ("I", "II."), or 0. */
const romanOf = (t: Token | undefined): number => (t && t.kind === 'word' ? ROMAN.indexOf(t.text.replace(/\.$/, '')) + 1 : 0);

/** A row label's unit at its end, in an ĐVT column: "Số trạm BTS Trạm", "… internet DN". */
function splitUnit(label: Token[]): { label: Token[]; unit: Token[] } {
  for (let n = 3; n >= 1; n--) {
    if (label.length <= n) continue;
    const unit = label.slice(label.length - n);
    const first = unit[0];
    if (UNITS.has(lower(unit)) && (isTitleCase(first) || isCapitals(first) || first.text === '%')) return { label: label.slice(0, -n), unit };
  }
  return { label, unit: [] };
}

/** Words from `k` that read as `re` (one to three of them); their count, or 0. */
function headAt(toks: Token[], k: number, re: RegExp): number {
  for (let n = 1; n <= 3 && k + n <= toks.length; n++) {
    const run = toks.slice(k, k + n);
    if (run.some((t) => t.kind !== 'word')) return 0;
    if (re.test(lower(run))) return n;
  }
  return 0;
}

/** A numbered indicator table whose number head ("STT") is at `i`. */
function numberedTable(toks: Token[], i: number): Found | null {
  const numberHead = headAt(toks, i, /^(?:stt|tt|số tt)$/u);
  if (!numberHead) return null;
  let p = i + numberHead;
  const indicators = headAt(toks, p, LABEL_HEAD);
  const labelHead = indicators || headAt(toks, p, UNIT_NAME_HEAD);
  if (!labelHead) return null;
  p += labelHead;
  // A table of units has no unit-of-measure column.
  const unitHead = indicators ? headAt(toks, p, UNIT_HEAD) : 0;
  const valueHeadsAt = p + unitHead;
  // The first row: "1" (or a group "I") followed by words.
  const startsRow = (k: number) => ((toks[k].kind === 'num' && toks[k].text === '1') || romanOf(toks[k]) === 1) && toks[k + 1]?.kind === 'word';
  let first = valueHeadsAt;
  while (first < toks.length && !startsRow(first)) {
    if ((toks[first].kind !== 'word' && yearOf(toks[first]) === null) || first - valueHeadsAt > MAX_HEAD_TOKENS) return null;
    first++;
  }
  if (first >= toks.length || first === valueHeadsAt) return null;

  const rows: { number: Token; label: Token[]; values: Token[] }[] = [];
  let k = first;
  let group = 0;
  for (;;) {
    const number = toks[k];
    const roman = romanOf(number);
    if (roman) group = roman;
    const label: Token[] = [];
    let q = k + 1;
    // A dash between words is part of the label ("Trạm BTS - 4G").
    while (q < toks.length && (toks[q].kind === 'word' || (toks[q].kind === 'dash' && toks[q + 1]?.kind === 'word' && label.length))) label.push(toks[q++]);
    let run: Token[] = [];
    while (q < toks.length && toks[q].kind !== 'word') run.push(toks[q++]);
    const stop = run.findIndex((t) => t.trail);
    const cut = stop >= 0 && stop < run.length - 1;
    if (cut) run = run.slice(0, stop + 1);
    const nextNumber = run[run.length - 1];
    if (!label.length) break;
    // The next row's number ends the run: "1" under a group, else the next in turn.
    if (!cut && q < toks.length && nextNumber && nextNumber.kind === 'num' && (roman ? nextNumber.text === '1' : followsNumber(nextNumber.text, number.text))) {
      rows.push({ number, label, values: run.slice(0, -1) });
      k = q - 1;
      continue;
    }
    // Or the next group: "… 534 II Viễn thông 1 …".
    if (!cut && group && romanOf(toks[q]) === group + 1 && toks[q + 1]?.kind === 'word') {
      rows.push({ number, label, values: run });
      k = q;
      continue;
    }
    if (run.some((t) => t.kind === 'num')) rows.push({ number, label, values: run });
    break;
  }
  if (rows.length < 2) return null;
  const width = Math.max(...rows.slice(0, -1).map((r) => r.values.length));
  const last = rows[rows.length - 1];
  if (width < 1 || width > MAX_VALUES || last.values.length > width) return null;
  const heads = segmentHeads(toks.slice(valueHeadsAt, first), width);
  if (!heads) return null;
  const optional = heads.map((hd) => OPTIONAL_HEAD.test(lower(hd)));
  const kinds = columnKinds(rows.map((r) => r.values), width);
  const headCells: TableCell[] = [spanOf(toks.slice(i, i + numberHead)), spanOf(toks.slice(i + numberHead, i + numberHead + labelHead))];
  if (unitHead) headCells.push(spanOf(toks.slice(valueHeadsAt - unitHead, valueHeadsAt)));
  headCells.push(...heads.map(spanOf));
  const out: TableRow[] = [{ start: headCells[0].start, end: headCells[headCells.length - 1].end, cells: headCells, header: true }];
  for (const r of rows) {
    const { label, unit } = unitHead ? splitUnit(r.label) : { label: r.label, unit: [] };
    const lead: TableCell[] = [spanOf([r.number]), spanOf(label)];
    if (unitHead) lead.push(unit.length ? spanOf(unit) : { start: label[label.length - 1].end, end: label[label.length - 1].end });
    const placed = r.values.length ? placeValues(r.values, kinds, optional) : null;
    out.push(rowOf(lead, r.values, placed, width));
  }
  return { start: out[0].start, end: out[out.length - 1].end, rows: out };
}

/** Words a year column's head may have before its year: "Năm 2020", "Ước TH 2021", "Sơ bộ 2021". */
const YEAR_HEAD_WORD = /^(?:năm|ước|uth|th|kh|sơ|bộ|thực|hiện|kế|hoạch|tính|dự|kiến|kết|quả)$/iu;

/** An indicator table with a column per year and rows not numbered, its label head ("Chỉ tiêu")
 *  at `i`: "Chỉ tiêu ĐVT 2020 2021 Số trạm BTS Trạm 1.100 1.180 Số thuê bao … ". Each row is its
 *  label and exactly one value per year. */
function yearColumnsTable(toks: Token[], i: number): Found | null {
  const labelHead = headAt(toks, i, LABEL_HEAD);
  if (!labelHead) return null;
  const unitHead = headAt(toks, i + labelHead, UNIT_HEAD);
  let p = i + labelHead + unitHead;
  const heads: Token[][] = [];
  let cur: Token[] = [];
  let lastYear = 0;
  while (p < toks.length) {
    const t = toks[p];
    const y = yearOf(t);
    if (y !== null && y > lastYear) {
      heads.push([...cur, t]);
      cur = [];
      lastYear = y;
    } else if (t.kind === 'word' && cur.length < 3 && YEAR_HEAD_WORD.test(t.text)) cur.push(t);
    else break;
    p++;
  }
  p -= cur.length;
  const width = heads.length;
  if (width < 2) return null;
  const rows: { label: Token[]; values: Token[] }[] = [];
  while (p < toks.length) {
    const label: Token[] = [];
    let q = p;
    while (q < toks.length && (toks[q].kind === 'word' || (toks[q].kind === 'dash' && toks[q + 1]?.kind === 'word' && label.length))) label.push(toks[q++]);
    const values: Token[] = [];
    while (q < toks.length && toks[q].kind !== 'word') values.push(toks[q++]);
    const stop = values.findIndex((t) => t.trail);
    if (!label.length || values.length !== width || (stop >= 0 && stop < width - 1) || !values.some((v) => v.kind === 'num')) break;
    rows.push({ label, values });
    p = q;
    if (stop >= 0) break;
  }
  if (rows.length < 2) return null;
  const headCells: TableCell[] = [spanOf(toks.slice(i, i + labelHead))];
  if (unitHead) headCells.push(spanOf(toks.slice(i + labelHead, i + labelHead + unitHead)));
  headCells.push(...heads.map(spanOf));
  const out: TableRow[] = [{ start: headCells[0].start, end: headCells[headCells.length - 1].end, cells: headCells, header: true }];
  const all = heads.map((_, c) => c);
  for (const r of rows) {
    const { label, unit } = unitHead ? splitUnit(r.label) : { label: r.label, unit: [] };
    const lead: TableCell[] = [spanOf(label)];
    if (unitHead) lead.push(unit.length ? spanOf(unit) : { start: label[label.length - 1].end, end: label[label.length - 1].end });
    out.push(rowOf(lead, r.values, all, width));
  }
  return { start: out[0].start, end: out[out.length - 1].end, rows: out };
}

const PROSE = new Set<Block['kind']>(['paragraph', 'heading', 'list_item']);

/** The run of prose blocks around block `b` with nothing but white space between them. */
function streamAround(text: string, blocks: Block[], b: number): Span {
  let from = b;
  while (from > 0 && PROSE.has(blocks[from - 1].kind) && text.slice(blocks[from - 1].end, blocks[from].start).trim() === '') from--;
  let to = b;
  while (to + 1 < blocks.length && PROSE.has(blocks[to + 1].kind) && text.slice(blocks[to].end, blocks[to + 1].start).trim() === '') to++;
  return { start: blocks[from].start, end: blocks[to].end };
}

function blockAt(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= offset) lo = mid + 1;
    else if (blocks[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function firstTokenAt(toks: Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The flattened tables in the prose blocks of a text. */
export function findFlatTables(text: string, blocks: Block[]): Table[] {
  const hits: { at: number; kind: 'years' | 'numbered' | 'year-columns' }[] = [];
  YEAR_ROWS.lastIndex = 0;
  for (let m = YEAR_ROWS.exec(text); m; m = YEAR_ROWS.exec(text)) {
    if (!/[\d.,/]/.test(text[m.index - 1] ?? ' ')) hits.push({ at: m.index, kind: 'years' });
    YEAR_ROWS.lastIndex = m.index + 4;
  }
  HEAD_CUE.lastIndex = 0;
  for (let m = HEAD_CUE.exec(text); m; m = HEAD_CUE.exec(text)) {
    if (WORD_BEFORE.test(text[m.index - 1] ?? ' ')) continue;
    NUMBERED_HEADS.lastIndex = m.index;
    LABEL_THEN_YEARS.lastIndex = m.index;
    if (NUMBERED_HEADS.test(text)) hits.push({ at: m.index, kind: 'numbered' });
    else if (LABEL_THEN_YEARS.test(text)) hits.push({ at: m.index, kind: 'year-columns' });
  }
  if (!hits.length) return [];
  hits.sort((x, y) => x.at - y.at);
  const found: Table[] = [];
  const streams = new Map<number, Token[]>();
  for (const hit of hits) {
    if (found.length && hit.at < found[found.length - 1].end) continue;
    const b = blockAt(blocks, hit.at);
    if (b < 0 || !PROSE.has(blocks[b].kind)) continue;
    const stream = streamAround(text, blocks, b);
    let toks = streams.get(stream.start);
    if (!toks) streams.set(stream.start, (toks = tokenize(text, stream.start, stream.end)));
    const i = firstTokenAt(toks, hit.at);
    if (i >= toks.length) continue;
    const table = hit.kind === 'years' ? yearRowsTable(toks, i) : hit.kind === 'numbered' ? numberedTable(toks, i) : yearColumnsTable(toks, i);
    if (!table || (found.length && table.start < found[found.length - 1].end)) continue;
    found.push({ kind: 'table', start: table.start, end: table.end, rows: table.rows });
  }
  return found;
}

/** The blocks with each flattened table in place of the text it was read from: what a block held
 *  before or after the table stays a block of its kind (a caption "Bảng 3. …" before the heads). */
export function withFlatTables(text: string, blocks: Block[]): Block[] {
  const tables = findFlatTables(text, blocks);
  if (!tables.length) return blocks;
  const out: Block[] = [];
  let t = 0;
  const piece = (b: Block, start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ ...b, start, end } as Block);
  };
  for (const b of blocks) {
    let from = b.start;
    while (t < tables.length && tables[t].start < b.end) {
      const table = tables[t];
      if (table.end <= from) {
        t++;
        continue;
      }
      if (table.start > from) piece(b, from, Math.min(table.start, b.end));
      if (table.start >= b.start) out.push(table);
      from = Math.max(from, table.end);
      if (table.end > b.end) break;
      t++;
    }
    if (from < b.end) piece(b, from, b.end);
  }
  markCaptions(text, out);
  return out;
}

const CAPTION = /^[\s*_]*(?:bảng|biểu)\s*(?:số\s*)?[\dIVX]+(?:\.\d+)*(?![\p{L}\d])/iu;

/** A caption right before a table ("Bảng 6. Thuê bao … 2001 - 2007") is a title, as a heading of
 *  the lowest level: it ends without punctuation, and as a paragraph it would run into the text
 *  after the table. */
function markCaptions(text: string, blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i - 1];
    if (blocks[i].kind !== 'table' || (b.kind !== 'paragraph' && b.kind !== 'list_item') || text.slice(b.end, blocks[i].start).trim()) continue;
    const caption = text.slice(b.start, b.end);
    if (CAPTION.test(caption) && !/[.!?…:;]\s*$/u.test(caption)) blocks[i - 1] = { kind: 'heading', level: 6, start: b.start, end: b.end };
  }
}
