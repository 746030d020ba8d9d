// dataset.sqlite: the same flat columns as the CSVs in tables documents, facts and errors, and the
// metric catalog in table metrics, built in one transaction into a temporary file that then replaces
// the old one. Columns that are never empty are NOT NULL; facts.doc references documents and
// facts.metric references metrics (declared; check them with PRAGMA foreign_key_check). PRAGMA
// user_version says which layout this is, so a script can tell before it queries.
import Database from 'better-sqlite3';
import { metrics } from '../catalog.js';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS, FACT_COLUMNS, flatRow, type Column, type FieldType } from './columns.js';
import type { Dataset } from './merge.js';
import { writeAtomically } from './atomic.js';

/** The layout of dataset.sqlite: 2 added NOT NULL, the foreign keys and the metrics table. */
export const SQLITE_USER_VERSION = 2;

const SQL_TYPE: Record<FieldType, string> = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', date: 'TEXT', object: 'TEXT', array: 'TEXT' };

interface TableSpec<T> {
  table: string;
  columns: Column<T>[];
  primaryKey: string;
  /** column → referenced table(column) */
  references?: Record<string, string>;
}

function createTable<T>(db: Database.Database, spec: TableSpec<T>): Database.Statement {
  const defs = spec.columns.map((c) => {
    const key = c.name === spec.primaryKey ? ' PRIMARY KEY' : '';
    const notNull = c.required || key ? ' NOT NULL' : '';
    const ref = spec.references?.[c.name] ? ` REFERENCES ${spec.references[c.name]}` : '';
    return `"${c.name}" ${SQL_TYPE[c.type]}${key}${notNull}${ref}`;
  });
  db.exec(`CREATE TABLE "${spec.table}" (${defs.join(', ')})`);
  return db.prepare(`INSERT INTO "${spec.table}" (${spec.columns.map((c) => `"${c.name}"`).join(', ')}) VALUES (${spec.columns.map(() => '?').join(', ')})`);
}

export function buildSqlite(file: string, data: Dataset): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${SQLITE_USER_VERSION}`);
    db.exec('CREATE TABLE "metrics" ("id" TEXT PRIMARY KEY NOT NULL, "family" TEXT NOT NULL, "unit" TEXT NOT NULL, "dims" TEXT NOT NULL, "vi" TEXT NOT NULL)');
    const insertMetric = db.prepare('INSERT INTO "metrics" VALUES (?, ?, ?, ?, ?)');
    const insertDoc = createTable(db, { table: 'documents', columns: DOCUMENT_COLUMNS, primaryKey: 'doc' });
    const insertFact = createTable(db, { table: 'facts', columns: FACT_COLUMNS, primaryKey: 'id', references: { doc: 'documents(doc)', metric: 'metrics(id)' } });
    const insertError = createTable(db, { table: 'errors', columns: ERROR_COLUMNS, primaryKey: 'path' });
    db.transaction(() => {
      for (const m of metrics) insertMetric.run(m.id, m.family, m.unit, JSON.stringify(m.dims), m.vi);
      for (const d of data.documents) insertDoc.run(flatRow(DOCUMENT_COLUMNS, d));
      for (const f of data.facts) insertFact.run(flatRow(FACT_COLUMNS, f));
      for (const e of data.errors) insertError.run(flatRow(ERROR_COLUMNS, e));
      // Indexes built once over the rows rather than updated row by row.
      db.exec(`
        CREATE INDEX facts_province ON facts (province);
        CREATE INDEX facts_metric ON facts (metric);
        CREATE INDEX facts_period ON facts (period_start, period_end);
        CREATE INDEX facts_doc ON facts (doc);
        CREATE INDEX documents_province ON documents (province);
        CREATE INDEX documents_period ON documents (period_start, period_end);
      `);
    })();
  } finally {
    db.close();
  }
}

export const writeSqlite = (file: string, data: Dataset) => writeAtomically(file, (temp) => buildSqlite(temp, data));
