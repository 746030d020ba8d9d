// One report in several formats is one report: which reports are the same, which one is kept
// (DOCX > txt > PDF > scan), and what extract writes and says about the others.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocumentRecordSchema, type DocumentRecord, type Fact } from '../src/facts.js';
import { findSameReports, fingerprint, setAsideSameReports, similarity } from '../src/dataset/same-report.js';
import { readReviewData } from '../src/review/data.js';
import { readJsonl, REPO, runCli } from './cli-run.js';

const STEMS = ['000_48393f621869d63c', '001_66f321ac8072f3c0', '003_94917d68e4cdbaae'];

const cli = (args: string[]) => runCli(args, 120_000);

function doc(name: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  const format = path.extname(name).slice(1) as 'txt' | 'docx' | 'pdf';
  return DocumentRecordSchema.parse({
    doc: name,
    source: { path: `in/${name}`, sha256: `sha-${name}`, format },
    province: 'Ninh Thuận', province_code: '58',
    period: { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' },
    title: null, issuer: null, number: null, date: null, signer: null, warnings: [], facts: 2,
    ...over,
  });
}

// A report's body: many sentences, numbers among the words, as a monthly report is.
const body = (month: number, seed = 1) =>
  Array.from({ length: 60 }, (_, i) => `Mục ${i + 1}: trong tháng ${month}/2023 toàn tỉnh tiếp nhận ${(i * 37 + seed * 1000 + month * 11) % 9973} hồ sơ, giải quyết đúng hạn ${(i * 13 + month) % 100} phần trăm.`).join('\n');

describe('which reports are the same', () => {
  it('the same text in two formats (a PDF adds page numbers) is one report; DOCX is kept', () => {
    const text = body(4);
    const pdfText = text.split('\n').map((l, i) => (i % 20 === 19 ? `${l}\nTrang ${(i + 1) / 20}` : l)).join('\n');
    expect(similarity(fingerprint(text), fingerprint(pdfText))).toBeGreaterThan(0.9);
    const groups = findSameReports([doc('a.pdf'), doc('a.docx'), doc('a.txt')], new Map([['a.pdf', pdfText], ['a.docx', text], ['a.txt', text]]));
    expect(groups).toEqual([{ kept: 'a.docx', others: ['a.txt', 'a.pdf'] }]);
  });

  it('two monthly reports of one template are two reports, and so are two near-identical texts that state other numbers', () => {
    const april = doc('thang4.txt');
    const may = doc('thang5.txt', { period: { start: '2023-05-01', end: '2023-05-31', label: 'tháng 5/2023' } });
    expect(similarity(fingerprint(body(4)), fingerprint(body(5)))).toBeLessThan(0.5);
    expect(findSameReports([april, may], new Map([['thang4.txt', body(4)], ['thang5.txt', body(5)]]))).toEqual([]);
    // The very same words, but each states its own number: a re-issued report is another document.
    const first = doc('bc-12.docx', { number: '12/BC-STTTT' });
    const second = doc('bc-15.pdf', { number: '15/BC-STTTT' });
    expect(findSameReports([first, second], new Map([['bc-12.docx', body(4)], ['bc-15.pdf', body(4)]]))).toEqual([]);
  });

  it('the same issuer, number and date is one report however far apart the texts read (a poor scan); a PDF with a text layer is kept over a scan', () => {
    const header = { issuer: 'Sở Thông tin và Truyền thông', number: '45/BC-STTTT', date: '2023-05-05' };
    const scan = doc('bc.pdf', { ...header, source: { path: 'in/bc.pdf', sha256: 's1', format: 'pdf', pages: 3, ocr_pages: 3 } });
    const layer = doc('bc-text.pdf', { ...header, source: { path: 'in/bc-text.pdf', sha256: 's2', format: 'pdf', pages: 3 } });
    const groups = findSameReports([scan, layer], new Map([['bc.pdf', 'Tlếp nhặn 1.2B4 hô sơ ...'], ['bc-text.pdf', body(5)]]));
    expect(groups).toEqual([{ kept: 'bc-text.pdf', others: ['bc.pdf'] }]);
  });

  it('a report already set aside is never kept over one that holds its facts', () => {
    const groups = findSameReports([doc('a.docx', { same_as: 'a.txt', facts: 0 }), doc('a.txt')], new Map([['a.docx', body(4)], ['a.txt', body(4)]]));
    expect(groups).toEqual([{ kept: 'a.txt', others: ['a.docx'] }]);
  });

  it('setting aside: same_as the kept one, no facts of its own', () => {
    const fact = (d: string) => ({ id: `${d}-1`, doc: d }) as Fact;
    const data = { documents: [doc('a.docx'), doc('a.txt')], facts: [fact('a.docx'), fact('a.txt')], errors: [] };
    const out = setAsideSameReports(data, [{ kept: 'a.docx', others: ['a.txt'] }]);
    expect(out.documents.map((d) => [d.doc, d.same_as ?? null, d.facts])).toEqual([['a.docx', null, 2], ['a.txt', 'a.docx', 0]]);
    expect(out.facts.map((f) => f.doc)).toEqual(['a.docx']);
  });
});

describe('baocao extract over a report in three formats', () => {
  let work: string;
  let inputs: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'baocao-same-'));
    inputs = path.join(work, 'in');
    await mkdir(inputs);
    for (const s of STEMS) for (const ext of ['txt', 'docx', 'pdf']) await copyFile(path.join(REPO, 'fixtures/reports', `${s}.${ext}`), path.join(inputs, `${s}.${ext}`));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('keeps the DOCX of each, lists the others with same_as, counts each figure once and says so', async () => {
    const out = path.join(work, 'out');
    const run = await cli(['extract', inputs, '--out', out, '--ocr', 'off']);
    expect(run.code).toBe(0);
    const docs = await readJsonl(path.join(out, 'documents.jsonl'));
    expect(docs).toHaveLength(9);
    for (const s of STEMS) {
      const of = (ext: string) => docs.find((d) => d.doc === `${s}.${ext}`);
      expect(of('docx').same_as ?? null).toBeNull();
      expect(of('docx').facts).toBeGreaterThan(0);
      expect([of('txt').same_as, of('txt').facts]).toEqual([`${s}.docx`, 0]);
      expect([of('pdf').same_as, of('pdf').facts]).toEqual([`${s}.docx`, 0]);
    }
    const facts = await readJsonl(path.join(out, 'facts.jsonl'));
    expect(new Set(facts.map((f) => f.source.format))).toEqual(new Set(['docx']));
    expect(facts.length).toBe(docs.reduce((n, d) => n + d.facts, 0));
    expect(run.stderr).toMatch(/dataset now 3 reports \(and 6 set aside as the same report in another format\)/);
    // The figures no metric claimed, and the review page, are of the reports kept.
    const unclaimed = (await readJsonl(path.join(out, 'skipped.jsonl'))).filter((k) => k.figure);
    expect(unclaimed.length).toBeGreaterThan(0);
    expect(new Set(unclaimed.map((k) => path.extname(k.figure.doc)))).toEqual(new Set(['.docx']));
    const review = await readReviewData(out);
    expect(review.docs.map((d) => d.doc)).toEqual(STEMS.map((s) => `${s}.docx`));
    expect(run.stderr).toMatch(/note: 6 reports are the same report as another in a more faithful format .*000_48393f621869d63c\.txt, 000_48393f621869d63c\.pdf = 000_48393f621869d63c\.docx/);

    // A format read later into the same folder is set aside too; the DOCX stays.
    const later = path.join(work, 'out-later');
    expect((await cli(['extract', path.join(inputs, `${STEMS[1]}.pdf`), '--out', later, '--ocr', 'off'])).code).toBe(0);
    expect((await cli(['extract', path.join(inputs, `${STEMS[1]}.docx`), '--out', later, '--ocr', 'off'])).code).toBe(0);
    const laterDocs = await readJsonl(path.join(later, 'documents.jsonl'));
    expect(laterDocs.map((d) => [d.doc, d.same_as ?? null])).toEqual([[`${STEMS[1]}.docx`, null], [`${STEMS[1]}.pdf`, `${STEMS[1]}.docx`]]);
    expect(new Set((await readJsonl(path.join(later, 'facts.jsonl'))).map((f) => f.doc))).toEqual(new Set([`${STEMS[1]}.docx`]));
  }, 180_000);

  it('--keep-formats keeps every format (and does not look for them)', async () => {
    const out = path.join(work, 'out-keep');
    const run = await cli(['extract', inputs, '--out', out, '--ocr', 'off', '--keep-formats']);
    expect(run.code).toBe(0);
    const docs = await readJsonl(path.join(out, 'documents.jsonl'));
    expect(docs.filter((d) => d.same_as)).toEqual([]);
    expect(docs.every((d) => d.facts > 0)).toBe(true);
    expect(run.stderr).not.toMatch(/same report|set aside/);
    expect(run.stderr).toMatch(/dataset now 9 reports, /);
  }, 120_000);
});
