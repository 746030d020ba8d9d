// Newspapers and sites of one province that a short text names as its source: "(Báo Quảng Ninh)",
// "Báo Bắc Ninh điện tử", "Baohatinh.vn", "baobacninh", "dichvucong.thainguyen.gov.vn", and the
// tags provincial papers put before their leads: "(HNMO) -", "(QBĐT) -".
import { PROVINCES, provinceMentions, type Province } from './provinces.js';

export interface PressMention {
  province: Province;
  start: number;
  end: number;
  written: string;
}

/** Lead tags of provincial papers (the paper's initials, "O" for online, "ĐT" for điện tử). */
const TAGS: Record<string, string> = {
  HNMO: 'Hà Nội', // Hà Nội Mới Online
  HNM: 'Hà Nội',
  QBĐT: 'Quảng Bình', // Báo Quảng Bình điện tử
  YBĐT: 'Yên Bái',
  BGĐT: 'Bắc Giang',
  HBĐT: 'Hòa Bình',
  PTĐT: 'Phú Thọ',
  LSO: 'Lạng Sơn', // Báo Lạng Sơn online
  BPO: 'Bình Phước',
  GLO: 'Gia Lai',
  QTO: 'Quảng Trị',
  BDO: 'Bình Dương',
  ĐTO: 'Đồng Tháp',
  BTO: 'Bình Thuận',
  TTHO: 'Thừa Thiên Huế',
  QNO: 'Quảng Nam',
};

/** Sites whose name is not the province's own: the papers of the capital. */
const SITES: Record<string, string> = { hanoimoi: 'Hà Nội', kinhtedothi: 'Hà Nội' };

/** "Hà Tĩnh" → "hatinh": how site names write a province. */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const BY_SLUG = new Map<string, Province>();
for (const p of PROVINCES) for (const n of [p.name, ...p.aliases]) if (slugOf(n).length >= 4) BY_SLUG.set(slugOf(n), p);
for (const [slug, name] of Object.entries(SITES)) BY_SLUG.set(slug, PROVINCES.find((p) => p.name === name)!);

const SLUGS = [...BY_SLUG.keys()].sort((a, b) => b.length - a.length).join('|');
/** "baohatinh.vn", "www.baobacninh.com.vn", "baobacninh" (written without its domain), "thainguyen.gov.vn". */
const SITE = new RegExp(
  `(?<![a-z0-9])(?:www\\.)?(?:(bao)(${SLUGS})(?:online|dientu)?(?=\\.(?:com\\.vn|org\\.vn|vn)|[^a-z]|$)|(${SLUGS})\\.(?:gov\\.vn|com\\.vn|org\\.vn|vn)(?![a-z]))`,
  'giu',
);
const TAG = new RegExp(`(?:\\(\\s*(${Object.keys(TAGS).join('|')})\\s*\\)|^\\s*(${Object.keys(TAGS).join('|')})(?=\\s*[-–—:]|\\p{Lu}))`, 'gmu');

/** The province papers and sites named in `text`, in reading order. */
export function pressMentions(text: string): PressMention[] {
  const out: PressMention[] = [];
  const lower = text.toLowerCase();
  SITE.lastIndex = 0;
  for (let m = SITE.exec(lower); m; m = SITE.exec(lower)) {
    const p = BY_SLUG.get(m[2] ?? m[3]);
    if (p) out.push({ province: p, start: m.index, end: m.index + m[0].length, written: text.slice(m.index, m.index + m[0].length) });
  }
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const name = TAGS[m[1] ?? m[2]];
    const p = PROVINCES.find((x) => x.name === name);
    if (p) out.push({ province: p, start: m.index, end: m.index + m[0].length, written: m[0].trim() });
  }
  // "Báo Quảng Ninh", "(Báo Bắc Ninh điện tử)": a paper named after its province.
  for (const pm of provinceMentions(text)) {
    if (pm.prefix) continue;
    if (/(?<![\p{L}])Báo\s+(?:điện\s+tử\s+)?$/u.test(text.slice(Math.max(0, pm.start - 16), pm.start)))
      out.push({ province: pm.province, start: pm.start, end: pm.end, written: text.slice(Math.max(0, pm.start - 16), pm.end).replace(/^.*?(?=Báo)/su, '') });
  }
  return out.sort((a, b) => a.start - b.start);
}
