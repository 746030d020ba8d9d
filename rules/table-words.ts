// The words of table headers and cells: period and basis columns (kế hoạch, ước thực hiện, lũy kế),
// unit columns (đơn vị tính), level rows (cấp tỉnh), captions. src/engine/tables*.ts read these.

export const LABEL_HEADER = /^(?:tên )?(?:chỉ tiêu|nội dung(?: công việc| nhiệm vụ)?|hạng mục|lĩnh vực|tiêu chí)$/u;

/** A column of the whole province beside its parts ("Cả tỉnh | Thành thị | Nông thôn"): what the
 *  report states for its own period. The parts give nothing (no metric has an area dim). */
export const WHOLE_PROVINCE_HEADER = /^(?:cả|toàn) (?:tỉnh|thành phố)$/u;

export const SKIP_HEADER = /so với|\(\d+\)\s*\/\s*\(\d+\)|ghi chú|đơn vị thực hiện|cơ quan|tiến độ|tỷ lệ(?![\p{L}\p{M}]).*%|%\s*(?:so|kh)/u;

// Table heads shorten "6 tháng đầu năm 2023" to "6 tháng 2023", "6T/2023" or "9 tháng năm 2021".
export const SHORT_PERIOD = /(?<![\p{L}\d])(\d{1,2}|sáu|chín)\s*(?:tháng|t)\s*(?:đầu\s+)?(?:năm\s+|\/\s*)?((?:19|20)\d{2})(?!\d)/u;

export const LEVEL_LABEL = /^(?:cấp )?(tỉnh|huyện|xã)$/u;

/** The head of the column that holds each row's period. */
export const PERIOD_HEAD = /^(?:năm|thời gian|thời điểm|kỳ báo cáo)$/u;

/** Columns of growth or change: "Tốc độ phát triển", "Tốc độ tăng (%)", "So với năm trước", "%". */
export const GROWTH_HEAD = /tốc độ|tăng trưởng|^tăng|tăng giảm|so với|so sánh|chỉ số phát triển|^\(?%\)?$/u;

export const DENSITY_HEAD = /mật độ|\/\s*100\s*(?:dân|người)|trên 100 (?:dân|người)/u;

export const PERCENT_HEAD = /tỷ lệ|%/u;

/** Head words that say how a thing is measured, not what it is. */
export const MEASURE_WORDS = new Set(['số', 'lượng', 'tổng', 'mật', 'độ', 'tỷ', 'lệ']);

/** A caption: "Bảng 3.", "Biểu số 2:", then what the table is about. */
export const CAPTION = /(?:^|\n)[ \t*]*(?:bảng|biểu)\s*(?:số\s*)?[\dIVXivx]+(?:\.\d+)*\s*[.:-]?\s*([^\n]+)\s*$/iu;

/** Where a caption's subject ends: its period, its place, a parenthesis. */
export const SUBJECT_END = /\s(?:giai đoạn|thời kỳ|qua các năm|các năm|từ năm|năm|đến năm|tính đến|trong|của|tại|tỉnh|thành phố|trên địa bàn)(?:\s|$)|\s(?:19|20)\d\d|[(:;,]/u;

/** The column that names each row's level or unit. */
export const UNIT_HEADER = /^(?:tên\s+)?(?:đơn vị|cơ quan(?:,?\s*đơn vị)?|địa phương|cấp|huyện(?:,?\s*(?:thị xã|thành phố))*|xã(?:,?\s*(?:phường|thị trấn))*)$/u;

/** Rows that are a level, by its name or its bodies. */
export const LEVELS: [RegExp, string][] = [
  [/^(?:cấp tỉnh|(?:các )?sở,? (?:ban,? )?ngành(?: tỉnh)?)$/u, 'province'],
  [/^(?:cấp huyện|ubnd cấp huyện|(?:ubnd )?các huyện(?:,? (?:thị xã|thành phố))*)$/u, 'district'],
  [/^(?:cấp xã|ubnd cấp xã|(?:ubnd )?các xã(?:,? (?:phường|thị trấn))*)$/u, 'commune'],
];

export const WHOLE_PROVINCE = /^(?:toàn tỉnh|toàn thành phố)$/u;

/** A named unit: words that start with a capital (place names), or an agency's name. */
export const NAMED_UNIT = /^(?:ubnd\s+|ủy ban nhân dân\s+)?(?:xã|phường|thị trấn|huyện|thị xã|thành phố|quận|sở|ban|văn phòng|trung tâm)\s+\S/iu;

/** What a count of each metric group may be counted in, as an ĐVT cell writes it. */
export const COUNTED_IN: [RegExp, RegExp][] = [
  [/^dossier\./, /^(?:hồ sơ|bộ hồ sơ|hs|bộ)$/u],
  [/^eservice\./, /^(?:dịch vụ|dvc|dvctt|thủ tục|tthc|tt|dịch vụ công)$/u],
  [/^bts\./, /^(?:trạm|trạm bts|bts|vị trí|cột|cột ăng ten|cột anten|trạm phát sóng)$/u],
  [/^esign\./, /^(?:chứng thư|chứng thư số|cts|chữ ký số|thuê bao|thiết bị|văn bản|vb)$/u],
  [/^edoc\./, /^(?:văn bản|vb)$/u],
  [/^subs\./, /^(?:thuê bao|tb|máy)$/u],
];

/** Figures written in thousands or millions ("Nghìn thuê bao", "Số thuê bao (nghìn thuê bao)"):
 *  the cell is not the count, and scaling it up would invent digits. */
export const SCALED = /(?:^|[\s(/])(?:nghìn|ngàn|triệu)(?=\s|$)/u;

/** "Đơn vị tính: Nghìn thuê bao", "ĐVT: 1.000 thuê bao" over a table. */
export const TABLE_UNIT_SCALED = /(?:đơn vị tính|đvt|đơn vị)\s*:?\s*(?:nghìn|ngàn|triệu|1\.?000)(?![\p{L}\p{N}])/u;

export const NUMBER_HEADER = /^(?:stt|tt|t t|số tt|số thứ tự)$/u;

/** A cell that holds one figure (with a hedge or a percent sign at most). */
export const VALUE_CELL = /^(?:(?:trên|dưới|khoảng|hơn|gần|đạt)\s*)?[\d.,]+\s*%?$/u;

/**
 * Things no catalog metric counts, as the first thing a label names: in "Số doanh nghiệp cung cấp
 * dịch vụ internet", "Số tổng đài", "Tuyến cáp quang", "Số hộ gia đình có internet" the words after
 * it only say what that thing is about.
 */
export const OTHER_THING = /^(?:(?:tổng )?số (?:lượng )?)?(?:doanh nghiệp|tổng đài|tuyến|điểm|đơn vị|cơ quan|kênh|trang|hộ|người|km|chiều dài|doanh thu|sản lượng|bán kính|thời gian|lượt|mạng|máy tính)(?![\p{L}\p{M}])/u;

/** A column headed by a year ("Năm 2022", "2022"). */
export const YEAR_HEAD = /^(?:năm\s+)?((?:19|20)\d\d)$/u;

/** A caption naming two things ("thuê bao và mật độ") names no single subject. */
export const TWO_SUBJECTS = / và |\//u;
export const UNIT_COLUMN = /^(?:đơn vị(?: tính)?|đvt)$/u;

/** Basis columns: estimate, target, actual. */
export const ESTIMATE_HEAD = /ước (?:thực hiện|tính|đạt)|ước th/u;
export const TARGET_HEAD = /kế hoạch|mục tiêu|chỉ tiêu/u;
export const ACTUAL_HEAD = /thực hiện|kết quả|đạt được|thực tế|lũy kế/u;
export const SAME_TIME_LAST_YEAR = /cùng kỳ/u;
export const YEAR_LABEL = /^năm \d{4}$/u;
export const YEAR_TO_DATE_HEAD = /(?:lũy|luỹ) kế|từ đầu năm/u;
export const DENSITY_LABEL = /mật độ|100\s*(?:dân|người)/u;
export const RATE_HEAD = /tỷ lệ|%/u;
