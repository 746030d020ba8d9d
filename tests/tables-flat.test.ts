// Tables pasted as text (yearbooks, plans and theses copied into portals): one value per line, or
// one paragraph, become table blocks whose cells quote the text; their facts come from the table
// readers only. Texts below are written for these tests in the shapes such pastes take.
import { describe, expect, it } from '@jest/globals';
import { deflateRawSync } from 'node:zlib';
import { extractTxt } from '../extractors/txt.js';
import { extractBytes } from '../extractors/index.js';
import { placeValues, segmentHeads, withFlatTables } from '../extractors/flat-tables.js';
import { txtBlocks } from '../extractors/txt.js';
import { prng } from './seeded.js';
import { tokenize } from '../extractors/flat-tokens.js';
import { extractFacts } from '../src/engine/index.js';
import { logicalParagraphs } from '../src/engine/segments.js';
import type { Block, TextDocument } from '../src/model.js';
import type { Period } from '../src/numbers/types.js';

const year = (y: number): Period => ({ start: `${y}-01-01`, end: `${y}-12-31`, label: `năm ${y}` });
const read = (text: string) => extractTxt(new TextEncoder().encode(text), 'bang.txt');
const tables = (doc: TextDocument) => doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const cells = (doc: TextDocument) => tables(doc).map((t) => t.rows.map((r) => r.cells.map((c) => doc.text.slice(c.start, c.end))));
/** Facts as "metric dims value period", the period "-" when it is the report's. */
const facts = (doc: TextDocument, period: Period | null) =>
  extractFacts(doc, { period })
    .map((f) => `${f.metric} ${JSON.stringify(f.dims)} ${f.value} ${f.period ? f.period.start.slice(0, 4) : '-'}`)
    .sort();

const ONE_PER_LINE = [
  'Bảng 3. Thuê bao điện thoại cố định giai đoạn 2018 - 2021',
  'Năm',
  'Số thuê bao cố định',
  'Mật độ (thuê bao/100 dân)',
  '2018',
  '21.345',
  '4,12',
  '2019',
  '20.870',
  '4,01',
  '2020',
  '19.932',
  '3,80',
  '2021',
  '18.455',
  '3,49',
  'Nguồn: Niên giám thống kê tỉnh.',
];

const FIXED_PHONES = [
  'subs.phone {"kind":"fixed"} 21345 2018',
  'subs.phone {"kind":"fixed"} 20870 2019',
  'subs.phone {"kind":"fixed"} 19932 2020',
  'subs.phone {"kind":"fixed"} 18455 -',
  'subs.phone_density {"kind":"fixed"} 4.12 2018',
  'subs.phone_density {"kind":"fixed"} 4.01 2019',
  'subs.phone_density {"kind":"fixed"} 3.8 2020',
  'subs.phone_density {"kind":"fixed"} 3.49 -',
].sort();

describe('a table pasted one value per line', () => {
  it('reads heads, then a row per year; each row has its year, the report’s own year none', () => {
    for (const text of [ONE_PER_LINE.join('\n'), ONE_PER_LINE.join('\n\n'), ONE_PER_LINE.join('\r\n')]) {
      const doc = read(text);
      expect(cells(doc)).toEqual([
        [
          ['Năm', 'Số thuê bao cố định', 'Mật độ (thuê bao/100 dân)'],
          ['2018', '21.345', '4,12'],
          ['2019', '20.870', '4,01'],
          ['2020', '19.932', '3,80'],
          ['2021', '18.455', '3,49'],
        ],
      ]);
      // The caption stays a block of its own, and so does the source line after the table.
      const caption = doc.blocks.find((b) => b.kind !== 'table' && doc.text.slice(b.start, b.end).startsWith('Bảng 3.'));
      expect(caption && doc.text.slice(caption.start, caption.end)).toBe('Bảng 3. Thuê bao điện thoại cố định giai đoạn 2018 - 2021');
      expect(doc.blocks.some((b) => b.kind !== 'table' && doc.text.slice(b.start, b.end) === 'Nguồn: Niên giám thống kê tỉnh.')).toBe(true);
      expect(facts(doc, year(2021))).toEqual(FIXED_PHONES);
    }
  });

  it('keeps the caption from running into the text after the table', () => {
    const doc = read(`${ONE_PER_LINE.slice(0, -1).join('\n')}\nĐến cuối năm 2021, toàn tỉnh có 18.455 thuê bao cố định.`);
    const caption = doc.blocks.find((b) => doc.text.slice(b.start, b.end).startsWith('Bảng 3.'));
    expect(caption?.kind).toBe('heading');
    expect(logicalParagraphs(doc).map((p) => p.text)).toContain('Đến cuối năm 2021, toàn tỉnh có 18.455 thuê bao cố định.');
  });

  it('quotes a row from its year to the value, across lines', () => {
    const doc = read(ONE_PER_LINE.join('\n'));
    const density = extractFacts(doc, { period: year(2021) }).find((f) => f.value === 4.01);
    expect(density && doc.text.slice(density.quoteSpan.start, density.quoteSpan.end)).toBe('2019\n20.870\n4,01');
    expect(density?.rule).toBe('subs/table-period-row');
  });
});

const ONE_PARAGRAPH =
  'Bảng 5. Thuê bao internet thời kỳ 2016 - 2020 Năm Tốc độ tăng Số thuê bao internet Mật độ (thuê bao/100 dân) ' +
  '2016 45.120 5,02 2017 112,3 % 50.670 5,61 2018 110,8 % 56.140 6,18 2019 109,5% 61.470 6,71 2020 111,2 % 68.350 7,40';

describe('a table flattened into one paragraph', () => {
  it('places a first row that lacks the growth rate by the kinds of its values', () => {
    const doc = read(`Hạ tầng internet\n\n${ONE_PARAGRAPH}\n\nĐến nay, hạ tầng đã phủ khắp các xã.`);
    const [table] = cells(doc);
    expect(table[0]).toEqual(['Năm', 'Tốc độ tăng', 'Số thuê bao internet', 'Mật độ (thuê bao/100 dân)']);
    expect(table[1]).toEqual(['2016', '', '45.120', '5,02']);
    expect(table[2]).toEqual(['2017', '112,3 %', '50.670', '5,61']);
    expect(table[4]).toEqual(['2019', '109,5%', '61.470', '6,71']);
  });

  it('gives counts and densities per year, nothing for the growth rates, and no sentence figures', () => {
    const doc = read(`Hạ tầng internet\n\n${ONE_PARAGRAPH}`);
    const got = extractFacts(doc, { period: year(2020) });
    expect(got.every((f) => f.rule === 'subs/table-period-row')).toBe(true);
    expect(facts(doc, year(2020))).toEqual(
      [
        'subs.broadband {} 45120 2016',
        'subs.broadband {} 50670 2017',
        'subs.broadband {} 56140 2018',
        'subs.broadband {} 61470 2019',
        'subs.broadband {} 68350 -',
        'subs.broadband_density {} 5.02 2016',
        'subs.broadband_density {} 5.61 2017',
        'subs.broadband_density {} 6.18 2018',
        'subs.broadband_density {} 6.71 2019',
        'subs.broadband_density {} 7.4 -',
      ].sort(),
    );
  });

  it('reads the same paragraph in a DOCX', async () => {
    const doc = await extractBytes(docxOf(['Hạ tầng internet', ONE_PARAGRAPH]), 'bang.docx');
    expect(cells(doc)[0][2]).toEqual(['2017', '112,3 %', '50.670', '5,61']);
    expect(facts(doc, year(2020))).toContain('subs.broadband_density {} 6.18 2018');
  });

  it('leaves a row it cannot place empty rather than guess', () => {
    // Two columns of counts: a row with one count could be either.
    const doc = read('Năm Số thuê bao cố định Số thuê bao di động 2019 21.000 2020 20.500 690.000 2021 20.100 720.000');
    expect(cells(doc)[0][1]).toEqual(['2019', '', '']);
    expect(facts(doc, year(2021))).toEqual(
      ['subs.phone {"kind":"fixed"} 20500 2020', 'subs.phone {"kind":"fixed"} 20100 -', 'subs.phone {"kind":"mobile"} 690000 2020', 'subs.phone {"kind":"mobile"} 720000 -'].sort(),
    );
  });

  it('names a bare "Mật độ" or "Số thuê bao" head by the caption, and nothing when the caption names two things', () => {
    const bare = (caption: string) => read(`${caption}\nNăm Số thuê bao Mật độ (thuê bao/100 dân) 2020 1.380.000 92,4 2021 1.420.000 94,1`);
    expect(facts(bare('Bảng 2: Thuê bao điện thoại di động của tỉnh giai đoạn 2020-2021'), year(2021))).toEqual(
      ['subs.phone {"kind":"mobile"} 1380000 2020', 'subs.phone {"kind":"mobile"} 1420000 -', 'subs.phone_density {"kind":"mobile"} 92.4 2020', 'subs.phone_density {"kind":"mobile"} 94.1 -'].sort(),
    );
    expect(facts(bare('Bảng 2: Thuê bao điện thoại và internet giai đoạn 2020-2021'), year(2021))).toEqual([]);
    expect(facts(bare('Bảng 2: Thuê bao truyền hình trả tiền giai đoạn 2020-2021'), year(2021))).toEqual([]);
    // A head that names another thing is not completed by the caption.
    const other = read('Bảng 4. Thuê bao điện thoại cố định\nNăm Số tổng đài Số thuê bao cố định 2020 33 19.932 2021 31 18.455');
    expect(facts(other, year(2021))).toEqual(['subs.phone {"kind":"fixed"} 18455 -', 'subs.phone {"kind":"fixed"} 19932 2020']);
  });
});

const INDICATORS = [
  'Bảng 2. Một số chỉ tiêu viễn thông năm 2022 STT Chỉ tiêu ĐVT Toàn tỉnh Thành thị Nông thôn 1 Số trạm BTS Trạm 1.234 700 534 2 Thuê bao di',
  'động Thuê bao 456.789 300.000 156.789 3 Số thuê bao truyền hình trả tiền Thuê bao 23.456 20.000 3.456 4 Số doanh nghiệp cung cấp dịch vụ',
  'internet DN 4 4 3 5 Tuyến cáp quang Km 2.345 1.000 1.345 6 Số tổng đài Cái 12 -- -- 7 Mật độ thuê bao internet Thuê bao/100 dân 18,5 25,2 12,1',
  '',
  'Nguồn: Sở Thông tin và Truyền thông.',
].join('\n');

describe('a numbered indicator table flattened inline', () => {
  it('splits rows by their numbers, labels from units, and keeps a label broken over lines whole', () => {
    const [table] = cells(read(INDICATORS));
    expect(table[0]).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh', 'Thành thị', 'Nông thôn']);
    expect(table[1]).toEqual(['1', 'Số trạm BTS', 'Trạm', '1.234', '700', '534']);
    expect(table[2]).toEqual(['2', 'Thuê bao di\nđộng', 'Thuê bao', '456.789', '300.000', '156.789']);
    expect(table[4]).toEqual(['4', 'Số doanh nghiệp cung cấp dịch vụ\ninternet', 'DN', '4', '4', '3']);
    expect(table[6]).toEqual(['6', 'Số tổng đài', 'Cái', '12', '--', '--']);
    expect(table[7]).toEqual(['7', 'Mật độ thuê bao internet', 'Thuê bao/100 dân', '18,5', '25,2', '12,1']);
  });

  it('reads the whole province’s column; parts, pay TV, enterprises, exchanges and cables give nothing', () => {
    expect(facts(read(INDICATORS), year(2022))).toEqual(['bts.stations {} 1234 -', 'subs.broadband_density {} 18.5 -', 'subs.phone {"kind":"mobile"} 456789 -']);
  });

  it('reads years as column heads, each year its own period', () => {
    const doc = read('STT Chỉ tiêu ĐVT 2020 2021 2022 1 Số trạm BTS Trạm 1.100 1.180 1.234 2 Số thuê bao internet băng rộng cố định Thuê bao 60.120 66.480 71.900');
    expect(cells(doc)[0][0]).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', '2020', '2021', '2022']);
    expect(facts(doc, year(2022))).toEqual(
      [
        'bts.stations {} 1100 2020',
        'bts.stations {} 1180 2021',
        'bts.stations {} 1234 -',
        'subs.broadband {"kind":"fixed"} 60120 2020',
        'subs.broadband {"kind":"fixed"} 66480 2021',
        'subs.broadband {"kind":"fixed"} 71900 -',
      ].sort(),
    );
  });

  it('reads the same table pasted one cell per line', () => {
    const lines = ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh', 'Thành thị', '1', 'Số trạm BTS', 'Trạm', '1.234', '700', '2', 'Số thuê bao di động', 'Thuê bao', '456.789', '300.000'];
    const doc = read(lines.join('\n'));
    expect(cells(doc)[0]).toEqual([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh', 'Thành thị'],
      ['1', 'Số trạm BTS', 'Trạm', '1.234', '700'],
      ['2', 'Số thuê bao di động', 'Thuê bao', '456.789', '300.000'],
    ]);
    expect(facts(doc, year(2022))).toEqual(['bts.stations {} 1234 -', 'subs.phone {"kind":"mobile"} 456789 -']);
  });

  it('follows groups numbered I, II whose rows are numbered from 1 again', () => {
    const doc = read(
      'STT Chỉ tiêu ĐVT Năm 2022 I Bưu chính 1 Số điểm phục vụ bưu chính Điểm 120 2 Số doanh nghiệp bưu chính DN 9 II Viễn thông 1 Số trạm BTS Trạm 1.234 2 Số thuê bao di động Thuê bao 456.789',
    );
    expect(cells(doc)[0].map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'STT Chỉ tiêu',
      'I Bưu chính',
      '1 Số điểm phục vụ bưu chính',
      '2 Số doanh nghiệp bưu chính',
      'II Viễn thông',
      '1 Số trạm BTS',
      '2 Số thuê bao di động',
    ]);
    expect(facts(doc, year(2022))).toEqual(['bts.stations {} 1234 -', 'subs.phone {"kind":"mobile"} 456789 -']);
  });

  it('reads numbered rows of units and levels under heads that name metrics', () => {
    const doc = read(
      'Bảng 2. Tỷ lệ văn bản đi được ký số STT Đơn vị Số văn bản đi Tỷ lệ ký số (%) 1 Sở Tư pháp 1.234 98,5 2 UBND huyện Ninh Sơn 2.345 95,2 3 Cấp xã 3.456 90,1\nCác đơn vị còn lại chưa báo cáo.',
    );
    expect(cells(doc)[0]).toEqual([
      ['STT', 'Đơn vị', 'Số văn bản đi', 'Tỷ lệ ký số (%)'],
      ['1', 'Sở Tư pháp', '1.234', '98,5'],
      ['2', 'UBND huyện Ninh Sơn', '2.345', '95,2'],
      ['3', 'Cấp xã', '3.456', '90,1'],
    ]);
    expect(facts(doc, year(2023))).toEqual(
      ['edoc.outgoing {"level":"commune"} 3456 -', 'esign.rate {"entity":"Sở Tư pháp"} 98.5 -', 'esign.rate {"entity":"UBND huyện Ninh Sơn"} 95.2 -', 'esign.rate {"level":"commune"} 90.1 -'].sort(),
    );
  });

  it('gives nothing for counts written in thousands', () => {
    const doc = read('STT Chỉ tiêu ĐVT 2021 2022 1 Số thuê bao điện thoại di động Nghìn thuê bao 1.120 1.180 2 Số trạm BTS Trạm 1.100 1.234');
    expect(cells(doc)[0][1]).toEqual(['1', 'Số thuê bao điện thoại di động', 'Nghìn thuê bao', '1.120', '1.180']);
    expect(facts(doc, year(2022))).toEqual(['bts.stations {} 1100 2021', 'bts.stations {} 1234 -']);
    const years = read('Năm Số thuê bao di động (nghìn thuê bao) Mật độ điện thoại (thuê bao/100 dân) 2021 1.120 92,1 2022 1.180 95,3');
    expect(facts(years, year(2022))).toEqual(['subs.phone_density {} 92.1 2021', 'subs.phone_density {} 95.3 -']);
    // The unit stated over the whole table.
    const over = (unit: string) => read(`Bảng 1. Thuê bao di động\n${unit}\nNăm Số thuê bao di động Số trạm BTS 2021 1.120 1.100 2022 1.180 1.234`);
    expect(facts(over('Đơn vị tính: Nghìn thuê bao'), year(2022))).toEqual([]);
    expect(facts(over('ĐVT: 1.000 thuê bao'), year(2022))).toEqual([]);
    expect(facts(over('Đơn vị tính: Thuê bao'), year(2022))).toEqual(
      ['bts.stations {} 1100 2021', 'bts.stations {} 1234 -', 'subs.phone {"kind":"mobile"} 1120 2021', 'subs.phone {"kind":"mobile"} 1180 -'].sort(),
    );
  });

  it('follows numbers of sub-rows ("1", "1.1", "1.2", "2")', () => {
    const doc = read('STT Chỉ tiêu ĐVT Cả tỉnh 1 Hạ tầng trạm phát sóng 1.1 Số trạm BTS Trạm 1.234 1.2 Số trạm 5G Trạm 85 2 Số thuê bao di động Thuê bao 456.789');
    expect(cells(doc)[0].map((r) => r[1])).toEqual(['Chỉ tiêu', 'Hạ tầng trạm phát sóng', 'Số trạm BTS', 'Số trạm 5G', 'Số thuê bao di động']);
    expect(facts(doc, year(2022))).toEqual(['bts.stations {"tech":"5G"} 85 -', 'bts.stations {} 1234 -', 'subs.phone {"kind":"mobile"} 456789 -']);
  });
});

describe('an indicator table with a column per year, rows not numbered', () => {
  it('reads each row as its label and one value per year', () => {
    const doc = read(
      'Bảng 1. Hạ tầng viễn thông qua các năm\nChỉ tiêu ĐVT 2019 2020 Ước 2021 Số trạm BTS Trạm 1.050 1.120 1.180 Số thuê bao di động Thuê bao 980.000 1.020.000 1.050.000 ' +
        'Số điểm phục vụ bưu chính Điểm 120 121 121\nCác chỉ tiêu trên đều đạt kế hoạch.',
    );
    expect(cells(doc)[0]).toEqual([
      ['Chỉ tiêu', 'ĐVT', '2019', '2020', 'Ước 2021'],
      ['Số trạm BTS', 'Trạm', '1.050', '1.120', '1.180'],
      ['Số thuê bao di động', 'Thuê bao', '980.000', '1.020.000', '1.050.000'],
      ['Số điểm phục vụ bưu chính', 'Điểm', '120', '121', '121'],
    ]);
    const got = extractFacts(doc, { period: year(2021) }).map((f) => `${f.metric} ${f.value} ${f.basis} ${f.period ? f.period.start.slice(0, 4) : '-'}`);
    expect(got.sort()).toEqual(
      ['bts.stations 1050 actual 2019', 'bts.stations 1120 actual 2020', 'bts.stations 1180 estimate -', 'subs.phone 980000 actual 2019', 'subs.phone 1020000 actual 2020', 'subs.phone 1050000 estimate -'].sort(),
    );
  });

  it('stops at a row with another number of values', () => {
    const doc = read('Chỉ tiêu 2020 2021 Số trạm BTS 1.120 1.180 Số thuê bao di động 1.020.000 1.050.000 Tổng cộng có 3 nhà mạng 4 5 6 7');
    expect(cells(doc)[0].map((r) => r[0])).toEqual(['Chỉ tiêu', 'Số trạm BTS', 'Số thuê bao di động']);
  });
});

describe('numbers that are no table stay prose', () => {
  it.each([
    // A paragraph with several figures by year.
    'Năm 2019 toàn tỉnh có 1.120 trạm BTS, năm 2020 có 1.180 trạm; 2021 1.234 trạm và 2022 1.300 trạm.',
    // Years and values without a "Năm" head: nothing says what the values are.
    'Số hồ sơ tiếp nhận qua các năm 2019 12.345 2020 15.678 2021 18.900 cho thấy xu hướng tăng.',
    // A list of years under a head: its "values" are years too.
    'Năm\nSự kiện\n2018\n2019\n2020\n2021',
    // Hotlines that start like years.
    'Năm nay người dân gọi tổng đài 1900 1234 56 hoặc 1900 5678 90 để được hỗ trợ.',
    // Column names mentioned in a sentence.
    'Biểu mẫu gồm các cột STT Chỉ tiêu Đơn vị tính và Giá trị theo Phụ lục 1 kèm theo Kế hoạch 2 năm.',
    // Numbered heads whose rows are not numbered in turn.
    'STT Chỉ tiêu ĐVT Cả tỉnh 1 Số trạm BTS Trạm 1.234 3 Số thuê bao di động Thuê bao 456.789',
    // "Năm" starting a sentence, not a head.
    'Năm nay số thuê bao và mật độ 2019 21.345 4,12 2020 20.870 4,01 đều giảm.',
    // A sentence about targets by year.
    'Chỉ tiêu năm 2020 và 2021 là 1.200 trạm BTS, năm 2022 là 1.300 trạm.',
    'Nội dung 2021 2022 Kế hoạch được giao đã hoàn thành 12 nhiệm vụ.',
    // Heads that do not fit the rows: three values a row under two heads.
    'Năm Số thuê bao Mật độ 2019 21.345 4,12 7 2020 20.870 4,01 8',
  ])('%s', (text) => {
    const doc = read(text);
    expect(tables(doc)).toEqual([]);
  });

  it('keeps the prose reading of a paragraph with figures by year', () => {
    const text = 'Năm 2019 toàn tỉnh có 1.120 trạm BTS; năm 2020 có 1.180 trạm BTS.';
    expect(facts(read(text), year(2020))).toEqual(facts(read(`${text}\n`), year(2020)));
    expect(facts(read(text), year(2020)).length).toBeGreaterThan(0);
  });
});

describe('pieces', () => {
  it('tokenizes brackets, percent signs and numbers inside phrases', () => {
    const text = 'Mật độ (số thuê bao/ 100 dân) 2002 108,04 % 12.577\ncó 3 mạng 9,31.';
    expect(tokenize(text, 0, text.length).map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:Mật',
      'word:độ',
      'word:(số thuê bao/ 100 dân)',
      'num:2002',
      'num:108,04 %',
      'num:12.577',
      'word:có',
      'word:3',
      'word:mạng',
      'num:9,31',
    ]);
  });

  it('cuts heads one per line, else at words in title case, keeping names and capitals inside', () => {
    const heads = (text: string, want: number) => {
      const toks = tokenize(text, 0, text.length);
      return segmentHeads(toks, want)?.map((h) => h.map((t) => t.text).join(' ')) ?? null;
    };
    expect(heads('Tốc độ tăng Số thuê bao Internet Mật độ (thuê bao/100 dân)', 3)).toEqual(['Tốc độ tăng', 'Số thuê bao Internet', 'Mật độ (thuê bao/100 dân)']);
    expect(heads('Số trạm BTS Số trạm 4G', 2)).toEqual(['Số trạm BTS', 'Số trạm 4G']);
    expect(heads('Số thuê bao\ncố định\nMật độ', 3)).toEqual(['Số thuê bao', 'cố định', 'Mật độ']);
    expect(heads('2019 2020 Ước 2021', 3)).toEqual(['2019', '2020', 'Ước 2021']);
    expect(heads('Số thuê bao Mật độ', 3)).toBeNull();
  });

  it('places values by kind, and refuses to choose between equal placements', () => {
    const toks = (s: string) => tokenize(s, 0, s.length);
    const kinds = [new Set(['pct' as const]), new Set(['int' as const]), new Set(['dec' as const])];
    expect(placeValues(toks('11.641 3,44'), kinds, [true, false, false])).toEqual([1, 2]);
    expect(placeValues(toks('112,3% 11.641'), kinds, [true, false, false])).toEqual([0, 1]);
    expect(placeValues(toks('3,44'), kinds, [true, false, false])).toEqual([2]);
    // A count under two columns of counts: only leaving out the growth column would settle it.
    const two = [new Set(['pct' as const]), new Set(['int' as const]), new Set(['int' as const])];
    expect(placeValues(toks('11.641'), two, [true, false, false])).toBeNull();
    const counts = [new Set(['int' as const]), new Set(['int' as const])];
    expect(placeValues(toks('21.000'), counts, [false, false])).toBeNull();
  });
});

describe('on random tables, cut up and disturbed', () => {
  const HEADS = ['Số thuê bao', 'Mật độ (thuê bao/100 dân)', 'Tốc độ tăng (%)', 'Số trạm BTS', 'Cả tỉnh', 'Thành thị', 'Số vị trí'];
  const LABELS = ['Số trạm BTS', 'Thuê bao di\nđộng', 'Số tổng đài', 'Tuyến cáp quang'];
  const NOISE = ['năm', 'Năm', '7', '2.019', '--', '%', '(', 'Nguồn:', '1', 'STT'];
  const VALUE = /^(?:[\d.,]+\s*%?|-{1,3}|)$/;

  function randomTable(rnd: () => number): string {
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const k = 1 + Math.floor(rnd() * 3);
    const value = () => pick(['12.345', '4,12', '108,5 %', '700', '--', '1.234.567', '0,9']);
    const parts: string[] = [pick(['Bảng 1. Thuê bao di động', 'Theo số liệu thống kê', ''])];
    const numbered = rnd() < 0.5;
    parts.push(numbered ? 'STT Chỉ tiêu ĐVT' : 'Năm');
    for (let c = 0; c < k; c++) parts.push(pick(HEADS));
    const rows = 2 + Math.floor(rnd() * 4);
    for (let r = 0; r < rows; r++) {
      parts.push(numbered ? `${r + 1} ${pick(LABELS)} ${pick(['Trạm', 'Thuê bao', 'Km'])}` : String(2015 + r));
      for (let c = 0; c < k; c++) if (rnd() > 0.1) parts.push(value());
      if (rnd() < 0.1) parts.push(pick(NOISE));
    }
    parts.push(pick(['Nguồn: Cục Thống kê.', '', '9 xã chưa có sóng.']));
    return parts.map((p) => p + pick([' ', ' ', '\n', '\n\n'])).join('');
  }

  it('keeps blocks in order and apart, every cell inside its row, and only numbers in value cells', () => {
    const rnd = prng(14);
    let tablesSeen = 0;
    for (let n = 0; n < 300; n++) {
      const text = randomTable(rnd);
      const blocks = withFlatTables(text, txtBlocks(text));
      let end = 0;
      for (const b of blocks) {
        expect(b.start).toBeGreaterThanOrEqual(end);
        expect(b.end).toBeGreaterThan(b.start);
        end = b.end;
        if (b.kind !== 'table') continue;
        tablesSeen++;
        const first = b.rows[0];
        const lead = text.slice(first.cells[0].start, first.cells[0].end) === 'STT' ? 3 : 1;
        let rowEnd = b.start;
        for (const r of b.rows) {
          expect(r.start).toBeGreaterThanOrEqual(rowEnd);
          expect(r.cells.length).toBe(first.cells.length);
          let cellEnd = r.start;
          r.cells.forEach((c, i) => {
            expect(c.start).toBeGreaterThanOrEqual(cellEnd);
            expect(c.end).toBeGreaterThanOrEqual(c.start);
            if (r !== first && i >= lead) expect(text.slice(c.start, c.end)).toMatch(VALUE);
            cellEnd = c.end;
          });
          expect(r.end).toBeGreaterThanOrEqual(cellEnd);
          rowEnd = r.end;
        }
        expect(b.end).toBe(rowEnd);
      }
    }
    // Most of them are read as tables, so the checks above are exercised.
    expect(tablesSeen).toBeGreaterThan(100);
  });
});

/** A DOCX holding one paragraph per string. */
function docxOf(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipOf([{ name: 'word/document.xml', data: Buffer.from(xml) }]);
}

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    let c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const comp = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, comp);
    centrals.push(central, name);
    offset += local.length + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}
