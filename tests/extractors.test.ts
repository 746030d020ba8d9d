// Extractors: the three formats of each corpus report agree on their figures; txt keeps the file
// text byte-for-byte (after NFC); tables, footnotes and pages come out as structure; every hostile
// input gives its typed error.
import { describe, it, expect, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { extractBytes, extractFile } from '../extractors/index.js';
import { groupLines } from '../extractors/pdf-layout.js';
import { isBaocaoError } from '../src/errors.js';
import { pageOf, type Block, type TextDocument } from '../src/model.js';

const FIXTURES = path.resolve(process.cwd(), 'fixtures');
const REPORTS = ['000_48393f621869d63c', '001_66f321ac8072f3c0', '003_94917d68e4cdbaae'];
const FORMATS = ['txt', 'docx', 'pdf'] as const;
const report = (id: string, ext: string) => path.join(FIXTURES, 'reports', `${id}.${ext}`);
const hostile = (name: string) => path.join(FIXTURES, 'hostile', name);

const docs = new Map<string, TextDocument>();
beforeAll(async () => {
  for (const id of REPORTS) for (const f of FORMATS) docs.set(`${id}.${f}`, await extractFile(report(id, f)));
}, 120_000);
const doc = (id: string, f: string) => docs.get(`${id}.${f}`)!;

/** Digit groups such as 1.305.471, 35,56, 2023 (footnote reference marks ^[1] are not figures). */
function numberTokens(text: string): Set<string> {
  return new Set(text.normalize('NFC').replace(/\^\[\d+\]/g, ' ').match(/\d+(?:[.,]\d+)*/g) ?? []);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    if (!isBaocaoError(e)) throw e;
    return e.code;
  }
}

const sliceText = (d: TextDocument, s: { start: number; end: number }) => d.text.slice(s.start, s.end);
const tables = (d: TextDocument) => d.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const footnotes = (d: TextDocument) => d.blocks.filter((b): b is Extract<Block, { kind: 'footnote' }> => b.kind === 'footnote');

describe('corpus reports', () => {
  for (const id of REPORTS) {
    for (const f of ['docx', 'pdf'] as const) {
      it(`${id}.${f} has every number of the txt version`, () => {
        const expected = numberTokens(doc(id, 'txt').text);
        const got = numberTokens(doc(id, f).text);
        const missing = [...expected].filter((t) => !got.has(t));
        expect(expected.size).toBeGreaterThan(50);
        expect(missing).toEqual([]);
      });
    }

    it(`${id}.txt text is exactly the NFC file content`, () => {
      const raw = readFileSync(report(id, 'txt'), 'utf8').replace(/^\uFEFF/, '');
      expect(doc(id, 'txt').text).toBe(raw.normalize('NFC'));
    });

    for (const f of FORMATS) {
      it(`${id}.${f}: NFC text, ordered non-overlapping blocks, cells inside their rows`, () => {
        const d = doc(id, f);
        expect(d.format).toBe(f);
        expect(d.text.normalize('NFC')).toBe(d.text);
        expect(d.lineStarts[0]).toBe(0);
        for (const s of d.lineStarts.slice(1)) expect(d.text[s - 1]).toBe('\n');
        let last = 0;
        for (const b of d.blocks) {
          expect(b.start).toBeGreaterThanOrEqual(last);
          expect(b.end).toBeGreaterThanOrEqual(b.start);
          expect(b.end).toBeLessThanOrEqual(d.text.length);
          last = b.end;
          if (b.kind === 'table') {
            for (const r of b.rows) {
              expect(r.start).toBeGreaterThanOrEqual(b.start);
              expect(r.end).toBeLessThanOrEqual(b.end);
              for (const c of r.cells) {
                expect(c.start).toBeGreaterThanOrEqual(r.start);
                expect(c.end).toBeLessThanOrEqual(r.end);
                expect(sliceText(d, c)).not.toMatch(/[\t\n]/);
              }
            }
          }
        }
        // Paragraphs are kept apart: no sentence-level block runs into the next one.
        for (const b of d.blocks) if (b.kind === 'paragraph' && f !== 'txt') expect(sliceText(d, b)).not.toContain('\n\n');
      });
    }

    it(`${id}.pdf reports its pages`, () => {
      const d = doc(id, 'pdf');
      expect(d.pageCount).toBeGreaterThan(1);
      expect(d.pages).toHaveLength(d.pageCount!);
      expect(d.pages[0].start).toBe(0);
      for (let i = 1; i < d.pages.length; i++) expect(d.pages[i].start).toBe(d.pages[i - 1].end);
      expect(d.pages[d.pages.length - 1].end).toBe(d.text.length);
      // Page numbers printed at the foot are furniture on their own page, not part of sentences.
      const furniture = d.blocks.filter((b) => b.kind === 'furniture');
      expect(furniture.length).toBeGreaterThanOrEqual(d.pageCount! - 1);
      for (const b of furniture) {
        const n = Number(sliceText(d, b));
        if (Number.isInteger(n)) expect(pageOf(d, b.start)).toBe(n);
      }
    });
  }

  it('finds figures on the page they are printed on', () => {
    const d = doc('003_94917d68e4cdbaae', 'pdf');
    expect(pageOf(d, d.text.indexOf('1.305.471'))).toBe(1);
    const d0 = doc('000_48393f621869d63c', 'pdf');
    expect(pageOf(d0, d0.text.indexOf('Mật độ internet trên 100 dân'))).toBe(16);
  });

  for (const f of FORMATS) {
    it(`000.${f}: Phụ lục 1 table keeps its cells apart`, () => {
      const d = doc('000_48393f621869d63c', f);
      const rows = tables(d).flatMap((t) => t.rows.map((r) => r.cells.map((c) => sliceText(d, c))));
      const row = rows.find((cells) => cells.includes('Mật độ internet trên 100 dân'));
      expect(row).toBeDefined();
      const i = row!.indexOf('Mật độ internet trên 100 dân');
      expect(row!.slice(i, i + 5)).toEqual(['Mật độ internet trên 100 dân', 'Thuê bao', '97,5', '98,5', '98']);
      const header = tables(d).flatMap((t) => t.rows).find((r) => r.cells.some((c) => sliceText(d, c) === 'Chỉ tiêu'));
      expect(header?.header).toBe(true);
    });
  }

  it('000.pdf and 000.txt mark the header repeated after a page break', () => {
    for (const f of ['txt', 'pdf']) {
      const d = doc('000_48393f621869d63c', f);
      const repeated = tables(d).flatMap((t) => t.rows).filter((r) => r.repeated);
      expect(repeated.length).toBeGreaterThan(0);
      for (const r of repeated) expect(r.header).toBe(true);
    }
  });

  for (const f of FORMATS) {
    it(`000.${f}: footnotes carry their marker and where they are referenced`, () => {
      const d = doc('000_48393f621869d63c', f);
      const notes = footnotes(d);
      const markers = new Set(notes.map((n) => n.marker));
      for (const m of ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷']) expect(markers.has(m)).toBe(true);
      for (const n of notes.filter((x) => x.refs.length)) {
        expect(sliceText(d, n).startsWith(n.marker)).toBe(true);
        for (const r of n.refs) expect(d.text.slice(r, r + 4)).toMatch(/^(\^\[\d+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹])/);
      }
      expect(notes.filter((x) => x.refs.length).length).toBeGreaterThanOrEqual(6);
    });
  }

  it('reads headings and list items', () => {
    for (const f of FORMATS) {
      const d = doc('000_48393f621869d63c', f);
      const headings = d.blocks.filter((b) => b.kind === 'heading').map((b) => sliceText(d, b));
      expect(headings).toContain('I. ĐẶC ĐIỂM TÌNH HÌNH');
      expect(headings).toContain('1.2. Công tác tổ chức triển khai thực hiện');
      expect(headings.some((h) => h.startsWith('PHỤ LỤC 1'))).toBe(true);
      const items = d.blocks.filter((b) => b.kind === 'list_item').map((b) => sliceText(d, b));
      expect(items).toContain('- Ban Tuyên giáo Tỉnh ủy;');
    }
  });
});

describe('txt blocks', () => {
  it('a numbered heading ends the list item above it; a wrapped item keeps its own next line', async () => {
    const { extractTxt } = await import('../extractors/txt.js');
    const text = [
      '- Cấp xã: tiếp nhận 20.000 hồ sơ, đã giải quyết',
      '19.950 hồ sơ.',
      '4. Văn bản điện tử',
      'Trong kỳ đã gửi, nhận 345.000 văn bản điện tử.',
    ].join('\n');
    const d = extractTxt(new TextEncoder().encode(text), 'x.txt');
    expect(d.blocks.map((b) => [b.kind, d.text.slice(b.start, b.end)])).toEqual([
      ['list_item', '- Cấp xã: tiếp nhận 20.000 hồ sơ, đã giải quyết\n19.950 hồ sơ.'],
      ['heading', '4. Văn bản điện tử'],
      ['paragraph', 'Trong kỳ đã gửi, nhận 345.000 văn bản điện tử.'],
    ]);
  });
});

describe('txt decoding', () => {
  const body = 'Tỷ lệ hồ sơ trực tuyến đạt 80,26%.\nTổng cộng 1.305.471 bưu gửi.';
  const nfd = body.normalize('NFD');
  const utf16 = (s: string, be: boolean) => {
    const le = Buffer.from(s, 'utf16le');
    if (be) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
  };
  const cases: [string, Buffer, string][] = [
    ['UTF-8', Buffer.from(body), body],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), body],
    ['UTF-16 LE', utf16(body, false), body],
    ['UTF-16 BE', utf16(body, true), body],
    ['CRLF', Buffer.from(body.replace(/\n/g, '\r\n')), body.replace(/\n/g, '\r\n')],
    ['NFD', Buffer.from(nfd), body],
  ];
  for (const [label, bytes, expected] of cases) {
    it(`reads ${label}`, async () => {
      const d = await extractBytes(bytes, 'r.txt');
      expect(d.text).toBe(expected);
      expect(d.text.indexOf('80,26%')).toBeGreaterThan(0);
      expect(d.blocks.length).toBeGreaterThan(0);
    });
  }
  it('keeps CRLF out of block spans', async () => {
    const d = await extractBytes(Buffer.from('I. MỞ ĐẦU\r\n\r\nĐạt 12%.\r\n'), 'r.txt');
    expect(d.blocks.map((b) => [b.kind, sliceText(d, b)])).toEqual([
      ['heading', 'I. MỞ ĐẦU'],
      ['paragraph', 'Đạt 12%.'],
    ]);
  });
  it('reads tab-separated rows as one table and trims emphasis marks from cells', async () => {
    const text = 'STT\tChỉ tiêu\tKết quả\n(1)\t(2)\t(3)\n1\t<i>Cấp tỉnh</i>\t<i>53,92%</i>\n\nSTT\tChỉ tiêu\tKết quả\n2\tCấp xã\t11,39%\n';
    const d = await extractBytes(Buffer.from(text), 'r.txt');
    const t = tables(d);
    expect(t).toHaveLength(1);
    expect(t[0].rows.map((r) => [r.header ?? false, r.repeated ?? false])).toEqual([
      [true, false],
      [true, false],
      [false, false],
      [true, true],
      [false, false],
    ]);
    expect(t[0].rows[2].cells.map((c) => sliceText(d, c))).toEqual(['1', 'Cấp tỉnh', '53,92%']);
  });
  it('links footnote lines to ^[n] and superscript references', async () => {
    const d = await extractBytes(Buffer.from('Ban hành 04 Kế hoạch ^[4] và văn bản khác³.\n\n⁴ Kế hoạch số 1.\n\n³ Văn bản.\n'), 'r.txt');
    const notes = footnotes(d);
    expect(notes.map((n) => [n.marker, n.refs.map((r) => d.text[r])])).toEqual([
      ['⁴', ['^']],
      ['³', ['³']],
    ]);
  });
});

describe('hostile inputs', () => {
  const cases: [string, string][] = [
    ['corrupt.pdf', 'PDF_CORRUPT'],
    ['corrupt.docx', 'DOCX_CORRUPT'],
    ['empty.txt', 'EMPTY_FILE'],
    ['x.xlsx', 'UNSUPPORTED_FORMAT'],
    ['scanned_003_p1-2.pdf', 'NO_TEXT_LAYER'],
    ['encrypted.pdf', 'PDF_ENCRYPTED'],
    ['junk.txt', 'TXT_BINARY'],
    ['invalid-utf8.txt', 'TXT_BINARY'],
  ];
  for (const [name, code] of cases) {
    it(`${name} → ${code}`, async () => {
      // A scan is read by OCR unless OCR is off (tests/ocr-scan.test.ts reads it).
      expect(await codeOf(extractFile(hostile(name), { ocr: { mode: 'off' } }))).toBe(code);
    });
  }
  it('names the supported formats and the page count in its messages', async () => {
    await expect(extractFile(hostile('x.xlsx'))).rejects.toThrow(/\.txt, \.docx, \.pdf/);
    await expect(extractFile(hostile('scanned_003_p1-2.pdf'), { ocr: { mode: 'off' } })).rejects.toThrow(/2 pages.*OCR/);
  });
  it('reads a PDF whose only password is the owner one', async () => {
    const d = await extractFile(hostile('owner-password-only.pdf'));
    expect(d.text).toContain('1.305.471');
  });
  it('reads a PDF with a broken xref table (or calls it corrupt)', async () => {
    const code = await codeOf(extractFile(hostile('broken-xref.pdf')));
    expect(['OK', 'PDF_CORRUPT']).toContain(code);
    if (code === 'OK') expect((await extractFile(hostile('broken-xref.pdf'))).text).toContain('35,56%');
  });
  it('extracts the text of a PDF with embedded JavaScript without running it', async () => {
    const before = Object.keys(globalThis).length;
    const d = await extractFile(hostile('javascript.pdf'));
    expect(d.text).toContain('1.305.471 thue bao');
    expect(d.text).not.toContain('pwned');
    expect(Object.keys(globalThis).length).toBe(before);
  });
  it('refuses garbage with a typed error for every format', async () => {
    const junk = Buffer.from('%PDF-1.7\n\u0000\u0001 not really a pdf');
    expect(await codeOf(extractBytes(junk, 'a.pdf'))).toBe('PDF_CORRUPT');
    expect(await codeOf(extractBytes(Buffer.from('PK\u0003\u0004garbage'), 'a.docx'))).toBe('DOCX_CORRUPT');
    expect(await codeOf(extractBytes(Buffer.from('abc'), 'noext'))).toBe('UNSUPPORTED_FORMAT');
  });
});

// A minimal zip writer for zip-bomb tests.
function makeZip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const comp = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
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

describe('DOCX zip guard', () => {
  const xml = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>';
  it('refuses a zip that declares more than the limit', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.from(xml), declaredSize: 0xf0000000 }]);
    expect(await codeOf(extractBytes(bomb, 'bomb.docx'))).toBe('TOO_LARGE');
  });
  it('refuses a zip whose parts inflate past the limit, even when it lies about their size', async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024, 0x20);
    const honest = makeZip([{ name: 'word/document.xml', data: zeros }]);
    expect(honest.length).toBeLessThan(100_000);
    expect(await codeOf(extractBytes(honest, 'bomb.docx', { maxUnzippedBytes: 1024 * 1024 }))).toBe('TOO_LARGE');
    const liar = makeZip([{ name: 'word/document.xml', data: zeros, declaredSize: 100 }]);
    expect(await codeOf(extractBytes(liar, 'liar.docx', { maxUnzippedBytes: 1024 * 1024 }))).toBe('TOO_LARGE');
  });
  it('calls a zip without word/document.xml not a Word document', async () => {
    const zip = makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<x/>') }]);
    expect(await codeOf(extractBytes(zip, 'a.docx'))).toBe('DOCX_CORRUPT');
  });
});

describe('PDF line assembly', () => {
  it('writes raised small digits as superscript footnote references', () => {
    const [line] = groupLines([
      { str: 'đầu năm', x: 85, y: 324, w: 50, size: 13 },
      { str: '1', x: 136, y: 329.3, w: 4, size: 7.5 },
    ]);
    expect(line.segments[0].text).toBe('đầu năm¹');
    expect(line.segments[0].refs).toEqual([{ at: 7, n: 1 }]);
  });
  it('joins combining marks emitted as separate items and normalizes to NFC', () => {
    const [line] = groupLines([
      { str: 'Vie', x: 85, y: 500, w: 18, size: 12 },
      { str: '\u0323\u0302', x: 97, y: 500, w: 0, size: 12 },
      { str: 't Nam', x: 103, y: 500, w: 30, size: 12 },
    ]);
    expect(line.segments[0].text).toBe('Việt Nam');
  });
  it('splits a line at wide gaps into cells', () => {
    const [line] = groupLines([
      { str: 'Mật độ internet', x: 90, y: 300, w: 70, size: 10 },
      { str: 'Thuê bao', x: 235, y: 300, w: 20.5, size: 10 },
      { str: '97,5', x: 275, y: 300, w: 17, size: 10 },
    ]);
    expect(line.segments.map((s) => s.text)).toEqual(['Mật độ internet', 'Thuê bao', '97,5']);
  });
});
