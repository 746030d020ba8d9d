// The audit inside one report, on short texts from real reports and facts built by hand with real offsets.
import { describe, it, expect } from '@jest/globals';
import type { Fact } from '../src/facts.js';
import { metricById } from '../src/catalog.js';
import { auditFacts } from '../src/audit/index.js';

const PERIOD = { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' };

/** A fact whose quote is `context` (the n-th occurrence after `from`) and whose number is `raw` inside it. */
function maker(doc: string, text: string) {
  let cursor = 0;
  return (context: string, raw: string, metric: string, dims: Record<string, string>, value: number, extra: Partial<Fact> = {}): Fact => {
    const start = text.indexOf(context, cursor);
    if (start < 0) throw new Error(`test text has no "${context}" after ${cursor}`);
    const valueStart = start + context.indexOf(raw);
    if (context.indexOf(raw) < 0) throw new Error(`"${raw}" is not in "${context}"`);
    cursor = valueStart + raw.length;
    const m = metricById.get(metric);
    if (!m) throw new Error(`unknown metric ${metric}`);
    return {
      id: `${doc}#${valueStart}-${metric}`,
      doc,
      source: { path: doc, sha256: 'x', format: 'txt', line: 1, start, end: start + context.length, value_start: valueStart, value_end: valueStart + raw.length },
      province: 'Ninh Thuận',
      province_code: '58',
      period: PERIOD,
      metric,
      family: m.family,
      dims,
      value,
      unit: m.unit,
      basis: 'actual',
      raw,
      quote: context,
      qualifier: null,
      change_pct: null,
      rule: 'test',
      checks: [],
      ...extra,
    };
  };
}

const APRIL_DOSSIERS =
  'Từ ngày 01/01/2023 đến 13/4/2023 trên hệ thống Dịch vụ công tỉnh tiếp nhận 67.555 hồ sơ trong đó: cấp tỉnh 40.992 hồ sơ ' +
  '(11.380 hồ sơ tiếp nhận trực tiếp, 29.465 hồ sơ tiếp nhận qua mạng, 147 hồ sơ tiếp nhận qua BCCI); Cấp huyện: 4.408 hồ sơ ' +
  '(1.013 hồ tiếp nhận trực tiếp, 3.395 hồ sơ tiếp nhận qua mạng, 0 hồ sơ tiếp nhận qua BCCI); Cấp xã: 22.115 hồ sơ ' +
  '(7.081 hồ sơ tiếp nhận trực tiếp, 15.074 hồ sơ tiếp nhận qua mạng, 0 hồ sơ tiếp nhận qua BCCI). Tỷ lệ tiếp nhận hồ sơ trực tuyến ' +
  'trên địa bàn tỉnh 47.934/67.555 hồ sơ đạt 70,96% (cấp tỉnh: 29.465/40.992 hồ sơ đạt 71,88%; cấp huyện: 3.395/4.408 hồ sơ đạt 77,02%; ' +
  'cấp xã: 15.074/22.115 hồ sơ đạt 68,16%).';

function aprilFacts(opts: { without147?: boolean; withRepeats?: boolean } = {}) {
  const f = maker('001.txt', APRIL_DOSSIERS);
  const R = 'dossier.received';
  const S = 'dossier.received_share';
  const facts = [
    f('tiếp nhận 67.555 hồ sơ', '67.555', R, {}, 67555),
    f('cấp tỉnh 40.992 hồ sơ', '40.992', R, { level: 'province' }, 40992),
    f('11.380 hồ sơ tiếp nhận trực tiếp', '11.380', R, { level: 'province', channel: 'direct' }, 11380),
    f('29.465 hồ sơ tiếp nhận qua mạng', '29.465', R, { level: 'province', channel: 'online' }, 29465),
    f('147 hồ sơ tiếp nhận qua BCCI', '147', R, { level: 'province', channel: 'postal' }, 147),
    f('Cấp huyện: 4.408 hồ sơ', '4.408', R, { level: 'district' }, 4408),
    f('1.013 hồ tiếp nhận trực tiếp', '1.013', R, { level: 'district', channel: 'direct' }, 1013),
    f('3.395 hồ sơ tiếp nhận qua mạng', '3.395', R, { level: 'district', channel: 'online' }, 3395),
    f('0 hồ sơ tiếp nhận qua BCCI', '0', R, { level: 'district', channel: 'postal' }, 0),
    f('Cấp xã: 22.115 hồ sơ', '22.115', R, { level: 'commune' }, 22115),
    f('7.081 hồ sơ tiếp nhận trực tiếp', '7.081', R, { level: 'commune', channel: 'direct' }, 7081),
    f('15.074 hồ sơ tiếp nhận qua mạng', '15.074', R, { level: 'commune', channel: 'online' }, 15074),
    f('0 hồ sơ tiếp nhận qua BCCI', '0', R, { level: 'commune', channel: 'postal' }, 0),
    f('47.934/67.555 hồ sơ', '47.934', R, { channel: 'online' }, 47934),
    f('đạt 70,96%', '70,96', S, { channel: 'online' }, 70.96),
    f('đạt 71,88%', '71,88', S, { level: 'province', channel: 'online' }, 71.88),
    f('đạt 77,02%', '77,02', S, { level: 'district', channel: 'online' }, 77.02),
    f('đạt 68,16%', '68,16', S, { level: 'commune', channel: 'online' }, 68.16),
  ];
  if (opts.withRepeats) {
    // An extractor may also emit the counts repeated inside the ratios "29.465/40.992 hồ sơ đạt 71,88%".
    const again = maker('001.txt', APRIL_DOSSIERS);
    facts.push(
      again('29.465/40.992', '29.465', R, { level: 'province', channel: 'online' }, 29465),
      again('3.395/4.408', '3.395', R, { level: 'district', channel: 'online' }, 3395),
      again('15.074/22.115', '15.074', R, { level: 'commune', channel: 'online' }, 15074),
    );
  }
  return opts.without147 ? facts.filter((x) => x.raw !== '147') : facts;
}

const byValue = (facts: Fact[], value: number, metric = 'dossier.received') => facts.filter((f) => f.value === value && f.metric === metric);

describe('parts against their stated whole', () => {
  it('reports the April 2023 commune-level group 7.081 + 15.074 + 0 ≠ 22.115', () => {
    const facts = aprilFacts();
    const { findings } = auditFacts(facts, { '001.txt': { text: APRIL_DOSSIERS } });
    const commune = findings.find((x) => x.type === 'sum' && x.stated === 22115);
    expect(commune).toBeDefined();
    expect(commune!.expected).toBe(22155);
    expect(commune!.doc).toBe('001.txt');
    const ids = [22115, 7081, 15074].map((v) => byValue(facts, v)[0].id);
    for (const id of ids) expect(commune!.facts).toContain(id);
    expect(commune!.facts).toContain(facts.find((x) => x.value === 0 && x.dims.level === 'commune')!.id);
    expect(commune!.message).toContain('22.115');
    expect(commune!.message).toContain('7.081 + 15.074 + 0');
  });

  it('also reports the province-wide total that the levels do not reach (40.992 + 4.408 + 22.115 = 67.515)', () => {
    const { findings } = auditFacts(aprilFacts(), { '001.txt': { text: APRIL_DOSSIERS } });
    const total = findings.find((x) => x.type === 'sum' && x.stated === 67555);
    expect(total?.expected).toBe(67515);
  });

  it('passes the levels that add up and the ratio shares that match', () => {
    const { findings, checked } = auditFacts(aprilFacts(), { '001.txt': { text: APRIL_DOSSIERS } });
    const ok = checked.filter((c) => c.ok);
    expect(ok.some((c) => c.type === 'sum' && c.stated === 40992 && c.expected === 40992)).toBe(true);
    expect(ok.some((c) => c.type === 'sum' && c.stated === 4408)).toBe(true);
    for (const v of [70.96, 71.88, 77.02, 68.16]) expect(ok.some((c) => c.type === 'share' && c.stated === v)).toBe(true);
    expect(findings.filter((x) => x.type === 'share')).toEqual([]);
  });

  it('with the counts repeated inside the ratios: checks 47.934 = 29.465 + 3.395 + 15.074, and does not add per-level rates as shares', () => {
    const facts = aprilFacts({ withRepeats: true });
    const { findings, checked } = auditFacts(facts, { '001.txt': { text: APRIL_DOSSIERS } });
    expect(checked.some((c) => c.type === 'sum' && c.ok && c.stated === 47934 && c.expected === 47934)).toBe(true);
    expect(findings.map((x) => [x.type, x.stated]).sort()).toEqual([['sum', 22115], ['sum', 67555]]);
  });

  it('writes each finding into the checks of the facts it concerns', () => {
    const { facts, findings } = auditFacts(aprilFacts(), { '001.txt': { text: APRIL_DOSSIERS } });
    const f = findings.find((x) => x.stated === 22115)!;
    const commune = facts.find((x) => x.value === 7081)!;
    expect(commune.checks).toContainEqual({ type: 'sum', finding: f.id, message: f.message });
    expect(facts.find((x) => x.value === 11380)!.checks).toEqual([]);
  });

  it('does not guess when a listed number is not a fact (147 left out): no false alarm', () => {
    const { findings, checked } = auditFacts(aprilFacts({ without147: true }), { '001.txt': { text: APRIL_DOSSIERS } });
    expect(findings.some((x) => x.stated === 40992)).toBe(false);
    expect(checked.find((c) => c.stated === 40992)?.skipped).toMatch(/147/);
  });
});

const MAY_DOSSIERS =
  'Từ ngày 01/01/2023 đến 25/5/2023 trên hệ thống Dịch vụ công tỉnh tiếp nhận 132.667 hồ sơ trong đó: cấp tỉnh 91.773 hồ sơ ' +
  '(trong đó có 16.325 hồ sơ tiếp nhận trực tiếp chiếm 17,79%, 75.284 hồ sơ tiếp nhận trực tuyến chiếm 82,03%, 164 hồ sơ tiếp nhận qua ' +
  'bưu chính công ích chiếm 0,13 %); Cấp huyện\n\n6.177 hồ sơ (trong đó có 1.279 hồ sơ tiếp nhận trực tiếp chiếm 20,71%, 4.897 hồ sơ ' +
  'tiếp nhận trực tuyến chiếm 79,28%, 01 hồ sơ tiếp nhận qua bưu chính công ích chiếm 0,01 %); Cấp xã: 34.717 hồ sơ (trong đó có ' +
  '8.417 hồ sơ tiếp nhận trực tiếp chiếm 24,24%, 26.300 hồ sơ tiếp nhận trực tuyến chiếm 75,76%, 0 hồ sơ tiếp nhận qua bưu chính công ' +
  'ích chiếm 0 %). Tổng số hồ sơ đã được giải quyết là 131.124 hồ sơ, trong đó số hồ sơ đã giải quyết sớm hạn và đúng hạn là 130.583 hồ ' +
  'sơ chiếm 99,59%, số hồ sơ đã giải quyết trễ hạn là 541 hồ sơ chiếm 0,41%.';

function mayFacts() {
  const f = maker('000.txt', MAY_DOSSIERS);
  const R = 'dossier.received';
  const S = 'dossier.received_share';
  const level = (lv: string, ch: string) => ({ level: lv, channel: ch });
  const facts: Fact[] = [f('tiếp nhận 132.667 hồ sơ', '132.667', R, {}, 132667), f('cấp tỉnh 91.773 hồ sơ', '91.773', R, { level: 'province' }, 91773)];
  const rows: Array<[string, string, number, string, number, string]> = [
    ['16.325 hồ sơ tiếp nhận trực tiếp', '16.325', 16325, 'chiếm 17,79%', 17.79, 'direct'],
    ['75.284 hồ sơ tiếp nhận trực tuyến', '75.284', 75284, 'chiếm 82,03%', 82.03, 'online'],
    ['164 hồ sơ tiếp nhận', '164', 164, 'chiếm 0,13 %', 0.13, 'postal'],
  ];
  const district: typeof rows = [
    ['1.279 hồ sơ tiếp nhận trực tiếp', '1.279', 1279, 'chiếm 20,71%', 20.71, 'direct'],
    ['4.897 hồ sơ tiếp nhận trực tuyến', '4.897', 4897, 'chiếm 79,28%', 79.28, 'online'],
    ['01 hồ sơ tiếp nhận', '01', 1, 'chiếm 0,01 %', 0.01, 'postal'],
  ];
  const commune: typeof rows = [
    ['8.417 hồ sơ tiếp nhận trực tiếp', '8.417', 8417, 'chiếm 24,24%', 24.24, 'direct'],
    ['26.300 hồ sơ tiếp nhận trực tuyến', '26.300', 26300, 'chiếm 75,76%', 75.76, 'online'],
    ['0 hồ sơ tiếp nhận', '0', 0, 'chiếm 0 %', 0, 'postal'],
  ];
  const push = (lv: string, rs: typeof rows) => {
    for (const [ctx, raw, v, sctx, sv, ch] of rs) {
      facts.push(f(ctx, raw, R, level(lv, ch), v));
      facts.push(f(sctx, sctx.replace(/^chiếm /, '').replace(/ ?%$/, ''), S, level(lv, ch), sv));
    }
  };
  push('province', rows);
  facts.push(f('6.177 hồ sơ', '6.177', R, { level: 'district' }, 6177));
  push('district', district);
  facts.push(f('Cấp xã: 34.717 hồ sơ', '34.717', R, { level: 'commune' }, 34717));
  push('commune', commune);
  facts.push(f('là 131.124 hồ sơ', '131.124', 'dossier.resolved', {}, 131124));
  facts.push(f('là 130.583 hồ', '130.583', 'dossier.resolved_ontime', {}, 130583));
  facts.push(f('chiếm 99,59%', '99,59', 'dossier.resolved_ontime_share', {}, 99.59));
  facts.push(f('là 541 hồ sơ', '541', 'dossier.resolved_late', {}, 541));
  facts.push(f('chiếm 0,41%', '0,41', 'dossier.resolved_late_share', {}, 0.41));
  return facts;
}

describe('stated shares', () => {
  it('reports 0,13 % stated for 164 of 91.773 dossiers (expected 0,18 %)', () => {
    const facts = mayFacts();
    const { findings } = auditFacts(facts, new Map([['000.txt', { text: MAY_DOSSIERS }]]));
    const share = findings.find((x) => x.type === 'share' && x.stated === 0.13);
    expect(share).toBeDefined();
    expect(share!.expected).toBeCloseTo(0.1787, 4);
    expect(share!.tolerance).toBeGreaterThanOrEqual(0.005);
    expect(share!.tolerance).toBeLessThan(0.006);
    expect(share!.facts).toEqual(expect.arrayContaining([byValue(facts, 164)[0].id, byValue(facts, 91773)[0].id]));
    expect(share!.message).toContain('0,18');
    expect(share!.message).toContain('0,13');
  });

  it('reports the province shares adding to 99,95 % and passes the groups whose shares add to 100 %', () => {
    const { findings, checked } = auditFacts(mayFacts(), { '000.txt': { text: MAY_DOSSIERS } });
    const sums = findings.filter((x) => x.type === 'shares_sum');
    expect(sums).toHaveLength(1);
    expect(sums[0].stated).toBeCloseTo(99.95, 6);
    expect(checked.some((c) => c.type === 'shares_sum' && c.ok && c.stated === 100)).toBe(true);
  });

  it('reads the whole across a page break ("Cấp huyện\\n\\n6.177 hồ sơ") and flags the truncated 0,01 %', () => {
    const { findings, checked } = auditFacts(mayFacts(), { '000.txt': { text: MAY_DOSSIERS } });
    expect(checked.some((c) => c.type === 'sum' && c.ok && c.stated === 132667)).toBe(true);
    const district = findings.find((x) => x.type === 'share' && x.stated === 0.01);
    expect(district?.expected).toBeCloseTo(100 / 6177, 6);
    expect(district?.message).toMatch(/truncated/);
  });

  it('checks a part metric against its whole (on time + late = resolved) and its shares', () => {
    const { findings, checked } = auditFacts(mayFacts(), { '000.txt': { text: MAY_DOSSIERS } });
    expect(checked.some((c) => c.type === 'sum' && c.ok && c.stated === 131124 && c.expected === 131124)).toBe(true);
    expect(checked.some((c) => c.type === 'share' && c.ok && c.stated === 99.59)).toBe(true);
    expect(findings.some((x) => x.stated === 99.59 || x.stated === 131124)).toBe(false);
  });

  it('uses the rounding the text wrote: 0,41 % is fine for 541 / 131.124 = 0,4126 %, 0,4 would not be', () => {
    const facts = mayFacts().map((f) => (f.metric === 'dossier.resolved_late_share' ? { ...f, value: 0.4 } : f));
    const { findings } = auditFacts(facts, { '000.txt': { text: MAY_DOSSIERS } });
    expect(findings.some((x) => x.type === 'share' && x.stated === 0.4)).toBe(true);
  });
});

const APRIL_INFRA =
  'Từ ngày 01/01/2023 đến 13/4/2023, trên hệ chương trình quản lý văn bản TD.Office có 232.046 văn bản trong đó: 179.850 văn bản đến, ' +
  '52.196 văn bản đi (cấp tỉnh 76.753 văn bản đến, 21.266 văn bản đi; cấp huyện: 32.528 văn bản đến, 16.105 văn bản đi; cấp xã 70.569 văn ' +
  'bản đến, 14.825 văn bản đi).\n\nCó 187 điểm chuyển mạch; 825 tuyến cáp quang với tổng chiều dài 7.312 km, 1.911 trạm BTS (502 trạm 2G, ' +
  '718 trạm 3G, 691 trạm 4G), 674 vị trí trạm BTS (220 vị trí cột ăngten sử dụng chung).\n\nPhát triển 1.935 thuê bao điện thoại, tăng 4,8% ' +
  'so với tháng trước (569 thuê bao di động trả sau và 1.366 thuê bao di động trả trước). Tổng số thuê bao điện thoại trên toàn tỉnh là ' +
  '691.872 thuê bao, đạt mật độ 116,4 thuê bao/100 dân. Trong đó: điện thoại cố định 44.500 thuê bao, di động trả sau 49.944, di động trả ' +
  'trước 597.428 (dân số trung bình tỉnh Ninh Thuận năm 2021 là 596.049 người).';

function infraFacts() {
  const f = maker('001.txt', APRIL_INFRA);
  const lv = (level: string) => ({ level });
  return [
    f('có 232.046 văn bản', '232.046', 'edoc.total', {}, 232046),
    f('179.850 văn bản đến', '179.850', 'edoc.incoming', {}, 179850),
    f('52.196 văn bản đi', '52.196', 'edoc.outgoing', {}, 52196),
    f('76.753 văn bản đến', '76.753', 'edoc.incoming', lv('province'), 76753),
    f('21.266 văn bản đi', '21.266', 'edoc.outgoing', lv('province'), 21266),
    f('32.528 văn bản đến', '32.528', 'edoc.incoming', lv('district'), 32528),
    f('16.105 văn bản đi', '16.105', 'edoc.outgoing', lv('district'), 16105),
    f('70.569 văn bản đến', '70.569', 'edoc.incoming', lv('commune'), 70569),
    f('14.825 văn bản đi', '14.825', 'edoc.outgoing', lv('commune'), 14825),
    f('1.911 trạm BTS', '1.911', 'bts.stations', {}, 1911),
    f('502 trạm 2G', '502', 'bts.stations', { tech: '2G' }, 502),
    f('718 trạm 3G', '718', 'bts.stations', { tech: '3G' }, 718),
    f('691 trạm 4G', '691', 'bts.stations', { tech: '4G' }, 691),
    f('674 vị trí trạm BTS', '674', 'bts.sites', {}, 674),
    f('220 vị trí cột ăngten sử dụng chung', '220', 'bts.shared_sites', {}, 220),
    f('Phát triển 1.935 thuê bao điện thoại', '1.935', 'subs.phone_new', {}, 1935, { change_pct: 4.8 }),
    f('569 thuê bao di động trả sau', '569', 'subs.phone_new', { kind: 'mobile_postpaid' }, 569),
    f('1.366 thuê bao di động trả trước', '1.366', 'subs.phone_new', { kind: 'mobile_prepaid' }, 1366),
    f('là 691.872 thuê bao', '691.872', 'subs.phone', {}, 691872),
    f('đạt mật độ 116,4 thuê bao/100 dân', '116,4', 'subs.phone_density', {}, 116.4),
    f('điện thoại cố định 44.500 thuê bao', '44.500', 'subs.phone', { kind: 'fixed' }, 44500),
    f('di động trả sau 49.944', '49.944', 'subs.phone', { kind: 'mobile_postpaid' }, 49944),
    f('di động trả trước 597.428', '597.428', 'subs.phone', { kind: 'mobile_prepaid' }, 597428),
  ];
}

describe('groups that add up raise nothing', () => {
  const { findings, checked } = auditFacts(infraFacts(), { '001.txt': { text: APRIL_INFRA } });
  const passed = (stated: number, expected = stated) => checked.some((c) => c.type === 'sum' && c.ok && c.stated === stated && c.expected === expected);

  it('recognises and passes BTS 1.911 = 502 + 718 + 691', () => expect(passed(1911)).toBe(true));
  it('recognises and passes phone groups 1.935 = 569 + 1.366 and 691.872 = 44.500 + 49.944 + 597.428', () => {
    expect(passed(1935)).toBe(true);
    expect(passed(691872)).toBe(true);
  });
  it('recognises and passes documents 232.046 = 179.850 + 52.196, and each by level', () => {
    expect(passed(232046)).toBe(true);
    expect(passed(179850)).toBe(true);
    expect(passed(52196)).toBe(true);
  });
  it('raises no finding at all', () => expect(findings).toEqual([]));
  it('does not add a part to a whole of another metric (220 shared sites are not a split of 674 sites)', () => {
    expect(checked.some((c) => c.stated === 674)).toBe(false);
  });

  it('reports the group once a part is changed to disagree', () => {
    const facts = infraFacts().map((f) => (f.value === 718 ? { ...f, value: 719 } : f));
    const r = auditFacts(facts, { '001.txt': { text: APRIL_INFRA } });
    expect(r.findings.map((x) => [x.type, x.stated, x.expected])).toEqual([['sum', 1911, 1912]]);
  });
});

describe('the e-document total of the six-month report', () => {
  const TEXT =
    'Từ ngày 01/01/2023 đến 25/5/2023 tổng số văn bản đi/đến toàn tỉnh là 395.511 văn bản (giảm 1,19% so với cùng kỳ), trong đó có ' +
    '88.971 văn bản đi (giảm 4,43%) và 305.540 văn bản đến (giảm 0,2%); cấp tỉnh 36.601 văn bản đi và 129.064 văn bản đến.';
  it('reports 88.971 + 305.540 ≠ 395.511', () => {
    const f = maker('000.txt', TEXT);
    const facts = [
      f('là 395.511 văn bản', '395.511', 'edoc.total', {}, 395511),
      f('88.971 văn bản đi', '88.971', 'edoc.outgoing', {}, 88971),
      f('305.540 văn bản đến', '305.540', 'edoc.incoming', {}, 305540),
      f('36.601 văn bản đi', '36.601', 'edoc.outgoing', { level: 'province' }, 36601),
      f('129.064 văn bản đến', '129.064', 'edoc.incoming', { level: 'province' }, 129064),
    ];
    const { findings } = auditFacts(facts, { '000.txt': { text: TEXT } });
    expect(findings.map((x) => [x.type, x.stated, x.expected])).toEqual([['sum', 395511, 394511]]);
    expect(findings[0].message).toContain('395.511 văn bản');
  });
});
