// The province of a short text, weighed from all it says (a report's header or place–date line,
// read in report.ts, still wins over this):
// - its headline ("Quảng Bình: hạ tầng viễn thông …", "Yên Bái xếp hạng 9/63 …"): the first province
//   it names, 6; any other it names, 2;
// - a paper or site of the province it names as its source ("(Báo Quảng Ninh)", "(QBĐT)",
//   "Baohatinh.vn"): 6;
// - the provinces its body names: 5 for "Sở … tỉnh X", "UBND tỉnh X"; 3 for "tỉnh X"; 2 for
//   "trên địa bàn X"; 1 for a bare name; a place named in passing ("tại Gia Lai", one of a list
//   "Hà Nội, Đà Nẵng, Cần Thơ") 0.5; a comparison ("Đà Nẵng (58,89%)") 0.25;
// - the districts and communes it names (units.ts): up to 2 each;
// - a capital city named as "Thủ đô" (Hà Nội), or a city province as "thành phố"/"TP" once the text
//   has named it: 0.5 each, three at most.
// The best must have 1 or more and twice the second's score.
import { PROVINCES, provinceMentions, type Province, type ProvinceMention } from './provinces.js';
import { pressMentions } from './press.js';
import { provincesOfUnits } from './units.js';

export type EvidenceSource = 'headline' | 'press' | 'text' | 'units';

export interface ProvinceEvidence {
  province: Province;
  score: number;
  /** What gave the most of its score. */
  source: EvidenceSource;
}

/** Words before a name that place something there in passing. */
const PASSING_BEFORE = /(?:^|[^\p{L}])(?:tại|ở|đến|với|từ|sang|cùng|như|so\s+với|hơn|sau|trước|các\s+tỉnh|các\s+thành\s+phố|cơ\s+quan\s+đại\s+diện[^.;]*)\s*$/iu;
/** Words before a name that tie it to the text's own administration. */
const OWN_BEFORE =
  /(?:sở\s+thông\s+tin\s+(?:và|&)\s+truyền\s+thông|(?<!cơ\s)(?<![\p{L}])sở\s+[\p{L}\s&]{2,40}|ban\s+chỉ\s+đạo[^.;]{0,40}|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd|hđnd|tỉnh\s+ủy|thành\s+ủy|trên\s+địa\s+bàn|toàn|ngành[^.;]{0,40}|viễn\s+thông|bưu\s+điện|công\s+an|cổng\s+[^.;]{0,40})\s*$/iu;

function clauseEnd(s: string): string {
  return s.slice(Math.max(s.lastIndexOf('.'), s.lastIndexOf(';'), s.lastIndexOf(':'), s.lastIndexOf('\n')) + 1);
}

/** How much one mention of the body says about the text's own province. */
function mentionWeight(text: string, m: ProvinceMention, listed: boolean): number {
  const start = m.prefixStart ?? m.start;
  const before = clauseEnd(text.slice(Math.max(0, start - 80), start));
  // "Đà Nẵng (58,89%)": a province compared by its own figure.
  if (/^\s*\(\s*\d/u.test(text.slice(m.end, m.end + 6))) return 0.25;
  if (listed || PASSING_BEFORE.test(before)) return 0.5;
  const own = OWN_BEFORE.test(before);
  return m.prefix ? (own ? 5 : 3) : own ? 2 : 1;
}

/** Mentions that stand in a list of provinces: "Hà Nội, Đà Nẵng, Cần Thơ", "Hà Nội và TP HCM". */
function listedFlags(text: string, mentions: ProvinceMention[]): boolean[] {
  const listed = mentions.map(() => false);
  for (let i = 1; i < mentions.length; i++) {
    const gap = text.slice(mentions[i - 1].end, mentions[i].prefixStart ?? mentions[i].start);
    const isList = /^\s*(?:\([^()]{0,20}\))?\s*(?:,|và|với|&|-|–|;)\s*$/iu.test(gap.replace(/(?:tỉnh|thành\s+phố|tp\.?)\s*$/iu, ''));
    if (isList && mentions[i - 1].province.code !== mentions[i].province.code) listed[i - 1] = listed[i] = true;
  }
  return listed;
}

/** Longer texts are weighed on their beginning. */
const READ_LIMIT = 20000;

/** Province scores of a text whose headline ends at `headlineEnd`, best first. */
export function weighProvinces(full: string, headlineEnd: number): ProvinceEvidence[] {
  const text = full.length > READ_LIMIT ? full.slice(0, READ_LIMIT) : full;
  const parts = new Map<string, { province: Province; by: Record<EvidenceSource, number> }>();
  const add = (p: Province, source: EvidenceSource, w: number) => {
    const e = parts.get(p.code) ?? { province: p, by: { headline: 0, press: 0, text: 0, units: 0 } };
    e.by[source] += w;
    parts.set(p.code, e);
  };

  const mentions = provinceMentions(text);
  const listed = listedFlags(text, mentions);
  let firstInHeadline = true;
  mentions.forEach((m, i) => {
    if ((m.prefixStart ?? m.start) < headlineEnd) {
      if (listed[i] || /^\s*\(\s*\d/u.test(text.slice(m.end, m.end + 6))) return add(m.province, 'headline', 0.5);
      // The first is the subject; another is weighed like the body's ("… chia sẻ kinh nghiệm với Bình Thuận").
      if (!firstInHeadline) return add(m.province, 'headline', Math.min(2, mentionWeight(text, m, false)));
      add(m.province, 'headline', 6);
      firstInHeadline = false;
      return;
    }
    add(m.province, 'text', mentionWeight(text, m, listed[i]));
  });

  const pressSeen = new Set<string>();
  for (const p of pressMentions(text)) {
    if (pressSeen.has(p.province.code)) continue;
    pressSeen.add(p.province.code);
    add(p.province, 'press', 6);
  }

  for (const u of provincesOfUnits(text)) add(u.province, 'units', u.score);

  // "Thủ đô" is Hà Nội; a bare "thành phố"/"TP" is the city province the text has named.
  const capital = PROVINCES.find((p) => p.code === '01')!;
  const capitalCount = Math.min(3, [...text.matchAll(/(?<![\p{L}])Thủ\s+đô(?![\p{L}])(?!\s+(?!Hà\s+Nội)\p{Lu})/gu)].length);
  if (capitalCount) add(capital, 'text', 0.5 * capitalCount);
  const named = [...parts.values()].filter((e) => e.province.kind === 'thành phố' && e.by.text + e.by.headline + e.by.press > 0);
  if (named.length === 1) {
    const bare = [...text.matchAll(/(?<![\p{L}])(?:thành\s+phố|TP\.?)(?!\s*\.?\s*\p{Lu})(?![\p{L}])/gu)].length;
    if (bare) add(named[0].province, 'text', 0.5 * Math.min(3, bare));
  }

  const out: ProvinceEvidence[] = [];
  for (const e of parts.values()) {
    const score = e.by.headline + e.by.press + e.by.text + e.by.units;
    const source = (Object.entries(e.by) as [EvidenceSource, number][]).sort((a, b) => b[1] - a[1])[0][0];
    out.push({ province: e.province, score, source });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The text's province when the evidence points clearly to one. */
export function provinceOfText(text: string, headlineEnd: number): ProvinceEvidence | null {
  const [best, second] = weighProvinces(text, headlineEnd);
  if (!best || best.score < 1) return null;
  if (second && best.score < 2 * second.score) return null;
  return best;
}
