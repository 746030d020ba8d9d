// One input file → its text model, report metadata and facts. Pure except for reading the file.
import { hash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractBytes, type ExtractOptions } from '../extractors/index.js';
import { BaocaoError, toBaocaoError } from './errors.js';
import type { DocumentRecord, Fact } from './facts.js';
import { lineOf, pageOf, type TextDocument } from './model.js';
import { readReportMetadata } from './metadata/report.js';
import { extractFacts } from './engine/index.js';
import { dimsText, type FactDraft } from './engine/types.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { ocrSource } from '../extractors/ocr/provenance.js';
import { percentEncoded } from './file-names.js';
import type { FigureExplanation } from './engine/explain.js';
import type { UnclaimedFigure } from './dataset/output.js';
import { withSupplied, type SuppliedMetadata } from './supplied/apply.js';

export interface ProcessOptions extends ExtractOptions {
  /** The file's path as bytes, when they are not UTF-8: it is opened by them, and `filePath` (a
   *  readable form) names it in the records, with these bytes percent-encoded beside it. */
  rawPath?: Uint8Array;
  /** Province, period or issuer a person supplied for this file (--province, --manifest, …): they
   *  win over the text, which wins over a province the path names. */
  supplied?: SuppliedMetadata;
}

export interface ProcessResult {
  document: DocumentRecord;
  facts: Fact[];
  text: TextDocument;
  /** Figures whose counted thing is known but that no metric claimed (they go to skipped.jsonl). */
  unclaimed: UnclaimedFigure[];
}

const sha256 = (data: Uint8Array | string) => hash('sha256', data, 'hex');

/** Stable: same source bytes + same span + same metric/dims/basis/period → same id. */
export function factId(sourceSha: string, d: FactDraft): string {
  const key = `${sourceSha}|${d.valueSpan.start}|${d.valueSpan.end}|${d.metric}|${dimsText(d.dims)}|${d.basis}|${d.period?.start ?? ''}|${d.period?.end ?? ''}`;
  return sha256(key).slice(0, 20);
}

export async function processFile(filePath: string, opts: ProcessOptions = {}): Promise<ProcessResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readInput(filePath, maxBytes, { stat, readFile }, opts.rawPath);
  return processBytes(bytes, filePath, { ...opts, maxBytes });
}

/** processFile with blocking reads, for a worker thread (nothing else waits on its event loop). */
export async function processFileInWorker(filePath: string, opts: ProcessOptions = {}): Promise<ProcessResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readInput(filePath, maxBytes, { stat: statSync, readFile: readFileSync }, opts.rawPath);
  return processBytes(bytes, filePath, { ...opts, maxBytes });
}

interface FileAccess {
  stat(p: string | Buffer): Stats | Promise<Stats>;
  readFile(p: string | Buffer): Buffer | Promise<Buffer>;
}

/** The bytes of an input file; a missing, non-regular or oversized file is a typed error. */
async function readInput(filePath: string, maxBytes: number, fs: FileAccess, rawPath?: Uint8Array): Promise<Buffer> {
  const at = rawPath ? Buffer.from(rawPath) : filePath;
  try {
    const st = await fs.stat(at);
    if (!st.isFile()) throw new BaocaoError('READ_FAILED', `${filePath} is not a file.`, { path: filePath });
    if (st.size > maxBytes) {
      throw new BaocaoError('TOO_LARGE', `${filePath} is ${st.size} bytes, over the limit of ${maxBytes}; raise --max-size to read it.`, { path: filePath });
    }
    return await fs.readFile(at);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new BaocaoError('NOT_FOUND', `${filePath} does not exist.`, { path: filePath });
    throw toBaocaoError(e, filePath);
  }
}

export async function processBytes(bytes: Uint8Array, filePath: string, opts: ProcessOptions = {}): Promise<ProcessResult> {
  const doc = path.basename(filePath);
  const text = await extractBytes(bytes, doc, opts).catch((e) => {
    throw toBaocaoError(e, filePath);
  });
  const sourceSha = sha256(bytes);
  const pathBytes = opts.rawPath ? { path_bytes: percentEncoded(opts.rawPath) } : {};
  const { meta, sources } = withSupplied(readReportMetadata(text, doc), filePath, opts.supplied);
  const unclaimedSeen: FigureExplanation[] = [];
  const drafts = extractFacts(text, meta, undefined, unclaimedSeen);
  const unclaimed: UnclaimedFigure[] = unclaimedSeen.map((e) => ({
    doc,
    line: lineOf(text, e.span.start),
    start: e.span.start,
    end: e.span.end,
    raw: e.raw,
    kind: e.kind,
    frame: e.frame,
    cues: e.cues.map((c) => ({ words: c.words, cues: c.cues, where: c.where })),
    scored: e.scored.map((s) => ({ id: s.id, score: s.score })),
  }));
  const facts: Fact[] = drafts.map((d) => ({
    id: factId(sourceSha, d),
    doc,
    source: {
      path: filePath,
      ...pathBytes,
      sha256: sourceSha,
      format: text.format,
      ...(text.pages.length ? { page: pageOf(text, d.valueSpan.start) } : {}),
      line: lineOf(text, d.quoteSpan.start),
      start: d.quoteSpan.start,
      end: d.quoteSpan.end,
      value_start: d.valueSpan.start,
      value_end: d.valueSpan.end,
      ...(text.ocr ? ocrSource(text, pageOf(text, d.valueSpan.start), d.valueSpan, d.quoteSpan) : {}),
    },
    province: meta.province,
    province_code: meta.province_code,
    period: d.period ?? meta.period,
    metric: d.metric,
    family: familyOf(d.metric),
    dims: d.dims,
    value: d.value,
    unit: unitOf(d.metric),
    basis: d.basis,
    raw: d.raw,
    quote: text.text.slice(d.quoteSpan.start, d.quoteSpan.end),
    qualifier: d.qualifier,
    change_pct: d.change_pct,
    rule: d.rule,
    checks: [],
  }));
  const document: DocumentRecord = {
    doc,
    source: {
      path: filePath,
      ...pathBytes,
      sha256: sourceSha,
      format: text.format,
      ...(text.pageCount !== undefined ? { pages: text.pageCount } : {}),
      ...(text.ocr ? { ocr_pages: text.ocr.pages.length } : {}),
    },
    province: meta.province,
    province_code: meta.province_code,
    province_2025: meta.province_2025,
    province_source: sources.province,
    period: meta.period,
    period_source: sources.period,
    title: meta.title,
    issuer: meta.issuer,
    issuer_source: sources.issuer,
    number: meta.number,
    date: meta.date,
    signer: meta.signer,
    warnings: text.warnings,
    facts: facts.length,
  };
  return { document, facts, text, unclaimed };
}

import { metricById } from './catalog.js';

const familyOf = (metric: string) => metricById.get(metric)?.family ?? 'unknown';
const unitOf = (metric: string) => metricById.get(metric)?.unit ?? 'count';
