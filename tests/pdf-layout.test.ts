// PDF lines: a justified line drawn word by word is prose, a row of cells is a table row.
import { describe, expect, it } from '@jest/globals';
import { groupLines, type PdfItem } from '../extractors/pdf-layout.js';

/** Items laid out left to right with the given gaps (a character is 0.5 em wide). */
function line(words: string[], gaps: number[], size = 12, y = 700): PdfItem[] {
  let x = 72;
  return words.map((str, i) => {
    const it = { str, x, y, w: str.length * size * 0.5, size };
    x += it.w + (gaps[i] ?? 0);
    return it;
  });
}

describe('PDF line segments', () => {
  it('a justified line with wide but even word gaps stays one piece of prose', () => {
    const words = 'Tổng số thuê bao internet băng rộng trên toàn tỉnh là 340.656 thuê bao'.split(' ');
    const [l] = groupLines(line(words, words.map(() => 11)));
    expect(l.segments).toHaveLength(1);
    expect(l.segments[0].text).toBe(words.join(' '));
  });

  it('a table row with uneven gaps between cells is cut into cells', () => {
    const cells = ['2', 'Mật độ điện thoại cố định và trả sau trên 100 dân', 'Thuê bao', '16', '16,5', '16,2'];
    const [l] = groupLines(line(cells, [20, 14, 30, 45, 25]));
    expect(l.segments.map((s) => s.text)).toEqual(cells);
  });

  it('ordinary word spacing never cuts a line', () => {
    const words = 'Phát triển 1.337 thuê bao internet băng rộng'.split(' ');
    const [l] = groupLines(line(words, words.map(() => 3)));
    expect(l.segments).toHaveLength(1);
  });
});

describe('PDF tables with tall rows', () => {
  // As a browser prints a bordered table: a row's short cells are centred in it, so the label's
  // wrapped lines, the unit's and the figures' stand on lines of their own, and rows lie about
  // three empty lines apart; the column-number row joins "(1) (2)" in one piece.
  const at = (str: string, x0: number, x1: number, y: number): PdfItem => ({ str, x: x0, y, w: x1 - x0, size: 12.7 });
  // Positions as Chromium printed report 000's appendix (x from, x to, baseline).
  const items: PdfItem[] = [
    at('TT', 37, 51, 479.4), at('Chỉ tiêu', 69, 126, 479.4), at('Đơn vị', 139, 171, 479.4), at('Năm 2022', 181, 226, 479.4), at('KH 2023', 242, 291, 479.4),
    at('(1) (2)', 37, 80, 435.4), at('(3)', 139, 157, 435.4), at('(4)', 181, 199, 435.4), at('(5)', 242, 260, 435.4),
    at('Tỷ trọng', 62, 117, 391.3), at('kinh tế số', 62, 126, 376.7),
    at('1', 37, 45, 369.3), at('%', 139, 151, 369.3), at('9,52', 181, 209, 369.3), at('12,0', 242, 271, 369.3),
    at('đóng góp', 62, 122, 362), at('vào GRDP', 62, 127, 347.3),
    at('Mật độ', 62, 108, 304), at('điện thoại', 62, 127, 289.3), at('cố định và', 62, 128, 274.6), at('Thuê', 139, 172, 274.6),
    at('2', 37, 45, 267.3), at('16', 181, 197, 267.3), at('16,5', 242, 271, 267.3),
    at('trả sau', 62, 107, 259.9), at('bao', 139, 163, 259.9), at('trên 100', 62, 117, 245.3), at('dân', 62, 86, 230.6),
    at('Mật độ', 62, 108, 186.5), at('internet', 62, 114, 171.9), at('Thuê', 139, 172, 171.9),
    at('3', 37, 45, 164.5), at('97,5', 181, 209, 164.5), at('98,5', 242, 271, 164.5),
    at('trên 100', 62, 117, 157.2), at('bao', 139, 163, 157.2), at('dân', 62, 86, 142.5),
  ];

  it('reads one table, each row with its cells in their columns', async () => {
    const { layoutBody } = await import('../extractors/pdf-layout.js');
    const pieces = layoutBody(groupLines(items), 12.7, 595);
    const tables = pieces.filter((p) => p.kind === 'table');
    expect(tables).toHaveLength(1);
    const rows = tables[0].kind === 'table' ? tables[0].rows.map((r) => r.map((c) => c.text)) : [];
    expect(rows).toEqual([
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Năm 2022', 'KH 2023'],
      ['(1) (2)', '', '(3)', '(4)', '(5)'],
      ['1', 'Tỷ trọng kinh tế số đóng góp vào GRDP', '%', '9,52', '12,0'],
      ['2', 'Mật độ điện thoại cố định và trả sau trên 100 dân', 'Thuê bao', '16', '16,5'],
      ['3', 'Mật độ internet trên 100 dân', 'Thuê bao', '97,5', '98,5'],
    ]);
  });
});
