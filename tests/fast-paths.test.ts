// Fast paths must give what they replaced: hand-written scanners are compared with the regex each
// stands for, the word index with its first version, on seeded random strings built from the
// characters that matter; the text file joined in two threads with the file written whole.
import { describe, it, expect } from '@jest/globals';
import { withoutTrailingMarks } from '../src/engine/segments.js';
import { footnoteRefs, unwrapEmphasis } from '../extractors/txt.js';
import { findPeriods } from '../src/numbers/periods.js';
import { plainText, wordsIndex } from '../src/engine/words.js';
import { partListsOf, sentencesOf, structureOf } from '../src/audit/structure.js';
import { placeKey } from '../src/metadata/provinces.js';
import { joinTextFile, textFileParts } from '../src/dataset/text-file.js';
import { extractBytes } from '../extractors/index.js';
import fs from 'node:fs';
import path from 'node:path';
import { prng } from './seeded.js';

/** Random strings made of the given pieces (characters or short tokens). */
function strings(seed: number, pieces: string[], count: number, maxPieces: number): string[] {
  const r = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = Math.floor(r() * maxPieces);
    for (let k = 0; k < n; k++) s += pieces[Math.floor(r() * pieces.length)];
    out.push(s);
  }
  return out;
}

describe('trailing marks', () => {
  const REGEX = /(\^\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|<\/?[a-z]+>|\s)+$/u;
  const cases = strings(1, ['a', 'Z', '.', '1', '9', '^', '[', ']', '^[2]', '^[', '*', '**', '<', '>', '/', 'b', '<b>', '</i>', '</', ' ', '\n', '\u00a0', '¹', '²', '⁰', 'ô'], 20000, 14);

  it('removes exactly what the regex removes', () => {
    for (const s of cases) expect([s, withoutTrailingMarks(s)]).toEqual([s, s.replace(REGEX, '')]);
  });

  it('keeps the text before the marks of a real line', () => {
    expect(withoutTrailingMarks('đạt 95%.^[3] **')).toBe('đạt 95%.');
    expect(withoutTrailingMarks('cấp tỉnh 770</i> ')).toBe('cấp tỉnh 770');
    expect(withoutTrailingMarks('số liệu¹²')).toBe('số liệu');
  });
});

describe('emphasis around a line', () => {
  const REGEX = /^(\s*(?:\*{1,3}|_{2}|<b>|<strong>)?)(.*?)((?:\*{1,3}|_{2}|<\/b>|<\/strong>)?\s*)$/s;
  const cases = strings(2, ['a', 'b', 'ư', ' ', '\t', '\n', '*', '**', '_', '__', '<b>', '</b>', '<strong>', '</strong>', '<', '/', '>', 'strong'], 20000, 12);

  it('splits a line where the regex does', () => {
    for (const s of cases) {
      const m = REGEX.exec(s)!;
      const bold = /\*\*|__|<b>|<strong>/.test(m[1]) && /\*\*|__|<\/b>|<\/strong>/.test(m[3]);
      expect([s, unwrapEmphasis(s)]).toEqual([s, { inner: m[2], lead: m[1].length, trail: m[3].length, bold }]);
    }
  });

  it('reads a bold heading', () => {
    expect(unwrapEmphasis('**I. KẾT QUẢ** ')).toEqual({ inner: 'I. KẾT QUẢ', lead: 2, trail: 3, bold: true });
  });
});

describe('footnote references', () => {
  const REGEXES = [/\^\[(\d{1,3})\]/g, /(?<=[\p{L}\p{N}.,;:)\]”"'’%])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\p{L}\p{N}])/gu];
  const viaRegex = (text: string) => REGEXES.flatMap((re) => [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]));
  const cases = strings(3, ['a', 'ô', '1', ' ', '.', ')', '%', '"', '^[1]', '^[12]', '^[', '¹', '²', '³', '⁴', '⁰', '-', '\n'], 20000, 16);

  it('finds what the regexes find, in the same order', () => {
    for (const s of cases) expect([s, [...footnoteRefs(s)].map((m) => [m.index, m[0], m[1]])]).toEqual([s, viaRegex(s)]);
  });
});

describe('period rules skipped by their cue words', () => {
  it('still reads periods written in capitals', () => {
    expect(findPeriods('TỪ NGÀY 01/01/2023 ĐẾN NGÀY 25/5/2023').map((p) => p.period.start + '..' + p.period.end)).toEqual(['2023-01-01..2023-05-25']);
    expect(findPeriods('QUÝ I NĂM 2024').map((p) => p.period.start)).toEqual(['2024-01-01']);
    expect(findPeriods('GIAI ĐOẠN 2021 - 2025').map((p) => p.period.end)).toEqual(['2025-12-31']);
  });

  it('finds nothing in a text without any cue', () => {
    expect(findPeriods('Tổng số 1.234 hồ sơ, đạt 95%.')).toEqual([]);
  });
});

describe('word index', () => {
  // The index as it was first written: the clean text built word by word.
  function reference(lower: string): { clean: string; at: Int32Array } {
    const at = new Int32Array(lower.length + 1);
    const parts: string[] = [];
    let length = 0;
    let space = true;
    let runStart = 0;
    for (let i = 0; i < lower.length; i++) {
      at[i] = length;
      const c = lower.charCodeAt(i);
      const isSpace = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12 || c === 11;
      if (isSpace) {
        if (!space) {
          parts.push(lower.slice(runStart, i), ' ');
          length += 1;
          space = true;
        }
        runStart = i + 1;
      } else {
        if (space) runStart = i;
        space = false;
        length++;
      }
    }
    if (!space) parts.push(lower.slice(runStart));
    at[lower.length] = length;
    return { clean: parts.join(''), at };
  }
  const cases = strings(4, ['a', 'hồ', 'sơ', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u2003', ',', '1'], 5000, 14);

  it('gives every slice the words the first version gave', () => {
    const wrong: string[] = [];
    for (const s of cases) {
      const words = wordsIndex(s, 0, s.length);
      const ref = reference(s);
      for (let a = 0; a <= s.length; a++)
        for (let b = a; b <= s.length; b++) if (words(a, b) !== ref.clean.slice(ref.at[a], ref.at[b]).trim()) wrong.push(JSON.stringify([s, a, b]));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe('whitespace folded to one space', () => {
  const cases = strings(5, ['a', 'Số', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u2003', '\u3000', '\ufeff', '**', ','], 20000, 12);

  it('gives what replace(/\\s+/g, " ") gave', () => {
    for (const s of cases) expect([s, plainText(s)]).toEqual([s, s.replace(/\*+/g, ' ').replace(/\s+/g, ' ').trim()]);
  });
});

describe("the audit's sentences", () => {
  // The splitter as it was first written, with a regex per character.
  function reference(text: string): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    let start = 0;
    const push = (end: number) => {
      if (end > start && text.slice(start, end).trim()) out.push({ start, end });
      start = end;
    };
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (/[.!?]/.test(c) && (i + 1 === text.length || /\s/.test(text[i + 1]))) push(i + 1);
      else if (c === '\n') {
        let j = i;
        while (j < text.length && /\s/.test(text[j])) j++;
        let k = i - 1;
        while (k >= start && /[ \t\r]/.test(text[k])) k--;
        const prev = k >= start ? text[k] : '';
        const next = text[j] ?? '';
        if (!(prev !== '' && !/[.!?:;]/.test(prev) && /[\p{Ll}\d]/u.test(next))) push(i);
        i = j - 1;
      }
    }
    push(text.length);
    return out;
  }
  const cases = strings(6, ['a', 'Đ', 'ố', '1', '.', '!', '?', ':', ';', ' ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\u2028', '\ufeff', 'x.', '. '], 20000, 16);

  it('splits every string where the first version did', () => {
    for (const s of cases) expect([s, sentencesOf(s)]).toEqual([s, reference(s)]);
  });
});

describe("the audit's part lists", () => {
  const cases = strings(7, ['a', '1.234', ' ', '. ', '\n', '(', ')', 'trong đó', 'Trong đó', 'TRONG ĐÓ', 'gồm', 'cụ thể', 'chia ra', ':', ','], 5000, 16);

  it('are found where a test of each sentence found them', () => {
    for (const s of cases) {
      const lists = sentencesOf(s).flatMap((x) => (/[(]|trong đó|gồm|cụ thể|chia ra/i.test(s.slice(x.start, x.end)) ? partListsOf(s, x) : []));
      expect([s, structureOf(s).lists]).toEqual([s, lists]);
    }
  });
});

describe('place keys', () => {
  // The key as first written: every "o"/"u" before a non-ASCII letter looked at.
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
  function reference(s: string): string {
    let lower = s.toLowerCase();
    if (lower.length !== s.length) lower = [...s].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
    return lower.replace(/([ou])([^\x00-\x7f])/g, (whole, a: string, next: string) => {
      const b = next.normalize('NFD');
      const pair = a + b[0];
      const tone = (pair === 'oa' || pair === 'oe' || pair === 'uy') && b.length > 1 ? [...b.slice(1)].find((c) => TONES.test(c)) : undefined;
      if (!tone) return whole;
      const first = (a + tone).normalize('NFC');
      const second = b.replace(tone, '').normalize('NFC');
      return first.length === a.length && second.length === next.length ? first + second : whole;
    });
  }
  const cases = strings(8, ['o', 'u', 'O', 'U', 'h', ' ', 'à', 'á', 'ả', 'ã', 'ạ', 'ằ', 'ầ', 'ấ', 'è', 'é', 'ề', 'ệ', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ', 'À', 'Ý', 'ô', 'ơ', 'ư', 'ồ', 'â', 'y', 'a', 'İ'], 20000, 10);

  it('are what the first version gave', () => {
    for (const s of cases) expect([s, placeKey(s)]).toEqual([s, reference(s)]);
  });
});

describe('text file joined from its parts', () => {
  it('has the bytes of the whole TextDocument stringified, for every format', async () => {
    const dir = path.resolve(process.cwd(), 'fixtures/reports');
    for (const name of fs.readdirSync(dir).filter((f) => /\.(txt|docx|pdf)$/.test(f)).slice(0, 6)) {
      const doc = await extractBytes(fs.readFileSync(path.join(dir, name)), name);
      const { format, text, lineStarts, pages, blocks, warnings, ...rest } = doc;
      const whole = JSON.stringify({ doc: name, format, text, lineStarts, pages, blocks, warnings, ...rest, source_sha256: 'ab12' });
      expect(joinTextFile(textFileParts(name, 'ab12', doc), doc.text)).toBe(whole);
    }
  });
});
