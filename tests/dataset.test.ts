// The dataset writers, the merge rules and the compare table, fed with hand-made records that
// pass the contract's schemas (independent of the extractors and the rules).
import { describe, it, expect } from '@jest/globals';
import { mkdtemp, readFile, readdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DocumentRecordSchema, FactSchema, type DocumentRecord, type ErrorRecord, type Fact } from '../src/facts.js';
import { computeLineStarts, type TextDocument } from '../src/model.js';
import { mergeRun, type Dataset } from '../src/dataset/merge.js';
import { checkResult } from '../src/dataset/validate.js';
import { toCsv } from '../src/dataset/csv.js';
import { FACT_COLUMNS, dimValue } from '../src/dataset/columns.js';
import { loadDataset, writeDataset } from '../src/dataset/output.js';
import { DatasetFileError } from '../src/dataset/jsonl.js';
import { FolderBusyError, LOCK_FILE, lockFolder, removeStaleTemps } from '../src/dataset/lock.js';
import { buildComparison, dimsMatch, periodName, renderTable, type FactRow } from '../src/dataset/compare.js';

// RFC 4180 reader, enough to count records whose quotes hold commas, quotes and newlines.
function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

const TEXT = 'Tổng số thuê bao điện thoại: 691.872 thuê bao, trong đó "trả trước", 600.100 thuê bao.\nDân số, 2023';

function textDoc(text = TEXT): TextDocument {
  return { format: 'txt', text, lineStarts: computeLineStarts(text), pages: [], blocks: [], warnings: [] };
}

function doc(name: string, sha: string, facts = 0): DocumentRecord {
  return DocumentRecordSchema.parse({
    doc: name,
    source: { path: `reports/${name}`, sha256: sha, format: 'txt' },
    province: 'Ninh Thuận',
    province_code: '58',
    period: { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' },
    title: null, issuer: null, number: null, date: null, signer: null,
    warnings: [],
    facts,
  });
}

function fact(name: string, sha: string, raw: string, over: Partial<Fact> = {}): Fact {
  const vs = TEXT.indexOf(raw);
  const qs = Math.max(0, vs - 10);
  const qe = vs + raw.length + 10;
  return FactSchema.parse({
    id: `${sha.slice(0, 4)}-${raw}-${JSON.stringify(over.dims ?? {})}`,
    doc: name,
    source: { path: `reports/${name}`, sha256: sha, format: 'txt', line: 1, start: qs, end: qe, value_start: vs, value_end: vs + raw.length },
    province: 'Ninh Thuận', province_code: '58',
    period: { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' },
    metric: 'subs.phone', family: 'subs', dims: {},
    value: Number(raw.replace(/\./g, '')), unit: 'count', basis: 'actual',
    raw, quote: TEXT.slice(qs, qe), qualifier: null, change_pct: null, rule: 'test/hand-made', checks: [],
    ...over,
  });
}

const empty: Dataset = { documents: [], facts: [], errors: [] };

describe('mergeRun', () => {
  const a = { document: doc('a.txt', 'sha-a', 1), facts: [fact('a.txt', 'sha-a', '691.872')] };
  const b = { document: doc('b.txt', 'sha-b', 1), facts: [fact('b.txt', 'sha-b', '600.100')] };

  it('importing the same report again replaces its rows instead of adding them', () => {
    const once = mergeRun(empty, { reports: [a, b], errors: [] }).dataset;
    const twice = mergeRun(once, { reports: [a], errors: [] }).dataset;
    expect(twice.documents.map((d) => d.doc)).toEqual(['a.txt', 'b.txt']);
    expect(twice.facts.map((f) => f.id)).toEqual(once.facts.map((f) => f.id));
  });

  it('a new version under the same file name supersedes the old one', () => {
    const once = mergeRun(empty, { reports: [a], errors: [] }).dataset;
    const a2 = { document: doc('a.txt', 'sha-a2', 1), facts: [fact('a.txt', 'sha-a2', '600.100')] };
    const merged = mergeRun(once, { reports: [a2], errors: [] }).dataset;
    expect(merged.documents).toHaveLength(1);
    expect(merged.documents[0].source.sha256).toBe('sha-a2');
    expect(merged.facts.map((f) => f.source.sha256)).toEqual(['sha-a2']);
  });

  it('the same bytes under a new name replace the old name and report its text file as gone', () => {
    const once = mergeRun(empty, { reports: [a], errors: [] }).dataset;
    const renamed = { document: doc('renamed.txt', 'sha-a', 1), facts: [fact('renamed.txt', 'sha-a', '691.872')] };
    const { dataset, removedDocs } = mergeRun(once, { reports: [renamed], errors: [] });
    expect(dataset.documents.map((d) => d.doc)).toEqual(['renamed.txt']);
    expect(dataset.facts.map((f) => f.doc)).toEqual(['renamed.txt']);
    expect(removedDocs).toEqual(['a.txt']);
  });

  it('a failed re-read keeps the earlier rows and records the failure; a later success clears it', () => {
    const once = mergeRun(empty, { reports: [a], errors: [] }).dataset;
    const failure: ErrorRecord = { path: 'elsewhere/a.txt', code: 'TIMEOUT', error: 'took too long' };
    const failed = mergeRun(once, { reports: [], errors: [failure] }).dataset;
    expect(failed.documents).toHaveLength(1);
    expect(failed.facts).toHaveLength(1);
    expect(failed.errors).toEqual([failure]);
    const fixed = mergeRun(failed, { reports: [a], errors: [] }).dataset;
    expect(fixed.errors).toEqual([]);
  });

  it('one error row per path', () => {
    const e: ErrorRecord = { path: 'missing', code: 'NOT_FOUND', error: 'missing does not exist' };
    expect(mergeRun(empty, { reports: [], errors: [e, { ...e }] }).dataset.errors).toHaveLength(1);
  });
});

describe('checkResult (the contract at the output edge)', () => {
  it('keeps good facts and drops those whose quote is not the text at their offsets', () => {
    const good = fact('a.txt', 'sha-a', '691.872');
    const bad = { ...fact('a.txt', 'sha-a', '600.100'), quote: 'something else' };
    const out = checkResult(doc('a.txt', 'sha-a', 2), [good, bad], textDoc());
    expect(out.facts.map((f) => f.id)).toEqual([good.id]);
    expect(out.document.facts).toBe(1);
    expect(out.document.warnings.join(' ')).toMatch(/1 fact\(s\) dropped.*quote/);
  });

  it('drops facts that break the schema or carry a period that is not a date range', () => {
    const noMetric = { ...fact('a.txt', 'sha-a', '691.872'), metric: undefined };
    const badPeriod = fact('a.txt', 'sha-a', '600.100', { period: { start: '2023-04', end: '2023-04-30' } });
    const out = checkResult(doc('a.txt', 'sha-a'), [noMetric, badPeriod], textDoc());
    expect(out.facts).toEqual([]);
    expect(out.document.warnings[0]).toMatch(/^2 fact/);
  });

  it('collapses identical duplicates silently', () => {
    const f = fact('a.txt', 'sha-a', '691.872');
    const out = checkResult(doc('a.txt', 'sha-a'), [f, { ...f }], textDoc());
    expect(out.facts).toHaveLength(1);
    expect(out.document.warnings).toEqual([]);
  });

  it('rejects a document record that breaks the schema', () => {
    expect(() => checkResult({ ...doc('a.txt', 'sha-a'), source: { path: 'x' } }, [], textDoc())).toThrow(/invalid document record/);
  });
});

describe('facts.csv', () => {
  it('starts with a BOM, has one column per FACT_COLUMNS entry and flattens nested fields', () => {
    const f = fact('a.txt', 'sha-a', '600.100', { dims: { kind: 'mobile_prepaid' } });
    const csv = toCsv(FACT_COLUMNS, [f]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = parseCsv(csv.slice(1));
    expect(header).toEqual(FACT_COLUMNS.map((c) => c.name));
    const get = (name: string) => row[header.indexOf(name)];
    expect(get('source_line')).toBe('1');
    expect(get('period_start')).toBe('2023-04-01');
    expect(get('kind')).toBe('mobile_prepaid');
    expect(get('level')).toBe(''); // subs.phone has no level dim
    expect(JSON.parse(get('dims'))).toEqual({ kind: 'mobile_prepaid' });
    expect(get('quote')).toBe(f.quote); // the quote holds a comma and quotes and survives
    expect(get('province')).toBe('Ninh Thuận');
  });

  it('keeps spreadsheets from running a text cell as a formula, and leaves numbers alone', () => {
    const f = fact('=HYPERLINK("http://x").txt', 'sha-a', '600.100', { quote: '+ Trả trước: 600.100 thuê bao', change_pct: -1.19 });
    const [header, row] = parseCsv(toCsv(FACT_COLUMNS, [f]).slice(1));
    const get = (name: string) => row[header.indexOf(name)];
    expect(get('doc')).toBe(`'=HYPERLINK("http://x").txt`);
    expect(get('source_path')).toBe('reports/=HYPERLINK("http://x").txt'); // not first: harmless
    expect(get('quote')).toBe("'+ Trả trước: 600.100 thuê bao");
    expect(get('change_pct')).toBe('-1.19');
    expect(get('raw')).toBe('600.100');
  });

  it('writes "all" for a dim the metric has but the fact leaves out', () => {
    expect(dimValue({ metric: 'subs.phone', dims: {} }, 'kind')).toBe('all');
    expect(dimValue({ metric: 'subs.phone', dims: {} }, 'channel')).toBeNull();
  });
});

describe('writeDataset / loadDataset', () => {
  const a = { document: doc('a.txt', 'sha-a', 2), facts: [fact('a.txt', 'sha-a', '691.872'), fact('a.txt', 'sha-a', '600.100', { dims: { kind: 'mobile_prepaid' } })] };
  const b = { document: doc('b.txt', 'sha-b', 1), facts: [fact('b.txt', 'sha-b', '2023')] };
  const errors: ErrorRecord[] = [{ path: 'reports/corrupt.pdf', code: 'PDF_CORRUPT', error: 'The PDF is damaged.' }];

  it('writes JSONL, CSV and SQLite that agree, a datapackage typing every CSV column, and no temporary files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'baocao-ds-'));
    try {
      const data = mergeRun(empty, { reports: [a, b], errors }).dataset;
      await writeDataset(dir, data, [{ path: 'reports/x.xlsx', reason: 'not a report format' }]);
      const jsonl = (await readFile(path.join(dir, 'facts.jsonl'), 'utf8')).trim().split('\n');
      const csvRows = parseCsv((await readFile(path.join(dir, 'facts.csv'), 'utf8')).slice(1));
      const db = new Database(path.join(dir, 'dataset.sqlite'), { readonly: true });
      const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
      expect(jsonl).toHaveLength(3);
      expect(csvRows.length - 1).toBe(3);
      expect(count('facts')).toBe(3);
      expect(count('documents')).toBe(2);
      expect(count('errors')).toBe(1);
      const idx = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts'").all() as { name: string }[];
      expect(idx.map((i) => i.name)).toEqual(expect.arrayContaining(['facts_province', 'facts_metric', 'facts_period']));
      const dbIds = (db.prepare('SELECT id FROM facts ORDER BY id').all() as { id: string }[]).map((r) => r.id);
      db.close();
      expect(dbIds).toEqual(jsonl.map((l) => JSON.parse(l).id).sort());

      const pkg = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8'));
      const res = pkg.resources.find((r: { path: string }) => r.path === 'facts.csv');
      expect(res.schema.primaryKey).toBe('id');
      expect(res.schema.fields.map((f: { name: string }) => f.name)).toEqual(csvRows[0]);
      for (const f of res.schema.fields) expect(['string', 'integer', 'number', 'date', 'object', 'array']).toContain(f.type);
      for (const r of pkg.resources.filter((x: { format: string }) => x.format === 'csv')) {
        const header = parseCsv((await readFile(path.join(dir, r.path), 'utf8')).slice(1))[0];
        expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      }

      expect((await readdir(dir)).filter((f) => f.includes('.tmp-'))).toEqual([]);
      const back = await loadDataset(dir);
      expect(back.facts).toEqual(data.facts);
      expect(back.documents).toEqual(data.documents);
      expect(back.errors).toEqual(errors);
      expect((await readFile(path.join(dir, 'skipped.jsonl'), 'utf8')).trim()).toContain('x.xlsx');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to merge into a folder whose records break the contract', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'baocao-ds-'));
    try {
      await writeFile(path.join(dir, 'facts.jsonl'), '{"id": 1}\n');
      await expect(loadDataset(dir)).rejects.toBeInstanceOf(DatasetFileError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('compare table', () => {
  const row = (province: string | null, start: string, end: string, value: number, dims: Record<string, string> = {}): FactRow => ({
    province, period_start: start, period_end: end, dims: JSON.stringify(dims), value,
  });

  it('without --dim keeps totals only (dims absent or all)', () => {
    expect(dimsMatch({}, {})).toBe(true);
    expect(dimsMatch({ kind: 'all' }, {})).toBe(true);
    expect(dimsMatch({ kind: 'mobile' }, {})).toBe(false);
    expect(dimsMatch({ kind: 'mobile' }, { kind: 'mobile' })).toBe(true);
    expect(dimsMatch({}, { kind: 'mobile' })).toBe(false);
  });

  it('names periods briefly', () => {
    expect(periodName('2023-01-01', '2023-12-31')).toBe('2023');
    expect(periodName('2023-01-01', '2023-06-30')).toBe('2023-H1');
    expect(periodName('2023-04-01', '2023-06-30')).toBe('2023-Q2');
    expect(periodName('2023-04-01', '2023-04-30')).toBe('2023-04');
    expect(periodName('2024-02-01', '2024-02-29')).toBe('2024-02');
    expect(periodName('2023-01-01', '2023-05-25')).toBe('2023-01-01..2023-05-25');
    expect(periodName(null, null)).toBe('(no period)');
  });

  it('puts provinces in rows, periods in columns by start, and joins distinct values', () => {
    const rows = [
      row('Ninh Thuận', '2023-04-01', '2023-04-30', 691872),
      row('Ninh Thuận', '2023-01-01', '2023-06-30', 690503),
      row('Ninh Thuận', '2023-01-01', '2023-06-30', 690503),
      row('Ninh Thuận', '2023-01-01', '2023-06-30', 690000),
      row('Bình Thuận', '2023-04-01', '2023-04-30', 1200000),
      row('Ninh Thuận', '2023-04-01', '2023-04-30', 500000, { kind: 'mobile_prepaid' }),
    ];
    const c = buildComparison(rows, { dims: {} });
    expect(c.provinces).toEqual(['Bình Thuận', 'Ninh Thuận']);
    expect(c.periods.map((p) => p.label)).toEqual(['2023-H1', '2023-04']);
    const lines = renderTable(c).split('\n');
    expect(lines[0]).toMatch(/^province\s+2023-H1\s+2023-04$/);
    expect(lines[2]).toMatch(/^Ninh Thuận\s+690000 \/ 690503\s+691872$/);
    expect(lines[1]).toMatch(/^Bình Thuận\s+1200000$/);
  });
});

describe('output folder lock and leftovers', () => {
  it('lets one extract at a time write a folder and takes over the lock of a dead process', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'baocao-lock-'));
    try {
      const release = await lockFolder(dir);
      await writeFile(path.join(dir, LOCK_FILE), String(process.ppid)); // as if a live parent held it
      await expect(lockFolder(dir)).rejects.toBeInstanceOf(FolderBusyError);
      await release();
      await writeFile(path.join(dir, LOCK_FILE), '999999999'); // no such process
      const again = await lockFolder(dir);
      expect((await readFile(path.join(dir, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
      await again();
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('removes temporary files of dead runs, keeps those of live ones and the outputs', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'baocao-tmp-'));
    try {
      const dead = '.facts.jsonl.tmp-999999999-0123abcd';
      const live = `.facts.csv.tmp-${process.pid}-89abcdef`;
      for (const n of [dead, live, 'facts.jsonl']) await writeFile(path.join(dir, n), 'x');
      await removeStaleTemps(dir);
      expect((await readdir(dir)).sort()).toEqual([live, 'facts.jsonl'].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
