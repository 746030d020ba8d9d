// Merging one run into the dataset already in the output folder. Pure: records in, records out.
//
// Identity of a report: its file name (`doc`) together with its content hash (source.sha256).
// When a report is read successfully, every existing row that shares its file name OR its
// content hash is replaced: a corrected file under the same name supersedes the old one, and a
// renamed copy of the same bytes does not appear twice (its fact ids would collide anyway,
// since fact ids derive from the bytes). A failed read leaves the report's earlier rows in
// place and records the failure in errors; a successful read clears earlier errors of that name.
import path from 'node:path';
import type { DocumentRecord, ErrorRecord, Fact } from '../facts.js';

export interface Dataset {
  documents: DocumentRecord[];
  facts: Fact[];
  errors: ErrorRecord[];
}

export interface ReadReport {
  document: DocumentRecord;
  facts: Fact[];
}

export interface RunRecords {
  reports: ReadReport[];
  errors: ErrorRecord[];
}

export interface Merged {
  dataset: Dataset;
  /** Reports that left the dataset (replaced under another name); their text files go too. */
  removedDocs: string[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const errorName = (e: ErrorRecord) => path.basename(e.path);

export function mergeRun(existing: Dataset, run: RunRecords): Merged {
  const readNames = new Set(run.reports.map((r) => r.document.doc));
  const readShas = new Set(run.reports.map((r) => r.document.source.sha256));
  const replaced = (d: DocumentRecord) => readNames.has(d.doc) || readShas.has(d.source.sha256);

  const goneDocs = new Set(existing.documents.filter(replaced).map((d) => d.doc));
  const documents = [...existing.documents.filter((d) => !replaced(d)), ...run.reports.map((r) => r.document)];
  const facts = [
    ...existing.facts.filter((f) => !goneDocs.has(f.doc) && !readNames.has(f.doc)),
    ...run.reports.flatMap((r) => r.facts),
  ];

  const touched = new Set([...readNames, ...run.errors.map(errorName)]);
  // One row per path (the same missing path given twice is one failure).
  const errors = [...new Map([...existing.errors.filter((e) => !touched.has(errorName(e))), ...run.errors].map((e) => [e.path, e])).values()];

  // Fact ids are unique by construction; keep the first should two reports still collide.
  const seen = new Set<string>();
  const uniqueFacts = facts.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));

  documents.sort((a, b) => byString(a.doc, b.doc));
  uniqueFacts.sort((a, b) => byString(a.doc, b.doc) || a.source.start - b.source.start || a.source.value_start - b.source.value_start || byString(a.id, b.id));
  errors.sort((a, b) => byString(a.path, b.path));

  const stillThere = new Set(documents.map((d) => d.doc));
  return { dataset: { documents, facts: uniqueFacts, errors }, removedDocs: [...goneDocs].filter((d) => !stillThere.has(d)) };
}
