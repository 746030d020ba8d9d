// Report metadata a person supplies (--province, --period, --issuer, --manifest) and the province a
// report's folders or file name give: what each is read as, which wins, and what documents.jsonl says.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePeriod } from '../src/supplied/period.js';
import { provinceFromPath, provinceNamed } from '../src/supplied/province.js';
import { combineSupplied, resolveSupplied } from '../src/supplied/apply.js';
import { readJsonl, runCli } from './cli-run.js';


const cli = (args: string[]) => runCli(args);

describe('a period as a person writes it', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2023-Q1', '2023-01-01', '2023-03-31'],
    ['2023-q4', '2023-10-01', '2023-12-31'],
    ['2023-H1', '2023-01-01', '2023-06-30'],
    ['2023-H2', '2023-07-01', '2023-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-04-30', '2023-04-30', '2023-04-30'],
    ['2023-01..2023-05-25', '2023-01-01', '2023-05-25'],
    ['2022-Q4..2023-H1', '2022-10-01', '2023-06-30'],
  ])('%s is %s to %s, labelled as written', (written, start, end) => {
    expect(parsePeriod(written)).toEqual({ start, end, label: written });
  });

  it.each(['2023-13', '2023-Q5', '2023-H3', '2023-02-30', 'Q1 2023', '2023-05..2023-01', '2023..2024..2025', ''])('refuses %j', (written) => {
    expect(parsePeriod(written)).toBeNull();
  });
});

describe('a province a person names', () => {
  it.each([
    ['Ninh Thuận', '58'],
    ['Ninh Thuan', '58'],
    ['ninh thuan', '58'],
    ['tỉnh Trà Vinh', '84'],
    ['Tra Vinh', '84'],
    ['58', '58'],
    ['1', '01'],
    ['TP HCM', '79'],
    ['Thua Thien Hue', '46'],
    ['Dak Lak', '66'],
  ])('%s is province %s', (written, code) => {
    expect(provinceNamed(written)?.code).toBe(code);
  });

  it('names none for a word that is no province', () => {
    expect(provinceNamed('Atlantis')).toBeNull();
    expect(provinceNamed('99')).toBeNull();
  });
});

describe('the province a path names', () => {
  it.each([
    ['archive/Ninh Thuan/2023/x.pdf', 'Ninh Thuận'],
    ['archive/Ninh Thuận/2023/x.pdf', 'Ninh Thuận'],
    ['bao-cao-tra-vinh-2021.docx', 'Trà Vinh'],
    ['reports/BC_BA_RIA_VUNG_TAU_Q1.txt', 'Bà Rịa - Vũng Tàu'],
    ['kho/dak-nong/bao cao.pdf', 'Đắk Nông'],
    // The file name first, then the nearest folder.
    ['Ha Noi/bao-cao-ha-nam.txt', 'Hà Nam'],
    // A name naming two provinces says nothing; the folder above does.
    ['Long An/so-sanh-ha-noi-ha-nam.txt', 'Long An'],
    // Whole words only: "nam dinh" holds no "ha nam".
    ['nam-dinh/x.txt', 'Nam Định'],
  ])('%s → %s', (p, name) => {
    expect(provinceFromPath(p)?.name).toBe(name);
  });

  it('names none when no folder or file name is a province', () => {
    expect(provinceFromPath('archive/2023/bao-cao-thang-5.pdf')).toBeNull();
    expect(provinceFromPath('x/hanoi-report.txt')).toBeNull(); // "hanoi" run together is not a form
  });
});

describe('which supplied value wins', () => {
  it('an option of the run wins over the manifest row, field by field', () => {
    const option = resolveSupplied({ period: '2023-Q1' }, 'option');
    const row = resolveSupplied({ province: 'Ninh Thuan', period: '2023-H1' }, 'manifest');
    if (typeof option === 'string' || typeof row === 'string') throw new Error('resolved');
    const both = combineSupplied(option, row)!;
    expect(both.period).toMatchObject({ source: 'option', period: { start: '2023-01-01', end: '2023-03-31' } });
    expect(both.province).toMatchObject({ source: 'manifest', name: 'Ninh Thuận', code: '58' });
    expect(combineSupplied({}, undefined)).toBeUndefined();
  });

  it('says what is wrong with a value it cannot read', () => {
    expect(resolveSupplied({ province: 'Atlantis' }, 'option')).toMatch(/"Atlantis" names no province/);
    expect(resolveSupplied({ period: 'spring' }, 'option')).toMatch(/"spring" is not a period \(write 2023, .*2023-Q1/);
  });
});

describe('baocao extract with supplied metadata', () => {
  let work: string;
  const NO_PROVINCE = 'Trong tháng 4/2023, toàn tỉnh tiếp nhận 2.345 hồ sơ trực tuyến.\n';
  const TRA_VINH = 'Sở Thông tin và Truyền thông tỉnh Trà Vinh: trong tháng 4/2023, toàn tỉnh tiếp nhận 1.234 hồ sơ trực tuyến.\n';
  const NO_PERIOD = 'Tổng cộng 3.456 hồ sơ trực tuyến được tiếp nhận.\n';

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'baocao-supplied-'));
    const dir = path.join(work, 'in', 'Ninh Thuan', '2023');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'a.txt'), TRA_VINH);
    await writeFile(path.join(dir, 'b.txt'), NO_PROVINCE);
    await writeFile(path.join(dir, 'c.txt'), NO_PERIOD);
    await writeFile(path.join(dir, 'd.txt'), 'Không có số liệu nào.\n');
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('text over path, manifest over text; documents.jsonl says where each field came from; warnings at the end', async () => {
    const manifest = path.join(work, 'in', 'manifest.csv');
    await writeFile(manifest, '\ufefffile,Province,period,issuer\r\nNinh Thuan/2023/a.txt,Bình Thuận,2023-Q2,Sở TT&TT Bình Thuận\r\nmissing.txt,Ha Noi,,\r\n');
    const out = path.join(work, 'out-manifest');
    const run = await cli(['extract', path.join(work, 'in'), '--out', out, '--manifest', manifest]);
    expect(run.code).toBe(0);
    const docs = Object.fromEntries((await readJsonl(path.join(out, 'documents.jsonl'))).map((d) => [d.doc, d]));
    // The manifest row wins over the text's Trà Vinh.
    expect(docs['a.txt']).toMatchObject({ province: 'Bình Thuận', province_code: '60', province_source: 'manifest', period: { start: '2023-04-01', end: '2023-06-30', label: '2023-Q2' }, period_source: 'manifest', issuer: 'Sở TT&TT Bình Thuận', issuer_source: 'manifest' });
    // No province in the words: the folder's.
    expect(docs['b.txt']).toMatchObject({ province: 'Ninh Thuận', province_code: '58', province_source: 'path', period: { start: '2023-04-01', end: '2023-04-30' } });
    expect(docs['c.txt']).toMatchObject({ province: 'Ninh Thuận', province_source: 'path', period: null, period_source: null });
    const facts = await readJsonl(path.join(out, 'facts.jsonl'));
    expect(facts.find((f) => f.doc === 'b.txt')).toMatchObject({ province: 'Ninh Thuận', province_code: '58' });
    expect(facts.find((f) => f.doc === 'a.txt')).toMatchObject({ province: 'Bình Thuận' });
    // The manifest is not a skipped input; warnings a person can act on go to stderr.
    expect((await readJsonl(path.join(out, 'skipped.jsonl'))).filter((s) => !s.figure)).toEqual([]);
    expect(run.stderr).toMatch(/warning: 2 reports with no period .*c\.txt/);
    expect(run.stderr).toMatch(/warning: 1 report gave no figures .*d\.txt/);
    expect(run.stderr).toMatch(/warning: 1 manifest row named no input of this run: missing\.txt/);
    expect(run.stderr).not.toMatch(/no province/);
    const csv = await readFile(path.join(out, 'documents.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('province_source');
  });

  it('the text wins over the path when it names the province', async () => {
    const out = path.join(work, 'out-plain');
    const run = await cli(['extract', path.join(work, 'in', 'Ninh Thuan', '2023', 'a.txt'), '--out', out]);
    expect(run.code).toBe(0);
    const [doc] = await readJsonl(path.join(out, 'documents.jsonl'));
    expect(doc.province).toBe('Trà Vinh');
    expect(doc.province_source).not.toBe('path');
  });

  it('--province, --period and --issuer apply to every input and win over the text', async () => {
    const out = path.join(work, 'out-options');
    const run = await cli(['extract', path.join(work, 'in', 'Ninh Thuan'), '--out', out, '--province', 'tra vinh', '--period', '2023-01..2023-05-25', '--issuer', 'Sở TT&TT']);
    expect(run.code).toBe(0);
    const docs = await readJsonl(path.join(out, 'documents.jsonl'));
    expect(docs).toHaveLength(4);
    for (const d of docs) {
      expect(d).toMatchObject({ province: 'Trà Vinh', province_code: '84', province_source: 'option', period_source: 'option', issuer: 'Sở TT&TT', issuer_source: 'option' });
      expect(d.period).toEqual({ start: '2023-01-01', end: '2023-05-25', label: '2023-01..2023-05-25' });
    }
    // A figure with no period of its own gets the supplied one.
    const facts = await readJsonl(path.join(out, 'facts.jsonl'));
    expect(facts.find((f) => f.doc === 'c.txt').period).toEqual({ start: '2023-01-01', end: '2023-05-25', label: '2023-01..2023-05-25' });
    expect(run.stderr).not.toMatch(/no (province|period)/);
  });

  it('a value it cannot read, or a manifest it cannot use, stops the run before anything is written (exit 2)', async () => {
    const out = path.join(work, 'out-bad');
    const badPeriod = await cli(['extract', path.join(work, 'in'), '--out', out, '--period', '2023-Q5']);
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.stderr).toMatch(/"2023-Q5" is not a period/);
    const manifest = path.join(work, 'bad.csv');
    await writeFile(manifest, 'file,province\nx.txt,Atlantis\n');
    const badRow = await cli(['extract', path.join(work, 'in'), '--out', out, '--manifest', manifest]);
    expect(badRow.code).toBe(2);
    expect(badRow.stderr).toMatch(/row 2 \(x\.txt\): "Atlantis" names no province/);
    await writeFile(manifest, 'name,province\nx.txt,Ninh Thuan\n');
    const noFile = await cli(['extract', path.join(work, 'in'), '--out', out, '--manifest', manifest]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/no "file" column/);
    expect(existsSync(out)).toBe(false);
  });
});
