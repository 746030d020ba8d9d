// Report metadata: province, reporting period, issuer, number, date, signer.
//
// Vietnamese administrative reports share one layout: a header block (issuing body on the left,
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on the right, then "Số: …/BC-…" and "<place>, ngày … tháng …
// năm …"), the word "BÁO CÁO" with the title under it, the body, a closing "Trên đây là báo cáo …
// của <issuer>./.", "Nơi nhận:", and the signature block ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", the name).
// Exports of such reports often lose the header block, so every field has fallbacks, and a field
// that cannot be read with confidence is null.
import type { TextDocument } from '../model.js';
import type { Period } from '../numbers/types.js';
import { findPeriods, type PeriodOptions } from '../numbers/periods.js';
import { findProvince, findProvinceByPlace, provinceMentions, type Province } from './provinces.js';
import { provinceOfText } from './province-evidence.js';
import { periodOfShortText, type PeriodSource } from './text-period.js';
import { shortLayout } from './layout-short.js';
import { readDateline } from './dateline.js';

export interface ReportMetadata {
  province: string | null;
  province_code: string | null;
  province_2025: string | null;
  period: Period | null;
  title: string | null;
  issuer: string | null;
  number: string | null;
  date: string | null;
  signer: string | null;
  /** Where the province was read: the place–date line, the header block, the closing, the title, the
   *  body, or in a short text its headline, a paper or site it names, or the districts and communes it names. */
  province_source?: ProvinceSource | null;
  /** Where the period was read: a report's title or opening text; a short text's headline, a period
   *  phrase of its body, its date ("đến nay" with the dateline), or a year inferred from its text. */
  period_source?: PeriodSource | null;
  /** The symbol of the number ("BC-STTTT"), also when the number itself is blank ("Số: /BC-STTTT"). */
  number_symbol?: string | null;
}

export type ProvinceSource = 'place_date' | 'header' | 'closing' | 'title' | 'text' | 'headline' | 'press' | 'units';
export type { PeriodSource };

// ---------------------------------------------------------------- lines without marks

/** Removes txt-export marks (bold/italic stars, footnote refs, heading hashes) from one line. */
export function stripMarks(line: string): string {
  if (!/[\^*_#]/.test(line)) return line.trimEnd();
  return line
    .replace(/\^\[\d+\]/g, '')
    .replace(/\*\*|__|\*(?=\S)|(?<=\S)\*/g, '')
    .replace(/^#+\s*/, '')
    .replace(/\s+$/g, '');
}

class Line {
  /** Line text without marks. */
  readonly text: string;
  private split: string[] | undefined = undefined;
  constructor(private readonly unmarked: string) {
    this.text = unmarked.trim();
  }
  /** Its cells: tab- or wide-space-separated parts (header tables, PDF layout). Read for the
   *  header, the title and the end of a report only: split on demand. */
  get cells(): string[] {
    if (!this.split) {
      this.split = [];
      for (const c of this.unmarked.split(/\t| {3,}/)) {
        const t = c.trim();
        if (t) this.split.push(t);
      }
    }
    return this.split;
  }
}

// Arrays built by push, not map: see numbers/analyze.ts.
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (const raw of text.split(/\r?\n/)) lines.push(new Line(stripMarks(raw)));
  return lines;
}

const isBaoCao = (s: string): boolean => /^báo\s+cáo$/iu.test(s.replace(/\s+/g, ' ').trim());

// ---------------------------------------------------------------- layout

interface Layout {
  lines: Line[];
  /** Index of the "BÁO CÁO" line, or -1. */
  baoCao: number;
  /** Lines of the header block (before "BÁO CÁO", or the first lines when there is none). */
  header: Line[];
  title: string | null;
  /** Index of the first line after the title. */
  bodyStart: number;
  /** Index of "Nơi nhận:" (end of the body), or lines.length. */
  bodyEnd: number;
}

const HEADING = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?\s|[a-zđ]\)\s|Kính\s+gửi|Căn\s+cứ|Thực\s+hiện|Phần\s+[IVX\d])/u;

function layoutOf(text: string): Layout {
  const lines = linesOf(text);
  const searchEnd = Math.min(lines.length, 60);
  let baoCao = -1;
  for (let i = 0; i < searchEnd; i++) {
    if (lines[i].cells.some(isBaoCao)) {
      baoCao = i;
      break;
    }
  }
  // "BÁO CÁO Tình hình …" on one line: the title starts on it.
  let inline: string | null = null;
  if (baoCao < 0) {
    for (let i = 0; i < searchEnd; i++) {
      const m = /^BÁO\s+CÁO\s*:?\s+(\S.*)$/u.exec(lines[i].text);
      if (m) {
        baoCao = i;
        inline = m[1];
        break;
      }
    }
  }
  let title: string | null = null;
  let bodyStart = 0;
  if (baoCao >= 0) {
    const parts: string[] = inline ? [inline] : [];
    let i = baoCao + 1;
    for (; i < lines.length && parts.length < 4; i++) {
      const t = lines[i].text;
      if (!t || /^[-_=.…\s]+$/.test(t)) {
        if (parts.length) break;
        continue;
      }
      if (parts.length && HEADING.test(t)) break;
      parts.push(t);
      if (parts.join(' ').length > 300) break;
    }
    title = parts.length ? parts.join(' ').replace(/\s+/g, ' ').trim() : null;
    bodyStart = i;
  }
  const header = baoCao >= 0 ? lines.slice(0, baoCao) : lines.slice(0, Math.min(lines.length, 12));
  let bodyEnd = lines.length;
  for (let i = lines.length - 1; i > bodyStart; i--) {
    if (/nhận/iu.test(lines[i].text) && lines[i].cells.some((c) => /^nơi\s+nhận\s*:?/iu.test(c))) {
      bodyEnd = i;
      break;
    }
  }
  return { lines, baoCao, header, title, bodyStart, bodyEnd };
}

// ---------------------------------------------------------------- place–date line, number

/** "<place>, ngày 25 tháng 5 năm 2023", also with blanks: "Thừa Thiên Huế, ngày tháng năm 202". */
const PLACE_DATE = /^([^\d,;:()]{2,40}?)\s*,\s*(ngày[\s\d.…_]*(?:tháng|\/)[\s\d.…_]*(?:năm|\/)[\s\d.…_]*)$/iu;

interface PlaceDate {
  province: Province | null;
  date: string | null;
}

function readPlaceDate(lines: Line[]): PlaceDate | null {
  for (const line of lines) {
    for (const cell of line.cells) {
      const m = PLACE_DATE.exec(cell);
      if (!m) continue;
      return { province: findProvinceByPlace(m[1]), date: dateOf(m[2]) };
    }
  }
  return null;
}

/** "ngày 25 tháng 5 năm 2023", "ngày 25/5/2023" → ISO; blanks ("ngày tháng năm 202") → null. */
function dateOf(s: string): string | null {
  const m =
    /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iu.exec(s) ??
    /ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)/iu.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readNumber(lines: Line[]): { number: string | null; symbol: string | null } | null {
  for (const line of lines) {
    for (let k = 0; k < line.cells.length; k++) {
      // Wide spaces after the label split "Số:   45 /BC-STTTT" into two cells: read them as one.
      const cell = /^số\s*:[\s.…_]*$/iu.test(line.cells[k]) && k + 1 < line.cells.length ? `${line.cells[k]} ${line.cells[k + 1]}` : line.cells[k];
      const m = /^số\s*:[\s.…_]*([0-9][0-9A-Za-z.\-]*)?[\s.…_]*\/\s*([\p{Lu}\p{N}][\p{Lu}\p{N}.&\-–/]*)/u.exec(cell.replace(/^số/iu, 'số'));
      if (!m) continue;
      const symbol = m[2].replace(/[.\-–/]+$/, '');
      return { number: m[1] ? `${m[1]}/${symbol}` : null, symbol };
    }
  }
  return null;
}

// ---------------------------------------------------------------- issuer

/** Issuing bodies as they are written in a header block (upper case) and in running text. */
const ISSUERS: [RegExp, string][] = [
  [/^sở\s+thông\s+tin\s+(?:và|&)\s+truyền\s+thông/iu, 'Sở Thông tin và Truyền thông'],
  [/^ban\s+chỉ\s+đạo\s+(?:về\s+)?chuyển\s+đổi\s+số/iu, 'Ban Chỉ đạo chuyển đổi số'],
  [/^sở\s+khoa\s+học\s+(?:và|&)\s+công\s+nghệ/iu, 'Sở Khoa học và Công nghệ'],
  [/^trung\s+tâm\s+công\s+nghệ\s+thông\s+tin\s+(?:và|&)\s+truyền\s+thông/iu, 'Trung tâm Công nghệ thông tin và Truyền thông'],
  [/^văn\s+phòng\s+(?:ủy|uỷ)\s+ban\s+nhân\s+dân/iu, 'Văn phòng Ủy ban nhân dân'],
  [/^(?:ủy|uỷ)\s+ban\s+nhân\s+dân|^ubnd(?!\p{L})/iu, 'Ủy ban nhân dân'],
];

function canonicalIssuer(s: string): string | null {
  for (const [re, name] of ISSUERS) if (re.test(s.trim())) return name;
  return null;
}

/** The most specific issuing body in the header block: "SỞ THÔNG TIN…" over "UBND TỈNH …". */
function issuerFromHeader(header: Line[]): string | null {
  let found: string | null = null;
  for (const line of header)
    for (const cell of line.cells) {
      const name = canonicalIssuer(cell);
      if (name && (found === null || found === 'Ủy ban nhân dân')) found = name;
    }
  return found;
}

/** Cells of the header block that name the issuing body: upper case ("UBND TỈNH NINH THUẬN",
 *  "TỈNH ĐẮK LẮK") or a known body ("Sở Thông tin và Truyền thông tỉnh …"). Not the national motto. */
function headerCells(header: Line[]): string[] {
  return header
    .flatMap((l) => l.cells)
    .filter((c) => !/cộng\s+hòa|cộng\s+hoà|độc\s+lập|^số\s*:/iu.test(c))
    .filter((c) => (c === c.toUpperCase() && /\p{L}/u.test(c)) || canonicalIssuer(c) !== null);
}

interface Closing {
  line: number;
  issuer: string | null;
  province: Province | null;
}

/** "Trên đây là báo cáo … của Sở Thông tin và Truyền thông (tỉnh X)./." */
function readClosing(lines: Line[], from: number, to: number): Closing | null {
  for (let i = to - 1; i >= from && i >= to - 40; i--) {
    const t = lines[i].text;
    if (!/\.\s*\/\s*\.\s*$/.test(t)) continue;
    const m = /\bcủa\s+((?:sở|ban|(?:ủy|uỷ)\s+ban|ubnd|trung\s+tâm|văn\s+phòng)(?!\p{L})[^]*?)\s*\.?\s*\/\s*\.\s*$/iu.exec(t);
    if (!m) return null;
    const whole = m[1].replace(/\s+/g, ' ').trim();
    const mention = provinceMentions(whole).find((x) => x.prefix);
    const body = mention ? whole.slice(0, mention.prefixStart).trim() : whole;
    return { line: i, issuer: canonicalIssuer(body) ?? body, province: mention?.province ?? null };
  }
  return null;
}

// ---------------------------------------------------------------- signer

const SIGN_TITLE =
  /^(?:(?:KT|TM|TL|TUQ|Q)\s*\.\s*)?(?:(?:PHÓ\s+)?(?:GIÁM\s+ĐỐC|CHỦ\s+TỊCH|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+PHÒNG|THỦ\s+TRƯỞNG)|ỦY\s+BAN\s+NHÂN\s+DÂN|UBND|BAN\s+CHỈ\s+ĐẠO|SỞ\s+THÔNG\s+TIN)/u;

/** A personal name: 2–6 capitalized words ("Đào Xuân Kỳ", "Nguyễn Lượm", "H'Yim Kđoh"). */
function isPersonName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}]*)*$/u.test(w));
}

/** The name under the signature block, which follows "Nơi nhận:" (or the closing) at the end. */
function readSigner(lines: Line[], from: number): string | null {
  let afterTitle = -1;
  for (let i = from; i < lines.length && i < from + 60; i++) {
    for (const cell of lines[i].cells) {
      // Signature titles are upper case cells: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN".
      if (cell === cell.toUpperCase() && SIGN_TITLE.test(cell)) {
        afterTitle = i;
        continue;
      }
      if (afterTitle < 0 || i - afterTitle > 10) continue;
      if (/^\(?\s*(?:đã\s+ký|ký|ký\s+tên|đóng\s+dấu)[^)]*\)?$/iu.test(cell)) continue;
      if (isPersonName(cell)) return cell;
    }
  }
  return null;
}

// ---------------------------------------------------------------- province from the body

/** Context words that name a place in passing: "tại TP Đà Nẵng", "Cơ quan Đại diện của Bộ tại …". */
const PASSING_BEFORE = /(?:^|[^\p{L}])(?:tại|ở|đến|với|từ|sang|cùng|các\s+tỉnh|các\s+thành\s+phố|cơ\s+quan\s+đại\s+diện[^.;]*)\s*$/iu;
/** Context words that tie a province to the report's own administration. */
const OWN_BEFORE =
  /(?:sở\s+thông\s+tin\s+(?:và|&)\s+truyền\s+thông|ban\s+chỉ\s+đạo[^.;]{0,40}|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd|hđnd|tỉnh\s+ủy|trên\s+địa\s+bàn|toàn|ngành[^.;]{0,40})\s*$/iu;

interface Scored {
  province: Province;
  score: number;
  tied: number;
}

/** The text after the last '.', ';', ':' or newline. */
function clauseEnd(s: string): string {
  return s.slice(Math.max(s.lastIndexOf('.'), s.lastIndexOf(';'), s.lastIndexOf(':'), s.lastIndexOf('\n')) + 1);
}

/** Scores the provinces a text names; passing mentions count for nothing. */
function scoreMentions(text: string): Scored[] {
  const mentions = provinceMentions(text);
  const passing: boolean[] = [];
  for (const m of mentions) {
    const start = m.prefixStart ?? m.start;
    passing.push(PASSING_BEFORE.test(clauseEnd(text.slice(Math.max(0, start - 80), start))));
  }
  // "tại thành phố Hồ Chí Minh và Hà Nội", "Hà Nội, Đà Nẵng, TP HCM": a list of provinces names
  // places in passing, every one of them.
  for (let i = 1; i < mentions.length; i++) {
    const gap = text.slice(mentions[i - 1].end, mentions[i].prefixStart ?? mentions[i].start);
    const listed = /^\s*(?:,|và|với|&|-|–|;)\s*$/iu.test(gap.replace(/(?:tỉnh|thành\s+phố|tp\.?)\s*$/iu, ''));
    if (listed && mentions[i - 1].province.code !== mentions[i].province.code) passing[i - 1] = passing[i] = true;
  }
  const scores = new Map<string, Scored>();
  mentions.forEach((m, i) => {
    if (passing[i]) return;
    const start = m.prefixStart ?? m.start;
    const before = text.slice(Math.max(0, start - 80), start);
    const own = OWN_BEFORE.test(clauseEnd(before));
    const weight = m.prefix ? (own ? 5 : 3) : own ? 2 : 1;
    const s = scores.get(m.province.code) ?? { province: m.province, score: 0, tied: 0 };
    s.score += weight;
    if (m.prefix || own) s.tied++;
    scores.set(m.province.code, s);
  });
  return [...scores.values()].sort((a, b) => b.score - a.score);
}

/** The body's own province: tied to the administration, and clearly ahead of any other. */
function provinceFromBody(text: string): Province | null {
  const [best, second] = scoreMentions(text);
  if (!best) return null;
  if (best.tied === 0 && best.score < 3) return null;
  if (second && best.score < 2 * second.score) return null;
  return best.province;
}

// ---------------------------------------------------------------- period

/** Clauses of a title that announce the plan for the next period, not the period reported. */
const PLAN_CLAUSE = /(?:\bvà\s+)?(?:kế\s+hoạch|phương\s+hướng|nhiệm\s+vụ\s+trọng\s+tâm|nhiệm\s+vụ[^,]{0,30}\s+(?:tới|tiếp\s+theo|sắp\s+tới))/iu;

function yearsIn(s: string): number[] {
  return [...s.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
}

function periodFromTitle(title: string): Period | null {
  // A title may give the year once for both halves: "6 tháng đầu năm và … 6 tháng cuối năm 2024".
  const years = yearsIn(title);
  const opts: PeriodOptions = years.length ? { reportYear: years[years.length - 1] } : {};
  const found = findPeriods(title, undefined, opts);
  if (!found.length) return null;
  const plan = PLAN_CLAUSE.exec(title);
  const planStart = plan && plan.index > 0 ? plan.index : title.length;
  return (found.find((f) => f.start < planStart) ?? found[0]).period;
}

/** References to other documents: their years are not the report's period. */
const DOC_REF = /(?:luật|nghị\s+quyết|quyết\s+định|kế\s+hoạch|chỉ\s+thị|thông\s+tư|nghị\s+định|chiến\s+lược|đề\s+án|chương\s+trình\s+số|số\s+\d)[^.;,]{0,60}$/iu;

function periodFromOpening(text: string, reportYear?: number): Period | null {
  const found = findPeriods(text, undefined, reportYear ? { reportYear } : {});
  const own = found.filter((f) => !f.asOf && !DOC_REF.test(text.slice(Math.max(0, f.start - 80), f.start)));
  return own[0]?.period ?? null;
}

// ---------------------------------------------------------------- the whole

export function readReportMetadata(doc: TextDocument, _fileName?: string): ReportMetadata {
  const layout = layoutOf(doc.text.normalize('NFC'));
  const { lines, header, title, bodyStart, bodyEnd } = layout;
  const headerTop = layout.baoCao >= 0 ? header : lines.slice(0, 12);

  const placeDate = readPlaceDate(headerTop);
  const num = readNumber(headerTop);
  const bodyText = lines
    .slice(bodyStart, bodyEnd)
    .map((l) => l.text)
    .join('\n');
  const closing = readClosing(lines, bodyStart, bodyEnd);

  // Province: place–date line, header block, closing, title, then the body. A text without the
  // layout of a report (a news item, a notice) is weighed as a whole: headline, papers, units.
  const isReport = layout.baoCao >= 0;
  const plain = isReport ? '' : lines.map((l) => l.text).join('\n');
  // Only its headline is wanted here: the beginning is enough.
  const short = isReport ? null : shortLayout(plain.slice(0, 20000));
  let province: Province | null = null;
  let source: ProvinceSource | null = null;
  const headerMention = provinceMentions(headerCells(headerTop).join('\n'))[0];
  const titleProvince = title ? scoreMentions(title).find((s) => s.tied > 0)?.province : undefined;
  if (placeDate?.province) [province, source] = [placeDate.province, 'place_date'];
  else if (headerMention) [province, source] = [headerMention.province, 'header'];
  else if (closing?.province) [province, source] = [closing.province, 'closing'];
  else if (titleProvince) [province, source] = [titleProvince, 'title'];
  else {
    const fromBody = isReport ? provinceFromBody(bodyText) : null;
    if (fromBody) [province, source] = [fromBody, 'text'];
    else {
      const weighed = short ? provinceOfText(plain, short.headline.at(-1)?.end ?? 0) : provinceOfText(bodyText, 0);
      if (weighed) [province, source] = [weighed.province, weighed.source];
    }
  }

  // Period: a report's title, else its opening text; a short text's, from the figures it governs.
  let date = placeDate?.date ?? null;
  let period: Period | null = null;
  let periodSource: PeriodSource | null = null;
  if (title) [period, periodSource] = [periodFromTitle(title), 'title'];
  if (!period && isReport) {
    const year = date ? Number(date.slice(0, 4)) : title ? yearsIn(title).pop() : undefined;
    [period, periodSource] = [periodFromOpening(bodyText.slice(0, 1500), year), 'opening'];
  } else if (!period && short) {
    const found = periodOfShortText(plain);
    if (found) [period, periodSource] = [found.period, found.source];
    date ??= readDateline(plain.split('\n'))?.date ?? null;
  }
  if (!period) periodSource = null;

  const issuer = issuerFromHeader(headerTop) ?? closing?.issuer ?? null;

  return {
    province: province?.name ?? null,
    province_code: province?.code ?? null,
    province_2025: province?.unit2025 ?? null,
    period,
    title,
    issuer,
    number: num?.number ?? null,
    date,
    signer: readSigner(lines, closing ? closing.line : bodyEnd < lines.length ? bodyEnd : Math.max(bodyStart, lines.length - 40)),
    province_source: source,
    period_source: periodSource,
    number_symbol: num?.symbol ?? null,
  };
}

export { findProvince };
