// The output folder: what is in it, how it is loaded back, and how a merged dataset is written.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DocumentRecordSchema, ErrorRecordSchema, FactSchema } from '../facts.js';
import { writeFileAtomically } from './atomic.js';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS, FACT_COLUMNS, type Column } from './columns.js';
import { toCsv } from './csv.js';
import { dataPackage } from './datapackage.js';
import { folderReadme } from './folder-readme.js';
import { readJsonl, toJsonl } from './jsonl.js';
import type { Dataset } from './merge.js';
import { writeSqlite } from './sqlite.js';
import { TEXT_DIR } from './text-file.js';

export const OUTPUT_FILES = {
  facts: 'facts.jsonl',
  documents: 'documents.jsonl',
  errors: 'errors.jsonl',
  skipped: 'skipped.jsonl',
  factsCsv: 'facts.csv',
  documentsCsv: 'documents.csv',
  errorsCsv: 'errors.csv',
  sqlite: 'dataset.sqlite',
  datapackage: 'datapackage.json',
  readme: 'README.md',
  textDir: TEXT_DIR,
} as const;

export interface SkippedRecord {
  path: string;
  reason: string;
  /** Set when what was skipped is a figure of a report: a number whose counted thing is known
   *  (its unit or a rate's words) but that no metric claimed, with the cues it saw. */
  figure?: UnclaimedFigure;
}

export interface UnclaimedFigure {
  doc: string;
  line: number;
  start: number;
  end: number;
  raw: string;
  kind: string;
  /** The figure's words as the signatures read them (`lead # tail`, matching view). */
  frame: string;
  /** Each cue seen: its words, the cues they name, and where (unit, own, clause, item, head, sentence). */
  cues: { words: string; cues: string[]; where: string }[];
  /** The signatures whose roles were met, best first (none claimed the figure in the end). */
  scored: { id: string; score: number }[];
}

export const UNCLAIMED_REASON = 'a figure whose counted thing is known but that no metric claimed';

/** The dataset already in `dir` (empty when the folder is new). */
export async function loadDataset(dir: string): Promise<Dataset> {
  const [documents, facts, errors] = await Promise.all([
    readJsonl(path.join(dir, OUTPUT_FILES.documents), DocumentRecordSchema),
    readJsonl(path.join(dir, OUTPUT_FILES.facts), FactSchema),
    readJsonl(path.join(dir, OUTPUT_FILES.errors), ErrorRecordSchema),
  ]);
  return { documents, facts, errors };
}

const CSV_RESOURCES = [
  { name: 'facts', path: OUTPUT_FILES.factsCsv, title: 'Facts: one figure a row', columns: FACT_COLUMNS as Column<never>[], primaryKey: 'id',
    foreignKeys: [{ fields: 'doc', reference: { resource: 'documents', fields: 'doc' } }] },
  { name: 'documents', path: OUTPUT_FILES.documentsCsv, title: 'Documents: one report a row', columns: DOCUMENT_COLUMNS as Column<never>[], primaryKey: 'doc' },
  { name: 'errors', path: OUTPUT_FILES.errorsCsv, title: 'Errors: one failed input a row', columns: ERROR_COLUMNS as Column<never>[], primaryKey: 'path' },
];

/** Writes every output of the dataset; each file lands under its final name only when complete. */
export async function writeDataset(dir: string, data: Dataset, skipped: SkippedRecord[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);
  // Tabular files first, the JSONL (what the next run merges from) last.
  await writeSqlite(at(OUTPUT_FILES.sqlite), data);
  await Promise.all([
    writeFileAtomically(at(OUTPUT_FILES.factsCsv), toCsv(FACT_COLUMNS, data.facts)),
    writeFileAtomically(at(OUTPUT_FILES.documentsCsv), toCsv(DOCUMENT_COLUMNS, data.documents)),
    writeFileAtomically(at(OUTPUT_FILES.errorsCsv), toCsv(ERROR_COLUMNS, data.errors)),
    writeFileAtomically(at(OUTPUT_FILES.datapackage), JSON.stringify(dataPackage(CSV_RESOURCES, new Date().toISOString()), null, 2) + '\n'),
    writeFileAtomically(at(OUTPUT_FILES.skipped), toJsonl(skipped)),
    writeFileAtomically(at(OUTPUT_FILES.readme), folderReadme()),
  ]);
  await writeFileAtomically(at(OUTPUT_FILES.documents), toJsonl(data.documents));
  await writeFileAtomically(at(OUTPUT_FILES.errors), toJsonl(data.errors));
  await writeFileAtomically(at(OUTPUT_FILES.facts), toJsonl(data.facts));
}
