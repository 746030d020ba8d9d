// The number/quantity normalizer: quantity mentions and the class of every digit group.
//
// Input should be NFC (the extractors produce NFC). Other input is matched on an NFC copy and all
// offsets are mapped back to the string given. Results of the last text are cached, so calling
// findMentions(text, range) once per sentence or table cell costs one analysis of the text.
//
// How figures are read (see analyze.ts):
// - Separators: "1.305.471", "35,56", "31.888,142" are vi; "38.05", "1,234,567" are en. One separator
//   before exactly three digits ("5.183", "1,003") is ambiguous (flagged): before a counted noun it
//   groups thousands ("5,183 người" → 5183); before %, a measure, money or a scale word it follows
//   the convention of the sentence's unambiguous numbers, else the document's, else vi.
// - unit: the noun or unit written after the number, as written. Money keeps its scale word
//   ("tỷ đồng", value already scaled); other units do not ("1 triệu lượt tải" → unit "lượt tải",
//   scale 1e6). A bare number in a table cell takes the row's "Đơn vị" cell, or "%" from a column
//   head with "(%)"; columns that compare ("… so với kế hoạch") get no unit.
// - change: "X (tăng 5% so với cùng kỳ)", "X, giảm 2%", "X (tăng hơn so với cùng kỳ 85 tin)" put the
//   signed change on X; the changing number is also a mention with role 'change' and the same
//   `change`. A percent against a plan/target ("vượt 10,26% so với chỉ tiêu", "đạt 98% so với kế
//   hoạch") has role 'comparison'. Neither role is a fact of its own.
// - Digit groups that are not quantities (dates, years, document numbers, sections, …) never
//   appear in a mention; 'other' is left for shapes nothing explains (e.g. zero-led codes).

import type { Span } from '../model.js';
import type { Change, DigitGroup, Mention } from './types.js';
import { analyze, type Analysis } from './analyze.js';
import { normalizeWithMap, spanToOriginal, type Normalized } from './unicode.js';

export type { Mention, NumberToken, Change, DigitGroup, NonQuantityClass, QuantityKind, Qualifier, Reading } from './types.js';

let cache: { text: string; analysis: Analysis } | undefined;

function mapBack(a: Analysis, original: string, norm: Normalized): Analysis {
  const span = <T extends Span>(s: T): T => ({ ...s, ...spanToOriginal(norm, original.length, s.start, s.end) });
  const change = (c: Change): Change => {
    const m = span(c);
    m.raw = original.slice(m.start, m.end);
    return m;
  };
  const mentions = a.mentions.map((m) => {
    const out: Mention = {
      ...span(m),
      numbers: m.numbers.map((n) => {
        const o = span(n);
        o.raw = original.slice(o.start, o.end);
        return o;
      }),
    };
    out.raw = original.slice(out.start, out.end);
    if (m.unitSpan) {
      out.unitSpan = span(m.unitSpan);
      out.unit = original.slice(out.unitSpan.start, out.unitSpan.end);
    }
    if (m.qualifierSpan) out.qualifierSpan = span(m.qualifierSpan);
    if (m.change) out.change = change(m.change);
    return out;
  });
  const groups = a.groups.map((g) => {
    const out = span(g);
    out.raw = original.slice(out.start, out.end);
    return out;
  });
  return { mentions, groups };
}

function analysisOf(text: string): Analysis {
  if (cache && cache.text === text) {
    cache.text = text; // the same object from now on: later checks compare pointers, not contents
    return cache.analysis;
  }
  const norm = normalizeWithMap(text);
  let analysis = analyze(norm.text);
  if (norm.startOf) analysis = mapBack(analysis, text, norm);
  cache = { text, analysis };
  return analysis;
}

/**
 * Every quantity mention in `text` (or only those whose number starts inside `range`), sorted by
 * start. Offsets are indices into `text`. The returned objects are shared with a cache: copy
 * before changing them.
 */
export function findMentions(text: string, range?: Span): Mention[] {
  const all = analysisOf(text).mentions;
  if (!range) return all.slice();
  // Sorted by start: the first one in range is found by bisection (tables ask once per cell).
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < all.length && all[i].start < range.end; i++) out.push(all[i]);
  return out;
}

/** Every maximal digit group of `text`, classified as a quantity or what else it is. */
export function classifyDigitGroups(text: string): DigitGroup[] {
  return analysisOf(text).groups.slice();
}
