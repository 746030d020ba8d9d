// The fact and document records of the dataset contract (../shared/spec/DATASET.md), as zod schemas.

import { z } from 'zod';

export const PeriodSchema = z.object({ start: z.string(), end: z.string(), label: z.string().optional() });

/** The path's bytes, percent-encoded, when they are not UTF-8 (`path` is then a readable form). */
const PathBytes = z.string().optional();

export const SourceSchema = z.object({
  path: z.string(),
  path_bytes: PathBytes,
  sha256: z.string(),
  format: z.enum(['txt', 'docx', 'pdf']),
  page: z.number().int().positive().optional(),
  line: z.number().int().positive(),
  /** Offsets of the quote in the extracted text: text.slice(start, end) === quote. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Offsets of the number itself (raw) in the extracted text. */
  value_start: z.number().int().nonnegative(),
  value_end: z.number().int().nonnegative(),
  /** Set when the page was read by OCR. */
  ocr: z.literal(true).optional(),
  /** OCR: the confidence (0–100) of the line the number stands on, the lowest of the number's own
   *  words, and the lowest of the quote's words (those that say what the figure is). */
  ocr_confidence: z.number().min(0).max(100).optional(),
  ocr_value_confidence: z.number().min(0).max(100).optional(),
  ocr_quote_confidence: z.number().min(0).max(100).optional(),
  /** OCR: where the number is on the page, in PDF coordinates [x0, y0, x1, y1] (points, y upwards). */
  region: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});

export const CheckSchema = z.object({ type: z.string(), finding: z.string(), message: z.string() });

export const FactSchema = z.object({
  id: z.string(),
  doc: z.string(),
  source: SourceSchema,
  province: z.string().nullable(),
  province_code: z.string().nullable(),
  period: PeriodSchema.nullable(),
  metric: z.string(),
  family: z.string(),
  dims: z.record(z.string(), z.string()),
  value: z.number(),
  unit: z.string(),
  basis: z.enum(['actual', 'target', 'estimate']),
  raw: z.string(),
  quote: z.string(),
  qualifier: z.enum(['approx', 'over', 'under']).nullable(),
  change_pct: z.number().nullable(),
  rule: z.string(),
  checks: z.array(CheckSchema),
});
export type Fact = z.infer<typeof FactSchema>;
export type Check = z.infer<typeof CheckSchema>;

export const DocumentRecordSchema = z.object({
  doc: z.string(),
  source: z.object({
    path: z.string(),
    path_bytes: PathBytes,
    sha256: z.string(),
    format: z.enum(['txt', 'docx', 'pdf']),
    pages: z.number().int().nonnegative().optional(),
    /** Pages read by OCR. */
    ocr_pages: z.number().int().positive().optional(),
  }),
  province: z.string().nullable(),
  province_code: z.string().nullable(),
  /** The unit the province belongs to after the 2025 merger (34 units), for series across the merger. */
  province_2025: z.string().nullable().optional(),
  /** Where the province was read (place_date, header, closing, title, text, headline, press, units),
   *  or who gave it: option (--province), manifest (--manifest), path (a folder or the file name). */
  province_source: z.string().nullable().optional(),
  period: PeriodSchema.nullable(),
  /** Where the period was read (title, opening, headline, text, dateline, inferred), or option, manifest. */
  period_source: z.string().nullable().optional(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  /** text (the report's header or closing), option (--issuer) or manifest. */
  issuer_source: z.string().nullable().optional(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  signer: z.string().nullable(),
  warnings: z.array(z.string()),
  facts: z.number().int().nonnegative(),
  /** Set when this report is the same report as another in a more faithful format (or a copy of its
   *  text): the doc kept instead. Its facts are that report's; it has none of its own (src/dataset/same-report.ts). */
  same_as: z.string().nullable().optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const ErrorRecordSchema = z.object({ path: z.string(), path_bytes: PathBytes, error: z.string(), code: z.string() });
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
