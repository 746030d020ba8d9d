// Districts and communes a text names ("huyện Hoài Ân", "xã Ân Hảo Tây", "thành phố Đồng Hới",
// "phường Nguyễn Thái Học") and the provinces they can belong to, from the gazetteer table
// (units-data.ts). Names repeat across provinces — there are ten "huyện Châu Thành" and hundreds of
// "xã Tân Phú" — so each unit is evidence shared among the provinces that have one of its name.
import { placeKey, provinceByCode, findProvince, type Province } from './provinces.js';
import { UNIT_ROWS } from './units-data.js';

export type UnitLevel = 'district' | 'commune';

export interface UnitMention {
  level: UnitLevel;
  /** The name as written, without its type word. */
  name: string;
  start: number;
  end: number;
  /** Codes of the provinces that have a unit of this level and name. */
  provinces: string[];
}

const nameKey = (s: string): string => placeKey(s.normalize('NFC')).replace(/[\s\-–—]+/g, ' ').trim();

let index: Map<string, string[]> | null = null;

/** level + name key → province codes, built on first use. */
function unitIndex(): Map<string, string[]> {
  if (index) return index;
  index = new Map();
  const add = (level: UnitLevel, name: string, code: string) => {
    const key = `${level}:${nameKey(name)}`;
    const codes = index!.get(key);
    if (!codes) index!.set(key, [code]);
    else if (!codes.includes(code)) codes.push(code);
  };
  for (const [code, districts, communes] of UNIT_ROWS) {
    for (const n of districts.split(';')) if (n) add('district', n, code);
    for (const n of communes.split(';')) if (n) add('commune', n, code);
  }
  return index;
}

const TYPE_WORD = /(?<![\p{L}\p{N}])(huyện|quận|thị\s+xã|thành\s+phố|tp\.?|xã|phường|thị\s+trấn)[ \t]+/giu;
const LEVEL: Record<string, UnitLevel> = {
  huyện: 'district',
  quận: 'district',
  'thị xã': 'district',
  'thành phố': 'district',
  tp: 'district',
  'tp.': 'district',
  xã: 'commune',
  phường: 'commune',
  'thị trấn': 'commune',
};
/** A word of a unit name: capitalized ("Ân", "Hảo", "H'leo", "KBang", "Ea"). */
const NAME_WORD = /\p{Lu}[\p{L}'’]*/uy;

/** The units a text names after a type word, with the provinces each may be in. */
export function unitMentions(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  const idx = unitIndex();
  TYPE_WORD.lastIndex = 0;
  for (let m = TYPE_WORD.exec(text); m; m = TYPE_WORD.exec(text)) {
    const level = LEVEL[m[1].toLowerCase().replace(/\s+/g, ' ')];
    const start = m.index + m[0].length;
    // Up to five capitalized words after the type word, then the longest that names a unit.
    const ends: number[] = [];
    let at = start;
    for (let k = 0; k < 5; k++) {
      NAME_WORD.lastIndex = at;
      const w = NAME_WORD.exec(text);
      if (!w) break;
      ends.push(at + w[0].length);
      const gap = /^[ \t]+|^\s*[-–]\s*/u.exec(text.slice(ends[ends.length - 1]));
      if (!gap) break;
      at = ends[ends.length - 1] + gap[0].length;
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      const name = text.slice(start, ends[k]);
      // "thành phố Hà Nội", "TP Đà Nẵng" are provinces, read elsewhere.
      if (level === 'district' && /^(?:thành|tp)/iu.test(m[1]) && findProvince(name)) break;
      const provinces = idx.get(`${level}:${nameKey(name)}`);
      if (!provinces) continue;
      out.push({ level, name, start, end: ends[k], provinces: [...provinces] });
      TYPE_WORD.lastIndex = ends[k];
      break;
    }
  }
  return out;
}

export interface UnitEvidence {
  province: Province;
  score: number;
  /** The units that gave it, as written. */
  units: string[];
}

/**
 * Province scores from the units a text names: each distinct unit gives 2 (a district) or 1 (a
 * commune), shared equally among the provinces that have a unit of its name; a name in more than
 * three provinces gives nothing.
 */
export function provincesOfUnits(text: string): UnitEvidence[] {
  const seen = new Set<string>();
  const scores = new Map<string, UnitEvidence>();
  for (const u of unitMentions(text)) {
    const key = `${u.level}:${nameKey(u.name)}`;
    if (seen.has(key) || u.provinces.length > 3) continue;
    seen.add(key);
    const share = (u.level === 'district' ? 2 : 1) / u.provinces.length;
    for (const code of u.provinces) {
      const province = provinceByCode(code);
      if (!province) continue;
      const e = scores.get(code) ?? { province, score: 0, units: [] };
      e.score += share;
      e.units.push(text.slice(u.start, u.end));
      scores.set(code, e);
    }
  }
  return [...scores.values()].sort((a, b) => b.score - a.score);
}
