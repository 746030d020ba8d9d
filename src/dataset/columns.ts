// The flat columns of the tabular outputs (CSV, SQLite) and their Table Schema types.
// One list per table feeds the CSV writer, the SQLite writer and datapackage.json, so the three
// can never disagree about a column.
import { FAMILIES, metricById, metrics } from '../catalog.js';
import type { DocumentRecord, ErrorRecord, Fact } from '../facts.js';

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'object' | 'array';
export type Cell = string | number | null;

export interface Column<T> {
  name: string;
  type: FieldType;
  description: string;
  get: (row: T) => unknown;
  /** Never empty (NOT NULL in SQLite, `required` in datapackage.json). */
  required?: boolean;
  /** The only values it takes (`enum` in datapackage.json). */
  enum?: readonly string[];
}

const FORMATS = ['txt', 'docx', 'pdf'] as const;
export const UNITS = ['count', 'pct', 'per100'] as const;
export const BASES = ['actual', 'target', 'estimate'] as const;
const QUALIFIERS = ['approx', 'over', 'under'] as const;

/** The dims the metric catalog knows; each gets its own column next to the `dims` JSON. */
export const KNOWN_DIMS = ['level', 'channel', 'tech', 'kind', 'entity'] as const;

/**
 * A dim's value for the flat column: the fact's own value, else `all` when the metric has that
 * dim (a dim left out means all, per the contract), else empty (the dim does not apply).
 */
export function dimValue(fact: Pick<Fact, 'metric' | 'dims'>, key: string): string | null {
  const own = fact.dims[key];
  if (own !== undefined) return own;
  return metricById.get(fact.metric)?.dims.includes(key) ? 'all' : null;
}

export const FACT_COLUMNS: Column<Fact>[] = [
  { name: 'id', type: 'string', description: 'Stable fact id: same source bytes, span, metric, dims, basis and period give the same id', get: (f) => f.id, required: true },
  { name: 'doc', type: 'string', description: 'Source file name; the report this fact comes from', get: (f) => f.doc, required: true },
  { name: 'source_path', type: 'string', description: 'Path of the source file when it was read', get: (f) => f.source.path, required: true },
  { name: 'source_sha256', type: 'string', description: 'SHA-256 of the source file bytes', get: (f) => f.source.sha256, required: true },
  { name: 'source_format', type: 'string', description: 'txt, docx or pdf', get: (f) => f.source.format, required: true, enum: FORMATS },
  { name: 'source_page', type: 'integer', description: '1-based page (PDF only)', get: (f) => f.source.page },
  { name: 'source_line', type: 'integer', description: '1-based line in the extracted text', get: (f) => f.source.line, required: true },
  { name: 'source_start', type: 'integer', description: 'Start offset of the quote in the extracted text (text/<doc>.json)', get: (f) => f.source.start, required: true },
  { name: 'source_end', type: 'integer', description: 'End offset of the quote in the extracted text', get: (f) => f.source.end, required: true },
  { name: 'source_value_start', type: 'integer', description: 'Start offset of the number itself', get: (f) => f.source.value_start, required: true },
  { name: 'source_value_end', type: 'integer', description: 'End offset of the number itself', get: (f) => f.source.value_end, required: true },
  { name: 'source_ocr_confidence', type: 'number', description: 'Read by OCR: confidence (0-100) of the line the number stands on; empty for text read from a text layer', get: (f) => f.source.ocr_confidence },
  { name: 'source_ocr_value_confidence', type: 'number', description: "Read by OCR: the lowest confidence (0-100) of the number's own words", get: (f) => f.source.ocr_value_confidence },
  { name: 'source_ocr_quote_confidence', type: 'number', description: 'Read by OCR: the lowest confidence (0-100) of the words of the quote, which say what the figure is', get: (f) => f.source.ocr_quote_confidence },
  { name: 'source_region', type: 'array', description: 'Read by OCR: where the number is on the page, [x0, y0, x1, y1] in PDF points (y upwards), as JSON', get: (f) => f.source.region },
  { name: 'province', type: 'string', description: 'Province as the report names it', get: (f) => f.province },
  { name: 'province_code', type: 'string', description: 'Two-digit statistical code of the province, as text: keep its leading zero ("01" is Hà Nội)', get: (f) => f.province_code },
  { name: 'period_start', type: 'date', description: 'First day of the period the figure covers', get: (f) => f.period?.start },
  { name: 'period_end', type: 'date', description: 'Last day of the period the figure covers', get: (f) => f.period?.end },
  { name: 'period_label', type: 'string', description: 'The period as the report words it', get: (f) => f.period?.label },
  { name: 'metric', type: 'string', description: 'Metric id from the catalog (metrics.json)', get: (f) => f.metric, required: true, enum: metrics.map((m) => m.id) },
  { name: 'family', type: 'string', description: 'Metric family', get: (f) => f.family, required: true, enum: FAMILIES },
  { name: 'dims', type: 'object', description: 'All dims as a JSON object; a dim left out means all', get: (f) => f.dims, required: true },
  ...KNOWN_DIMS.map(
    (key): Column<Fact> => ({
      name: key,
      type: 'string',
      description: `Dim ${key}: the fact's value, "all" when the metric has this dim and the fact does not narrow it, empty when the dim does not apply`,
      get: (f) => dimValue(f, key),
    }),
  ),
  { name: 'value', type: 'number', description: "The figure in the metric's unit (pct is 0-100); scale words applied", get: (f) => f.value, required: true },
  { name: 'unit', type: 'string', description: 'count, pct or per100', get: (f) => f.unit, required: true, enum: UNITS },
  { name: 'basis', type: 'string', description: 'actual, target or estimate', get: (f) => f.basis, required: true, enum: BASES },
  { name: 'raw', type: 'string', description: 'The number as written in the report', get: (f) => f.raw, required: true },
  { name: 'quote', type: 'string', description: 'The exact words the figure comes from', get: (f) => f.quote, required: true },
  { name: 'qualifier', type: 'string', description: 'approx, over or under when the report hedges the figure', get: (f) => f.qualifier, enum: QUALIFIERS },
  { name: 'change_pct', type: 'number', description: 'Change in percent the report gives with the figure', get: (f) => f.change_pct },
  { name: 'rule', type: 'string', description: 'The rule that read the figure', get: (f) => f.rule, required: true },
  { name: 'checks', type: 'array', description: 'Audit findings about this fact, as JSON', get: (f) => f.checks, required: true },
];

export const DOCUMENT_COLUMNS: Column<DocumentRecord>[] = [
  { name: 'doc', type: 'string', description: 'Source file name; identifies the report', get: (d) => d.doc, required: true },
  { name: 'source_path', type: 'string', description: 'Path of the source file when it was read', get: (d) => d.source.path, required: true },
  { name: 'source_path_bytes', type: 'string', description: 'The path as bytes, percent-encoded, when it is not UTF-8 (source_path then shows U+FFFD for them)', get: (d) => d.source.path_bytes },
  { name: 'source_sha256', type: 'string', description: 'SHA-256 of the source file bytes', get: (d) => d.source.sha256, required: true },
  { name: 'source_format', type: 'string', description: 'txt, docx or pdf', get: (d) => d.source.format, required: true, enum: FORMATS },
  { name: 'source_pages', type: 'integer', description: 'Number of pages (PDF)', get: (d) => d.source.pages },
  { name: 'source_ocr_pages', type: 'integer', description: 'Pages read by OCR (PDF pages without a text layer)', get: (d) => d.source.ocr_pages },
  { name: 'province', type: 'string', description: 'Province as the report names it', get: (d) => d.province },
  { name: 'province_code', type: 'string', description: 'Two-digit statistical code of the province, as text: keep its leading zero ("01" is Hà Nội)', get: (d) => d.province_code },
  { name: 'province_2025', type: 'string', description: 'The unit the province belongs to after the 2025 merger', get: (d) => d.province_2025 },
  { name: 'province_source', type: 'string', description: 'Where the province came from: the part of the text (place_date, header, closing, title, text, headline, press, units), path (a folder or the file name), option (--province) or manifest', get: (d) => d.province_source },
  { name: 'period_start', type: 'date', description: "First day of the report's period", get: (d) => d.period?.start },
  { name: 'period_end', type: 'date', description: "Last day of the report's period", get: (d) => d.period?.end },
  { name: 'period_label', type: 'string', description: 'The period as the report words it', get: (d) => d.period?.label },
  { name: 'period_source', type: 'string', description: 'Where the period came from: the part of the text (title, opening, headline, text, dateline, inferred), option (--period) or manifest', get: (d) => d.period_source },
  { name: 'title', type: 'string', description: 'Title of the report', get: (d) => d.title },
  { name: 'issuer', type: 'string', description: 'Issuing body', get: (d) => d.issuer },
  { name: 'issuer_source', type: 'string', description: 'Where the issuer came from: text, option (--issuer) or manifest', get: (d) => d.issuer_source },
  { name: 'number', type: 'string', description: 'Document number (Số …)', get: (d) => d.number },
  { name: 'date', type: 'string', description: 'Date of the report as found', get: (d) => d.date },
  { name: 'signer', type: 'string', description: 'Who signed the report', get: (d) => d.signer },
  { name: 'warnings', type: 'array', description: 'How the text was read (no text layer, legacy encoding…), as JSON', get: (d) => d.warnings, required: true },
  { name: 'facts', type: 'integer', description: 'Number of facts read from the report (0 when it is the same report as another: same_as)', get: (d) => d.facts, required: true },
  { name: 'same_as', type: 'string', description: 'The same report in a more faithful format (DOCX > txt > PDF > scan), whose facts stand for this one; empty for a report kept', get: (d) => d.same_as },
];

export const ERROR_COLUMNS: Column<ErrorRecord>[] = [
  { name: 'path', type: 'string', description: 'The input that failed', get: (e) => e.path, required: true },
  { name: 'path_bytes', type: 'string', description: 'The path as bytes, percent-encoded, when it is not UTF-8', get: (e) => e.path_bytes },
  { name: 'code', type: 'string', description: 'Error code (PDF_CORRUPT, TIMEOUT, …)', get: (e) => e.code, required: true },
  { name: 'error', type: 'string', description: 'What went wrong and what to do about it', get: (e) => e.error, required: true },
];

/** A column's value as a flat cell: JSON for objects and arrays, null for absent values. */
export function cellOf<T>(col: Column<T>, row: T): Cell {
  const v = col.get(row);
  if (v === undefined || v === null) return null;
  if (col.type === 'object' || col.type === 'array') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'string') return v;
  return String(v);
}

export const flatRow = <T>(cols: Column<T>[], row: T): Cell[] => cols.map((c) => cellOf(c, row));
