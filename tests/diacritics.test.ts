import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { repairDiacriticSplits } from '../src/text/diacritics.js';
import { isVietnameseSyllable } from '../src/text/syllable.js';
import { cpuTimed } from './cpu-time.js';

function corpusDir(): string {
  for (const dir of ['fixtures/reports', '../shared/corpus', '/work/shared/corpus']) {
    const abs = path.resolve(process.cwd(), dir);
    if (fs.existsSync(abs) && fs.readdirSync(abs).some((f) => f.endsWith('.txt'))) return abs;
  }
  throw new Error('no corpus of reports found (fixtures/reports or ../shared/corpus)');
}
const corpusTexts = (): string[] =>
  fs
    .readdirSync(corpusDir())
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(corpusDir(), f), 'utf8'));

describe('Vietnamese syllables', () => {
  it('accepts well-formed syllables, with either tone placement and in any case', () => {
    const good = ['thông', 'tin', 'truyền', 'nghiêng', 'khuya', 'quốc', 'giếng', 'gì', 'gìn', 'giữa', 'yêu', 'uống', 'ước', 'khuỷu', 'hoà', 'hòa', 'thuở', 'ĐIỀU', 'Nguyễn', 'kỹ', 'ỉa', 'xoong', 'quỳnh', 'huỵch', 'khoắng'];
    for (const w of good) expect([w, isVietnameseSyllable(w)]).toEqual([w, true]);
    // NFD input reads the same.
    for (const w of good) expect(isVietnameseSyllable(w.normalize('NFD'))).toBe(true);
  });

  it('rejects fragments and spelling that Vietnamese does not allow', () => {
    const bad = [
      'ng', 'điề', 'truyề', 'iều', 'yề', 'ă', 'âm̀', 'ke\u0301\u0300', // no vowel; iê/uyê/ă need a coda; two tones
      'ca\u0309c', 'tin̉', 'mat', // stop-final syllables take only sắc or nặng
      'ka', 'ce', 'ghá', 'ngi', 'nghá', 'ge', // k/gh/ngh before e ê i y; c/g/ng elsewhere
      'tyên', 'quo', 'qa', 'internet', 'UBND', 'f', 'wifi', 'zalo',
    ];
    for (const w of bad) expect([w, isVietnameseSyllable(w)]).toEqual([w, false]);
  });

  it('accepts every word of the corpus reports that has a Vietnamese diacritic', () => {
    const rejected = new Set<string>();
    let checked = 0;
    for (const text of corpusTexts()) {
      for (const m of text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
        const w = m[0];
        // Acronyms with Đ (QĐ, HĐND) and loanwords are not syllables.
        if (!/[^\x00-\x7f]/.test(w) || w === w.toUpperCase() || /[fjwz]/i.test(w) || /^(ăngten|lênin)$/i.test(w)) continue;
        checked++;
        if (!isVietnameseSyllable(w)) rejected.add(w);
      }
    }
    expect(checked).toBeGreaterThan(10000);
    expect([...rejected]).toEqual([]);
  });
});

describe('repairDiacriticSplits', () => {
  it('joins fragments split at a diacritic when the joined word is the only reading', () => {
    const cases: Array<[string, string]> = [
      ['ĐIỀ U', 'ĐIỀU'],
      ['Thô ng tin', 'Thông tin'],
      ['truyề n thông', 'truyền thông'],
      ['Đ IỀ U', 'ĐIỀU'],
      ['Th ô ng', 'Thông'],
      ['Bộ Thô ng tin và Truyề n thô ng', 'Bộ Thông tin và Truyền thông'],
      ['Quyế t đị nh số 62/2022/QĐ-UBND', 'Quyết định số 62/2022/QĐ-UBND'],
      ['ng ười dù ng', 'người dùng'],
      ['UBND tỉ nh Ninh Thuậ n', 'UBND tỉnh Ninh Thuận'],
      ['Thô ng tin\nTruyề n', 'Thông tin\nTruyền'],
    ];
    for (const [input, want] of cases) expect(repairDiacriticSplits(input)).toBe(want);
    // The same in NFD (combining marks).
    for (const [input, want] of cases) expect(repairDiacriticSplits(input.normalize('NFD'))).toBe(want.normalize('NFD'));
  });

  it('never joins two valid syllables, ASCII fragments, mixed case or pieces across more than a space', () => {
    const keep = [
      'thông tin',
      'KHO ẢN', // "kho" and "ản" are both syllables: not certain
      'cho ăn',
      'a n',
      'ban k',
      'Thô  ng', // two spaces
      'Thô\nng',
      'Thô, ng',
      'vớ I',
      'CNTT và TT',
    ];
    for (const s of keep) expect([s, repairDiacriticSplits(s)]).toEqual([s, s]);
  });

  it('passes the corpus text through unchanged (NFC and NFD)', () => {
    for (const text of corpusTexts()) {
      expect(repairDiacriticSplits(text) === text).toBe(true);
      const nfd = text.normalize('NFD');
      expect(repairDiacriticSplits(nfd) === nfd).toBe(true);
    }
  });

  it('on corpus text split at diacritics, rejoins most words and never joins across a real word boundary', () => {
    let splits = 0;
    let restored = 0;
    for (const text of corpusTexts().map((t) => t.normalize('NFC'))) {
      // Split every word with a diacritic after its first letter with a diacritic, as PDF text does.
      let split = '';
      const original: boolean[] = []; // for each space in `split`: was it in the text?
      let last = 0;
      for (const m of text.matchAll(/\p{L}+/gu)) {
        const w = m[0];
        const at = [...w].findIndex((c) => c > '\u007f');
        split += text.slice(last, m.index);
        for (const c of text.slice(last, m.index)) if (c === ' ') original.push(true);
        if (at > 0 && at < w.length - 1) {
          split += w.slice(0, at + 1) + ' ' + w.slice(at + 1);
          original.push(false);
          splits++;
        } else split += w;
        last = m.index! + w.length;
      }
      split += text.slice(last);
      for (const c of text.slice(last)) if (c === ' ') original.push(true);

      const repaired = repairDiacriticSplits(split);
      // Align: `repaired` is `split` with some spaces removed.
      let j = 0;
      let spaceNo = 0;
      let wrongJoins = 0;
      let mismatches = 0;
      for (let i = 0; i < split.length; i++) {
        if (split[i] === ' ') {
          if (repaired[j] !== ' ') {
            if (original[spaceNo]) wrongJoins++; // a space of the text itself was removed
            else restored++;
          } else j++;
          spaceNo++;
          continue;
        }
        if (repaired[j] !== split[i]) mismatches++;
        j++;
      }
      expect({ wrongJoins, mismatches, rest: repaired.length - j }).toEqual({ wrongJoins: 0, mismatches: 0, rest: 0 });
    }
    expect(splits).toBeGreaterThan(1000);
    expect(restored / splits).toBeGreaterThan(0.8);
  });

  it('stays linear on long inputs', () => {
    const unit = 'Thô ng tin và Truyề n thô ng ĐIỀ U KHO ẢN a n ';
    const long = unit.repeat(20000); // ~1 MB
    // CPU time, which a busy machine does not stretch: linear is well under a second for 1 MB.
    const { value: out, ms } = cpuTimed(() => repairDiacriticSplits(long));
    expect(ms).toBeLessThan(3000);
    expect(out.startsWith('Thông tin và Truyền thông ĐIỀU KHO ẢN a n ')).toBe(true);
    const noSpaces = 'ắ'.repeat(200000);
    expect(repairDiacriticSplits(noSpaces)).toBe(noSpaces);
  });
});
