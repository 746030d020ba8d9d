// Checks across reports of one province, and auditDir on a directory laid out like `extract` writes it.
import { describe, it, expect } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Fact } from '../src/facts.js';
import { metricById } from '../src/catalog.js';
import { auditDir, auditFacts } from '../src/audit/index.js';

const APRIL = { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' };
const HALF = { start: '2023-01-01', end: '2023-06-30', label: '6 tháng đầu năm 2023' };

let n = 0;
function fact(doc: string, metric: string, value: number, period = APRIL, extra: Partial<Fact> = {}): Fact {
  const m = metricById.get(metric)!;
  const raw = String(value);
  n++;
  return {
    id: `f${n}`,
    doc,
    source: { path: doc, sha256: 'x', format: 'txt', line: 1, start: 0, end: raw.length, value_start: 0, value_end: raw.length },
    province: 'Ninh Thuận',
    province_code: '58',
    period,
    metric,
    family: m.family,
    dims: {},
    value,
    unit: m.unit,
    basis: 'actual',
    raw,
    quote: raw,
    qualifier: null,
    change_pct: null,
    rule: 'test',
    checks: [],
    ...extra,
  };
}

describe('across reports of one province', () => {
  it('reports the same metric, dims, basis and period with different values', () => {
    const a = fact('a.txt', 'bts.stations', 1911);
    const b = fact('b.txt', 'bts.stations', 1921);
    const { findings } = auditFacts([a, b], {});
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ type: 'conflict', facts: [b.id, a.id], stated: 1921, expected: 1911 });
    expect(findings[0].message).toContain('1911');
    expect(findings[0].message).toContain('1921');
  });

  it('does not compare other provinces, dims, bases or periods', () => {
    const a = fact('a.txt', 'bts.stations', 1911);
    const others = [
      fact('b.txt', 'bts.stations', 900, APRIL, { province: 'Bình Thuận', province_code: '60' }),
      fact('b.txt', 'bts.stations', 502, APRIL, { dims: { tech: '2G' } }),
      fact('b.txt', 'bts.stations', 2000, APRIL, { basis: 'target' }),
      fact('b.txt', 'bts.stations', 1930, HALF),
    ];
    expect(auditFacts([a, ...others], {}).findings).toEqual([]);
  });

  it('treats "all" dims as left out when comparing', () => {
    const a = fact('a.txt', 'subs.phone', 691872, APRIL, { dims: { kind: 'all' } });
    const b = fact('b.txt', 'subs.phone', 690000, APRIL);
    expect(auditFacts([a, b], {}).findings.map((f) => f.type)).toEqual(['conflict']);
  });

  it('reports a stock that falls by more than 10 % between consecutive periods, not a small fall', () => {
    const april = fact('a.txt', 'subs.phone', 691872, APRIL);
    const small = fact('b.txt', 'subs.phone', 690503, HALF);
    expect(auditFacts([april, small], {}).findings).toEqual([]);
    const big = fact('b.txt', 'subs.phone', 590503, HALF);
    const { findings } = auditFacts([april, big], {});
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ type: 'stock_fall', doc: 'b.txt', facts: [big.id, april.id], stated: 590503, expected: 691872, tolerance: 0.1 });
    expect(findings[0].message).toMatch(/14,7 %/);
  });

  it('takes the tolerance as an option', () => {
    const april = fact('a.txt', 'bts.stations', 1000, APRIL);
    const june = fact('b.txt', 'bts.stations', 940, HALF);
    expect(auditFacts([april, june], {}).findings).toEqual([]);
    expect(auditFacts([april, june], {}, { stockFallTolerance: 0.05 }).findings.map((f) => f.type)).toEqual(['stock_fall']);
  });

  it('does not treat flows as stocks (new subscribers, dossiers received may fall)', () => {
    const findings = auditFacts(
      [fact('a.txt', 'subs.phone_new', 8735, APRIL), fact('b.txt', 'subs.phone_new', 1935, HALF), fact('a.txt', 'dossier.received', 132667, APRIL), fact('b.txt', 'dossier.received', 67555, HALF)],
      {},
    ).findings;
    expect(findings).toEqual([]);
  });
});

describe('auditDir', () => {
  const TEXT = 'Có 1.911 trạm BTS (502 trạm 2G, 718 trạm 3G, 690 trạm 4G).';
  const at = (raw: string) => TEXT.indexOf(raw);
  const located = (raw: string, value: number, dims: Record<string, string>): Fact => {
    const f = fact('r.txt', 'bts.stations', value, APRIL, { dims });
    return { ...f, raw, quote: raw, source: { ...f.source, start: at(raw), end: at(raw) + raw.length, value_start: at(raw), value_end: at(raw) + raw.length } };
  };

  it('writes audit.jsonl, the facts’ checks (atomically) and the SQLite tables; running it twice gives the same result', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'baocao-audit-'));
    mkdirSync(path.join(dir, 'text'));
    const facts = [located('1.911', 1911, {}), located('502', 502, { tech: '2G' }), located('718', 718, { tech: '3G' }), located('690', 690, { tech: '4G' })];
    writeFileSync(path.join(dir, 'facts.jsonl'), facts.map((f) => JSON.stringify(f)).join('\n') + '\n');
    writeFileSync(path.join(dir, 'text', 'r.txt.json'), JSON.stringify({ doc: 'r.txt', format: 'txt', text: TEXT, lineStarts: [0], pages: [], blocks: [], warnings: [] }));
    const db = new Database(path.join(dir, 'dataset.sqlite'));
    db.exec('CREATE TABLE facts (id TEXT PRIMARY KEY, doc TEXT, checks TEXT)');
    for (const f of facts) db.prepare('INSERT INTO facts VALUES (?, ?, ?)').run(f.id, f.doc, '[]');
    db.close();

    for (let round = 0; round < 2; round++) {
      const r = await auditDir(dir);
      expect(r.sqlite).toBe(true);
      const findings = readFileSync(path.join(dir, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ doc: 'r.txt', type: 'sum', stated: 1911, expected: 1910 });
      const written: Fact[] = readFileSync(path.join(dir, 'facts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(written).toHaveLength(4);
      for (const f of written) expect(f.checks).toEqual([{ type: 'sum', finding: findings[0].id, message: findings[0].message }]);
      const check = new Database(path.join(dir, 'dataset.sqlite'), { readonly: true });
      const rows = check.prepare('SELECT * FROM audit').all() as Array<{ id: string; facts: string }>;
      expect(rows.map((x) => x.id)).toEqual([findings[0].id]);
      expect(JSON.parse(rows[0].facts)).toHaveLength(4);
      const stored = check.prepare('SELECT checks FROM facts WHERE id = ?').get(facts[0].id) as { checks: string };
      expect(JSON.parse(stored.checks)[0].finding).toBe(findings[0].id);
      check.close();
    }
  });

  it('says what to do when there is no facts.jsonl', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'baocao-audit-'));
    await expect(auditDir(dir)).rejects.toThrow(/run `baocao extract/);
  });
});
