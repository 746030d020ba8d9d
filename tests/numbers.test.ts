// Table-driven tests of the number/quantity normalizer (issue #3).
import { describe, it, expect } from '@jest/globals';
import { classifyDigitGroups, findMentions } from '../src/numbers/index.js';
import type { Mention } from '../src/numbers/types.js';

/** The mention whose number is written `raw` (the n-th one when the text repeats it). */
function mentionOf(text: string, raw: string, nth = 0): Mention {
  const found = findMentions(text).filter((m) => m.raw === raw);
  if (!found[nth]) {
    throw new Error(`no mention "${raw}" in: ${text}\nmentions: ${findMentions(text).map((m) => m.raw).join(' | ')}`);
  }
  return found[nth];
}

function classOf(text: string, raw: string, nth = 0): string {
  const found = classifyDigitGroups(text).filter((g) => g.raw === raw);
  if (!found[nth]) throw new Error(`no digit group "${raw}" in: ${text}`);
  return found[nth].class;
}

// [text, raw of the number, expected fields]
type ValueCase = [string, string, Partial<Mention>, number?];

const VI_CONTEXT = 'Tổng sản lượng gói kiện đạt 1.305.471 (tăng 26,67%). ';
const EN_CONTEXT = 'Tốc độ BRĐĐ (4G) đạt 38.05 Mbps. ';

const values: ValueCase[] = [
  // thousands dots, decimal commas, both
  ['Tổng sản lượng gói kiện đạt 1.305.471 (tăng 26,67%)', '1.305.471', { value: 1305471, reading: 'vi', kind: 'count' }],
  ['Tổng sản lượng thư đạt 415.713 (tăng 35,56%)', '35,56', { value: 35.56, kind: 'percent', unit: '%', reading: 'vi' }],
  ['164 hồ sơ tiếp nhận qua bưu chính công ích chiếm 0,13 %', '0,13', { value: 0.13, kind: 'percent', unit: '%' }],
  ['đạt mật độ 116,3 thuê bao/100 dân', '116,3', { value: 116.3, kind: 'density', unit: 'thuê bao', per: '100 dân' }],
  ['825 tuyến cáp quang với tổng chiều dài 31.888,142 km', '31.888,142', { value: 31888.142, unit: 'km', kind: 'measure', reading: 'vi' }],
  ['Toàn tỉnh có 3.474.631 lượt truy cập', '3.474.631', { value: 3474631, unit: 'lượt truy cập' }],
  ['Tổng: 1.234.567,89 đồng', '1.234.567,89', { value: 1234567.89, kind: 'money', unit: 'đồng' }],
  // the other convention inside the same report
  ['Tốc độ BRĐĐ (4G) đạt 38.05 Mbps', '38.05', { value: 38.05, unit: 'Mbps', reading: 'en', kind: 'measure' }],
  ['Tốc độ BRCD đạt 86.15 Mbps', '86.15', { value: 86.15, reading: 'en' }],
  ['hỗ trợ chuẩn hóa thông tin hơn 96,876 địa chỉ số', '96,876', { value: 96876, unit: 'địa chỉ số', qualifier: 'over', ambiguous: true, reading: 'en' }],
  ['tổng số xuất bản phẩm phát hành đạt 956,000 bản', '956,000', { value: 956000, unit: 'bản', ambiguous: true }],
  ['tổng số văn phòng phẩm phát hành là 186,552 bản', '186,552', { value: 186552 }],
  ['bình quân 5,183 người/1 điểm phục vụ', '5,183', { value: 5183, kind: 'density', unit: 'người', per: '1 điểm' }],
  ['Tổng số trang in đạt hơn 20.5 tỷ trang', '20.5', { value: 2.05e10, scale: 1e9, unit: 'trang', qualifier: 'over', reading: 'en' }],
  ['đạt doanh thu hơn 2.58 tỷ đồng', '2.58', { value: 2.58e9, kind: 'money', unit: 'tỷ đồng', scale: 1e9 }],
  ['với 6.123 giao dịch, tổng số tiền là 2,235 tỷ đồng', '2,235', { value: 2235000000, kind: 'money', ambiguous: true, reading: 'vi' }],
  [VI_CONTEXT + 'Doanh thu ước đạt 1,003 tỷ đồng (tăng 5% so với cùng kỳ).', '1,003', { value: 1.003e9, qualifier: 'approx', kind: 'money' }],
  ['Doanh thu đạt 28.900 triệu đồng', '28.900', { value: 28900000000, scale: 1e6, unit: 'triệu đồng', kind: 'money' }],
  ['Hue-S đã có hơn 1 triệu lượt tải về', '1', { value: 1000000, unit: 'lượt tải', qualifier: 'over', scale: 1e6 }],
  ['thu nhập bình quân 6 triệu đồng/tháng', '6', { value: 6e6, kind: 'money', per: 'tháng' }],
  ['Đảm bảo thu nhập bình quân 6 triệu/tháng cho 110 lao động', '6', { value: 6e6, scale: 1e6, per: 'tháng' }],
  ['tổng số tiền xử phạt là 51,5 triệu đồng', '51,5', { value: 51500000, kind: 'money' }],
  ['Doanh thu đạt 1,5 nghìn tỷ đồng', '1,5', { value: 1.5e12, scale: 1e12 }],
  ['Quỹ còn 0,5 triệu đồng', '0,5', { value: 500000 }],
  ['Doanh thu đạt 500.000 đồng', '500.000', { value: 500000, kind: 'money', unit: 'đồng' }],
  // leading zeros
  ['Sở đã tham mưu UBND tỉnh ban hành 02 Quyết định', '02', { value: 2, unit: 'Quyết định', kind: 'count', reading: 'plain' }],
  ['09 trạm điều khiển thông tin di động BSC', '09', { value: 9, unit: 'trạm' }],
  ['Thường trú 09; Phóng viên 10', '09', { value: 9 }],
  // ratios
  ['đã đồng bộ trạng thái 1.089/1.122 DVCTT đạt 97,06%', '1.089/1.122', { kind: 'ratio', value: 1089, denominator: 1122, unit: 'DVCTT' }],
  ['đã kết nối liên thông 4 cấp từ Trung ương, tỉnh, huyện và 65/65 xã, phường', '65/65', { kind: 'ratio', value: 65, denominator: 65, unit: 'xã' }],
  ['Số hồ sơ tiếp nhận đạt 860/148.962 (chiếm 0,58%)', '860/148.962', { kind: 'ratio', value: 860, denominator: 148962 }],
  ['đã hoàn thành 06/08 nhiệm vụ đúng thời hạn', '06/08', { kind: 'ratio', value: 6, denominator: 8, unit: 'nhiệm vụ' }],
  // "TB" after a whole number counts subscribers; of storage, or with decimals, it is terabytes.
  ['Số thuê bao cố định là 12.345 TB.', '12.345', { kind: 'count', value: 12345, unit: 'TB' }],
  ['Có 1.050.000 TB di động trên địa bàn', '1.050.000', { kind: 'count', value: 1050000, unit: 'TB' }],
  ['dung lượng lưu trữ của trung tâm dữ liệu là 120 TB', '120', { kind: 'measure', value: 120, unit: 'TB' }],
  ['nâng cấp ổ cứng lên 1,5 TB', '1,5', { kind: 'measure', value: 1.5, unit: 'TB' }],
  ['Hệ thống có 300 TB dữ liệu dự phòng', '300', { kind: 'measure', value: 300, unit: 'TB' }],
  // A whole that happens to look like a year, before a count noun.
  ['tỉnh đã cung cấp được tổng cộng 1.155/2020 thủ tục (đạt 57%)', '1.155/2020', { kind: 'ratio', value: 1155, denominator: 2020, unit: 'thủ tục' }],
  ['có 86/1995 xã đã có cáp quang', '86/1995', { kind: 'ratio', value: 86, denominator: 1995, unit: 'xã' }],
  ['Tỷ lệ tiếp nhận hồ sơ trực tuyến 106.481/132.667 hồ sơ đạt 80,26%', '106.481/132.667', { value: 106481, denominator: 132667, unit: 'hồ sơ' }],
  ['Toàn tỉnh có 9/14 trường đại học', '9/14', { kind: 'ratio', value: 9, denominator: 14 }],
  ['48% (11/23) số dịch vụ dữ liệu', '11/23', { kind: 'ratio', value: 11, denominator: 23 }],
  ['Tiếp nhận và chuyển xử lý 16/16 câu hỏi', '16/16', { kind: 'ratio', unit: 'câu hỏi' }],
  // ranges
  ['đạt tỷ lệ từ 90 - 95%', '90 - 95', { kind: 'range', value: 90, high: 95, unit: '%' }],
  ['đạt 90-95%', '90-95', { kind: 'range', value: 90, high: 95 }],
  ['mỗi lớp từ 20 đến 30 học viên', '20 đến 30', { kind: 'range', value: 20, high: 30, unit: 'học viên' }],
  // zero
  ['0 hồ sơ tiếp nhận qua bưu chính công ích chiếm 0 %', '0', { value: 0, unit: 'hồ sơ', kind: 'count' }],
  ['0 hồ sơ tiếp nhận qua bưu chính công ích chiếm 0 %', '0', { value: 0, unit: '%', kind: 'percent' }, 1],
  ['Nghị quyết tỉnh ủy: 0 văn bản', '0', { value: 0, unit: 'văn bản' }],
  // units
  ['Có 187 điểm chuyển mạch; 196 tuyến viba', '187', { unit: 'điểm chuyển mạch' }],
  ['1.911 trạm BTS (502 trạm 2G)', '1.911', { value: 1911, unit: 'trạm BTS' }],
  ['51 tuyến cáp đồng dài 316 km', '316', { value: 316, unit: 'km', kind: 'measure' }],
  ['Bán kính phục vụ khoảng là 3km/1 điểm', '3', { value: 3, unit: 'km', per: '1 điểm', qualifier: 'approx', kind: 'density' }],
  ['Kênh NTV phát sóng 19 giờ/ngày', '19', { value: 19, unit: 'giờ', per: 'ngày', kind: 'measure' }],
  ['Thời gian xử lý trung bình 2,5 ngày/hồ sơ.', '2,5', { value: 2.5, unit: 'ngày', per: 'hồ sơ', kind: 'measure' }],
  ['bình quân 10 lao động/doanh nghiệp.', '10', { value: 10, unit: 'lao động', per: 'doanh nghiệp' }],
  ['trung bình khoảng 200 thư/ngày', '200', { value: 200, unit: 'thư', per: 'ngày', qualifier: 'approx' }],
  ['tổng cộng với hơn 4.364 tin/bài', '4.364', { value: 4364, unit: 'tin/bài', qualifier: 'over' }],
  ['70 thuê bao băng rộng di động (BRĐĐ)/100 dân', '70', { kind: 'density', per: '100 dân', unit: 'thuê bao' }],
  ['23 thuê bao băng rộng cố định (BRCD)/100 dân', '23', { kind: 'density', value: 23 }],
  ['Mật độ internet trên toàn tỉnh là 98 thuê bao/100 dân.', '98', { kind: 'density', value: 98 }],
  ['đã xuất bản 315 đầu sách', '315', { unit: 'đầu sách' }],
  ['Tổng thời lượng phát sóng truyền hình đạt 57.925 giờ.', '57.925', { value: 57925, unit: 'giờ' }],
  ['Năm 2023 có 2000 doanh nghiệp', '2000', { value: 2000, unit: 'doanh nghiệp' }],
  ['gồm 04 phòng chuyên môn', '04', { value: 4, unit: 'phòng' }],
  // qualifiers
  ['Toàn tỉnh có khoảng 342 doanh nghiệp CNTT', '342', { qualifier: 'approx' }],
  ['Đến nay, có gần 12.000 chữ ký số được đăng ký', '12.000', { value: 12000, qualifier: 'approx', unit: 'chữ ký số' }],
  ['tỷ lệ hộ nghèo dưới 5%', '5', { qualifier: 'under' }],
  ['doanh thu xấp xỉ 50 tỷ đồng', '50', { qualifier: 'approx', value: 5e10 }],
  ['Doanh thu năm 2023 ước tính 2.483 tỷ đồng, chiếm 50,42%', '2.483', { qualifier: 'approx', value: 2.483e12 }],
  ['Hạ tầng cáp quang phủ trên 90% hộ gia đình', '90', { qualifier: 'over' }],
  ['Mật độ điện thoại trên 100 dân', '100', { value: 100 }],
  ['đăng tải 14 số công báo điện tử', '14', { value: 14 }],
  // numbers with narrow/no-break spaces as group separators
  ['Tổng số thuê bao là 1\u00A0305\u00A0471 thuê bao', '1\u00A0305\u00A0471', { value: 1305471, unit: 'thuê bao' }],
  ['Tổng số thuê bao là 1\u202F305\u202F471 thuê bao', '1\u202F305\u202F471', { value: 1305471 }],
  ['Chiều dài 12\u00A0345,5 km', '12\u00A0345,5', { value: 12345.5, reading: 'vi' }],
  // en grouping
  ['The province has 1,234,567 subscribers', '1,234,567', { value: 1234567, reading: 'en' }],
  ['Tổng chiều dài 31,888.142 km', '31,888.142', { value: 31888.142, reading: 'en' }],
  ['Tổng doanh thu đạt 1.250,5 tỷ đồng, tăng 12,3% so với cùng kỳ năm 2022.', '1.250,5', { value: 1.2505e12, kind: 'money', change: { value: 12.3, against: 'same_period_last_year' } as Mention['change'] }],
  ['Số thuê bao di động đạt 1,2 triệu thuê bao.', '1,2', { value: 1.2e6, unit: 'thuê bao', scale: 1e6 }],
  ['đạt 120 nghìn thuê bao', '120', { value: 120000, scale: 1e3 }],
  ['vốn đầu tư 10 triệu USD', '10', { value: 1e7, kind: 'money', unit: 'triệu USD' }],
  ['giá cước 1.500.000đ', '1.500.000', { value: 1500000, kind: 'money', unit: 'đ' }],
  ['phí 200.000 đồng/tháng', '200.000', { value: 200000, kind: 'money', per: 'tháng' }],
  ['khoảng 30-40% doanh nghiệp', '30-40', { kind: 'range', value: 30, high: 40, qualifier: 'approx' }],
  ['Đến ngày 30/6/2023, có 12.345/15.000 hồ sơ (82,3%) được xử lý', '12.345/15.000', { kind: 'ratio', value: 12345, denominator: 15000 }],
  ['doanh thu tăng 2,5 lần so với cùng kỳ', '2,5', { value: 2.5, unit: 'lần', kind: 'measure' }],
  // tables: the unit comes from the "Đơn vị" column, or "(%)" in the column head
  ['T T\tChỉ tiêu\tĐơn vị\tKế hoạch\tso với kế hoạch\tso với QĐ (%)\n2\tMật độ điện thoại\tThuê bao\t16,5\t98,18\t98,18', '16,5', { value: 16.5, unit: 'Thuê bao' }],
  ['T T\tChỉ tiêu\tĐơn vị\tKế hoạch\tso với kế hoạch\tso với QĐ (%)\n2\tMật độ điện thoại\tThuê bao\t16,5\t98,18\t98,18', '98,18', { value: 98.18, kind: 'count' }],
  ['T T\tChỉ tiêu\tĐơn vị\tKế hoạch\tso với kế hoạch\tso với QĐ (%)\n2\tMật độ điện thoại\tThuê bao\t16,5\t98,18\t98,18', '98,18', { value: 98.18, kind: 'percent', unit: '%' }, 1],
];

// Ambiguous shapes, each read both ways depending on unit, sentence and document.
const ambiguous: ValueCase[] = [
  [VI_CONTEXT + 'bình quân 5.183 người/1 điểm phục vụ.', '5.183', { value: 5183, ambiguous: true, reading: 'vi' }],
  [EN_CONTEXT + 'bình quân 5.183 người/1 điểm phục vụ.', '5.183', { value: 5183, ambiguous: true }],
  [VI_CONTEXT + 'Doanh thu đạt 1,003 tỷ đồng.', '1,003', { value: 1.003e9, reading: 'vi' }],
  [EN_CONTEXT + 'Doanh thu đạt 1,003 tỷ đồng.', '1,003', { value: 1.003e12, reading: 'en' }],
  [VI_CONTEXT + 'Doanh thu đạt 2.278 tỷ đồng.', '2.278', { value: 2.278e12, reading: 'vi' }],
  [EN_CONTEXT + 'Doanh thu đạt 2.278 tỷ đồng.', '2.278', { value: 2.278e9, reading: 'en' }],
  [VI_CONTEXT + 'Tổng chiều dài 7.312 km.', '7.312', { value: 7312 }],
  [EN_CONTEXT + 'Tổng chiều dài 7.312 km.', '7.312', { value: 7.312 }],
  ['Tốc độ đạt 86.15 Mbps, cáp dài 7.312 km.', '7.312', { value: 7.312 }],
  ['Tỷ lệ đạt 35,56%, cáp dài 7.312 km.', '7.312', { value: 7312 }],
  [VI_CONTEXT + 'Tổng thời lượng đạt 10.314 giờ.', '10.314', { value: 10314 }],
  [EN_CONTEXT + 'Tổng thời lượng đạt 10.314 giờ.', '10.314', { value: 10.314 }],
  [VI_CONTEXT + 'Tổng thời lượng đạt 10,314 giờ.', '10,314', { value: 10.314 }],
  [EN_CONTEXT + 'Tổng thời lượng đạt 10,314 giờ.', '10,314', { value: 10314 }],
  [VI_CONTEXT + 'Tổng số: 1.234.', '1.234', { value: 1234 }],
  [EN_CONTEXT + 'Tổng số: 1.234.', '1.234', { value: 1.234 }],
  [VI_CONTEXT + 'tiếp nhận 12,345 hồ sơ.', '12,345', { value: 12345 }],
  [EN_CONTEXT + 'tiếp nhận 12.345 hồ sơ.', '12.345', { value: 12345 }],
  [VI_CONTEXT + 'đạt 2,235%.', '2,235', { value: 2.235, kind: 'percent' }],
  ['Tổng số: 1.234', '1.234', { value: 1234, ambiguous: true }],
  ['Tỷ lệ 0,125%', '0,125', { value: 0.125, reading: 'vi' }],
  ['Tỷ lệ 0.125%', '0.125', { value: 0.125, reading: 'en' }],
  ['Có 1,5 triệu thuê bao', '1,5', { value: 1.5e6, reading: 'vi' }],
  ['gần 1.000 thuê bao, đạt 35,56%', '1.000', { value: 1000 }],
];

type ClassCase = [string, string, string];
const classes: ClassCase[] = [
  // "điện thoại:" before a count is no contact number; a contact number is long or starts like one.
  ['Mật độ điện thoại: 110 thuê bao/100 dân', '110', 'quantity'],
  ['Thuê bao điện thoại: 1.650.000 thuê bao', '1.650.000', 'quantity'],
  ['Điện thoại: 02593.822.123, fax: 3822 124', '3822', 'url'],
  ['Hotline 1900 1234', '1900', 'url'],
  // Digits split by a plain space: grouped thousands or two numbers side by side, no reading is sure.
  ['Tổng số trạm BTS là 1 234 trạm.', '1', 'other'],
  ['Tổng số trạm BTS là 1 234 trạm.', '234', 'other'],
  ['Cấp tỉnh 120 450 hồ sơ', '120', 'other'],
  ['Năm 2023 có 234 trạm.', '234', 'quantity'],
  ['Có 12 trạm 4G và 1.234 trạm 3G', '12', 'quantity'],
  ['Tính từ ngày 01/01/2023 đến ngày 25/5/2023 đã có 20.464 lượt', '01/01/2023', 'date'],
  ['Tính từ ngày 01/01/2023 đến ngày 25/5/2023 đã có 20.464 lượt', '25/5/2023', 'date'],
  ['Tính từ ngày 01/01/2023 đến ngày 25/5/2023 đã có 20.464 lượt', '20.464', 'quantity'],
  ['Quyết định số 166/QĐ-UBND ngày 12/4/2023', '12/4/2023', 'date'],
  ['Ngày Quốc tế Lao động (01/5), Ngày Sách (21/4)', '01/5', 'date'],
  ['Ngày Quốc tế Lao động (01/5), Ngày Sách (21/4)', '21/4', 'date'],
  ['trong thời gian nghỉ lễ 30/4 và 01/5; rà soát', '30/4', 'date'],
  ['trong thời gian nghỉ lễ 30/4 và 01/5; rà soát', '01/5', 'date'],
  ['Ngày Giỗ Tổ Hùng Vương (mùng 10/3 Âm lịch)', '10/3', 'date'],
  ['(Diễn ra từ ngày 11 – 15/11/2023)', '11', 'date'],
  ['(Diễn ra từ ngày 11 – 15/11/2023)', '15/11/2023', 'date'],
  ['Báo cáo số: /BC-STTTT ngày /5/2023 của Sở', '5/2023', 'date'],
  ['họp ngày 12.4.2023 tại Sở', '12.4.2023', 'date'],
  ['cập nhật 2023-05-12 trên hệ thống', '2023-05-12', 'date'],
  ['số liệu kỳ 05-2023 của Sở', '05-2023', 'month_year'],
  ['31 năm Ngày tái lập tỉnh (01/4/1992 - 01/4/2023)', '01/4/1992', 'date'],
  ['Sở đã họp ngày 12/4', '12/4', 'date'],
  ['Trong tháng 4/2023, thực hiện nhiệm vụ', '4/2023', 'month_year'],
  ['Tháng 01/2023', '01/2023', 'month_year'],
  ['tháng 5/2023 có thêm 01 thiết bị', '5/2023', 'month_year'],
  ['Kế hoạch thực hiện nhiệm vụ năm 2023', '2023', 'year'],
  ['mừng Xuân Quý Mão 2023; công tác tuyển chọn', '2023', 'year'],
  ['Họp báo Quý I/2023. Phối hợp', '2023', 'year'],
  ['về lễ hội Nho - Vang Ninh Thuận 2023 và Lễ đón bằng', '2023', 'year'],
  ['Thừa Thiên Huế, ngày tháng năm 202', '202', 'year'],
  ['Luật Xuất bản năm 2012, Ủy ban', '2012', 'year'],
  ['giai đoạn 2021-2025; Quyết định', '2021-2025', 'year_span'],
  ['nhiệm kỳ 2023 - 2028.', '2023', 'year_span'],
  ['nhiệm kỳ 2023 - 2028.', '2028', 'year_span'],
  ['“Đề cương về Văn hóa Việt Nam” (1943 - 2023) theo', '1943', 'year_span'],
  ['Năm học 2023-2024, 100% cơ sở giáo dục', '2023-2024', 'year_span'],
  ['Quyết định số 715/QĐ-UBND ngày 21/12/2022', '715', 'doc_number'],
  ['Nghị định số 72/2013/NĐ-CP ngày 15/7/2013', '72/2013', 'doc_number'],
  ['theo Quyết định số 1.155/2020 thủ tục được công bố', '1.155/2020', 'doc_number'],
  ['tháng 11/2020 thủ tục được rà soát', '11/2020', 'month_year'],
  ['Kế hoạch số 1146/KH-UBND ngày 28/3/2023', '1146', 'doc_number'],
  ['Kế hoạch số 03-KH/BCĐCĐS ngày 01/3/2023', '03', 'doc_number'],
  ['theo Nghị quyết 09-NQ/TU ngày 29/11/2021', '09', 'doc_number'],
  ['Nghị quyết 54 trên địa bàn tỉnh', '54', 'doc_number'],
  ['Theo QĐ 715 và QĐ 30 (%)', '715', 'doc_number'],
  ['tại Đề án 06/CP của Sở Giao thông', '06', 'doc_number'],
  ['quy định tại Nghị định 72 và Nghị định 27/2018/NĐ-CP.', '27/2018', 'doc_number'],
  ['Thông báo số 3376/TB-STTTT 29/12/2022 về lịch', '3376', 'doc_number'],
  ['1.2. Công tác tổ chức triển khai thực hiện', '1.2', 'section_number'],
  ['Trên đây\n2.3. Tình hình quản lý nhà nước', '2.3', 'section_number'],
  ['T T\tChỉ tiêu\tĐơn vị\n3.1\t<i>Cấp tỉnh</i>\t<i>53,92%</i>', '3.1', 'section_number'],
  ['Theo điểm b khoản 2 Điều 44 Luật Xuất bản', '2', 'section_number'],
  ['Theo điểm b khoản 2 Điều 44 Luật Xuất bản', '44', 'section_number'],
  ['quy định tại Điều 5, 6 và 7 của Luật', '7', 'section_number'],
  ['¹ Phụ lục 1: Các chỉ tiêu phát triển', '1', 'section_number'],
  ['4. Xã hội số', '4', 'section_number'],
  ['1.6. Giải pháp và nhiệm vụ trọng tâm', '1.6', 'section_number'],
  ['hệ thống hoạt động 24/24 giờ', '24/24', 'time_expression'],
  ['hỗ trợ người dân 24/7.', '24/7', 'time_expression'],
  ['hoạt động ngành 6 tháng đầu năm 2023', '6', 'time_expression'],
  ['kinh tế - xã hội tháng 3, quý I và', '3', 'time_expression'],
  ['Họp lúc 08:30 tại Sở', '08:30', 'time_expression'],
  ['Kênh NTV phát sóng 19 giờ/ngày', '19', 'quantity'],
  ['Liên hệ ĐT: 0259.3822123 hoặc fax', '0259.3822123', 'url'],
  ['mã bưu chính 0259.3822 của tỉnh', '0259.3822', 'other'],
  ['nâng cấp lên phiên bản 3.0 của phần mềm', '3.0', 'version'],
  ['cuộc Cách mạng công nghiệp 4.0', '4.0', 'version'],
  ['(502 trạm 2G, 718 trạm 3G, 691 trạm 4G)', '2', 'tech_tag'],
  ['nâng cao diện tích phủ sóng 4G, 5G trên địa bàn', '5', 'tech_tag'],
  ['Các kênh truyền hình: VTV1, VTV2', '1', 'tech_tag'],
  ['Tiếp âm Đài TNVN (VOV1, VOV2, VOV4): 7.038 giờ', '4', 'tech_tag'],
  ['Vệ tinh Vinasat-1, VTVCab', '1', 'tech_tag'],
  ['trong thời dịch bệnh COVID-19.', '19', 'tech_tag'],
  ['Tổng sản lượng KT1 đạt 69.539', '1', 'tech_tag'],
  ['Bản đồ số mới mô hình 3D, tích hợp', '3', 'tech_tag'],
  ['hệ thống giám sát (<https://social1.soc.gov.vn>) với', '1', 'url'],
  ['Liên hệ: tho123@ninhthuan.gov.vn hoặc', '123', 'url'],
  ['truy cập www.site2023.vn để', '2023', 'url'],
  ['thực hiện đảm bảo trong 6 tháng đầu năm^[1]', '1', 'footnote_marker'],
  ['thuộc lĩnh vực công nghệ thông tin³', '³', 'footnote_marker'],
  ['Ngày Sách và Văn hóa đọc Việt Nam lần thứ 2 năm 2023', '2', 'ordinal'],
  ['kỳ họp thứ 11, Hội đồng nhân dân tỉnh', '11', 'ordinal'],
  ['Quy hoạch phân khu xây dựng Khu số 3 thuộc', '3', 'ordinal'],
  ['nhiệm vụ Tiểu dự án 2, Dự án 10 của Chương trình', '2', 'ordinal'],
  ['nhiệm vụ Tiểu dự án 2, Dự án 10 của Chương trình', '10', 'ordinal'],
  ['(1)\t(2)\t(3)\t(6)/(5)', '5', 'ordinal'],
  ['STT\tSTT theo Quyết định 30/QĐ-UBND\tNội dung\n1\t150\tKế hoạch Tuyên truyền', '150', 'ordinal'],
  ['STT\tSTT theo Quyết định 30/QĐ-UBND\tNội dung\n1\t150\tKế hoạch Tuyên truyền', '1', 'ordinal'],
  ['Tổng số 32 phóng viên, trong đó', '32', 'quantity'],
  ['Báo cáo 5 năm triển khai Kết luận 23-KL/TW', '23', 'doc_number'],
  ['Báo cáo 5 năm triển khai Kết luận 23-KL/TW', '5', 'quantity'],
  ['thanh toán .v.v.\n\n9\n\nĐã tích hợp nền tảng', '9', 'ordinal'],
  ['hỗ trợ theo Chương trình 135 của Chính phủ', '135', 'ordinal'],
  ['ký ngày 5 tháng 6 năm 2023', '5', 'date'],
  ['ký ngày 5 tháng 6 năm 2023', '6', 'date'],
  ['từ tháng 6 năm 2023 có 5 hồ sơ', '6', 'month_year'],
  ['từ ngày 01-01-2023 đến 31-12-2023', '31-12-2023', 'date'],
  ['họp lúc 15h30 tại Sở', '30', 'time_expression'],
  ['phủ sóng chuẩn Wi-Fi 6 tại trụ sở', '6', 'version'],
  ['mạng IPv6 tại trụ sở', '6', 'tech_tag'],
  ['100% TTHC mức độ 3, 4 được cung cấp', '4', 'ordinal'],
  ['Chỉ số DTI xếp thứ 15/63 tỉnh, thành phố', '15/63', 'ordinal'],
  ['kỷ niệm 80 năm ra đời', '80', 'quantity'],
  ['Văn hóa - Du lịch: 04; Giao thông: 32', '04', 'quantity'],
  ['Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050', '2050', 'year'],
  ['STT\tNội dung\tĐơn vị\tKế hoạch\tThực hiện so với kế hoạch (%)\n1\tTỷ lệ\t%\t12,0\t98,5', '98,5', 'quantity'],
];

type ChangeCase = [string, string, Partial<Mention['change']> & object, string?];
const changes: ChangeCase[] = [
  ['ước thực hiện là 2.066.300 bưu gửi (tăng 26,39% so với cùng kỳ)', '2.066.300', { value: 26.39, unit: 'pct', against: 'same_period_last_year' }],
  ['tổng số văn bản đi/đến toàn tỉnh là 395.511 văn bản (giảm 1,19% so với cùng kỳ)', '395.511', { value: -1.19, unit: 'pct' }],
  ['trong đó có 88.971 văn bản đi (giảm 4,43%) và 305.540 văn bản đến (giảm 0,2%)', '305.540', { value: -0.2 }],
  ['Phát triển 1.935 thuê bao điện thoại, tăng 4,8% so với tháng trước (569 thuê bao)', '1.935', { value: 4.8, against: 'previous_month' }],
  ['tổng cộng với hơn 4.364 tin/bài (tăng hơn so với cùng kỳ 85 tin/bài)', '4.364', { value: 85, unit: 'abs', against: 'same_period_last_year' }],
  ['với 14 trường hợp đăng tải thông tin trên mạng (giảm so với cùng kỳ 07 đối tượng)', '14', { value: -7, unit: 'abs' }],
  ['Số hồ sơ tiếp nhận đạt 860/148.962 (chiếm 0,58%, tăng 106,73 %)', '860/148.962', { value: 106.73, unit: 'pct' }],
  ['Số lượng tên miền.vn đạt 4.429 tăng 46,66 %', '4.429', { value: 46.66 }],
  ['Doanh thu ước đạt 1,003 tỷ đồng (tăng 5% so với cùng kỳ)', '1,003', { value: 5, against: 'same_period_last_year' }],
  ['Sở đã ban hành 25 lượt văn bản tuyên truyền (tăng hơn so với tháng trước 10 lượt văn bản)', '25', { value: 10, unit: 'abs', against: 'previous_month' }],
  ['Doanh thu đạt 120 tỷ đồng, tăng 5% so với quý trước', '120', { value: 5, against: 'previous_period' }],
  ['Doanh thu đạt 120 tỷ đồng, giảm 3% so với năm 2022', '120', { value: -3, against: 'other' }],
  ['Doanh thu đạt 1.200 tỷ đồng (tăng thêm 200 tỷ đồng)', '1.200', { value: 2e11, unit: 'abs' }],
  ['Doanh thu ước đạt 1.852 tỷ đồng, bằng 51,2% kế hoạch năm, tăng 4,5% so với cùng kỳ năm 2022.', '1.852', { value: 4.5, against: 'same_period_last_year' }],
  ['Số hồ sơ đạt 860 hồ sơ, chiếm 0,58%, tăng 106,73% so với cùng kỳ', '860', { value: 106.73 }],
];

describe('findMentions: values, units and kinds', () => {
  it.each(values.map(([t, r, e, nth]) => [t, r, e, nth ?? 0] as const))('%s → %s', (text, raw, expected, nth) => {
    expect(mentionOf(text, raw, nth)).toMatchObject(expected);
  });
});

describe('findMentions: ambiguous separators decided by context', () => {
  it.each(ambiguous)('%s → %s', (text, raw, expected) => {
    expect(mentionOf(text, raw)).toMatchObject(expected);
  });
});

describe('classifyDigitGroups: what each digit group is', () => {
  it.each(classes)('%s: %s is %s', (text, raw, cls) => {
    expect(classOf(text, raw)).toBe(cls);
  });
  it('never returns non-quantities as mentions', () => {
    for (const [text, raw, cls] of classes) {
      if (cls === 'quantity') continue;
      const g = classifyDigitGroups(text).find((x) => x.raw === raw)!;
      for (const m of findMentions(text)) {
        for (const n of m.numbers) expect(n.start >= g.end || n.end <= g.start).toBe(true);
      }
    }
  });
});

describe('findMentions: changes and comparisons', () => {
  it.each(changes)('%s → change on %s', (text, raw, expected) => {
    const target = mentionOf(text, raw);
    expect(target.change).toMatchObject(expected);
    expect(target.role).toBeUndefined();
    // The change is also its own mention, with role 'change' and the same signed value.
    const own = findMentions(text).find((m) => m.role === 'change' && m.change?.start === target.change?.start);
    expect(own).toBeDefined();
    expect(own!.change?.value).toBe(expected.value);
    expect(text.slice(own!.change!.start, own!.change!.end)).toBe(own!.change!.raw);
  });

  it('reads growth and a comparison stated before the verb', () => {
    expect(mentionOf('Doanh thu đạt 500 tỷ đồng, tăng trưởng 12% so với cùng kỳ', '500').change).toMatchObject({ value: 12, against: 'same_period_last_year' });
    const own = mentionOf('So với cùng kỳ năm trước, số thuê bao di động tăng 3,5%.', '3,5');
    expect(own.role).toBe('change');
    expect(own.change).toMatchObject({ value: 3.5, unit: 'pct', against: 'same_period_last_year' });
  });

  it('a gap against a target is a comparison, not a change', () => {
    const text = 'Tỷ lệ tiếp nhận hồ sơ trực tuyến 106.481/132.667 hồ sơ đạt 80,26%, vượt 10,26% so với chỉ tiêu phát triển Chính quyền số năm 2023 (70%)';
    const gap = mentionOf(text, '10,26');
    expect(gap.role).toBe('comparison');
    expect(gap.change).toBeUndefined();
    expect(gap.qualifier).toBeUndefined();
    expect(mentionOf(text, '80,26').change).toBeUndefined();
    expect(mentionOf(text, '106.481/132.667').change).toBeUndefined();
    expect(mentionOf(text, '70').role).toBeUndefined();
  });

  it('a share in the same parenthesis does not take the change', () => {
    const text = 'Số hồ sơ trả kết quả đạt 45.974/140.408 (chiếm 32,74 %, tăng 62,88%).';
    expect(mentionOf(text, '32,74').change).toBeUndefined();
    expect(mentionOf(text, '45.974/140.408').change?.value).toBe(62.88);
  });

  it('"tăng lên" gives a level, not a change', () => {
    const m = mentionOf('Số thuê bao tăng lên 5.000 thuê bao', '5.000');
    expect(m.role).toBeUndefined();
    expect(m.value).toBe(5000);
  });

  it('a change is not attached across sentences', () => {
    const text = 'Doanh thu đạt 100 tỷ đồng. Số thuê bao tăng 5%.';
    expect(mentionOf(text, '100').change).toBeUndefined();
    expect(mentionOf(text, '5').role).toBe('change');
  });

  it('a percent of a plan or of the same period is a comparison', () => {
    expect(mentionOf('Ước thực hiện đạt 98,18% so với kế hoạch năm', '98,18').role).toBe('comparison');
    expect(mentionOf('Doanh thu bằng 102% so với cùng kỳ', '102').role).toBe('comparison');
    expect(mentionOf('Đạt 100% chỉ tiêu đề ra.', '100').role).toBe('comparison');
    expect(mentionOf('Tỷ lệ ký số đạt 95,85% (cấp tỉnh: 98,26%)', '95,85').role).toBeUndefined();
  });

  it('a change that names its own noun is not attached to the figure before it', () => {
    const text = 'Hỗ trợ 100 hộ giảm 50% phí lắp đặt';
    expect(mentionOf(text, '100').change).toBeUndefined();
    expect(mentionOf(text, '50').role).toBe('change');
  });

  it('"tăng 2 lần" is not a change in percent or units', () => {
    expect(mentionOf('Doanh thu tăng 2 lần', '2').role).toBeUndefined();
  });

  it('spans of qualifiers, units and numbers point at their words', () => {
    const text = 'Doanh thu ước đạt 1,003 tỷ đồng (tăng 5% so với cùng kỳ)';
    const m = mentionOf(text, '1,003');
    expect(text.slice(m.qualifierSpan!.start, m.qualifierSpan!.end)).toBe('ước đạt');
    expect(text.slice(m.unitSpan!.start, m.unitSpan!.end)).toBe('tỷ đồng');
    expect(m.change!.raw).toBe('tăng 5% so với cùng kỳ');
    expect(m.numbers).toHaveLength(1);
    expect(text.slice(m.numbers[0].start, m.numbers[0].end)).toBe('1,003');
  });
});

describe('findMentions: offsets, ranges of text and Unicode', () => {
  it('reports offsets into NFD input and the raw text as given', () => {
    const nfc = 'Tổng số thuê bao điện thoại là 690.503 thuê bao, đạt mật độ 116,3 thuê bao/100 dân';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const a = findMentions(nfc);
    const b = findMentions(nfd);
    expect(b.map((m) => [m.value, m.kind])).toEqual(a.map((m) => [m.value, m.kind]));
    for (const m of b) {
      expect(nfd.slice(m.start, m.end)).toBe(m.raw);
      if (m.unitSpan) expect(nfd.slice(m.unitSpan.start, m.unitSpan.end)).toBe(m.unit);
    }
    expect(b[0].unit!.normalize('NFC')).toBe('thuê bao');
    expect(classifyDigitGroups(nfd).map((g) => nfd.slice(g.start, g.end))).toEqual(classifyDigitGroups(nfd).map((g) => g.raw));
  });

  it('restricts to a range but keeps offsets into the whole text', () => {
    const text = 'Có 12 hồ sơ. Có 34 thuê bao. Có 56 trạm.';
    const start = text.indexOf('Có 34');
    const found = findMentions(text, { start, end: start + 15 });
    expect(found.map((m) => m.value)).toEqual([34]);
    expect(text.slice(found[0].start, found[0].end)).toBe('34');
  });

  it('returns mentions sorted by start', () => {
    const text = 'Có 12 hồ sơ (tăng 5%), 34 thuê bao và 56/60 trạm đạt 93,3%.';
    const starts = findMentions(text).map((m) => m.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });
});
