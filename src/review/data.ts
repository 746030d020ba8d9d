// What the review page embeds: the reports' texts, their facts (trimmed to what the page shows) and the findings.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DocumentRecord, Fact } from '../facts.js';
import type { Finding } from '../audit/types.js';
import { readJsonl, readTexts } from '../audit/io.js';
import { metrics } from '../catalog.js';
import { catalogData } from '../catalog-data.js';
import type { CorrectedFact } from '../dataset/corrections.js';
import { pageWords, type PageWords } from './words.js';
import type { OcrText } from '../model.js';
import { OCR_CACHE_DIR } from '../../extractors/ocr/cache.js';
import { cropsFor } from './crops.js';
import { datasetRoot } from '../dataset/generation.js';
import { DatasetFileError } from '../dataset/jsonl.js';

export interface ReviewDoc {
  doc: string;
  /** The report's content hash: corrections name it, so they apply to these bytes only. */
  sha: string;
  province: string | null;
  period: string | null;
  title: string | null;
  format: string;
  warnings: string[];
  /** Loaded into the page on demand: rendered only when the report is opened. */
  text: string;
  /** Page boundaries of paged formats. */
  pages: Array<{ page: number; start: number; end: number }>;
}

export interface ReviewFact {
  id: string;
  doc: string;
  metric: string;
  family: string;
  dims: Record<string, string>;
  value: number;
  unit: string;
  raw: string;
  basis: string;
  period: { start: string; end: string; label?: string } | null;
  province: string | null;
  rule: string;
  quote: string;
  qualifier: string | null;
  change_pct: number | null;
  line: number;
  page?: number;
  /** Offsets of the number and of the quote in the report's text. */
  vs: number;
  ve: number;
  qs: number;
  qe: number;
  checks: Array<{ type: string; finding: string; message: string }>;
  /** Read by OCR: confidences (0–100), and the crop of the page image with the number's place in it. */
  ocr?: { confidence: number; value_confidence: number; quote_confidence?: number; crop?: string; box?: [number, number, number, number] };
  /** Set by `extract --corrections`: the value this fact had before a person corrected it; or added by hand. */
  was?: number;
  manual?: true;
}

export interface ReviewData {
  generated: string;
  docs: ReviewDoc[];
  facts: ReviewFact[];
  /** Crops of scanned pages (data: URLs), by the key OCR facts name. */
  crops?: Record<string, string>;
  findings: Finding[];
  metrics: Array<{ id: string; family: string; unit: string; vi: string; dims: string[] }>;
  families: string[];
  /** The catalog's values of each dim (free text where it names none), for the correction forms. */
  dimValues: Record<string, string[] | null>;
  words: PageWords;
}

const periodLabel = (p: DocumentRecord['period']) => (p ? (p.label ?? `${p.start} – ${p.end}`) : null);

export function toReviewFact(f: CorrectedFact): ReviewFact {
  return {
    id: f.id,
    doc: f.doc,
    metric: f.metric,
    family: f.family,
    dims: f.dims,
    value: f.value,
    unit: f.unit,
    raw: f.raw,
    basis: f.basis,
    period: f.period,
    province: f.province,
    rule: f.rule,
    quote: f.quote,
    qualifier: f.qualifier,
    change_pct: f.change_pct,
    line: f.source.line,
    ...(f.source.page ? { page: f.source.page } : {}),
    vs: f.source.value_start,
    ve: f.source.value_end,
    qs: f.source.start,
    qe: f.source.end,
    checks: f.checks ?? [],
    ...(f.source.ocr
      ? { ocr: { confidence: f.source.ocr_confidence ?? 0, value_confidence: f.source.ocr_value_confidence ?? 0, quote_confidence: f.source.ocr_quote_confidence ?? 0 } }
      : {}),
    ...(f.corrected_by ? { was: f.corrected_by.was } : {}),
    ...(f.source.manual ? { manual: true as const } : {}),
  };
}

export async function readReviewData(dir: string): Promise<ReviewData> {
  // Every file from one generation, even if an extract commits the next one meanwhile.
  const root = await datasetRoot(dir);
  const factsFile = path.join(root, 'facts.jsonl');
  if (!existsSync(factsFile)) throw new DatasetFileError(`${path.join(dir, 'facts.jsonl')} does not exist; run \`baocao extract … --out ${dir}\` first.`);
  const facts = await readJsonl<CorrectedFact>(factsFile);
  const documents = existsSync(path.join(root, 'documents.jsonl')) ? await readJsonl<DocumentRecord>(path.join(root, 'documents.jsonl')) : [];
  const findings = existsSync(path.join(root, 'audit.jsonl')) ? await readJsonl<Finding>(path.join(root, 'audit.jsonl')) : [];
  const texts = await readTexts(root);
  // A report set aside as the same report in another format (same_as) is shown once, as the one kept.
  const aside = new Set(documents.filter((d) => d.same_as).map((d) => d.doc));
  const names = [...new Set([...documents.map((d) => d.doc), ...texts.keys(), ...facts.map((f) => f.doc)])].filter((d) => !aside.has(d)).sort();
  const recordOf = new Map(documents.map((d) => [d.doc, d]));
  const factOf = new Map<string, Fact>();
  for (const f of facts) if (!factOf.has(f.doc)) factOf.set(f.doc, f);
  const docs: ReviewDoc[] = names.map((doc) => {
    const rec = recordOf.get(doc);
    const t = texts.get(doc) as (Record<string, unknown> & { text: string }) | undefined;
    const anyFact = factOf.get(doc);
    return {
      doc,
      sha: rec?.source.sha256 ?? anyFact?.source.sha256 ?? (typeof t?.source_sha256 === 'string' ? t.source_sha256 : ''),
      province: rec?.province ?? anyFact?.province ?? null,
      period: periodLabel(rec?.period ?? null),
      title: rec?.title ?? null,
      format: rec?.source.format ?? (typeof t?.format === 'string' ? t.format : anyFact?.source.format ?? 'txt'),
      warnings: [...new Set([...(rec?.warnings ?? []), ...((t?.warnings as string[] | undefined) ?? [])])],
      text: t?.text ?? '',
      pages: Array.isArray(t?.pages) ? (t!.pages as ReviewDoc['pages']) : [],
    };
  });
  const families = [...new Set([...metrics.map((m) => m.family), ...facts.map((f) => f.family)])];
  const { crops, byFact } = await cropsFor(facts, (doc) => texts.get(doc)?.ocr as OcrText | undefined, path.join(dir, OCR_CACHE_DIR));
  return {
    generated: new Date().toISOString(),
    docs,
    facts: facts.map((f) => {
      const r = toReviewFact(f);
      const crop = byFact.get(f.id);
      if (r.ocr && crop) Object.assign(r.ocr, crop);
      return r;
    }),
    crops,
    findings,
    metrics: metrics.map((m) => ({ id: m.id, family: m.family, unit: m.unit, vi: m.vi, dims: m.dims })),
    families,
    dimValues: Object.fromEntries(Object.entries(catalogData.dims).filter(([k]) => k !== 'basis').map(([k, v]) => [k, Array.isArray(v) ? v.filter((x) => x !== 'all') : null])),
    words: pageWords(),
  };
}
