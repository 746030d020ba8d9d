// The 63 provinces and centrally-run cities of the pre-2025 list, with their statistical codes
// (General Statistics Office, Quyết định 124/2004/QĐ-TTg as amended), the ways reports write
// their names, and the provincial-level unit each one belongs to since the 2025 merger
// (Nghị quyết 202/2025/QH15: 34 units, in force from 1 July 2025).

export interface Province {
  /** 2-digit statistical code. */
  code: string;
  /** Short name as reports write it: "Ninh Thuận", "Hồ Chí Minh", "Thừa Thiên Huế". */
  name: string;
  kind: 'tỉnh' | 'thành phố';
  /** "Tỉnh Ninh Thuận", "Thành phố Hồ Chí Minh". */
  fullName: string;
  /** The unit after the 2025 merger, by its short name: Ninh Thuận → "Khánh Hòa". */
  unit2025: string;
  /** Other ways of writing the name (old spellings, abbreviations); the name itself is implied. */
  aliases: string[];
  /** Aliases that name this province in running text only after "thành phố"/"TP" ("Hồ Chí Minh" alone
   *  is usually the president, "tư tưởng Hồ Chí Minh"). */
  needsPrefix?: string[];
}

type Row = [code: string, name: string, unit2025: string, aliases?: string[], city?: boolean];

const ROWS: Row[] = [
  ['01', 'Hà Nội', 'Hà Nội', [], true],
  ['02', 'Hà Giang', 'Tuyên Quang'],
  ['04', 'Cao Bằng', 'Cao Bằng'],
  ['06', 'Bắc Kạn', 'Thái Nguyên', ['Bắc Cạn']],
  ['08', 'Tuyên Quang', 'Tuyên Quang'],
  ['10', 'Lào Cai', 'Lào Cai'],
  ['11', 'Điện Biên', 'Điện Biên'],
  ['12', 'Lai Châu', 'Lai Châu'],
  ['14', 'Sơn La', 'Sơn La'],
  ['15', 'Yên Bái', 'Lào Cai'],
  ['17', 'Hòa Bình', 'Phú Thọ'],
  ['19', 'Thái Nguyên', 'Thái Nguyên'],
  ['20', 'Lạng Sơn', 'Lạng Sơn'],
  ['22', 'Quảng Ninh', 'Quảng Ninh'],
  ['24', 'Bắc Giang', 'Bắc Ninh'],
  ['25', 'Phú Thọ', 'Phú Thọ'],
  ['26', 'Vĩnh Phúc', 'Phú Thọ'],
  ['27', 'Bắc Ninh', 'Bắc Ninh'],
  ['30', 'Hải Dương', 'Hải Phòng'],
  ['31', 'Hải Phòng', 'Hải Phòng', [], true],
  ['33', 'Hưng Yên', 'Hưng Yên'],
  ['34', 'Thái Bình', 'Hưng Yên'],
  ['35', 'Hà Nam', 'Ninh Bình'],
  ['36', 'Nam Định', 'Ninh Bình'],
  ['37', 'Ninh Bình', 'Ninh Bình'],
  ['38', 'Thanh Hóa', 'Thanh Hóa'],
  ['40', 'Nghệ An', 'Nghệ An'],
  ['42', 'Hà Tĩnh', 'Hà Tĩnh'],
  ['44', 'Quảng Bình', 'Quảng Trị'],
  ['45', 'Quảng Trị', 'Quảng Trị'],
  ['46', 'Thừa Thiên Huế', 'Huế', ['Thừa Thiên - Huế', 'TT Huế', 'TT-Huế', 'Huế']],
  ['48', 'Đà Nẵng', 'Đà Nẵng', [], true],
  ['49', 'Quảng Nam', 'Đà Nẵng'],
  ['51', 'Quảng Ngãi', 'Quảng Ngãi'],
  ['52', 'Bình Định', 'Gia Lai'],
  ['54', 'Phú Yên', 'Đắk Lắk'],
  ['56', 'Khánh Hòa', 'Khánh Hòa'],
  ['58', 'Ninh Thuận', 'Khánh Hòa'],
  ['60', 'Bình Thuận', 'Lâm Đồng'],
  ['62', 'Kon Tum', 'Quảng Ngãi', ['Kontum']],
  ['64', 'Gia Lai', 'Gia Lai'],
  ['66', 'Đắk Lắk', 'Đắk Lắk', ['Đăk Lăk', 'Đắc Lắc', 'Đắk Lăk', 'Đăk Lắk', 'Daklak', 'Dak Lak']],
  ['67', 'Đắk Nông', 'Lâm Đồng', ['Đăk Nông', 'Đắc Nông', 'Dak Nong']],
  ['68', 'Lâm Đồng', 'Lâm Đồng'],
  ['70', 'Bình Phước', 'Đồng Nai'],
  ['72', 'Tây Ninh', 'Tây Ninh'],
  ['74', 'Bình Dương', 'Hồ Chí Minh'],
  ['75', 'Đồng Nai', 'Đồng Nai'],
  ['77', 'Bà Rịa - Vũng Tàu', 'Hồ Chí Minh', ['Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT']],
  ['79', 'Hồ Chí Minh', 'Hồ Chí Minh', ['HCM', 'TPHCM', 'TP.HCM', 'Sài Gòn'], true],
  ['80', 'Long An', 'Tây Ninh'],
  ['82', 'Tiền Giang', 'Đồng Tháp'],
  ['83', 'Bến Tre', 'Vĩnh Long'],
  ['84', 'Trà Vinh', 'Vĩnh Long'],
  ['86', 'Vĩnh Long', 'Vĩnh Long'],
  ['87', 'Đồng Tháp', 'Đồng Tháp'],
  ['89', 'An Giang', 'An Giang'],
  ['91', 'Kiên Giang', 'An Giang'],
  ['92', 'Cần Thơ', 'Cần Thơ', [], true],
  ['93', 'Hậu Giang', 'Cần Thơ'],
  ['94', 'Sóc Trăng', 'Cần Thơ'],
  ['95', 'Bạc Liêu', 'Cà Mau'],
  ['96', 'Cà Mau', 'Cà Mau'],
];

/** Written forms that are not a province on their own in running text. */
const PREFIX_ONLY = new Set(['Hồ Chí Minh', 'HCM', 'TPHCM', 'TP.HCM', 'Sài Gòn']);

export const PROVINCES: readonly Province[] = ROWS.map(([code, name, unit2025, aliases = [], city = false]) => {
  const kind = city ? 'thành phố' : 'tỉnh';
  const all = [name, ...aliases];
  return {
    code,
    name,
    kind,
    fullName: `${city ? 'Thành phố' : 'Tỉnh'} ${name}`,
    unit2025,
    aliases,
    needsPrefix: all.filter((a) => PREFIX_ONLY.has(a)),
  } as Province;
});

/** The 34 provincial-level units in force from 1 July 2025, by short name. */
export const UNITS_2025: readonly string[] = [...new Set(PROVINCES.map((p) => p.unit2025))];

// ---------------------------------------------------------------- matching keys

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * A comparison key that keeps the length of the string: lower case, and the tone mark of the
 * pairs oa / oe / uy moved onto the first vowel, so "Hoà" and "Hòa", "Thuỷ" and "Thủy" agree.
 */
export function placeKey(s: string): string {
  // Length-preserving lower case, so that offsets into the key are offsets into `s` (NFC text).
  let lower = s.toLowerCase();
  if (lower.length !== s.length) {
    lower = [...s]
      .map((c) => {
        const l = c.toLowerCase();
        return l.length === c.length ? l : c;
      })
      .join('');
  }
  // Only "o" before a toned a/e (ă, â, ê too) and "u" before a toned y can need the tone moved.
  return lower.replace(TONED_PAIR, (whole) => movedTone(whole, whole[0], whole.slice(1)));
}

/** A toned letter whose base is one of `bases`: "à", "ằ", "ầ", … for "a". */
function tonedLetters(bases: string): string {
  let out = '';
  for (let c = 0xc0; c <= 0x1eff; c++) {
    const ch = String.fromCharCode(c);
    const d = ch.normalize('NFD');
    if (d.length > 1 && bases.includes(d[0]) && [...d.slice(1)].some((m) => TONES.test(m))) out += ch;
  }
  return out;
}
const TONED_PAIR = new RegExp(`o[${tonedLetters('ae')}]|u[${tonedLetters('y')}]`, 'g');

const MOVED = new Map<string, string>();

/** "oà" → "òa": the pair with its tone on the first vowel (a pair depends on its two letters only). */
function movedTone(whole: string, a: string, next: string): string {
  let out = MOVED.get(whole);
  if (out !== undefined) return out;
  out = whole;
  const b = next.normalize('NFD');
  const pair = a + b[0];
  const tone = (pair === 'oa' || pair === 'oe' || pair === 'uy') && b.length > 1 ? [...b.slice(1)].find((c) => TONES.test(c)) : undefined;
  if (tone) {
    const first = (a + tone).normalize('NFC');
    const second = b.replace(tone, '').normalize('NFC');
    if (first.length === a.length && second.length === next.length) out = first + second;
  }
  MOVED.set(whole, out);
  return out;
}

/** The key of a written form for lookups: spaces, dashes and dots folded to one space. */
const formKey = (s: string): string =>
  placeKey(s.normalize('NFC'))
    .replace(/[*_]/g, ' ')
    .replace(/[\s\-–—.]+/g, ' ')
    .trim();

/** A name as a regex source: words may be joined by spaces, a dash (any kind) or both. */
function namePattern(name: string): string {
  const words = placeKey(name)
    .split(/[\s\-–—]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.join('(?:\\s*[-–—]\\s*|\\s+)');
}

interface Form {
  province: Province;
  written: string;
  prefixOnly: boolean;
}

const FORMS: Form[] = PROVINCES.flatMap((p) =>
  [p.name, ...p.aliases].map((written) => ({ province: p, written, prefixOnly: PREFIX_ONLY.has(written) })),
).sort((a, b) => b.written.length - a.written.length);

const PREFIX = '(?:(tỉnh|thành\\s+phố|tp\\.?|t\\.p\\.?)\\s*)';

const BY_FORM = new Map<string, Form>();
for (const f of FORMS) BY_FORM.set(formKey(f.written), f);

/**
 * The province a name denotes: "Ninh Thuận", "tỉnh Ninh Thuận", "TP. Hồ Chí Minh", "TP HCM",
 * "Thừa Thiên - Huế", "Khánh Hoà", "Đăk Lăk", "UBND TỈNH NINH THUẬN". Null when it names none.
 */
export function findProvince(name: string): Province | null {
  const key = formKey(name).replace(/^(ủy ban nhân dân|ubnd)\s+/, '');
  const direct = BY_FORM.get(key);
  if (direct) return direct.province;
  const stripped = key.replace(/^(tỉnh|thành phố|tp|t p)\s*/, '');
  return BY_FORM.get(stripped)?.province ?? null;
}

export function provinceByCode(code: string): Province | null {
  return PROVINCES.find((p) => p.code === code) ?? null;
}

// ---------------------------------------------------------------- mentions in text

export interface ProvinceMention {
  province: Province;
  /** Span of the name as written (without the prefix). */
  start: number;
  end: number;
  written: string;
  /** "tỉnh", "thành phố", "TP." … when the name follows one. */
  prefix?: string;
  prefixStart?: number;
}

const MENTION_AT = new RegExp(
  `(?<![\\p{L}\\p{N}])${PREFIX}?(${FORMS.map((f) => namePattern(f.written)).join('|')})(?![\\p{L}\\p{N}])`,
  'uy',
);
const PREFIX_FIRST_WORDS = new Set(['tỉnh', 'thành', 'tp', 't']);
const FIRST_WORDS = new Set([...FORMS.map((f) => placeKey(f.written).split(/[\s\-–—.]+/)[0]), ...PREFIX_FIRST_WORDS]);
const FIRST_WORD_RE = new RegExp(
  `(?:${[...FIRST_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Local place words: "xã Hòa Bình", "phường Tây Ninh", "đường Hà Nội" are not the province. */
const LOCAL_BEFORE = /(?:^|[^\p{L}])(xã|phường|quận|huyện|thị xã|thị trấn|thôn|ấp|bản|đường|phố|cầu|sông|núi|chợ|khách sạn|công ty|trường)\s*$/iu;

function isCapitalized(written: string): boolean {
  return written
    .split(/[\s\-–—.]+/)
    .filter(Boolean)
    .every((w) => w[0] === w[0].toUpperCase() && w[0] !== w[0].toLowerCase());
}

let lastText: string | null = null;
let lastMentions: ProvinceMention[] = [];

/** Where a text names provinces (the last text's answer is kept: metadata and rules both ask). */
export function provinceMentions(text: string): ProvinceMention[] {
  if (text !== lastText) {
    lastMentions = scanProvinceMentions(text);
    lastText = text;
  }
  const copies: ProvinceMention[] = [];
  for (const m of lastMentions) copies.push({ ...m });
  return copies;
}

/** Proper names must be capitalized; local places are skipped. */
function scanProvinceMentions(text: string): ProvinceMention[] {
  const key = placeKey(text);
  const out: ProvinceMention[] = [];
  // The big alternation is tried only where a word could start a name (or a "tỉnh"/"TP" prefix).
  FIRST_WORD_RE.lastIndex = 0;
  for (let w = FIRST_WORD_RE.exec(key); w; w = FIRST_WORD_RE.exec(key)) {
    if (w.index > 0 && /[\p{L}\p{N}]/u.test(key[w.index - 1])) continue;
    // A name is capitalized; only a prefix ("tỉnh", "thành phố", "tp", "t.p") may be written in lower case.
    if (!PREFIX_FIRST_WORDS.has(w[0]) && text[w.index] === key[w.index]) continue;
    MENTION_AT.lastIndex = w.index;
    const m = MENTION_AT.exec(key);
    if (!m) continue;
    FIRST_WORD_RE.lastIndex = m.index + m[0].length;
    const prefixKey = m[1];
    const nameStart = m.index + m[0].length - m[2].length;
    const end = m.index + m[0].length;
    const written = text.slice(nameStart, end);
    if (!isCapitalized(written)) continue;
    const form = BY_FORM.get(formKey(written));
    if (!form) continue;
    const province = form.province;
    // "Hồ Chí Minh" alone: the president, "tư tưởng Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh".
    if (!prefixKey && form.prefixOnly) continue;
    // "Thái Bình Dương" is the Pacific, neither Thái Bình nor Bình Dương.
    const nameKey = formKey(written);
    if (nameKey === 'thái bình' && /^\s+dương(?![\p{L}])/u.test(key.slice(end))) continue;
    if (nameKey === 'bình dương' && /thái\s+$/u.test(key.slice(Math.max(0, nameStart - 8), nameStart))) continue;
    if (!prefixKey && LOCAL_BEFORE.test(text.slice(Math.max(0, nameStart - 20), nameStart))) continue;
    // One shape for every mention (with or without a prefix): callers keep their optimized code.
    out.push({
      province,
      start: nameStart,
      end,
      written,
      prefix: prefixKey ? text.slice(m.index, m.index + prefixKey.length) : undefined,
      prefixStart: prefixKey ? m.index : undefined,
    });
  }
  return out;
}

// ---------------------------------------------------------------- seats, for the place–date line

/** Seats of the provincial administrations (pre-2025) whose names differ from the province's. The
 *  place–date line of a report often names the seat: "Phan Rang-Tháp Chàm, ngày …", "Đà Lạt, ngày …". */
const SEATS: Record<string, string[]> = {
  '11': ['Điện Biên Phủ'],
  '22': ['Hạ Long'],
  '25': ['Việt Trì'],
  '26': ['Vĩnh Yên'],
  '35': ['Phủ Lý'],
  '40': ['Vinh'],
  '44': ['Đồng Hới'],
  '45': ['Đông Hà'],
  '49': ['Tam Kỳ'],
  '52': ['Quy Nhơn'],
  '54': ['Tuy Hòa'],
  '56': ['Nha Trang'],
  '58': ['Phan Rang - Tháp Chàm', 'Phan Rang'],
  '60': ['Phan Thiết'],
  '64': ['Pleiku', 'Plei Ku'],
  '66': ['Buôn Ma Thuột', 'Buôn Mê Thuột'],
  '67': ['Gia Nghĩa'],
  '68': ['Đà Lạt'],
  '70': ['Đồng Xoài'],
  '74': ['Thủ Dầu Một'],
  '75': ['Biên Hòa'],
  '77': ['Bà Rịa', 'Vũng Tàu'],
  '80': ['Tân An'],
  '82': ['Mỹ Tho'],
  '87': ['Cao Lãnh'],
  '89': ['Long Xuyên'],
  '91': ['Rạch Giá'],
  '93': ['Vị Thanh'],
};

const BY_SEAT = new Map<string, Province>();
for (const [code, seats] of Object.entries(SEATS)) {
  const p = provinceByCode(code);
  if (p) for (const s of seats) BY_SEAT.set(formKey(s), p);
}

/** The province of a place as written before ", ngày …": a province name or its seat. */
export function findProvinceByPlace(place: string): Province | null {
  const direct = findProvince(place);
  if (direct) return direct;
  const key = formKey(place).replace(/^(thành phố|tp|t p|thị xã|tx)\s*/, '');
  return BY_SEAT.get(key) ?? null;
}
