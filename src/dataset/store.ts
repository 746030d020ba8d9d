// Reading back the dataset of an output folder, and refusing or repairing one whose files disagree.
//
// A folder's dataset is its current generation (src/dataset/generation.ts) or, written by a baocao
// before generations, the files at its top. A generation whose files differ from its manifest was
// changed after it was written: baocao will not build on it unless told to (--repair). Reports whose
// rows disagree (a document counting facts that facts.jsonl does not hold, facts of no document, a
// text file missing or of other bytes: what an interrupted run of an older baocao left) are taken
// out and listed in errors.jsonl as DATASET_REPAIRED, to be imported again.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentRecord, ErrorRecord } from '../facts.js';
import { DatasetFileError } from './jsonl.js';
import type { Dataset } from './merge.js';
import { loadDataset } from './output.js';
import { changedFiles, currentGeneration, hasDanglingLinks, readManifest, sha256Of, STORE_DIR, type Manifest } from './generation.js';
import { TEXT_DIR, textFileName } from './text-file.js';

/** A report taken out of a dataset whose rows disagreed, and why. */
export interface Repair {
  doc: string;
  path: string;
  why: string;
}

export interface StoredDataset {
  dataset: Dataset;
  /** Where its files are: the current generation, or the folder itself (older layout, or none yet). */
  root: string;
  manifest: Manifest | null;
  repairs: Repair[];
}

export class DatasetDamagedError extends DatasetFileError {}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Loads the dataset of `dir`, checked (see the top of this file). */
export async function loadStore(dir: string, opts: { repair?: boolean } = {}): Promise<StoredDataset> {
  const generation = await currentGeneration(dir);
  if (!generation) {
    if (await hasDanglingLinks(dir)) {
      throw new DatasetDamagedError(
        `${dir} holds links into ${path.join(dir, STORE_DIR)}, which is gone, so its dataset is lost; extract into a new folder (or delete the links to start this one afresh).`,
      );
    }
    return checkAgreement({ dataset: await loadDataset(dir), root: dir, manifest: null, repairs: [] });
  }
  const manifest = await readManifest(generation);
  const changed = manifest ? await changedFiles(generation, manifest) : ['manifest.json'];
  if (changed.length && !opts.repair) {
    const where = path.relative(dir, generation) || generation;
    throw new DatasetDamagedError(
      `the dataset in ${dir} was changed or damaged after baocao wrote it (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''} in ${where} ` +
        `${changed.length === 1 ? 'differs' : 'differ'} from its manifest), so baocao will not build on it; run again with --repair to keep the reports whose records still agree, or extract into a new folder.`,
    );
  }
  return checkAgreement({ dataset: await loadDataset(generation), root: generation, manifest: changed.length ? null : manifest, repairs: [] });
}

/** Takes out the reports whose documents, facts and text files disagree. */
function checkAgreement(store: StoredDataset): StoredDataset {
  const { documents, facts } = store.dataset;
  const factsOf = new Map<string, number>();
  for (const f of facts) factsOf.set(f.doc, (factsOf.get(f.doc) ?? 0) + 1);
  const known = new Set(documents.map((d) => d.doc));
  const bad = new Map<string, Repair>();
  for (const d of documents) {
    const held = factsOf.get(d.doc) ?? 0;
    if (held !== d.facts) bad.set(d.doc, { doc: d.doc, path: d.source.path, why: `documents.jsonl counts ${plural(d.facts, 'fact')} but facts.jsonl holds ${held}` });
    else if (!existsSync(path.join(store.root, TEXT_DIR, textFileName(d.doc)))) bad.set(d.doc, { doc: d.doc, path: d.source.path, why: 'its text file is missing' });
  }
  for (const f of facts) {
    if (!known.has(f.doc) && !bad.has(f.doc)) bad.set(f.doc, { doc: f.doc, path: f.source.path, why: `facts.jsonl holds its facts but documents.jsonl does not list it` });
  }
  return bad.size ? withoutReports(store, [...bad.values()]) : store;
}

/** The dataset without these reports' rows, each listed in errors as DATASET_REPAIRED. */
export function withoutReports(store: StoredDataset, repairs: Repair[]): StoredDataset {
  const gone = new Set(repairs.map((r) => r.doc));
  const { documents, facts, errors } = store.dataset;
  const repairErrors: ErrorRecord[] = repairs.map((r) => ({
    path: r.path,
    code: 'DATASET_REPAIRED',
    error: `The rows of ${r.doc} in the output folder did not agree (${r.why}), as an interrupted run leaves them; they were taken out. Import ${r.path} again.`,
  }));
  const repairedPaths = new Set(repairErrors.map((e) => e.path));
  return {
    ...store,
    dataset: {
      documents: documents.filter((d) => !gone.has(d.doc)),
      facts: facts.filter((f) => !gone.has(f.doc)),
      errors: [...errors.filter((e) => !repairedPaths.has(e.path)), ...repairErrors],
    },
    repairs: [...store.repairs, ...repairs],
  };
}

/** A report's text file as stored, checked against its document (and the manifest); a problem is
 *  said in words for a Repair. */
export async function readStoredText(store: StoredDataset, d: DocumentRecord): Promise<{ file: string; bytes: Buffer; text: string } | { problem: string }> {
  const name = `${TEXT_DIR}/${textFileName(d.doc)}`;
  const file = path.join(store.root, name);
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return { problem: 'its text file is missing' };
  const entry = store.manifest?.files[name];
  if (entry && (entry.bytes !== bytes.length || entry.sha256 !== sha256Of(bytes))) return { problem: 'its text file differs from the manifest' };
  let parsed: { text?: unknown; doc?: unknown; source_sha256?: unknown };
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { problem: 'its text file is not JSON' };
  }
  if (typeof parsed?.text !== 'string') return { problem: 'its text file holds no text' };
  if (typeof parsed.source_sha256 === 'string' && parsed.source_sha256 !== d.source.sha256) return { problem: 'its text file is of another version of the report' };
  return { file, bytes, text: parsed.text };
}
