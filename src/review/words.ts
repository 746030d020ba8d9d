// The review page's words, in Vietnamese (the page's language) and English (its switch): the
// interface, the metrics' names (Vietnamese from the catalog's descriptions), dims and basis.
import { metrics } from '../catalog.js';

export type Lang = 'vi' | 'en';
export type Words = Record<Lang, string>;

/** A metric's name: the catalog's Vietnamese description up to its notes ("số hồ sơ tiếp nhận (…)"). */
export function viName(description: string): string {
  const name = description.split(/\s\(|;/)[0].trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const EN_METRICS: Record<string, string> = {
  'dossier.received': 'Dossiers received',
  'dossier.received_share': 'Share of dossiers received (by channel)',
  'dossier.resolved': 'Dossiers resolved',
  'dossier.resolved_ontime': 'Dossiers resolved on time or early',
  'dossier.resolved_ontime_share': 'Share resolved on time or early',
  'dossier.resolved_late': 'Dossiers resolved late',
  'dossier.resolved_late_share': 'Share resolved late',
  'dossier.synced_national': 'Dossiers synced to the national portal',
  'dossier.synced_national_share': 'Share synced to the national portal',
  'dossier.returned': 'Dossier results returned',
  'dossier.returned_share': 'Share of results returned (by channel)',
  'dossier.eservice_with_dossier_share': 'Share of online services with dossiers',
  'eservice.count': 'Online public services',
  'eservice.share': 'Share of online services (by kind)',
  'eservice.integrated_national': 'Online services on the national portal',
  'eservice.integrated_national_share': 'Share of online services on the national portal',
  'bts.stations': 'BTS stations',
  'bts.stations_on_air_trial': 'Stations on air in trial',
  'bts.sites': 'BTS sites',
  'bts.shared_sites': 'Shared BTS sites',
  'bts.shared_sites_share': 'Share of shared BTS sites',
  'bts.controllers': 'Base station controllers (BSC)',
  'esign.rate': 'Digital signing rate',
  'esign.signed_documents': 'Digitally signed documents',
  'esign.certificates_issued': 'Digital certificates issued',
  'esign.certificates_active': 'Digital certificates in use',
  'esign.adult_holder_share': 'Share of adults with a digital signature',
  'edoc.outgoing': 'Outgoing documents',
  'edoc.incoming': 'Incoming documents',
  'edoc.total': 'Documents sent and received',
  'edoc.online_share': 'Share of documents handled fully online',
  'subs.phone': 'Phone subscribers',
  'subs.phone_new': 'New phone subscribers',
  'subs.phone_density': 'Phone subscribers per 100 people',
  'subs.broadband': 'Broadband subscribers',
  'subs.broadband_new': 'New broadband subscribers',
  'subs.broadband_density': 'Broadband subscribers per 100 people',
  'subs.locked': 'Locked subscribers',
  'subs.smartphone_share': 'Share of smartphone subscribers',
};

export const DIM_WORDS: Record<string, Record<string, Words>> = {
  level: { province: { vi: 'cấp tỉnh', en: 'province level' }, district: { vi: 'cấp huyện', en: 'district level' }, commune: { vi: 'cấp xã', en: 'commune level' } },
  channel: { online: { vi: 'trực tuyến', en: 'online' }, direct: { vi: 'trực tiếp', en: 'in person' }, postal: { vi: 'qua bưu chính công ích', en: 'by post' } },
  tech: { '2G': { vi: '2G', en: '2G' }, '3G': { vi: '3G', en: '3G' }, '4G': { vi: '4G', en: '4G' }, '5G': { vi: '5G', en: '5G' } },
  kind: {
    fixed: { vi: 'cố định', en: 'fixed' },
    mobile: { vi: 'di động', en: 'mobile' },
    mobile_postpaid: { vi: 'di động trả sau', en: 'mobile postpaid' },
    mobile_prepaid: { vi: 'di động trả trước', en: 'mobile prepaid' },
    fixed_postpaid: { vi: 'cố định và trả sau', en: 'fixed and postpaid' },
    full: { vi: 'toàn trình', en: 'fully online' },
    partial: { vi: 'một phần', en: 'partly online' },
    level3: { vi: 'mức độ 3', en: 'level 3' },
    level4: { vi: 'mức độ 4', en: 'level 4' },
    organization: { vi: 'tổ chức', en: 'organisations' },
    individual: { vi: 'cá nhân', en: 'individuals' },
    one_way: { vi: 'khóa 1 chiều', en: 'one-way locked' },
    two_way: { vi: 'khóa 2 chiều', en: 'two-way locked' },
  },
};
export const DIM_NAMES: Record<string, Words> = {
  level: { vi: 'Cấp', en: 'Level' },
  channel: { vi: 'Kênh', en: 'Channel' },
  tech: { vi: 'Công nghệ', en: 'Technology' },
  kind: { vi: 'Loại', en: 'Kind' },
  entity: { vi: 'Đơn vị', en: 'Unit' },
};
export const BASIS_WORDS: Record<string, Words> = {
  actual: { vi: 'thực hiện', en: 'actual' },
  target: { vi: 'kế hoạch', en: 'target' },
  estimate: { vi: 'ước thực hiện', en: 'estimate' },
};
export const FAMILY_WORDS: Record<string, Words> = {
  dossier: { vi: 'Hồ sơ, dịch vụ công', en: 'Dossiers and e-services' },
  bts: { vi: 'Trạm BTS', en: 'Base stations' },
  esign: { vi: 'Chữ ký số, văn bản điện tử', en: 'Digital signing and e-documents' },
  subs: { vi: 'Thuê bao', en: 'Subscribers' },
};
export const UNIT_WORDS: Record<string, Words> = {
  count: { vi: '', en: '' },
  pct: { vi: '%', en: '%' },
  per100: { vi: '/100 dân', en: 'per 100 people' },
};

/** Interface text. `{0}`, `{1}` are filled in by the page. */
export const UI: Record<string, Words> = {
  title: { vi: 'Rà soát số liệu', en: 'Figure review' },
  summary: { vi: '{0} báo cáo · {1} số liệu · {2} cảnh báo kiểm tra', en: '{0} reports · {1} figures · {2} audit findings' },
  switchLang: { vi: 'English', en: 'Tiếng Việt' },
  switchLangLabel: { vi: 'Switch the page to English', en: 'Chuyển trang sang tiếng Việt' },
  skip: { vi: 'Đến số liệu đầu tiên của báo cáo', en: 'Go to the first figure of the report' },
  search: { vi: 'Tìm số liệu', en: 'Search figures' },
  searchHint: { vi: 'Tìm: tỉnh, chỉ tiêu, trích dẫn, số…', en: 'Search: province, metric, quote, number…' },
  province: { vi: 'Tỉnh', en: 'Province' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  metric: { vi: 'Chỉ tiêu', en: 'Metric' },
  family: { vi: 'Nhóm', en: 'Group' },
  dims: { vi: 'Phân tổ', en: 'Breakdown' },
  basis: { vi: 'Loại số liệu', en: 'Basis' },
  value: { vi: 'Giá trị', en: 'Value' },
  quote: { vi: 'Trích dẫn', en: 'Quote' },
  report: { vi: 'Báo cáo', en: 'Report' },
  all: { vi: 'Tất cả', en: 'All' },
  allDims: { vi: 'toàn bộ (không phân tổ)', en: 'total (no breakdown)' },
  onlyFlagged: { vi: 'Chỉ số liệu có cảnh báo', en: 'Only figures with findings' },
  shownCount: { vi: '{0} / {1} số liệu', en: '{0} of {1} figures' },
  clearFilters: { vi: 'Bỏ lọc', en: 'Clear filters' },
  reports: { vi: 'Báo cáo', en: 'Reports' },
  reportSearch: { vi: 'Tìm báo cáo', en: 'Find a report' },
  reportCount: { vi: '{0} / {1} báo cáo', en: '{0} of {1} reports' },
  figures: { vi: '{0} số liệu', en: '{0} figures' },
  findingsN: { vi: '{0} cảnh báo', en: '{0} findings' },
  findings: { vi: 'Cảnh báo kiểm tra', en: 'Audit findings' },
  tabText: { vi: 'Văn bản báo cáo', en: 'Report text' },
  tabTable: { vi: 'Bảng số liệu', en: 'Table of figures' },
  tabChart: { vi: 'So sánh giữa các tỉnh', en: 'Compare provinces' },
  chooseReport: { vi: 'Chọn một báo cáo ở danh sách bên trái.', en: 'Choose a report in the list.' },
  noText: { vi: 'Văn bản của báo cáo này không có trong thư mục kết quả (text/<doc>.json).', en: 'The text of this report is not in the output folder (text/<doc>.json).' },
  fact: { vi: 'Số liệu', en: 'Figure' },
  clickFigure: { vi: 'Chọn một số được tô màu để xem số liệu.', en: 'Choose a highlighted number to see its figure.' },
  asWritten: { vi: 'Nguyên văn', en: 'As written' },
  change: { vi: 'Thay đổi', en: 'Change' },
  source: { vi: 'Nguồn', en: 'Source' },
  lineN: { vi: 'dòng {0}', en: 'line {0}' },
  pageN: { vi: 'trang {0}', en: 'page {0}' },
  rule: { vi: 'Quy tắc', en: 'Rule' },
  readBy: { vi: 'Đọc bằng', en: 'Read by' },
  ocrConfidence: { vi: 'OCR: chữ số {0}, dòng {1}, từ ngữ ít nhất {2} (trên 100)', en: 'OCR: the number {0}, its line {1}, its words at least {2} (of 100)' },
  ocrNoImage: { vi: 'Đọc bằng OCR; ảnh trang không có trong thư mục kết quả (ocr/) nên không hiển thị được.', en: 'Read by OCR; the page image is not in the output folder (ocr/), so it cannot be shown.' },
  ocrCaption: { vi: 'Trang {0} bản quét: đối chiếu {1} với ảnh.', en: 'Page {0} as scanned: check {1} against it.' },
  ocrAlt: { vi: 'Trang {0} của {1}, nơi đọc được {2}', en: 'Page {0} of {1}, where {2} was read' },
  noFinding: { vi: 'Không có cảnh báo kiểm tra.', en: 'No audit finding.' },
  noFindingFiltered: { vi: 'Không có cảnh báo nào với bộ lọc này.', en: 'No finding for these filters.' },
  noFindingAtAll: { vi: 'Kiểm tra không phát hiện gì (hoặc chưa chạy).', en: 'The audit found nothing to report (or has not run).' },
  stated: { vi: 'ghi {0} · dự kiến {1} · dung sai {2}', en: 'stated {0} · expected {1} · tolerance {2}' },
  ocrThreshold: { vi: 'Độ tin cậy OCR {0} · ngưỡng {1}', en: 'OCR confidence {0} · threshold {1}' },
  f_sum: { vi: 'Tổng các phần ≠ tổng', en: 'Parts ≠ whole' },
  f_share: { vi: 'Tỷ lệ', en: 'Share' },
  f_shares_sum: { vi: 'Tổng tỷ lệ ≠ 100 %', en: 'Shares ≠ 100 %' },
  f_conflict: { vi: 'Các báo cáo khác nhau', en: 'Reports disagree' },
  f_stock_fall: { vi: 'Số lũy kế giảm', en: 'Stock falls' },
  f_low_ocr_confidence: { vi: 'OCR kém tin cậy', en: 'Low OCR confidence' },
  noFacts: { vi: 'Không có số liệu nào khớp bộ lọc.', en: 'No figure matches the filters.' },
  exportCsv: { vi: 'Xuất CSV ({0} dòng)', en: 'Export CSV ({0} rows)' },
  pageOf: { vi: 'Trang {0} / {1}', en: 'Page {0} of {1}' },
  prev: { vi: '‹ Trước', en: '‹ Previous' },
  next: { vi: 'Sau ›', en: 'Next ›' },
  sortBy: { vi: 'Sắp xếp theo {0}', en: 'Sort by {0}' },
  open: { vi: 'Mở', en: 'Open' },
  chartPeriod: { vi: 'Kỳ (chỉ so sánh cùng kỳ)', en: 'Period (only the same period compares)' },
  chartProvinces: { vi: '{0} tỉnh', en: '{0} provinces' },
  chartNone: { vi: 'Không có số liệu nào của chỉ tiêu này.', en: 'No figure for this metric.' },
  chartLeftOut: { vi: 'Không vẽ {0} số liệu khác của chỉ tiêu này: {1}.', en: '{0} other figures of this metric are not drawn: {1}.' },
  leftDims: { vi: '{0} phân tổ khác', en: '{0} of another breakdown' },
  leftBasis: { vi: '{0} loại số liệu khác (kế hoạch, ước tính)', en: '{0} of another basis (target, estimate)' },
  leftPeriod: { vi: '{0} kỳ khác (không so sánh được)', en: '{0} of other periods (not comparable)' },
  leftNoPeriod: { vi: '{0} không rõ kỳ', en: '{0} with no period' },
  leftNone: { vi: 'Mọi số liệu của chỉ tiêu này với phân tổ, loại và kỳ đã chọn đều được vẽ.', en: 'Every figure of this metric with the chosen breakdown, basis and period is drawn.' },
  unknownProvince: { vi: '(không rõ tỉnh)', en: '(province unknown)' },
  // corrections
  corrections: { vi: 'Sửa lỗi', en: 'Corrections' },
  saveCorrections: { vi: 'Tải corrections.jsonl ({0})', en: 'Download corrections.jsonl ({0})' },
  saveHint: {
    vi: 'Lưu các chỉnh sửa; áp dụng bằng: baocao extract … --corrections corrections.jsonl',
    en: 'Saves the corrections; apply them with: baocao extract … --corrections corrections.jsonl',
  },
  wrongValue: { vi: 'Sai giá trị', en: 'Wrong value' },
  notAFact: { vi: 'Không phải số liệu', en: 'Not a figure' },
  rightValue: { vi: 'Giá trị đúng', en: 'Right value' },
  save: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  markedValue: { vi: 'Đã sửa: {0} → {1}', en: 'Corrected: {0} → {1}' },
  markedNotFact: { vi: 'Đã đánh dấu: không phải số liệu', en: 'Marked: not a figure' },
  correctedBefore: { vi: 'Đã sửa trước đây (giá trị cũ {0})', en: 'Corrected before (was {0})' },
  manual: { vi: 'Thêm tay', en: 'Added by hand' },
  missed: { vi: 'Số liệu bị sót', en: 'Missed figure' },
  missedHint: {
    vi: 'Bôi đen các chữ của một số liệu bị sót trong văn bản để thêm nó.',
    en: 'Select the words of a missed figure in the text to add it.',
  },
  missedNumber: { vi: 'Số trong đoạn chọn', en: 'Number in the selection' },
  missedNoNumber: { vi: 'Đoạn chọn không có số nào.', en: 'The selection holds no number.' },
  addMissed: { vi: 'Thêm số liệu bị sót', en: 'Add the missed figure' },
  missedAdded: { vi: 'Đã thêm: {0} = {1}', en: 'Added: {0} = {1}' },
  reviewed: { vi: 'Đã rà soát xong báo cáo này', en: 'This report is fully checked' },
  reviewedDone: { vi: '✓ Đã rà soát xong', en: '✓ Fully checked' },
  unsaved: { vi: 'Có chỉnh sửa chưa tải về.', en: 'There are corrections not downloaded yet.' },
};

export interface PageWords {
  ui: Record<string, Words>;
  dims: Record<string, Record<string, Words>>;
  dimNames: Record<string, Words>;
  basis: Record<string, Words>;
  families: Record<string, Words>;
  units: Record<string, Words>;
  metrics: Record<string, Words>;
}

export function pageWords(): PageWords {
  const names: Record<string, Words> = {};
  for (const m of metrics) names[m.id] = { vi: viName(m.vi), en: EN_METRICS[m.id] ?? m.id };
  return { ui: UI, dims: DIM_WORDS, dimNames: DIM_NAMES, basis: BASIS_WORDS, families: FAMILY_WORDS, units: UNIT_WORDS, metrics: names };
}
