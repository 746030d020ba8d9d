// A dataset the size of a national archive, made up: 500 reports from the 63 provinces, 60 figures
// each (30,000), every figure's quote and number at their offsets in its report's text. For the
// review page's scale test (tests/review-analyst.test.ts) and scripts/review-load.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROVINCES } from '../src/metadata/provinces.js';
import { metricById } from '../src/catalog.js';
import { prng } from './seeded.js';

type Kind = [metric: string, dims: Record<string, string>, words: string];
const KINDS: Kind[] = [
  ['dossier.received', {}, 'hồ sơ tiếp nhận trên hệ thống'],
  ['dossier.received', { level: 'province' }, 'hồ sơ tiếp nhận cấp tỉnh'],
  ['dossier.received', { level: 'district' }, 'hồ sơ tiếp nhận cấp huyện'],
  ['dossier.received', { level: 'commune' }, 'hồ sơ tiếp nhận cấp xã'],
  ['dossier.received', { channel: 'online' }, 'hồ sơ tiếp nhận trực tuyến'],
  ['dossier.resolved', {}, 'hồ sơ đã giải quyết'],
  ['dossier.resolved_ontime_share', {}, '% hồ sơ giải quyết đúng hạn'],
  ['bts.stations', {}, 'trạm BTS'],
  ['bts.stations', { tech: '4G' }, 'trạm 4G'],
  ['bts.stations', { tech: '5G' }, 'trạm 5G'],
  ['subs.phone', {}, 'thuê bao điện thoại'],
  ['subs.broadband', { kind: 'fixed' }, 'thuê bao internet cố định'],
  ['esign.certificates_issued', {}, 'chứng thư số cấp mới'],
  ['edoc.outgoing', {}, 'văn bản đi'],
  ['edoc.incoming', {}, 'văn bản đến'],
];
const PERIODS = [
  { start: '2023-01-01', end: '2023-06-30', label: '6 tháng đầu năm 2023' },
  { start: '2023-01-01', end: '2023-12-31', label: 'năm 2023' },
  { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' },
  { start: '2024-01-01', end: '2024-06-30', label: '6 tháng đầu năm 2024' },
];
const viNumber = (n: number) => (Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(n).replace('.', ','));

export interface ScaleData {
  facts: Array<{ id: string; doc: string; province: string; metric: string; dims: Record<string, string>; value: number; quote: string; period: { start: string; end: string } }>;
}

/** Writes the dataset's files into `dir` (as `baocao extract` lays them out) and returns its facts. */
export function writeScaleDataset(dir: string, reports = 500, perReport = 60, seed = 18): ScaleData {
  const random = prng(seed);
  mkdirSync(path.join(dir, 'text'), { recursive: true });
  const facts: Array<Record<string, unknown> & ScaleData['facts'][number]> = [];
  const documents: unknown[] = [];
  for (let r = 0; r < reports; r++) {
    const p = PROVINCES[r % PROVINCES.length];
    const period = PERIODS[Math.floor(r / PROVINCES.length) % PERIODS.length];
    const doc = `bc-${String(r).padStart(3, '0')}.txt`;
    const sha = `sha-${r}`;
    let text = `BÁO CÁO ${period.label.toUpperCase()}\nTình hình chuyển đổi số của ${p.fullName}\n\n`;
    const mine: typeof facts = [];
    for (let i = 0; i < perReport; i++) {
      const [metric, dims, words] = KINDS[i % KINDS.length];
      const m = metricById.get(metric)!;
      const value = m.unit === 'pct' ? Math.round(random() * 10000) / 100 : Math.floor(random() * 200000);
      const raw = viNumber(value);
      const lead = `Mục ${i + 1}: có `;
      const quote = `${lead}${raw} ${words}`;
      const start = text.length;
      const vs = start + lead.length;
      text += quote + (i % 4 === 3 ? '.\n\n' : '; ');
      mine.push({
        id: `${r}-${i}`,
        doc,
        source: { path: doc, sha256: sha, format: 'txt', line: text.slice(0, start).split('\n').length, start, end: start + quote.length, value_start: vs, value_end: vs + raw.length },
        province: p.name,
        province_code: p.code,
        period,
        metric,
        family: m.family,
        dims,
        value,
        unit: m.unit,
        basis: 'actual',
        raw,
        quote,
        qualifier: null,
        change_pct: null,
        rule: 'test/scale',
        checks: [],
      });
    }
    facts.push(...mine);
    documents.push({ doc, source: { path: doc, sha256: sha, format: 'txt' }, province: p.name, province_code: p.code, period, title: `Báo cáo ${period.label} của ${p.fullName}`, issuer: null, number: null, date: null, signer: null, warnings: [], facts: mine.length });
    writeFileSync(path.join(dir, 'text', `${doc}.json`), JSON.stringify({ doc, format: 'txt', text, lineStarts: [0], pages: [], blocks: [], warnings: [], source_sha256: sha }));
  }
  writeFileSync(path.join(dir, 'facts.jsonl'), facts.map((f) => JSON.stringify(f)).join('\n') + '\n');
  writeFileSync(path.join(dir, 'documents.jsonl'), documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return { facts };
}
