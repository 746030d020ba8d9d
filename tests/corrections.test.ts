// Corrections from the review page, end to end through the CLI: `extract --corrections` applies them
// (and again on a re-import, by fact id and source hash), `corrections --gold` writes gold the
// scorer's --check-gold accepts.
import { describe, it, expect, beforeAll } from '@jest/globals';
import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyCorrections, type Correction } from '../src/dataset/corrections.js';
import { readJsonl, REPO, runCli, runNode, type Run } from './cli-run.js';

const SCORER = path.join(REPO, '..', 'shared', 'tools', 'score.mjs');
const REPORT = '001_66f321ac8072f3c0.txt';

const run = (file: string, args: string[]) => runNode(file, args);
const cli = (args: string[]) => runCli(args);
function expectExit(r: Run, code: number): void {
  if (r.code !== code) throw new Error(`expected exit ${code}, got ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
}

type Fact = { id: string; doc: string; metric: string; dims: Record<string, string>; value: number; quote: string; source: { sha256: string; manual?: boolean; start: number; value_start: number }; corrected_by?: { correction: string; was: number } };

describe('corrections', () => {
  let dir: string;
  let input: string;
  let out: string;
  let before: Fact[];
  let sha: string;
  let text: string;
  let corrections: Correction[];
  const find = (facts: Fact[], metric: string, dims: Record<string, string>) => facts.filter((f) => f.metric === metric && JSON.stringify(f.dims) === JSON.stringify(dims));

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'baocao-corrections-'));
    input = path.join(dir, 'in');
    out = path.join(dir, 'out');
    await mkdir(input);
    await copyFile(path.join(REPO, 'fixtures/reports', REPORT), path.join(input, REPORT));
    expectExit(await cli(['extract', input, '--out', out]), 0);
    before = await readJsonl(path.join(out, 'facts.jsonl'));
    sha = before[0].source.sha256;
    text = JSON.parse(await readFile(path.join(out, 'text', `${REPORT}.json`), 'utf8')).text;
    const wrong = find(before, 'edoc.incoming', {})[0];
    const notAFact = find(before, 'bts.controllers', {})[0];
    const quote = 'đăng tải 07 văn bản';
    const start = text.indexOf(quote);
    const at = '2026-12-04T13:00:00Z';
    corrections = [
      // The shape the review page saves (src/review/client.ts).
      { kind: 'value', doc: REPORT, sha256: sha, fact: wrong.id, value: 232046, was: wrong.value, at },
      { kind: 'not_fact', doc: REPORT, sha256: sha, fact: notAFact.id, at },
      { kind: 'missed', doc: REPORT, sha256: sha, start, end: start + quote.length, value_start: start + 9, value_end: start + 11, quote, raw: '07', metric: 'edoc.outgoing', dims: {}, value: 7, basis: 'actual', at },
      { kind: 'reviewed', doc: REPORT, sha256: sha, at },
    ];
    await writeFile(path.join(dir, 'corrections.jsonl'), corrections.map((c) => JSON.stringify(c)).join('\n') + '\n');
  }, 120_000);

  it('extract --corrections sets values right, removes non-facts and adds missed figures', async () => {
    const r = await cli(['extract', input, '--out', out, '--corrections', path.join(dir, 'corrections.jsonl')]);
    expectExit(r, 0);
    expect(r.stderr).toContain('corrections: 1 value(s) corrected, 1 fact(s) removed, 1 figure(s) added');
    const facts: Fact[] = await readJsonl(path.join(out, 'facts.jsonl'));
    expect(facts).toHaveLength(before.length); // one gone, one added
    const fixed = facts.find((f) => f.id === (corrections[0] as { fact: string }).fact)!;
    expect(fixed.value).toBe(232046);
    expect(fixed.corrected_by).toEqual({ correction: `fact:${fixed.id}`, at: '2026-12-04T13:00:00Z', was: 179850 });
    expect(facts.some((f) => f.id === (corrections[1] as { fact: string }).fact)).toBe(false);
    const added = facts.filter((f) => f.source.manual);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ metric: 'edoc.outgoing', value: 7, raw: '07', quote: 'đăng tải 07 văn bản', rule: 'manual', unit: 'count' });
    expect(text.slice(added[0].source.value_start, added[0].source.value_start + 2)).toBe('07');
    // Every output agrees: the document counts its facts, the CSV has the rows.
    const [doc] = await readJsonl(path.join(out, 'documents.jsonl'));
    expect(doc.facts).toBe(facts.length);
    const csv = await readFile(path.join(out, 'facts.csv'), 'utf8');
    expect(csv).toContain(added[0].id);
    expect(csv).not.toContain((corrections[1] as { fact: string }).fact);
  }, 120_000);

  it('keeps the corrections across a re-import (by fact id and source hash), and drops them when the report changed', async () => {
    const again = await cli(['extract', input, '--out', out, '--corrections', path.join(dir, 'corrections.jsonl')]);
    expectExit(again, 0);
    const facts: Fact[] = await readJsonl(path.join(out, 'facts.jsonl'));
    expect(facts.filter((f) => f.source.manual)).toHaveLength(1);
    expect(facts.find((f) => f.id === (corrections[0] as { fact: string }).fact)!.value).toBe(232046);
    // Other bytes under the same name: the corrections name the old bytes, so none applies.
    await appendFile(path.join(input, REPORT), '\nGhi chú thêm.\n');
    const changed = await cli(['extract', input, '--out', out, '--corrections', path.join(dir, 'corrections.jsonl')]);
    expectExit(changed, 0);
    expect(changed.stderr).toContain('corrections: 0 value(s) corrected, 0 fact(s) removed, 0 figure(s) added');
    expect(changed.stderr).toMatch(/not applied \(value in 001_66f321ac8072f3c0\.txt\): no fact \w+ of 001_66f321ac8072f3c0\.txt with these bytes/);
    const now: Fact[] = await readJsonl(path.join(out, 'facts.jsonl'));
    expect(now.some((f) => f.source.manual || f.corrected_by)).toBe(false);
    // Back to the reviewed bytes for the gold below.
    await copyFile(path.join(REPO, 'fixtures/reports', REPORT), path.join(input, REPORT));
    expectExit(await cli(['extract', input, '--out', out, '--corrections', path.join(dir, 'corrections.jsonl')]), 0);
  }, 180_000);

  it('corrections --gold writes gold files that the scorer accepts and that score the corrected dataset at 100 %', async () => {
    const gold = path.join(dir, 'gold');
    const corpus = path.join(dir, 'corpus');
    const r = await cli(['corrections', path.join(dir, 'corrections.jsonl'), '--from', out, '--gold', gold, '--corpus', corpus]);
    expectExit(r, 0);
    expect(await readdir(gold)).toEqual(['001_66f321ac8072f3c0.json']);
    const g = JSON.parse(await readFile(path.join(gold, '001_66f321ac8072f3c0.json'), 'utf8'));
    expect(g.doc).toBe(REPORT);
    expect(g.facts).toContainEqual({ metric: 'edoc.outgoing', dims: {}, value: 7, quote: 'đăng tải 07 văn bản' });
    expect(g.facts.some((f: Fact) => f.metric === 'bts.controllers')).toBe(false);
    expect(existsSync(SCORER)).toBe(true);
    const check = await run(SCORER, ['--check-gold', gold, '--corpus', corpus]);
    expect(check.stdout).toMatch(/gold facts checked, 0 problems/);
    expect(check.code).toBe(0);
    const score = await run(SCORER, ['--gold', gold, '--pred', path.join(out, 'facts.jsonl'), '--corpus', corpus, '--json']);
    expect(score.code).toBe(0);
    expect(JSON.parse(score.stdout).overall).toMatchObject({ p: 1, r: 1, f1: 1 });
  }, 120_000);

  it('corrections --json prints what it wrote on stdout; --quiet says nothing', async () => {
    const gold = path.join(dir, 'gold-json');
    const json = await cli(['corrections', path.join(dir, 'corrections.jsonl'), '--from', out, '--gold', gold, '--json']);
    expectExit(json, 0);
    expect(JSON.parse(json.stdout)).toMatchObject({ gold, files: 1, unapplied: [] });
    const quiet = await cli(['corrections', path.join(dir, 'corrections.jsonl'), '--from', out, '--gold', gold, '--quiet']);
    expectExit(quiet, 0);
    expect([quiet.stdout, quiet.stderr]).toEqual(['', '']);
  }, 120_000);

  it('a corrections file that is not one is a usage error, and nothing is changed', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    await writeFile(bad, '{"kind":"value","doc":"x","sha256":"y","fact":"z","value":"many"}\n');
    const facts = await readFile(path.join(out, 'facts.jsonl'), 'utf8');
    const r = await cli(['extract', input, '--out', out, '--corrections', bad]);
    expectExit(r, 2);
    expect(r.stderr).toMatch(/bad\.jsonl line 1 is not a correction/);
    expect(await readFile(path.join(out, 'facts.jsonl'), 'utf8')).toBe(facts);
  }, 60_000);

  it('applying the same corrections twice changes nothing more; a missed figure found since is not added twice', () => {
    const doc = { doc: 'a.txt', source: { path: 'a.txt', sha256: 's', format: 'txt' as const }, province: null, province_code: null, period: null, title: null, issuer: null, number: null, date: null, signer: null, warnings: [], facts: 0 };
    const t = 'Có 12 trạm BTS.';
    const c: Correction = { kind: 'missed', doc: 'a.txt', sha256: 's', start: 3, end: 14, value_start: 3, value_end: 5, quote: '12 trạm BTS', raw: '12', metric: 'bts.stations', dims: {}, value: 12, basis: 'actual' };
    const once = applyCorrections([doc], [], [c], new Map([['a.txt', t]]));
    expect(once.added).toBe(1);
    expect(once.documents[0].facts).toBe(1);
    const twice = applyCorrections(once.documents, once.facts, [c], new Map([['a.txt', t]]));
    expect(twice.added).toBe(0);
    expect(twice.facts).toEqual(once.facts);
    const refused = applyCorrections([doc], [], [{ ...c, dims: { tech: '9G' } }], new Map([['a.txt', t]]));
    expect(refused.unapplied[0].why).toBe('tech=9G is not in the catalog');
  });
});
