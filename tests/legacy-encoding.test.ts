import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import {
  convertLegacy,
  detectLegacyEncoding,
  encodeLegacy,
  fixLegacyText,
  type LegacyEncoding,
} from '../src/text/legacy-encoding.js';

function corpusDir(): string {
  for (const dir of ['fixtures/reports', '../shared/corpus', '/work/shared/corpus']) {
    const abs = path.resolve(process.cwd(), dir);
    if (fs.existsSync(abs) && fs.readdirSync(abs).some((f) => f.endsWith('.txt'))) return abs;
  }
  throw new Error('no corpus of reports found (fixtures/reports or ../shared/corpus)');
}
const corpusTexts = (): Array<[string, string]> =>
  fs
    .readdirSync(corpusDir())
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, fs.readFileSync(path.join(corpusDir(), f), 'utf8').normalize('NFC')] as [string, string]);

// Phrases in the language of provincial ICT reports. TCVN3 cannot store a capital with a tone except
// through the capitals font, so mixed-case words starting with one are left to the VNI list.
const PHRASES = [
  'Bộ Thông tin và Truyền thông',
  'Sở Thông tin và Truyền thông tỉnh Ninh Thuận',
  'BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2023',
  'Tổng số thuê bao điện thoại di động đạt 1.305.471 thuê bao, tăng 2,5% so với cùng kỳ năm trước.',
  'Doanh thu dịch vụ bưu chính, viễn thông ước đạt 235 tỷ đồng.',
  'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 98,6%; hệ thống một cửa điện tử được nâng cấp.',
  'Phường Đông Hải, huyện Ninh Phước, xã Phước Dân',
  'ĐIỀU KHOẢN THI HÀNH',
  'Nguyễn Văn Hưởng, Trưởng phòng Bưu chính – Viễn thông',
  'Khuyến khích người dân sử dụng dịch vụ công trực tuyến mức độ 3, 4.',
  'Quốc phòng, an ninh; giữ vững ổn định chính trị, khuya muộn, quyết định, giếng nước, thuở xưa',
  'Đã triển khai ứng dụng; đảm bảo an toàn, an ninh thông tin mạng.',
];
const VNI_ONLY_PHRASES = ['Ủy ban nhân dân tỉnh', 'Ứng dụng công nghệ thông tin', 'Ấp Đông Hòa, Ỷ Lan'];

// Every Vietnamese vowel letter with every tone, plus đ, in lower and upper case.
const ALL_LETTERS = (() => {
  const out: string[] = [];
  for (const base of ['a', 'a\u0306', 'a\u0302', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031B', 'u', 'u\u031B', 'y'])
    for (const tone of ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) out.push((base + tone).normalize('NFC'));
  return out.filter((l) => l.length === 1).concat('đ');
})();

describe('legacy encodings: the examples from archived documents', () => {
  it('reads TCVN3 (ABC) text shown as Latin-1', () => {
    const raw = 'Bé Th«ng tin vµ TruyÒn th«ng';
    expect(detectLegacyEncoding(raw)).toBe('tcvn3');
    expect(convertLegacy(raw, 'tcvn3')).toBe('Bộ Thông tin và Truyền thông');
    const fix = fixLegacyText(raw);
    expect(fix).toMatchObject({ text: 'Bộ Thông tin và Truyền thông', encoding: 'tcvn3' });
    expect(fix.warning).toBe('Legacy TCVN3 (ABC) font encoding converted to Unicode');
  });

  it('reads VNI text shown as Latin-1', () => {
    const raw = 'Boä Thoâng tin vaø Truyeàn thoâng';
    expect(detectLegacyEncoding(raw)).toBe('vni');
    expect(convertLegacy(raw, 'vni')).toBe('Bộ Thông tin và Truyền thông');
    const fix = fixLegacyText(raw);
    expect(fix).toMatchObject({ text: 'Bộ Thông tin và Truyền thông', encoding: 'vni' });
    expect(fix.warning).toMatch(/VNI/);
  });

  it('reads the TCVN3 capitals font: all-caps words get capital letters back', () => {
    expect(convertLegacy('B¸O C¸O T×NH H×NH', 'tcvn3')).toBe('BÁO CÁO TÌNH HÌNH');
    expect(convertLegacy('§IÒU KHO¶N', 'tcvn3')).toBe('ĐIỀU KHOẢN');
    // An undecided word takes the case of its neighbours: "Së" is "SỞ" in a heading, "Sở" in a sentence.
    expect(convertLegacy('Së TH¤NG TIN', 'tcvn3')).toBe('SỞ THÔNG TIN');
    expect(convertLegacy('Së Th«ng tin', 'tcvn3')).toBe('Sở Thông tin');
    // Acronyms do not make the word beside them capital.
    expect(convertLegacy('Së KH&§T', 'tcvn3')).toBe('Sở KH&ĐT');
    // The old tone placement of the ABC era: "Uû ban" is "Uỷ ban".
    expect(convertLegacy('Uû ban nh©n d©n tØnh', 'tcvn3')).toBe('Uỷ ban nhân dân tỉnh');
    // ư is the soft hyphen byte.
    expect(convertLegacy('M\u00ADêng Kh\u00AD¬ng', 'tcvn3')).toBe('Mường Khương');
  });
});

describe('legacy encodings: the tables, byte by byte', () => {
  it('TCVN3: every vowel group in byte order (huyền, hỏi, ngã, sắc, nặng), đ and the seven capitals', () => {
    const groups: Array<[string, string]> = [
      ['\u00B5\u00B6\u00B7\u00B8\u00B9', 'àảãáạ'],
      ['\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6', 'ăằẳẵắặ'],
      ['\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB', 'âầẩẫấậ'],
      ['\u00CC\u00CE\u00CF\u00D0\u00D1', 'èẻẽéẹ'],
      ['\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6', 'êềểễếệ'],
      ['\u00D7\u00D8\u00DC\u00DD\u00DE', 'ìỉĩíị'],
      ['\u00DF\u00E1\u00E2\u00E3\u00E4', 'òỏõóọ'],
      ['\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9', 'ôồổỗốộ'],
      ['\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE', 'ơờởỡớợ'],
      ['\u00EF\u00F1\u00F2\u00F3\u00F4', 'ùủũúụ'],
      ['\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9', 'ưừửữứự'],
      ['\u00FA\u00FB\u00FC\u00FD\u00FE', 'ỳỷỹýỵ'],
      ['\u00AE', 'đ'],
      ['\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7', 'ĂÂÊÔƠƯĐ'],
    ];
    for (const [bytes, letters] of groups) {
      // One letter per word ("nµ"), so that case comes from the lowercase n.
      const words = [...bytes].map((b) => 'n' + b).join(' ');
      const want = [...letters].map((l) => 'n' + l).join(' ');
      expect(convertLegacy(words, 'tcvn3')).toBe(want);
    }
    // Place names as archived TCVN3 documents spell them.
    expect(convertLegacy('Ninh B×nh, B¶o Th¾ng, B¸t X¸t, §µ N½ng, Qu¶ng Ng·i', 'tcvn3')).toBe(
      'Ninh Bình, Bảo Thắng, Bát Xát, Đà Nẵng, Quảng Ngãi',
    );
  });

  it('VNI: marks after the base letter, single bytes for i with a tone, ỵ, đ, ơ, ư', () => {
    const cases: Array<[string, string]> = [
      ['Vieät Nam, Ñaø Naüng, Thaønh phoá Hoà Chí Minh', 'Việt Nam, Đà Nẵng, Thành phố Hồ Chí Minh'],
      ['tröôøng hoïc, ñieän thoaïi, Quaûng Ngaõi, Nguyeãn', 'trường học, điện thoại, Quảng Ngãi, Nguyễn'],
      ['vaên baûn, ñaëc bieät, naèm, bình ñaúng, aên', 'văn bản, đặc biệt, nằm, bình đẳng, ăn'],
      ['tænh, kó thuaät, ñòa phöông, lyù, Myõ, kyø, tyû, hî', 'tỉnh, kĩ thuật, địa phương, lý, Mỹ, kỳ, tỷ, hỵ'],
      ['ÑAÉK LAÉK, LAÏNG SÔN, UÛY BAN, ÖÙNG DUÏNG, KHÍ, THÆ, NGHÓA, LÒCH, YÙ, HÎ', 'ĐẮK LẮK, LẠNG SƠN, ỦY BAN, ỨNG DỤNG, KHÍ, THỈ, NGHĨA, LỊCH, Ý, HỴ'],
      ['thuôû, khuyeán khích, nöôùc, göûi, ñaàu tö, vaøo, ñöôïc', 'thuở, khuyến khích, nước, gửi, đầu tư, vào, được'],
    ];
    for (const [raw, want] of cases) expect(convertLegacy(raw, 'vni')).toBe(want);
  });
});

describe('legacy encodings: round trips through the inverse tables', () => {
  it.each(['tcvn3', 'vni'] as LegacyEncoding[])('every vowel with every tone, and đ (%s)', (enc) => {
    for (const letter of ALL_LETTERS) {
      expect(convertLegacy(encodeLegacy(letter, enc), enc)).toBe(letter);
      // Capitals: VNI has capital mark bytes; TCVN3 gets them from an all-caps word around them.
      const word = `T${letter.toUpperCase()}N`;
      expect(convertLegacy(encodeLegacy(word, enc), enc)).toBe(word);
    }
  });

  it.each(['tcvn3', 'vni'] as LegacyEncoding[])('report phrases (%s)', (enc) => {
    const phrases = enc === 'vni' ? PHRASES.concat(VNI_ONLY_PHRASES) : PHRASES;
    for (const phrase of phrases) {
      const encoded = encodeLegacy(phrase, enc);
      expect(encoded).not.toBe(phrase);
      expect(convertLegacy(encoded, enc)).toBe(phrase);
    }
    const paragraph = phrases.join('\n');
    const fix = fixLegacyText(encodeLegacy(paragraph, enc));
    expect(fix.encoding).toBe(enc);
    expect(fix.text).toBe(paragraph);
  });

  it.each(['tcvn3', 'vni'] as LegacyEncoding[])('whole corpus reports (%s)', (enc) => {
    for (const [, text] of corpusTexts()) {
      const fix = fixLegacyText(encodeLegacy(text, enc));
      expect(fix.encoding).toBe(enc);
      if (enc === 'vni') {
        expect(fix.text).toBe(text);
        continue;
      }
      // TCVN3 loses the case of a capital with a tone starting a mixed-case word ("Ủy" comes back
      // "ủy"), and has no code for Latin-1 signs such as "¹" that share a byte with a letter.
      const got = fix.text.split('\n');
      text.split('\n').forEach((line, i) => {
        if (/[\u00A1-\u00BF\u00D7\u00F7]/.test(line)) return;
        expect(got[i].toLowerCase()).toBe(line.toLowerCase());
      });
    }
  });

  it('converts the legacy paragraphs of a document that mixes fonts and keeps the Unicode ones', () => {
    for (const enc of ['tcvn3', 'vni'] as LegacyEncoding[]) {
      const [, text] = corpusTexts()[0];
      let k = 0;
      const mixed = text
        .split('\n')
        .map((line) => (line.trim() && k++ % 2 === 1 ? encodeLegacy(line, enc) : line))
        .join('\n');
      const fix = fixLegacyText(mixed);
      expect(fix.encoding).toBe(enc);
      const got = fix.text.split('\n');
      const want = text.split('\n');
      let same = 0;
      want.forEach((line, i) => {
        if (got[i].toLowerCase() === line.toLowerCase()) same++;
      });
      expect(same / want.length).toBeGreaterThan(0.98);
    }
  });

  it('maps VNI offsets back to the raw text', () => {
    const [, text] = corpusTexts()[0];
    const raw = encodeLegacy(text, 'vni');
    const fix = fixLegacyText(raw);
    expect(fix.text.length).toBeLessThan(raw.length);
    const toSource = fix.toSourceOffset!;
    for (let i = 0; i < fix.text.length; i += 13) {
      const ch = fix.text[i];
      if (/[0-9A-Za-z]/.test(ch)) expect(raw[toSource(i)]).toBe(ch);
    }
    expect(toSource(fix.text.length)).toBe(raw.length);
  });
});

describe('legacy encodings: no false alarms', () => {
  it('leaves the Unicode corpus reports alone', () => {
    for (const [name, text] of corpusTexts()) {
      expect([name, detectLegacyEncoding(text)]).toEqual([name, null]);
      const fix = fixLegacyText(text);
      expect(fix.text).toBe(text);
      expect(fix.encoding).toBeNull();
      expect(fix.warning).toBeUndefined();
      // Decomposed (NFD) Unicode has no Latin-1 letters at all, and upper case changes nothing.
      expect(detectLegacyEncoding(text.normalize('NFD'))).toBeNull();
      expect(detectLegacyEncoding(text.toUpperCase())).toBeNull();
    }
  });

  it('leaves Unicode Vietnamese written with Latin-1 letters only alone', () => {
    // Words such as "Thông", "các", "và" are in Latin-1, like legacy bytes.
    const text = 'Thông tin các xã, phòng họp trực tuyến và máy tính. '.repeat(30);
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(detectLegacyEncoding(text.toUpperCase())).toBeNull();
  });

  it('leaves English, other Latin-1 languages, ASCII and digits alone', () => {
    const samples = [
      'The quick brown fox jumps over the lazy dog. Café naïve résumé coöperate « guillemets » © 2023 ® ° ± ½ ¼ × ÷.',
      "Le gouvernement a décidé d'étendre la période. Les élèves sont allés à l'école très tôt, où ils ont été accueillis.",
      'Die Größe des Gebäudes überrascht. Müller fährt über die Brücke. Schöne Grüße aus München, Äpfel und Öl.',
      'El niño comió en la montaña. ¿Dónde está la estación? Años después, según él, mañana será difícil.',
      'Revenue grew 12.5% to $1,305,471 in Q2 2023 (see Table 3).',
      '',
      '1.305.471 2,5% 98,6 235 12/2023',
    ];
    for (const s of samples) {
      expect(detectLegacyEncoding(s)).toBeNull();
      expect(detectLegacyEncoding(s.repeat(40))).toBeNull();
      expect(fixLegacyText(s).text).toBe(s);
    }
  });
});
