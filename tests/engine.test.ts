// How the engine reads structure: sentences cut by page breaks and footnotes, a sentence's own
// period, figures of other provinces and national targets, and catalog coverage.
import { describe, expect, it } from '@jest/globals';
import { FAMILIES } from '../rules/index.js';
import { metrics } from '../src/catalog.js';
import { extractFacts } from '../src/engine/index.js';
import { extractTxt } from '../extractors/txt.js';
import { logicalParagraphs, sentences } from '../src/engine/segments.js';
import { computeLineStarts, type Block, type TextDocument } from '../src/model.js';

/** A document whose blank-line chunks are paragraphs, and chunks starting with a superscript footnotes. */
function docOf(text: string): TextDocument {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m; (m = re.exec(text)); ) {
    const span = { start: m.index, end: m.index + m[0].length };
    blocks.push(/^[¹²³⁴⁵⁶⁷⁸⁹]/.test(m[0]) ? { kind: 'footnote', marker: m[0][0], refs: [], ...span } : { kind: 'paragraph', ...span });
  }
  return { format: 'txt', text, lineStarts: computeLineStarts(text), pages: [], blocks, warnings: [] };
}

const H1_2023 = { start: '2023-01-01', end: '2023-06-30', label: '6 tháng đầu năm 2023' };

describe('sentences broken by the source', () => {
  const text =
    '100% UBND cấp xã kết nối mạng truyền số liệu chuyên dùng; 70 thuê bao băng\n\n¹ Quyết định số 12/QĐ-UBND ngày 01/3/2023 về 45 nhiệm vụ.\n\nrộng di động (BRĐĐ)/100 dân; 23 thuê bao băng rộng cố định (BRCD)/100 dân.';
  const doc = docOf(text);

  it('never runs a heading, or the title under it, into the text below', () => {
    const text = 'BÁO CÁO\n\nKết quả 6 tháng đầu năm 2024\n\nPhấn đấu đến cuối năm 2024, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 80%.';
    const d: TextDocument = {
      ...docOf(text),
      blocks: [
        { kind: 'heading', level: 1, start: 0, end: 7 },
        { kind: 'paragraph', start: 9, end: 37 },
        { kind: 'paragraph', start: 39, end: text.length },
      ],
    };
    expect(logicalParagraphs(d).map((p) => p.text)).toEqual(['BÁO CÁO', 'Kết quả 6 tháng đầu năm 2024', text.slice(39)]);
  });

  it('keeps a caption or subheading set apart by a blank line out of the sentence below it', () => {
    const text = 'Người dân làm thủ tục tại bộ phận một cửa cấp xã\n\nHệ thống dịch vụ công của tỉnh hiện có 1.900 dịch vụ công.';
    expect(logicalParagraphs(docOf(text)).map((p) => p.text)).toEqual(['Người dân làm thủ tục tại bộ phận một cửa cấp xã', text.slice(50)]);
    const [f] = extractFacts(docOf(text), { period: null });
    expect(f).toMatchObject({ metric: 'eservice.count', value: 1900, dims: {} });
  });

  it('still joins a long paragraph that a page break cut before a name', () => {
    const first = `${'Trong kỳ, các cơ quan, đơn vị tiếp tục đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin và chuyển đổi số trong giải quyết thủ tục hành chính. '.repeat(2)}Tỷ lệ hồ sơ trực tuyến của tỉnh`;
    const text = `${first}\n\nNinh Thuận đạt 61,5%.`;
    expect(logicalParagraphs(docOf(text))).toHaveLength(1);
  });

  it('joins a paragraph cut mid-sentence, skipping the footnote in between', () => {
    const paras = logicalParagraphs(doc);
    expect(paras).toHaveLength(1);
    expect(paras[0].text).toContain('70 thuê bao băng rộng di động (BRĐĐ)/100 dân');
    expect(paras[0].text).not.toContain('Quyết định');
    expect(sentences(paras[0])).toHaveLength(1);
  });

  it('reads the joined sentence and quotes the side that holds the number', () => {
    const facts = extractFacts(doc, { period: null });
    const mobile = facts.find((f) => f.metric === 'subs.broadband_density' && f.dims.kind === 'mobile');
    expect(mobile?.value).toBe(70);
    const quote = text.slice(mobile!.quoteSpan.start, mobile!.quoteSpan.end);
    expect(quote).toContain('70 thuê bao băng');
    expect(quote).not.toContain('\n');
    expect(facts.some((f) => f.value === 45)).toBe(false);
  });
});

describe('periods', () => {
  it("a sentence's own period overrides the report's", () => {
    const doc = docOf('Từ ngày 01/01/2023 đến 25/5/2023 trên hệ thống Dịch vụ công tỉnh tiếp nhận 132.667 hồ sơ.');
    const [f] = extractFacts(doc, { period: H1_2023 });
    expect(f.metric).toBe('dossier.received');
    expect(f.period).toMatchObject({ start: '2023-01-01', end: '2023-05-25' });
  });

  it("a later figure whose own clause opens with a period has that one, not the sentence's", () => {
    const doc = docOf('Trong tháng 5/2024, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 72,3%, tháng 4/2024 đạt 70,1%; so với tháng 4/2024 tăng 2,2%.');
    const facts = extractFacts(doc, { period: null });
    expect(facts.map((f) => [f.value, f.period?.label])).toEqual([
      [72.3, 'tháng 5/2024'],
      [70.1, 'tháng 4/2024'],
    ]);
  });

  it('a period right before the verb is the figure\'s own', () => {
    const facts = extractFacts(docOf('Tỷ lệ hồ sơ tiếp nhận trực tuyến năm 2022 là 55%, năm 2023 là 68%.'), { period: H1_2023 });
    expect(facts.map((f) => [f.value, f.period?.label, f.basis])).toEqual([
      [55, 'năm 2022', 'actual'],
      // The year so far, in a half-year report.
      [68, 'năm 2023', 'actual'],
    ]);
  });

  it('the value a rate rose from is not a figure of the period', () => {
    const facts = extractFacts(docOf('Tỷ lệ ký số văn bản đi cấp xã tăng từ 85% lên 93%.'), { period: null });
    expect(facts.map((f) => f.value)).toEqual([93]);
  });

  it("a figure of a period that begins after the report's is a target, or an estimate when it says so", () => {
    const april = { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' };
    const plan = extractFacts(docOf('Đến năm 2025, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 80%.'), { period: april });
    expect(plan.map((f) => [f.basis, f.period?.label])).toEqual([['target', 'năm 2025']]);
    const estimate = extractFacts(docOf('Quý III/2023, số thuê bao điện thoại ước đạt 700.000 thuê bao.'), { period: april });
    expect(estimate.map((f) => f.basis)).toEqual(['estimate']);
    // Without a report period nothing is known to lie ahead.
    expect(extractFacts(docOf('Đến năm 2025, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 80%.'), { period: null }).map((f) => f.basis)).toEqual(['actual']);
  });

  it('an undated sentence restating a dated count belongs to the same data set', () => {
    const doc = docOf(
      'Từ ngày 01/01/2023 đến 25/5/2023 trên hệ thống tiếp nhận 132.667 hồ sơ. Tổng số hồ sơ đã được giải quyết là 131.124 hồ sơ.\n\nTỷ lệ tiếp nhận hồ sơ trực tuyến 106.481/132.667 hồ sơ đạt 80,26%.\n\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%.',
    );
    const facts = extractFacts(doc, { period: H1_2023 });
    const periodOf = (metric: string, value: number) => facts.find((f) => f.metric === metric && f.value === value)?.period?.end;
    expect(periodOf('dossier.received', 132667)).toBe('2023-05-25');
    expect(periodOf('dossier.received_share', 80.26)).toBe('2023-05-25');
    expect(periodOf('dossier.received', 106481)).toBe('2023-05-25');
    // No figure in common: the report's period.
    expect(periodOf('dossier.resolved', 131124)).toBeUndefined();
    expect(periodOf('dossier.resolved_ontime_share', 99.5)).toBeUndefined();
  });

  it("the report's own period is not repeated on the fact", () => {
    const doc = docOf('Trong 6 tháng đầu năm 2023, đã cấp 280 chứng thư số cho các tổ chức, cá nhân.');
    const [f] = extractFacts(doc, { period: H1_2023 });
    expect(f.metric).toBe('esign.certificates_issued');
    expect(f.period).toBeUndefined();
  });
});

describe('basis from the opening words of a sentence', () => {
  it.each([
    ['Phấn đấu đến cuối năm 2024, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 80%.', 'target'],
    ['Mục tiêu đến năm 2025, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 80%.', 'target'],
    ['Ước thực hiện 6 tháng đầu năm 2024, tổng số thuê bao điện thoại đạt 700.000 thuê bao.', 'estimate'],
    ['Dự kiến đến hết năm 2024, toàn tỉnh có 2.100 trạm BTS.', 'estimate'],
    // An indicator's heading words followed by the result reached are not a target.
    ['Chỉ tiêu số hồ sơ tiếp nhận qua dịch vụ bưu chính công ích đạt 860 hồ sơ.', 'actual'],
    ['Trong quý I/2024, đã tiếp nhận 12.345 hồ sơ.', 'actual'],
    // A sentence opening with a plan and its period: its figures are that period's targets.
    ['Kế hoạch năm 2025: phấn đấu tỷ lệ văn bản ký số đạt trên 95%.', 'target'],
    ['Phương hướng, nhiệm vụ năm 2025: tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 85%.', 'target'],
    // A plan cited by its number is not a plan opening.
    ['Kế hoạch số 1.234/KH-UBND ngày 12/3/2024 đã được triển khai, toàn tỉnh tiếp nhận 12.345 hồ sơ.', 'actual'],
  ])('%s → %s', (text, basis) => {
    const facts = extractFacts(docOf(text), { period: null });
    expect(facts.map((f) => f.basis)).toEqual([basis]);
  });
});

describe('a plan opening names the period of its targets', () => {
  it('"Kế hoạch năm 2025: …" in a report on the third quarter of 2024 gives a 2025 target', () => {
    const q3 = { start: '2024-07-01', end: '2024-09-30', label: 'quý III năm 2024' };
    const [f] = extractFacts(docOf('Kế hoạch năm 2025: phấn đấu tỷ lệ văn bản ký số đạt trên 95%.'), { period: q3 });
    expect([f.metric, f.value, f.basis, f.period?.start, f.period?.end]).toEqual(['esign.rate', 95, 'target', '2025-01-01', '2025-12-31']);
  });
});

describe('a running total names its period', () => {
  it('"Lũy kế 10 tháng năm 2024, …" in a report on October gives January to October', () => {
    const oct = { start: '2024-10-01', end: '2024-10-31', label: 'tháng 10 năm 2024' };
    const [f] = extractFacts(docOf('Lũy kế 10 tháng năm 2024, tiếp nhận 85.432 hồ sơ.'), { period: oct });
    expect([f.metric, f.value, f.period?.start, f.period?.end]).toEqual(['dossier.received', 85432, '2024-01-01', '2024-10-31']);
  });

  it('"Từ đầu năm đến nay, …" is the year so far: its own period in a monthly report, the report\'s in a half-year one', () => {
    const oct = { start: '2024-10-01', end: '2024-10-31', label: 'tháng 10 năm 2024' };
    const text = 'Từ đầu năm đến nay, tiếp nhận 85.432 hồ sơ. Trong tháng, tiếp nhận 8.765 hồ sơ.';
    const facts = extractFacts(docOf(text), { period: oct });
    expect(facts.map((f) => [f.value, f.period?.start, f.period?.end])).toEqual([
      [85432, '2024-01-01', '2024-10-31'],
      [8765, undefined, undefined],
    ]);
    const h1 = { start: '2024-01-01', end: '2024-06-30', label: '6 tháng đầu năm 2024' };
    expect(extractFacts(docOf(text), { period: h1 }).map((f) => f.period)).toEqual([undefined, undefined]);
  });
});

describe('"đến nay", "hiện nay" date a later figure to the report', () => {
  it('gives the figure after "đến nay" the report\'s period, not the one the sentence opened with', () => {
    const y2024 = { start: '2024-01-01', end: '2024-12-31', label: 'năm 2024' };
    const facts = extractFacts(docOf('Năm 2023 toàn tỉnh có 1.050 trạm BTS, đến nay có 1.112 trạm BTS.'), { period: y2024 });
    expect(facts.map((f) => [f.value, f.period?.start ?? null])).toEqual([
      [1050, '2023-01-01'],
      [1112, null],
    ]);
  });
});

describe('the period right by a figure', () => {
  it('reads "tăng từ 85% năm 2023 lên 98% năm 2024": the new value is of 2024, the old one is no fact', () => {
    const y2024 = { start: '2024-01-01', end: '2024-12-31', label: 'năm 2024' };
    const doc = docOf('Tỷ lệ văn bản đi được ký số tăng từ 85% năm 2023 lên 98% năm 2024. Tỷ lệ văn bản đi được ký số đạt 93% năm 2022 và 95% năm 2023.');
    expect(extractFacts(doc, { period: y2024 }).map((f) => [f.value, f.period?.start ?? null])).toEqual([
      [98, null],
      [93, '2022-01-01'],
      [95, '2023-01-01'],
    ]);
  });
});

describe('a heading that plans a later period', () => {
  // Headings as the txt reader marks them: "3. Phương hướng năm 2025" opens a part of the report.
  const report = (text: string) => extractTxt(new TextEncoder().encode(text), 'p.txt');
  const y2024 = { start: '2024-01-01', end: '2024-12-31', label: 'năm 2024' };

  it('makes the figures under it targets of that period, up to the next heading of its level', () => {
    const doc = report(
      '1. Chính quyền số\n\nTỷ lệ văn bản đi được ký số đạt 98,7%.\n\n2. Phương hướng năm 2025\n\nPhấn đấu 100% văn bản đi được ký số.\n\n3. Kiến nghị\n\nTỷ lệ văn bản đi được ký số cấp xã đạt 96%.',
    );
    const facts = extractFacts(doc, { period: y2024 });
    expect(facts.map((f) => [f.value, f.basis, f.period?.start ?? null])).toEqual([
      [98.7, 'actual', null],
      [100, 'target', '2025-01-01'],
      [96, 'actual', null],
    ]);
  });

  it('plans nothing when its period is not after the report\'s', () => {
    const doc = report('1. Kết quả thực hiện nhiệm vụ năm 2024\n\nTỷ lệ văn bản đi được ký số đạt 98,7%.\n\n2. Nhiệm vụ năm 2024\n\nTỷ lệ văn bản đi được ký số đạt 99%.');
    expect(extractFacts(doc, { period: y2024 }).map((f) => [f.value, f.basis, f.period ?? null])).toEqual([
      [98.7, 'actual', null],
      [99, 'actual', null],
    ]);
  });
});

describe("figures that are not the report's", () => {
  it('skips a clause about another province', () => {
    const doc = docOf('Tỷ lệ hồ sơ tiếp nhận trực tuyến của tỉnh Khánh Hòa đạt 85,2%; toàn tỉnh Ninh Thuận tiếp nhận 1.000 hồ sơ.');
    const facts = extractFacts(doc, { period: null, province_code: '58' });
    expect(facts.map((f) => [f.metric, f.value])).toEqual([['dossier.received', 1000]]);
  });

  it('skips national targets and whole-country figures', () => {
    const doc = docOf(
      'Theo Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025 có 80% hồ sơ được tiếp nhận trực tuyến.\n\nTỷ lệ hồ sơ tiếp nhận trực tuyến của cả nước đạt 45%.',
    );
    expect(extractFacts(doc, { period: null })).toEqual([]);
  });

  it("leaves out a district's, a department's or an operator's figure (no entity dim), and keeps the issuer's and the province's", () => {
    const doc = docOf(
      [
        'UBND huyện Ninh Phước tiếp nhận 4.567 hồ sơ.',
        'Kết quả của các huyện: huyện Ninh Sơn 3.210 hồ sơ, huyện Bác Ái 1.100 hồ sơ.',
        'Sở Tư pháp tiếp nhận 1.234 hồ sơ, đúng hạn 1.200 hồ sơ.',
        'Tổng số thuê bao di động của Viettel là 450.000 thuê bao.',
        'Theo số liệu của Sở Tư pháp, toàn tỉnh tiếp nhận 9.876 hồ sơ.',
        'Tổng số hồ sơ tiếp nhận 12.345 hồ sơ (trong đó Sở Tư pháp 1.234 hồ sơ), đã giải quyết 12.000 hồ sơ.',
        'Sở Thông tin và Truyền thông đã cấp 07 chứng thư số cho các tổ chức, cá nhân.',
        'Tỷ lệ ký số của xã Phước Bình đạt 48,77%.',
        'Riêng Viettel phát triển mới 8.000 thuê bao di động.',
        'Sở Thông tin và Truyền thông phối hợp với Viettel, VNPT, MobiFone phát triển mới 12.000 thuê bao di động.',
      ].join('\n\n'),
    );
    const facts = extractFacts(doc, { period: null, province_code: '58' });
    expect(facts.map((f) => [f.metric, f.value, f.dims])).toEqual([
      ['dossier.received', 9876, {}],
      ['dossier.received', 12345, {}],
      ['dossier.resolved', 12000, {}],
      ['esign.certificates_issued', 7, {}],
      ['esign.rate', 48.77, { entity: 'xã Phước Bình' }],
      ['subs.phone_new', 12000, { kind: 'mobile' }],
    ]);
  });

  it("quotes a sentence's first figure from the words that name it", () => {
    const doc = docOf('Số thuê bao Internet băng rộng cố định (FTTH) đạt 150.000 thuê bao, tăng 8% so với cùng kỳ.');
    const [f] = extractFacts(doc, { period: null });
    expect(doc.text.slice(f.quoteSpan.start, f.quoteSpan.end)).toBe('Số thuê bao Internet băng rộng cố định (FTTH) đạt 150.000 thuê bao');
  });

  it('quotes a figure named by a bare word from where the sentence names it in full', () => {
    const doc = docOf('Trong quý, các doanh nghiệp đã lắp đặt mới 120 trạm BTS, nâng tổng số trạm lên 2.980 trạm.');
    const facts = extractFacts(doc, { period: null });
    expect(facts.map((f) => [f.metric, f.value])).toEqual([['bts.stations', 2980]]);
    expect(doc.text.slice(facts[0].quoteSpan.start, facts[0].quoteSpan.end)).toBe('Trong quý, các doanh nghiệp đã lắp đặt mới 120 trạm BTS, nâng tổng số trạm lên 2.980 trạm.');
  });

  it('quotes the level words a comma cut off from the figure', () => {
    const doc = docOf('Tỷ lệ văn bản đi được ký số của các sở, ban, ngành đạt 99,5%; UBND các huyện, thành phố đạt 98,2%; UBND các xã, phường, thị trấn đạt 95,1%.');
    const quotes = extractFacts(doc, { period: null }).map((f) => [f.dims.level, doc.text.slice(f.quoteSpan.start, f.quoteSpan.end)]);
    expect(quotes).toEqual([
      ['province', 'Tỷ lệ văn bản đi được ký số của các sở, ban, ngành đạt 99,5%'],
      ['district', 'UBND các huyện, thành phố đạt 98,2%'],
      ['commune', 'UBND các xã, phường, thị trấn đạt 95,1%.'],
    ]);
  });

  it('a city that is the province is not a unit below it', () => {
    const facts = extractFacts(docOf('Thành phố Đà Nẵng hiện có 2.345 trạm BTS.'), { period: null, province_code: '48' });
    expect(facts.map((f) => [f.metric, f.value])).toEqual([['bts.stations', 2345]]);
  });

  it('never reads dates, document numbers or section numbers as figures', () => {
    const doc = docOf('Kế hoạch số 1146/KH-UBND ngày 28/3/2023 về phát triển hạ tầng số giai đoạn 2023 - 2025; Nghị quyết 09-NQ/TU ngày 29/11/2021.');
    expect(extractFacts(doc, { period: null })).toEqual([]);
  });
});

describe('the catalog', () => {
  it('every metric has a rule, a share of a count, a whole of parts or a table indicator', () => {
    const covered = new Set<string>();
    for (const f of FAMILIES) {
      for (const r of f.signatures) covered.add(r.metric);
      for (const m of Object.values(f.shareOf ?? {})) covered.add(m);
      for (const m of Object.values(f.totalOf ?? {})) covered.add(m);
      for (const w of Object.values(f.wholeOf ?? {})) covered.add(w.metric);
    }
    expect(metrics.map((m) => m.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
