// The output folder as one commit (src/dataset/generation.ts): a run stopped at any of its writes
// (a full disk, a kill) leaves the dataset as it was and the next run completes it; a folder whose
// files disagree is repaired (an older baocao's torn writes) or refused (changed after it was
// written); a run that fails says so in one sentence and exits 3.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const CLI = fileURLToPath(new URL('../src/cli.js', import.meta.url));

interface Run {
  code: number | string | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (err.code ?? err.signal ?? -1) : 0, stdout, stderr });
    });
  });
}

/** What a run that went well says on stderr: its summary line, where the results are, the audit. */
function expectOnlySummary(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^baocao extract: \d+ reports? read/);
  expect(lines.slice(1).every((l) => /^(Results in |  |audit: )/.test(l))).toBe(true);
}

const report = (n: number) =>
  `SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NINH THUẬN\n\nBáo cáo tháng ${n}/2023\n\nTrong tháng đã cấp ${String(n).padStart(2, '0')} chứng thư số cho các tổ chức, cá nhân.\n`;

const jsonl = async (file: string) =>
  existsSync(file) ? (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];

/** What a person sees in the folder, by the names they open. */
async function state(out: string) {
  const textDir = path.join(out, 'text');
  const texts: Record<string, string> = {};
  for (const n of existsSync(textDir) ? (await readdir(textDir)).sort() : []) texts[n] = JSON.parse(await readFile(path.join(textDir, n), 'utf8')).source_sha256;
  let sqlite: Record<string, number> | null = null;
  if (existsSync(path.join(out, 'dataset.sqlite'))) {
    const db = new Database(path.join(out, 'dataset.sqlite'), { readonly: true });
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    sqlite = { documents: count('documents'), facts: count('facts'), errors: count('errors') };
    db.close();
  }
  return {
    documents: await jsonl(path.join(out, 'documents.jsonl')),
    facts: await jsonl(path.join(out, 'facts.jsonl')),
    errors: await jsonl(path.join(out, 'errors.jsonl')),
    texts,
    sqlite,
  };
}

let work: string;
let first: string; // reports of the first run
let second: string; // reports of the second run
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'baocao-commit-'));
  first = path.join(work, 'first');
  second = path.join(work, 'second');
  await mkdir(first);
  await mkdir(second);
  for (const n of [1, 2]) await writeFile(path.join(first, `r${n}.txt`), report(n));
  for (const n of [3, 4, 5]) await writeFile(path.join(second, `r${n}.txt`), report(n));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a run stopped at a write', () => {
  let before: Awaited<ReturnType<typeof state>>;
  let after: Awaited<ReturnType<typeof state>>;
  let writes: string[];
  let base: string;
  let baseGenerations: string[];

  beforeAll(async () => {
    // The folder after the first run, and as the second run leaves it; the writes the second run makes.
    base = path.join(work, 'base');
    expect((await cli(['extract', first, '--out', base])).code).toBe(0);
    before = await state(base);
    baseGenerations = await readdir(path.join(base, '.baocao', 'generations'));
    const counted = path.join(work, 'counted');
    await cp(base, counted, { recursive: true, verbatimSymlinks: true });
    const run = await cli(['extract', second, '--out', counted], { BAOCAO_TEST_FAULT: 'count' });
    expect(run.code).toBe(0);
    writes = [...run.stderr.matchAll(/^BAOCAO_TEST_FAULT write \d+: (.*)$/gm)].map((m) => m[1]);
    after = await state(counted);
  }, 120_000);

  const at = (pattern: RegExp) => {
    const i = writes.findIndex((w) => pattern.test(w));
    if (i < 0) throw new Error(`no write matches ${pattern}: ${writes.join('; ')}`);
    return i + 1;
  };

  it('the second run adds three reports and writes the dataset files, then switches the pointer', () => {
    expect(before.documents.map((d) => d.doc)).toEqual(['r1.txt', 'r2.txt']);
    expect(after.documents.map((d) => d.doc)).toEqual(['r1.txt', 'r2.txt', 'r3.txt', 'r4.txt', 'r5.txt']);
    expect(after.facts.length).toBe(5);
    expect(writes.at(-1)).toMatch(/^switch .*current$/);
  });

  const cases: [string, RegExp, 'enospc' | 'kill'][] = [
    ['a full disk at the first text file', /^write .*text\//, 'enospc'],
    ['a full disk between documents.jsonl and facts.jsonl', /^write .*facts\.jsonl$/, 'enospc'],
    ['a kill between documents.jsonl and facts.jsonl', /^rename .*documents\.jsonl$/, 'kill'],
    ['a kill before the manifest', /^write .*manifest\.json$/, 'kill'],
    ['a kill just before the pointer is switched', /^switch /, 'kill'],
  ];
  for (const [name, pattern, fault] of cases) {
    it(`${name} leaves the dataset as it was, and the next run completes it`, async () => {
      const out = path.join(work, `case-${fault}-${at(pattern)}`);
      await cp(base, out, { recursive: true, verbatimSymlinks: true });
      const stopped = await cli(['extract', second, '--out', out], { BAOCAO_TEST_FAULT: `${fault}:${at(pattern)}` });
      if (fault === 'kill') expect(stopped.code).toBe('SIGKILL');
      else {
        expect(stopped.code).toBe(3);
        expect(stopped.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^baocao extract: the disk is full .*the dataset in .* is as it was\. Free some space and run again\.$/)]);
      }
      expect(await state(out)).toEqual(before);
      const again = await cli(['extract', second, '--out', out]);
      expect(again.code).toBe(0);
      expectOnlySummary(again.stderr); // nothing repaired, nothing failed
      expect(await state(out)).toEqual(after);
      // Nothing of the stopped run is left behind: the generation now current and the one it
      // replaced (the first run's), no temporary names.
      const generations = (await readdir(path.join(out, '.baocao', 'generations'))).sort();
      expect(generations).toEqual([...baseGenerations, path.basename(await realpath(path.join(out, '.baocao', 'current')))].sort());
      expect((await readdir(out)).filter((n) => n.startsWith('.') && n !== '.baocao')).toEqual([]);
    }, 60_000);
  }
});

describe('a folder whose files disagree', () => {
  /** The folder as a baocao before generations wrote it: the files themselves at its top. */
  async function legacyFolder(name: string): Promise<string> {
    const gen = path.join(work, `${name}-gen`);
    expect((await cli(['extract', first, second, '--out', gen])).code).toBe(0);
    const legacy = path.join(work, name);
    await mkdir(path.join(legacy, 'text'), { recursive: true });
    for (const f of ['facts.jsonl', 'documents.jsonl', 'errors.jsonl', 'facts.csv', 'documents.csv', 'errors.csv', 'dataset.sqlite', 'datapackage.json', 'audit.jsonl', 'skipped.jsonl']) {
      await writeFile(path.join(legacy, f), await readFile(path.join(gen, f)));
    }
    for (const t of await readdir(path.join(gen, 'text'))) await writeFile(path.join(legacy, 'text', t), await readFile(path.join(gen, 'text', t)));
    return legacy;
  }

  it('an older layout that agrees is taken over whole: every report kept, its files become links into a generation', async () => {
    const out = await legacyFolder('legacy-ok');
    const before = await state(out);
    const run = await cli(['extract', path.join(first, 'r1.txt'), '--out', out]);
    expect(run.code).toBe(0);
    expectOnlySummary(run.stderr);
    expect(await state(out)).toEqual(before);
    expect(lstatSync(path.join(out, 'facts.jsonl')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(out, 'text')).isSymbolicLink()).toBe(true);
  }, 60_000);

  it('the rows an interrupted older run left disagreeing are taken out and listed as DATASET_REPAIRED, never built on', async () => {
    const out = await legacyFolder('legacy-torn');
    // documents.jsonl written, facts.jsonl not: r6 is listed with its facts, which are not there;
    // and r3's text file was never moved into place.
    const documents = await jsonl(path.join(out, 'documents.jsonl'));
    const r6 = { ...documents[0], doc: 'r6.txt', source: { ...documents[0].source, path: 'archive/r6.txt', sha256: 'f'.repeat(64) }, facts: 4 };
    await writeFile(path.join(out, 'documents.jsonl'), [...documents, r6].map((d) => JSON.stringify(d) + '\n').join(''));
    await rm(path.join(out, 'text', 'r3.txt.json'));

    const run = await cli(['extract', path.join(first, 'r1.txt'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/was inconsistent .* 2 reports whose rows disagreed were taken out/);
    expect(run.stderr).toContain('archive/r6.txt: documents.jsonl counts 4 facts but facts.jsonl holds 0');
    expect(run.stderr).toMatch(/r3\.txt: its text file is missing/);
    const after = await state(out);
    expect(after.documents.map((d) => d.doc)).toEqual(['r1.txt', 'r2.txt', 'r4.txt', 'r5.txt']);
    expect(new Set(after.facts.map((f) => f.doc))).toEqual(new Set(['r1.txt', 'r2.txt', 'r4.txt', 'r5.txt']));
    expect(after.errors.map((e) => [path.basename(e.path), e.code])).toEqual([
      ['r6.txt', 'DATASET_REPAIRED'],
      ['r3.txt', 'DATASET_REPAIRED'],
    ].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    expect(after.sqlite).toEqual({ documents: 4, facts: 4, errors: 2 });
    // Imported again, a report is back and its error gone.
    const again = await cli(['extract', path.join(second, 'r3.txt'), '--out', out]);
    expect(again.code).toBe(0);
    const fixed = await state(out);
    expect(fixed.documents.map((d) => d.doc)).toEqual(['r1.txt', 'r2.txt', 'r3.txt', 'r4.txt', 'r5.txt']);
    expect(fixed.errors.map((e) => path.basename(e.path))).toEqual(['r6.txt']);
  }, 60_000);

  it('a dataset changed after it was written is refused, and built on with --repair', async () => {
    const out = path.join(work, 'edited');
    expect((await cli(['extract', first, '--out', out])).code).toBe(0);
    const facts = await readFile(path.join(out, 'facts.jsonl'), 'utf8');
    await writeFile(path.join(out, 'facts.jsonl'), facts.replace('"value":1,', '"value":10,')); // through the link, in place
    const edited = await state(out);
    const refused = await cli(['extract', second, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^baocao extract: the dataset in .* was changed or damaged after baocao wrote it \(facts\.jsonl in .* differs from its manifest\).*--repair/);
    expect(await state(out)).toEqual(edited);
    const repaired = await cli(['extract', second, '--out', out, '--repair']);
    expect(repaired.code).toBe(0);
    expectOnlySummary(repaired.stderr);
    const after = await state(out);
    expect(after.documents).toHaveLength(5);
    expect(after.facts.find((f) => f.doc === 'r1.txt').value).toBe(10);
  }, 60_000);
});

describe('a run that fails', () => {
  it('says what happened in one sentence and exits 3; --debug adds where', async () => {
    const out = path.join(work, 'bug');
    const run = await cli(['extract', first, '--out', out], { BAOCAO_TEST_FAULT: 'bug:3' });
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^baocao extract: the run stopped on an internal error \(TypeError\); the dataset in .* is as it was\. Run again with --debug to see where, and report it\.$/),
    ]);
    expect(existsSync(path.join(out, 'documents.jsonl'))).toBe(false);
    const debug = await cli(['extract', first, '--out', out, '--debug'], { BAOCAO_TEST_FAULT: 'bug:3' });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/\n {4}at .*\.js:\d+/);
  }, 60_000);
});
