// File names as archives hold them: names that are not UTF-8 (an old Windows zip) are read by
// their bytes and recorded in a readable form and as the bytes themselves; legal names up to 255
// bytes are read, whatever the tool's own files are called.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../src/cli.js', import.meta.url));
const REPO = path.resolve(path.dirname(CLI), '../..');
const REPORT = path.join(REPO, 'fixtures/reports/001_66f321ac8072f3c0.txt');

function extract(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [CLI, 'extract', ...args], { timeout: 60_000 }, (err, _stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stderr })),
  );
}
const jsonl = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'baocao-names-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('file names', () => {
  it('reads reports whose names are not UTF-8, and records a readable form and the bytes', async () => {
    const dir = path.join(work, 'latin1');
    mkdirSync(dir);
    const bytes = (s: string) => Buffer.from(s, 'latin1');
    // caf\xe9.txt, and a folder d\xe8p holding b.txt: Latin-1 bytes, not UTF-8.
    copyFileSync(REPORT, Buffer.concat([bytes(`${dir}/caf`), Buffer.from([0xe9]), bytes('.txt')]));
    mkdirSync(Buffer.concat([bytes(`${dir}/d`), Buffer.from([0xe8]), bytes('p')]));
    copyFileSync(path.join(REPO, 'fixtures/reports/003_94917d68e4cdbaae.txt'), Buffer.concat([bytes(`${dir}/d`), Buffer.from([0xe8]), bytes('p/b.txt')]));
    const out = path.join(work, 'latin1-out');
    // --quiet: nothing on stderr but a failure of the run (none here).
    const run = await extract([dir, '--out', out, '--quiet']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const documents = await jsonl(path.join(out, 'documents.jsonl'));
    expect(documents.map((d) => [d.doc, d.source.path.slice(dir.length), d.source.path_bytes.slice(dir.length)])).toEqual([
      ['b.txt', '/d\ufffdp/b.txt', '/d%E8p/b.txt'],
      ['caf\ufffd.txt', '/caf\ufffd.txt', '/caf%E9.txt'],
    ]);
    const facts = await jsonl(path.join(out, 'facts.jsonl'));
    expect(facts.filter((f) => f.doc === 'caf\ufffd.txt').length).toBe(documents[1].facts);
    expect(documents[1].facts).toBeGreaterThan(10);
    expect(facts.find((f) => f.doc === 'caf\ufffd.txt').source.path_bytes).toBe(`${dir}/caf%E9.txt`);
    const csv = await readFile(path.join(out, 'documents.csv'), 'utf8');
    expect(csv).toContain('/caf%E9.txt');
  }, 60_000);

  it('reads reports with legal names of up to 255 bytes', async () => {
    const dir = path.join(work, 'long');
    mkdirSync(dir);
    const name = (bytes: number) => {
      const stem = 'báo cáo tình hình ứng dụng công nghệ thông tin ';
      let s = '';
      while (Buffer.byteLength(s + stem) + 4 <= bytes) s += stem;
      while (Buffer.byteLength(s) + 4 < bytes) s += 'x';
      return `${s}.txt`;
    };
    const names = [name(231), name(250), name(255)];
    for (const n of names) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
    expect(Buffer.byteLength(names[2])).toBe(255);
    names.forEach((n, i) => writeFileSync(path.join(dir, n), `${readFileSync(REPORT, 'utf8')}\nPhụ lục ${i}.\n`));
    const out = path.join(work, 'long-out');
    // Three copies of one text a line apart would be one report: kept apart, as three names to store.
    const run = await extract([dir, '--out', out, '--keep-formats']);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/Failed|Skipped|warning|set aside/);
    const documents = await jsonl(path.join(out, 'documents.jsonl'));
    expect(documents.map((d) => d.doc).sort()).toEqual([...names].sort());
    expect(await jsonl(path.join(out, 'errors.jsonl'))).toEqual([]);
    // Each has its text file, found by its name or, when <name>.json would be too long, by a hash.
    const texts = await readdir(path.join(out, 'text'));
    expect(texts).toHaveLength(3);
    const docsOfTexts = await Promise.all(texts.map(async (t) => JSON.parse(await readFile(path.join(out, 'text', t), 'utf8')).doc));
    expect(docsOfTexts.sort()).toEqual([...names].sort());
    for (const t of texts) expect(Buffer.byteLength(t)).toBeLessThanOrEqual(255);
  }, 60_000);
});
