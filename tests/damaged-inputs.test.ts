// Damaged inputs: what is lost is said, named and charged to the file that lost it. A PDF page that
// fails is named in a PDF_DAMAGED_PAGES warning while the other pages are read; a PDF with no page
// left is PDF_DAMAGED_PAGES, not a scan needing OCR; what pdf.js leaves behind of a damaged file
// harms no other file; and messages say what happened in words, not in a parser's.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { extractBytes } from '../extractors/index.js';
import { toBaocaoError } from '../src/errors.js';
import { readZipDirectory, inflateEntry } from '../extractors/zip.js';
import { textPdf } from './pdf-build.js';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO = path.resolve(DIST, '..');
const CLI = path.join(DIST, 'src/cli.js');

const page = (n: number) => [`Trang ${n}: tong so thue bao dat ${n}91.872 thue bao.`, `Dong thu hai cua trang ${n}.`, 'Dong thu ba.'];
const PAGES = [page(1), page(2), page(3)];
/** Page 1 a page tree node without pages, page 3 an object whose cross-reference entry is wrong, and
 *  a page count of 1: pdf.js leaves the failed fetch of page 3 rejected with no one to handle it. */
const leftoverPdf = () => textPdf(PAGES, [{ page: 1, how: 'node' }, { page: 3, how: 'page' }], { count: 1 });

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'baocao-damaged-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('damaged PDF pages', () => {
  it('a page that cannot be read is named in a PDF_DAMAGED_PAGES warning and the other pages are read', async () => {
    const doc = await extractBytes(textPdf(PAGES, [{ page: 2, how: 'content' }]), 'r.pdf');
    expect(doc.text).toContain('Trang 1:');
    expect(doc.text).toContain('Trang 3:');
    expect(doc.text).not.toContain('Trang 2:');
    expect(doc.pageCount).toBe(3);
    expect(doc.warnings).toEqual([expect.stringMatching(/^PDF_DAMAGED_PAGES: page 2 of 3 is damaged and could not be read\. /)]);
  });

  it('an intact PDF has no warning', async () => {
    const doc = await extractBytes(textPdf(PAGES), 'r.pdf');
    expect(doc.text).toContain('Trang 2:');
    expect(doc.warnings).toEqual([]);
  });

  it('a PDF whose page tree is broken is PDF_DAMAGED_PAGES, not a scan that needs OCR', async () => {
    const p = extractBytes(textPdf([page(1)], [{ page: 1, how: 'node' }]), 'broken-tree.pdf');
    await expect(p).rejects.toMatchObject({ code: 'PDF_DAMAGED_PAGES', message: expect.stringMatching(/page 1 of 1 could not be read.*intact copy/) });
    await expect(p).rejects.not.toThrow(/OCR|scan/);
  });

  it('what pdf.js leaves behind of a damaged PDF does not stop the process reading the next file', () => {
    // A process of its own with Node's default handling: an unhandled rejection would end it.
    const file = path.join(work, 'leftover.pdf');
    const good = path.join(REPO, 'fixtures/reports/001_66f321ac8072f3c0.pdf');
    const script = `
      import { readFileSync, writeFileSync } from 'node:fs';
      const { extractPdf } = await import(${JSON.stringify(path.join(DIST, 'extractors/pdf.js'))});
      writeFileSync(${JSON.stringify(file)}, Buffer.from(${JSON.stringify(leftoverPdf().toString('base64'))}, 'base64'));
      for (const f of [${JSON.stringify(file)}, ${JSON.stringify(good)}]) {
        try { const d = await extractPdf(readFileSync(f), f); console.log('read', d.pageCount); }
        catch (e) { console.log('failed', e.code); }
      }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect([r.status, r.stdout.trim().split('\n')]).toEqual([0, ['failed PDF_DAMAGED_PAGES', 'read 8']]);
  });
});

describe('a damaged PDF in `baocao text`', () => {
  it('is its error, not an internal failure of the command, though pdf.js leaves a rejection behind', () => {
    const file = path.join(work, 'text-leftover.pdf');
    writeFileSync(file, leftoverPdf());
    const r = spawnSync(process.execPath, [CLI, 'text', file], { encoding: 'utf8' });
    expect([r.status, r.stderr.trim()]).toEqual([1, expect.stringMatching(/^PDF_DAMAGED_PAGES: .*page 1 of 1 could not be read/)]);
  });
});

describe('a damaged PDF in a run', () => {
  it('is charged with its own failure; the report read after it in the same worker is read', async () => {
    const dir = path.join(work, 'run');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'a-damaged.pdf'), leftoverPdf());
    await writeFile(path.join(dir, 'b-pages.pdf'), textPdf(PAGES, [{ page: 2, how: 'content' }]));
    await copyFile(path.join(REPO, 'fixtures/reports/001_66f321ac8072f3c0.pdf'), path.join(dir, 'c-good.pdf'));
    const out = path.join(work, 'run-out');
    const r = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [CLI, 'extract', dir, '--out', out, '--concurrency', '1'], (err, _o, stderr) =>
        resolve({ code: err ? Number(err.code) : 0, stderr }),
      ),
    );
    expect(r.code).toBe(1);
    const lines = async (f: string) => (await readFile(path.join(out, f), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const errors = await lines('errors.jsonl');
    expect(errors.map((e) => [path.basename(e.path), e.code])).toEqual([['a-damaged.pdf', 'PDF_DAMAGED_PAGES']]);
    const documents = await lines('documents.jsonl');
    expect(documents.map((d) => d.doc)).toEqual(['b-pages.pdf', 'c-good.pdf']);
    expect(documents[0].warnings).toEqual([expect.stringMatching(/^PDF_DAMAGED_PAGES: page 2 of 3/)]);
    expect(documents[1].warnings).toEqual([]);
    expect(documents[1].facts).toBeGreaterThan(0);
  }, 60_000);
});

/** A zip of these entries, stored (no compression). */
function storedZip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('messages for a person, not a parser', () => {
  const parserText = /xmldom|@#\[|line:undefined|Invalid PDF structure|XRef|FormatError|Exception/;

  it('a Word document whose XML is broken is DOCX_CORRUPT in a sentence without the XML parser’s words', async () => {
    const docx = readFileSync(path.join(REPO, 'fixtures/reports/001_66f321ac8072f3c0.docx'));
    const entries = readZipDirectory(docx).map((e) => ({ name: e.name, data: Buffer.from(inflateEntry(docx, e, 50_000_000)) }));
    const main = entries.find((e) => e.name === 'word/document.xml')!;
    main.data = Buffer.from(main.data.toString('utf8').replace('</w:body>', '<w:p><w:r attr="unclosed></w:body>'));
    const p = extractBytes(storedZip(entries), 'broken.docx');
    await expect(p).rejects.toMatchObject({ code: 'DOCX_CORRUPT' });
    const message = await p.catch((e: Error) => e.message);
    expect(message).not.toMatch(parserText);
    expect(message).toMatch(/^broken\.docx is damaged: .*\.$/);
  });

  it('what the system says about a file is said as a person would', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/archive/a.pdf'"), { code: 'EACCES' });
    expect(toBaocaoError(denied, '/archive/a.pdf')).toMatchObject({ code: 'READ_FAILED', message: 'Could not read /archive/a.pdf: there is no permission to read it.' });
  });

  it('PDFs that cannot be read are said to be damaged, without pdf.js’s words', async () => {
    const corrupt = readFileSync(path.join(REPO, 'fixtures/hostile/corrupt.pdf'));
    const truncated = readFileSync(path.join(REPO, 'fixtures/reports/001_66f321ac8072f3c0.pdf')).subarray(0, 40_000);
    for (const [bytes, name] of [[corrupt, 'corrupt.pdf'], [truncated, 'truncated.pdf']] as const) {
      const message = await extractBytes(bytes, name).then(() => 'read', (e: Error) => e.message);
      expect(message).toMatch(new RegExp(`^${name.replace('.', '\\.')} is (not a readable PDF|damaged)`));
      expect(message).not.toMatch(parserText);
    }
  });
});
