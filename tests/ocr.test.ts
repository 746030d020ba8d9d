// The OCR pieces that need no engine: hOCR, digit repairs, items from a page read by OCR, the
// render limits, provenance, the contract's OCR fields and the audit's low_ocr_confidence.
import { describe, expect, it } from '@jest/globals';
import { parseHocr, type RecognizedPage } from '../extractors/ocr/hocr.js';
import { repairDigits } from '../extractors/ocr/repair.js';
import { pageItems } from '../extractors/ocr/items.js';
import { largestDeclaredImage, MAX_RENDER_PIXELS, removeRules, renderDpi } from '../extractors/ocr/render.js';
import { ocrSource, toPdfBox } from '../extractors/ocr/provenance.js';
import { groupLines } from '../extractors/pdf-layout.js';
import { assemble } from '../extractors/pdf.js';
import { BaocaoError } from '../src/errors.js';
import { factProblem } from '../src/dataset/validate.js';
import { auditFacts } from '../src/audit/index.js';
import type { DocumentRecord, Fact } from '../src/facts.js';
import type { OcrText } from '../src/model.js';
import { makePdf } from './pdf-maker.js';

const HOCR = `<?xml version="1.0" encoding="UTF-8"?>
<div class='ocr_page' id='page_1' title='image ""; bbox 0 0 1241 1754; ppageno 0'>
 <div class='ocr_carea' id='block_1_1' title="bbox 178 509 1121 705">
  <p class='ocr_par' id='par_1_1' lang='vie' title="bbox 178 509 1121 705">
   <span class='ocr_line' id='line_1_1' title="bbox 236 509 1120 534; baseline 0.002 -5; x_size 25; x_descenders 5; x_ascenders 7">
    <span class='ocrx_word' id='word_1_1' title='bbox 236 510 300 534; x_wconf 96'>Tổng</span>
    <span class='ocrx_word' id='word_1_2' title='bbox 310 510 400 534; x_wconf 71'>1O5.471</span>
    <span class='ocrx_word' id='word_1_3' title='bbox 410 510 470 534; x_wconf 90'>&amp;&lt;b&gt;</span>
   </span>
   <span class='ocr_caption' id='line_1_2' title="bbox 178 545 400 568; baseline 0 -4; x_size 24">
    <span class='ocrx_word' id='word_1_4' title='bbox 178 545 400 568; x_wconf 93'><strong>62,88%).</strong></span>
   </span>
  </p>
 </div>
</div>`;

describe('hOCR', () => {
  it('reads lines and their words with boxes, confidences, baselines and entities', () => {
    const page = parseHocr(HOCR);
    expect([page.width, page.height]).toEqual([1241, 1754]);
    expect(page.lines).toHaveLength(2);
    expect(page.lines[0]).toMatchObject({ box: [236, 509, 1120, 534], slope: 0.002, offset: -5, size: 25 });
    expect(page.lines[0].words.map((w) => [w.text, w.confidence])).toEqual([
      ['Tổng', 96],
      ['1O5.471', 71],
      ['&<b>', 90],
    ]);
    expect(page.lines[1].words.map((w) => w.text)).toEqual(['62,88%).']);
  });
});

describe('digit repairs', () => {
  it('repairs letters read for digits inside a number', () => {
    expect(repairDigits('1O5.471')).toBe('105.471');
    expect(repairDigits('l.305.471')).toBe('1.305.471');
    expect(repairDigits('2O23,')).toBe('2023,');
    expect(repairDigits('(1O,5%)')).toBe('(10,5%)');
    expect(repairDigits('l00%')).toBe('100%');
    expect(repairDigits('1.2O')).toBe('1.20');
  });
  it('leaves words, and numbers that would not be certain, alone', () => {
    for (const w of ['Ol', 'II', 'lO', 'KT1', 'KT1O', 'Ol2', 'O,5%', 'COVID-19', 'lần', '10l2x', 'IO1', 'H2O']) expect([w, repairDigits(w)]).toEqual([w, w]);
  });
});

function recognizedPage(slope: number): RecognizedPage {
  // Two lines of a paragraph, then a table row with a wide gap between its cells, turned by `slope`.
  const line = (y: number, words: [string, number, number][]) => ({
    box: [words[0][1], y - 20, words[words.length - 1][2], y + Math.round(slope * (words[words.length - 1][2] - words[0][1])) + 5] as [number, number, number, number],
    slope,
    offset: -5,
    size: 25,
    words: words.map(([text, x0, x1]) => ({ text, confidence: 90, box: [x0, y - 20 + Math.round(slope * (x0 - words[0][1])), x1, y + Math.round(slope * (x1 - words[0][1]))] as [number, number, number, number] })),
  });
  return {
    width: 1241,
    height: 1754,
    lines: [
      line(300, [['Tổng', 180, 240], ['số', 250, 280], ['trạm', 290, 350], ['BTS', 360, 410], ['là', 420, 440], ['1.9l1', 450, 520], ['trạm,', 530, 600], ['trong', 610, 670], ['đó', 680, 710], ['có', 720, 750], ['502', 760, 800], ['trạm', 810, 870], ['2G', 880, 920], ['và', 930, 960], ['718', 970, 1010], ['trạm', 1020, 1080], ['3G.', 1090, 1120]]),
      line(334, [['Tổng', 180, 240], ['số', 250, 280], ['thuê', 290, 350], ['bao', 360, 410]]),
      line(420, [['Cấp', 180, 230], ['tỉnh', 240, 290], ['40.992', 700, 780]]),
    ],
  };
}

describe('a page read by OCR as text items', () => {
  it('straightens a turned page: the words of a line share one baseline, cells are cut at wide gaps', () => {
    for (const slope of [0, 0.02, -0.015]) {
      const placed = pageItems(recognizedPage(slope), 150, 0);
      const lines = groupLines(placed.items);
      expect(lines.map((l) => l.segments.map((s) => s.text))).toEqual([
        ['Tổng số trạm BTS là 1.911 trạm, trong đó có 502 trạm 2G và 718 trạm 3G.'],
        ['Tổng số thuê bao'],
        ['Cấp tỉnh', '40.992'],
      ]);
      // Points at 150 dpi, y upwards: the first line is higher on the page.
      expect(lines[0].y).toBeGreaterThan(lines[1].y);
      expect(placed.width).toBeCloseTo(595.68, 1);
    }
  });

  it('keeps every word traced to its place in the text, its line and confidence', () => {
    const placed = pageItems(recognizedPage(0.01), 150, 0);
    const marks: { at: number; word: number }[] = [];
    const doc = assemble([{ width: placed.width, height: placed.height, lines: groupLines(placed.items) }], 1, marks);
    expect(marks).toHaveLength(placed.words.length);
    for (const m of marks) expect(doc.text.slice(m.at, m.at + placed.words[m.word].text.length)).toBe(placed.words[m.word].text);
    expect(placed.words.find((w) => w.text === '1.911')?.line).toBe(0);
    expect(placed.lines.map((l) => l.confidence)).toEqual([90, 90, 90]);
  });
});

describe('limits of drawing a page', () => {
  it('draws a scan at its own resolution between 150 and 300 dpi, a page without images at 300', () => {
    expect(renderDpi(595, 842, 150, 'p')).toBe(150);
    expect(renderDpi(595, 842, 96, 'p')).toBe(150);
    expect(renderDpi(595, 842, 600, 'p')).toBe(300);
    expect(renderDpi(595, 842, null, 'p')).toBe(300);
  });
  it('lowers the resolution of a large page to fit, and refuses one that does not fit at 100 dpi', () => {
    const a0 = renderDpi(2384, 3370, null, 'p'); // A0
    expect(Math.ceil((2384 * a0) / 72) * Math.ceil((3370 * a0) / 72)).toBeLessThanOrEqual(MAX_RENDER_PIXELS);
    expect(a0).toBeGreaterThanOrEqual(100);
    let error: unknown;
    try {
      renderDpi(20_000, 20_000, null, 'Page 1 of big.pdf');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BaocaoError);
    expect((error as BaocaoError).code).toBe('TOO_LARGE');
    expect((error as BaocaoError).message).toMatch(/^Page 1 of big\.pdf is 20000 × 20000 pt/);
  });
  it('whitens the rules of a table, slightly turned, and says where its vertical rules stand; letters stay', () => {
    const [w, h] = [600, 400];
    const grey = new Uint8Array(w * h).fill(255);
    const ink = (x: number, y: number) => {
      if (x >= 0 && y >= 0 && x < w && y < h) grey[y * w + x] = 20;
    };
    // A frame with one inner column rule, turned by 1 px every 60 px.
    for (let x = 50; x < 550; x++) for (const y of [50, 350]) ink(x, y + Math.floor(x / 60));
    for (let y = 50; y < 350; y++) for (const x of [50, 300, 550]) ink(x + Math.floor(y / 60), y);
    // A "letter": a short stroke each way, and a dot.
    for (let i = 0; i < 20; i++) ink(100 + i, 200), ink(100, 190 + i);
    ink(130, 200);
    const rules = removeRules(grey, w, h);
    const left = (y: number) => [...grey.subarray(y * w, y * w + w)].filter((v) => v < 150).length;
    expect(left(50 + 2)).toBe(0); // the top rule is gone
    expect(left(200)).toBe(20 + 1); // the letter's stroke and dot are not
    expect(grey[205 * w + 100]).toBe(20);
    const xs = rules.map((r) => r[0]).sort((a, b) => a - b);
    expect(xs).toHaveLength(3);
    [50, 300, 550].forEach((x, i) => expect(Math.abs(xs[i] - x - 3)).toBeLessThanOrEqual(3));
    for (const r of rules) expect(r[2] - r[1]).toBeGreaterThan(250);
  });

  it('reads the size of the largest image a PDF declares, without decoding it', () => {
    const pdf = makePdf([{ kind: 'text', lines: ['a'] }, { kind: 'declared-image', width: 20_000, height: 20_000 }, { kind: 'declared-image', width: 300, height: 200 }]);
    expect(largestDeclaredImage(pdf)).toEqual({ width: 20_000, height: 20_000 });
    expect(largestDeclaredImage(makePdf([{ kind: 'text', lines: ['a'] }]))).toBeNull();
  });
});

const OCR: OcrText = {
  pages: [{ page: 2, engine: 'e', dpi: 150, width: 1241, height: 1754, transform: [150 / 72, 0, 0, -150 / 72, 0, 1754], confidence: 90, cached: false }],
  lines: [{ page: 2, confidence: 88, box: [100, 100, 900, 130] }],
  words: [
    { start: 10, end: 15, line: 0, confidence: 95, box: [100, 100, 200, 130] },
    { start: 16, end: 27, line: 0, confidence: 61, box: [210, 100, 420, 130] },
  ],
};

describe('OCR provenance', () => {
  it('maps image pixels to PDF points through the page transform', () => {
    expect(toPdfBox(OCR.pages[0], [0, 0, 1241, 1754])).toEqual([0, 0, 595.68, 841.92]);
    expect(toPdfBox(OCR.pages[0], [150, 1754 - 150, 300, 1754])).toEqual([72, 0, 144, 72]);
  });
  it('gives the line confidence, the lowest word confidence and the region of the number only', () => {
    // "45.974/140.408" is one word (16-30); the figure 45.974 is its first six characters.
    const s = ocrSource({ ocr: OCR }, 2, { start: 16, end: 22 });
    expect(s).toMatchObject({ ocr: true, ocr_confidence: 88, ocr_value_confidence: 61, ocr_quote_confidence: 61 });
    // The quote's words count for the quote's confidence: "Tổng 1.911" with "Tổng" unsure.
    expect(ocrSource({ ocr: OCR }, 2, { start: 10, end: 15 }, { start: 10, end: 27 })).toMatchObject({ ocr_value_confidence: 95, ocr_quote_confidence: 61 });
    const whole = toPdfBox(OCR.pages[0], OCR.words[1].box);
    expect(s!.region![0]).toBeCloseTo(whole[0], 1);
    expect(s!.region![2]).toBeLessThan(whole[2]);
    expect(ocrSource({ ocr: OCR }, 1, { start: 16, end: 22 })).toBeUndefined(); // page 1 had a text layer
    expect(ocrSource({ ocr: OCR }, 2, { start: 40, end: 44 })).toEqual({ ocr: true, ocr_confidence: 0, ocr_value_confidence: 0, ocr_quote_confidence: 0 });
  });
});

const DOC: DocumentRecord = {
  doc: 'scan.pdf',
  source: { path: 'scan.pdf', sha256: 'x', format: 'pdf', pages: 2, ocr_pages: 1 },
  province: null,
  province_code: null,
  period: null,
  title: null,
  issuer: null,
  number: null,
  date: null,
  signer: null,
  warnings: [],
  facts: 1,
};

function fact(id: string, source: Partial<Fact['source']>): Fact {
  return {
    id,
    doc: 'scan.pdf',
    source: { path: 'scan.pdf', sha256: 'x', format: 'pdf', page: 2, line: 1, start: 0, end: 10, value_start: 0, value_end: 5, ...source },
    province: null,
    province_code: null,
    period: null,
    metric: 'bts.stations',
    family: 'bts',
    dims: {},
    value: 1911,
    unit: 'count',
    basis: 'actual',
    raw: '1.911',
    quote: '1.911 trạm',
    qualifier: null,
    change_pct: null,
    rule: 'test',
    checks: [],
  };
}

describe('OCR fields in the contract and the audit', () => {
  it('accepts an OCR fact with its fields and refuses half of them', () => {
    const ok = fact('a', { ocr: true, ocr_confidence: 90, ocr_value_confidence: 80, ocr_quote_confidence: 70, region: [1, 2, 3, 4] });
    expect(factProblem(ok, DOC)).toBeNull();
    expect(factProblem(fact('b', { ocr: true }), DOC)).toMatch(/no confidence/);
    expect(factProblem(fact('c', { ocr: true, ocr_confidence: 90, ocr_value_confidence: 80, ocr_quote_confidence: 80, page: undefined }), DOC)).toMatch(/no page/);
    expect(factProblem(fact('d', { ocr_confidence: 90 }), DOC)).toMatch(/not read by OCR/);
    expect(factProblem(fact('e', { ocr: true, ocr_confidence: 190, ocr_value_confidence: 80, ocr_quote_confidence: 80 }), DOC)).not.toBeNull();
  });

  it('lists figures whose digits or naming words were read with a low confidence, and marks them in their checks', () => {
    const facts = [
      fact('sure', { ocr: true, ocr_confidence: 95, ocr_value_confidence: 93, ocr_quote_confidence: 90 }),
      fact('unsure', { ocr: true, ocr_confidence: 90, ocr_value_confidence: 62, ocr_quote_confidence: 62 }),
      fact('misnamed', { ocr: true, ocr_confidence: 90, ocr_value_confidence: 96, ocr_quote_confidence: 40 }),
      fact('typed', {}),
    ];
    const r = auditFacts(facts, {});
    const low = r.findings.filter((f) => f.type === 'low_ocr_confidence');
    expect(low.map((f) => [f.facts, f.confidence, f.threshold])).toEqual([
      [['unsure'], 62, 85],
      [['misnamed'], 40, 85],
    ]);
    expect(low[0].message).toMatch(/"1\.911" \(bts\.stations\) was read by OCR on page 2 with confidence 62, below 85: check the number/);
    expect(low[1].message).toMatch(/"1\.911" \(bts\.stations\) was read by OCR on page 2 among words read with confidence 40, below 85: check what the figure is said to be/);
    const checks = Object.fromEntries(r.facts.map((f) => [f.id, f.checks.map((c) => c.type)]));
    expect(checks).toEqual({ sure: [], unsure: ['low_ocr_confidence'], misnamed: ['low_ocr_confidence'], typed: [] });
    // A stricter threshold lists more; a second audit replaces the checks rather than adding to them.
    const again = auditFacts(r.facts, {}, { ocrConfidenceThreshold: 91 });
    expect(again.facts.map((f) => f.checks.length)).toEqual([1, 1, 1, 0]);
  });
});
