// How reports name where a figure belongs: the levels of government and their bodies (cấp tỉnh, "các
// sở, ban, ngành", "UBND các xã"), named places and agencies, whole-province scope, and who a figure
// is said to come from. The engine (src/engine/context.ts) reads these; it holds no word of its own.

/** The province's public administration service centre ("Trung tâm Phục vụ hành chính công tỉnh"). */
export const PROVINCE_CENTRE = /(?:trung\s+tâm\s+(?:phục\s+vụ\s+)?(?:hành\s+chính\s+công|hcc|pvhcc)|tt\.?\s*pvhcc|tthcc)(?!\s+(?:cấp\s+)?(?:huyện|quận|thị\s+xã|thành\s+phố|tp))/u;

// Matched on the raw sentence (offsets matter), where a line break may stand between two words.
// Besides "cấp tỉnh/huyện/xã", a level is named by its bodies: "các sở, (ban,) ngành" (province),
// "UBND các huyện, thị xã, thành phố" (district), "UBND các xã, phường, thị trấn" (commune); one
// listed with other scopes ("sở, ban, ngành, đoàn thể và địa phương") names none. A single named
// unit ("UBND huyện Ninh Phước") is an entity, not its level.
export const LEVEL_MARKER = new RegExp(
  [
    'cấp\\s+(tỉnh|huyện|xã|cơ\\s+sở)',
    '(toàn\\s+tỉnh|trên\\s+địa\\s+bàn\\s+(?:toàn\\s+)?tỉnh|các\\s+cấp)',
    '(sở,?\\s+(?:ban,?\\s+)?ngành)(?!,?\\s*(?:mặt trận|đoàn thể|hội|địa phương|và\\s+(?:các\\s+)?(?:địa phương|huyện|xã|ubnd|ủy ban)))',
    // ("của các xã", "ở các huyện": the level's own figure, said of all its units.)
    '((?:ubnd|ủy\\s+ban\\s+nhân\\s+dân)\\s+các\\s+huyện|các\\s+huyện,\\s*(?:thị\\s+xã|thành\\s+phố)|(?:của|ở|tại)\\s+các\\s+huyện(?![\\p{L}\\p{M}]))',
    '((?:ubnd|ủy\\s+ban\\s+nhân\\s+dân)\\s+các\\s+xã|các\\s+xã,\\s*(?:phường|thị\\s+trấn)|(?:của|ở|tại)\\s+các\\s+xã(?![\\p{L}\\p{M}]))',
    // The province's one-stop centre handles the province's procedures (not a district's centre).
    `(${PROVINCE_CENTRE.source})`,
  ].join('|'),
  'gu',
);

// ("cấp cơ sở", the grassroots, is the commune level.)
export const LEVEL_OF: Record<string, string> = { tỉnh: 'province', huyện: 'district', xã: 'commune', 'cơ sở': 'commune' };

// "ở cấp tỉnh", "đối với cấp huyện", "cấp tỉnh, cấp huyện", "ở các cấp tỉnh, huyện, xã".
export const LEVELS_AFTER = /(?<![\p{L}\p{M}])(từ )?(?:các )?cấp (tỉnh|huyện|xã|cơ sở)((?:\s*(?:,|và|hoặc)\s*(?:cấp )?(?:tỉnh|huyện|xã|cơ sở)(?![\p{L}\p{M}]))*)(?![\p{L}\p{M}])/u;

export const ENTITY = /^(?:(?:xã|phường|thị trấn|huyện|thị xã|thành phố|tp\.?|sở|ubnd|ủy ban nhân dân)\s+)?[A-ZÀ-ỸĐ][\p{L}.-]*(?:\s+[A-ZÀ-ỸĐ0-9][\p{L}.-]*){0,4}$/u;

// A named unit below the province: a district, town or commune ("huyện Ninh Phước", "xã Phước
// Bình"), a department or agency ("Sở Tư pháp", "Trung tâm Phục vụ hành chính công"), or a telecom
// operator. Place names capitalize every word; agencies only the first.
export const PLACE_TYPES = '[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP\\.?|[Xx]ã|[Pp]hường|[Tt]hị trấn';

export const AGENCY_TYPES = 'Sở|Bộ(?! [Pp]hận)|Ban [Qq]uản lý|Văn phòng|Trung tâm|Công an|Bưu điện|Chi nhánh';

/** The report's issuer acts for the whole province ("Sở Thông tin và Truyền thông đã cấp 07 chứng thư số"). */
// (Its older name, Sở Bưu chính Viễn thông, and since 2025 Sở Khoa học và Công nghệ.)
export const ISSUER = /^Sở (?:Thông tin|TT ?& ?TT|TTTT|TT-TT|TT và TT|Bưu chính|BCVT|Khoa học và Công nghệ|KH&CN|KHCN)/u;

/** A unit named as the source of the figures ("Số liệu của Sở … cho biết", "Theo Sở …") is not their subject. */
export const SOURCE_BEFORE = /(?:theo|số liệu của|báo cáo của|thống kê của|số liệu từ)\s*$/iu;

export const SOURCE_AFTER = /^[^,;]{0,40}?\s(?:cho biết|cho hay|thông tin|báo cáo)(?![\p{L}\p{M}])/u;

/** Words that put the figure back on the whole province after a unit was named. */
/** A clause that says its figure is the province's own, as written (a name after "tỉnh" would be
 *  another province's): "…, trong khi tỷ lệ … của tỉnh đạt 58,3%", "toàn tỉnh", "tỉnh ta". */
export const OWN_PROVINCE = /(?:của|toàn|trên địa bàn(?: toàn)?) (?:tỉnh|thành phố)(?!\s+[\p{Lu}])|(?:tỉnh|thành phố) ta/u;

export const WHOLE_SCOPE = /toàn tỉnh|trên địa bàn (?:toàn )?tỉnh|(?:trên )?toàn địa bàn|toàn thành phố|cấp (?:tỉnh|huyện|xã)|các cấp|các (?:sở|huyện|xã)/iu;

/** "cấp tỉnh, huyện và xã": the levels listed after one "cấp". */
export const LEVELS_LISTED_AFTER = /^(?:\s*(?:,|và)\s*(tỉnh|huyện|xã))+/u;

/** A level by its name alone. */
export const LEVEL_NAME = /(tỉnh|huyện|xã)/gu;

/** "từ cấp tỉnh đến cấp xã" names every level: its "từ" and its "đến cấp". */
export const FROM_END = /từ\s*$/u;
export const LEVEL_TO_LEVEL = /^cấp\s+\S+\s+đến\s+cấp/u;
export const LEVEL_NAME_OR_GRASSROOTS = /(tỉnh|huyện|xã|cơ sở)/gu;

/** A name right before "đạt"/"là"/":", after a list opening ("như: xã Phước Bình đạt"). */
export const NAMED_BEFORE_VERB = /^(?:.*?(?:như|gồm|là)\s*:\s*)?(.+?)\s+(?:đạt|là|:)\s*$/u;

/** Capitalized openings that are not a unit's name. */
export const NOT_A_NAME = /^(?:cấp|toàn|tỷ|trong|tổng|số)(?![\p{L}\p{M}])/iu;

/** "lẫn", "cả": two actions said of one count. */
export const BOTH_WORDS = /^\s*(?:lẫn|cả)\s*$/u;

/** A city, which may be a province itself. */
export const CITY_WORD = /^(?:[Tt]hành phố|TP)/u;

/** The words of an agency's name after its start, up to a verb ("Sở Tài chính đạt"). */
export const AGENCY_NAME_REST = /^(?:\s+(?!(?:đạt|là|có|với|đã|được|trong|tại|chiếm|ở|thấp|cao|tăng|giảm|và|cùng|so)(?![\p{L}\p{M}]))[\p{L}\p{M}]+)*/u;
