// Word lists of Vietnamese ICT reports that decide what a number is. All lower case, NFC.
// Regexes are compiled once here; matching is case-insensitive and sticky (`y`), so callers
// set lastIndex on the document text instead of slicing it.

/** Things you count: a number before them is a whole number ("5.183 người" is 5183). */
export const COUNT_NOUNS: readonly string[] = [
  'hồ sơ', 'thuê bao', 'trạm bts', 'trạm phát sóng', 'trạm', 'văn bản', 'doanh nghiệp', 'người dân',
  'người dùng', 'người', 'lượt truy cập', 'lượt tải', 'lượt người', 'lượt', 'bản in', 'bản tin', 'bản',
  'cuốn', 'đầu sách', 'tài khoản', 'địa chỉ số', 'địa chỉ', 'nhân khẩu', 'hộ gia đình', 'hộ dân',
  'hộ kinh doanh', 'hộ nghèo', 'hộ', 'xã', 'huyện', 'tỉnh', 'thôn', 'đơn vị', 'cơ quan', 'điểm phục vụ',
  'điểm chuyển mạch', 'điểm', 'bưu cục', 'bưu gửi', 'bưu phát', 'bưu phẩm', 'bưu kiện', 'bưu điện',
  'thư', 'gói', 'kiện', 'sản phẩm', 'tin bài', 'tin', 'bài báo', 'bài viết', 'bài', 'cảnh báo',
  'phản ánh', 'câu hỏi', 'góp ý', 'sự cố', 'máy tính', 'máy chủ', 'máy trạm', 'máy', 'camera',
  'thiết bị', 'tuyến cáp quang', 'tuyến cáp', 'tuyến viba', 'tuyến đường', 'tuyến', 'cột',
  'chứng thư số', 'chứng thư', 'chữ ký số', 'dịch vụ công trực tuyến', 'dịch vụ công', 'dịch vụ',
  'dvctt', 'tthc', 'thủ tục hành chính', 'thủ tục', 'quyết định', 'kế hoạch', 'chỉ thị', 'nghị quyết',
  'công văn', 'thông báo', 'báo cáo', 'cuộc thanh tra', 'cuộc kiểm tra', 'cuộc họp', 'cuộc', 'lớp',
  'học viên', 'sinh viên', 'học sinh', 'trường hợp', 'trường', 'giấy phép', 'phóng viên', 'nhà báo',
  'cán bộ', 'công chức', 'viên chức', 'cbcc', 'đối tượng', 'nhiệm vụ', 'biểu mẫu', 'biểu',
  'chương trình', 'hội nghị', 'hội thảo', 'dự án', 'hồ', 'nội dung', 'giao dịch', 'tổ thôn', 'tổ',
  'thành viên', 'lao động', 'quốc gia', 'hộp thư', 'trang thông tin điện tử', 'trang tin', 'trang',
  'cơ sở dữ liệu', 'phòng', 'đặc san', 'tin nhắn', 'sim', 'website', 'ứng dụng', 'nền tảng',
  'quy trình', 'đơn thư', 'đơn', 'tổ chức', 'cá nhân', 'công ty', 'chi nhánh', 'văn phòng đại diện',
  'văn phòng', 'đài', 'nhà xuất bản', 'cơ sở', 'vị trí', 'trường thông tin', 'ý kiến', 'đoàn', 'đợt',
  'kênh', 'chuyên mục', 'mô hình', 'sở', 'tàu cá', 'vụ việc', 'vụ', 'hành vi', 'lỗ hổng', 'mã độc',
  'hệ thống', 'phần mềm', 'nhân sự', 'chuyên gia', 'giảng viên', 'giáo viên', 'tên miền', 'chiếc',
  'cái', 'con', 'xuất bản phẩm', 'tác phẩm', 'đề án', 'câu', 'ngành', 'bộ', 'cấp', 'lớp học',
  'khóa học', 'tập huấn', 'buổi', 'phường', 'thị trấn', 'quy chế', 'thông tư', 'nghị định',
  'cổng', 'đơn vị hành chính', 'hộp thư điện tử', 'phó giám đốc', 'giám đốc', 'trưởng phòng',
  'phó trưởng phòng', 'số công báo', 'số báo', 'số tạp chí', 'tạp chí', 'tờ', 'kỳ', 'phiên', 'tấm',
  'bộ phận', 'thủ tục hành chính', 'cuộc thi', 'giải thưởng', 'huy chương', 'máy tính bảng',
];

/** Units after which decimals are normal ("38.05 Mbps", "31.888,142 km", "10,5 giờ"). */
export const MEASURE_UNITS: readonly string[] = [
  'km2', 'km²', 'km', 'm2', 'm²', 'mét', 'm', 'cm', 'mm', 'ha', 'hecta', 'kg', 'tấn', 'tạ', 'lít',
  'giờ', 'phút', 'giây', 'ngày', 'tuần', 'tháng', 'năm', 'tuổi', 'mbps', 'gbps', 'kbps', 'mb/s', 'gb/s',
  'tb', 'gb', 'mb', 'kb', 'ghz', 'mhz', 'khz', 'kwh', 'kw', 'mw', 'gw', '°c', 'độ', 'lần', 'điểm %',
];

/** Units glued to the number with no space ("3km", "100Mbps"). */
export const GLUED_UNIT_RE = /(?:km2|km²|km|m2|m²|cm|mm|m|ha|kg|mbps|gbps|kbps|tb|gb|mb|kb|ghz|mhz|khz|kwh|kw|mw|gw|°c|vnđ|vnd|usd|đ)(?![\p{L}\p{M}\p{N}])/iuy;

export const MONEY_WORDS_RE = /(?:đồng|vnđ|vnd|usd|đô la)(?![\p{L}\p{M}])/iuy;

/** Scale words; "tỷ lệ"/"tỷ trọng" are not scale words. */
export const SCALE_RE = /(nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}])(?!\s+(?:lệ|trọng)(?![\p{L}\p{M}]))/iuy;
export const SCALE_VALUE: Record<string, number> = {
  'nghìn tỷ': 1e12, 'ngàn tỷ': 1e12, 'nghìn tỉ': 1e12, 'ngàn tỉ': 1e12,
  nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9,
};

/** Words that end a unit: verbs, prepositions and conjunctions. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'là', 'và', 'của', 'trong', 'với', 'được', 'đã', 'có', 'cho', 'tại', 'theo', 'so', 'từ', 'đến', 'tới',
  'thuộc', 'về', 'để', 'này', 'đó', 'khi', 'các', 'những', 'hoặc', 'hay', 'nhưng', 'mà', 'vào', 'ra',
  'bị', 'do', 'vì', 'nên', 'thì', 'sẽ', 'đang', 'còn', 'vẫn', 'cũng', 'đều', 'gồm', 'như', 'qua',
  'chiếm', 'đạt', 'tăng', 'giảm', 'trên', 'dưới', 'hơn', 'khoảng', 'gần', 'sau', 'trước', 'nhằm',
  'bằng', 'tương', 'ước', 'vượt', 'cùng', 'mỗi', 'trở', 'ở', 'thì', 'nhưng', 'tham', 'thực', 'đưa',
  'tiếp', 'không', 'chưa', 'đi', 'lên', 'xuống', 'nâng', 'giúp', 'góp', 'bao', 'gấp',
]);

/** Qualifier words directly before a number. Order: longest first. */
export const APPROX_RE = /(?:^|[^\p{L}\p{M}])(?:ước thực hiện|ước tính|ước đạt|ước khoảng|ước|khoảng|gần|xấp xỉ|chừng|trên dưới|tầm)(?:\s+(?:là|đạt|khoảng|có))?\s*:?\s*$/u;
export const OVER_RE = /(?:^|[^\p{L}\p{M}])(?:hơn|trên|vượt|vượt quá|ngoài|ít nhất|tối thiểu)\s*$/u;
export const UNDER_RE = /(?:^|[^\p{L}\p{M}])(?:dưới|chưa đến|chưa tới|chưa đầy|không quá|không tới|tối đa|ít hơn)\s*$/u;

function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00A0]+'))
    .join('|');
}

const UNIT_END = '(?![\\p{L}\\p{M}\\p{N}])';
/** Longest known unit at lastIndex: count nouns, measures. */
export const KNOWN_UNIT_RE = new RegExp(`(?:${alternation([...COUNT_NOUNS, ...MEASURE_UNITS])})${UNIT_END}`, 'iuy');
export const COUNT_NOUN_SET: ReadonlySet<string> = new Set(COUNT_NOUNS);
export const MEASURE_SET: ReadonlySet<string> = new Set(MEASURE_UNITS);

/** One word (letters with their marks) at lastIndex. */
export const WORD_RE = /[\p{L}][\p{L}\p{M}]*/uy;

/** Nouns a density is "per": "100 dân", "1 điểm", "1.000 người". */
export const PER_NOUN_RE = /(?:người dân|hộ gia đình|hộ dân|dân|người|hộ|km2|km²|km|điểm|xã|thôn|huyện|trường|cơ sở|đơn vị|trạm|bưu cục|doanh nghiệp)(?![\p{L}\p{M}])/iuy;
/** Time words after "/" make a rate: "19 giờ/ngày", "6 triệu đồng/tháng". */
export const PER_TIME_RE = /\s*(ngày|tuần|tháng|quý|năm|giờ|phút|giây|người|lượt|hộ)(?![\p{L}\p{M}])/iuy;

/** Period phrases kept out of quantities ("6 tháng đầu năm", "9 tháng năm 2023"). */
export const PERIOD_AFTER_RE = /\s*tháng\s+(?:đầu|cuối)(?:\s+năm)?(?![\p{L}\p{M}])|\s*tháng\s+(?:năm\s+)?\d{4}|\s*tháng\s+qua(?![\p{L}\p{M}])/iuy;

/** Document-type words after which a number is a document number ("Nghị quyết 54", "QĐ 715"). */
export const DOC_PREFIX_RE = /(?:^|[^\p{L}\p{M}])(?:quyết định|nghị quyết|nghị định|thông tư|chỉ thị|công văn|kế hoạch|kết luận|đề án|tờ trình|thông báo|luật|pháp lệnh|hướng dẫn|qđ|nđ|nq|kh|cv|tt|ct)(?:\s+số)?\s*$/u;
/** Section references ("Điều 44", "khoản 2", "Phụ lục 1", "mục 2.3"). */
export const SECTION_PREFIX_RE = /(?:^|[^\p{L}\p{M}])(?:điều|khoản|mục|chương|phần|tiết|phụ lục|điểm)\s*$/u;
/** Ordinals and identifiers ("lần thứ 2", "kỳ họp thứ 11", "Khu số 3", "Dự án 10"). */
export const ORDINAL_PREFIX_RE = /(?:(?:^|[^\p{L}\p{M}])(?:thứ|lần|đợt|khóa|khoá|mức độ|mức|cấp độ|bước|bảng|biểu|biểu đồ|hình|phụ lục|điều|khoản|chương|phần|tiểu dự án|dự án|khu|phường|quận|tổ|hạng|top|stt|số thứ tự|giai đoạn|kỳ|quốc lộ|tỉnh lộ|đường|tầng|phòng|lô|câu)\s*$)|(?:(?:^|[^\p{L}\p{M}])(?!tổng\s)[\p{L}\p{M}]+\s+số\s*$)/u;
export const VERSION_PREFIX_RE = /(?:^|[^\p{L}\p{M}])(?:phiên bản|version|ver\.?|v\.?|web|công nghiệp|cách mạng công nghiệp|cmcn|industry|chuyển đổi số|iso|tcvn|ipv|http|wi-fi|wifi|windows|android|ios|office|html|bluetooth|usb|euro|php)\s*$/u;
/** Words before a day/month or day/month/year that make it a date. */
export const DATE_PREFIX_RE = /(?:^|[^\p{L}\p{M}])(?:ngày|mùng|mồng|hôm|lễ|từ|đến|tới|sau|trước|tết|dịp|kể từ|hết|cuối|đầu)\s*$/u;
export const DAY_PREFIX_RE = /(?:^|[^\p{L}\p{M}])(?<!(?:mỗi|hàng|một|các|những|bình quân|trung bình)\s)ngày\s*$/u;
export const YEAR_PREFIX_RE = /(?:^|[^\p{L}\p{M}])(?:năm|năm học|niên khóa|niên khoá|quý mão|giáp thìn|nhâm dần|tết|mùa|vụ|khóa|khoá|giai đoạn|thời kỳ|đến|từ|cuối|đầu|trước|sau|tháng|quý)\s*$/u;
export const QUANTITY_CUE_RE = /(?:^|[^\p{L}\p{M}])(?:có|đạt|là|tổng|gồm|khoảng|gần|hơn|trên|dưới|ước|được|cấp|tiếp nhận|xử lý|:)\s*$/u;
export const MONTH_PREFIX_RE = /(?:^|[^\p{L}\p{M}])(?:tháng|quý)\s*$/u;

/** What a change is measured against. */
export const AGAINST_RE = /\s*(?:,\s*)?so\s+(?:với\s+)?(cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|tháng\s+trước|quý\s+trước|kỳ\s+trước|năm\s+trước|năm\s+\d{4}|chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|kh(?![\p{L}])|[^\s,;.()]+)/iuy;
export const TARGET_WORD_RE = /^(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|kh)$/i;
/** "tăng 5%", "giảm hơn 2%", "tăng thêm 10"; not "tăng lên 5.000" (that is a level). */
export const CHANGE_BEFORE_RE = /(?:^|[^\p{L}\p{M}])(tăng|giảm|vượt|cao hơn|thấp hơn)(?:\s+(?:thêm|bớt|trưởng))?(?:\s+(?:hơn|khoảng|gần|tới))?\s*$/u;
/** "So với cùng kỳ, doanh thu tăng 5%": the comparison stated before the verb. */
export const AGAINST_BEFORE_RE = /so\s+(?:với\s+)?(cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|tháng\s+trước|quý\s+trước|kỳ\s+trước|năm\s+trước)[^.;\d]{0,50}(?:tăng|giảm)(?:\s+(?:thêm|bớt|trưởng))?(?:\s+(?:hơn|khoảng|gần))?\s*$/u;
/** "tăng hơn so với cùng kỳ 85 tin/bài": the comparison stated before the number. */
export const CHANGE_SO_VOI_BEFORE_RE = /(?:^|[^\p{L}\p{M}])(tăng|giảm)(?:\s+hơn)?\s+so\s+(?:với\s+)?(cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|tháng\s+trước|quý\s+trước|kỳ\s+trước|năm\s+trước|năm\s+\d{4})\s*$/u;
