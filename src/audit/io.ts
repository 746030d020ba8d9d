// auditDir: reads an output directory written by `extract`, audits it, and writes the findings back.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Fact } from '../facts.js';
import { auditFacts, type AuditOutcome } from './run.js';
import { FACT_COLUMNS } from '../dataset/columns.js';
import { toCsv } from '../dataset/csv.js';
import { writeFileAtomically } from '../dataset/atomic.js';
import { DatasetFileError, toJsonl } from '../dataset/jsonl.js';
import type { AuditOptions, Finding, ReportText } from './types.js';
import { TEXT_DIR } from '../dataset/text-file.js';
import { currentGeneration, datasetRoot, Generation } from '../dataset/generation.js';
import { loadStore, readStoredText, withoutReports, type Repair } from '../dataset/store.js';
import { writeDataset, type SkippedRecord } from '../dataset/output.js';
import { lockFolder } from '../dataset/lock.js';

export async function readJsonl<T>(file: string): Promise<T[]> {
  const body = await readFile(file, 'utf8');
  return body
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${file} line ${i + 1} is not valid JSON.`);
      }
    });
}

/** text/<doc>.json files, keyed by the `doc` they name (or their file name without .json). */
export async function readTexts(dir: string): Promise<Map<string, ReportText & Record<string, unknown>>> {
  const textDir = path.join(await datasetRoot(dir), TEXT_DIR);
  const out = new Map<string, ReportText & Record<string, unknown>>();
  if (!existsSync(textDir)) return out;
  for (const name of (await readdir(textDir)).filter((n) => n.endsWith('.json')).sort()) {
    const t = JSON.parse(await readFile(path.join(textDir, name), 'utf8'));
    if (typeof t?.text !== 'string') continue;
    out.set(typeof t.doc === 'string' ? t.doc : name.slice(0, -5), t);
  }
  return out;
}

export interface AuditDirResult extends AuditOutcome {
  /** Whether dataset.sqlite was found and updated. */
  sqlite: boolean;
}

export async function auditDir(dir: string, opts: AuditOptions = {}): Promise<AuditDirResult> {
  if (await currentGeneration(dir)) return auditGeneration(dir, opts);
  // A folder of an older baocao (or made by hand): its files are updated where they are.
  const factsFile = path.join(dir, 'facts.jsonl');
  if (!existsSync(factsFile)) throw new DatasetFileError(`${factsFile} does not exist; run \`baocao extract … --out ${dir}\` first.`);
  const facts = await readJsonl<Fact>(factsFile);
  const texts = await readTexts(dir);
  const outcome = auditFacts(facts, texts, opts);
  await writeFileAtomically(factsFile, toJsonl(outcome.facts));
  // The CSV carries the same checks column as the JSONL.
  const csvFile = path.join(dir, 'facts.csv');
  if (existsSync(csvFile)) await writeFileAtomically(csvFile, toCsv(FACT_COLUMNS, outcome.facts));
  const sqlite = await writeFindings(dir, outcome.findings, outcome.facts);
  return { ...outcome, sqlite };
}

/** Audits the current generation of an output folder and commits the result as the next one, as
 *  an extract does: the folder is never seen half audited. */
async function auditGeneration(dir: string, opts: AuditOptions): Promise<AuditDirResult> {
  const release = await lockFolder(dir);
  try {
    let store = await loadStore(dir);
    const gen = await Generation.begin(dir);
    try {
      const texts = new Map<string, ReportText>();
      const broken: Repair[] = [];
      for (const d of store.dataset.documents) {
        const t = await readStoredText(store, d);
        if ('problem' in t) broken.push({ doc: d.doc, path: d.source.path, why: t.problem });
        else {
          await gen.carryText(d.doc, t.file, t.bytes);
          texts.set(d.doc, { text: t.text });
        }
      }
      if (broken.length) store = withoutReports(store, broken);
      const { dataset } = store;
      const outcome = auditFacts(dataset.facts, texts, opts);
      dataset.facts = outcome.facts;
      const skipped = await readJsonl<SkippedRecord>(path.join(store.root, 'skipped.jsonl')).catch(() => []);
      await writeDataset(gen.root, dataset, skipped);
      await writeFindings(gen.root, outcome.findings);
      await gen.commit({ documents: dataset.documents.length, facts: dataset.facts.length, errors: dataset.errors.length });
      return { ...outcome, sqlite: true };
    } catch (e) {
      await gen.abandon();
      throw e;
    }
  } finally {
    await release();
  }
}

/** audit.jsonl, and the findings (and the facts' checks, when given) into dataset.sqlite if there is
 *  one. Returns whether the SQLite file was updated. */
export async function writeFindings(dir: string, findings: Finding[], facts?: Fact[]): Promise<boolean> {
  await writeFileAtomically(path.join(dir, 'audit.jsonl'), toJsonl(findings));
  const sqliteFile = path.join(dir, 'dataset.sqlite');
  if (!existsSync(sqliteFile)) return false;
  await updateSqlite(sqliteFile, facts ?? null, findings);
  return true;
}

/** Puts the checks into the facts table (when it has a checks column) and the findings into an `audit` table. */
async function updateSqlite(file: string, facts: Fact[] | null, findings: Finding[]): Promise<void> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    const columns = (db.prepare(`PRAGMA table_info(facts)`).all() as Array<{ name: string }>).map((c) => c.name);
    db.exec(`CREATE TABLE IF NOT EXISTS audit (
      id TEXT PRIMARY KEY, doc TEXT NOT NULL, type TEXT NOT NULL, facts TEXT NOT NULL,
      stated REAL, expected REAL, tolerance REAL, message TEXT NOT NULL)`);
    const write = db.transaction(() => {
      if (facts && columns.includes('checks') && columns.includes('id')) {
        const upd = db.prepare(`UPDATE facts SET checks = ? WHERE id = ?`);
        for (const f of facts) upd.run(JSON.stringify(f.checks), f.id);
      }
      db.prepare(`DELETE FROM audit`).run();
      const ins = db.prepare(`INSERT OR REPLACE INTO audit (id, doc, type, facts, stated, expected, tolerance, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
      for (const f of findings) ins.run(f.id, f.doc, f.type, JSON.stringify(f.facts), f.stated, f.expected, f.tolerance, f.message);
    });
    write();
  } finally {
    db.close();
  }
}
