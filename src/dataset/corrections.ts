// Corrections a person made on the review page (corrections.jsonl), applied to a dataset.
//
// A correction names what it corrects by the fact's id and the report's content hash (source.sha256),
// both stable across re-imports of the same bytes: so the same file can be applied to every later
// extract, and a correction whose report has changed simply stops applying (it is reported, not guessed).
// Pure: records in, records out. Reading the file is at the end (zod at the edge).
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { metricById } from '../catalog.js';
import { catalogData } from '../catalog-data.js';
import { PeriodSchema, type DocumentRecord, type Fact } from '../facts.js';
import { DatasetFileError } from './jsonl.js';

const Common = {
  doc: z.string(),
  /** The report's content hash: a correction applies only to these bytes. */
  sha256: z.string().min(1),
  /** When and by whom (free text), for the record. */
  at: z.string().optional(),
  by: z.string().optional(),
  note: z.string().optional(),
};

/** The fact's value is wrong: this is the right one. */
const ValueCorrection = z.object({ kind: z.literal('value'), fact: z.string().min(1), value: z.number().finite(), was: z.number().optional(), ...Common });
/** What was taken for a figure is not one. */
const NotAFact = z.object({ kind: z.literal('not_fact'), fact: z.string().min(1), ...Common });
/** A figure the extract missed: its words (offsets into the report's extracted text) and what it is. */
const MissedFigure = z
  .object({
    kind: z.literal('missed'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    value_start: z.number().int().nonnegative(),
    value_end: z.number().int().nonnegative(),
    quote: z.string().min(1),
    raw: z.string().min(1),
    metric: z.string(),
    dims: z.record(z.string(), z.string()).default({}),
    value: z.number().finite(),
    basis: z.enum(['actual', 'target', 'estimate']).default('actual'),
    period: PeriodSchema.nullable().optional(),
    ...Common,
  })
  .refine((c) => c.start <= c.value_start && c.value_start < c.value_end && c.value_end <= c.end, { message: 'the number must lie inside the quote' });
/** Every figure of the report was checked: its facts (as corrected) are gold. */
const Reviewed = z.object({ kind: z.literal('reviewed'), ...Common });

export const CorrectionSchema = z.union([ValueCorrection, NotAFact, MissedFigure, Reviewed]);
export type Correction = z.infer<typeof CorrectionSchema>;
export type MissedCorrection = Extract<Correction, { kind: 'missed' }>;

/** What a corrected fact carries: the correction, and the value it had before. */
export interface CorrectedBy {
  correction: string;
  at: string | null;
  was: number;
}
export type CorrectedFact = Fact & { corrected_by?: CorrectedBy; source: Fact['source'] & { manual?: true } };

const dimsKey = (dims: Record<string, string>) =>
  Object.keys(dims)
    .filter((k) => dims[k] !== 'all')
    .sort()
    .map((k) => `${k}=${dims[k]}`)
    .join(',');

/** One correction per thing corrected: a later line about the same fact (or figure, or report) wins. */
export function correctionKey(c: Correction): string {
  if (c.kind === 'value' || c.kind === 'not_fact') return `fact:${c.fact}`;
  if (c.kind === 'missed') return `missed:${c.sha256}:${c.value_start}-${c.value_end}:${c.metric}:${dimsKey(c.dims)}:${c.basis}`;
  return `reviewed:${c.sha256}`;
}

export function latestCorrections(list: Correction[]): Correction[] {
  return [...new Map(list.map((c) => [correctionKey(c), c])).values()];
}

export interface Unapplied {
  correction: Correction;
  why: string;
}

export interface CorrectionOutcome {
  documents: DocumentRecord[];
  facts: CorrectedFact[];
  corrected: number;
  removed: number;
  added: number;
  /** Corrections that matched nothing in this dataset (their report is absent or changed, the fact is gone). */
  unapplied: Unapplied[];
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

/** Why the catalog refuses this metric and dims, or null. */
function catalogProblem(metric: string, dims: Record<string, string>): string | null {
  const m = metricById.get(metric);
  if (!m) return `${metric} is not a metric of the catalog`;
  const allowed = catalogData.dims as Record<string, unknown>;
  for (const [k, v] of Object.entries(dims)) {
    if (!m.dims.includes(k)) return `${metric} has no dim ${k}`;
    const values = allowed[k];
    if (Array.isArray(values) && !values.includes(v)) return `${k}=${v} is not in the catalog`;
  }
  return null;
}

function manualFact(c: MissedCorrection, doc: DocumentRecord, text: string): CorrectedFact {
  const m = metricById.get(c.metric)!;
  const dims = Object.fromEntries(Object.entries(c.dims).filter(([, v]) => v !== 'all'));
  const period = c.period === undefined ? doc.period : c.period;
  return {
    // Stable like an extracted fact's id, and never equal to one (the key says manual).
    id: sha(`${doc.source.sha256}|${c.value_start}|${c.value_end}|${c.metric}|${dimsKey(dims)}|${c.basis}|manual`).slice(0, 20),
    doc: doc.doc,
    source: {
      path: doc.source.path,
      ...(doc.source.path_bytes ? { path_bytes: doc.source.path_bytes } : {}),
      sha256: doc.source.sha256,
      format: doc.source.format,
      line: lineOf(text, c.start),
      start: c.start,
      end: c.end,
      value_start: c.value_start,
      value_end: c.value_end,
      manual: true,
    },
    province: doc.province,
    province_code: doc.province_code,
    period,
    metric: c.metric,
    family: m.family,
    dims,
    value: c.value,
    unit: m.unit,
    basis: c.basis,
    raw: c.raw,
    quote: c.quote,
    qualifier: null,
    change_pct: null,
    rule: 'manual',
    checks: [],
  };
}

/**
 * Applies corrections to a dataset's documents and facts. `texts` holds the reports' extracted texts
 * (an added figure must quote them exactly). Applying the same corrections twice changes nothing more.
 */
export function applyCorrections(documents: DocumentRecord[], facts: Fact[], corrections: Correction[], texts: Map<string, string>): CorrectionOutcome {
  const unapplied: Unapplied[] = [];
  const byFact = new Map<string, Extract<Correction, { fact: string }>>();
  for (const c of latestCorrections(corrections)) if (c.kind === 'value' || c.kind === 'not_fact') byFact.set(c.fact, c);
  const used = new Set<string>();
  let corrected = 0;
  let removed = 0;
  const out: CorrectedFact[] = [];
  for (const f of facts as CorrectedFact[]) {
    const c = byFact.get(f.id);
    if (!c || c.sha256 !== f.source.sha256) {
      out.push(f);
      continue;
    }
    used.add(c.fact);
    if (c.kind === 'not_fact') {
      removed++;
      continue;
    }
    if (f.value !== c.value || !f.corrected_by) corrected++;
    out.push({ ...f, value: c.value, checks: f.checks, corrected_by: { correction: correctionKey(c), at: c.at ?? null, was: f.corrected_by?.was ?? f.value } });
  }
  const docBySha = new Map(documents.map((d) => [d.source.sha256, d]));
  for (const c of byFact.values()) {
    if (used.has(c.fact)) continue;
    // A non-figure already gone from its report (these very bytes) is what was asked for.
    if (c.kind === 'not_fact' && docBySha.has(c.sha256)) continue;
    unapplied.push({ correction: c, why: `no fact ${c.fact} of ${c.doc} with these bytes in the dataset (the report changed, or the fact is gone)` });
  }

  let added = 0;
  for (const c of latestCorrections(corrections)) {
    if (c.kind === 'reviewed') {
      if (!docBySha.has(c.sha256)) unapplied.push({ correction: c, why: `${c.doc} with these bytes is not in the dataset` });
      continue;
    }
    if (c.kind !== 'missed') continue;
    const doc = docBySha.get(c.sha256);
    const text = doc ? texts.get(doc.doc) : undefined;
    const problem = !doc
      ? `${c.doc} with these bytes is not in the dataset`
      : text === undefined
        ? `the text of ${doc.doc} is not at hand`
        : text.slice(c.start, c.end) !== c.quote
          ? `the quote is not the report's text at ${c.start}–${c.end}`
          : catalogProblem(c.metric, c.dims);
    if (problem) {
      unapplied.push({ correction: c, why: problem });
      continue;
    }
    const fact = manualFact(c, doc!, text!);
    // Found since (by the extract, or added before): the same number read as the same thing.
    const same = out.some((f) => f.doc === fact.doc && f.source.value_start === c.value_start && f.source.value_end === c.value_end && f.metric === fact.metric && dimsKey(f.dims) === dimsKey(fact.dims) && f.basis === fact.basis);
    if (same) continue;
    out.push(fact);
    added++;
  }
  // The documents count their facts (the dataset's own agreement check reads it).
  const counts = new Map<string, number>();
  for (const f of out) counts.set(f.doc, (counts.get(f.doc) ?? 0) + 1);
  const docsOut = documents.map((d) => ((counts.get(d.doc) ?? 0) === d.facts ? d : { ...d, facts: counts.get(d.doc) ?? 0 }));
  out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.source.start - b.source.start || a.source.value_start - b.source.value_start || (a.id < b.id ? -1 : 1)));
  return { documents: docsOut, facts: out, corrected, removed, added, unapplied };
}

/** Reads corrections.jsonl; a line that is not a correction stops everything (nothing applied half). */
export async function readCorrections(file: string): Promise<Correction[]> {
  let body: string;
  try {
    body = await readFile(file, 'utf8');
  } catch (e) {
    throw new DatasetFileError(`cannot read the corrections file ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  const out: Correction[] = [];
  body.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new DatasetFileError(`${file} line ${i + 1} is not JSON.`);
    }
    const parsed = CorrectionSchema.safeParse(value);
    if (!parsed.success) throw new DatasetFileError(`${file} line ${i + 1} is not a correction: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'record'}: ${x.message}`)[0]}.`);
    out.push(parsed.data);
  });
  return out;
}

/** What `extract --corrections` says it did. */
export function correctionLines(r: Omit<CorrectionOutcome, 'documents' | 'facts'> | undefined): string[] {
  if (!r) return [];
  const lines = [`corrections: ${r.corrected} value(s) corrected, ${r.removed} fact(s) removed, ${r.added} figure(s) added`];
  for (const u of r.unapplied) lines.push(`corrections: not applied (${u.correction.kind} in ${u.correction.doc}): ${u.why}`);
  return lines;
}
