// The contract between the number/quantity normalizer and everything that reads figures.

import type { Span } from '../model.js';

export type Reading = 'vi' | 'en' | 'plain';

/** One number as written, e.g. "1.305.471", "35,56", "02". */
export interface NumberToken extends Span {
  raw: string;
  /** The number itself, before any scale word. */
  value: number;
  /** vi: dots group thousands / comma is decimal; en: the other way round; plain: no separator. */
  reading: Reading;
  /** The shape allowed both readings (e.g. "5,183") and context decided. */
  ambiguous?: boolean;
}

export type QuantityKind = 'count' | 'percent' | 'ratio' | 'range' | 'density' | 'money' | 'measure';
export type Qualifier = 'approx' | 'over' | 'under';

export interface Change extends Span {
  /** Signed: "tăng 26,39%" → 26.39, "giảm 1,19%" → -1.19. */
  value: number;
  unit: 'pct' | 'abs';
  /** What it is compared with, when stated: "cùng kỳ", "tháng trước", … */
  against?: 'same_period_last_year' | 'previous_month' | 'previous_period' | 'other';
  raw: string;
}

/** A quantity mention: a number (or pair of numbers) with what it counts. */
export interface Mention extends Span {
  /** The number as written: "75.284", "106.481/132.667", "90 - 95", "0,13". */
  raw: string;
  /** Scaled value in the mention's own unit: "2,235 tỷ đồng" → 2235000000; a ratio's numerator; a range's low end. */
  value: number;
  kind: QuantityKind;
  /** The unit or counted noun as written after the number ("hồ sơ", "%", "thuê bao", "tỷ đồng", "km"), if any. */
  unit?: string;
  unitSpan?: Span;
  /** 1e3 / 1e6 / 1e9 when a scale word was applied. */
  scale?: number;
  qualifier?: Qualifier;
  /** Span of the qualifier word ("hơn", "gần", …) when there is one. */
  qualifierSpan?: Span;
  change?: Change;
  /** This mention states a change of another figure ("tăng 26,39% so với cùng kỳ") or a gap against a
   *  target ("vượt 10,26% so với chỉ tiêu"); such mentions are never facts of their own. */
  role?: 'change' | 'comparison';
  reading: Reading;
  ambiguous?: boolean;
  /** The number tokens inside the mention: one, or two for ratios ("a/b") and ranges ("a - b"). */
  numbers: NumberToken[];
  /** Ranges: the high end; ratios: the denominator (value is the numerator). */
  high?: number;
  denominator?: number;
  /** Densities and per-unit figures: what it is per ("100 dân", "1 điểm"). */
  per?: string;
}

/** What a digit group that is not a quantity is. */
export type NonQuantityClass =
  | 'date'
  | 'month_year'
  | 'year'
  | 'year_span'
  | 'doc_number'
  | 'section_number'
  | 'time_expression'
  | 'version'
  | 'tech_tag'
  | 'url'
  | 'footnote_marker'
  | 'ordinal'
  | 'other';

/** Every digit group in a text, classified: a quantity (part of a Mention) or what else it is. */
export interface DigitGroup extends Span {
  raw: string;
  class: 'quantity' | NonQuantityClass;
}

export interface Period {
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD
  label: string;
}

export interface PeriodMention extends Span {
  period: Period;
  /** "tính đến ngày 25/5/2023", "đến nay": a point in time rather than a window. */
  asOf?: boolean;
}
