// The words of a sentence's frame that every family shares: leads that make a figure a share, a new
// one, a target or an estimate; openings that list parts; hedges; other scopes (the nation, other
// provinces' averages). src/engine/prose.ts and figures.ts read these; they hold no word of their own.
import type { Basis } from '../src/engine/types.js';

/** Words that make a count the new ones of the stock before it ("…, phát triển mới 12.345 thuê bao"). */
export const NEW_LEAD = /(?:^|\s)(?:phát triển(?: mới| thêm| được)?|tăng mới)(?: được)?:?\s*$/u;

/** Words that make a count the stock after the new ones before it ("… phát triển mới 34.567 thuê
 *  bao, lũy kế 890.123 thuê bao", "…; tổng số đến nay là 1.245.000 thuê bao"). */
export const STOCK_LEAD = /^[,;]?\s*(?:và\s+)?(?:lũy kế|nâng tổng số|đưa tổng số|tổng số|tổng cộng)(?: (?:đến nay|tới nay|đến thời điểm (?:này|báo cáo)|hiện nay|hiện có|lên|đạt|là|có))*:?\s*$/u;

/** Sentence openings that make every figure after them a target or an estimate: "Phấn đấu đến
 *  cuối năm 2024, tỷ lệ … đạt 80%", "Ước thực hiện 6 tháng đầu năm, … đạt 700.000 thuê bao". */
export const OPENING_BASIS: [RegExp, Basis][] = [
  // Not a bare "Chỉ tiêu"/"Mục tiêu": it also heads an indicator and the result reached ("Chỉ tiêu: … đạt 860/148.962").
  [/^(?:phấn đấu|(?:mục tiêu|chỉ tiêu) (?:đến|tới|trong) (?:năm|hết|cuối))(?![\p{L}\p{M}])/u, 'target'],
  // A target assigned or set, as a label ("Chỉ tiêu giao: …", "Kế hoạch năm: …"), or what a plan says ("Theo kế hoạch, …").
  [/^(?:(?:chỉ tiêu|mục tiêu) (?:giao|được giao|đề ra|đặt ra)|kế hoạch(?: năm(?: \d{4})?| giao| được giao| đề ra)?)\s*:/u, 'target'],
  [/^theo (?:kế hoạch|mục tiêu|chỉ tiêu)(?: (?:đề ra|đặt ra|giao|được giao|năm \d{4}))?\s*,/u, 'target'],
  // (A news item's "Ước tính tới cuối năm …" states the year's figures: actual.)
  [/^(?:ước thực hiện|dự kiến|dự ước|ước đạt|ước(?= (?:cả năm|năm \d{4}|\d+ tháng|6 tháng|9 tháng|quý)))(?![\p{L}\p{M}])/u, 'estimate'],
];

/** A sentence that opens by naming a plan and its period: "Kế hoạch năm 2025: phấn đấu … đạt 95%",
 *  "Phương hướng, nhiệm vụ năm 2025: …". Its figures are targets of that period. A plan cited by
 *  its number ("Kế hoạch số 12/KH-UBND") has no colon after a year and is not one. */
export const PLAN_OPENING = /^(?:[-+•–*]\s*)?(?:kế hoạch|phương hướng(?:,? nhiệm vụ)?|nhiệm vụ)(?: (?:năm|đến năm|giai đoạn))? \d{4}(?:\s*[-–]\s*\d{4})?\s*:/iu;

/** A level's name or its bodies, and nothing else. */
export const LEVEL_WORDS_ONLY = /^(?:(?:ở|tại|đối với)\s+)?(?:cấp (?:tỉnh|huyện|xã|cơ sở)|(?:ubnd|ủy ban nhân dân) các (?:huyện|xã)(?:, [^\d]*)?|các (?:sở|huyện|xã)(?:, [^\d]*)?|các sở, (?:ban, )?ngành)$/u;

/** A figure's own words that are only a verb: its subject is the sentence's. */
export const PREDICATE_ONLY = /^(?:[,;]\s*)?(?:đạt|là|lên|ở mức|có|tăng lên|nâng lên|đạt mức)(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?$/u;

/** The words between two figures of one thing said together (the first one's unit phrase, then "và"/"cùng"). */
export const COORDINATED = /^[^;()]*\s(?:và|cùng|cùng với)$/u;

/** The words between two parts said together: the first one's unit phrase, then "và", "cùng" or a
 *  comma, and no other figure ("1.074 dịch vụ ở mức độ 3 cùng 198 …", "502 trạm 2G, 718 …"); after
 *  a rate, from its "%". */
export const COORDINATED_PARTS = /^%?[^;()%]*(?:\s(?:và|cùng|cùng với)|,)\s*$/iu;

/** A list that names some members as examples ("Một số lĩnh vực có tỷ lệ cao gồm: thuế (97%), hải
 *  quan (100%)", "điển hình như: …"): its figures are those members', not the whole's. Not "Các chỉ
 *  tiêu gồm: …", which lists the whole's own figures. */
export const EXAMPLE_LIST = /(?:^|[\s,;])(?:một số|một vài|nhiều)\s[^:;.]{0,100}?\s(?:như|gồm|bao gồm|là)\s*:|(?:^|[\s,;])(?:điển hình|tiêu biểu|nổi bật)(?:\s(?:như|là|gồm))?\s*:/u;

/** A clause that opens with a word joining it to the action before, and so has no subject of its
 *  own: "…, đồng thời chuyển trả …", "… và trả …", "…, sau đó …". */
export const SUBJECTLESS_CLAUSE = /^[\s,;]*(?:đồng thời|và|cùng với đó|cùng lúc|rồi|sau đó|tiếp đó|cũng như)\s/u;

/** Nothing before a level but a list mark or a preposition: the level opens the sentence ("- Cấp
 *  huyện: …", "Tại cấp tỉnh: …", "Cấp tỉnh tiếp nhận …; giải quyết …"). */
export const LEVEL_OPENS = /^[\s\-+•*–]*(?:(?:tại|ở|đối với|về|riêng|trong đó)\s+)?(?:(?:ubnd|ủy ban nhân dân|bộ phận (?:một cửa|tiếp nhận và trả kết quả)|các cơ quan|cơ quan|các đơn vị|đơn vị)\s+)?(?:các\s+)?$/u;

/** A sentence that opens with a level ("Cấp huyện tiếp nhận …", "Tại cấp tỉnh: …", "Kết quả cấp xã: …", "Cấp xã."): the level. */
export const OPENING_LEVEL = /^[\s\-+•*–]*(?:(?:trong|tính đến|đến|từ|năm|tháng|quý|về|đối với|kết quả)[^,.;:]{0,40}[,:]\s*)?(?:(?:tại|ở|đối với|về|riêng|kết quả(?: thực hiện)?(?: của| tại| ở)?)\s+)?(?:các\s+)?cấp\s+(tỉnh|huyện|xã|cơ sở)(?![\p{L}\p{M}])(?!\s*(?:,|và|hoặc)\s*(?:cấp\s+)?(?:tỉnh|huyện|xã))/u;

/** A sentence that opens with its action, no subject of its own ("Đã giải quyết 20.987 hồ sơ …"):
 *  it goes on with the subject of the sentence before. */
/** A level named in a sentence: one that names two goes on with neither. */
export const LEVEL_NAMED = /cấp\s+(tỉnh|huyện|xã)(?![\p{L}\p{M}])/gu;

export const OPENS_WITH_ACTION = /^[\s\-+•*–]*(?:đã|được|đồng thời|sau đó|tiếp nhận|giải quyết|trả kết quả|xử lý|thụ lý)(?![\p{L}\p{M}])/u;

/** A sentence that opens with what it measures, no subject or scope of its own ("Số hồ sơ trực
 *  tuyến là …", "Tỷ lệ giải quyết đúng hạn đạt …"): within a paragraph, it goes on at the level the
 *  sentence before opened with. Not one that names its own scope or the nation ("Tỷ lệ … toàn tỉnh"). */
export const OPENS_WITH_MEASURE = /^[\s\-+•*–]*(?:số|tổng số|số lượng|tỷ lệ)\s(?!.*(?:toàn tỉnh|toàn thành phố|trên địa bàn tỉnh|toàn địa bàn|các cấp|cả nước|toàn quốc))/u;

/** A sentence (or bullet) that opens with "Trong đó" lists parts of the figures before it. */
export const OPENS_WITH_PARTS = /^(?:[-+•–*]\s*)?(?:trong đó|trong số (?:đó|này)|cụ thể)/u;

export const SHARE_LEAD = /(?:chiếm|đạt|bằng|là|tương đương)(?: tỷ lệ| khoảng| gần| hơn)?:?\s*$/u;

export const LIST_LEAD = /^(?:[,;]?\s*(?:và|,)?\s*)$/u;

export const OTHER_SCOPE = /cả nước|toàn quốc|bình quân chung|trung bình chung/u;

// A national programme's target ("Quyết định 411/QĐ-TTg … mục tiêu đến năm 2025 …") is not a figure of the report.
export const NATIONAL = /thủ tướng|chính phủ|qđ-ttg|nq-cp|nq\/tw|chiến lược quốc gia|chương trình chuyển đổi số quốc gia|mục tiêu quốc gia|cả nước|toàn quốc/u;

export const AIM = /mục tiêu|chỉ tiêu|phấn đấu|định hướng|yêu cầu/u;

export const TARGET_LEAD = /(?:^|\s)(?:kế hoạch|mục tiêu|chỉ tiêu|phấn đấu)(?: giao| đề ra| được giao)?(?: năm \d{4}| đến năm \d{4})?(?: là| đạt)?:?\s*$/u;

/** A clause that opens by naming a target and then says what it is ("Chỉ tiêu tỷ lệ hồ sơ trực
 *  tuyến năm 2024 là 50%", "mục tiêu về số thuê bao băng rộng cố định năm 2025 là 250.000"): the
 *  figure after its "là" is the target. Not a numbered indicator ("Chỉ tiêu 3: …", "Kế hoạch số
 *  12/KH-UBND …"), nor a clause that says it was met or done ("chỉ tiêu … đạt", "đã", "thực hiện"). */
export const TARGET_CLAUSE = /^(?:[-+•–*]\s*)?(?:chỉ tiêu|mục tiêu|kế hoạch)(?! (?:\d|[ivxlc]+(?![\p{L}])|số \d))(?:(?! (?:đạt|đã|thực hiện|kết quả|hoàn thành|vượt)(?![\p{L}])).)*?(?: là:?|:)$/u;

/** An item that says only that it is the plan for what the item before counted ("…, kế hoạch năm
 *  2024 là 85.000 hồ sơ"): the same metric, as a target. */
export const ONLY_TARGET_LEAD = /^[,;]?\s*(?:và\s+)?(?:theo\s+)?(?:kế hoạch|mục tiêu|chỉ tiêu)(?: giao| đề ra| được giao)?(?: năm \d{4}| đến năm \d{4}| năm| cả năm)?(?: là| đạt)?:?\s*$/u;

/** Words between an aim and a figure that say it was reached ("… được giao chỉ tiêu 45.000 hồ sơ,
 *  đã tiếp nhận 47.000 hồ sơ"), though a longer cue holds them ("đã tiếp nhận"). */
export const REACHED_WORDS = /(?:^|\s)(?:đã|đạt được|thực hiện được|kết quả|thực tế)(?=\s|$)/u;

/** Words that make a count the one a share before it stands for ("… trễ hạn là 3,4%, tương ứng
 *  2.145 hồ sơ", "…, tức là 1.200 hồ sơ"). */
export const COUNT_OF_SHARE_LEAD = /^[,;]?\s*(?:tương ứng(?: với)?|tương đương(?: với)?|tức là|ứng với)$/u;

/** An item that says only that it is what was done, or is estimated, of what the item before
 *  counted ("Chỉ tiêu … : 120 thuê bao/100 dân; thực hiện 123,4 thuê bao/100 dân", "Năm 2023 có
 *  1.567.890 thuê bao điện thoại, ước năm 2024 đạt 1.600.000 thuê bao"): the same metric. */
export const ONLY_RESULT_LEAD =
  /^[,;]?\s*(?:và\s+)?(?:thực hiện|kết quả(?: thực hiện)?|thực tế|ước(?: thực hiện| tính)?|dự ước)(?: (?:năm \d{4}|cả năm|năm|quý [ivx\d]+(?:\/\d{4})?|\d+ tháng(?: đầu năm)?))?(?: được| đạt(?: được)?)?(?: là)?:?\s*$/u;
/** The figure's own item opens with an estimate ("…, ước năm 2024 đạt 1.600.000 thuê bao"). */
export const ESTIMATE_LEAD = /^[,;]?\s*(?:và\s+)?(?:ước|dự ước)(?![\p{L}])/u;

export const TARGET_BEFORE_PAREN = /(?:chỉ tiêu|mục tiêu|kế hoạch)[^,;()]*$/u;

/** After a period at the start of a figure's words: the new value of a change ("… năm 2023 lên
 *  98%") or the next item of a list ("93% năm 2022 và 95% …"). The period is the figure before's. */
export const CHANGE_TO = /^\s*,?\s*(?:(?:lên|xuống|còn|thành)(?![\p{L}\p{M}])|(?:và|hoặc)?\s*$)/u;

/** Words that date a figure to the time of the report. */
export const NOW = /(?:^|[^\p{L}\p{M}])(?:(?:tính )?đến nay|hiện nay|hiện tại|đến thời điểm (?:này|hiện tại|báo cáo))(?![\p{L}\p{M}])/u;

/** The words before the low end of a range of values ("dao động từ 95% đến 99,8%", "trong khoảng
 *  40-60 trạm"), and those between its two ends (its unit may stand there: "từ 45 trạm đến 120
 *  trạm"): a range is no one figure's value. */
export const RANGE_OPEN = /(?:^|\s)(?:dao động|biến động|xê dịch|trong khoảng|nằm trong khoảng)(?: từ| trong khoảng| ở mức| quanh mức)?$/u;
export const RANGE_TO = /^(?:%|[\p{L}]+(?: [\p{L}]+)?)?\s*(?:đến|tới|[-–—])$/u;

export const FROM_VALUE = /(?:tăng|giảm|nâng)(?: \S+)? từ$/u;

export const OWN_PERIOD_INTRODUCER = /^(?:từ|tính từ|trong|tính đến|đến|lũy kế|luỹ kế)$/u;

/** "Từ đầu năm đến nay", "Lũy kế từ đầu năm 2024", "Tính từ đầu năm đến thời điểm báo cáo": the
 *  year so far, which ends where the report's period does. */
export const YEAR_TO_DATE = /(?:^|[^\p{L}\p{M}])(?:(?:lũy|luỹ) kế |tính )?từ đầu năm(?: (\d{4}))?(?: (?:đến|tới) (?:nay|hiện nay|hiện tại|thời điểm (?:này|báo cáo)))?(?![\p{L}\p{M}])/iu;

/** The qualifier words that only hedge a figure (not "vượt", which says it passed a target). */
export const isHedge = (s: string) => /^(?:hơn|gần|khoảng|trên|dưới|xấp xỉ|gần như|ước|ước tính|ước khoảng|chưa đến|chưa tới|tới|đến|ít nhất|tối thiểu|tối đa|hầu như)\s*$/iu.test(s.trim());

export const PART_MARKER = /trong\s+(?:số\s+)?(?:đó|này)|bao\s+gồm|\bgồm\b|cụ\s+thể|(?<![\p{L}\p{M}])riêng(?![\p{L}\p{M}])/gu;

/** A heading that plans: "3. Phương hướng năm 2025", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023". */
export const PLAN_HEADING = /^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))?\s*(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|định hướng)(?![\p{L}\p{M}])/iu;

export const ABBREV = /(?:^|[\s(])(?:TP|Tp|TX|Th\.S|TS|PGS|GS|ThS|KS|CN|Ô|Bà|ông|bà|v\.v|STT|Stt|tr|Q|P|TT)$/u;

export const HEADINGLIKE = /^[\s*]*((?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)\.\s|PHỤ LỤC)/u;

/** Nothing but a verb or a colon between a word and its figure. */
export const BARE_PREDICATE = /^\s*(?::|là|đạt)?\s*$/u;

/** A sentence that goes on from the one before, with its subject: "Bên cạnh đó, …", "Ngoài ra, …". */
export const GOES_ON = /^(?:bên cạnh đó|ngoài ra|cùng với đó|đồng thời|bên cạnh|thêm vào đó)(?![\p{L}\p{M}])/u;

/** "Trung tâm" alone, in a text about the province's centre. */
export const CENTRE_WORD = /(?:^|\s)trung tâm(?![\p{L}\p{M}])/u;

/** "năm 2023" right before a figure, or anywhere before it. */
export const YEAR_JUST_BEFORE = /năm (\d{4})\s*$/u;
export const YEAR_BEFORE = /năm (\d{4})/u;

/** A share's lead inside a parenthesis: "chiếm", "tỷ lệ" or nothing. */
export const SHARE_WORD_ONLY = /^(?:chiếm|tỷ lệ)?\s*$/u;

/** A density right after its count: "…, mật độ 145 thuê bao/100 dân". */
export const DENSITY_LEAD = /(?:mật độ|đạt)\s*$/u;
/** An item that is only a density ("…; mật độ 135 thuê bao/100 dân"): of the count of the item before. */
export const DENSITY_ITEM = /^[,;]?\s*(?:và\s+)?(?:đạt\s+)?mật độ(?:\s+(?:đạt|là))?:?\s*$/u;
export const RATE_WORD = /(?:^|\s)tỷ lệ/u;
export const HAS_OR_REACHES = /\s(?:có|đạt)\s/u;

/** A list item's tail that adds nothing but levels ("…, 38% ở cấp xã"). */
export const BARE_LIST_TAIL = /^\s*(?:(?:đối với|ở|tại|của|với)\s+)?(?:(?:các )?cấp (?:tỉnh|huyện|xã)(?:\s*(?:,|và)\s*(?:cấp )?(?:tỉnh|huyện|xã))*)?\s*$/u;
export const ITEM_OPENING = /^[\s,;:+•–*-]*(?:và\s+)?/u;
export const ITEM_VERB_END = /\s*(?::|\s(?:(?:mới|chỉ|cũng|đã)\s)?(?:là|đạt|có))$/u;

/** A sentence that opens by setting itself beside the one before ("Trong khi đó, cấp xã mới đạt
 *  88,6%", "Còn cấp huyện đạt 96%"): an item of the list that sentence began. */
export const BESIDE_BEFORE = /^(?:trong khi đó|trong khi|còn|riêng|tương tự|tương tự như vậy|so với đó)(?![\p{L}\p{M}])\s*,?\s*/u;
export const BARE_PREDICATE_2 = /^\s*(?:là|đạt|:)?\s*$/u;
export const AND_END = /\svà$/u;

/** A later period's figure is an estimate when the sentence says so, else a target. */
export const ESTIMATE_WORD = /(?:^|\s)(?:ước|dự kiến|dự báo)\s/u;
export const LIST_JOIN = /^%?[\s,]*(?:và)?[\s]*$/u;
export const FALL_WORD = /giảm/u;
