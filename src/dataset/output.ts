// The output folder: what is in it, how it is loaded back, and how a merged dataset is written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DocumentRecordSchema, ErrorRecordSchema, FactSchema } from '../facts.js';
import type { TextDocument } from '../model.js';
import { tempNameFor, writeFileAtomically } from './atomic.js';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS, FACT_COLUMNS, type Column } from './columns.js';
import { toCsv } from './csv.js';
import { dataPackage } from './datapackage.js';
import { readJsonl, toJsonl } from './jsonl.js';
import type { Dataset } from './merge.js';
import { writeSqlite } from './sqlite.js';

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
  textDir: 'text',
} as const;

export interface SkippedRecord {
  path: string;
  reason: string;
}

/** Where the extracted text of a report is kept: text/<doc>.json (doc keeps its extension). */
export const textFileOf = (dir: string, doc: string) => path.join(dir, OUTPUT_FILES.textDir, `${doc}.json`);

/** The dataset already in `dir` (empty when the folder is new). */
export async function loadDataset(dir: string): Promise<Dataset> {
  const [documents, facts, errors] = await Promise.all([
    readJsonl(path.join(dir, OUTPUT_FILES.documents), DocumentRecordSchema),
    readJsonl(path.join(dir, OUTPUT_FILES.facts), FactSchema),
    readJsonl(path.join(dir, OUTPUT_FILES.errors), ErrorRecordSchema),
  ]);
  return { documents, facts, errors };
}

/**
 * Writes the TextDocument of one report (what the audit and the review page read) under a
 * staging name; `commitText` moves it to text/<doc>.json once the run's records are written,
 * so a text file never changes under facts whose offsets point into the older text. A blocking
 * write: it runs in the reading workers, where nothing else waits.
 */
export function stageText(dir: string, doc: string, sha256: string, text: TextDocument): string {
  mkdirSync(path.join(dir, OUTPUT_FILES.textDir), { recursive: true });
  const staged = tempNameFor(textFileOf(dir, doc));
  writeFileSync(staged, textFileContent(doc, sha256, text));
  return staged;
}

function textFileContent(doc: string, sha256: string, text: TextDocument): string {
  const { format, text: body, lineStarts, pages, blocks, warnings, ...rest } = text;
  return JSON.stringify({ doc, format, text: body, lineStarts, pages, blocks, warnings, ...rest, source_sha256: sha256 });
}

export const commitText = (staged: string, dir: string, doc: string) => rename(staged, textFileOf(dir, doc));

export async function removeText(dir: string, doc: string): Promise<void> {
  await rm(textFileOf(dir, doc), { force: true });
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
  ]);
  await writeFileAtomically(at(OUTPUT_FILES.documents), toJsonl(data.documents));
  await writeFileAtomically(at(OUTPUT_FILES.errors), toJsonl(data.errors));
  await writeFileAtomically(at(OUTPUT_FILES.facts), toJsonl(data.facts));
}
