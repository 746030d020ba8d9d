// .txt reports that are not clean UTF-8: the Vietnamese Windows code page (1258) is decoded and
// said; a few bytes that are not UTF-8 (a file cut in the middle of a character) are read as U+FFFD
// with a warning naming the line; binary data is still refused.
import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBytes } from '../extractors/index.js';
import { processBytes } from '../src/pipeline.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const REPORT = [
  'SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NINH THUẬN',
  '',
  'Báo cáo tình hình tháng 4 năm 2023',
  '',
  'Trong tháng, toàn tỉnh tiếp nhận 1.234 hồ sơ thủ tục hành chính; cấp 07 chứng thư số cho các tổ chức, cá nhân.',
  '',
  'Tổng số thuê bao điện thoại trên địa bàn tỉnh đạt 691.872 thuê bao.',
  '',
].join('\n');

/** The bytes a Vietnamese Windows program saved: code page 1258, tones as combining marks where
 *  the letter with its tone has no code of its own. */
function cp1258(text: string): Buffer {
  const dec = new TextDecoder('windows-1258');
  const code = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !code.has(ch)) code.set(ch, b);
  }
  const out: number[] = [];
  for (const ch of text) {
    if (code.has(ch)) {
      out.push(code.get(ch)!);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((p) => '\u0300\u0301\u0303\u0309\u0323'.includes(p));
    const base = parts.filter((p) => !tones.includes(p)).join('').normalize('NFC');
    for (const c of [base, ...tones]) {
      if (!code.has(c)) throw new Error(`no Windows-1258 code for ${c}`);
      out.push(code.get(c)!);
    }
  }
  return Buffer.from(out);
}

describe('txt reports in Windows-1258', () => {
  it('are decoded to the same text as the UTF-8 file, and the encoding is said', async () => {
    const bytes = cp1258(REPORT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const doc = await extractBytes(bytes, 'bao-cao-1258.txt');
    expect(doc.text).toBe(REPORT.normalize('NFC'));
    expect(doc.warnings).toEqual([expect.stringMatching(/^TXT_ENCODING: .*Windows-1258/)]);
  });

  it('give the same facts as the UTF-8 file, with the warning in their document record', async () => {
    const utf8 = await processBytes(Buffer.from(REPORT), 'bao-cao.txt');
    const legacy = await processBytes(cp1258(REPORT), 'bao-cao.txt');
    const figures = (r: typeof utf8) => r.facts.map((f) => [f.metric, f.value, f.quote]);
    expect(figures(utf8).length).toBeGreaterThanOrEqual(3);
    expect(figures(legacy)).toEqual(figures(utf8));
    expect(legacy.document.province).toBe('Ninh Thuận');
    expect(legacy.document.warnings.join(' ')).toMatch(/^TXT_ENCODING:/);
  });
});

describe('txt reports with a byte that is not UTF-8', () => {
  it('a file cut in the middle of its last character is read, with U+FFFD and a warning naming the line', async () => {
    const bytes = Buffer.from(REPORT.trimEnd() + ' Tổng');
    const cut = bytes.subarray(0, bytes.length - 3); // "Tổ" loses the last bytes of "ổ"
    const doc = await extractBytes(cut, 'cut.txt');
    expect(doc.text.endsWith('T\ufffd')).toBe(true);
    expect(doc.warnings).toEqual([expect.stringMatching(/^TXT_INVALID_BYTES: bytes that are not UTF-8 in one place \(line 7\)/)]);
  });

  it('one flipped byte in the middle loses one character, not the report', async () => {
    const bytes = Buffer.from(REPORT);
    const at = bytes.indexOf(Buffer.from('Báo')) + 1; // the first byte of "á"
    bytes[at] = 0xff;
    const r = await processBytes(bytes, 'flipped.txt');
    expect(r.text.text).toContain('B\ufffd\ufffdo cáo');
    expect(r.document.warnings).toEqual([expect.stringMatching(/^TXT_INVALID_BYTES: bytes that are not UTF-8 in one place \(line 3\)/)]);
    expect(r.facts.map((f) => f.value)).toEqual(expect.arrayContaining([1234, 7, 691872]));
  });

  it('still refuses text that is mostly not UTF-8, and binary data', async () => {
    const hostile = (n: string) => readFileSync(path.join(REPO, 'fixtures/hostile', n));
    await expect(extractBytes(hostile('invalid-utf8.txt'), 'invalid-utf8.txt')).rejects.toMatchObject({ code: 'TXT_BINARY' });
    await expect(extractBytes(hostile('junk.txt'), 'junk.txt')).rejects.toMatchObject({ code: 'TXT_BINARY' });
    const latin1 = Buffer.from('Le taux de réussite a été élevé cette année, très élevé même.', 'latin1');
    await expect(extractBytes(latin1, 'fr.txt')).rejects.toMatchObject({ code: 'TXT_BINARY' });
  });
});
