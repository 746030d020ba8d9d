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
  }),
  province: z.string().nullable(),
  province_code: z.string().nullable(),
  /** The unit the province belongs to after the 2025 merger (34 units), for series across the merger. */
  province_2025: z.string().nullable().optional(),
  period: PeriodSchema.nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  signer: z.string().nullable(),
  warnings: z.array(z.string()),
  facts: z.number().int().nonnegative(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const ErrorRecordSchema = z.object({ path: z.string(), path_bytes: PathBytes, error: z.string(), code: z.string() });
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
