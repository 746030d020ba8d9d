// Which metric a figure is, from the cues in its words: every family's signatures are scored by
// where their cues stand from the number (its unit, its own words, its clause, its ';' item, the
// sentence head), and the best one wins. Ties between two actions said together ("tiếp nhận và
// giải quyết 2.418 hồ sơ") give both.
import { FAMILIES } from '../../rules/index.js';
import type { FamilyRules, FigureKind, Scope, Signature } from '../../rules/types.js';
import { AVERAGE_CUE, BEFORE_BODIES, BODIES_CUE, JOINS_ACTIONS, RATE_CUE, TOTAL_CUE } from '../../rules/lexicon.js';
import { type CueHit, says } from './cues.js';

/** Where a figure's words lie in its sentence's matching view (view positions). */
export interface FigureWords {
  /** The sentence's matching view, and the cues said in it. */
  text: string;
  hits: readonly CueHit[];
  kind: FigureKind;
  /** The number. */
  num: number;
  numEnd: number;
  /** Its own words start after the figure before it (or punctuation). */
  near: number;
  /** Its clause starts after punctuation (, ; ( )), over other figures. */
  clause: number;
  /** Its ';' item. */
  item: number;
  /** Its unit phrase ends here. */
  tailEnd: number;
  /** The words right after the number (after "%" or a scale word) start here. */
  tail: number;
  /** The first word after the number is a word no cue knows (a unit of something else: "người", "lượt"). */
  otherUnit: boolean;
  /** The sentence head (up to its first figure) ends here. */
  headEnd: number;
  /** A sentence that opens by naming its topic ("Đối với dịch vụ công trực tuyến mức độ 3, …"): where that opening ends (0: none). */
  topic: number;
  /** The sentence's parenthesized groups (view positions); those closed before the number are its
   *  asides ("thuê bao internet (gồm … truyền hình cáp) … 8,5 triệu thuê bao"). */
  asides: readonly [number, number][];
  sentenceEnd: number;
  /** A count said without its noun: the unit of the list item beside it that says it. */
  sharedUnit?: CueHit;
}

export interface RoleHit {
  role: string;
  cue: string;
  hit: CueHit;
  scope: Scope;
}

export interface Scored {
  signature: Signature;
  family: FamilyRules;
  score: number;
  roles: RoleHit[];
}

export interface Rejected {
  signature: Signature;
  reason: string;
}

// (One array each, not one made per call.)
const RATE_NAMES = [RATE_CUE];
const TOTAL_NAMES = [TOTAL_CUE];
const AVERAGE_NAMES = [AVERAGE_CUE];

const QUALITY: Record<Scope, number> = { unit: 4, own: 3, clause: 2, item: 1, head: 1 };

const ENTRIES: { signature: Signature; family: FamilyRules }[] = [];
for (const family of FAMILIES) for (const signature of family.signatures) ENTRIES.push({ signature, family });
/** Every cue that says a dim value (kind, channel, tech…). */
export const DIM_CUES = new Set(
  FAMILIES.flatMap((f) => Object.values(f.dims).flatMap((dims) => Object.values(dims).flatMap((values) => Object.values(values).flatMap((v) => (Array.isArray(v) ? v : v.any))))),
);

const BY_METRIC = new Map<string, Signature[]>();
for (const { signature } of ENTRIES) BY_METRIC.set(signature.metric, [...(BY_METRIC.get(signature.metric) ?? []), signature]);
/** The signatures of a metric. */
export const signaturesOf = (metric: string): readonly Signature[] => BY_METRIC.get(metric) ?? [];

/** Every cue that names a counted thing: a count whose unit is one of them counts that thing (and
 *  one whose unit is a thing no metric counts, nothing). */
export const THING_CUES = new Set([...ENTRIES.flatMap((e) => (e.signature.thingIsAct ? [] : e.signature.thing)), ...FAMILIES.flatMap((f) => f.otherThings ?? [])]);

/** The cue of `names` a hit says (the first listed). */
function cueOf(h: CueHit, names: readonly string[]): string {
  for (const c of h.cues) if (names.includes(c)) return c;
  return '';
}

/** The figure's unit: the hit that starts where its words after the number do, if it names a thing. */
export function unitHit(w: FigureWords): CueHit | undefined {
  if (w.sharedUnit) return w.sharedUnit;
  for (const h of w.hits) {
    if (h.start === w.tail && h.start < w.tailEnd) return h.cues.some((c) => THING_CUES.has(c)) ? h : undefined;
    if (h.start > w.tail) break;
  }
  return undefined;
}

/** How near a hit stands to the figure; null when outside the words read in this mode. */
function scopeOf(w: FigureWords, h: CueHit, viaHead: boolean, wide: boolean): Scope | null {
  const inTail = h.start >= w.numEnd && h.end <= w.tailEnd;
  if (inTail) return 'own';
  if (viaHead) return h.end <= w.headEnd ? 'head' : null;
  if (h.end > w.num) return null;
  if (h.start >= w.near) return 'own';
  if (h.start >= w.clause) return 'clause';
  if (wide && h.start >= w.item) return 'item';
  return null;
}

/** How far a hit stands from the number, in view characters. */
const distance = (w: FigureWords, h: CueHit) => (h.end <= w.num ? w.num - h.end : Math.max(0, h.start - w.numEnd));

/** The nearest hit saying one of `names` within the words read; with its scope. */
function best(w: FigureWords, names: readonly string[], viaHead: boolean, wide: boolean): { hit: CueHit; scope: Scope } | null {
  let hit: CueHit | null = null;
  let scope: Scope | null = null;
  for (const h of w.hits) {
    if (!says(h, names)) continue;
    const sc = scopeOf(w, h, viaHead, wide);
    if (!sc) continue;
    if (!hit || !scope || QUALITY[sc] > QUALITY[scope] || (QUALITY[sc] === QUALITY[scope] && Math.abs(h.start - w.num) < Math.abs(hit.start - w.num))) {
      hit = h;
      scope = sc;
    }
  }
  return hit && scope ? { hit, scope } : null;
}

function anyIn(w: FigureWords, names: readonly string[], from: number, to: number): boolean {
  for (const h of w.hits) if (h.start >= from && h.end <= to && says(h, names)) return true;
  return false;
}

/** A failure's reason when no explanation is asked for; a veto's starts with 'veto'. */
const NO = 'no';
const VETO = 'veto';

/** Does a hit stand in an aside closed before the figure's number? */
export const inAside = (w: FigureWords, h: CueHit): boolean => w.asides.some(([a, b]) => b <= w.num && h.start >= a && h.end <= b);

/** Is a veto's cue said in the words a veto reads? (What an aside before the figure lists does not
 *  speak against it.) */
function vetoSaid(w: FigureWords, name: string, viaHead: boolean): boolean {
  for (const h of w.hits) {
    if (!h.cues.includes(name)) continue;
    if (((h.start >= w.near && h.end <= w.num) || (h.start >= w.numEnd && h.end <= w.tailEnd) || (viaHead && h.end <= w.headEnd)) && !inAside(w, h)) return true;
  }
  return false;
}

/** The words a veto reads: the figure's own words (back to the figure before it), its unit phrase,
 *  and (via the head) the head. */
function vetoed(w: FigureWords, sig: Signature, viaHead: boolean, explaining: boolean): string | null {
  if (sig.veto) {
    for (const v of sig.veto) {
      let all = true;
      if (typeof v === 'string') all = vetoSaid(w, v, viaHead);
      else for (const name of v) if (!(all = vetoSaid(w, name, viaHead))) break;
      if (all) return explaining ? `veto ${typeof v === 'string' ? v : v.join('+')}` : VETO;
    }
  }
  if (sig.vetoBefore) {
    let last: CueHit | null = null;
    for (const h of w.hits) if (h.start >= w.item && h.end <= w.num && says(h, sig.vetoBefore.cues)) last = h;
    if (last && !(sig.vetoBefore.unless && anyIn(w, sig.vetoBefore.unless, last.end, w.num))) return explaining ? `veto before: ${cueOf(last, sig.vetoBefore.cues)}` : VETO;
  }
  for (const v of sig.vetoSentence ?? []) if (anyIn(w, [v], 0, w.sentenceEnd)) return explaining ? `veto in sentence: ${v}` : VETO;
  return null;
}

/** What a sentence says, found once for all its figures: its cues, and the signatures whose
 *  thing one of them names (in their order). */
interface Said {
  cues: Set<string>;
  candidates: { signature: Signature; family: FamilyRules }[];
}
const saidBySentence = new WeakMap<readonly CueHit[], Said>();
function saidIn(hits: readonly CueHit[]): Said {
  let s = saidBySentence.get(hits);
  if (!s) {
    const cues = new Set<string>();
    for (const h of hits) for (const c of h.cues) cues.add(c);
    const picked = new Set<Signature>();
    for (const c of cues) for (const e of BY_THING.get(c) ?? []) picked.add(e.signature);
    s = { cues, candidates: ENTRIES.filter((e) => picked.has(e.signature)) };
    saidBySentence.set(hits, s);
  }
  return s;
}

/** What holds for every signature of a figure, found once: the cues its sentence says, and
 *  whether its item calls it an average. */
interface Gate {
  said: Set<string>;
  average: boolean;
  /** "tỷ lệ đơn vị …", "tỷ lệ các cơ quan …": the rate is of bodies or people. */
  ofBodies: boolean;
  /** A count's own words after its unit open with a negation ("56 trạm BTS chưa bảo đảm an toàn"). */
  negated: boolean;
}
const gates = new WeakMap<FigureWords, Gate>();
function gateOf(w: FigureWords): Gate {
  let g = gates.get(w);
  if (!g) {
    const said = saidIn(w.hits).cues;
    g = { said, average: (w.kind === 'count' || w.kind === 'ratio') && said.has(AVERAGE_CUE) && anyIn(w, AVERAGE_NAMES, w.item, w.num), ofBodies: false, negated: w.kind !== 'percent' && negatedAfter(w) };
    if (w.kind === 'percent' && said.has(BODIES_CUE)) {
      // "98% người dân …", "45% doanh nghiệp …": the bodies right after the rate are what it is a share of.
      const after = w.hits.find((h) => h.start >= w.tail);
      if (after && after.start === w.tail && after.cues.includes(BODIES_CUE)) g.ofBodies = true;
      for (let k = 0; k + 1 < w.hits.length; k++) {
        const h = w.hits[k];
        const next = w.hits[k + 1];
        if (h.start >= w.clause && next.end <= w.num && h.cues.includes(RATE_CUE) && next.cues.includes(BODIES_CUE) && BEFORE_BODIES.test(w.text.slice(h.end, next.start))) g.ofBodies = true;
      }
    }
    gates.set(w, g);
  }
  return g;
}

/** A negation first among a count's own words after its unit ("56 trạm BTS chưa bảo đảm an toàn"),
 *  not one in a later reason ("6.400 thuê bao đã bị khóa do không chuẩn hóa thông tin"). */
function negatedAfter(w: FigureWords): boolean {
  const unit = unitHit(w);
  const from = unit ? unit.end : w.numEnd;
  const first = w.hits.find((h) => h.start >= from);
  return first !== undefined && first.end <= w.tailEnd && first.cues.includes(NEGATED_CUE);
}
const NEGATED_CUE = 'negated';

/** Is one of `names` in the set? (A loop, not a closure made per call: it runs for every signature scored.) */
function saysAny(set: ReadonlySet<string>, names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) if (set.has(names[i])) return true;
  return false;
}

/** One signature against one figure: its score and the hits that met its roles, or why not. */
export function scoreSignature(w: FigureWords, sig: Signature, viaHead: boolean, headOnly = false, explaining = false): { roles: RoleHit[]; score: number } | string {
  // (Why a signature failed is written out only for an explanation: most figures fail most signatures.)
  if (!sig.kinds.includes(w.kind)) return explaining ? `reads ${sig.kinds.join('/')}, not ${w.kind}` : NO;
  if (headOnly && !sig.head) return explaining ? 'not read from the sentence head' : NO;
  const gate = gateOf(w);
  // (Most figures' sentences name none of a signature's things: nothing more to look at.)
  if (!saysAny(gate.said, sig.thing)) return explaining ? `no ${sig.thing.join('/')}` : NO;
  if (gate.average) return explaining ? 'an average' : NO;
  let roles: RoleHit[];
  const counted = w.kind === 'count' || w.kind === 'ratio';
  // What is counted: a count's own unit when it has one; what a rate is a share of when a noun
  // follows it ("87,74% hồ sơ …", "100% cơ quan …").
  const unit = w.kind !== 'density' ? unitHit(w) : undefined;
  // A rate read via the head is one of a list the head is about: the head names the thing.
  if (unit && !(viaHead && !counted)) {
    if (!says(unit, sig.thing)) return explaining ? `counts ${unit.cues.join('/')}` : NO;
    roles = [{ role: 'thing', cue: cueOf(unit, sig.thing), hit: unit, scope: 'unit' }];
  } else {
    if (w.otherUnit && w.kind !== 'density') return explaining ? 'counts something no cue names' : NO;
    // "Tỷ lệ hồ sơ trực tuyến: 45" is no count; "Tổng số hồ sơ: 45%" no share.
    if (w.kind === 'count' && anyIn(w, RATE_NAMES, viaHead ? 0 : w.near, w.num)) return explaining ? 'its words name a rate' : NO;
    if (w.kind === 'percent' && anyIn(w, TOTAL_NAMES, viaHead ? 0 : w.near, w.num)) return explaining ? 'its words name a total' : NO;
    if (w.kind === 'percent' && gateOf(w).ofBodies) return explaining ? 'a share of bodies or people' : NO;
    const t = best(w, sig.thing, viaHead, !counted);
    if (!t) return explaining ? `no ${sig.thing.join('/')}` : NO;
    // Read via the head, the head says what is counted (a list of rates after "Tỷ lệ …:").
    if (viaHead && t.scope !== 'head') return explaining ? `the head names no ${sig.thing.join('/')}` : NO;
    roles = [{ role: 'thing', cue: cueOf(t.hit, sig.thing), hit: t.hit, scope: t.scope }];
  }
  for (const group of sig.needs ?? []) {
    // "100% DVCTT …": a rate followed by what it is a share of says its share itself.
    const thing = roles[0];
    if (w.kind === 'percent' && thing.scope === 'unit' && group.includes(RATE_CUE) && !anyIn(w, RATE_NAMES, w.near, w.num)) {
      roles.push({ role: 'needs', cue: RATE_CUE, hit: thing.hit, scope: 'unit' });
      continue;
    }
    const n = best(w, group, viaHead, false);
    if (n && sig.ownWords && n.scope === 'clause') return explaining ? `${group.join('/')} only in its clause` : NO;
    if (!n) return explaining ? `no ${group.join('/')}` : NO;
    roles.push({ role: 'needs', cue: cueOf(n.hit, group), hit: n.hit, scope: n.scope });
  }
  for (const group of sig.needsBefore ?? []) {
    const h = w.hits.find((x) => x.start >= w.item && x.end <= w.num && says(x, group));
    if (!h) return explaining ? `no ${group.join('/')} before it in its item` : NO;
    roles.push({ role: 'named before', cue: cueOf(h, group), hit: h, scope: 'item' });
  }
  for (const group of sig.needsSentence ?? []) {
    const h = w.hits.find((x) => says(x, group));
    if (!h) return explaining ? `no ${group.join('/')} in the sentence` : NO;
    roles.push({ role: 'in sentence', cue: cueOf(h, group), hit: h, scope: 'head' });
  }
  const veto = vetoed(w, sig, viaHead, explaining);
  if (veto) return veto;
  // Counted things that are not what the action says ("1.234 văn bản đi chưa được ký số"), unless
  // the action was said before them ("Đã khóa … 1.200 thuê bao không cập nhật thông tin").
  if (gate.negated && !roles.some((r) => r.role === 'needs' && r.hit.end <= w.num)) return explaining ? 'negated after its unit' : NO;
  // Nearer scopes count more; within one, a nearer cue a little more ("… tiếp nhận tổng cộng 14.579
  // hồ sơ" after "việc giải quyết TTHC …": received, not resolved); precedence breaks what is left.
  // A role met by the same words as another says nothing more ("1.122 DVCTT" is a service and
  // names a service once): it counts for little, so a signature that finds more words wins.
  let score = 0;
  for (let k = 0; k < roles.length; k++) {
    const r = roles[k];
    let used = false;
    for (let j = 0; j < k && !used; j++) used = roles[j].hit === r.hit;
    score += used ? 1 : QUALITY[r.scope] - Math.min(distance(w, r.hit), 300) / 1000;
  }
  return { roles, score: score + (sig.precedence ?? 0) / 2 };
}

/** The signatures whose counted thing a cue names. */
const BY_THING = new Map<string, { signature: Signature; family: FamilyRules }[]>();
for (const e of ENTRIES) for (const t of e.signature.thing) BY_THING.set(t, [...(BY_THING.get(t) ?? []), e]);

/** A figure's plain scoring (its own words, no explanation), kept: the trace an unclaimed figure
 *  leaves asks for it again. */
const plainScores = new WeakMap<FigureWords, Scored[]>();

/** Every signature scored against a figure, best first; with `explain`, why the others were not. */
export function scoreFigure(w: FigureWords, viaHead: boolean, headOnly: boolean, explain?: Rejected[]): Scored[] {
  const plain = !viaHead && !headOnly && !explain;
  if (plain) {
    const known = plainScores.get(w);
    if (known) return known;
  }
  const out: Scored[] = [];
  for (const { signature, family } of explain ? ENTRIES : saidIn(w.hits).candidates) {
    const r = scoreSignature(w, signature, viaHead, headOnly, !!explain);
    if (typeof r === 'string') {
      if (explain && !r.startsWith('reads ')) explain.push({ signature, reason: r });
      continue;
    }
    out.push({ signature, family, score: r.score, roles: r.roles });
  }
  out.sort((a, b) => b.score - a.score);
  if (plain) plainScores.set(w, out);
  return out;
}

/**
 * The winners: the best, and a second of the same family and score whose action is another cue
 * said together with the first's ("tiếp nhận và giải quyết 2.418 hồ sơ": both facts).
 */
export function winners(scored: Scored[], view: string): Scored[] {
  if (!scored.length) return [];
  const [first, ...rest] = scored;
  const second = rest.find((s) => first.score - s.score < 0.05 && s.family === first.family && s.signature.metric !== first.signature.metric);
  if (second && joinedActions(first, second, view)) return [first, second];
  return [first];
}

/** Two roles met by different hits that stand next to each other joined by "và", "," or "/". */
function joinedActions(a: Scored, b: Scored, view: string): boolean {
  const ha = a.roles.find((r) => r.role === 'needs')?.hit;
  const hb = b.roles.find((r) => r.role === 'needs')?.hit;
  if (!ha || !hb || ha === hb) return false;
  const [x, y] = ha.start < hb.start ? [ha, hb] : [hb, ha];
  return JOINS_ACTIONS.test(view.slice(x.end, y.start));
}
