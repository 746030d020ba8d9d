// Every output read back as an analyst would read it (Python's csv module, a Node CSV parser,
// SQLite, the JSONL), field by field against the records written: quotes copied from reports hold
// bare LF, CR LF, tabs, quotes, ';', a leading '=' or '-', Vietnamese and emoji.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { DocumentRecordSchema, ErrorRecordSchema, FactSchema, type DocumentRecord, type ErrorRecord, type Fact } from '../src/facts.js';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS, FACT_COLUMNS, type Column } from '../src/dataset/columns.js';
import { unescapeCell } from '../src/dataset/csv.js';
import { loadDataset, writeDataset } from '../src/dataset/output.js';
import type { Dataset } from '../src/dataset/merge.js';

const HARD_TEXTS = [
  'Tiếp nhận 1.234 hồ sơ\ntrong đó trực tuyến 1.000 hồ sơ', // bare LF (a PDF's line break), nothing else to quote
  'Giải quyết 980 hồ sơ\r\nđúng hạn', // CR LF
  'Cột 1\tCột 2\t12.345', // tabs
  'Chỉ tiêu "thuê bao" đạt 691.872; tăng 5%', // quotes and ';'
  '=SUM(A1:A2) 12 hồ sơ', // a formula
  '- Trả trước: 600.100 thuê bao', // a list item a spreadsheet would read as a formula
  "'=already quoted 7", // an apostrophe before a formula character
  "'plain apostrophe 8", // an apostrophe before a plain one
  'Chuyển đổi số 📈 đạt 99,5 % 🇻🇳', // emoji
  '\tTab first 3', // a tab first
];

const doc = (name: string, sha: string, code: string, province: string, title: string, facts: number): DocumentRecord =>
  DocumentRecordSchema.parse({
    doc: name,
    source: { path: `lưu trữ/${name}`, sha256: sha, format: 'txt' },
    province,
    province_code: code,
    province_2025: province,
    province_source: 'text',
    period: { start: '2023-01-01', end: '2023-06-30', label: '6 tháng\nđầu năm 2023' },
    period_source: 'title',
    title,
    issuer: '=Sở Thông tin; "và" Truyền thông',
    number: '12/BC-STTTT',
    date: '2023-06-25',
    signer: 'Nguyễn Văn A 😀',
    warnings: ['line one\nline two'],
    facts,
  });

const fact = (name: string, sha: string, code: string, province: string, i: number, quote: string): Fact =>
  FactSchema.parse({
    id: `${sha}-${i}`,
    doc: name,
    source: { path: `lưu trữ/${name}`, sha256: sha, format: 'txt', line: i + 1, start: i * 10, end: i * 10 + quote.length, value_start: i * 10, value_end: i * 10 + 3 },
    province,
    province_code: code,
    period: { start: '2023-01-01', end: '2023-06-30', label: quote.slice(0, 12) },
    metric: i % 2 ? 'dossier.received' : 'subs.phone',
    family: i % 2 ? 'dossier' : 'subs',
    dims: i % 2 ? { level: 'province', entity: quote.slice(0, 8) } : {},
    value: 1234.5 + i,
    unit: 'count',
    basis: 'actual',
    raw: quote.slice(0, 5),
    quote,
    qualifier: i % 3 ? null : 'approx',
    change_pct: i % 2 ? -1.19 : null,
    rule: 'test/round-trip',
    checks: i === 0 ? [{ type: 'sum', finding: 'f1', message: 'Parts "do not"\nadd up' }] : [],
  });

function dataset(): Dataset {
  const hanoi = HARD_TEXTS.map((q, i) => fact('bao_cao_ha_noi.txt', 'aaa', '01', 'Hà Nội', i, q));
  const camau = [fact('=ca-mau.txt', 'bbb', '96', 'Cà Mau', 0, 'Cà Mau\r\n1.500 trạm BTS')];
  return {
    documents: [doc('=ca-mau.txt', 'bbb', '96', 'Cà Mau', 'Báo cáo\r\nquý II', 1), doc('bao_cao_ha_noi.txt', 'aaa', '01', 'Hà Nội', 'Báo cáo\n6 tháng "đầu" năm; 📊', hanoi.length)],
    facts: [...hanoi, ...camau].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.source.start - b.source.start)),
    errors: [{ path: 'lưu trữ/-hỏng.pdf', code: 'PDF_CORRUPT', error: 'The PDF is damaged:\n"xref" missing; =try again' } satisfies ErrorRecord].map((e) => ErrorRecordSchema.parse(e)),
  };
}

/** One cell read back against the value the record holds, by the column's type. */
function expectCell<T>(col: Column<T>, record: T, cell: string | number | null, where: string, csv: boolean): void {
  const value = col.get(record);
  const empty = cell === null || cell === '';
  // Only the CSVs guard against formulas (src/dataset/csv.ts).
  const got = csv && typeof cell === 'string' ? unescapeCell(cell) : cell;
  const label = `${where} ${col.name}`;
  if (value === undefined || value === null) return void expect([label, empty]).toEqual([label, true]);
  if (col.type === 'object' || col.type === 'array') return void expect([label, JSON.parse(String(got))]).toEqual([label, value]);
  if (col.type === 'number' || col.type === 'integer') return void expect([label, Number(got)]).toEqual([label, value]);
  expect([label, got]).toEqual([label, value]);
}

function expectTable<T>(columns: Column<T>[], records: T[], header: string[], rows: (string | number | null)[][], where: string, csv = true): void {
  expect(header).toEqual(columns.map((c) => c.name));
  expect(rows).toHaveLength(records.length);
  rows.forEach((row, r) => {
    expect(row).toHaveLength(columns.length);
    columns.forEach((c, i) => expectCell(c, records[r], row[i], `${where} row ${r + 1}`, csv));
  });
}

/** What Python's csv module reads from a file, as pandas or a script would open it. */
function readWithPython(file: string): string[][] {
  const script = 'import csv, json, sys\nwith open(sys.argv[1], encoding="utf-8-sig", newline="") as f:\n    print(json.dumps(list(csv.reader(f))))';
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

const readWithNode = async (file: string): Promise<string[][]> => parse(await readFile(file), { bom: true, relax_column_count: true });

let dir: string;
let data: Dataset;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baocao-roundtrip-'));
  data = dataset();
  await writeDataset(dir, data, []);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('every output read back', () => {
  const tables = [
    { file: 'facts.csv', table: 'facts', key: 'id', columns: FACT_COLUMNS as Column<unknown>[], records: () => data.facts as unknown[] },
    { file: 'documents.csv', table: 'documents', key: 'doc', columns: DOCUMENT_COLUMNS as Column<unknown>[], records: () => data.documents as unknown[] },
    { file: 'errors.csv', table: 'errors', key: 'path', columns: ERROR_COLUMNS as Column<unknown>[], records: () => data.errors as unknown[] },
  ];

  for (const t of tables) {
    it(`${t.file} with Python's csv module: one record per row, every field as written`, () => {
      const [header, ...rows] = readWithPython(path.join(dir, t.file));
      expectTable(t.columns, t.records(), header, rows, `python ${t.file}`);
    });

    it(`${t.file} with a Node CSV parser (csv-parse): every field as written`, async () => {
      const [header, ...rows] = await readWithNode(path.join(dir, t.file));
      expectTable(t.columns, t.records(), header, rows, `node ${t.file}`);
    });

    it(`dataset.sqlite table ${t.table}: every field as written`, () => {
      const db = new Database(path.join(dir, 'dataset.sqlite'), { readonly: true });
      try {
        const cols = t.columns.map((c) => `"${c.name}"`).join(', ');
        const rows = db.prepare(`SELECT ${cols} FROM "${t.table}" ORDER BY "${t.key}"`).raw().all() as (string | number | null)[][];
        const records = [...t.records()].sort((a, b) => {
          const ka = String(t.columns.find((c) => c.name === t.key)!.get(a));
          const kb = String(t.columns.find((c) => c.name === t.key)!.get(b));
          return ka < kb ? -1 : ka > kb ? 1 : 0;
        });
        expectTable(t.columns, records, t.columns.map((c) => c.name), rows, `sqlite ${t.table}`, false);
      } finally {
        db.close();
      }
    });
  }

  it('the JSONL reads back as the very records written', async () => {
    const back = await loadDataset(dir);
    expect(back).toEqual(data);
  });

  it('the line breaks inside quotes are quoted: one CSV record per fact, whatever the reader', async () => {
    const body = await readFile(path.join(dir, 'facts.csv'), 'utf8');
    expect(body).toContain('"Tiếp nhận 1.234 hồ sơ\ntrong đó trực tuyến 1.000 hồ sơ"');
    expect(readWithPython(path.join(dir, 'facts.csv'))).toHaveLength(data.facts.length + 1);
  });

  it('keeps the leading zero of province_code for a spreadsheet or pandas user: a string in the Data Package and in SQLite', async () => {
    const [header, ...rows] = readWithPython(path.join(dir, 'facts.csv'));
    expect(rows.map((r) => r[header.indexOf('province_code')])).toContain('01');
    const pkg = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8'));
    for (const name of ['facts', 'documents']) {
      const field = pkg.resources.find((r: { name: string }) => r.name === name).schema.fields.find((f: { name: string }) => f.name === 'province_code');
      expect([name, field.type]).toEqual([name, 'string']);
    }
    const db = new Database(path.join(dir, 'dataset.sqlite'), { readonly: true });
    try {
      expect(db.prepare("SELECT DISTINCT province_code, typeof(province_code) AS t FROM facts ORDER BY 1").all()).toEqual([
        { province_code: '01', t: 'text' },
        { province_code: '96', t: 'text' },
      ]);
    } finally {
      db.close();
    }
  });
});
