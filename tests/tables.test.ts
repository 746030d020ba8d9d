// Column headers give basis and period; indicator labels land on metrics even when reworded.
import { describe, expect, it } from '@jest/globals';
import { readColumnHeader } from '../src/engine/tables.js';
import { matchIndicator } from '../src/engine/indicators.js';

const H1_2023 = { start: '2023-01-01', end: '2023-06-30', label: '6 tháng đầu năm 2023' };

describe('column headers', () => {
  it.each([
    ['Thực hiện năm 2022', 'actual', '2022-01-01'],
    ['KQ năm 2022', 'actual', '2022-01-01'],
    ['TH 2022', 'actual', '2022-01-01'],
    ['Năm 2023', 'actual', '2023-01-01'],
    ['Kế hoạch năm 2023', 'target', '2023-01-01'],
    ['Mục tiêu năm 2023', 'target', '2023-01-01'],
    ['KH 2024', 'target', '2024-01-01'],
    ['Ước thực hiện 6 tháng đầu năm 2023', 'estimate', '2023-01-01'],
    ['Ước TH 6 tháng', 'estimate', '2023-01-01'],
    ['Kết quả thực hiện trong 6 tháng đầu năm 2023', 'actual', '2023-01-01'],
  ])('%s → %s', (header, basis, start) => {
    const c = readColumnHeader(header, H1_2023);
    expect(c.role).toBe('value');
    expect(c.basis).toBe(basis);
    expect(c.period?.start).toBe(start);
  });

  it.each(['Ước thực hiện 6 tháng đầu năm 2023 so với kế hoạch', '(6)/(5)', 'Ghi chú', 'Đơn vị thực hiện', 'Theo QĐ 715/QĐ-UBND ngày 21/12/2022'])('%s gives no figures', (header) => {
    expect(readColumnHeader(header, H1_2023).role).toBe('skip');
  });

  it('reads a running total beside the month as the year so far', () => {
    const oct = { start: '2024-10-01', end: '2024-10-31', label: 'tháng 10 năm 2024' };
    for (const header of ['Lũy kế từ đầu năm', 'Lũy kế', 'Luỹ kế 2024', 'Thực hiện từ đầu năm đến nay']) {
      const c = readColumnHeader(header, oct);
      expect([header, c.role, c.basis, c.period?.start, c.period?.end]).toEqual([header, 'value', 'actual', '2024-01-01', '2024-10-31']);
    }
    expect(readColumnHeader('Thực hiện tháng 10', oct).period).toEqual(oct);
    // Without the report's period, or of another year, the year so far has no end: no figures.
    expect(readColumnHeader('Lũy kế', null).role).toBe('skip');
    expect(readColumnHeader('Lũy kế 2023', oct).role).toBe('skip');
  });

  it('reads the same time of an earlier year, and labels a period as the header writes it', () => {
    const q3 = { start: '2024-07-01', end: '2024-09-30', label: 'quý III năm 2024' };
    const period = (h: string) => readColumnHeader(h, q3).period;
    expect(period('Cùng kỳ năm 2023')).toEqual({ start: '2023-07-01', end: '2023-09-30', label: 'Cùng kỳ năm 2023' });
    expect(period('Cùng kỳ năm trước')).toEqual({ start: '2023-07-01', end: '2023-09-30', label: 'Cùng kỳ năm trước' });
    expect(period('Cùng kỳ 6 tháng đầu năm 2023')?.start).toBe('2023-01-01');
    expect(period('Quý II/2024')).toEqual({ start: '2024-04-01', end: '2024-06-30', label: 'Quý II/2024' });
    // A comparison with it is no figure of its own; nor is "the same time" of this year or a later one.
    expect(readColumnHeader('So với cùng kỳ (%)', q3).role).toBe('skip');
    expect(readColumnHeader('Cùng kỳ năm 2024', q3).role).toBe('skip');
    // 29 February of a leap year is the 28th a year before.
    expect(readColumnHeader('Cùng kỳ năm trước', { start: '2024-02-01', end: '2024-02-29', label: 'tháng 2/2024' }).period?.end).toBe('2023-02-28');
  });

  it('reads the whole province beside its parts, and a bare year', () => {
    expect(readColumnHeader('Cả tỉnh', H1_2023)).toEqual({ role: 'value', basis: 'actual', period: H1_2023 });
    expect(readColumnHeader('Toàn tỉnh', H1_2023).role).toBe('value');
    expect(readColumnHeader('2021', H1_2023)).toEqual({ role: 'value', basis: 'actual', period: { start: '2021-01-01', end: '2021-12-31', label: 'năm 2021' } });
    for (const part of ['Thành thị', 'Nông thôn', 'Vùng cao', 'Huyện Ninh Sơn', '2021-2025']) expect(readColumnHeader(part, H1_2023).role).toBe('skip');
  });

  it('knows label, unit and number columns', () => {
    expect(readColumnHeader('Chỉ tiêu', null).role).toBe('label');
    expect(readColumnHeader('Nội dung công việc', null).role).toBe('label');
    expect(readColumnHeader('Đơn vị', null).role).toBe('unit');
    expect(readColumnHeader('STT', null).role).toBe('number');
  });
});

describe('indicator labels', () => {
  it.each([
    ['Tỷ lệ hồ sơ TTHC xử lý trực tuyến', 'percent', 'dossier.received_share', { channel: 'online' }],
    ['Tỷ lệ hồ sơ TTHC được tiếp nhận, xử lý trực tuyến', 'percent', 'dossier.received_share', { channel: 'online' }],
    ['Tỷ lệ hồ sơ tiếp nhận qua dịch vụ buru chính công ích', 'percent', 'dossier.received_share', { channel: 'postal' }],
    ['Mật độ điện thoại cố định và trả sau trên 100 dân', 'density', 'subs.phone_density', { kind: 'fixed_postpaid' }],
    ['Mật độ internet trên 100 dân', 'density', 'subs.broadband_density', {}],
    ['Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ', 'percent', 'dossier.eservice_with_dossier_share', {}],
    ['Văn bản điện tử gửi, nhận giữa các cơ quan hành chính Nhà nước các cấp được ký số thay thế văn bản giấy', 'percent', 'esign.rate', {}],
    ['Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến', 'percent', 'dossier.eservice_with_dossier_share', {}],
    ['Số trạm 4G', 'count', 'bts.stations', { tech: '4G' }],
    ['Số trạm BTS (trạm)', 'count', 'bts.stations', {}],
    ['Số DVCTT toàn trình', 'count', 'eservice.count', { kind: 'full' }],
    ['Số chứng thư số đã cấp', 'count', 'esign.certificates_issued', {}],
    ['Số thuê bao điện thoại cố định', 'count', 'subs.phone', { kind: 'fixed' }],
    ['Số văn bản đi', 'count', 'edoc.outgoing', {}],
  ])('%s', (label, kind, metric, dims) => {
    const m = matchIndicator(label, kind as 'percent' | 'density' | 'count');
    expect(m?.metric).toBe(metric);
    expect(m?.dims ?? {}).toEqual(dims);
  });

  it.each([
    ['Tỷ lệ dân số trên 15 tuổi có điện thoại thông minh', 'percent'],
    ['Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng', 'percent'],
    ['Dịch vụ công trực tuyến toàn trình, được cung cấp trên nhiều phương tiện truy cập khác nhau', 'percent'],
    ['Tổng số điểm phục vụ bưu chính', 'count'],
    ['Tỷ trọng kinh tế số đóng góp vào GRDP', 'percent'],
    ['Số giờ phát sóng phát thanh', 'count'],
    ['Mật độ thuê bao internet băng rộng cố định/100 hộ dân', 'count'],
    ['Tổng doanh thu viễn thông', 'count'],
  ])('%s is no catalog metric', (label, kind) => {
    expect(matchIndicator(label, kind as 'percent' | 'count')).toBeNull();
  });

  // A label like a count's with a percent in its cells (or a rate's with a bare count) names no
  // metric: the value would land in the wrong unit.
  it.each([
    ['Tổng số hồ sơ tiếp nhận', 'percent'],
    ['Số thuê bao di động', 'percent'],
    ['Tỷ lệ hồ sơ trực tuyến (%)', 'count'],
    ['Tỷ lệ hồ sơ TTHC xử lý trực tuyến', 'count'],
  ])('%s as a %s names nothing', (label, kind) => {
    expect(matchIndicator(label, kind as 'percent' | 'count')).toBeNull();
  });
});

describe('a statistics table from another report', () => {
  it('reads rows by their labels and columns by their periods, and skips ratio columns', async () => {
    const { extractTxt } = await import('../extractors/txt.js');
    const { extractFacts } = await import('../src/engine/index.js');
    const text = [
      'PHỤ LỤC',
      '',
      'STT\tChỉ tiêu\tĐơn vị tính\tNăm 2022\t6 tháng 2023\tSo sánh (%)',
      '1\tSố thuê bao điện thoại\tThuê bao\t1.200.000\t1.250.000\t104,2',
      '2\tSố thuê bao internet băng rộng cố định\tThuê bao\t150.000\t160.000\t106,7',
      '3\tSố trạm BTS\tTrạm\t2.800\t2.900\t103,6',
      '4\tTỷ lệ hồ sơ TTHC tiếp nhận trực tuyến\t%\t45,2\t61,5\t',
      '5\tSố điểm phục vụ bưu chính\tĐiểm\t120\t121\t100,8',
      '',
    ].join('\n');
    const doc = extractTxt(new TextEncoder().encode(text), 'phu-luc.txt');
    const facts = extractFacts(doc, { period: H1_2023 });
    const got = facts.map((f) => `${f.metric} ${JSON.stringify(f.dims)} ${f.value} ${f.period?.start ?? 'report'}`).sort();
    expect(got).toEqual(
      [
        'bts.stations {} 2800 2022-01-01',
        'bts.stations {} 2900 report',
        'dossier.received_share {"channel":"online"} 45.2 2022-01-01',
        'dossier.received_share {"channel":"online"} 61.5 report',
        'subs.broadband {"kind":"fixed"} 150000 2022-01-01',
        'subs.broadband {"kind":"fixed"} 160000 report',
        'subs.phone {} 1200000 2022-01-01',
        'subs.phone {} 1250000 report',
      ].sort(),
    );
  });
});

describe('a table with a row per period and a column per indicator', () => {
  const read = async (lines: string[], period = H1_2023) => {
    const { extractTxt } = await import('../extractors/txt.js');
    const { extractFacts } = await import('../src/engine/index.js');
    const doc = extractTxt(new TextEncoder().encode(lines.join('\n')), 'bang.txt');
    return extractFacts(doc, { period }).map((f) => `${f.metric} ${JSON.stringify(f.dims)} ${f.value} ${f.period?.label ?? 'report'}`).sort();
  };

  it('gives each row its period; a growth column and a row of the report’s own period add nothing', async () => {
    const got = await read(
      [
        'Biểu 3: Trạm thu phát sóng thông tin di động qua các năm',
        'Năm\tSố trạm BTS\tTốc độ tăng (%)\tSố vị trí trạm BTS',
        '2021\t1.420\t\t980',
        '2022\t1.510\t106,3\t1.015',
        '6 tháng đầu năm 2023\t1.560\t103,3\t1.040',
        '',
      ],
    );
    expect(got).toEqual(
      ['bts.sites {} 1015 năm 2022', 'bts.sites {} 1040 report', 'bts.sites {} 980 năm 2021', 'bts.stations {} 1420 năm 2021', 'bts.stations {} 1510 năm 2022', 'bts.stations {} 1560 report'].sort(),
    );
  });

  it('reads no rows that are not periods, and no column whose head names nothing', async () => {
    const got = await read(['Năm\tSố điểm phục vụ bưu chính\tSố thuê bao di động', '2021\t120\t1.100.000', '2022\t125\t1.180.000', 'Tổng\t245\t2.280.000', '']);
    expect(got).toEqual(['subs.phone {"kind":"mobile"} 1100000 năm 2021', 'subs.phone {"kind":"mobile"} 1180000 năm 2022']);
  });
});

describe('a table with a row per level or unit and a column per indicator', () => {
  const read = async (lines: string[]) => {
    const { extractTxt } = await import('../extractors/txt.js');
    const { extractFacts } = await import('../src/engine/index.js');
    const doc = extractTxt(new TextEncoder().encode(lines.join('\n')), 'bang.txt');
    return extractFacts(doc, { period: H1_2023 }).map((f) => `${f.metric} ${JSON.stringify(f.dims)} ${f.value}`).sort();
  };

  it("reads a unit's signing rate with the unit as its entity; a unit's count (no entity dim) and a 'Tổng cộng' row give nothing", async () => {
    const got = await read([
      'Bảng 2. Tỷ lệ văn bản đi được ký số của các đơn vị',
      'STT\tĐơn vị\tSố văn bản đi\tTỷ lệ ký số (%)',
      '1\tSở Tư pháp\t1.234\t98,5',
      '2\tUBND huyện Ninh Sơn\t2.345\t95,2',
      '\tTổng cộng\t3.579\t96,1',
      '',
    ]);
    expect(got).toEqual(['esign.rate {"entity":"Sở Tư pháp"} 98.5', 'esign.rate {"entity":"UBND huyện Ninh Sơn"} 95.2']);
  });

  it('reads level rows under columns whose heads name a metric, and leaves a bare "Trực tuyến" or "Đúng hạn" column alone', async () => {
    const got = await read([
      'Bảng 1. Kết quả giải quyết hồ sơ',
      'STT\tCấp\tTổng số hồ sơ tiếp nhận\tTrực tuyến\tĐúng hạn\tTỷ lệ hồ sơ trực tuyến (%)',
      '1\tCấp tỉnh\t18.520\t15.300\t17.900\t82,6',
      '2\tCấp huyện\t34.567\t22.100\t32.500\t63,9',
      '3\tToàn tỉnh\t53.087\t37.400\t50.400\t70,5',
      '',
    ]);
    expect(got).toEqual(
      [
        'dossier.received {"level":"province"} 18520',
        'dossier.received {"level":"district"} 34567',
        'dossier.received {} 53087',
        'dossier.received_share {"channel":"online","level":"province"} 82.6',
        'dossier.received_share {"channel":"online","level":"district"} 63.9',
        'dossier.received_share {"channel":"online"} 70.5',
      ].sort(),
    );
  });
});
