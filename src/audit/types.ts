// What the audit reports: one finding per arithmetic or cross-report disagreement.
import type { Fact } from '../facts.js';

export type FindingType =
  /** Parts listed under a stated whole do not add up to it. */
  | 'sum'
  /** A stated share is not part / whole, within the rounding the text used. */
  | 'share'
  /** The shares of one group's parts do not add up to 100%. */
  | 'shares_sum'
  /** Two reports of one province give different values for the same metric, dims, basis and period. */
  | 'conflict'
  /** One report gives two or more values for the same metric, dims, basis and period. */
  | 'conflict_in_report'
  /** A stock (a count that accumulates) falls between consecutive periods by more than the tolerance. */
  | 'stock_fall'
  /** A figure read by OCR whose digits the engine read with a confidence below the threshold. */
  | 'low_ocr_confidence';

export const FINDING_TYPES: FindingType[] = ['sum', 'share', 'shares_sum', 'conflict', 'conflict_in_report', 'stock_fall', 'low_ocr_confidence'];

export interface Finding {
  id: string;
  doc: string;
  type: FindingType;
  /** Ids of the facts concerned; the stated figure first. */
  facts: string[];
  stated: number;
  expected: number;
  tolerance: number;
  /** low_ocr_confidence: the engine's confidence in the figure's words, and the threshold (0–100). */
  confidence?: number;
  threshold?: number;
  message: string;
  /** A conflict: every value stated, with the reports and facts that state it (most reports first;
   *  inside one report, in reading order). */
  values?: Array<{ value: number; raw: string; docs: string[]; facts: string[] }>;
}

/** The text of a report, as written by `extract` under text/<doc>.json (only `text` is needed). */
export interface ReportText {
  text: string;
}

export type TextsByDoc = Map<string, ReportText> | Record<string, ReportText>;

export interface AuditOptions {
  /** A stock may fall by this fraction between consecutive periods before it is reported (default 0.10). */
  stockFallTolerance?: number;
  /** Figures read by OCR with a word confidence below this (0–100; default 85) are listed. */
  ocrConfidenceThreshold?: number;
}

export interface AuditResult {
  findings: Finding[];
  /** The input facts with their `checks` replaced by the findings that concern them. */
  facts: Fact[];
}
