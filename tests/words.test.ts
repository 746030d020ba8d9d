// The words rules read: markup dropped, lower case, single spaces, and slices of an index agree
// with cleaning each slice on its own.
import { describe, expect, it } from '@jest/globals';
import { plainWords, wordsIndex } from '../src/engine/words.js';

describe('plain words', () => {
  it('drops export marks and folds case and spaces', () => {
    expect(plainWords('**Tổng số**  hồ sơ^[2]\tđã  <i>giải quyết</i>³')).toBe('tổng số hồ sơ đã giải quyết');
  });

  it('reads the older tone placement as today\'s, but leaves "quý" alone', () => {
    expect(plainWords('Thuê bao đã khoá 1 chiều; số hoá; Uỷ ban; thuỷ lợi; hoà mạng; Quý I')).toBe('thuê bao đã khóa 1 chiều; số hóa; ủy ban; thủy lợi; hòa mạng; quý i');
    expect(plainWords('DVCTT toàn trình, điện thoại, hoàng, khuyến')).toBe('dvctt toàn trình, điện thoại, hoàng, khuyến');
  });

  it('an index gives the same words for every slice', () => {
    const text = 'Từ ngày 01/01/2023 đến 25/5/2023 **trên hệ thống** tiếp nhận  132.667 hồ sơ^[1] (trong đó: <i>cấp tỉnh</i> 91.773\u00a0hồ sơ).';
    const words = wordsIndex(text, 0, text.length);
    for (let a = 0; a <= text.length; a += 3) {
      for (let b = a; b <= text.length; b += 5) {
        const slice = text.slice(a, b);
        // A slice that cuts a mark in two is not compared: the index sees the whole mark.
        if (/^\*[^*]|[^*]\*$|<[^>]*$|^[^<]*>|\^\[?\d*$|^\d*\]/.test(slice)) continue;
        expect(words(a, b)).toBe(plainWords(slice));
      }
    }
  });
});
