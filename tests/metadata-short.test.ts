// The province and period of short texts (news items, portal notices, passages): each shape with
// made-up texts in several word orders, and counterexamples.
import { describe, it, expect } from '@jest/globals';
import { computeLineStarts, type Block, type TextDocument } from '../src/model.js';
import { readReportMetadata } from '../src/metadata/report.js';
import { readArticleDate, readDateline, readLeadDate, inferYear } from '../src/metadata/dateline.js';
import { pressMentions, slugOf } from '../src/metadata/press.js';
import { unitMentions, provincesOfUnits } from '../src/metadata/units.js';
import { weighProvinces } from '../src/metadata/province-evidence.js';
import { periodOfShortText } from '../src/metadata/text-period.js';

function docOf(raw: string): TextDocument {
  const text = raw.normalize('NFC');
  const blocks: Block[] = [];
  const re = /[^\n](?:[^\n]|\n(?!\s*\n))*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  return { format: 'txt', text, lineStarts: computeLineStarts(text), pages: [], blocks, warnings: [] };
}

const meta = (...lines: string[]) => readReportMetadata(docOf(lines.join('\n')), 'short.txt');
const span = (start: string, end: string) => ({ start, end });
const periodOf = (...lines: string[]) => {
  const p = periodOfShortText(lines.join('\n'));
  return p ? span(p.period.start, p.period.end) : null;
};

// ---------------------------------------------------------------- province

describe('province of a short text: the headline', () => {
  it.each([
    ['Bắc Giang: tỷ lệ hồ sơ trực tuyến đạt 62%', 'Bắc Giang'],
    ['Tỉnh Cà Mau dẫn đầu khu vực về dịch vụ công trực tuyến', 'Cà Mau'],
    ['Dịch vụ công trực tuyến ở Lào Cai tăng mạnh trong quý I', 'Lào Cai'],
    ['Số thuê bao băng rộng của Thái Bình vượt 200 nghìn', 'Thái Bình'],
  ])('%s → %s', (headline, province) => {
    const m = meta(headline, '', 'Trong quý I, toàn tỉnh đã tiếp nhận 12.400 hồ sơ, trong đó 7.800 hồ sơ trực tuyến.');
    expect([m.province, m.province_source]).toEqual([province, 'headline']);
  });

  it('the first province of the headline is its subject, a second one is a comparison', () => {
    const m = meta('Thái Bình học cách làm của Đà Nẵng về chuyển đổi số', '', 'Đoàn công tác đã làm việc tại Đà Nẵng trong hai ngày, trao đổi về hồ sơ trực tuyến.');
    expect(m.province).toBe('Thái Bình');
  });

  it('a second province in the headline is weighed like the body\'s ("… với Bình Thuận")', () => {
    const m = meta(
      'Vĩnh Long chia sẻ kinh nghiệm số hóa hồ sơ với Bến Tre',
      '',
      'Chiều 5/6, lãnh đạo Văn phòng UBND tỉnh Vĩnh Long đã làm việc với đoàn công tác Văn phòng UBND tỉnh Bến Tre về số hóa hồ sơ. Toàn tỉnh đã số hóa 95% hồ sơ của Vĩnh Long.',
    );
    expect(m.province).toBe('Vĩnh Long');
  });

  it('a headline that lists provinces names none of them', () => {
    const w = weighProvinces('Hà Nội, Đà Nẵng, Cần Thơ dẫn đầu về hạ tầng số\n\nCác địa phương khác còn chậm.', 50);
    expect(w.every((e) => e.score < 1)).toBe(true);
  });
});

describe('province of a short text: a paper or site it names', () => {
  it.each([
    ['(QBĐT) - Sáng nay, Trung tâm hành chính công tỉnh đã tiếp nhận 320 hồ sơ.', 'Quảng Bình'],
    ['(HNMO) - Sở Thông tin và Truyền thông cho biết toàn thành phố có 9.100 trạm BTS.', 'Hà Nội'],
    ['(Baohatinh.vn) - Toàn tỉnh đã có 1.150 dịch vụ công trực tuyến toàn trình.', 'Hà Tĩnh'],
    ['Toàn tỉnh đã có 1.150 dịch vụ công trực tuyến toàn trình.\nNguồn: baobacninh.vn', 'Bắc Ninh'],
    ['Toàn tỉnh đã có 1.150 dịch vụ công trực tuyến toàn trình.\n(Theo Báo Quảng Ninh)', 'Quảng Ninh'],
    ['Người dân nộp hồ sơ tại https://dichvucong.thainguyen.gov.vn, toàn tỉnh có 1.900 thủ tục.', 'Thái Nguyên'],
  ])('%s → %s', (text, province) => {
    const m = meta(text);
    expect(m.province).toBe(province);
    expect(['press', 'text']).toContain(m.province_source);
  });

  it('reads sites and tags, not words that look like them', () => {
    expect(pressMentions('theo www.baoquangninh.com.vn và (LSO) -').map((p) => p.province.name)).toEqual(['Quảng Ninh', 'Lạng Sơn']);
    // "Báo cáo" is a report, not a paper; "bao gồm" is not a site; a tag needs its brackets or a line start.
    expect(pressMentions('Báo cáo Hà Nam gửi Bộ; dữ liệu bao gồm 12 chỉ tiêu; mã QBĐT123 ở giữa câu')).toEqual([]);
    expect(slugOf('Bà Rịa - Vũng Tàu')).toBe('bariavungtau');
    expect(slugOf('Đắk Lắk')).toBe('daklak');
  });
});

describe('province of a short text: the body, weighed', () => {
  it('a province named twice in passing ("tại Gia Lai") is the text\'s when no other competes', () => {
    const m = meta('Trong tháng 3, việc giải quyết hồ sơ tại Kon Tum tiến triển; 95% hồ sơ đúng hạn. Công tác cải cách tại Kon Tum còn nhiều việc.');
    expect(m.province).toBe('Kon Tum');
  });

  it('a province named once in passing is not enough', () => {
    expect(meta('Đoàn đã dự hội nghị tại Đà Nẵng; 95% hồ sơ được giải quyết đúng hạn.').province).toBeNull();
  });

  it('provinces compared by their own figures count little', () => {
    const m = meta(
      'Kết quả năm 2024 cho thấy Hải Dương đạt 72,5% hồ sơ trực tuyến, vượt lên trên Hưng Yên (65,1%) và Bắc Ninh (70,2%).',
      'Hải Dương tiếp tục đẩy mạnh chuyển đổi số.',
    );
    expect(m.province).toBe('Hải Dương');
  });

  it('two provinces named as often, none clearly ahead: none', () => {
    expect(meta('Hậu Giang và Sóc Trăng ký kết hợp tác. Hậu Giang có 900 trạm, Sóc Trăng có 950 trạm.').province).toBeNull();
  });

  it('"Thủ đô" is Hà Nội; a bare "thành phố" adds to the one city province named', () => {
    const w = weighProvinces('Thủ đô hiện có 9.000 trạm BTS. Sở TT&TT Hà Nội cho biết thành phố sẽ phủ sóng 5G.', 0);
    expect(w[0].province.name).toBe('Hà Nội');
    const m = meta(
      'Thành phố đã có 1.200 trạm 5G, nhiều hơn nhiều địa phương như Hà Nội.',
      'UBND thành phố Hải Phòng cho biết thành phố sẽ lắp thêm 300 trạm trong năm tới.',
    );
    expect(m.province).toBe('Hải Phòng');
  });
});

describe('province of a short text: the districts and communes it names', () => {
  it.each([
    ['UBND huyện Mèo Vạc đã đưa 120 thủ tục lên cổng dịch vụ công; xã Pải Lủng có 95% hồ sơ trực tuyến.', 'Hà Giang'],
    ['Tại thị xã Bỉm Sơn, 98% hồ sơ được giải quyết đúng hạn.', 'Thanh Hóa'],
    ['Bộ phận một cửa của thành phố Tam Kỳ tiếp nhận 4.500 hồ sơ trong quý.', 'Quảng Nam'],
    ['Huyện Hoài Ân có 20 xã đạt chuẩn, trong đó xã Ân Hảo Tây dẫn đầu.', 'Bình Định'],
  ])('%s → %s', (text, province) => {
    const m = meta(text);
    expect([m.province, m.province_source]).toEqual([province, 'units']);
  });

  it('a name that many provinces have gives nothing', () => {
    expect(unitMentions('huyện Châu Thành').map((u) => u.provinces.length)[0]).toBeGreaterThan(3);
    expect(provincesOfUnits('UBND huyện Châu Thành và xã Tân Phú đã tiếp nhận 500 hồ sơ.')).toEqual([]);
    expect(meta('UBND huyện Châu Thành đã tiếp nhận 500 hồ sơ trong tháng.').province).toBeNull();
  });

  it('a unit word before a lower-case word or a province is no unit', () => {
    expect(unitMentions('các xã, phường, thị trấn; thành phố Hồ Chí Minh; TP Đà Nẵng; xã hội số')).toEqual([]);
  });
});

describe('province: a report\'s header or place–date line still wins', () => {
  it('over a headline that names another province', () => {
    const m = meta(
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH NAM ĐỊNH\tĐộc lập - Tự do - Hạnh phúc',
      'Nam Định, ngày 05 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Học tập mô hình Bắc Ninh về dịch vụ công trực tuyến năm 2024',
      'Phấn đấu 80% hồ sơ được xử lý trực tuyến như Bắc Ninh, Bắc Ninh đã đạt 85%.',
    );
    expect([m.province, m.province_source]).toEqual(['Nam Định', 'place_date']);
  });
});

// ---------------------------------------------------------------- the text's date

describe('datelines', () => {
  it.each([
    ['Cập nhật: 15/03/2023 08:10', '2023-03-15'],
    ['17:52, Thứ Bảy, 31-8-2024', '2024-08-31'],
    ['date 2025-09-15', '2025-09-15'],
    ['Thứ tư, 03/03/2021', '2021-03-03'],
    ['  • Cập nhật 9:37:03 AM, Thứ sáu, 2/2/2024', '2024-02-02'],
    ['Ngày đăng: 07.11.2022', '2022-11-07'],
    ['12/06/2019 - 14:05', '2019-06-12'],
  ])('%s → %s', (line, date) => {
    expect(readDateline(['Tiêu đề ngắn', line, 'Nội dung bài viết rất dài ...'])?.date).toBe(date);
  });

  it('a date inside a sentence or a caption is no dateline', () => {
    expect(readDateline(['Ngày 12/5/2022, UBND tỉnh ban hành Quyết định số 45/QĐ-UBND về dịch vụ công.'])).toBeNull();
    expect(readDateline(['Quyết định 12/2020 có hiệu lực', 'Hội nghị tổng kết 20/11/2023 tại hội trường tỉnh'])).toBeNull();
    // "CN" is Sunday only as a weekday before its date ("CN, 12/5/2024"), not in "KH&CN".
    expect(readDateline(['Sở KH&CN công bố kết quả 12/5/2023 tại tỉnh'])).toBeNull();
    expect(readDateline(['CN, 12/5/2024'])?.date).toBe('2024-05-12');
  });

  it('reads the lead\'s date, with or without its year', () => {
    expect(readLeadDate(['(QNO) - Ngày 16-9, Sở TT&TT đã tổ chức hội nghị về hạ tầng viễn thông của tỉnh trong năm.'])).toMatchObject({ day: 16, month: 9, year: undefined });
    expect(readLeadDate(['Giao ban quý III', '(Mic.gov.vn) - Chiều 12/10/2016, Sở đã chủ trì buổi giao ban với các doanh nghiệp viễn thông.'])).toMatchObject({ day: 12, month: 10, year: 2016 });
    expect(readLeadDate(['Vào ngày 5-7, UBND tỉnh đã ban hành kế hoạch chuyển đổi số của tỉnh trong giai đoạn tới.'])).toMatchObject({ day: 5, month: 7 });
    // Only the lead: a caption further down is not the text's date.
    expect(readLeadDate(['Toàn tỉnh có 300 điểm bưu điện văn hóa xã phục vụ người dân ở vùng sâu.', 'Ngày 3.4.2019, xã Tân Lập khai trương bộ phận một cửa mới.'])).toBeNull();
  });

  it('takes a yearless lead date into the year of the text\'s full dates', () => {
    const d = readArticleDate('(QBĐT) - Ngày 14-3, lãnh đạo tỉnh thăm Trung tâm.\nTừ ngày 2-1-2019, Trung tâm đi vào hoạt động; chiều 14-3-2019 đoàn về.');
    expect(d).toMatchObject({ date: '2019-03-14', source: 'lead' });
  });

  it('takes a yearless lead date into the latest year the text states as its own', () => {
    expect(readArticleDate('Sáng 13-11, lãnh đạo tỉnh làm việc với các sở.\nTrong quý III-2025, trung tâm tiếp nhận 23.700 hồ sơ; mục tiêu đến năm 2030 là 100%.')).toMatchObject({ date: '2025-11-13', source: 'lead' });
  });

  it('an undated text is as of the latest day it says something happened on, in the latest year it states', () => {
    expect(readArticleDate('Sau lễ khai trương ngày 22/5/2019, hệ thống chính thức vận hành.\nTính đến nay, 188 cơ quan đã dùng chữ ký số.')).toMatchObject({ date: '2019-05-22', source: 'inferred' });
    expect(readArticleDate('Đến nay tỉnh có 150 cơ quan dùng chữ ký số. Chiều ngày 3/10/2022 và sáng ngày 4/10/2022, Sở tổ chức tập huấn cho cán bộ.')).toMatchObject({ date: '2022-10-04', source: 'inferred' });
    // Bounds, deadlines and documents' dates are not days something happened on.
    expect(readArticleDate('Kể từ khi chính thức vận hành ngày 1/6/2024, trung tâm đã tiếp nhận 3.200 hồ sơ.')).toMatchObject({ date: null, year: 2024 });
    expect(readArticleDate('Các sở phải hoàn thành trước ngày 30/6/2023; hiện có 90% hồ sơ được số hóa.')).toMatchObject({ date: null, year: 2023 });
    expect(readArticleDate('Theo Quyết định số 12/QĐ-UBND ngày 5/3/2021, hiện tỉnh có 1.100 thủ tục trực tuyến.')).toBeNull();
    // A day in an earlier year than the text states as its own says nothing of the text's day.
    expect(readArticleDate('Ngày 15/10/2021 tỉnh khai trương cổng dịch vụ công; năm 2023, tỉnh tiếp nhận 40.000 hồ sơ trực tuyến.')).toMatchObject({ date: null, year: 2023 });
  });

  it('"hôm nay (23/4)" is the day of the text, in the year that does not pass the dateline', () => {
    expect(readArticleDate('Thứ hai, 05/01/2026\n\nBắt đầu từ hôm nay (23/4), trung tâm nhận lại hồ sơ trực tiếp.')).toMatchObject({ date: '2025-04-23', source: 'today' });
    expect(readArticleDate('Thứ hai, 05/05/2025\n\nSáng nay (2/5), trung tâm nhận lại hồ sơ trực tiếp.')).toMatchObject({ date: '2025-05-02', source: 'today' });
  });

  it('infers a year: some years after a date, or after the one year all comparisons are with', () => {
    expect(inferYear('Ngày 15/10/2021, Tỉnh ủy ban hành Nghị quyết về chuyển đổi số đến năm 2025, tầm nhìn đến năm 2030. Qua khoảng hai năm triển khai, tỉnh đã có chuyển biến.')?.year).toBe(2023);
    expect(inferYear('Sau 3 năm thực hiện Đề án ban hành năm 2019, tỉnh đã số hóa 90% hồ sơ.')?.year).toBe(2022);
    expect(inferYear('Tỷ lệ hồ sơ trực tuyến đạt 29%, so với năm 2019 đã tăng hơn 9%; so với cùng kỳ năm 2019 tăng 12%.')?.year).toBe(2020);
    // A year of its own beside the comparison: the comparison says nothing.
    expect(inferYear('Năm 2017, tỉnh đạt 45%, tăng 7 bậc so với năm 2015.')).toBeNull();
    expect(inferYear('Tỉnh có 1.200 trạm BTS.')).toBeNull();
  });
});

// ---------------------------------------------------------------- period

describe('period: datelines and "đến nay" / "hiện nay"', () => {
  it.each([
    [['Cập nhật: 15/03/2023 08:10', '', 'Hiện toàn tỉnh có 1.234 trạm BTS và 456.000 thuê bao di động.'], span('2023-01-01', '2023-03-15')],
    [['Hạ tầng số của tỉnh', '17:52, Thứ Bảy, 31-8-2024', '', 'Đến nay, trên địa bàn tỉnh có 2.345 trạm BTS.'], span('2024-01-01', '2024-08-31')],
    [['date 2025-09-15 Toàn tỉnh hiện nay có 98% hồ sơ được xử lý trên môi trường mạng.'], span('2025-01-01', '2025-09-15')],
    [['Trên địa bàn tỉnh hiện có 3.000 trạm BTS, tính đến thời điểm hiện tại có 70% dân số dùng điện thoại thông minh.', '', 'Thứ tư, 03/03/2021'], span('2021-01-01', '2021-03-03')],
  ])('%j → %j', (lines, expected) => {
    expect(periodOf(...lines)).toEqual(expected);
  });

  it('an undated text\'s "đến nay" runs to the latest day it says something happened on', () => {
    expect(periodOf('Sau lễ khai trương ngày 22/5/2019, hệ thống gửi nhận văn bản của tỉnh chính thức vận hành.', 'Tính đến nay, 188 cơ quan đã được cấp chữ ký số.')).toEqual(span('2019-01-01', '2019-05-22'));
    // A start is not that day: it starts what "đến nay" counts.
    expect(periodOf('Kể từ khi vận hành ngày 1/6/2024, trung tâm đã tiếp nhận 3.200 hồ sơ; đến nay 98% hồ sơ được giải quyết đúng hạn.')).toEqual(span('2024-06-01', '2024-12-31'));
  });

  it('says where the period came from', () => {
    const m = meta('Cập nhật: 15/03/2023 08:10', '', 'Hiện toàn tỉnh có 1.234 trạm BTS.');
    expect(m.period_source).toBe('dateline');
    expect(m.date).toBe('2023-03-15');
  });

  it('"Từ ngày 9/1/2018 … Đến nay" runs from that day to the text\'s date', () => {
    expect(
      periodOf('(QBĐT) - Ngày 20-3, lãnh đạo tỉnh đã thăm Trung tâm hành chính công tỉnh.', 'Từ ngày 5-2-2018, Trung tâm chính thức hoạt động. Đến nay, Trung tâm đã tiếp nhận 2.100 hồ sơ, trả kết quả 1.900 hồ sơ.'),
    ).toEqual(span('2018-02-05', '2018-03-20'));
    expect(periodOf('Cập nhật: 30/06/2023', '', 'Kể từ tháng 11/2022 tới nay, tỉnh đã tiếp nhận 45.000 hồ sơ trực tuyến.')).toEqual(span('2022-11-01', '2023-06-30'));
    expect(periodOf('Cập nhật: 30/06/2023', '', 'Từ đầu năm đến nay, tỉnh đã tiếp nhận 45.000 hồ sơ trực tuyến.')).toEqual(span('2023-01-01', '2023-06-30'));
  });

  it('"hiện" in "thực hiện", "hiện đại", "hiện trạng" is not "now"', () => {
    // No date and no "now": the stated year is the text's.
    expect(periodOf('Năm 2022, tỉnh thực hiện số hóa 80% hồ sơ; hạ tầng hiện đại với 1.200 trạm BTS.')).toEqual(span('2022-01-01', '2022-12-31'));
  });

  it('a text whose figures are "now" but that has no date gives no period, not a year in passing', () => {
    expect(periodOf('Thực hiện Nghị quyết số 09-NQ/TU năm 2021 của Tỉnh ủy, hiện toàn tỉnh có 1.200 trạm BTS và 95% hồ sơ trực tuyến.')).toBeNull();
  });

  it('a text without a date is as of the latest day it counts to', () => {
    expect(
      periodOf('Đến thời điểm hiện tại, tỷ lệ hồ sơ đúng hạn đạt 99,5%, so với năm 2021 tăng 2%.', 'Tính đến ngày 30/11, đã phát sinh 12.300 hồ sơ trực tuyến, so với năm 2021 tăng 40%.'),
    ).toEqual(span('2022-01-01', '2022-11-30'));
  });

  it('a text without a date but "Qua hai năm triển khai" after a dated start is of that year', () => {
    expect(periodOf('Ngày 10/3/2022, Tỉnh ủy ban hành Nghị quyết về chuyển đổi số. Qua hai năm triển khai, 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.')).toEqual(
      span('2024-01-01', '2024-12-31'),
    );
  });

  it('"Kể từ năm 2021", "kể từ khi … ngày 1/6/2024", "từ ngày 1/7/2020" run to the text\'s date', () => {
    expect(periodOf('Cập nhật: 10/10/2023', '', 'Kể từ năm 2021, sóng di động đã được đưa tới 118 thôn.')).toEqual(span('2021-01-01', '2023-10-10'));
    expect(periodOf('Cập nhật: 10/10/2024', '', 'Kể từ khi chính thức vận hành ngày 1/6/2024, hệ thống đã tiếp nhận 121.000 hồ sơ.')).toEqual(span('2024-06-01', '2024-10-10'));
    // An undated text is of the year it names: to that year's end.
    expect(
      periodOf('Cổng dịch vụ công của tỉnh vận hành chính thức từ ngày 1/7/2020, cung cấp 368 dịch vụ. Đến nay đã tiếp nhận 16.500 hồ sơ trực tuyến, hiện có 45 dịch vụ phát sinh hồ sơ.'),
    ).toEqual(span('2020-07-01', '2020-12-31'));
  });

  it('"từ đầu năm 2024 đến nay" dates an undated text to 2024', () => {
    expect(periodOf('Từ đầu năm 2024 đến nay, các doanh nghiệp xây thêm trạm BTS. Hiện nay toàn tỉnh có 3.700 trạm thu phát sóng, 100% thôn có sóng 4G.')).toEqual(span('2024-01-01', '2024-12-31'));
  });

  it('an undated text\'s "hiện" is of the latest period it reports, or its year', () => {
    expect(periodOf('Trong năm 2023, toàn tỉnh có 122 điểm phục vụ bưu chính.', 'Hiện có 7 doanh nghiệp viễn thông với 1.900 trạm BTS.')).toEqual(span('2023-01-01', '2023-12-31'));
    // A document's year is not the text's: nothing else dates it.
    expect(periodOf('Theo Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016, hiện toàn tỉnh có 98 thủ tục nhận qua bưu chính.')).toBeNull();
  });

  it('"hôm nay (23/4)" under a later dateline is of its own year', () => {
    expect(periodOf('Thứ tư, 03/03/2021', '', 'Từ hôm nay (23/4), trung tâm nhận lại hồ sơ của 1.300 thủ tục, trong đó 360 thủ tục mức độ 3.', 'Trước đó, từ ngày 1/4/2020 trung tâm tạm ngừng nhận hồ sơ.')).toEqual(
      span('2020-01-01', '2020-04-23'),
    );
  });
});

describe('period: phrases that state the period of the figures', () => {
  it.each([
    ['Trong tháng 01 năm 2025, tỉnh tiếp nhận 14.000 hồ sơ, giải quyết đúng hạn 95%.', span('2025-01-01', '2025-01-31')],
    ['Tỉnh tiếp nhận 14.000 hồ sơ trong tháng 01/2025, giải quyết đúng hạn 95%.', span('2025-01-01', '2025-01-31')],
    ['Quý I/2023, toàn tỉnh phát triển mới 3.200 thuê bao băng rộng.', span('2023-01-01', '2023-03-31')],
    ['Toàn tỉnh phát triển mới 3.200 thuê bao băng rộng trong quý I năm 2023.', span('2023-01-01', '2023-03-31')],
    ['Tháng 3/2018, Cổng dịch vụ công có 1.500 hồ sơ nộp trực tuyến.', span('2018-03-01', '2018-03-31')],
    ['Năm 2020, tỉnh có 2.100 trạm BTS và 87% dân số dùng điện thoại thông minh.', span('2020-01-01', '2020-12-31')],
    ['6 tháng đầu năm 2017, toàn tỉnh giải quyết 34.000 hồ sơ, đạt 97% đúng hạn.', span('2017-01-01', '2017-06-30')],
    ['Từ đầu năm tới giữa tháng 6/2007, các doanh nghiệp phát triển mới 9.400 thuê bao.', span('2007-01-01', '2007-06-15')],
    ['Các doanh nghiệp phát triển mới 9.400 thuê bao tính đến giữa tháng 6/2007.', span('2007-01-01', '2007-06-15')],
    ['Đến giữa năm 2023, tỉnh có 87% hồ sơ công việc cấp tỉnh xử lý trên mạng, 85% ở cấp huyện.', span('2023-01-01', '2023-06-30')],
    ['Tỉnh có 87% hồ sơ công việc cấp tỉnh xử lý trên mạng, tính đến giữa năm 2023.', span('2023-01-01', '2023-06-30')],
  ])('%s', (sentence, expected) => {
    expect(periodOf(sentence)).toEqual(expected);
  });

  it.each([
    ['Đến tháng 9/2017, 100% sở, ngành dùng phần mềm quản lý văn bản; 95% cán bộ dùng thư điện tử.', span('2017-01-01', '2017-09-30')],
    ['100% sở, ngành dùng phần mềm quản lý văn bản tính đến tháng 9 năm 2017.', span('2017-01-01', '2017-09-30')],
    ['Giai đoạn từ năm 2016 đến nửa đầu năm 2018, tỉnh cấp 780 chữ ký số, ký phát hành 18.270 văn bản.', span('2016-01-01', '2018-06-30')],
    ['Nửa cuối năm 2022, toàn tỉnh phát triển mới 4.100 thuê bao băng rộng.', span('2022-07-01', '2022-12-31')],
    ['Toàn tỉnh phát triển mới 4.100 thuê bao băng rộng trong nửa đầu năm 2022.', span('2022-01-01', '2022-06-30')],
  ])('%s', (sentence, expected) => {
    expect(periodOf(sentence)).toEqual(expected);
  });

  it('days without a year ("từ ngày 21-9 đến 20-10") are in the year of the text, and the exact range beats the month it stands for', () => {
    expect(
      periodOf('date 2025-10-28 Báo cáo kết quả cải cách thủ tục hành chính tháng 10-2025 cho thấy tỉnh xếp hạng 8/34.', '', 'Trong thời gian từ ngày 21-9 đến 20-10, toàn tỉnh tiếp nhận 139.000 hồ sơ, trong đó 107.000 hồ sơ trực tuyến.', 'Số hồ sơ đã giải quyết là 113.000 hồ sơ.'),
    ).toEqual(span('2025-09-21', '2025-10-20'));
    // Across the new year: the start is in the year before.
    expect(periodOf('Cập nhật: 20/01/2024', '', 'Từ ngày 15-12 đến 14-1, trung tâm tiếp nhận 9.000 hồ sơ.')).toEqual(span('2023-12-15', '2024-01-14'));
  });

  it('a stated day range beats the headline\'s quarter it overlaps', () => {
    expect(
      periodOf(
        'Quý II/2021: Trung tâm hành chính công giải quyết hơn 900 thủ tục',
        '',
        'Quý II năm 2021, công tác cải cách hành chính có nhiều chuyển biến. Tính từ ngày 1.1.2021 đến 20.05.2021, trung tâm tiếp nhận 31.000 hồ sơ, giải quyết 29.500 hồ sơ, đúng hạn 98%.',
      ),
    ).toEqual(span('2021-01-01', '2021-05-20'));
  });

  it('a named quarter is what its months\' figures make up', () => {
    expect(
      periodOf(
        'Trong quý I/2022, công tác kiểm soát thủ tục hành chính được triển khai đồng bộ.',
        '',
        'Tháng 3/2022, trung tâm tiếp nhận 5.100 hồ sơ, giải quyết 4.900 hồ sơ.',
        '',
        'Tháng 2/2022, trung tâm tiếp nhận 3.900 hồ sơ, giải quyết 3.700 hồ sơ.',
        '',
        'Tháng 1/2022, trung tâm tiếp nhận 4.200 hồ sơ.',
      ),
    ).toEqual(span('2022-01-01', '2022-03-31'));
    // Without the quarter named, the month of the most figures stays.
    expect(periodOf('Tháng 3/2022, trung tâm tiếp nhận 5.100 hồ sơ, giải quyết 4.900 hồ sơ.', '', 'Tháng 2/2022, trung tâm tiếp nhận 3.900 hồ sơ.')).toEqual(span('2022-03-01', '2022-03-31'));
  });

  it('a period still running on the text\'s date ends on it, unless estimated or planned', () => {
    expect(periodOf('date 2025-12-20 Năm 2025, doanh nghiệp lắp đặt 800 trạm 5G, đưa tổng số lên 1.000 trạm.')).toEqual(span('2025-01-01', '2025-12-20'));
    expect(periodOf('date 2025-12-20 Năm 2025, doanh thu viễn thông ước đạt 1.200 tỷ đồng.')).toEqual(span('2025-01-01', '2025-12-31'));
    expect(periodOf('date 2025-03-20 Kế hoạch năm 2025 phấn đấu 100% hồ sơ trực tuyến, 90% thanh toán trực tuyến.')).toEqual(span('2025-01-01', '2025-12-31'));
  });

  it('a headline period: "giao ban quý II/2022"', () => {
    const m = meta('Giao ban quý II/2022 giữa Sở TT&TT và các doanh nghiệp viễn thông', '', 'Doanh thu viễn thông ước đạt 120 tỷ đồng; phát triển mới 1.500 thuê bao.');
    expect(m.period).toMatchObject(span('2022-04-01', '2022-06-30'));
    expect(m.period_source).toBe('headline');
  });

  it('sentences without a period go on with their paragraph\'s, their section\'s and the lead\'s', () => {
    expect(periodOf('Kết quả đánh giá năm 2023 cho thấy tỉnh đạt 80 điểm/100 điểm.', '', 'Tỷ lệ hồ sơ đồng bộ đạt 90%; hồ sơ trễ hạn chiếm 2%.')).toEqual(span('2023-01-01', '2023-12-31'));
    expect(periodOf('Kế hoạch năm 2026 của tỉnh', 'KẾT QUẢ NĂM 2025', 'Hạ tầng số phát triển mạnh: 100% thôn có sóng 4G; 530 trạm 5G; 2 triệu hồ sơ được số hóa.')).toEqual(span('2025-01-01', '2025-12-31'));
  });

  it('a result measured against a plan is a result, not a target', () => {
    // A result of a year still running ends on the text's date; a target would keep the whole year.
    expect(periodOf('date 2023-06-10 Năm 2023, tỉnh đã lắp 540 trạm BTS mới, đạt 45% kế hoạch.')).toEqual(span('2023-01-01', '2023-06-10'));
    expect(periodOf('date 2023-06-10 Năm 2023, tỉnh đã lắp 540 trạm BTS mới, bằng 45% chỉ tiêu.')).toEqual(span('2023-01-01', '2023-06-10'));
    expect(periodOf('date 2023-06-10 Năm 2023, tỉnh phấn đấu lắp 1.200 trạm BTS mới.')).toEqual(span('2023-01-01', '2023-12-31'));
  });

  it('the period of the most figures wins over a year mentioned once', () => {
    expect(
      periodOf(
        'Tháng 1/2017, Cổng dịch vụ công khai trương với 335 dịch vụ.',
        'Năm 2019, tổng số hồ sơ giải quyết trực tuyến là 22.600 hồ sơ, chiếm 10% tổng số hồ sơ, trong đó 716 hồ sơ cấp tỉnh và 91 hồ sơ cấp huyện.',
      ),
    ).toEqual(span('2019-01-01', '2019-12-31'));
  });
});

describe('period: years in passing', () => {
  it.each([
    [['Thực hiện Nghị quyết số 09-NQ/TU năm 2021, năm 2023 tỉnh có 1.200 trạm BTS.'], span('2023-01-01', '2023-12-31')],
    [['Năm 2023 tỉnh có 1.200 trạm BTS, theo Quyết định 45/2016/QĐ-TTg ban hành năm 2016.'], span('2023-01-01', '2023-12-31')],
    [['Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 29%, so với năm 2019 tăng 9%.'], span('2020-01-01', '2020-12-31')],
    [['Năm 2024, tỉnh đạt 68% hồ sơ trực tuyến toàn trình.', 'Tầm nhìn đến năm 2030, 100% hộ gia đình có cáp quang, 90% người dân có tài khoản thanh toán.'], span('2024-01-01', '2024-12-31')],
    [['Thực hiện chương trình chuyển đổi số giai đoạn 2021-2025, tỉnh hiện có 926.000 thuê bao di động.', '', '17:52, Thứ Hai, 2-9-2024'], span('2024-01-01', '2024-09-02')],
  ])('%j', (lines, expected) => {
    expect(periodOf(...lines)).toEqual(expected);
  });
});

describe('period: a plan\'s text has the plan\'s period', () => {
  it.each([
    [['UBND tỉnh vừa ban hành Kế hoạch chuyển đổi số năm 2025. Theo đó, phấn đấu 100% hồ sơ được xử lý trên mạng, 80% người dân có định danh điện tử.'], span('2025-01-01', '2025-12-31')],
    [['Theo kế hoạch, đến năm 2025 phấn đấu 100% dân số được phủ sóng 4G và 80% hộ gia đình có cáp quang.'], span('2025-01-01', '2025-12-31')],
    [['Đến năm 2025, tỉnh đặt mục tiêu 100% dân số có sóng 4G, 90% người dùng có điện thoại thông minh.'], span('2025-01-01', '2025-12-31')],
    [
      ['UBND tỉnh ban hành chương trình chuyển đổi số giai đoạn 2021-2025.', 'Theo chương trình, đến năm 2025 tỉnh phấn đấu 60% hồ sơ trực tuyến, 100% dịch vụ công được tích hợp.'],
      span('2021-01-01', '2025-12-31'),
    ],
    [['date 2025-09-15 Kế hoạch hạ tầng số vừa được ban hành.', '', 'Cụ thể, giai đoạn 2025 - 2027, thành phố phấn đấu đến hết năm 2025 đạt 50% trạm 5G; tối thiểu 30% người dùng có băng rộng 1Gb/s.'], span('2025-01-01', '2027-12-31')],
  ])('%j', (lines, expected) => {
    expect(periodOf(...lines)).toEqual(expected);
  });

  it('results stated beside a plan for the next year are the results\' period', () => {
    expect(
      periodOf('Tỉnh ban hành Kế hoạch chuyển đổi số năm 2026', 'KẾT QUẢ TRIỂN KHAI NĂM 2025', 'Năm 2025, toàn tỉnh có 532 trạm 5G, 1,1 triệu lượt người học kỹ năng số và 256 bộ dữ liệu mở.'),
    ).toEqual(span('2025-01-01', '2025-12-31'));
  });

  it('"Giai đoạn 2015-2016, … lên kế hoạch …" is a plan, not what the text counts now', () => {
    expect(
      periodOf('Cập nhật: 16/09/2014', '', 'Tính đến nay, trên địa bàn có 6.340 trạm BTS, 1.200 trạm dùng chung.', 'Giai đoạn 2015-2016, các nhà mạng lên kế hoạch phát triển 2.300 trạm BTS.'),
    ).toEqual(span('2014-01-01', '2014-09-16'));
  });
});

describe('period: full reports keep their title and opening', () => {
  it('a BÁO CÁO title wins over the body\'s figures', () => {
    const m = meta('BÁO CÁO', 'Kết quả công tác 6 tháng đầu năm 2023', '', 'Năm 2022, toàn tỉnh có 1.000 trạm; hiện có 1.200 trạm, 5.000 thuê bao, 6.000 hồ sơ.');
    expect(m.period).toMatchObject(span('2023-01-01', '2023-06-30'));
    expect(m.period_source).toBe('title');
  });
});
