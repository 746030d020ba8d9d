// The surface of the tool: data on stdout, messages on stderr, --json and --quiet on every command,
// `baocao metrics`, the output folder's README.md, what datapackage.json and dataset.sqlite declare,
// and a project README that points at nothing outside the repository.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { metrics } from '../src/catalog.js';
import { FACT_COLUMNS, DOCUMENT_COLUMNS } from '../src/dataset/columns.js';
import { OUTPUT_FILES } from '../src/dataset/output.js';
import { REPO, runCli } from './cli-run.js';

const REPORT = path.join(REPO, 'fixtures/reports/001_66f321ac8072f3c0.txt');

const cli = (args: string[]) => runCli(args);

let work: string;
let out: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'baocao-surface-'));
  out = path.join(work, 'out');
  const run = await cli(['extract', REPORT, '--out', out]);
  if (run.code !== 0) throw new Error(`extract failed: ${run.stderr}`);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('baocao metrics', () => {
  it('lists every metric of the catalog with its unit, dims and Vietnamese name on stdout', async () => {
    const run = await cli(['metrics']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0].split(/\s+/).slice(0, 4)).toEqual(['id', 'unit', 'dims', 'vi']);
    expect(lines).toHaveLength(metrics.length + 1);
    const phone = lines.find((l) => l.startsWith('subs.phone '))!;
    const def = metrics.find((m) => m.id === 'subs.phone')!;
    expect(phone).toContain(def.unit);
    expect(phone).toContain(def.dims.join(','));
    expect(phone).toContain(def.vi);
  });

  it('--json gives the catalog; --family keeps one family; an unknown one is a usage error', async () => {
    const json = await cli(['metrics', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(metrics);
    const bts = await cli(['metrics', '--family', 'bts', '--json']);
    expect(JSON.parse(bts.stdout).map((m: { family: string }) => m.family)).toEqual(metrics.filter((m) => m.family === 'bts').map(() => 'bts'));
    const wrong = await cli(['metrics', '--family', 'weather']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/no family weather/);
  });
});

describe('data on stdout, messages on stderr, --json and --quiet on every command', () => {
  const commands = () => [
    ['extract', REPORT, '--out', out],
    ['compare', out, '--metric', 'subs.phone'],
    ['audit', out],
    ['review', out, '--output', path.join(work, 'review.html')],
    ['text', REPORT],
    ['metrics'],
  ];

  it('--json: stdout is one JSON document', async () => {
    for (const args of commands()) {
      const run = await cli([...args, '--json']);
      expect([args[0], run.code]).toEqual([args[0], 0]);
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  }, 120_000);

  it('--quiet: nothing on stderr', async () => {
    for (const args of commands()) {
      const run = await cli([...args, '--quiet']);
      expect([args[0], run.code, run.stderr]).toEqual([args[0], 0, '']);
    }
  }, 120_000);

  it('extract says what it did on stderr and leaves stdout empty; --json puts it on stdout', async () => {
    const plain = await cli(['extract', REPORT, '--out', out]);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toMatch(/^baocao extract: 1 report read/m);
    const json = JSON.parse((await cli(['extract', REPORT, '--out', out, '--json'])).stdout);
    expect(json).toMatchObject({ read: 1, failed: [], totals: { documents: 1 } });
    expect(json.facts).toBeGreaterThan(0);
    expect(json.outputs.facts).toBe(path.join(path.resolve(out), 'facts.jsonl'));
  }, 60_000);

  it('audit prints findings on stdout and its summary on stderr', async () => {
    const run = await cli(['audit', out]);
    const findings = (await readFile(path.join(out, 'audit.jsonl'), 'utf8')).trim().split('\n');
    expect(run.stdout.trim().split('\n')).toHaveLength(findings.length);
    expect(run.stderr).toMatch(/^baocao audit: \d+ finding/);
  });
});

describe('the output folder', () => {
  it('holds a README.md naming every file and every CSV column', async () => {
    const readme = await readFile(path.join(out, 'README.md'), 'utf8');
    for (const f of Object.values(OUTPUT_FILES)) expect([f, readme.includes(`\`${f}`)]).toEqual([f, true]);
    for (const c of [...FACT_COLUMNS, ...DOCUMENT_COLUMNS]) expect([c.name, readme.includes(`| \`${c.name}\` |`)]).toEqual([c.name, true]);
    expect(readme).toMatch(/utf-8-sig/);
  });

  it('datapackage.json: licenses, constraints that every row of the CSVs meets, the audit, utf-8-sig', async () => {
    const pkg = JSON.parse(await readFile(path.join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.licenses[0]).toMatchObject({ name: expect.any(String), path: expect.stringMatching(/^https:/) });
    const facts = pkg.resources.find((r: { name: string }) => r.name === 'facts');
    expect(facts.encoding).toBe('utf-8-sig');
    const fieldOf = (name: string) => facts.schema.fields.find((f: { name: string }) => f.name === name);
    expect(fieldOf('unit').constraints).toEqual({ required: true, enum: ['count', 'pct', 'per100'] });
    expect(fieldOf('basis').constraints.enum).toEqual(['actual', 'target', 'estimate']);
    expect(fieldOf('family').constraints.enum).toEqual(['dossier', 'bts', 'esign', 'subs']);
    expect(fieldOf('id').constraints).toEqual({ required: true, unique: true });
    expect(fieldOf('province').constraints).toBeUndefined();
    const audit = pkg.resources.find((r: { name: string }) => r.name === 'audit');
    expect(audit).toMatchObject({ path: 'audit.jsonl', format: 'jsonl' });
    expect(audit.schema.fields.find((f: { name: string }) => f.name === 'type').constraints.enum).toContain('conflict_in_report');

    // What it declares holds: read each CSV in its declared encoding and check every constraint.
    for (const r of pkg.resources.filter((x: { format: string }) => x.format === 'csv')) {
      expect(r.encoding).toBe('utf-8-sig');
      const rows: Record<string, string>[] = parse(readFileSync(path.join(out, r.path)), { bom: true, columns: true });
      for (const f of r.schema.fields) {
        const values = rows.map((row) => row[f.name]);
        if (f.constraints?.required) expect([r.name, f.name, values.filter((v) => v === '').length]).toEqual([r.name, f.name, 0]);
        if (f.constraints?.enum) for (const v of values.filter((x) => x !== '')) expect(f.constraints.enum).toContain(v);
        if (f.constraints?.unique) expect(new Set(values).size).toBe(values.length);
      }
    }
  });

  it('dataset.sqlite: user_version, NOT NULL, foreign keys that hold, the metrics table', () => {
    const db = new Database(path.join(out, 'dataset.sqlite'), { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      const notNull = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; notnull: number }[]).filter((c) => c.notnull).map((c) => c.name);
      expect(notNull('facts')).toEqual(expect.arrayContaining(['id', 'doc', 'metric', 'value', 'unit', 'basis', 'quote']));
      expect(notNull('facts')).not.toContain('province');
      expect(notNull('documents')).toEqual(expect.arrayContaining(['doc', 'source_sha256', 'facts']));
      const fks = db.prepare('PRAGMA foreign_key_list(facts)').all() as { table: string; from: string; to: string }[];
      expect(fks.map((k) => [k.from, k.table, k.to]).sort()).toEqual([['doc', 'documents', 'doc'], ['metric', 'metrics', 'id']]);
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      const rows = db.prepare('SELECT id, unit, dims, vi FROM metrics ORDER BY rowid').all() as { id: string; unit: string; dims: string; vi: string }[];
      expect(rows.map((r) => [r.id, r.unit, JSON.parse(r.dims), r.vi])).toEqual(metrics.map((m) => [m.id, m.unit, m.dims, m.vi]));
    } finally {
      db.close();
    }
  });
});

describe('the project README', () => {
  it('points at nothing outside the repository, and its quick start is two commands', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    expect(readme.match(/\.\.\/[\w.-]+|\/work\/[\w.-]+/g)).toBeNull();
    const quick = readme.split('## Quick start')[1].split('```sh')[1].split('```')[0];
    expect(quick.trim().split('\n')).toHaveLength(2);
  });
});
