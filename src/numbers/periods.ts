// Reporting periods as structured values: "6 tháng đầu năm 2023", "tháng 4/2023", "Quý II/2023",
// "Từ ngày 01/01/2023 đến 25/5/2023", "tính đến ngày 25/5/2023", …
//
// Only phrases introduced by từ / tính từ / đến / tính đến / trong / tháng / quý / năm / giai đoạn
// count. A bare date ("khóa 1 chiều sau 31/3/2023", "Quyết định … ngày 17/11/2022") is an effective
// or issue date, never a period.

import type { Span } from '../model.js';
import type { Period, PeriodMention } from './types.js';

export interface PeriodOptions {
  /** Year of the report: resolves "6 tháng đầu năm", "trong năm", "quý II" written without a year. */
  reportYear?: number;
  /** The report's own period: resolves "trong tháng" / "trong quý" / "trong kỳ" when it is one. */
  reportPeriod?: Period;
  /** Also return the periods a figure is compared with ("so với cùng kỳ năm 2022"), marked
   *  `comparison`. Left out by default: they are never the period of the figure in the sentence. */
  includeComparisons?: boolean;
}

/** A period phrase; `comparison` when the text compares with it ("so với cùng kỳ năm 2022"). */
export interface FoundPeriod extends PeriodMention {
  comparison?: true;
  /** The word that introduces the phrase, inside the span ("Từ ngày …", "tính đến …") or just before
   *  it ("Trong 6 tháng đầu năm 2023", "trong tháng 4/2023"): từ, tính từ, kể từ, đến, tính đến, trong. */
  introducer?: string;
}

const INTRO_INSIDE = /^(tính\s+từ|kể\s+từ|từ|tính\s+đến|đến|tới|trong)(?![\p{L}\p{N}])/iu;
// "Lũy kế 10 tháng năm 2024, …": a running total over that period.
const INTRO_BEFORE = /(?<![\p{L}\p{N}])(tính\s+từ|kể\s+từ|từ|tính\s+đến|đến|tới|trong|suốt|lũy\s+kế|luỹ\s+kế)\s+$/iu;

/** "so với (cùng kỳ)", "cùng kỳ", "bằng … của": the phrase that follows is a point of comparison. */
const COMPARED = /(?:so\s+với|cùng\s+kỳ|bằng|gấp\s+[\d,.]+\s+lần)\s*(?:cùng\s+kỳ\s*)?(?:của\s+)?$/iu;

interface Found {
  start: number;
  end: number;
  from: string;
  to: string;
  asOf?: boolean;
}

// ---------------------------------------------------------------- calendar helpers

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validYear = (y: number): boolean => y >= 1945 && y <= 2100;
const validMonth = (m: number): boolean => m >= 1 && m <= 12;
const validDate = (y: number, m: number, d: number): boolean =>
  validYear(y) && validMonth(m) && d >= 1 && d <= daysIn(y, m);

const yearSpan = (y: number) => ({ from: iso(y, 1, 1), to: iso(y, 12, 31) });
const monthSpan = (y: number, m: number) => ({ from: iso(y, m, 1), to: iso(y, m, daysIn(y, m)) });
const monthsSpan = (y: number, m1: number, m2: number) => ({ from: iso(y, m1, 1), to: iso(y, m2, daysIn(y, m2)) });

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const COUNT_WORDS: Record<string, number> = { ba: 3, 'sáu': 6, 'chín': 9 };

function countOf(raw: string): number {
  const w = raw.toLowerCase();
  return COUNT_WORDS[w] ?? Number(raw);
}

/** Year, month, day from one date as written: "25/5/2023", "01-01-2023", "25 tháng 5 năm 2023". */
function dateParts(raw: string): { y: number; m: number; d: number } | null {
  const nums = raw.match(/\d+/g);
  if (!nums || nums.length !== 3) return null;
  const d = Number(nums[0]);
  const m = Number(nums[1]);
  const y = Number(nums[2]);
  return validDate(y, m, d) ? { y, m, d } : null;
}

// ---------------------------------------------------------------- pattern pieces

const B = '(?<![\\p{L}\\p{N}])'; // word start
const E = '(?![\\p{L}\\p{N}])'; // word end
const YEAR = '(\\d{4})(?![\\d/])';
const DASH = '\\s*[-–—]\\s*';
const SEP = '\\s*[/.\\-]\\s*';
/** A full date: numeric or written out. */
const DATE = `(?:\\d{1,2}${SEP}\\d{1,2}${SEP}\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})(?!\\d)`;
/** A day and month without the year: "01/01", "1 tháng 1". */
const DAY_MONTH = `(?:\\d{1,2}\\s*/\\s*\\d{1,2}|\\d{1,2}\\s+tháng\\s+\\d{1,2})(?![\\d/])`;
const QUARTER = '(iv|iii|ii|i|[1-4])(?![\\p{L}\\p{N}])';
const COUNT = '(\\d{1,2}|ba|sáu|chín)';
const TO = '(?:đến|tới|-|–|—)';

type Builder = (m: RegExpExecArray, o: PeriodOptions) => { from: string; to: string; asOf?: boolean } | null | 'block';

interface Rule {
  cues: string[];
  re: RegExp;
  build: Builder;
}

/** `cues`: words the phrase cannot do without (lower case); a text without any of them skips the rule. */
const rule = (cues: string[], source: string, build: Builder): Rule => ({ cues, re: new RegExp(source, 'giu'), build });

const reportYearOf = (o: PeriodOptions): number | undefined =>
  o.reportYear ?? (o.reportPeriod ? Number(o.reportPeriod.start.slice(0, 4)) : undefined);

/** The report period's month when it covers exactly one month. */
function reportMonth(o: PeriodOptions): { y: number; m: number } | null {
  const p = o.reportPeriod;
  if (!p) return null;
  const y = Number(p.start.slice(0, 4));
  const m = Number(p.start.slice(5, 7));
  const whole = monthSpan(y, m);
  return p.start === whole.from && p.end === whole.to ? { y, m } : null;
}

function reportQuarter(o: PeriodOptions): { from: string; to: string } | null {
  const p = o.reportPeriod;
  if (!p) return null;
  const y = Number(p.start.slice(0, 4));
  const m = Number(p.start.slice(5, 7));
  if ((m - 1) % 3 !== 0) return null;
  const q = monthsSpan(y, m, m + 2);
  return p.start === q.from && p.end === q.to ? q : null;
}

function nMonths(n: number, last: boolean, y: number | undefined) {
  if (y === undefined || !validYear(y) || n < 1 || n > 12) return null;
  return last ? monthsSpan(y, 13 - n, 12) : monthsSpan(y, 1, n);
}

function quarter(q: number, y: number | undefined) {
  if (y === undefined || !validYear(y) || !q) return null;
  return monthsSpan(y, 3 * q - 2, 3 * q);
}

// The rules. Overlaps are settled afterwards: the longest match wins, so "6 tháng đầu năm 2023"
// beats the "năm 2023" inside it, and a date "ngày 25 tháng 5 năm 2023" (a blocker) beats its month.
const RULES: Rule[] = [
  // Từ ngày 01/01/2023 đến (ngày) 25/5/2023 · Tính từ ngày … · từ 01/01/2023 - 25/5/2023
  rule(['từ'], `${B}(?:tính\\s+)?từ\\s+(?:ngày\\s+)?(${DATE})\\s*${TO}\\s*(?:hết\\s+)?(?:ngày\\s+)?(${DATE})`, (m) => {
    const a = dateParts(m[1]);
    const b = dateParts(m[2]);
    if (!a || !b) return 'block';
    const from = iso(a.y, a.m, a.d);
    const to = iso(b.y, b.m, b.d);
    // A window that does not parse is a broken phrase, not an as-of date at its end.
    return from <= to ? { from, to } : 'block';
  }),
  // từ ngày 01/01 đến ngày 25/5/2023: the start takes the end's year
  rule(['từ'], `${B}(?:tính\\s+)?từ\\s+(?:ngày\\s+)?(${DAY_MONTH})\\s*${TO}\\s*(?:hết\\s+)?(?:ngày\\s+)?(${DATE})`, (m) => {
    const b = dateParts(m[2]);
    if (!b) return 'block';
    const [d, mo] = (m[1].match(/\d+/g) ?? []).map(Number);
    if (!validDate(b.y, mo, d)) return 'block';
    const from = iso(b.y, mo, d);
    const to = iso(b.y, b.m, b.d);
    return from <= to ? { from, to } : 'block';
  }),
  // từ ngày 11 – 15/11/2023: days of one month
  rule(['từ'], `${B}(?:tính\\s+)?từ\\s+(?:ngày\\s+)?(\\d{1,2})\\s*${TO}\\s*(?:ngày\\s+)?(${DATE})`, (m) => {
    const b = dateParts(m[2]);
    const d = Number(m[1]);
    if (!b || !validDate(b.y, b.m, d) || d > b.d) return null;
    return { from: iso(b.y, b.m, d), to: iso(b.y, b.m, b.d) };
  }),
  // từ tháng 1 đến tháng 4/2023 · từ tháng 01/2023 đến (hết) tháng 4/2023
  rule(['từ'], 
    `${B}(?:tính\\s+)?từ\\s+tháng\\s+(\\d{1,2})(?:${SEP}(\\d{4}))?\\s*${TO}\\s*(?:hết\\s+)?tháng\\s+(\\d{1,2})(?:${SEP}|\\s+năm\\s+)${YEAR}`,
    (m) => {
      const y2 = Number(m[4]);
      const y1 = m[2] ? Number(m[2]) : y2;
      const m1 = Number(m[1]);
      const m2 = Number(m[3]);
      if (!validYear(y1) || !validYear(y2) || !validMonth(m1) || !validMonth(m2)) return null;
      const from = iso(y1, m1, 1);
      const to = iso(y2, m2, daysIn(y2, m2));
      return from <= to ? { from, to } : null;
    },
  ),
  // từ đầu năm (2023) đến ngày 25/5/2023
  rule(['từ'], `${B}(?:tính\\s+)?từ\\s+đầu\\s+năm(?:\\s+(\\d{4}))?\\s*${TO}\\s*(?:hết\\s+)?(?:ngày\\s+)?(${DATE})`, (m) => {
    const b = dateParts(m[2]);
    if (!b) return null;
    const y = m[1] ? Number(m[1]) : b.y;
    const from = iso(y, 1, 1);
    const to = iso(b.y, b.m, b.d);
    return from <= to ? { from, to } : null;
  }),
  // "từ đầu năm (2023) đến nay": up to an unstated day, so not the whole year either
  rule(['từ'], `${B}(?:tính\\s+)?từ\\s+đầu\\s+năm(?:\\s+\\d{4})?\\s*đến\\s+nay${E}`, () => 'block'),
  // tính đến (hết) ngày 25/5/2023 · đến ngày 31/12/2023 · tính đến thời điểm 25/5/2023
  rule(['đến', 'tới'], `${B}(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+)?(?:thời\\s+điểm\\s+)?(?:ngày\\s+)?(${DATE})`, (m) => {
    const b = dateParts(m[1]);
    return b ? { from: iso(b.y, 1, 1), to: iso(b.y, b.m, b.d), asOf: true } : null;
  }),
  // tính đến hết tháng 4/2023
  rule(['đến', 'tới'], `${B}(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)tháng\\s+(\\d{1,2})(?:${SEP}|\\s+năm\\s+)${YEAR}`, (m) => {
    const y = Number(m[2]);
    const mo = Number(m[1]);
    return validYear(y) && validMonth(mo) ? { from: iso(y, 1, 1), to: iso(y, mo, daysIn(y, mo)), asOf: true } : null;
  }),
  // tính đến hết năm 2023 · đến cuối năm 2023
  rule(['đến', 'tới'], `${B}(?:tính\\s+)?(?:đến|tới)\\s+(?:hết|cuối)\\s+năm\\s+${YEAR}`, (m) => {
    const y = Number(m[1]);
    return validYear(y) ? { ...yearSpan(y), asOf: true } : null;
  }),
  // "đầu năm 2023" / "cuối năm 2022" alone are points in time, not the year
  rule(['năm'], `${B}(?:đầu|cuối)\\s+năm\\s+${YEAR}`, () => 'block'),
  // 6 tháng đầu năm 2023 · 6 tháng cuối năm 2024 · 9 tháng năm 2021 · sáu tháng đầu năm
  rule(['tháng'], `${B}${COUNT}\\s+tháng\\s+(?:(đầu|cuối)\\s+)?năm(?:\\s+${YEAR})?${E}(?!\\s+học)`, (m, o) => {
    const n = countOf(m[1]);
    const last = m[2]?.toLowerCase() === 'cuối';
    if (!m[2] && !m[3]) return null; // "6 tháng năm" is not a phrase; "3 tháng" alone is a duration
    return nMonths(n, last, m[3] ? Number(m[3]) : reportYearOf(o));
  }),
  // Quý I/2023 · quý IV/2021 · quý II năm 2023 · quý 2-2024 · quý II (with the report's year)
  rule(['quý'], `${B}quý\\s+${QUARTER}(?:(?:${SEP}|\\s+năm\\s+|\\s+)${YEAR})?`, (m, o) => {
    const q = ROMAN[m[1].toLowerCase()];
    return quarter(q, m[2] ? Number(m[2]) : reportYearOf(o));
  }),
  // tháng 4/2023 · tháng 4 năm 2023 · Tháng 01/2023 · tháng 12-2022
  rule(['tháng'], `${B}tháng\\s+(\\d{1,2})(?:${SEP}|\\s+năm\\s+)${YEAR}`, (m) => {
    const y = Number(m[2]);
    const mo = Number(m[1]);
    return validYear(y) && validMonth(mo) ? monthSpan(y, mo) : null;
  }),
  // A month with no year ("tháng 3, quý I"), with the report's year; it must end the phrase
  // so that "tháng 12 tài khoản" (after "trong") is not read as December.
  rule(['tháng'], `${B}(hàng|mỗi|các|từng)?\\s*tháng\\s+(\\d{1,2})(?=\\s*[,.;:)\\]]|\\s*$|\\s+(?:và|đến|tới|vừa|này|qua|năm\\s+nay)${E})`, (m, o) => {
    if (m[1]) return 'block';
    const y = reportYearOf(o);
    const mo = Number(m[2]);
    return y !== undefined && validYear(y) && validMonth(mo) ? monthSpan(y, mo) : null;
  }),
  // A date "ngày 25 tháng 5 (năm 2023)" is not the month nor the year.
  rule(['ngày'], `${B}ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?`, () => 'block'),
  // giai đoạn 2021 - 2025 · năm 2022 - 2023 · từ năm 2021 đến năm 2023
  rule(['năm', 'đoạn'], `${B}(?:giai\\s+đoạn|năm)\\s+(\\d{4})${DASH}(\\d{4})(?!\\d)`, (m) => {
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    return validYear(y1) && validYear(y2) && y1 < y2 ? { from: iso(y1, 1, 1), to: iso(y2, 12, 31) } : null;
  }),
  rule(['từ'], `${B}(?:tính\\s+)?từ\\s+năm\\s+(\\d{4})\\s*${TO}\\s*(?:hết\\s+)?(?:năm\\s+)?${YEAR}`, (m) => {
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    return validYear(y1) && validYear(y2) && y1 <= y2 ? { from: iso(y1, 1, 1), to: iso(y2, 12, 31) } : null;
  }),
  // năm 2023
  rule(['năm'], `${B}năm\\s+${YEAR}`, (m) => {
    const y = Number(m[1]);
    return validYear(y) ? yearSpan(y) : null;
  }),
  // Bare "trong năm" / "trong tháng" / "trong quý" / "trong kỳ" (report-relative).
  rule(['trong'], `${B}trong\\s+(năm|tháng|quý|kỳ)(?!\\s*\\d)${E}(?!\\s+(?:học|tài\\s+chính|qua|tới|sau|trước))`, (m, o) => {
    const w = m[1].toLowerCase();
    if (w === 'năm') {
      const y = reportYearOf(o);
      return y !== undefined && validYear(y) ? yearSpan(y) : null;
    }
    if (w === 'tháng') {
      const rm = reportMonth(o);
      return rm ? monthSpan(rm.y, rm.m) : null;
    }
    if (w === 'quý') return reportQuarter(o);
    return o.reportPeriod ? { from: o.reportPeriod.start, to: o.reportPeriod.end } : null;
  }),
];

// ---------------------------------------------------------------- public API

/**
 * Every period phrase in `text` (or in `range` of it), with offsets into `text`, in reading order.
 * Phrases without a year ("6 tháng đầu năm", "trong tháng") are returned only when `opts` resolves them.
 */
export function findPeriods(text: string, range?: Span, opts: PeriodOptions = {}): FoundPeriod[] {
  const from = range?.start ?? 0;
  const to = range?.end ?? text.length;
  const slice = text.slice(from, to);
  const found: (Found | { start: number; end: number; block: true })[] = [];
  const lower = slice.toLowerCase();
  for (const r of RULES) {
    if (!r.cues.some((c) => lower.includes(c))) continue;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(slice); m; m = r.re.exec(slice)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      // Leading spaces can be swallowed by optional groups; keep spans tight.
      const lead = m[0].length - m[0].trimStart().length;
      const trail = m[0].length - m[0].trimEnd().length;
      const start = from + m.index + lead;
      const end = from + m.index + m[0].length - trail;
      const built = r.build(m, opts);
      if (built === 'block') found.push({ start, end, block: true });
      else if (built) found.push({ start, end, ...built });
    }
  }
  // Longest first, then earliest; a taken span excludes any overlapping one.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: typeof found = [];
  for (const f of found) if (!taken.some((t) => f.start < t.end && t.start < f.end)) taken.push(f);
  taken.sort((a, b) => a.start - b.start);
  // Built by push, not map: see analyze.ts.
  const out: FoundPeriod[] = [];
  for (const f of taken) {
    if ('block' in f) continue;
    const mention: FoundPeriod = { start: f.start, end: f.end, period: { start: f.from, end: f.to, label: text.slice(f.start, f.end) } };
    if (f.asOf) mention.asOf = true;
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    if (COMPARED.test(before)) mention.comparison = true;
    const intro = INTRO_INSIDE.exec(mention.period.label) ?? INTRO_BEFORE.exec(before);
    if (intro) mention.introducer = intro[1].toLowerCase().replace(/\s+/g, ' ');
    if (opts.includeComparisons || !mention.comparison) out.push(mention);
  }
  return out;
}

/** The first period phrase in `phrase`, with its span and asOf flag. */
export function readPeriod(phrase: string, opts: PeriodOptions = {}): FoundPeriod | null {
  return findPeriods(phrase, undefined, opts)[0] ?? null;
}

/** The first period phrase in `phrase` as a Period; `label` is that phrase as written. */
export function parsePeriod(phrase: string, opts: PeriodOptions = {}): Period | null {
  return readPeriod(phrase, opts)?.period ?? null;
}

/** True when a period lies within another (both inclusive ISO dates). */
export function periodWithin(inner: Pick<Period, 'start' | 'end'>, outer: Pick<Period, 'start' | 'end'>): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
