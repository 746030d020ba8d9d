import { describe, it, expect } from '@jest/globals';
import { findPeriods, parsePeriod, readPeriod, periodWithin } from '../src/numbers/periods.js';
import type { Period } from '../src/numbers/types.js';

type Row = [phrase: string, start: string, end: string, label: string, asOf?: boolean];

// Phrases as they are written in the reports, with the window each one means.
const WITH_YEAR: Row[] = [
  ['6 tháng đầu năm 2023', '2023-01-01', '2023-06-30', '6 tháng đầu năm 2023'],
  ['6 tháng cuối năm 2024', '2024-07-01', '2024-12-31', '6 tháng cuối năm 2024'],
  ['9 tháng đầu năm 2021', '2021-01-01', '2021-09-30', '9 tháng đầu năm 2021'],
  ['9 tháng năm 2021', '2021-01-01', '2021-09-30', '9 tháng năm 2021'],
  ['sáu tháng đầu năm 2022', '2022-01-01', '2022-06-30', 'sáu tháng đầu năm 2022'],
  ['3 tháng cuối năm 2020', '2020-10-01', '2020-12-31', '3 tháng cuối năm 2020'],
  ['Trong 6 tháng đầu năm 2023, đã', '2023-01-01', '2023-06-30', '6 tháng đầu năm 2023'],
  ['tháng 4/2023', '2023-04-01', '2023-04-30', 'tháng 4/2023'],
  ['tháng 4 năm 2023', '2023-04-01', '2023-04-30', 'tháng 4 năm 2023'],
  ['tháng 12/2022', '2022-12-01', '2022-12-31', 'tháng 12/2022'],
  ['Tháng 01/2023', '2023-01-01', '2023-01-31', 'Tháng 01/2023'],
  ['THÁNG 4/2023', '2023-04-01', '2023-04-30', 'THÁNG 4/2023'],
  ['tháng 2/2024', '2024-02-01', '2024-02-29', 'tháng 2/2024'],
  ['tháng 2/2023', '2023-02-01', '2023-02-28', 'tháng 2/2023'],
  ['năm 2023', '2023-01-01', '2023-12-31', 'năm 2023'],
  ['NĂM 2023', '2023-01-01', '2023-12-31', 'NĂM 2023'],
  ['Quý I/2023', '2023-01-01', '2023-03-31', 'Quý I/2023'],
  ['quý IV/2021', '2021-10-01', '2021-12-31', 'quý IV/2021'],
  ['quý II năm 2023', '2023-04-01', '2023-06-30', 'quý II năm 2023'],
  ['QUÝ III/2022', '2022-07-01', '2022-09-30', 'QUÝ III/2022'],
  ['quý 2/2024', '2024-04-01', '2024-06-30', 'quý 2/2024'],
  ['từ ngày 01/01/2023 đến 25/5/2023', '2023-01-01', '2023-05-25', 'từ ngày 01/01/2023 đến 25/5/2023'],
  ['Từ ngày 01/01/2023 đến ngày 13/4/2023', '2023-01-01', '2023-04-13', 'Từ ngày 01/01/2023 đến ngày 13/4/2023'],
  ['Tính từ ngày 01/01/2023 đến ngày 25/5/2023', '2023-01-01', '2023-05-25', 'Tính từ ngày 01/01/2023 đến ngày 25/5/2023'],
  ['từ ngày 1/1/2023 đến ngày 5/5/2023', '2023-01-01', '2023-05-05', 'từ ngày 1/1/2023 đến ngày 5/5/2023'],
  ['từ ngày 01/01 đến ngày 25/5/2023', '2023-01-01', '2023-05-25', 'từ ngày 01/01 đến ngày 25/5/2023'],
  ['từ 15/12/2022 - 14/6/2023', '2022-12-15', '2023-06-14', 'từ 15/12/2022 - 14/6/2023'],
  ['từ ngày 11 – 15/11/2023', '2023-11-11', '2023-11-15', 'từ ngày 11 – 15/11/2023'],
  ['từ tháng 1 đến tháng 4/2023', '2023-01-01', '2023-04-30', 'từ tháng 1 đến tháng 4/2023'],
  ['từ ngày 01 tháng 01 năm 2023 đến ngày 31 tháng 3 năm 2023', '2023-01-01', '2023-03-31', 'từ ngày 01 tháng 01 năm 2023 đến ngày 31 tháng 3 năm 2023'],
  ['tính đến ngày 25/5/2023', '2023-01-01', '2023-05-25', 'tính đến ngày 25/5/2023', true],
  ['Tính đến ngày 25/5/2023', '2023-01-01', '2023-05-25', 'Tính đến ngày 25/5/2023', true],
  ['đến ngày 31/12/2023', '2023-01-01', '2023-12-31', 'đến ngày 31/12/2023', true],
  ['tính đến hết tháng 4/2023', '2023-01-01', '2023-04-30', 'tính đến hết tháng 4/2023', true],
  ['tính đến hết năm 2022', '2022-01-01', '2022-12-31', 'tính đến hết năm 2022', true],
  ['giai đoạn 2021 - 2025', '2021-01-01', '2025-12-31', 'giai đoạn 2021 - 2025'],
  ['giai đoạn 2021-2025', '2021-01-01', '2025-12-31', 'giai đoạn 2021-2025'],
];

// Phrases without a year, read with the report's year (2023) or period (April 2023).
const APRIL: Period = { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' };
const Q2: Period = { start: '2023-04-01', end: '2023-06-30', label: 'quý II/2023' };
const RELATIVE: [phrase: string, opts: { reportYear?: number; reportPeriod?: Period }, start: string, end: string][] = [
  ['6 tháng đầu năm', { reportYear: 2023 }, '2023-01-01', '2023-06-30'],
  ['Trong 6 tháng đầu năm, Sở', { reportYear: 2023 }, '2023-01-01', '2023-06-30'],
  ['6 tháng cuối năm', { reportYear: 2024 }, '2024-07-01', '2024-12-31'],
  ['trong tháng', { reportPeriod: APRIL }, '2023-04-01', '2023-04-30'],
  ['Trong năm đã tiếp nhận', { reportYear: 2023 }, '2023-01-01', '2023-12-31'],
  ['trong quý', { reportPeriod: Q2 }, '2023-04-01', '2023-06-30'],
  ['kinh tế - xã hội tháng 3, quý I và', { reportYear: 2023 }, '2023-03-01', '2023-03-31'],
  ['quý II', { reportYear: 2024 }, '2024-04-01', '2024-06-30'],
  ['9 tháng đầu năm', { reportPeriod: Q2 }, '2023-01-01', '2023-09-30'],
];

describe('parsePeriod: phrases with a year', () => {
  // Rows of one length: jest passes a callback in place of a missing last column.
  it.each(WITH_YEAR.map(([p, s, e, l, a]) => [p, s, e, l, a ?? false] as const))('%s', (phrase, start, end, label, asOf) => {
    expect(parsePeriod(phrase)).toEqual({ start, end, label });
    expect(readPeriod(phrase)?.asOf ?? false).toBe(asOf);
  });
});

describe('parsePeriod: phrases resolved from the report', () => {
  it.each(RELATIVE)('%s', (phrase, opts, start, end) => {
    const p = parsePeriod(phrase, opts);
    expect(p).not.toBeNull();
    expect([p!.start, p!.end]).toEqual([start, end]);
    // Without the report's year or period the phrase has no dates.
    expect(parsePeriod(phrase)).toBeNull();
  });

  it('reads "trong tháng" only when the report covers one month', () => {
    expect(parsePeriod('trong tháng', { reportPeriod: Q2 })).toBeNull();
    expect(parsePeriod('trong quý', { reportPeriod: APRIL })).toBeNull();
  });
});

describe('what is not a period', () => {
  const NOT: string[] = [
    'đã khóa 1 chiều sau 31/3/2023',
    'Quyết định số 62/2022/QĐ-UBND ngày 17/11/2022 của Ủy ban nhân dân tỉnh',
    'Ninh Thuận, ngày 25 tháng 5 năm 2023',
    'Thừa Thiên Huế, ngày tháng năm 202',
    'trung bình hàng tháng 27 tài khoản',
    'tháng 13/2023',
    'ngày 31/02/2023',
    'từ 90 - 95%',
    'so với cuối năm 2022',
    'từ đầu năm 2023 đến nay',
    'nhiệm kỳ 2023 - 2028',
    'trong năm học',
    '6 tháng đầu năm học',
  ];
  it.each(NOT)('%s', (text) => {
    expect(findPeriods(text, undefined, { reportYear: 2023 })).toEqual([]);
  });

  it('an invalid window (end before start) is dropped', () => {
    expect(parsePeriod('từ ngày 25/5/2023 đến ngày 01/01/2023')).toBeNull();
  });
});

describe('findPeriods', () => {
  it('gives offsets into the text and keeps the longest phrase', () => {
    const text =
      'Từ ngày 01/01/2023 đến 25/5/2023 tổng số văn bản đi/đến toàn tỉnh là 395.511 văn bản; ' +
      'trong 6 tháng đầu năm 2023, kế hoạch năm 2023, khóa 1 chiều sau 31/3/2023.';
    const found = findPeriods(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'Từ ngày 01/01/2023 đến 25/5/2023',
      '6 tháng đầu năm 2023',
      'năm 2023',
    ]);
    for (const f of found) expect(f.period.label).toBe(text.slice(f.start, f.end));
    expect(found.map((f) => f.period.end)).toEqual(['2023-05-25', '2023-06-30', '2023-12-31']);
  });

  it('looks only inside the range, with offsets still into the whole text', () => {
    const text = 'Báo cáo tháng 4/2023. Kế hoạch tháng 5/2023.';
    const start = text.indexOf('Kế');
    const found = findPeriods(text, { start, end: text.length });
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe('tháng 5/2023');
    expect(found[0].period.start).toBe('2023-05-01');
  });

  it('marks as-of phrases and not windows', () => {
    const text = 'Tính đến ngày 25/5/2023, toàn tỉnh có 1.911 trạm BTS. Từ ngày 01/01/2023 đến ngày 13/4/2023, tiếp nhận 67.555 hồ sơ.';
    const found = findPeriods(text);
    expect(found.map((f) => f.asOf ?? false)).toEqual([true, false]);
  });

  it('does not read the month or year out of a written date', () => {
    const text = 'Ninh Thuận, ngày 25 tháng 5 năm 2023\nBÁO CÁO tình hình tháng 4 năm 2023';
    const found = findPeriods(text);
    expect(found.map((f) => f.period.label)).toEqual(['tháng 4 năm 2023']);
  });

  it('reads a phrase broken over a line', () => {
    const [p] = findPeriods('kết quả 6 tháng đầu\nnăm 2024 và');
    expect([p.period.start, p.period.end]).toEqual(['2024-01-01', '2024-06-30']);
  });

  it('leaves out the periods a figure is compared with, unless asked', () => {
    const text = 'Trong 6 tháng đầu năm 2023 tiếp nhận 75.284 hồ sơ, tăng 26,39% so với cùng kỳ năm 2022 và gấp 2 lần năm 2021, bằng 80% so với 6 tháng cuối năm 2022.';
    expect(findPeriods(text).map((f) => f.period.label)).toEqual(['6 tháng đầu năm 2023']);
    const all = findPeriods(text, undefined, { includeComparisons: true });
    expect(all.map((f) => [f.period.label, f.comparison ?? false])).toEqual([
      ['6 tháng đầu năm 2023', false],
      ['năm 2022', true],
      ['năm 2021', true],
      ['6 tháng cuối năm 2022', true],
    ]);
  });

  it('names the word that introduces a phrase, inside or just before it', () => {
    const text = 'Từ ngày 01/01/2023 đến 13/4/2023, trong tháng 4/2023 và Trong 6 tháng đầu năm 2023; kế hoạch năm 2024; tính đến ngày 25/5/2023.';
    expect(findPeriods(text).map((f) => f.introducer ?? null)).toEqual(['từ', 'trong', 'trong', null, 'tính đến']);
  });

  it('periodWithin compares windows', () => {
    expect(periodWithin(parsePeriod('tháng 4/2023')!, parsePeriod('Quý II/2023')!)).toBe(true);
    expect(periodWithin(parsePeriod('Quý II/2023')!, parsePeriod('tháng 4/2023')!)).toBe(false);
  });
});
