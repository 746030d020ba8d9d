// Reports typed in legacy Vietnamese font encodings come out as Unicode, with a warning.
import { describe, expect, it } from '@jest/globals';
import { extractBytes } from '../extractors/index.js';
import { encodeLegacy } from '../src/text/legacy-encoding.js';

const SENTENCE = 'Báo cáo của Sở Thông tin và Truyền thông: tổng số thuê bao điện thoại trên toàn tỉnh là 690.503 thuê bao, đạt mật độ 116,3 thuê bao/100 dân.';

/** The bytes a legacy editor saved: one byte per character (Windows-1252 positions). */
function cp1252Bytes(s: string): Uint8Array {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1252');
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...s].map((c) => table.get(c) ?? 0x3f));
}

describe('legacy encodings in txt reports', () => {
  it.each(['tcvn3', 'vni'] as const)('%s saved as 8-bit bytes converts to Unicode', async (enc) => {
    const legacy = encodeLegacy(`${SENTENCE}\n\n${SENTENCE}`, enc);
    expect(legacy).not.toBe(`${SENTENCE}\n\n${SENTENCE}`);
    const doc = await extractBytes(cp1252Bytes(legacy), `old-${enc}.txt`);
    expect(doc.text).toBe(`${SENTENCE}\n\n${SENTENCE}`.normalize('NFC'));
    expect(doc.warnings.join(' ')).toMatch(/legacy|TCVN3|VNI/i);
  });

  it('TCVN3 characters stored as UTF-8 convert too', async () => {
    const legacy = encodeLegacy(SENTENCE, 'tcvn3');
    const doc = await extractBytes(new TextEncoder().encode(legacy), 'old-utf8.txt');
    expect(doc.text).toBe(SENTENCE.normalize('NFC'));
    expect(doc.warnings.length).toBe(1);
  });

  it('a Unicode report is left exactly as it is, with no warning', async () => {
    const doc = await extractBytes(new TextEncoder().encode(SENTENCE), 'new.txt');
    expect(doc.text).toBe(SENTENCE);
    expect(doc.warnings).toEqual([]);
  });
});
