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
