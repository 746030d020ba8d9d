// One `baocao extract` run: list the inputs, read them in worker threads, check the records,
// merge them into the dataset already in the output folder and write every output.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { ErrorRecord } from '../facts.js';
import { mergeRun, type ReadReport } from '../dataset/merge.js';
import { UNCLAIMED_REASON, writeDataset, type SkippedRecord } from '../dataset/output.js';
import { joinTextFile } from '../dataset/text-file.js';
import { Generation, linkTopNames, removeOtherGenerations } from '../dataset/generation.js';
import { loadStore, readStoredText, withoutReports, type Repair, type StoredDataset } from '../dataset/store.js';
import { auditFacts, writeFindings, type ReportText } from '../audit/index.js';
import { lockFolder, removeStaleTemps } from '../dataset/lock.js';
import { collectInputs } from './inputs.js';
import { percentEncoded } from '../file-names.js';
import { WorkerPool, type ReadOutcome } from './pool.js';
import type { OcrSettings, ReadRecords } from './messages.js';
import { DEFAULT_OCR_PAGE_TIMEOUT_MS } from '../../extractors/ocr/index.js';
import { OCR_CACHE_DIR } from '../../extractors/ocr/cache.js';
import { applyCorrections, type Correction, type CorrectionOutcome } from '../dataset/corrections.js';
import { combineSupplied, type SuppliedMetadata } from '../supplied/apply.js';
import { loadManifest, type LoadedManifest } from '../supplied/manifest.js';
import { attentionOf, type Attention } from './attention.js';
import { findSameReports, setAsideSameReports, type SameReport } from '../dataset/same-report.js';

export interface ExtractRunOptions {
  inputs: string[];
  out: string;
  concurrency: number;
  timeoutMs: number;
  maxBytes: number;
  /** Pages without a text layer (default: auto, tesseract.js, 60 s more per page); cached in OUT/ocr. */
  ocr?: Omit<OcrSettings, 'cacheDir'>;
  /** Called after every file and every page read by OCR (and once when the file list is known). */
  onProgress?: (p: Progress) => void;
  workerScript?: URL;
  /** Build on a dataset whose files were changed after they were written, keeping the reports whose
   *  records still agree (without it, such a folder is refused). */
  repair?: boolean;
  /** Corrections from the review page (src/dataset/corrections.ts), applied to the merged dataset. */
  corrections?: Correction[];
  /** Report metadata for every input of the run (--province, --period, --issuer). */
  supplied?: SuppliedMetadata;
  /** A CSV of file, province, period, issuer (--manifest); the options above win over it. */
  manifest?: string;
  /** Keep every format of a report read several times, without looking for them (by default one is
   *  kept: src/dataset/same-report.ts). */
  keepFormats?: boolean;
}

export interface Progress {
  done: number;
  total: number;
  /** Pages read so far (those read by OCR as each one is done, the others with their file). */
  pages: number;
  /** Of which read by OCR, and of those, taken from the output folder's OCR cache. */
  ocrPages: number;
  ocrCached: number;
  facts: number;
  errors: number;
}

export interface ExtractSummary {
  out: string;
  /** Files handed to the readers. */
  files: number;
  /** Reports read in this run. */
  read: number;
  /** Facts from the reports read in this run. */
  facts: number;
  /** Pages of the reports read in this run; of them read by OCR; of those, taken from the OCR cache. */
  pages: number;
  ocrPages: number;
  ocrCached: number;
  /** Inputs that failed in this run (missing paths included). */
  errors: ErrorRecord[];
  skipped: SkippedRecord[];
  /** Everything in the dataset after the merge; documents counts the reports kept, setAside those
   *  that are the same report as another (same_as). */
  totals: { documents: number; setAside: number; facts: number; errors: number };
  /** Reports read several times (in several formats) among those of this run, each with the one kept;
   *  none with keepFormats, which does not look for them. */
  sameReports: SameReport[];
  keepFormats: boolean;
  /** Audit findings over the whole dataset (also in audit.jsonl and in the facts' checks). */
  findings: number;
  /** Reports taken out of the dataset found in the folder, whose rows disagreed (DATASET_REPAIRED),
   *  and whether this run read them again. */
  repairs: (Repair & { reread: boolean })[];
  /** What failed after the dataset was committed, while the folder was tidied (its links, older
   *  generations): the dataset is written; the next run tidies. */
  tidyFailure: unknown;
  /** What a person can act on: reports of this run with no province, period or figure, and more. */
  attention: Attention;
  elapsedMs: number;
  /** What the corrections did, when there were any. */
  corrections?: Omit<CorrectionOutcome, 'documents' | 'facts'>;
}

export async function runExtract(opts: ExtractRunOptions): Promise<ExtractSummary> {
  // A manifest that cannot be used stops the run before anything is written (ManifestError).
  const manifest = opts.manifest ? await loadManifest(opts.manifest) : null;
  await mkdir(opts.out, { recursive: true });
  const release = await lockFolder(opts.out);
  try {
    await removeStaleTemps(opts.out);
    // What a run stopped midway left: its generation folder, links not yet switched.
    await removeOtherGenerations(opts.out);
    await linkTopNames(opts.out);
    const run: { gen?: Generation } = {};
    try {
      return await extractLocked(opts, run, manifest);
    } catch (e) {
      await run.gen?.abandon(); // the folder keeps its dataset as it was
      throw e;
    }
  } finally {
    await release();
  }
}

async function extractLocked(opts: ExtractRunOptions, run: { gen?: Generation }, manifest: LoadedManifest | null): Promise<ExtractSummary> {
  const started = Date.now();
  const inputs = await collectInputs(opts.inputs, [opts.out]);
  // The manifest given with --manifest is not a report left unread.
  const manifestAt = opts.manifest && path.resolve(opts.manifest);
  let skipped = inputs.skipped.filter((k) => path.resolve(k.path) !== manifestAt);
  const errors: ErrorRecord[] = [...inputs.errors];

  // A report is identified by its file name: two inputs with one name cannot both be kept.
  const firstByName = new Map<string, string>();
  const files: string[] = [];
  for (const f of inputs.files) {
    const name = path.basename(f);
    const first = firstByName.get(name);
    if (first) skipped.push({ path: f, reason: `another input of this run has the same file name (${first}); reports are identified by file name, so only the first is read` });
    else {
      firstByName.set(name, f);
      files.push(f);
    }
  }

  const supplied = new Map<string, SuppliedMetadata>();
  for (const f of files) {
    const s = combineSupplied(opts.supplied ?? {}, manifest?.of(f));
    if (s) supplied.set(f, s);
  }

  // Workers load their modules while the dataset already in the folder is read.
  const pool = files.length
    ? new WorkerPool({
        size: Math.min(opts.concurrency, files.length),
        timeoutMs: opts.timeoutMs,
        maxBytes: opts.maxBytes,
        rawPaths: inputs.rawPaths,
        supplied,
        ocr: { mode: 'auto', engine: 'tesseract.js', pageTimeoutMs: DEFAULT_OCR_PAGE_TIMEOUT_MS, ...opts.ocr, cacheDir: path.join(opts.out, OCR_CACHE_DIR) },
        script: opts.workerScript,
      })
    : null;
  let store: StoredDataset;
  let gen: Generation;
  try {
    store = await loadStore(opts.out, { repair: opts.repair }); // before any file is read: an unusable folder stops the run
    gen = run.gen = await Generation.begin(opts.out);
  } catch (e) {
    await pool?.close();
    throw e;
  }

  const progress: Progress = { done: 0, total: files.length, pages: 0, ocrPages: 0, ocrCached: 0, facts: 0, errors: errors.length };
  opts.onProgress?.({ ...progress });
  // Pages read by OCR are counted as they are read; a file's other pages when it is done.
  const ocrDoneOf = new Map<string, { done: number; cached: number }>();
  const onOcr = (file: string) => (p: { done: number; cached: number }) => {
    const before = ocrDoneOf.get(file) ?? { done: 0, cached: 0 };
    if (p.done <= before.done) return;
    ocrDoneOf.set(file, { done: p.done, cached: p.cached });
    progress.pages += p.done - before.done;
    progress.ocrPages += p.done - before.done;
    progress.ocrCached += p.cached - before.cached;
    opts.onProgress?.({ ...progress });
  };

  // A copy keeps only its hash: its records are never parsed (archives hold many copies).
  const reportsByPath = new Map<string, { sha: string; records: ReadRecords | null; text: string }>();
  // The same bytes under two names are one report, the first in input order. A copy's text file is
  // not written at all (archives hold many copies; writing and deleting them costs more than reading).
  const orderOf = new Map(files.map((f, i) => [f, i]));
  const keptBySha = new Map<string, string>();
  // A write that fails (a full disk) fails the run, not the file: nothing is committed.
  let writeFailure: unknown;
  const handle = async (o: ReadOutcome) => {
    const raw = inputs.rawPaths.get(o.path);
    if (!o.ok) errors.push(raw ? { ...o.error, path_bytes: percentEncoded(raw) } : o.error);
    else if (!writeFailure) {
      const { sha256: sha, text, textFile } = o.result;
      try {
        const kept = keptBySha.get(sha);
        const isCopy = kept !== undefined && orderOf.get(kept)! < orderOf.get(o.path)!;
        if (isCopy) reportsByPath.set(o.path, { sha, records: null, text: '' });
        else {
          const records = JSON.parse(o.result.records) as ReadRecords;
          progress.pages += Math.max(0, (records.document.source.pages ?? 0) - (ocrDoneOf.get(o.path)?.done ?? 0));
          keptBySha.set(sha, o.path);
          await gen.writeText(records.document.doc, joinTextFile(textFile, text));
          reportsByPath.set(o.path, { sha, records, text });
          progress.facts += records.facts.length;
          // An earlier copy in input order arrived late: the one kept so far becomes the copy.
          const later = kept === undefined ? undefined : reportsByPath.get(kept);
          if (later) {
            if (later.records) await gen.dropText(later.records.document.doc);
            progress.facts -= later.records?.facts.length ?? 0;
            reportsByPath.set(kept!, { sha, records: null, text: '' });
          }
        }
      } catch (e) {
        if (isSystemError(e)) {
          writeFailure = e;
          void pool?.close(); // the run will fail: the files still waiting are not read
        } else errors.push({ path: o.path, code: 'READ_FAILED', error: `Could not use what was read from ${o.path}: ${(e as Error).message}` });
      }
    }
    progress.done++;
    progress.errors = errors.length;
    opts.onProgress?.({ ...progress });
  };

  if (pool) {
    try {
      // The pool hands files out in order as workers free up; a worker starts its next file while
      // the main thread writes the last one's text file.
      await Promise.all(files.map((f) => pool.read(f, onOcr(f)).then(handle)));
    } finally {
      await pool.close();
    }
  }
  if (writeFailure) throw writeFailure;

  const reports: ReadReport[] = [];
  const texts = new Map<string, ReportText>();
  const firstBySha = new Map<string, string>();
  for (const f of files) {
    const r = reportsByPath.get(f);
    if (!r) continue;
    const first = firstBySha.get(r.sha);
    if (first) skipped.push({ path: f, reason: `same content as ${first}, which is read instead` });
    else if (r.records) {
      // The first of a content in input order always has its records (see handle).
      firstBySha.set(r.sha, f);
      const { document, facts, unclaimed } = r.records;
      reports.push({ document, facts });
      for (const figure of unclaimed ?? []) skipped.push({ path: f, reason: UNCLAIMED_REASON, figure });
      texts.set(document.doc, { text: r.text });
    }
  }

  let { dataset } = mergeRun(store.dataset, { reports, errors });
  // The reports read before keep their text files: checked, then carried into the new generation.
  // File work goes a few at a time: an archive's dataset can hold thousands of text files.
  const io = pLimit(16);
  const earlier = dataset.documents.filter((d) => !texts.has(d.doc));
  const broken: Repair[] = [];
  await Promise.all(
    earlier.map((d) =>
      io(async () => {
        const t = await readStoredText(store, d);
        if ('problem' in t) return void broken.push({ doc: d.doc, path: d.source.path, why: t.problem });
        await gen.carryText(d.doc, t.file, t.bytes);
        texts.set(d.doc, { text: t.text });
      }),
    ),
  );
  if (broken.length) {
    store = withoutReports({ ...store, dataset }, broken);
    dataset = store.dataset;
  }
  // One report in several formats is one report: the others are set aside (same_as).
  // --keep-formats does not look for them at all: a run costs what it cost before (npm run bench).
  const sameReports = opts.keepFormats ? [] : findSameReports(dataset.documents, new Map([...texts].map(([doc, t]) => [doc, t.text])));
  dataset = setAsideSameReports(dataset, sameReports);
  const readNow = new Set(reports.map((r) => r.document.doc));
  const kept = new Map(dataset.documents.map((d) => [d.doc, d]));
  // The unclaimed figures of a report set aside are those of the report kept: listed once.
  skipped = skipped.filter((k) => !k.figure || !kept.get(k.figure.doc)?.same_as);
  // Corrections before the audit, so the checks see the corrected values.
  let corrections: ExtractSummary['corrections'];
  if (opts.corrections?.length) {
    const { documents, facts, ...outcome } = applyCorrections(dataset.documents, dataset.facts, opts.corrections, new Map([...texts].map(([d, t]) => [d, t.text])));
    dataset = { ...dataset, documents, facts };
    corrections = outcome;
  }
  // The audit runs over the merged dataset before anything is written, so every output carries the
  // same checks.
  const audit = auditFacts(dataset.facts, texts);
  dataset.facts = audit.facts;
  await writeDataset(gen.root, dataset, skipped);
  await writeFindings(gen.root, audit.findings);
  await gen.commit({ documents: dataset.documents.length, facts: dataset.facts.length, errors: dataset.errors.length });

  return {
    out: opts.out,
    files: files.length,
    read: reports.length,
    facts: reports.reduce((n, r) => n + (kept.get(r.document.doc)?.facts ?? 0), 0),
    pages: reports.reduce((n, r) => n + (r.document.source.pages ?? 0), 0),
    ocrPages: reports.reduce((n, r) => n + (r.document.source.ocr_pages ?? 0), 0),
    ocrCached: reports.reduce((n, r) => n + (ocrDoneOf.get(r.document.source.path)?.cached ?? 0), 0),
    errors: [...errors].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    skipped,
    totals: {
      documents: dataset.documents.filter((d) => !d.same_as).length,
      setAside: dataset.documents.filter((d) => d.same_as).length,
      facts: dataset.facts.length,
      errors: dataset.errors.length,
    },
    sameReports: sameReports.filter((g) => [g.kept, ...g.others].some((d) => readNow.has(d))),
    keepFormats: Boolean(opts.keepFormats),
    findings: audit.findings.length,
    repairs: store.repairs.map((r) => ({ ...r, reread: reports.some((x) => x.document.doc === r.doc) })),
    tidyFailure: gen.tidyFailure,
    attention: attentionOf(
      // The reports of this run as kept (a report set aside as another's format is counted with it).
      reports.map((r) => kept.get(r.document.doc) ?? r.document).filter((d) => !d.same_as),
      (manifest?.unmatched(inputs.files) ?? []).map((r) => r.file),
    ),
    elapsedMs: Date.now() - started,
    ...(corrections ? { corrections } : {}),
  };
}

/** Errors of the system rather than of an input: the disk, permissions, the file system. */
export function isSystemError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  return ['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EACCES', 'EPERM', 'EMFILE', 'ENFILE'].includes(code) || code.startsWith('SQLITE_');
}
