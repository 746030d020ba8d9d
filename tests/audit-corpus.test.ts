// End to end over the corpus: `baocao extract` then `baocao audit` must find the real arithmetic mistakes the
// gold notes list (NOTES-000.md, NOTES-001-003.md) and raise nothing on the groups that add up.
// It depends on the extractors and fact rules: until they are in, it fails and says so.
import { describe, it, expect, beforeAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Fact } from '../src/facts.js';
import type { Finding } from '../src/audit/index.js';

const CLI = path.resolve('dist/src/cli.js');
const SOURCES = ['fixtures/reports', '../shared/corpus'];

function corpusFiles(): string[] {
  for (const dir of SOURCES) {
    if (!existsSync(dir)) continue;
    const txt = readdirSync(dir).filter((n) => /^\d{3}_[0-9a-f]+\.txt$/.test(n)).sort();
    if (txt.length) return txt.map((n) => path.join(dir, n));
  }
  return [];
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 180000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

describe('audit over the corpus reports', () => {
  let out = '';
  let findings: Finding[] = [];
  let facts: Fact[] = [];
  const byDoc = (prefix: string) => findings.filter((f) => f.doc.startsWith(prefix));

  beforeAll(() => {
    const files = corpusFiles();
    if (!files.length) throw new Error(`No corpus reports found in ${SOURCES.join(' or ')}.`);
    out = mkdtempSync(path.join(tmpdir(), 'baocao-corpus-'));
    const ex = run(['extract', ...files, '--out', out]);
    if (ex.code !== 0 || !existsSync(path.join(out, 'facts.jsonl'))) {
      throw new Error(`\`baocao extract\` is not working yet (exit ${ex.code}): ${ex.err.trim().slice(0, 400)}. This end-to-end audit test needs the extractors and fact rules.`);
    }
    const au = run(['audit', out, '--quiet']);
    if (au.code !== 0) throw new Error(`\`baocao audit\` failed (exit ${au.code}): ${au.err.trim().slice(0, 400)}`);
    findings = readJsonl<Finding>(path.join(out, 'audit.jsonl'));
    facts = readJsonl<Fact>(path.join(out, 'facts.jsonl'));
    if (!facts.length) throw new Error('`baocao extract` wrote no facts: the fact rules are not in yet.');
  }, 240000);

  it('finds the April 2023 commune-level group (7.081 + 15.074 + 0 ≠ 22.115)', () => {
    const f = byDoc('001_').find((x) => x.type === 'sum' && x.stated === 22115);
    expect(f?.expected).toBe(22155);
  });

  it('finds the 0,13 % stated for 164 of 91.773 dossiers', () => {
    const f = byDoc('000_').find((x) => x.type === 'share' && x.stated === 0.13);
    expect(f?.expected).toBeCloseTo(0.1787, 3);
  });

  it('finds the e-document total 395.511 ≠ 88.971 + 305.540', () => {
    expect(byDoc('000_').some((x) => x.type === 'sum' && x.stated === 395511 && x.expected === 394511)).toBe(true);
  });

  it('raises nothing on the groups that add up, and no arithmetic finding outside the known mistakes', () => {
    const known = new Set([22115, 67555, 395511, 0.13, 0.01, 99.95]);
    const arithmetic = findings.filter((x) => x.type === 'sum' || x.type === 'share' || x.type === 'shares_sum');
    expect(arithmetic.filter((x) => !known.has(x.stated)).map((x) => `${x.doc}: ${x.message}`)).toEqual([]);
  });

  it('writes the checks into facts.jsonl and a review page over the same directory', () => {
    const flagged = facts.filter((f) => f.checks.length);
    expect(flagged.length).toBeGreaterThan(0);
    for (const f of flagged) for (const c of f.checks) expect(findings.some((x) => x.id === c.finding)).toBe(true);
    const rv = run(['review', out]);
    expect(rv.code).toBe(0);
    expect(readFileSync(path.join(out, 'review.html'), 'utf8')).toContain('id="review-data"');
  });
});
