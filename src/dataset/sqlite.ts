// dataset.sqlite: the same flat columns as the CSVs in tables documents, facts and errors,
// built in one transaction into a temporary file that then replaces the old one.
import Database from 'better-sqlite3';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS, FACT_COLUMNS, flatRow, type Column, type FieldType } from './columns.js';
import type { Dataset } from './merge.js';
import { writeAtomically } from './atomic.js';

const SQL_TYPE: Record<FieldType, string> = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', date: 'TEXT', object: 'TEXT', array: 'TEXT' };

function createTable<T>(db: Database.Database, table: string, columns: Column<T>[], primaryKey: string): Database.Statement {
  const defs = columns.map((c) => `"${c.name}" ${SQL_TYPE[c.type]}${c.name === primaryKey ? ' PRIMARY KEY' : ''}`);
  db.exec(`CREATE TABLE "${table}" (${defs.join(', ')})`);
  return db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
}

export function buildSqlite(file: string, data: Dataset): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    const insertDoc = createTable(db, 'documents', DOCUMENT_COLUMNS, 'doc');
    const insertFact = createTable(db, 'facts', FACT_COLUMNS, 'id');
    const insertError = createTable(db, 'errors', ERROR_COLUMNS, 'path');
    db.transaction(() => {
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
