// Misses leave a trace: a figure whose counted thing is known (its unit, a rate's words) but that no
// metric claimed goes to skipped.jsonl with where it stands and the cues it saw; figures that became
// facts, and numbers that count nothing known, do not.
import { describe, expect, it, afterAll } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processBytes } from '../src/pipeline.js';
import { runExtract } from '../src/run/extract-run.js';
import { UNCLAIMED_REASON, type SkippedRecord } from '../src/dataset/output.js';

const TEXT = [
  'Trong tháng 5/2024, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 1.250 hồ sơ.',
  'Ngoài ra còn 245 hồ sơ của kỳ trước chuyển sang.',
  'Hội nghị có 120 đại biểu tham dự.',
].join('\n');

const read = (text: string) => processBytes(new TextEncoder().encode(text), 'bao-cao.txt', {});

describe('figures no metric claimed', () => {
  it('are listed with their place, words and cues; facts and unknown things are not', async () => {
    const r = await read(TEXT);
    expect(r.facts.map((f) => f.value)).toEqual([1250]);
    expect(r.unclaimed.map((u) => u.raw)).toEqual(['245']);
    const [u] = r.unclaimed;
    expect(TEXT.slice(u.start, u.end)).toBe('245');
    expect(u.line).toBe(2);
    expect(u.kind).toBe('count');
    expect(u.frame).toContain('#');
    // The unit it counts and the state it is in, each with where it was seen.
    expect(u.cues).toEqual(expect.arrayContaining([expect.objectContaining({ cues: ['dossier'], where: 'unit' })]));
    expect(u.cues.some((c) => c.words.includes('chuyển sang'))).toBe(true);
  });

  it('a text with no such figure has none', async () => {
    expect((await read('Năm 2023, toàn tỉnh tiếp nhận 3.400 hồ sơ. Có 15 đoàn công tác.')).unclaimed).toEqual([]);
  });

  describe('in an extract run', () => {
    let dir = '';
    afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

    it('go to skipped.jsonl beside the inputs that were skipped', async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'baocao-unclaimed-'));
      const input = path.join(dir, 'in');
      const { mkdir } = await import('node:fs/promises');
      await mkdir(input);
      await writeFile(path.join(input, 'bao-cao.txt'), TEXT);
      await writeFile(path.join(input, 'notes.md'), 'not a report');
      const out = path.join(dir, 'out');
      await runExtract({ inputs: [input], out, concurrency: 1, timeoutMs: 120_000, maxBytes: 10_000_000, ocr: { mode: 'off', engine: 'tesseract.js', pageTimeoutMs: 60_000 } });
      const records = (await readFile(path.join(out, 'skipped.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as SkippedRecord);
      const figures = records.filter((r) => r.figure);
      expect(figures).toHaveLength(1);
      expect(figures[0].reason).toBe(UNCLAIMED_REASON);
      expect(figures[0].path).toBe(path.join(input, 'bao-cao.txt'));
      expect(figures[0].figure).toMatchObject({ doc: 'bao-cao.txt', raw: '245', line: 2 });
      // The input skipped for its type is still there.
      expect(records.some((r) => !r.figure && r.path.endsWith('notes.md'))).toBe(true);
    });
  });
});

describe('baocao text --explain', () => {
  let dir = '';
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('says per figure what it became, and why a figure its words named was set aside', async () => {
    const { runCli } = await import('./cli-run.js');
    dir = await mkdtemp(path.join(tmpdir(), 'baocao-explain-'));
    const file = path.join(dir, 'bao-cao.txt');
    await writeFile(
      file,
      [
        'Sở Thông tin và Truyền thông tỉnh Bình Phước',
        'Báo cáo năm 2024',
        'Toàn tỉnh có 1.320 trạm BTS.',
        'Viettel đã phát sóng thử nghiệm 12 trạm 5G tại thành phố.',
        'So với tỉnh Đắk Lắk (tỷ lệ ký số 99,8%), tỉnh vẫn còn thấp hơn.',
      ].join('\n'),
    );
    const r = await runCli(['text', file, '--explain']);
    expect(r.code).toBe(0);
    const outcomes = r.stdout.split('\n').filter((l) => l.trim().startsWith('=>'));
    expect(outcomes).toEqual([
      '  => bts.stations by bts/stations: bts.stations {} = 1320',
      "  => no metric: bts.stations_on_air_trial, but of an operator (Viettel), not the province's",
      "  => no metric: esign.rate, but another province's",
    ]);
  });
});
