// Words every family shares: how the matching view rewrites a text before cues are looked for
// (abbreviations, spelling variants, typos that real reports carry), and the cues no one family owns.
// A family's own cues live in its module; the engine holds no Vietnamese word.

/**
 * One way of writing a word that the matching view reads as another. `upper`: only when the source
 * writes it in capitals ("HS" is hồ sơ in a report's tables, "hs" is not a word of its prose).
 * Forms are matched as whole words, case-insensitively unless `upper`.
 */
export interface Spelling {
  forms: string[];
  means: string;
  upper?: boolean;
}

/** Each vowel with its five tones, in one order (sắc, huyền, hỏi, ngã, nặng): the matching view writes
 *  one spelling of i/y and one tone placement (src/engine/matching.ts, words.ts). */
export const TONES = { a: 'áàảãạ', e: 'éèẻẽẹ', i: 'íìỉĩị', o: 'óòỏõọ', u: 'úùủũụ', y: 'ýỳỷỹỵ' } as const;

export const SPELLINGS: Spelling[] = [
  // Abbreviations of what is counted. Longer ones first is not needed: the view takes the longest form at a place.
  { forms: ['TTHC'], means: 'thủ tục hành chính', upper: true },
  { forms: ['DVCTT', 'DVC TT', 'DVCTTT'], means: 'dịch vụ công trực tuyến', upper: true },
  { forms: ['DVCQG', 'CDVCQG'], means: 'cổng dịch vụ công quốc gia', upper: true },
  { forms: ['DVC'], means: 'dịch vụ công', upper: true },
  { forms: ['HS'], means: 'hồ sơ', upper: true },
  { forms: ['TTPVHCC', 'TT PVHCC', 'TT.PVHCC'], means: 'trung tâm phục vụ hành chính công', upper: true },
  { forms: ['PVHCC'], means: 'phục vụ hành chính công', upper: true },
  { forms: ['TTHCC'], means: 'trung tâm hành chính công', upper: true },
  { forms: ['HCC'], means: 'hành chính công', upper: true },
  { forms: ['CCHC'], means: 'cải cách hành chính', upper: true },
  { forms: ['BCCI', 'BC CI'], means: 'bưu chính công ích', upper: true },
  { forms: ['BCVT'], means: 'bưu chính viễn thông', upper: true },
  { forms: ['BRCĐ', 'BRCD'], means: 'băng rộng cố định', upper: true },
  { forms: ['BRDĐ', 'BRDD', 'BRĐĐ'], means: 'băng rộng di động', upper: true },
  { forms: ['CTS'], means: 'chứng thư số', upper: true },
  { forms: ['CKS'], means: 'chữ ký số', upper: true },
  { forms: ['VBĐT'], means: 'văn bản điện tử', upper: true },
  { forms: ['VB'], means: 'văn bản', upper: true },
  { forms: ['QLVB'], means: 'quản lý văn bản', upper: true },
  { forms: ['CNTT'], means: 'công nghệ thông tin', upper: true },
  { forms: ['TT&TT', 'TT & TT', 'TT& TT', 'TT &TT', 'TTTT', 'TT-TT', 'TT và TT'], means: 'thông tin và truyền thông', upper: true },
  { forms: ['CQNN'], means: 'cơ quan nhà nước', upper: true },
  { forms: ['CSDL'], means: 'cơ sở dữ liệu', upper: true },
  { forms: ['DN'], means: 'doanh nghiệp', upper: true },
  { forms: ['ĐTDĐ'], means: 'điện thoại di động', upper: true },
  { forms: ['ĐTCĐ'], means: 'điện thoại cố định', upper: true },
  { forms: ['TB'], means: 'thuê bao', upper: true },
  { forms: ['BĐ-VHX', 'BĐVHX'], means: 'bưu điện văn hóa xã', upper: true },
  // Spellings: hyphens and spaces inside a word, and typos seen in real reports.
  { forms: ['ăng-ten', 'ăngten', 'ăng- ten', 'anten', 'ăng tên', 'ăng-ghen'], means: 'ăng ten' },
  { forms: ['intrernet', 'interrnet', 'intenet', 'internnet', 'in-tơ-nét', 'internét'], means: 'internet' },
  { forms: ['on-line', 'on line', 'trực tuyên'], means: 'trực tuyến' },
  { forms: ['buru chính', 'bư chính', 'bưu chinh'], means: 'bưu chính' },
  { forms: ['thuê bai'], means: 'thuê bao' },
  // "hồ sơ" clipped to "hồ" before its verb.
  { forms: ['hồ tiếp nhận'], means: 'hồ sơ tiếp nhận' },
  { forms: ['hồ đã giải quyết', 'hồ được giải quyết'], means: 'hồ sơ đã giải quyết' },
  { forms: ['sốlượng'], means: 'số lượng' },
  { forms: ['thu, phát sóng', 'thu - phát sóng', 'thu-phát sóng', 'thu/phát sóng'], means: 'thu phát sóng' },
  { forms: ['e-office', 'eoffice'], means: 'eoffice' },
  { forms: ['dich vụ công', 'dịch vu công'], means: 'dịch vụ công' },
];

/** Cues every family may read. */
export const SHARED_CUES: Record<string, string[]> = {
  // A share of a whole: what makes a percent a share rather than a growth.
  share: ['tỷ lệ', 'chiếm', 'chiếm tỷ lệ', 'tỷ trọng'],
  // Another province's or the nation's figure, said as such.
  elsewhere: ['cả nước', 'toàn quốc', 'bình quân chung', 'trung bình chung'],
  // "nâng tổng số … lên": the stock after the new ones; only idioms that know what the stock is read it.
  raised_to: ['nâng tổng số', 'đưa tổng số', 'nâng tổng', 'nâng số'],
  // A total named before a figure: a rate stated of it is no share of it ("Tổng số hồ sơ tiếp nhận: 102%").
  total_of: ['tổng số', 'tổng cộng', 'tổng'],
  // The whole a rate is taken of ("… so với tổng số văn bản đi/đến").
  of_total: ['so với tổng số', 'trên tổng số', 'trong tổng số', 'so với tổng', 'trên tổng', '/tổng số', '/ tổng số', 'của tổng số', 'trên tổng cộng', 'trong tổng cộng', 'so với số', 'so với số lượng'],
  // Aims: a figure after these words in its item is a target, unless the item says it was reached.
  aim: [
    'phấn đấu', 'đặt mục tiêu', 'mục tiêu đến', 'mục tiêu là', 'mục tiêu đặt ra', 'chỉ tiêu đến', 'chỉ tiêu đặt ra', 'đặt ra chỉ tiêu', 'sẽ đạt', 'sẽ có', 'sẽ',
    'chỉ tiêu năm', 'chỉ tiêu :', 'mục tiêu :', 'mục tiêu năm', 'đặt ra', 'đề ra', 'yêu cầu đến năm', 'yêu cầu đến',
    'giao chỉ tiêu', 'được giao chỉ tiêu', 'kế hoạch giao',
    'hướng tới', 'hướng đến', 'tầm nhìn đến', 'định hướng đến', 'mục tiêu phấn đấu', 'nhằm đạt', 'bảo đảm cung ứng', 'đảm bảo cung ứng',
  ],
  // Said of the counted thing after it, a negation makes the figure those that are not ("56 trạm BTS
  // chưa bảo đảm an toàn", "1.234 văn bản đi chưa được ký số"): no metric counts them.
  negated: ['chưa', 'chưa được', 'không', 'không được', 'chưa có', 'không có', 'chưa bảo đảm', 'chưa đảm bảo'],
  reached: ['đã', 'đạt được', 'hiện có', 'đến nay', 'tính đến', 'kết quả', 'đang có', 'hiện đang có', 'hiện đã', 'hiện nay'],
  // "A, B lần lượt là x, y": the figures pair with the names before it, in order.
  respectively: ['lần lượt', 'lần lượt là', 'lần lượt đạt', 'lần lượt có'],
  // Bodies and people: "tỷ lệ đơn vị có hồ sơ trễ hạn", "tỷ lệ doanh nghiệp sử dụng chữ ký số" is a
  // share of those bodies, not of dossiers or documents.
  bodies: [
    'đơn vị', 'cơ quan', 'địa phương', 'xã', 'huyện', 'doanh nghiệp', 'người dân', 'người', 'cán bộ', 'công chức', 'viên chức', 'hộ', 'hộ gia đình',
    'sở', 'trường', 'tổ chức', 'thôn', 'bản', 'cơ quan nhà nước', 'cán bộ, công chức', 'hộ dân', 'người sử dụng', 'công dân',
  ],
  // An average (per day, per unit) is no total of the province.
  average: ['bình quân', 'trung bình', 'mỗi ngày', 'một ngày', 'mỗi tháng', 'hằng ngày', 'hàng ngày', 'bình quân mỗi', 'trung bình mỗi', 'mỗi đơn vị', 'mỗi xã'],
};

/** The cue that names a rate ("tỷ lệ", "chiếm"): a count without a unit that it names is no count;
 *  and the cue that names a total: a rate it names is no share. */
export const RATE_CUE = 'share';
export const TOTAL_CUE = 'total_of';
/** The cues of a share and of bodies: a share of bodies ("tỷ lệ đơn vị …") is theirs. */
export const BODIES_CUE = 'bodies';
/** Words between "tỷ lệ" and the bodies it is a share of. */
export const BEFORE_BODIES = /^\s*(?:các|số|những)?\s*$/u;

/** The cue of figures paired in order with the names before them. */
export const RESPECTIVELY_CUE = 'respectively';
/** The cue of the whole a rate is taken of ("… trên tổng cộng 168.000 hồ sơ"). */
export const OF_TOTAL_CUE = 'of_total';
/** "nâng tổng số … lên": what the count after it was raised to (see SHARED_CUES.raised_to). */
export const RAISED_TO_CUE = 'raised_to';

/** What stands between two actions said of one number ("tiếp nhận và giải quyết 2.418 hồ sơ"). */
export const JOINS_ACTIONS = /^\s*(?:và|,|\/|hoặc|và đã|, đã)\s*$/u;

/**
 * Words that may follow a number without naming what it counts ("tiếp nhận 45.000 trong tháng",
 * "đạt 1.200, tăng 5%"). Any other word right after a count that no cue knows names something
 * else ("300 lượt", "45 điểm giao dịch"), and no signature reads that count.
 */
export const NOT_A_UNIT = new Set([
  'trong', 'so', 'tăng', 'giảm', 'đạt', 'chiếm', 'với', 'của', 'tại', 'ở', 'là', 'và', 'hoặc', 'trên', 'dưới',
  'đến', 'tới', 'từ', 'theo', 'được', 'đã', 'năm', 'tháng', 'quý', 'ngày', 'kỳ', 'bằng', 'cho', 'khi', 'thì',
  'nên', 'vì', 'do', 'để', 'cùng', 'như', 'gồm', 'bao', 'trước', 'sau', 'nay', 'hiện', 'ước', 'tương', 'vượt',
  'còn', 'thuộc', 'qua', 'lên', 'xuống', 'về', 'đang', 'sẽ', 'đều', 'cũng', 'riêng', 'tính', 'toàn',
  'các', 'những', 'mỗi', 'này', 'đó', 'kể', 'nhưng', 'hay', 'trở', 'nữa', 'lần', 'tổng', 'số', 'ở', 'vào',
  'mà', 'nhằm', 'đạt', 'có', 'cả', 'bình', 'quân', 'trung', 'chỉ', 'gấp', 'hơn', 'khoảng', 'gần', 'ít', 'nhất',
  'đối', 'trực', 'tương', 'ứng', 'thì', 'lại', 'rồi', 'nên', 'luôn',
]);

/** Words that hold a cue's form inside them but mean something else: named so the longest form wins
 *  ("ghi nhận" is not "nhận", "cấp tỉnh" is not "cấp", "trả lời" is not "trả"). */
SHARED_CUES.other_words = [
  'xác nhận', 'ghi nhận', 'chấp nhận', 'công nhận', 'thừa nhận', 'nhận thức', 'nhận xét', 'nhận định', 'nhận diện', 'đón nhận', 'tiếp nhận thông tin',
  'trả lời', 'trả tiền', 'chi trả', 'trả lương', 'nộp thuế', 'nộp phí', 'nộp lệ phí', 'nộp tiền', 'nộp ngân sách', 'cung cấp', 'nâng cấp', 'cấp ủy',
  'cấp bách', 'cấp độ', 'cấp nước', 'cấp điện', 'các cấp', 'cấp tỉnh', 'cấp huyện', 'cấp xã', 'cấp thành phố', 'cấp sở', 'cấp trên', 'cấp dưới', 'phân cấp',
  'cấp thiết', 'cao cấp', 'trung cấp', 'sơ cấp', 'cấp cứu', 'dịch vụ khách hàng', 'mới đây', 'vừa mới', 'mới chỉ', 'mới có', 'đổi mới', 'thêm vào', 'cấp cơ sở',
  'trả lại', 'bị trả lại', 'từ chối', 'từ chối tiếp nhận', 'bị từ chối tiếp nhận', 'chiếm phần lớn',
];

/** A word that joins the words of two figures: what comes before it is the first figure's unit
 *  phrase, what comes after it the second's lead ("gửi 12.345 văn bản và tiếp nhận 23.456 văn bản",
 *  "tiếp nhận 132.667 hồ sơ trong đó: cấp tỉnh 91.773 hồ sơ"). */
export const JOINS_FIGURES = /\s(?:và|hoặc|cùng với|cùng|còn|trong đó|bao gồm|gồm|cụ thể)\s|:/u;

/** Telecom operators as their names are written: a figure of one of them is not the province's. */
export const TELECOM_OPERATORS = [
  'Viettel', 'VNPT', 'VinaPhone', 'Vinaphone', 'MobiFone', 'Mobifone', 'Vietnamobile', 'FPT', 'Gtel', 'Itel', 'Reddi', 'Gmobile', 'G-Mobile',
  'S-Fone', 'SFone', 'Beeline', 'EVNTelecom', 'EVN Telecom', 'Wintel', 'SCTV', 'CMC', 'Indochina Telecom', 'Mobicast', 'ASVN',
];

/** Words between a rate and the noun it is a share of ("61% số hồ sơ", "100% các văn bản"). */
export const BEFORE_NOUN = /^(?:tổng số|số|các|những|toàn bộ|mọi)\s+/u;
/** What may stand between a figure and the dim value that names it in a list ("…, cho tổ chức là 320", "của cá nhân 5.800"). */
export const BEFORE_DIM = /^[\s,;]*(?:và\s+)?(?:(?:cho|của|đối với|với|ở|tại|thuộc)\s+)?$/u;

/** The cue of an average ("Bình quân một ngày, … 100 hồ sơ"): no count of its item is a total. */
export const AVERAGE_CUE = 'average';

/** The cues of aims and of results reached (see SHARED_CUES.aim). */
export const AIM_CUE = 'aim';
export const REACHED_CUE = 'reached';

/** A text that announces a plan, programme or targets (its title or first lines): its figures are
 *  aims unless their item says they were reached ("… vừa ban hành Kế hoạch …", "Quy hoạch phấn đấu
 *  tới năm 2010", "Kế hoạch xác định: …", "tỉnh đặt mục tiêu …"). */
export const PLAN_TEXT = new RegExp(
  [
    '(?:ban hành|phê duyệt|thông qua)\\s+(?:[^\\s\\d]+\\s+){0,4}?(?:kế hoạch|quy hoạch|chương trình|đề án|chiến lược)',
    '(?:kế hoạch|quy hoạch|chương trình|đề án|chiến lược)(?:\\s+[^\\s\\d]+){0,12}?\\s+(?:vừa được|được|vừa|đã được)\\s+(?:[^\\s\\d]+\\s+){0,5}?(?:ban hành|phê duyệt|thông qua)',
    '(?:kế hoạch|quy hoạch|chương trình|đề án)(?: cũng)? (?:xác định|nêu rõ|nêu|nhằm|hướng tới|có mục tiêu|đề ra|đặt ra|đặt mục tiêu)',
    '(?:phấn đấu|đặt mục tiêu|mục tiêu đến)',
  ].map((x) => `(?<![\\p{L}\\p{M}])${x}(?![\\p{L}\\p{M}])`).join('|'),
  'giu',
);
/** …unless it is someone else's aim, or one not reached, named in passing ("Chính phủ đặt mục tiêu", "chưa đạt mục tiêu"). */
export const NOT_OWN_PLAN = /(?:chính phủ|thủ tướng|trung ương|bộ|quốc gia|chưa đạt|chưa hoàn thành|không đạt|vượt|so với|hoàn thành)\s*$/iu;

/** A sentence opening that names what it is about ("Đối với dịch vụ công trực tuyến mức độ 3, …",
 *  "Còn ở mức độ 4, …"): the dims said there hold for every figure of the sentence that says none. */
export const TOPIC_OPENING = /^(?:đối với|với|về|còn|riêng|ở|tại|còn ở|riêng ở|riêng đối với|qua|thông qua)\s/u;

/** Bodies a figure may count ("17 đơn vị, sở, ngành …"): a rate they "có" or "đạt" is theirs, not the province's. */
export const BODIES = new Set(['đơn vị', 'cơ quan', 'địa phương', 'sở', 'ngành', 'xã', 'huyện', 'tỉnh', 'doanh nghiệp', 'bộ', 'tổ chức', 'trường', 'bệnh viện']);
export const BODIES_HAVE = /(?:^|\s)(?:có|đạt|đều đạt|đã đạt)(?:\s|$)/u;

/** Densities: "… thuê bao/100 dân", "… trên 100 người dân" right after a number (no clause between). */
export const PER_100_PEOPLE_AFTER = /^\s*(?:%\s*)?(?:[^;#\d]*?\/|[^;,#\d]*?\strên)\s*100\s*(?:dân|người)/u;
/** The "per 100" phrase after a density's number, whatever it is per (households differ from people). */
export const PER_100_AFTER = /^(?:[^;]*?\/|[^;,]*?\strên)\s*100\s*(?:dân số|người dân|dân|người|hộ(?: gia đình)?)/u;
/** A "100" that is a density's denominator ("/100 dân", "trên 100 hộ gia đình"), not a figure: what stands before and after it. */
export const PER_100_BEFORE = /(?:\/|(?:^|\s)trên)\s*$/u;
export const PER_100_OF = /^\s*(?:dân số|người dân|dân|người|hộ gia đình|hộ)(?![\p{L}\p{M}])/u;
/** Scale words after a number ("1,2 triệu thuê bao"): the unit is the word after them. */
export const SCALE_WORD_AT = /(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)\s*/uy;

/** The unit nouns a figure may count, as its tail starts (the longest first where one starts another). */
export const UNIT_NOUNS = /^(hồ sơ|hồ(?= )|thuê bao|trạm|vị trí|dvctt|dịch vụ|văn bản|chứng thư|chữ ký số|người|doanh nghiệp|điểm|tuyến|km|tỷ|triệu|giờ|lượt|tin|hộ|xã|huyện|đơn vị|cơ quan|tài khoản)/;
/** Unit nouns that count the same thing as another: "hồ" clipped from "hồ sơ", "dịch vụ" for DVCTT. */
export const SAME_UNIT: Record<string, string> = { hồ: 'hồ sơ', 'dịch vụ': 'dvctt', 'chữ ký số': 'chứng thư' };
