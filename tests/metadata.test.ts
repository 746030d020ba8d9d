import { describe, it, expect } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { computeLineStarts, type Block, type TextDocument } from '../src/model.js';
import {
  PROVINCES,
  UNITS_2025,
  findProvince,
  findProvinceByPlace,
  placeKey,
  provinceMentions,
} from '../src/metadata/provinces.js';
import { readReportMetadata, stripMarks } from '../src/metadata/report.js';

/** A text model without an extractor: one paragraph block per blank-line-separated chunk. */
function docOf(raw: string): TextDocument {
  const text = raw.normalize('NFC');
  const blocks: Block[] = [];
  const re = /[^\n](?:[^\n]|\n(?!\s*\n))*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  return { format: 'txt', text, lineStarts: computeLineStarts(text), pages: [], blocks, warnings: [] };
}

describe('PROVINCES', () => {
  it('has the 63 pre-2025 provinces with unique 2-digit codes and names', () => {
    expect(PROVINCES).toHaveLength(63);
    const codes = PROVINCES.map((p) => p.code);
    expect(new Set(codes).size).toBe(63);
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
    expect(new Set(PROVINCES.map((p) => placeKey(p.name))).size).toBe(63);
  });

  it('maps onto the 34 units of 1 July 2025, each itself a pre-2025 name', () => {
    expect(new Set(PROVINCES.map((p) => p.unit2025)).size).toBe(34);
    expect(UNITS_2025).toHaveLength(34);
    // Every 2025 unit keeps the name of one of the units it absorbed (Huế: Thừa Thiên Huế).
    for (const u of UNITS_2025) expect(findProvince(u)).not.toBeNull();
    // A unit that kept its name maps onto itself.
    for (const p of PROVINCES) {
      const keeper = findProvince(p.unit2025)!;
      expect(keeper.unit2025).toBe(p.unit2025);
    }
  });

  it.each([
    ['01', 'Hà Nội', 'thành phố'],
    ['02', 'Hà Giang', 'tỉnh'],
    ['04', 'Cao Bằng', 'tỉnh'],
    ['06', 'Bắc Kạn', 'tỉnh'],
    ['31', 'Hải Phòng', 'thành phố'],
    ['46', 'Thừa Thiên Huế', 'tỉnh'],
    ['48', 'Đà Nẵng', 'thành phố'],
    ['56', 'Khánh Hòa', 'tỉnh'],
    ['58', 'Ninh Thuận', 'tỉnh'],
    ['66', 'Đắk Lắk', 'tỉnh'],
    ['77', 'Bà Rịa - Vũng Tàu', 'tỉnh'],
    ['79', 'Hồ Chí Minh', 'thành phố'],
    ['92', 'Cần Thơ', 'thành phố'],
    ['96', 'Cà Mau', 'tỉnh'],
  ])('code %s is %s (%s)', (code, name, kind) => {
    const p = PROVINCES.find((x) => x.code === code)!;
    expect(p.name).toBe(name);
    expect(p.kind).toBe(kind);
  });

  it.each([
    ['Ninh Thuận', 'Khánh Hòa'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Hà Giang', 'Tuyên Quang'],
    ['Bình Phước', 'Đồng Nai'],
    ['Bình Dương', 'Hồ Chí Minh'],
    ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
    ['Yên Bái', 'Lào Cai'],
    ['Bắc Kạn', 'Thái Nguyên'],
    ['Vĩnh Phúc', 'Phú Thọ'],
    ['Hòa Bình', 'Phú Thọ'],
    ['Bắc Giang', 'Bắc Ninh'],
    ['Thái Bình', 'Hưng Yên'],
    ['Hải Dương', 'Hải Phòng'],
    ['Hà Nam', 'Ninh Bình'],
    ['Nam Định', 'Ninh Bình'],
    ['Quảng Bình', 'Quảng Trị'],
    ['Quảng Nam', 'Đà Nẵng'],
    ['Kon Tum', 'Quảng Ngãi'],
    ['Bình Định', 'Gia Lai'],
    ['Phú Yên', 'Đắk Lắk'],
    ['Đắk Nông', 'Lâm Đồng'],
    ['Bình Thuận', 'Lâm Đồng'],
    ['Long An', 'Tây Ninh'],
    ['Tiền Giang', 'Đồng Tháp'],
    ['Bến Tre', 'Vĩnh Long'],
    ['Trà Vinh', 'Vĩnh Long'],
    ['Sóc Trăng', 'Cần Thơ'],
    ['Hậu Giang', 'Cần Thơ'],
    ['Bạc Liêu', 'Cà Mau'],
    ['Kiên Giang', 'An Giang'],
    ['Cao Bằng', 'Cao Bằng'],
    ['Lạng Sơn', 'Lạng Sơn'],
  ])('%s is part of %s since 2025', (name, unit) => {
    expect(findProvince(name)?.unit2025).toBe(unit);
  });
});

describe('findProvince', () => {
  it.each([
    ['TP HCM', '79'],
    ['TP.HCM', '79'],
    ['TP. Hồ Chí Minh', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['thành phố Hồ Chí Minh', '79'],
    ['Huế', '46'],
    ['Thừa Thiên - Huế', '46'],
    ['Thừa Thiên Huế', '46'],
    ['tỉnh Thừa Thiên Huế', '46'],
    ['Bà Rịa - Vũng Tàu', '77'],
    ['Bà Rịa–Vũng Tàu', '77'],
    ['Bà Rịa-Vũng Tàu', '77'],
    ['Bà Rịa — Vũng Tàu', '77'],
    ['Khánh Hoà', '56'],
    ['Khánh Hòa', '56'],
    ['Thanh Hoá', '38'],
    ['Hoà Bình', '17'],
    ['Đăk Lăk', '66'],
    ['Đắk Lắk', '66'],
    ['Đăk Nông', '67'],
    ['Bắc Cạn', '06'],
    ['UBND TỈNH NINH THUẬN', '58'],
    ['Ủy ban nhân dân tỉnh Ninh Thuận', '58'],
    ['tỉnh Ninh Thuận', '58'],
    ['TỈNH ĐẮK LẮK', '66'],
    ['Đà Nẵng', '48'],
    ['TP Đà Nẵng', '48'],
  ])('%s → %s', (name, code) => {
    expect(findProvince(name)?.code).toBe(code);
  });

  it.each(['Sở Thông tin và Truyền thông', 'Việt Nam', 'Ninh Thuan', 'Phan Rang', ''])('%s names no province', (name) => {
    expect(findProvince(name)).toBeNull();
  });

  it('reads the seat of a province in a place–date line', () => {
    expect(findProvinceByPlace('Phan Rang-Tháp Chàm')?.code).toBe('58');
    expect(findProvinceByPlace('Buôn Ma Thuột')?.code).toBe('66');
    expect(findProvinceByPlace('Đà Lạt')?.code).toBe('68');
    expect(findProvinceByPlace('Ninh Thuận')?.code).toBe('58');
    expect(findProvinceByPlace('Ngoài ra')).toBeNull();
  });
});

describe('provinceMentions', () => {
  it('finds names with offsets and prefixes, in any spelling', () => {
    const text = 'Sở Thông tin và Truyền thông tỉnh Ninh Thuận; UBND TỈNH ĐẮK LẮK; TP.HCM; Bà Rịa-Vũng Tàu và Khánh Hoà.';
    const found = provinceMentions(text);
    expect(found.map((m) => [m.province.code, text.slice(m.start, m.end), m.prefix ?? null])).toEqual([
      ['58', 'Ninh Thuận', 'tỉnh'],
      ['66', 'ĐẮK LẮK', 'TỈNH'],
      ['79', 'HCM', 'TP.'],
      ['77', 'Bà Rịa-Vũng Tàu', null],
      ['56', 'Khánh Hoà', null],
    ]);
  });

  it('skips the president, the Pacific, local places and lower-case words', () => {
    const text =
      'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Đoàn Thanh niên cộng sản Hồ Chí Minh; ' +
      'Thái Bình Dương; xã Hòa Bình; vì hòa bình; ứng dụng Hue-S; đường Hà Nội.';
    expect(provinceMentions(text)).toEqual([]);
  });
});

describe('stripMarks', () => {
  it('removes txt-export marks', () => {
    expect(stripMarks('**KT. GIÁM ĐỐC')).toBe('KT. GIÁM ĐỐC');
    expect(stripMarks('trong 6 tháng đầu năm^[1]')).toBe('trong 6 tháng đầu năm');
    expect(stripMarks('## **BÁO CÁO**')).toBe('BÁO CÁO');
  });
});

// ---------------------------------------------------------------- the corpus

const CORPUS = 'fixtures/reports';
const GOLD = 'fixtures/gold';

describe('readReportMetadata on the corpus reports', () => {
  const txts = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
  it('has the three txt reports', () => expect(txts.length).toBeGreaterThanOrEqual(3));

  it.each(txts)('%s gives the gold province and period', (file) => {
    const gold = JSON.parse(readFileSync(path.join(GOLD, file.replace(/\.txt$/, '.json')), 'utf8'));
    const meta = readReportMetadata(docOf(readFileSync(path.join(CORPUS, file), 'utf8')), file);
    expect(meta.province).toBe(gold.province);
    expect(meta.province_code).toBe(findProvince(gold.province)!.code);
    expect(meta.province_2025).toBe(findProvince(gold.province)!.unit2025);
    expect(meta.period).toEqual(gold.period);
  });

  it('reads the other fields of 001 (Ninh Thuận, tháng 4/2023)', () => {
    const file = txts.find((f) => f.startsWith('001_'))!;
    const meta = readReportMetadata(docOf(readFileSync(path.join(CORPUS, file), 'utf8')), file);
    expect(meta.title).toBe('Tình hình thực hiện nhiệm vụ tháng 4/2023 và kế hoạch thực hiện nhiệm vụ trọng tâm tháng 5/2023');
    expect(meta.issuer).toBe('Sở Thông tin và Truyền thông');
    expect(meta.signer).toBe('Nguyễn Lượm');
    expect(meta.number).toBeNull();
    expect(meta.date).toBeNull();
    expect(meta.province_source).toBe('text');
  });

  it('reads the blank number and date of 003 (Thừa Thiên Huế, năm 2023)', () => {
    const file = txts.find((f) => f.startsWith('003_'))!;
    const meta = readReportMetadata(docOf(readFileSync(path.join(CORPUS, file), 'utf8')), file);
    expect(meta.number).toBeNull();
    expect(meta.number_symbol).toBe('BC-STTTT');
    expect(meta.date).toBeNull();
    expect(meta.province_source).toBe('place_date');
    expect(meta.title).toBe('Tổng kết công tác ngành Thông tin và Truyền thông năm 2023');
    expect(meta.signer).toBe('Nguyễn Xuân Sơn');
  });
});

// ---------------------------------------------------------------- invented reports

const meta = (text: string) => readReportMetadata(docOf(text), 'invented.txt');

describe('readReportMetadata on invented reports', () => {
  it('a Sở TTTT Đắk Lắk report, 9 tháng đầu năm 2021, header in two columns', () => {
    const m = meta(
      [
        'UBND TỈNH ĐẮK LẮK\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG\tĐộc lập - Tự do - Hạnh phúc',
        '',
        'Số: 1234/BC-STTTT\tBuôn Ma Thuột, ngày 28 tháng 9 năm 2021',
        '',
        'BÁO CÁO',
        'Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2021',
        'và phương hướng nhiệm vụ quý IV/2021',
        '',
        'Trong 9 tháng đầu năm, Sở đã phối hợp với Cơ quan Đại diện của Bộ tại TP Đà Nẵng và Sở TTTT tỉnh Khánh Hòa.',
        '',
        'Trên đây là báo cáo của Sở Thông tin và Truyền thông./.',
        '',
        'Nơi nhận:\tKT. GIÁM ĐỐC',
        '- Như trên;\tPHÓ GIÁM ĐỐC',
        '- Lưu: VT.',
        '',
        '\tĐào Xuân Kỳ',
      ].join('\n'),
    );
    expect([m.province, m.province_code, m.province_2025, m.province_source]).toEqual(['Đắk Lắk', '66', 'Đắk Lắk', 'place_date']);
    expect(m.period).toEqual({ start: '2021-01-01', end: '2021-09-30', label: '9 tháng đầu năm 2021' });
    expect(m.title).toBe('Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2021 và phương hướng nhiệm vụ quý IV/2021');
    expect(m.issuer).toBe('Sở Thông tin và Truyền thông');
    expect(m.number).toBe('1234/BC-STTTT');
    expect(m.number_symbol).toBe('BC-STTTT');
    expect(m.date).toBe('2021-09-28');
    expect(m.signer).toBe('Đào Xuân Kỳ');
  });

  it('a Ban Chỉ đạo chuyển đổi số report for quý II/2024, province only in the issuer block', () => {
    const m = meta(
      [
        '**BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ**',
        '**TỈNH QUẢNG NAM**',
        '',
        'Số: 15/BC-BCĐ',
        '',
        '**BÁO CÁO**',
        '',
        '**Tình hình triển khai chuyển đổi số quý II/2024**',
        '',
        'Thực hiện Kế hoạch số 45/KH-BCĐ năm 2023, Ban Chỉ đạo báo cáo như sau:',
        '',
        'Đã tổ chức hội nghị tại thành phố Hồ Chí Minh và Hà Nội.',
        '',
        '**TRƯỞNG BAN**',
        '',
        'Lê Văn Dũng',
      ].join('\n'),
    );
    expect([m.province, m.province_code, m.province_2025, m.province_source]).toEqual(['Quảng Nam', '49', 'Đà Nẵng', 'header']);
    expect(m.period).toEqual({ start: '2024-04-01', end: '2024-06-30', label: 'quý II/2024' });
    expect(m.issuer).toBe('Ban Chỉ đạo chuyển đổi số');
    expect(m.number).toBe('15/BC-BCĐ');
    expect(m.date).toBeNull();
    expect(m.signer).toBe('Lê Văn Dũng');
  });

  it('a number typed with wide spaces around it ("Số:   45 /BC-STTTT")', () => {
    const m = meta(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH ĐỒNG THÁP',
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        'Số:   45 /BC-STTTT',
        'Đồng Tháp, ngày  05  tháng 4 năm 2024',
        '',
        'BÁO CÁO',
        'Tình hình hoạt động thông tin và truyền thông quý I/2024',
      ].join('\n'),
    );
    expect([m.province, m.number, m.date]).toEqual(['Đồng Tháp', '45/BC-STTTT', '2024-04-05']);
    expect(m.period).toEqual({ start: '2024-01-01', end: '2024-03-31', label: 'quý I/2024' });
  });

  it('a TP. Hồ Chí Minh report dated 05/7/2024 for 6 tháng đầu năm … 2024', () => {
    const m = meta(
      [
        'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'THÀNH PHỐ HỒ CHÍ MINH\tĐộc lập - Tự do - Hạnh phúc',
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        'Số: 88/BC-STTTT\tTP. Hồ Chí Minh, ngày 05 tháng 7 năm 2024',
        '',
        'BÁO CÁO',
        'Sơ kết công tác 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024',
        '',
        'Trong 6 tháng đầu năm 2024, Sở đã làm việc với tỉnh Bình Dương.',
      ].join('\n'),
    );
    expect([m.province, m.province_code, m.province_2025]).toEqual(['Hồ Chí Minh', '79', 'Hồ Chí Minh']);
    expect(m.period).toEqual({ start: '2024-01-01', end: '2024-06-30', label: '6 tháng đầu năm' });
    expect(m.date).toBe('2024-07-05');
    expect(m.issuer).toBe('Sở Thông tin và Truyền thông');
    expect(m.number).toBe('88/BC-STTTT');
  });

  it('a text that names other provinces only in passing gives the tied one', () => {
    const m = meta(
      [
        'BÁO CÁO',
        'Tổng kết công tác năm 2022',
        '',
        'Sở đã tham dự hội nghị tại TP Đà Nẵng, tại thành phố Hồ Chí Minh và Hà Nội; Cơ quan Đại diện của Bộ tại TP Đà Nẵng đã hướng dẫn.',
        'Tổ chức Hội chợ tại thành phố Hồ Chí Minh. Hà Nội, Đà Nẵng, Cần Thơ cùng tham gia.',
        'Trên địa bàn tỉnh Hà Tĩnh có 1.200 trạm BTS.',
      ].join('\n'),
    );
    expect([m.province, m.province_code, m.province_source]).toEqual(['Hà Tĩnh', '42', 'text']);
    expect(m.period).toEqual({ start: '2022-01-01', end: '2022-12-31', label: 'năm 2022' });
  });

  it('names no province when the text only mentions others in passing', () => {
    const m = meta(
      [
        'BÁO CÁO',
        'Tình hình tháng 3/2023',
        '',
        'Cơ quan Đại diện của Bộ tại TP Đà Nẵng đã làm việc với Sở; hội nghị tại thành phố Hồ Chí Minh và Hà Nội.',
      ].join('\n'),
    );
    expect(m.province).toBeNull();
    expect(m.province_code).toBeNull();
    expect(m.period).toEqual({ start: '2023-03-01', end: '2023-03-31', label: 'tháng 3/2023' });
  });

  it('takes the period from the opening text when the title has none, and the province from the closing', () => {
    const m = meta(
      [
        'BÁO CÁO',
        'Kết quả chuyển đổi số',
        '',
        'Căn cứ Nghị quyết số 09-NQ/TU năm 2021, Tính đến ngày 30/6/2023 toàn tỉnh có 100 trạm. Trong quý II năm 2023, ...',
        '',
        'Trên đây là báo cáo của Sở Thông tin và Truyền thông tỉnh Bến Tre./.',
      ].join('\n'),
    );
    expect([m.province, m.province_source]).toEqual(['Bến Tre', 'closing']);
    expect(m.issuer).toBe('Sở Thông tin và Truyền thông');
    expect(m.period).toEqual({ start: '2023-04-01', end: '2023-06-30', label: 'quý II năm 2023' });
  });
});

describe('readReportMetadata: layout variants', () => {
  it('reads a title on the BÁO CÁO line and a written-out date', () => {
    const m = meta(
      [
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH KHÁNH HOÀ',
        'Khánh Hoà, ngày 3/10/2022',
        'BÁO CÁO Kết quả công tác quý III/2022',
        '',
        'Nội dung.',
      ].join('\n'),
    );
    expect([m.province, m.province_code]).toEqual(['Khánh Hòa', '56']);
    expect(m.title).toBe('Kết quả công tác quý III/2022');
    expect(m.period).toEqual({ start: '2022-07-01', end: '2022-09-30', label: 'quý III/2022' });
    expect(m.date).toBe('2022-10-03');
  });

  it('leaves everything null for a text without any of the marks', () => {
    const m = meta('Một đoạn văn không có tiêu đề, không có tỉnh, không có kỳ báo cáo.');
    expect(m).toMatchObject({ province: null, period: null, title: null, issuer: null, number: null, date: null, signer: null });
  });
});
