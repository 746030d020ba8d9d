// The period of a short text (a news item, a portal notice, a passage): the period its figures are of.
//
// How a reader decides, and so how this module does:
// 1. Each figure is of the period stated nearest before it in its sentence ("Trong tháng 01 năm
//    2025, … 14.579 hồ sơ"; "Đến giữa năm 2023, … 87,74%"), else of the one after it ("… 1.200
//    trạm tính đến hết năm 2023"). "Hiện", "hiện nay", "đến nay" before it make it a figure of the
//    text's date: 1 January of that year to that day ("17:52, Thứ Bảy, 31-8-2024 … Hiện tỉnh có
//    926.677 thuê bao" is 2024-01-01..2024-08-31); "Từ ngày 9-1-2018 … Đến nay" runs from that day.
//    A text that gives only its year is of the whole year; one with no date at all is as of the
//    latest day it counts to ("Tính đến ngày 5/12"), or of the latest period it reports.
// 2. A sentence that states no period goes on with its paragraph's, its section heading's
//    ("KẾT QUẢ TRIỂN KHAI NĂM 2025"), or the text's topic: the period of the headline or of the
//    lead ("Kết quả đánh giá năm 2023 cho thấy …"), or in a text that presents a plan, the
//    plan's; else it is of the text's date.
// 3. Years named in passing are no one's period: a document's ("Nghị quyết số 09-NQ/TU năm 2021",
//    "Thực hiện chương trình … giai đoạn 2021-2025"), a comparison ("so với năm 2019"), a vision
//    ("tầm nhìn đến năm 2030", "định hướng tới năm 2030").
// 4. The period of the most figures wins; the headline's counts twice more. Then (refine): a range
//    stated with its days that some figures are of beats the label it overlaps ("Quý III/2019" and
//    "Tính từ ngày 1.1.2019 đến 15.08.2019, … 54.000 hồ sơ"); a period named by the text that holds
//    the periods of more figures than the best alone, none overlapping, is what they make up (a
//    quarter over its months); a target inside a plan's span gives way to the span ("chương trình …
//    giai đoạn 2021-2025 … phấn đấu đến năm 2025"): a plan's text has the plan's period.
// 5. A period still running on the text's date ends on it ("Năm 2025, …" in an item of 26/12/2025),
//    unless it is a target or an estimate ("ước đạt").
// 6. When the most figures are "now" and nothing dates the text, there is no answer (null),
//    rather than a year named in passing.
import type { Period } from '../numbers/types.js';
import { findPeriods } from '../numbers/periods.js';
import { findMentions } from '../numbers/index.js';
import type { Mention } from '../numbers/types.js';
import { readArticleDate, type ArticleDate } from './dateline.js';
import { shortLayout, type Span } from './layout-short.js';

export type PeriodSource = 'title' | 'opening' | 'headline' | 'text' | 'dateline' | 'inferred';

export interface TextPeriod {
  period: Period;
  source: PeriodSource;
}

type Mode = 'done' | 'target' | 'vision';

interface Phrase extends Span {
  label: string;
  /** Null for a phrase that runs to the text's date ("từ đầu năm đến nay"), resolved later. */
  period: Period | null;
  /** Start of a phrase that runs to the text's date: "Kể từ tháng 11/2022 tới nay", "Từ ngày 9-1-2018". */
  since?: string;
  mode: Mode;
  /** A plan's span: "giai đoạn 2021-2025", "kế hoạch năm 2022". */
  span: boolean;
  asOf?: boolean;
  /** A range stated with its days: "Tính từ ngày 1.1.2019 đến 15.08.2019", "từ ngày 21-9 đến 20-10". */
  exact?: boolean;
  /** Its sentence estimates ("ước đạt"): figures of the whole period, even before it ends. */
  estimate?: boolean;
}

/** What a figure is of: a phrase, the text's date, or nothing known. */
type Governor = { kind: 'phrase'; phrase: Phrase } | { kind: 'now'; since?: string; label: string };

// ---------------------------------------------------------------- calendar

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validYear = (y: number): boolean => y >= 1945 && y <= 2100;
const validDay = (y: number, m: number, d: number): boolean => validYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
const dmy = (d: string, m: string, y: string): string | null => (validDay(Number(y), Number(m), Number(d)) ? iso(Number(y), Number(m), Number(d)) : null);
const shortDate = (isoDate: string): string => `${Number(isoDate.slice(8, 10))}/${Number(isoDate.slice(5, 7))}/${isoDate.slice(0, 4)}`;

// ---------------------------------------------------------------- what a phrase is

/** A document the phrase belongs to, in the same clause: its issue year or scope, not the text's period. */
const DOCUMENT_BEFORE =
  /(?:luật|nghị\s+quyết|quyết\s+định|chỉ\s+thị|thông\s+tư|nghị\s+định|công\s+văn|văn\s+bản\s+số|tờ\s+trình|hướng\s+dẫn\s+số|\d+\s*\/\s*[\p{Lu}Đ][\p{L}\-]*)[^,;.:]{0,60}$/iu;
/** Implementing a plan: "Thực hiện chương trình chuyển đổi số trong giai đoạn 2021-2025, …". */
const IMPLEMENTING_BEFORE =
  /(?:thực\s+hiện|triển\s+khai|căn\s+cứ|theo|trong\s+khuôn\s+khổ)\s+(?:các\s+)?(?:kế\s+hoạch|chương\s+trình|đề\s+án|chiến\s+lược|quy\s+hoạch|nghị\s+quyết)[^,;.:]{0,60}$/iu;
const VISION_BEFORE = /(?:tầm\s+nhìn|định\s+hướng)\s*(?:đến|tới)?\s*(?:năm\s*)?$/iu;
/** Words that make a period a target or a plan's scope. */
const TARGET_WORDS =
  /(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|dự\s+kiến|(?<![\p{L}])sẽ(?![\p{L}])|đặt\s+ra|đề\s+ra|hướng\s+tới|lộ\s+trình|quy\s+hoạch|chương\s+trình|đề\s+án|chiến\s+lược)/iu;
/** A result measured against a plan: "đạt 102% kế hoạch", "bằng 95% chỉ tiêu", "vượt kế hoạch". */
const ACHIEVED = /(?:%|so\s+với|bằng|vượt|hoàn\s+thành|đạt)\s+(?:[\p{L}\d,.%]+\s+){0,2}?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)/giu;
const PLAN_NOUN_BEFORE = /(?:kế\s+hoạch|chương\s+trình|đề\s+án|quy\s+hoạch|chiến\s+lược)[^;.:]{0,60}$/iu;

interface Classified {
  mode: Mode | 'passing';
  span: boolean;
}

function classify(text: string, sentence: Span, start: number, end: number, label: string, nextPhrase: number): Classified {
  const before = text.slice(Math.max(sentence.start, start - 80), start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  // After the phrase, up to the next period phrase: "Giai đoạn 2015-2016, 4 nhà mạng … lên kế hoạch
  // phát triển 2.300 trạm" is a plan; "Năm 2024, tỉnh đạt 80%; mục tiêu năm 2025 …" is not.
  // "đạt 102% kế hoạch", "vượt chỉ tiêu", "hoàn thành kế hoạch" measure what was done against a plan.
  const after = text.slice(end, Math.min(sentence.end, nextPhrase, end + 120)).replace(ACHIEVED, ' ');
  // A period right after a document's number or name: "Kế hoạch 121/KH-UBND năm 2025".
  if (DOCUMENT_BEFORE.test(clause) || IMPLEMENTING_BEFORE.test(before)) return { mode: 'passing', span: false };
  if (VISION_BEFORE.test(before)) return { mode: 'vision', span: false };
  const span = /^giai\s+đoạn/iu.test(label) || PLAN_NOUN_BEFORE.test(before);
  // Target words count in the phrase's own clause: "Theo kế hoạch, đến năm 2025 phấn đấu …",
  // "Kế hoạch đặt ra chỉ tiêu đến cuối năm 2025", not "… hoàn thành kế hoạch năm 2020, … báo cáo: trong năm 2019".
  const target = TARGET_WORDS.test(clause) || TARGET_WORDS.test(after);
  return { mode: target ? 'target' : 'done', span };
}

// ---------------------------------------------------------------- phrases

interface Context {
  year: number | null;
}

/** Phrases the numbers module does not read as a reader would: mid-year and mid-month ends, days
 *  without a year, runs to the text's date. Each as { start, end, period | since }. */
function extraPhrases(text: string, ctx: Context): Omit<Phrase, 'mode' | 'span'>[] {
  const out: Omit<Phrase, 'mode' | 'span'>[] = [];
  const push = (m: RegExpExecArray, p: Omit<Phrase, 'mode' | 'span' | 'start' | 'end' | 'label'>) => {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index + lead, end: m.index + m[0].length, label: m[0].trim(), ...p });
  };
  const B = '(?<![\\p{L}\\p{N}])';
  // "từ đầu năm tới giữa tháng 6/2007", "tính đến giữa tháng 6/2007": to the 15th.
  for (const m of text.matchAll(new RegExp(`${B}(?:(?:tính\\s+)?từ\\s+đầu\\s+năm(?:\\s+(\\d{4}))?\\s+|tính\\s+)?(?:đến|tới)\\s+giữa\\s+tháng\\s+(\\d{1,2})(?:\\s*[/.\\-]\\s*|\\s+năm\\s+)(\\d{4})(?!\\d)`, 'giu'))) {
    const y = Number(m[3]);
    const mo = Number(m[2]);
    if (validDay(y, mo, 15)) push(m as RegExpExecArray, { period: { start: iso(Number(m[1] ?? y), 1, 1), end: iso(y, mo, 15), label: m[0].trim() }, asOf: true });
  }
  // "Đến giữa năm 2023", "tính đến giữa năm 2007": 1 January to 30 June.
  for (const m of text.matchAll(new RegExp(`${B}(?:tính\\s+)?(?:đến|tới)\\s+giữa\\s+năm\\s+(\\d{4})(?!\\d)`, 'giu'))) {
    const y = Number(m[1]);
    if (validYear(y)) push(m as RegExpExecArray, { period: { start: iso(y, 1, 1), end: iso(y, 6, 30), label: m[0].trim() }, asOf: true });
  }
  // "Tính đến ngày 5/12" without its year: the year of the text. "ngày" or "tính đến" must be there:
  // "đến 3/4 số xã" is a fraction.
  for (const m of text.matchAll(new RegExp(`${B}(?:tính\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?|(?:đến|tới)\\s+(?:hết\\s+)?ngày\\s+)(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?![\\d/.\\-])`, 'giu'))) {
    if (ctx.year === null) continue;
    const end = dmy(m[1], m[2], String(ctx.year));
    if (end) push(m as RegExpExecArray, { period: { start: iso(ctx.year, 1, 1), end, label: m[0].trim() }, asOf: true });
  }
  // "từ đầu năm (2024) đến nay", "Kể từ tháng 11/2022 tới nay", "từ ngày 01/7/2020 đến nay", and starts
  // without an end: "Kể từ năm 2021, …", "Kể từ khi chính thức vận hành ngày 1/6/2024, …".
  for (const m of text.matchAll(
    new RegExp(
      `${B}(?:tính\\s+|kể\\s+)?từ\\s+(?:khi\\s+[^,.;\\d]{0,50}?)?(?:(đầu\\s+năm)(?:\\s+(\\d{4}))?|năm\\s+(\\d{4})(?!\\s*(?:đến|tới|[-–—]))|tháng\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})|(?:ngày\\s+)?(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\7\\s*(\\d{4}))(?![\\d/])(?:[^.;]{0,80}?(?<![\\p{L}])(?:đến|tới|cho\\s+đến)\\s+(?:nay|hiện\\s+nay|hiện\\s+tại|thời\\s+điểm\\s+(?:này|hiện\\s+tại|báo\\s+cáo)))?`,
      'giu',
    ),
  )) {
    const toNow = /(?:đến|tới)\s+(?:nay|hiện|thời\s+điểm)/iu.test(m[0]);
    let since: string | null = null;
    if (m[1]) since = m[2] ? iso(Number(m[2]), 1, 1) : ctx.year !== null ? iso(ctx.year, 1, 1) : null;
    else if (m[3]) since = validYear(Number(m[3])) ? iso(Number(m[3]), 1, 1) : null;
    else if (m[4]) since = validDay(Number(m[5]), Number(m[4]), 1) ? iso(Number(m[5]), Number(m[4]), 1) : null;
    else if (m[6]) since = dmy(m[6], m[8], m[9]);
    // A start without its end ("Từ ngày 9-1-2018, Trung tâm đi vào hoạt động") runs to the text's
    // date, and says from when the paragraph's later "đến nay" counts. Not "từ đầu năm" alone.
    if (!since || (m[1] && !toNow)) continue;
    push(m as RegExpExecArray, { period: null, since });
  }
  // "từ ngày 21-9 đến 20-10": days without their year, in the year of the text (the start in the
  // year before when its month comes later).
  for (const m of text.matchAll(
    new RegExp(`${B}(?:tính\\s+)?từ\\s+(?:ngày\\s+)?(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*(?:đến|tới|[-–—])\\s*(?:hết\\s+)?(?:ngày\\s+)?(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d/.\\-])`, 'giu'),
  )) {
    if (ctx.year === null) continue;
    const y0 = Number(m[3]) > Number(m[5]) ? ctx.year - 1 : ctx.year;
    const from = dmy(m[1], m[3], String(y0));
    const to = dmy(m[4], m[5], String(ctx.year));
    if (from && to && from <= to) push(m as RegExpExecArray, { period: { start: from, end: to, label: m[0].trim() } });
  }
  // "nửa đầu năm 2018", "nửa cuối năm 2018"; "từ năm 2016 đến nửa đầu năm 2018".
  for (const m of text.matchAll(
    new RegExp(`${B}(?:(?:tính\\s+)?từ\\s+(?:năm\\s+)?(\\d{4})\\s*(?:đến|tới|[-–—])\\s*(?:hết\\s+)?)?(?:nửa|sáu\\s+tháng|6\\s+tháng)\\s+(đầu|cuối)\\s+năm\\s+(\\d{4})(?!\\d)`, 'giu'),
  )) {
    const y = Number(m[3]);
    if (!validYear(y)) continue;
    const first = m[2].toLowerCase() === 'đầu';
    const start = m[1] ? iso(Number(m[1]), 1, 1) : first ? iso(y, 1, 1) : iso(y, 7, 1);
    const end = first ? iso(y, 6, 30) : iso(y, 12, 31);
    if (start <= end) push(m as RegExpExecArray, { period: { start, end, label: m[0].trim() } });
  }
  // "Đến tháng 9/2017, 100% …": as of the end of that month (with "hết"/"cuối", the numbers module reads it).
  for (const m of text.matchAll(new RegExp(`${B}(?:tính\\s+)?(?:đến|tới)\\s+tháng\\s+(\\d{1,2})(?:\\s*[/.\\-]\\s*|\\s+năm\\s+)(\\d{4})(?!\\d)`, 'giu'))) {
    const y = Number(m[2]);
    const mo = Number(m[1]);
    if (validDay(y, mo, 1)) push(m as RegExpExecArray, { period: { start: iso(y, 1, 1), end: iso(y, mo, daysIn(y, mo)), label: m[0].trim() }, asOf: true });
  }
  // "năm nay", "trong năm nay": the year of the text.
  for (const m of text.matchAll(new RegExp(`${B}năm\\s+nay(?![\\p{L}])`, 'giu'))) {
    if (ctx.year !== null) push(m as RegExpExecArray, { period: { start: iso(ctx.year, 1, 1), end: iso(ctx.year, 12, 31), label: m[0].trim() } });
  }
  return out;
}

/** "Hiện", "hiện nay", "hiện tại", "đến nay", "tính đến thời điểm hiện tại": as of the text's date. */
const NOW_CUE = new RegExp(
  '(?<![\\p{L}])(?<!(?:thực|xuất|thể|phát|biểu|tái|ẩn|hiển|trình|hiện)\\s)' +
    '(?:(?:tính\\s+)?(?:đến|tới|cho\\s+đến)\\s+(?:nay|thời\\s+điểm\\s+(?:này|hiện\\s+tại|hiện\\s+nay)|hiện\\s+tại|hiện\\s+nay)|hiện\\s+nay|hiện\\s+tại|' +
    'hiện(?!\\s*(?:đại|thực|hành|tượng|diện|vật|hình|trạng|hữu|ra|lên|rõ|nay|tại)(?![\\p{L}])))(?![\\p{L}])',
  'giu',
);

/** Figures that a period can be of: counts, shares, densities, sums of money; not changes, not
 *  durations ("Sau 2 năm") nor multiples ("gấp 4,8 lần"). */
function figuresOf(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of findMentions(text)) {
    if (m.role === 'change') continue;
    // A bare number ("(ngày 28.5)", "thứ 10") counts nothing.
    if (m.kind === 'count' && !m.unit) continue;
    if (/^(?:năm|tháng|ngày|giờ|phút|tuần|quý|lần)$/iu.test(m.unit ?? '')) continue;
    out.push(m);
  }
  return out;
}

// ---------------------------------------------------------------- the whole

interface Tally {
  key: string;
  period: Period;
  weight: number;
  first: number;
  mode: Mode | 'now';
  phrase?: Phrase;
  source: PeriodSource;
}

/** The text's date as a period: 1 January of its year to its day, or the whole year. */
function nowPeriod(now: ArticleDate, since?: string, cue?: string): Period {
  const end = now.date ?? iso(now.year, 12, 31);
  const start = since && since <= end ? since : iso(now.year, 1, 1);
  const when = now.date ? shortDate(now.date) : String(now.year);
  return { start, end, label: cue ? `${cue} (${when})` : `${now.label}` };
}

/** Longer texts are read from their beginning, as a reader would decide. */
const READ_LIMIT = 20000;

interface Sentence extends Span {
  phrases: Phrase[];
  cues: { start: number; end: number; label: string }[];
  figures: Mention[];
}

/** What governs a position in a sentence: the nearest phrase or "now" cue before it, else the first phrase after. */
function governorAt(s: Sentence, at: number): Governor | null {
  let best: { start: number; g: Governor } | null = null;
  for (const p of s.phrases) if (p.end <= at && (!best || p.start > best.start)) best = { start: p.start, g: { kind: 'phrase', phrase: p } };
  for (const c of s.cues) if (c.end <= at && (!best || c.start > best.start)) best = { start: c.start, g: { kind: 'now', label: c.label } };
  if (best) return best.g;
  const after = s.phrases.find((p) => p.start >= at);
  return after ? { kind: 'phrase', phrase: after } : null;
}

/** A sentence's own period, for what follows it: the one its first figure (or its end) is of. */
function sentenceGovernor(s: Sentence): Governor | null {
  return governorAt(s, s.figures[0]?.start ?? s.end);
}

/** Items of `items` (sorted by start) that start inside each span of `spans` (sorted, disjoint). */
function bucket<T extends { start: number }>(spans: Span[], items: T[]): T[][] {
  const out: T[][] = spans.map(() => []);
  let i = 0;
  for (const it of items) {
    while (i < spans.length && spans[i].end <= it.start) i++;
    if (i < spans.length && spans[i].start <= it.start) out[i].push(it);
  }
  return out;
}

export function periodOfShortText(full: string): TextPeriod | null {
  const text = full.length > READ_LIMIT ? full.slice(0, READ_LIMIT) : full;
  const layout = shortLayout(text);
  let now = readArticleDate(text);
  const ctx: Context = { year: now?.year ?? null };
  const figures = figuresOf(text);

  // Phrases: this module's and the numbers module's; of two that overlap, the longer (this module's on a tie).
  const found: Omit<Phrase, 'mode' | 'span'>[] = extraPhrases(text, ctx);
  for (const f of findPeriods(text, undefined, ctx.year !== null ? { reportYear: ctx.year } : {}))
    found.push({ start: f.start, end: f.end, label: f.period.label, period: f.period, asOf: f.asOf });
  const raw: Omit<Phrase, 'mode' | 'span'>[] = [];
  for (const f of found.map((f, i) => ({ f, i })).sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.i - b.i))
    if (!raw.some((r) => f.f.start < r.end && r.start < f.f.end)) raw.push(f.f);
  raw.sort((a, b) => a.start - b.start);

  const spans = layout.paragraphs.flatMap((p) => p.sentences);
  const rawIn = bucket(spans, raw);
  const phrases: Phrase[] = [];
  spans.forEach((s, k) => {
    rawIn[k].forEach((r, i) => {
      const c = classify(text, s, r.start, r.end, r.label, rawIn[k][i + 1]?.start ?? s.end);
      if (c.mode === 'passing') return;
      let mode = c.mode;
      // A period after the text's date is a target, whatever the words.
      if (mode === 'done' && r.period && now?.date && r.period.start > now.date) mode = 'target';
      const exact = /^(?:tính\s+|kể\s+)?từ(?![\p{L}])/iu.test(r.label) && (r.label.match(/(?<![\d/.\-])\d{1,2}\s*[/.\-]\s*\d{1,2}(?![\d])/gu) ?? []).length >= 2;
      const estimate = /(?<![\p{L}])ước(?![\p{L}])/iu.test(text.slice(s.start, s.end));
      phrases.push({ ...r, mode, span: c.span, exact, estimate });
    });
  });

  // Without a date of its own, an undated text is as of the latest day it counts to.
  if (!now?.date) {
    const asOf = phrases.filter((p) => p.asOf && p.mode === 'done' && p.period).sort((a, b) => b.period!.end.localeCompare(a.period!.end))[0];
    if (asOf?.period) now = { date: asOf.period.end, year: Number(asOf.period.end.slice(0, 4)), source: now?.source ?? 'inferred', label: asOf.label };
  }
  const cues: Sentence['cues'] = [];
  NOW_CUE.lastIndex = 0;
  for (let m = NOW_CUE.exec(text); m; m = NOW_CUE.exec(text)) {
    const cue = { start: m.index, end: m.index + m[0].length, label: m[0] };
    // "Kể từ tháng 11/2022 tới nay": the cue is part of the phrase.
    if (!phrases.some((p) => p.start <= cue.start && cue.end <= p.end)) cues.push(cue);
  }

  const phrasesIn = bucket(spans, phrases);
  const cuesIn = bucket(spans, cues);
  const figuresIn = bucket(spans, figures);
  const sentenceAt = new Map<number, Sentence>();
  spans.forEach((s, k) => sentenceAt.set(s.start, { ...s, phrases: phrasesIn[k], cues: cuesIn[k], figures: figuresIn[k] }));
  const sentence = (s: Span): Sentence => sentenceAt.get(s.start)!;

  const headlineEnd = layout.headline.length ? layout.headline[layout.headline.length - 1].end : 0;
  const inHeadline = (at: number) => at < headlineEnd;
  const headlineSentences = spans.filter((s) => s.start < headlineEnd).map(sentence);

  // The topic: the headline's period, else the lead's; in a text that presents a plan, the plan's.
  let topic: Governor | null = null;
  for (const h of headlineSentences) {
    const g = sentenceGovernor(h);
    if (g?.kind === 'phrase' && g.phrase.mode !== 'vision') {
      topic = g;
      break;
    }
  }
  const lead = spans.find((s) => s.start >= headlineEnd);
  if (!topic && lead) {
    const g = sentenceGovernor(sentence(lead));
    if (g?.kind === 'phrase' && g.phrase.mode !== 'vision') topic = g;
  }
  const opening = text.slice(0, lead ? lead.end : headlineEnd);
  if (!topic && TARGET_WORDS.test(opening) && !IMPLEMENTING_BEFORE.test(opening)) {
    const plan = phrases.find((p) => p.mode === 'target');
    if (plan) topic = { kind: 'phrase', phrase: plan };
  }

  // The latest period the text reports as done: what "hiện" means in a text without a date.
  const latestDone = phrases.filter((p) => p.mode === 'done' && p.period).sort((a, b) => b.period!.end.localeCompare(a.period!.end))[0];

  const tallies = new Map<string, Tally>();
  let unknown = 0;
  const count = (g: Governor | null, at: number, weight: number) => {
    let period: Period | null = null;
    let mode: Tally['mode'] = 'now';
    let phrase: Phrase | undefined;
    let source: PeriodSource = 'text';
    if (g?.kind === 'phrase') {
      phrase = g.phrase;
      mode = phrase.mode;
      if (phrase.period) period = phrase.period;
      else if (now) period = nowPeriod(now, phrase.since, phrase.label);
      source = inHeadline(phrase.start) ? 'headline' : 'text';
      if (!phrase.period) source = now?.source === 'inferred' ? 'inferred' : 'dateline';
    } else if (now && !(g?.kind === 'now' && !now.date && latestDone?.period && Number(latestDone.period.end.slice(0, 4)) === now.year)) {
      period = nowPeriod(now, g?.kind === 'now' ? g.since : undefined, g?.kind === 'now' ? g.label : undefined);
      source = now.source === 'inferred' ? 'inferred' : 'dateline';
    } else if (g?.kind === 'now' && latestDone?.period) {
      // No day to date "hiện" by: it is as of the latest the text reports.
      period = latestDone.period;
      phrase = latestDone;
      mode = 'done';
    }
    if (!period) {
      unknown += weight;
      return;
    }
    const w = weight * (mode === 'vision' ? 0.3 : 1);
    const key = `${period.start}..${period.end}`;
    const t = tallies.get(key);
    if (t) t.weight += w;
    else tallies.set(key, { key, period, weight: w, first: at, mode, phrase, source });
  };

  let section: Governor | null = null;
  for (const p of layout.paragraphs) {
    let paragraph: Governor | null = null;
    let since: string | undefined;
    p.sentences.forEach((span, i) => {
      const s = sentence(span);
      const own = sentenceGovernor(s);
      if (i === 0 && own) paragraph = own;
      // "Từ ngày 9-1-2018, … hoạt động. Đến nay, …": "đến nay" counts from the paragraph's last start.
      for (const ph of s.phrases) if (ph.since) since = ph.since;
      for (const f of s.figures) {
        let g = governorAt(s, f.start) ?? paragraph ?? section ?? topic;
        if (g?.kind === 'now' && since) g = { ...g, since };
        count(g, f.start, 1);
      }
    });
    if (p.heading && p.sentences.length) {
      const g = sentenceGovernor(sentence(p.sentences[0]));
      if (g?.kind === 'phrase') section = g;
    }
  }
  // The headline's period counts twice more: it says what the text is about.
  for (const h of headlineSentences) {
    const g = sentenceGovernor(h);
    if (g?.kind === 'phrase') count(g, h.start, 2);
  }

  // On a tie, a period the text states beats one read from its date.
  const ranked = [...tallies.values()].sort((a, b) => b.weight - a.weight || Number(a.mode === 'now') - Number(b.mode === 'now') || a.first - b.first);
  const best = ranked[0];
  if (!best || unknown > best.weight) return null;
  const chosen = refine(best, ranked, phrases) ?? { period: best.period, source: best.source, phrase: best.phrase };
  return { period: clip(chosen.period, chosen.phrase, now), source: chosen.phrase && inHeadline(chosen.phrase.start) ? 'headline' : chosen.source };
}

const overlaps = (a: Period, b: Period): boolean => a.start <= b.end && b.start <= a.end;
const within = (a: Period, b: Period): boolean => a.start >= b.start && a.end <= b.end;

/**
 * What a reader makes of the period of the most figures, given the others the text states:
 * - a range stated with its days that some figures are of, overlapping it, is the exact statement
 *   ("Quý III/2019: …" and "Tính từ ngày 1.1.2019 đến 15.08.2019, trung tâm tiếp nhận …");
 * - a period the text names that holds two or more others the figures are of, none overlapping,
 *   more than the best alone, is what they make up ("Trong quý III/2019, …" over months 7, 8, 9);
 * - a target inside a plan's span gives way to the span.
 */
function refine(best: Tally, ranked: Tally[], phrases: Phrase[]): { period: Period; source: PeriodSource; phrase?: Phrase } | null {
  const exact = ranked.filter((t) => t.phrase?.exact && t.key !== best.key && overlaps(t.period, best.period))[0];
  if (exact && !best.phrase?.exact) return { period: exact.period, source: exact.source, phrase: exact.phrase };
  for (const p of phrases) {
    if (p.mode !== 'done' || !p.period) continue;
    const inside = ranked.filter((t) => within(t.period, p.period!) && t.key !== `${p.period!.start}..${p.period!.end}`);
    const disjoint = inside.every((a, i) => inside.every((b, j) => i === j || !overlaps(a.period, b.period)));
    const weight = inside.reduce((sum, t) => sum + t.weight, 0);
    if (inside.length >= 2 && disjoint && weight > best.weight && within(best.period, p.period)) return { period: p.period, source: 'text', phrase: p };
  }
  if (best.mode === 'target') {
    const span = phrases.find((p) => p.span && p.mode === 'target' && p.period && within(best.period, p.period));
    if (span?.period && `${span.period.start}..${span.period.end}` !== best.key) return { period: span.period, source: 'text', phrase: span };
  }
  return null;
}

/** A period still running on the text's date ends there: figures are not of days to come. Not
 *  for targets, nor for estimates of the whole period ("ước đạt"). */
function clip(period: Period, phrase: Phrase | undefined, now: ArticleDate | null): Period {
  if (!now?.date || now.source === 'inferred' || phrase?.mode === 'target' || phrase?.estimate) return period;
  if (period.start <= now.date && now.date < period.end) return { ...period, end: now.date };
  return period;
}
