// The edge between the pipeline and the files on disk: every record is checked against the
// contract (zod schemas of src/facts.ts plus the invariants the schemas cannot state) before
// it is written. A fact that breaks the contract is dropped with a warning on its document;
// a wrong number is worse than a missing one.
import { DocumentRecordSchema, ErrorRecordSchema, FactSchema, type DocumentRecord, type ErrorRecord, type Fact } from '../facts.js';
import type { TextDocument } from '../model.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const zodMessage = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
  e.issues.map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`).join('; ');

function periodProblem(p: { start: string; end: string } | null, what: string): string | null {
  if (!p) return null;
  if (!ISO_DAY.test(p.start) || !ISO_DAY.test(p.end)) return `${what} is not YYYY-MM-DD (${p.start}..${p.end})`;
  if (p.start > p.end) return `${what} starts after it ends (${p.start}..${p.end})`;
  return null;
}

/** Why a fact may not be written, or null when it keeps the contract. */
export function factProblem(fact: unknown, doc: DocumentRecord, text?: TextDocument): string | null {
  const parsed = FactSchema.safeParse(fact);
  if (!parsed.success) return zodMessage(parsed.error);
  const f = parsed.data;
  if (f.doc !== doc.doc) return `doc ${f.doc} is not the report's (${doc.doc})`;
  if (f.source.sha256 !== doc.source.sha256) return 'source.sha256 differs from the report';
  if (f.source.end < f.source.start || f.source.value_end < f.source.value_start) return 'a span ends before it starts';
  if (!Number.isFinite(f.value)) return 'value is not a finite number';
  const ocrProblem = ocrSourceProblem(f.source);
  if (ocrProblem) return ocrProblem;
  if (text) {
    if (text.text.slice(f.source.start, f.source.end) !== f.quote) return 'quote is not text.slice(start, end)';
    if (f.source.value_end > text.text.length) return 'the number lies outside the text';
  }
  return periodProblem(f.period, 'period');
}

/** A figure read by OCR says on which page, how sure the engine was, and (when traced) where. */
function ocrSourceProblem(s: Fact['source']): string | null {
  const fields = s.ocr_confidence !== undefined || s.ocr_value_confidence !== undefined || s.ocr_quote_confidence !== undefined || s.region !== undefined;
  if (!s.ocr) return fields ? 'OCR fields on a figure not read by OCR' : null;
  if (s.page === undefined) return 'a figure read by OCR has no page';
  if (s.ocr_confidence === undefined || s.ocr_value_confidence === undefined || s.ocr_quote_confidence === undefined) return 'a figure read by OCR has no confidence';
  if (s.region && (s.region[0] > s.region[2] || s.region[1] > s.region[3])) return 'the region of a figure read by OCR is inside out';
  return null;
}

export interface CheckedResult {
  document: DocumentRecord;
  facts: Fact[];
}

/**
 * Checks one report's records. Throws when the document record itself is unusable (the caller
 * turns that into an error record for the file); drops bad facts and duplicate ids otherwise.
 */
export function checkResult(document: unknown, facts: unknown[], text?: TextDocument): CheckedResult {
  const parsedDoc = DocumentRecordSchema.safeParse(document);
  if (!parsedDoc.success) throw new Error(`the reader produced an invalid document record (${zodMessage(parsedDoc.error)})`);
  const periodIssue = periodProblem(parsedDoc.data.period, "the report's period");
  if (periodIssue) throw new Error(`the reader produced an invalid document record (${periodIssue})`);
  // Write the record as the pipeline made it: fields added to the contract later survive.
  const doc = { ...(document as DocumentRecord), warnings: [...parsedDoc.data.warnings] };

  const kept: Fact[] = [];
  const byId = new Map<string, Fact>();
  const dropped: string[] = [];
  for (const fact of facts) {
    const problem = factProblem(fact, doc, text);
    if (problem) {
      dropped.push(problem);
      continue;
    }
    const f = fact as Fact;
    const seen = byId.get(f.id);
    if (seen !== undefined) {
      // The same claim reached twice (two rules, one span) is harmless; two values under one id are not.
      if (JSON.stringify(seen) !== JSON.stringify(f)) dropped.push(`two different facts share the id ${f.id}`);
      continue;
    }
    byId.set(f.id, f);
    kept.push(f);
  }
  if (dropped.length) doc.warnings.push(`${dropped.length} fact(s) dropped because they broke the dataset contract, e.g. ${dropped[0]}`);
  doc.facts = kept.length;
  return { document: doc, facts: kept };
}

export function checkError(e: ErrorRecord): ErrorRecord {
  return ErrorRecordSchema.parse(e);
}
