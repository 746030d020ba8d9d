// What a figure's surroundings say besides its metric: the level in force (cấp tỉnh/huyện/xã), a
// named unit ("xã Phước Bình đạt …"), and the dims a family reads from words.
import type { DimCue, DimWords, FamilyRules } from '../../rules/types.js';
import { hitIn, type CueHit } from './cues.js';
import { inAside } from './signatures.js';
import { JOINS_ACTIONS, TELECOM_OPERATORS } from '../../rules/lexicon.js';
import { SUBJECTLESS_CLAUSE, LEVEL_OPENS } from '../../rules/sentence-words.js';
import { metricById } from '../catalog.js';
import type { Figure, SentenceFigures } from './figures.js';
import { plainText } from './words.js';
import { provinceMentions } from '../metadata/provinces.js';
import type { Period } from '../numbers/types.js';
import { PROVINCE_CENTRE, LEVEL_MARKER, LEVEL_OF, LEVELS_AFTER, ENTITY, PLACE_TYPES, AGENCY_TYPES, ISSUER, SOURCE_BEFORE, SOURCE_AFTER, WHOLE_SCOPE, LEVELS_LISTED_AFTER, LEVEL_NAME, FROM_END, LEVEL_TO_LEVEL, LEVEL_NAME_OR_GRASSROOTS, NAMED_BEFORE_VERB, NOT_A_NAME, BOTH_WORDS, CITY_WORD } from '../../rules/places.js';



/** A figure's own period, unless it is the report's (a fact repeats no period the report has). */
export const apartFromReport = (p: Period | undefined, report: Period | null): Period | undefined =>
  p && report && p.start === report.start && p.end === report.end ? undefined : p;

/** The year so far ("từ đầu năm đến nay", "lũy kế"): 1 January to the end of the report's period.
 *  None when the report's period ends in another year than the one named. */
export function yearSoFar(report: Period | null, label: string, year?: string): Period | undefined {
  if (!report) return undefined;
  const y = year ?? report.end.slice(0, 4);
  return report.end.slice(0, 4) === y ? { start: `${y}-01-01`, end: report.end, label } : undefined;
}

const markersOf = new WeakMap<SentenceFigures, RegExpMatchArray[]>();
/** Level words of a sentence, found once. */
const levelMarkers = (sf: SentenceFigures): RegExpMatchArray[] => {
  let m = markersOf.get(sf);
  if (!m) markersOf.set(sf, (m = [...sf.lower.matchAll(LEVEL_MARKER)]));
  return m;
};

/** Every level named in a sentence between two joined-view offsets, in order (what "lần lượt" pairs figures with). */
export function levelsNamed(sf: SentenceFigures, from: number, to: number): { level: string; at: number }[] {
  const out: { level: string; at: number }[] = [];
  const s = sf.sentence.start;
  for (const m of levelMarkers(sf)) {
    const at = s + (m.index ?? 0);
    if (at < from || at >= to) continue;
    const level = m[1] ? LEVEL_OF[m[1].replace(/\s+/gu, ' ')] : m[3] || m[6] ? 'province' : m[4] ? 'district' : m[5] ? 'commune' : undefined;
    if (level) out.push({ level, at });
    // "cấp tỉnh, huyện, xã": the levels listed after one "cấp".
    if (m[1]) {
      const rest = LEVELS_LISTED_AFTER.exec(sf.lower.slice((m.index ?? 0) + m[0].length, to - s));
      if (rest) for (const x of rest[0].matchAll(LEVEL_NAME)) out.push({ level: LEVEL_OF[x[1]], at: at + 1 });
    }
  }
  return out;
}

/** The level (cấp tỉnh/huyện/xã) in force at a figure: the last marker before it in its own
 *  parenthesis group or an enclosing one, or "đối với cấp …" right after it. */
export function levelAt(sf: SentenceFigures, fig: Figure): string | undefined {
  return levelMarkerAt(sf, fig)?.level;
}

/** levelAt, with where its words start (joined offsets; the figure's end when they follow it). */
export function levelMarkerAt(sf: SentenceFigures, fig: Figure): { level: string; at: number } | undefined {
  // Named in its own words after it ("87,74% hồ sơ … ở cấp tỉnh", "788 dịch vụ công cấp tỉnh").
  const after = levelsAfter(fig);
  if (after.length) return { level: after[0], at: fig.numEnd };
  const s = sf.sentence.start;
  const before = sf.lower.slice(0, fig.numStart - s);
  let found: string | undefined;
  let foundAt = -1;
  // A level named in an earlier ';' item of a list does not reach this one.
  let lastSemi = -1;
  for (let k = before.length - 1; k >= 0; k--) if (before[k] === ';' && sf.depthAt(s + k) <= fig.depth) {
    lastSemi = k;
    break;
  }
  for (const m of levelMarkers(sf)) {
    if ((m.index ?? 0) >= before.length) break;
    const at = s + (m.index ?? 0);
    const d = sf.depthAt(at);
    // (A level that opens the sentence heads all its items: "Cấp huyện: tiếp nhận …; đã giải quyết …".)
    // (A ';' inside a group opened after the level does not end it: "Cấp huyện tiếp nhận 48.305 hồ sơ
    // (trực tuyến 30.112 hồ sơ; trực tiếp 17.950 hồ sơ)".)
    if (d > fig.depth || ((m.index ?? 0) < lastSemi && sf.depthAt(s + lastSemi) <= d && !LEVEL_OPENS.test(before.slice(0, m.index)))) continue;
    // "từ cấp tỉnh đến cấp xã" names every level.
    if (FROM_END.test(before.slice(Math.max(0, (m.index ?? 0) - 4), m.index)) || LEVEL_TO_LEVEL.test(before.slice(m.index ?? 0))) continue;
    // A marker inside a group that closed before the figure no longer applies.
    if (d > 0) {
      const open = sf.groupAt(at);
      let g = fig.groupOpen;
      let inside = false;
      for (let k = fig.depth; k >= d && g >= 0; k--) {
        if (g === open) inside = true;
        g = sf.groupAt(g);
      }
      if (!inside) continue;
    }
    if (at >= foundAt) {
      foundAt = at;
      found = m[1] ? LEVEL_OF[m[1].replace(/\s+/gu, ' ')] : m[3] || m[6] ? 'province' : m[4] ? 'district' : m[5] ? 'commune' : 'all';
    }
  }
  return found === undefined ? undefined : { level: found, at: foundAt };
}


/** The levels a figure's words after it name (several when it is said of each: "100% hồ sơ công
 *  việc ở cấp tỉnh, cấp huyện"); none for "từ cấp tỉnh đến cấp xã", which names them all. */
export function levelsAfter(fig: Figure): string[] {
  const m = LEVELS_AFTER.exec(fig.view.tail);
  if (!m || m[1]) return [];
  const out = [LEVEL_OF[m[2]]];
  for (const x of m[3].matchAll(LEVEL_NAME_OR_GRASSROOTS)) if (!out.includes(LEVEL_OF[x[1]])) out.push(LEVEL_OF[x[1]]);
  return out;
}


/** A named unit right before "đạt": "xã Phước Bình đạt 48,77%". */
export function entityAt(sf: SentenceFigures, fig: Figure): string | undefined {
  const raw = plainText(sf.text.slice(fig.nearLeadStart, fig.numStart)).replace(/^[,;:\s]+/, '');
  const m = raw.match(NAMED_BEFORE_VERB);
  if (!m) return undefined;
  const name = m[1].trim();
  if (!ENTITY.test(name) || NOT_A_NAME.test(name)) return undefined;
  return name;
}

/** Does a hit in [from, to) say the dim value (any of its cues, none of its `unless`)? */
function saysValue(hits: readonly CueHit[], value: DimCue, from: number, to: number): CueHit | undefined {
  const any = Array.isArray(value) ? value : value.any;
  const unless = Array.isArray(value) ? null : value.unless;
  if (unless && hitIn(hits, unless, from, to)) return undefined;
  return hitIn(hits, any, from, to);
}

function firstValue(values: Record<string, DimCue>, hits: readonly CueHit[], from: number, to: number): string | undefined {
  for (const [v, cues] of Object.entries(values)) if (saysValue(hits, cues, from, to)) return v;
  return undefined;
}

/**
 * The dims a figure's words say: its unit phrase first, then its own words, its clause, (named by
 * the sentence head) the head, (named by earlier words of its item) those.
 */
export function readDims(metric: string, family: FamilyRules, fig: Figure, sf: SentenceFigures, viaHead = false, namedBefore = false): Record<string, string> {
  const out: Record<string, string> = {};
  const words = family.dims[metric] ?? {};
  const w = fig.words;
  const scopes: [number, number][] = [
    [w.numEnd, w.tailEnd],
    [w.near, w.num],
    [w.clause, w.num],
  ];
  if (viaHead) scopes.push([0, w.headEnd]);
  // A clause with no subject of its own ("…, đồng thời chuyển trả 42.420 kết quả") has the subject
  // of its item's first clause: the words before that clause's action ("Bưu điện tỉnh … đã tiếp nhận").
  const subject = w.item < w.clause && SUBJECTLESS_CLAUSE.test(sf.view.text.slice(w.clause, w.num)) ? subjectEnd(family, sf, w.item, w.clause) : -1;
  if (subject > w.item) scopes.push([w.item, subject]);
  if (namedBefore) scopes.push([w.item, w.num]);
  if (w.topic) scopes.push([0, w.topic]);
  // (An aside before the figure that lists what a whole holds gives its parts' dims, not the whole's.)
  const hits = w.asides.length ? sf.hits.filter((h) => !inAside(w, h)) : sf.hits;
  for (const [dim, values] of Object.entries(words)) {
    for (const [from, to] of scopes) {
      const v = firstValue(values, hits, from, to);
      if (v) {
        // Two values said together ("trạm 3G và 4G", "qua bưu chính công ích và trực tiếp") are
        // neither: a dim that splits the whole in parts ("channel") makes the figure no one's part.
        const mixed = saidTogether(values, v, hits, from, to, sf.view.text);
        if (!mixed) out[dim] = v;
        else if (family.exclusiveDims?.includes(dim)) out[dim] = MIXED;
        break;
      }
    }
    if (!out[dim] && family.dimsFromSentence?.includes(metric)) {
      // The nearest earlier words of the sentence that say a value.
      let best = -1;
      for (const [v, cues] of Object.entries(values)) {
        const any = Array.isArray(cues) ? cues : cues.any;
        for (const h of sf.hits) if (h.end <= w.num && h.start > best && h.cues.some((c) => any.includes(c))) {
          best = h.start;
          out[dim] = v;
        }
      }
    }
  }
  return out;
}

/** Every cue that says a value of one of these dims (a metric's), found once per dims object. */
const dimCueSets = new WeakMap<DimWords, ReadonlySet<string>>();
export function dimCuesOf(dims: DimWords): ReadonlySet<string> {
  let set = dimCueSets.get(dims);
  if (!set) {
    set = new Set(Object.values(dims).flatMap((values) => Object.values(values).flatMap((v) => (Array.isArray(v) ? v : v.any))));
    dimCueSets.set(dims, set);
  }
  return set;
}

const ACTIONS_OF = new Map<FamilyRules, Set<string>>();

/** Where the subject of the words from `from` ends: at the first action a signature of the family needs. */
function subjectEnd(family: FamilyRules, sf: SentenceFigures, from: number, to: number): number {
  let actions = ACTIONS_OF.get(family);
  if (!actions) {
    // (Channels, kinds and levels are needed by some signatures too; they are no action.)
    const dims = Object.values(family.dims).map(dimCuesOf);
    actions = new Set(family.signatures.flatMap((s) => (s.needs ?? []).flat()).filter((c) => !dims.some((d) => d.has(c))));
    ACTIONS_OF.set(family, actions);
  }
  const verb = sf.hits.find((h) => h.start >= from && h.end <= to && h.cues.some((c) => actions.has(c)));
  return verb ? verb.start : -1;
}

/** A dim value that stands for several said together (the figure is of none alone). */
export const MIXED = '*mixed*';

/** Is another value of the dim said right beside the one found, joined by "và", ",", "/"? */
function saidTogether(values: Record<string, DimCue>, found: string, hits: readonly CueHit[], from: number, to: number, view: string): boolean {
  const cuesOf = (v: string) => {
    const c = values[v];
    return Array.isArray(c) ? c : c.any;
  };
  const mine = hits.filter((h) => h.start >= from && h.end <= to && h.cues.some((c) => cuesOf(found).includes(c)));
  for (const [other] of Object.entries(values)) {
    if (other === found) continue;
    for (const h of hits) {
      if (h.start < from || h.end > to || !h.cues.some((c) => cuesOf(other).includes(c)) || mine.includes(h)) continue;
      for (const m of mine) {
        const [a, b] = m.start < h.start ? [m, h] : [h, m];
        if (JOINS_ACTIONS.test(view.slice(a.end, b.start)) || BOTH_WORDS.test(view.slice(a.end, b.start))) return true;
      }
    }
  }
  return false;
}

/** The dims a table label's words say. */
export function dimsOfWords(family: FamilyRules, metric: string, hits: readonly CueHit[], length: number): Record<string, string> {
  const dims: Record<string, string> = {};
  for (const [dim, values] of Object.entries(family.dims[metric] ?? {})) {
    const v = firstValue(values, hits, 0, length);
    if (v) dims[dim] = v;
  }
  return dims;
}

export function allowed(metric: string, dims: Record<string, string>): Record<string, string> {
  const def = metricById.get(metric);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(dims)) if (def?.dims.includes(k) && v !== 'all') out[k] = v;
  return out;
}

const OPERATORS = TELECOM_OPERATORS.join('|');
const NAME = '\\p{Lu}[\\p{L}\\p{M}&.]*(?:[ \\u00a0](?:\\p{Lu}[\\p{L}\\p{M}&.]*|\\d+))*';
const SUB_UNIT = new RegExp(`(?<![\\p{L}\\p{M}])(?:((?:${PLACE_TYPES})[ \\u00a0]+${NAME})|((?:${AGENCY_TYPES})[ \\u00a0]+${NAME})|(${OPERATORS}))(?![\\p{L}\\p{M}])`, 'gu');
/** What every SUB_UNIT match holds, without the look-arounds that make it slow to scan for: most
 *  words before a figure name no unit, and this turns them away first. */
const SUB_UNIT_CUE = new RegExp(`(?:${PLACE_TYPES}|${AGENCY_TYPES})[ \\u00a0]+\\p{Lu}|${OPERATORS}`, 'u');
const OPERATOR_NAMES = new RegExp(`(?<![\\p{L}\\p{M}])(?:${OPERATORS})(?![\\p{L}\\p{M}])`, 'gu');

export interface SubUnit {
  name: string;
  /** A district, town or commune (its name is whole); else an agency or operator. */
  place: boolean;
  /** A telecom operator. */
  operator: boolean;
  issuer: boolean;
}

/**
 * The named unit below the province a figure belongs to: named in the figure's own ';' item before
 * it (not inside a parenthesis that closed before it) or in its tail, with no words of the whole
 * province between that name and the figure.
 */
export function subUnitAt(sf: SentenceFigures, fig: Figure): SubUnit | undefined {
  const s = sf.sentence.start;
  let itemStart = s;
  for (let k = fig.numStart - 1; k >= s; k--) if (sf.text[k] === ';' && sf.depthAt(k) <= fig.depth) {
    itemStart = k + 1;
    break;
  }
  const before = sf.text.slice(itemStart, fig.numStart);
  const tail = sf.text.slice(fig.numEnd, fig.tailEnd);
  if (!SUB_UNIT_CUE.test(before) && !SUB_UNIT_CUE.test(tail)) return undefined;
  // Operators named together ("Viettel, VNPT, MobiFone") are the whole market, not one of them;
  // operators named one by one, each with its figure, are each its own.
  const k = sf.figures.indexOf(fig);
  const since = Math.max(itemStart, k > 0 ? sf.figures[k - 1].numEnd : itemStart);
  const operators = new Set([...sf.text.slice(since, fig.numStart).matchAll(OPERATOR_NAMES)].map((m) => m[0].toLowerCase()));
  let found: SubUnit | undefined;
  SUB_UNIT.lastIndex = 0;
  for (let m = SUB_UNIT.exec(before); m; m = SUB_UNIT.exec(before)) {
    if (sf.depthAt(itemStart + m.index) > fig.depth || isProvinceCity(m) || (m[3] !== undefined && operators.size > 1)) continue;
    if (WHOLE_SCOPE.test(before.slice(m.index + m[0].length))) continue;
    if (SOURCE_BEFORE.test(before.slice(Math.max(0, m.index - 20), m.index)) || SOURCE_AFTER.test(before.slice(m.index + m[0].length))) continue;
    if (PROVINCE_CENTRE.test(before.slice(m.index, m.index + 60).toLowerCase())) continue;
    found = { name: m[0], place: m[1] !== undefined, operator: m[3] !== undefined, issuer: ISSUER.test(before.slice(m.index)) };
  }
  if (found) return found;
  SUB_UNIT.lastIndex = 0;
  const m = SUB_UNIT.exec(tail);
  return m && !isProvinceCity(m) ? { name: m[0], place: m[1] !== undefined, operator: m[3] !== undefined, issuer: ISSUER.test(tail.slice(m.index)) } : undefined;
}

/** "Thành phố Đà Nẵng", "TP. Hồ Chí Minh": a city that is a province is no unit below one (another
 *  province's figures are left out elsewhere). */
const isProvinceCity = (m: RegExpExecArray) => CITY_WORD.test(m[0]) && provinceMentions(m[0]).length > 0;
