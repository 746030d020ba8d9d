// The date of a short text (a news item, a portal notice): what "hiện nay", "đến nay" and figures
// without a period of their own are as of.
//
// Where a reader finds it, most telling first:
// - the text's own "hôm nay (23/4)", "sáng nay (5/9)": the day its figures are of, in the year of
//   the dateline unless that would put it after the dateline (a page reposted later);
// - a dateline near the top: "Cập nhật: 15/03/2023 08:10", "17:52, Thứ Bảy, 31-8-2024",
//   "date 2025-09-15", "Thứ tư, 03/03/2021", "Ngày đăng: 02/02/2024";
// - the lead's date: "(HNMO) - Ngày 16-9, Sở …", "Sáng 06/7/2011, …", "Vào ngày 18-10, UBND …";
//   a day without a year takes the year of the dateline, else of the text's latest full date, else
//   of the latest year the text states as its own ("Sáng 13-11, …" with "quý III-2025").
// A text without any date may still give its year: "Ngày 15/10/2021 … Qua khoảng hai năm triển khai"
// is 2023; "so với năm 2019 đã tăng" alone says the figures are of 2020; "từ đầu năm 2024 đến nay" is
// of 2024; else it is of the latest year it states as its own (not a target, not a comparison), as of
// the latest day in that year it says something happened on ("Sau lễ khai trương ngày 22/5/2019, …
// Tính đến nay" is as of 22/5/2019; a bound, a deadline or a document's date is no such day).

import { isProse } from './layout-short.js';

export interface ArticleDate {
  /** ISO date when the day is known. */
  date: string | null;
  year: number;
  source: 'today' | 'dateline' | 'lead' | 'inferred';
  /** The words it was read from. */
  label: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validYear = (y: number): boolean => y >= 1945 && y <= 2100;
const validDay = (y: number, m: number, d: number): boolean => validYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** A full date as written: 15/03/2023, 31-8-2024, 28.5.2020. */
const DMY = /(?<![\d/.\-])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])/g;
const ISO_DATE = /(?<![\d\-])(\d{4})-(\d{2})-(\d{2})(?![\d\-])/;
const WEEKDAY = /(?<![\p{L}])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cn(?=\s*,))(?![\p{L}])/iu;
const DATELINE_CUE = /(?<![\p{L}])(?:cập\s+nhật|ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|đăng\s+lúc|xuất\s+bản|published|updated|date)(?![\p{L}])/iu;
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;

function fullDate(d: number, m: number, y: number): string | null {
  return validDay(y, m, d) ? iso(y, m, d) : null;
}

/** Every full date of a text with its year: the years a day without one may be in. */
function fullDateYears(text: string): number[] {
  const years: number[] = [];
  DMY.lastIndex = 0;
  for (let m = DMY.exec(text); m; m = DMY.exec(text)) if (fullDate(Number(m[1]), Number(m[3]), Number(m[4]))) years.push(Number(m[4]));
  return years;
}

/** A dateline: a short line near the top (or the end) that is a date with a weekday, a clock time
 *  or a word like "Cập nhật", or nothing but a date; or "date 2025-09-15" opening a line. */
export function readDateline(lines: string[]): { date: string; label: string } | null {
  const nonEmpty = lines.map((l) => l.trim()).filter(Boolean);
  const near = [...nonEmpty.slice(0, 8), ...nonEmpty.slice(-3)];
  for (const line of near) {
    const isoAt = /^(?:[•*\-–\s]*)(?:(?:date|ngày|published|cập\s+nhật)\s*:?\s*)?(\d{4})-(\d{2})-(\d{2})(?![\d\-])/iu.exec(line);
    if (isoAt) {
      const date = fullDate(Number(isoAt[3]), Number(isoAt[2]), Number(isoAt[1]));
      if (date) return { date, label: isoAt[0].replace(/^[•*\-–\s]+/, '') };
    }
    if (line.length > 90) continue;
    DMY.lastIndex = 0;
    const m = DMY.exec(line);
    if (!m) {
      const isoIn = ISO_DATE.exec(line);
      if (isoIn && DATELINE_CUE.test(line)) {
        const date = fullDate(Number(isoIn[3]), Number(isoIn[2]), Number(isoIn[1]));
        if (date) return { date, label: line };
      }
      continue;
    }
    const date = fullDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (!date) continue;
    const rest = line.replace(m[0], ' ').replace(CLOCK, ' ').replace(WEEKDAY, ' ').replace(DATELINE_CUE, ' ');
    const onlyDate = !/[\p{L}\d]{2,}/u.test(rest.replace(/\b(?:AM|PM|GMT\+?\d*)\b/giu, ' '));
    if (WEEKDAY.test(line) || DATELINE_CUE.test(line) || CLOCK.test(line) || onlyDate) return { date, label: line.replace(/^[•*\-–\s]+/, '') };
  }
  return null;
}

/** Press tags that open a lead: "(HNMO) -", "(Mic.gov.vn) -", "QBĐT -", "LSO-". */
const LEAD_TAG = /^\s*(?:\([^()]{2,40}\)|[\p{Lu}\p{N}.]{2,12})?\s*[-–—:]?\s*/u;
/** "Ngày 16-9,", "Sáng 06/7/2011,", "Vào ngày 18-10,", "Chiều 12-2-2018,". */
const LEAD_DATE =
  /^(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa|đêm|rạng\s+sáng)\s+(?:nay\s+)?(?:ngày\s+)?|ngày\s+)(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/])\s*[,(]/iu;

/** The date the lead opens with: in the lines before the first line of prose, or in that line. */
export function readLeadDate(lines: string[]): { day: number; month: number; year?: number; label: string } | null {
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    // The lead may share its line with a dateline: "date 2025-10-03 Ngày 3-10, Đồng Tháp …".
    const body = line.replace(/^(?:date\s+)?\d{4}-\d{2}-\d{2}\s+/iu, '');
    const tag = LEAD_TAG.exec(body);
    const rest = body.slice(tag ? tag[0].length : 0);
    const m = LEAD_DATE.exec(rest);
    if (m) {
      const day = Number(m[1]);
      const month = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return { day, month, year: m[4] ? Number(m[4]) : undefined, label: m[0].replace(/\s*[,(]$/, '') };
    }
    if (isProse(line)) break;
  }
  return null;
}

/** "hôm nay (23/4)", "sáng nay (5-9)", "chiều nay (ngày 12/2)": the day the text speaks of. */
const TODAY = /(?<![\p{L}])(?:hôm|sáng|chiều|tối|trưa)\s+nay\s*\(\s*(?:ngày\s+)?(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?\s*\)/iu;

/** "Qua khoảng hai năm triển khai", "Sau 2 năm thực hiện Nghị quyết 07": some years after a date. */
const YEARS_AFTER =
  /(?<![\p{L}])(?:qua|sau)\s+(?:khoảng\s+|gần\s+|hơn\s+|tròn\s+)?(\d|một|hai|ba|bốn|năm)\s+năm\s+(?:triển\s+khai|thực\s+hiện|áp\s+dụng|vận\s+hành|hoạt\s+động|đi\s+vào\s+hoạt\s+động|ban\s+hành)/iu;
const NUMBER_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5 };

/** "so với năm 2019", "so với cùng kỳ năm 2019": the year the figures are compared with. */
const COMPARED_YEAR = /(?<![\p{L}])so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+(\d{4})(?!\d)/giu;

/** The year something started that a text counts years from ("Qua khoảng hai năm triển khai"): the
 *  latest full date before `end`, else the latest start ("từ năm 2016"), else the latest year named
 *  before it that is not a target ("đến năm 2025", "tầm nhìn đến năm 2030"). */
function startYearBefore(text: string, end: number): number | null {
  const head = text.slice(0, end);
  let year: number | null = null;
  DMY.lastIndex = 0;
  for (let m = DMY.exec(head); m; m = DMY.exec(head)) if (fullDate(Number(m[1]), Number(m[3]), Number(m[4]))) year = Number(m[4]);
  if (year === null) for (const m of head.matchAll(/(?<![\p{L}])từ\s+(?:năm\s+)?(\d{4})(?!\d)/giu)) year = Number(m[1]);
  if (year === null)
    for (const m of head.matchAll(/(?<![\p{L}])năm\s+(\d{4})(?!\d)/giu))
      if (!/(?:đến|tới|đoạn|nhìn|hướng|đầu|cuối)\s*$/iu.test(head.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) year = Number(m[1]);
  return year !== null && validYear(year) ? year : null;
}

/** A document's name or number just before: its year or date is the document's, not the text's. */
const DOCUMENT_BEFORE = /(?:luật|nghị\s+quyết|quyết\s+định|chỉ\s+thị|thông\s+tư|nghị\s+định|công\s+văn|văn\s+bản\s+số|kế\s+hoạch\s+số|số\s+\d|\d+\s*\/\s*[\p{Lu}Đ][\p{L}\-]*)[^,;.:]{0,40}$/iu;

/** The latest year a text states as a time of its own ("năm 2025", "quý III-2025", "tháng 9/2024",
 *  "từ ngày 1/7/2020"), leaving out targets, comparisons and documents' years: the year of a day
 *  written without one, and of an undated text's "now". */
function latestStatedYear(text: string): number | null {
  let year: number | null = null;
  const consider = (y: number, at: number) => {
    const before = text.slice(Math.max(0, at - 60), at);
    if (/(?:đến|tới|nhìn|hướng|so\s+với|cùng\s+kỳ)\s*(?:năm\s*)?$/iu.test(before) || DOCUMENT_BEFORE.test(before)) return;
    if (validYear(y) && (year === null || y > year)) year = y;
  };
  for (const m of text.matchAll(/(?<![\p{L}])(?:năm|quý\s+[IVX\d]+\s*[/.\-]|tháng\s+\d{1,2}\s*[/.\-])\s*(\d{4})(?!\d)/giu)) consider(Number(m[1]), m.index ?? 0);
  DMY.lastIndex = 0;
  for (let m = DMY.exec(text); m; m = DMY.exec(text)) if (fullDate(Number(m[1]), Number(m[3]), Number(m[4]))) consider(Number(m[4]), m.index);
  return year;
}

/** Words that make a date a bound or a deadline, not a day something happened: "từ ngày 1/7/2020",
 *  "trước ngày 31/12/2025", "đến 15/8/2019", "hạn chót 30/6/2024", "Kể từ khi vận hành ngày 1/6/2024",
 *  anywhere in its clause. */
const BOUND_BEFORE = /(?<![\p{L}])(?:từ|đến|tới|trước|hạn|chậm\s+nhất|hết)(?![\p{L}])[^,;.:()]*$/iu;

/** The latest day a text says something happened ("Sau lễ khai trương ngày 22/5/2019, …"), not a
 *  document's date, a bound or a deadline: an undated text is written on or soon after it. */
function latestEventDate(text: string): { date: string; label: string } | null {
  let best: { date: string; label: string } | null = null;
  DMY.lastIndex = 0;
  for (let m = DMY.exec(text); m; m = DMY.exec(text)) {
    const date = fullDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (!date) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (BOUND_BEFORE.test(before) || DOCUMENT_BEFORE.test(before)) continue;
    // Only a day named as one: "ngày 22/5/2019", "Sáng 06/7/2011"; not a figure's date in a table.
    if (!/(?:ngày|sáng|chiều|tối|trưa|đêm)\s*$/iu.test(before)) continue;
    if (!best || date > best.date) best = { date, label: m[0] };
  }
  return best;
}

/** A year for a text that dates nothing: some years after an earlier date, or the year after the
 *  one all its comparisons are with. */
export function inferYear(text: string): { year: number; label: string } | null {
  // "từ đầu năm 2024 đến nay": the text is of 2024.
  const sinceStart = /(?<![\p{L}])từ\s+đầu\s+năm\s+(\d{4})\s+(?:đến|tới)\s+nay(?![\p{L}])/iu.exec(text);
  if (sinceStart && validYear(Number(sinceStart[1]))) return { year: Number(sinceStart[1]), label: sinceStart[0] };
  const after = YEARS_AFTER.exec(text);
  if (after) {
    const n = NUMBER_WORDS[after[1].toLowerCase()] ?? Number(after[1]);
    // "Sau 3 năm thực hiện Đề án ban hành năm 2019": the start may follow in the sentence.
    const rest = text.slice(after.index + after[0].length).split(/[.!?\n]/u)[0];
    const base = startYearBefore(text, after.index) ?? startYearBefore(rest, rest.length);
    if (base !== null && n >= 1) return { year: base + n, label: after[0] };
  }
  // Only when every year the text names is one it compares with.
  const compared = new Set<number>();
  let label = '';
  for (const m of text.matchAll(COMPARED_YEAR)) {
    compared.add(Number(m[1]));
    label ||= m[0];
  }
  const named = [...text.matchAll(/(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)/g)].length;
  const inComparisons = [...text.matchAll(COMPARED_YEAR)].length;
  if (compared.size === 1 && named === inComparisons) {
    const [y] = compared;
    if (validYear(y + 1)) return { year: y + 1, label };
  }
  return null;
}

/** The day and month of `d`/`m` in the year that puts it on or before `limit` (ISO), as close as can be. */
function yearNotAfter(d: number, m: number, limit: string): number {
  const y = Number(limit.slice(0, 4));
  return iso(y, m, d) <= limit ? y : y - 1;
}

/** The date of a short text, or only its year; null when it gives neither. */
export function readArticleDate(text: string): ArticleDate | null {
  const lines = text.split(/\r?\n/);
  const dateline = readDateline(lines);
  const lead = readLeadDate(lines);
  const today = TODAY.exec(text);
  const years = fullDateYears(text);
  const latestYear = years.length ? Math.max(...years) : null;

  if (today) {
    const d = Number(today[1]);
    const m = Number(today[2]);
    const y = today[3] ? Number(today[3]) : dateline ? yearNotAfter(d, m, dateline.date) : lead?.year ?? latestYear;
    if (y !== null && y !== undefined && validDay(y, m, d)) return { date: iso(y, m, d), year: y, source: 'today', label: today[0] };
  }
  if (dateline) return { date: dateline.date, year: Number(dateline.date.slice(0, 4)), source: 'dateline', label: dateline.label };
  // "Ngày 10/3/2022, Tỉnh ủy ban hành Nghị quyết … Qua hai năm triển khai, …": the lead dates what
  // the text counts years from, not the text.
  const inferred = inferYear(text);
  if (lead && !(inferred && inferred.year > (lead.year ?? latestYear ?? inferred.year))) {
    const y = lead.year ?? latestYear ?? inferred?.year ?? latestStatedYear(text);
    if (y !== null && validDay(y, lead.month, lead.day)) return { date: iso(y, lead.month, lead.day), year: y, source: 'lead', label: lead.label };
  }
  if (inferred) return { date: null, year: inferred.year, source: 'inferred', label: inferred.label };
  // Nothing dates it: its "now" is no earlier than the latest year it states as its own, and no
  // earlier than the latest day in that year it says something happened on.
  const stated = latestStatedYear(text);
  const event = latestEventDate(text);
  if (stated !== null && event && Number(event.date.slice(0, 4)) === stated) return { date: event.date, year: stated, source: 'inferred', label: event.label };
  if (stated !== null) return { date: null, year: stated, source: 'inferred', label: String(stated) };
  return null;
}
