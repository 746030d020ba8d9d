// The figures of one sentence and the words around each: what the rules read.
import type { Mention } from '../numbers/types.js';
import type { FigureKind, FigureView } from '../../rules/types.js';
import { fromDoc, type JoinedText, type Sentence } from './segments.js';
import { lowerSameLength, unitKey } from './words.js';
import { matchingView, type MatchingView } from './matching.js';
import { findCues, type CueHit } from './cues.js';
import { DIM_CUES, THING_CUES, unitHit, type FigureWords } from './signatures.js';
import { BEFORE_NOUN, JOINS_FIGURES, NOT_A_UNIT, OF_TOTAL_CUE, PER_100_AFTER, PER_100_BEFORE, PER_100_OF, PER_100_PEOPLE_AFTER, SCALE_WORD_AT, TOPIC_OPENING } from '../../rules/lexicon.js';
import { isHedge } from '../../rules/sentence-words.js';

export interface Figure {
  mention: Mention;
  /** Joined-view offsets of the number(s) as written (without the unit). */
  numStart: number;
  numEnd: number;
  /** Paren depth at the number, and the offset of the '(' that opens its group (-1 at depth 0). */
  depth: number;
  groupOpen: number;
  kind: FigureKind | null;
  view: FigureView;
  /** Text before the number back to the previous figure or punctuation (joined offsets). */
  nearLeadStart: number;
  /** Text before the number back to punctuation, over other figures. */
  clauseStart: number;
  tailEnd: number;
  unit: string;
  /** Lower-case words between the previous figure and this one. */
  nearLead: string;
  /** Where its words lie in the sentence's matching view: what signatures are scored on. */
  words: FigureWords;
}

const BEFORE_NOUN_AT = new RegExp(BEFORE_NOUN.source.replace(/^\^/, ''), 'uy');
/** The length of a sticky pattern's match at `at` (0 when none): no slice of the rest of the text. */
function stickyAt(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(s);
  return m ? m[0].length : 0;
}

const JOINS_ALL = new RegExp(JOINS_FIGURES.source, 'gu');

/** , ; ( ) end the words around a figure. */
const isBoundary = (c: number) => c === 44 || c === 59 || c === 40 || c === 41;

function kindOf(m: Mention, after: string): FigureKind | null {
  if (m.role) return null;
  // "… thuê bao/100 dân", "… thuê bao trên 100 người dân" (the unit right before it, no clause between).
  if (m.kind !== 'percent' && after.slice(0, 80).includes('100') && PER_100_PEOPLE_AFTER.test(after.slice(0, 80))) return 'density';
  switch (m.kind) {
    case 'percent':
      return 'percent';
    case 'ratio':
      return 'ratio';
    case 'density':
      return 'density';
    case 'count':
      return 'count';
    default:
      return null;
  }
}

/**
 * Paren depth and the '(' that opened the innermost group, at any offset of a sentence. Only the
 * parentheses are kept (sentences have a handful), not a table over every offset.
 */
function parenMap(text: string, start: number, end: number): { depthAt(at: number): number; groupAt(at: number): number } {
  const parens: number[] = [];
  for (let i = text.indexOf('(', start), j = text.indexOf(')', start); ; ) {
    const k = i >= 0 && i < end && (j < 0 || j >= end || i < j) ? i : j >= 0 && j < end ? j : -1;
    if (k < 0) break;
    parens.push(k);
    if (k === i) i = text.indexOf('(', i + 1);
    else j = text.indexOf(')', j + 1);
  }
  /** The open groups before `at` (clamped to the sentence), innermost last. */
  const stackAt = (at: number): number[] => {
    const p = Math.min(Math.max(at, start), end);
    const stack: number[] = [];
    for (const k of parens) {
      if (k >= p) break;
      if (text[k] === '(') stack.push(k);
      else if (stack.length) stack.pop();
    }
    return stack;
  };
  return {
    depthAt: (at) => stackAt(at).length,
    groupAt: (at) => {
      const stack = stackAt(at);
      return stack.length ? stack[stack.length - 1] : -1;
    },
  };
}

export interface SentenceFigures {
  sentence: Sentence;
  text: string;
  figures: Figure[];
  /** Depth of parens at any joined offset within the sentence. */
  depthAt(at: number): number;
  /** The '(' that opens the group at an offset (-1 outside any). */
  groupAt(at: number): number;
  /** Lower-case words of the sentence. */
  words: string;
  head: string;
  /** The sentence lower-cased, offset for offset (index 0 is sentence.start). */
  lower: string;
  /** Matching-view words between two joined-view offsets of the sentence. */
  wordsBetween(from: number, to: number): string;
  /** The sentence's matching view, and the cues said in it. */
  view: MatchingView;
  hits: readonly CueHit[];
  /** Counts written after a '/' with their unit ("62.118 hồ sơ/78.540 hồ sơ"): wholes of the figure before, not figures of their own. */
  slashWholes: readonly Placed[];
}

type Placed = { m: Mention; s: number; e: number };

/** The mentions of a paragraph at their joined-view offsets, found once for all its sentences. */
const placedByPara = new WeakMap<JoinedText, { mentions: readonly Mention[]; placed: Placed[] }>();
function placedIn(j: JoinedText, mentions: readonly Mention[]): Placed[] {
  const known = placedByPara.get(j);
  if (known && known.mentions === mentions) return known.placed;
  const placed: Placed[] = [];
  for (const m of mentions) {
    const first = m.numbers[0] ?? m;
    const last = m.numbers[m.numbers.length - 1] ?? m;
    const s = fromDoc(j, first.start);
    if (s < 0) continue;
    placed.push({ m, s, e: fromDoc(j, last.end) });
  }
  placed.sort((a, b) => a.s - b.s);
  placedByPara.set(j, { mentions, placed });
  return placed;
}

/** The first of `placed` (sorted) that starts at or after `at`. */
function firstFrom(placed: Placed[], at: number): number {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid].s < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions inside a sentence, as figures with their surrounding words; null when none of them is
 *  a figure the rules read (a count, a rate, a ratio or a density). */
export function sentenceFigures(sentence: Sentence, mentions: readonly Mention[]): SentenceFigures | null {
  const j: JoinedText = sentence.para;
  const text = j.text;

  const placed: Placed[] = [];
  const slashWholes: Placed[] = [];
  // (A paragraph's mentions are placed once; each sentence reads only its own.)
  const all = placedIn(j, mentions);
  for (let k = firstFrom(all, sentence.start); k < all.length && all[k].s < sentence.end; k++) {
    const { m, s, e } = all[k];
    if (e < 0) continue;
    // "…/100 dân": the 100 belongs to the density before it; "45.000 hồ sơ/ 75.000 hồ sơ": the
    // 75.000 is the whole the figure before it is a part of, not a count of the same thing.
    if (/\/\s*$/.test(text.slice(Math.max(sentence.start, s - 3), s))) {
      if (m.unit && m.kind === 'count') slashWholes.push({ m, s, e });
      continue;
    }
    // "Mật độ … trên 100 hộ gia đình đạt 60": the 100 is what the density is per.
    if (m.value === 100 && PER_100_BEFORE.test(text.slice(Math.max(sentence.start, s - 6), s)) && PER_100_OF.test(text.slice(e, e + 20))) continue;
    placed.push({ m, s, e });
  }
  placed.sort((a, b) => a.s - b.s);
  // Most sentences hold no figure, and many only dates, ordinals or money: nothing else is worth
  // computing for them (no rule reads a figure of no kind).
  if (!placed.some((p) => kindOf(p.m, text.slice(p.e, Math.min(sentence.end, p.e + 80))))) return null;

  const { depthAt, groupAt } = parenMap(text, sentence.start, sentence.end);

  const firstStart = placed[0].s;
  const view = matchingView(text, sentence.start, sentence.end);
  const hits = findCues(view.tokens);
  const wordsBetween = view.words;
  const head = wordsBetween(sentence.start, firstStart);
  const words = wordsBetween(sentence.start, sentence.end);
  const headEnd = view.pos(firstStart);
  const sentenceEnd = view.text.length;
  // Parenthesized groups of the sentence, in view positions: a figure's asides are those closed before it.
  const groups: [number, number, number, number][] = [];
  {
    const open: number[] = [];
    for (let k = sentence.start; k < sentence.end; k++) {
      if (text[k] === '(') open.push(k);
      else if (text[k] === ')' && open.length) {
        const a = open.pop()!;
        groups.push([a, k, view.pos(a), view.pos(k + 1)]);
      }
    }
  }
  // (A group that only names one cue, "trạm eNodeB (4G)", "thuê bao (FTTH)", glosses the words
  // before it: no aside.)
  const asides: [number, number][] = [];
  const glosses = new Set<number>();
  for (const [open, , a, b] of groups) {
    const inner = hits.filter((h) => h.start > a && h.end < b);
    if (inner.length === 1 && view.text.slice(a + 1, b - 1).trim() === view.text.slice(inner[0].start, inner[0].end)) glosses.add(open);
    else asides.push([a, b]);
  }
  const comma = view.text.indexOf(',');
  const topic = TOPIC_OPENING.test(view.text) && comma > 0 && comma < headEnd ? comma : 0;
  // Between two figures with no punctuation between them, a joining word ("và", "hoặc") ends the
  // first one's unit phrase and starts the second one's words.
  const joins: number[] = [];
  for (let i = 0; i + 1 < placed.length; i++) {
    const gap = text.slice(placed[i].e, placed[i + 1].s);
    let at = -1;
    // (Commas may stand before the join: "… ở cấp tỉnh, cấp huyện cùng 80% …".)
    if (!/[;()]/.test(gap)) {
      // (Not a "và" inside a cue's words: "đúng và trước hạn".)
      JOINS_ALL.lastIndex = 0;
      for (let m; (m = JOINS_ALL.exec(gap)); ) {
        const p = view.pos(placed[i].e + m.index + 1);
        if (hits.some((h) => h.start < p && p < h.end)) continue;
        if (!gap.includes(',') || !gap.slice(m.index).includes(',')) at = placed[i].e + m.index;
        break;
      }
    }
    joins.push(at);
  }
  const figures: Figure[] = [];
  for (let i = 0; i < placed.length; i++) {
    const { m, s, e } = placed[i];
    const prevEnd = i > 0 ? (joins[i - 1] >= 0 ? joins[i - 1] : placed[i - 1].e) : sentence.start;
    const nextStart = i + 1 < placed.length ? (joins[i] >= 0 ? joins[i] : placed[i + 1].s) : sentence.end;
    // Lead: back to punctuation (clause) or to the previous figure (near).
    let clauseStart = s;
    // (An aside in parentheses that holds no figure does not end it: "Tỷ lệ hồ sơ công việc xử lý
    // trên môi trường mạng (không kể hồ sơ … mật) ở cấp tỉnh đạt 90%".)
    for (;;) {
      while (clauseStart > sentence.start && !isBoundary(text.charCodeAt(clauseStart - 1))) clauseStart--;
      const aside = text[clauseStart - 1] === ')' ? groups.find(([a, b]) => b === clauseStart - 1 && (glosses.has(a) || !/\d/.test(text.slice(a, b)))) : undefined;
      if (aside) {
        clauseStart = aside[0];
        continue;
      }
      // A comma inside one cue ("đúng, trước hạn", "tích hợp, cung cấp") ends no clause.
      const comma = text.charCodeAt(clauseStart - 1) === 44 ? view.pos(clauseStart - 1) : -1;
      const across = comma >= 0 ? hits.find((h) => h.start < comma && comma < h.end) : undefined;
      if (!across) break;
      clauseStart = Math.max(sentence.start, view.source(across.start));
    }
    const nearLeadStart = Math.max(clauseStart, prevEnd);
    const afterAll = text.slice(e, sentence.end);
    const kind = kindOf(m, afterAll);
    // Where the words after the number start in the view: past "%" and the scale word ("1,2 triệu
    // thuê bao" counts thuê bao, except in money), and for a rate past "số", "các" before its noun.
    const numEndPos = view.pos(e);
    let tailPos = numEndPos;
    while (tailPos < sentenceEnd && /[\s%]/u.test(view.text[tailPos])) tailPos++;
    if (m.scale && m.kind !== 'money') tailPos += stickyAt(SCALE_WORD_AT, view.text, tailPos);
    if (kind === 'percent') tailPos += stickyAt(BEFORE_NOUN_AT, view.text, tailPos);
    // A rate followed by what it is a share of ("100% hồ sơ công việc, hồ sơ thủ tục hành chính ở
    // các cấp … đều được xử lý trên môi trường mạng"): its words run to the next figure or ';'.
    const subjectAfter = kind === 'percent' && hits.some((h) => h.start === tailPos && h.cues.some((c) => THING_CUES.has(c)));
    // Tail: forward to punctuation or the next figure; a density runs to its "/100 dân".
    let tailEnd = e;
    if (kind === 'density') {
      // The "per" part belongs to the words the rules read: per 100 households is not per 100 inhabitants.
      const d = afterAll.match(PER_100_AFTER);
      tailEnd = d ? e + d[0].length : e;
    } else if (subjectAfter) {
      tailEnd = clauseEnd(text, e, nextStart);
    } else {
      tailEnd = tailFrom(text, e, nextStart, sentence.end);
    }
    // A gloss right after the unit ("… 310 trạm gNodeB (5G) …") is part of it.
    if (kind !== 'density') {
      let k = tailEnd;
      while (k < sentence.end && text[k] === ' ') k++;
      const gloss = text[k] === '(' && glosses.has(k) ? groups.find(([open]) => open === k) : undefined;
      if (gloss && (nextStart >= sentence.end || nextStart > gloss[1])) tailEnd = gloss[1] + 1;
    }
    // A unit said with a comma in it ("văn bản đi, đến") is one: the tail runs to its end.
    const unitHere = hits.find((h) => h.start === tailPos);
    if (unitHere && unitHere.end > view.pos(tailEnd) && (nextStart >= sentence.end || view.pos(nextStart) >= unitHere.end)) tailEnd = view.source(unitHere.end);
    const tail = view.text.slice(tailPos, view.pos(tailEnd)).trim();
    // A hedge right before the number ("đạt hơn 1,2 triệu") is kept on the mention, not in the
    // words the rules read ("đạt # …").
    const q = m.qualifierSpan ? fromDoc(j, m.qualifierSpan.start) : -1;
    const leadEnd = q >= clauseStart && q < s && isHedge(text.slice(q, s)) ? q : s;
    const clauseLead = wordsBetween(clauseStart, leadEnd);
    const nearLead = wordsBetween(nearLeadStart, s);
    const vf: FigureView = {
      kind: kind ?? 'count',
      frame: `${clauseLead} # ${tail}`,
      lead: clauseLead,
      tail,
      head,
      sentence: words,
    };
    const tailEndPos = view.pos(tailEnd);
    const firstWord = /^[\p{L}\p{M}]+/u.exec(view.text.slice(tailPos, tailEndPos))?.[0];
    const fw: FigureWords = {
      text: view.text,
      hits,
      kind: kind ?? 'count',
      num: view.pos(leadEnd),
      numEnd: numEndPos,
      near: view.pos(nearLeadStart),
      clause: view.pos(clauseStart),
      item: view.pos(Math.max(sentence.start, text.lastIndexOf(';', s) + 1)),
      tailEnd: tailEndPos,
      tail: tailPos,
      // (A rate may be followed by a state, "98,8% đúng hạn"; a count only by what it counts.)
      otherUnit: firstWord !== undefined && !NOT_A_UNIT.has(firstWord) && !hits.some((h) => h.start === tailPos && (kind === 'percent' || h.cues.some((c) => THING_CUES.has(c)))),
      headEnd,
      topic,
      asides,
      sentenceEnd,
    };
    figures.push({
      mention: m,
      numStart: s,
      numEnd: e,
      depth: depthAt(s),
      groupOpen: groupAt(s),
      kind,
      view: vf,
      nearLeadStart,
      clauseStart,
      tailEnd,
      unit: kind === 'percent' ? '%' : unitKey(tail),
      nearLead,
      words: fw,
    });
  }
  // A count said without its noun, next to an item that says it ("Tiếp nhận 7.000 hồ sơ, giải quyết
  // 6.900, trễ hạn 5"; "Cấp tỉnh tiếp nhận 25.000, cấp huyện 30.000 hồ sơ") counts the same thing.
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.kind !== 'count' || f.unit !== '' || !/^[\s.,;:]*$/u.test(view.text.slice(f.words.tail, f.words.tailEnd))) continue;
    // (A neighbour of the same list item: a comma or "và" between, no ';' or parenthesis. Its noun
    // is its unit, or, for the one before when neither has a unit and this one's words name no
    // thing, the counted thing its own words name: "Hồ sơ giải quyết đúng hạn 45.678, trễ hạn 90".)
    const thingIn = (h: CueHit) => h.cues.some((c) => THING_CUES.has(c));
    const ownsNoThing = !hits.some((h) => h.start >= f.words.near && h.end <= f.words.num && thingIn(h));
    const nounOf = (o: Figure, isBefore: boolean): CueHit | undefined => {
      const unit = unitHit(o.words);
      if (unit || !isBefore || o.unit !== '' || !ownsNoThing) return unit;
      return hits.find((h) => h.start >= o.words.near && h.end <= o.words.num && thingIn(h));
    };
    const lends = (o: Figure, between: string, isBefore: boolean) => o.kind === 'count' && o.depth === f.depth && !/[;()]/.test(between) && /,|\svà\s/u.test(between) && nounOf(o, isBefore) !== undefined;
    const before = figures[i - 1];
    const after = figures[i + 1];
    const fromBefore = before && lends(before, text.slice(before.numEnd, f.numStart), true);
    const from = fromBefore ? before : after && lends(after, text.slice(f.numEnd, after.numStart), false) ? after : undefined;
    if (!from) continue;
    f.words = { ...f.words, sharedUnit: nounOf(from, fromBefore) };
    f.unit = from.unit;
  }
  // A bare item of a list ("xây dựng thêm 56 trạm BTS, 23 trạm 5G"; "phát triển mới 1.234 thuê bao
  // cố định, 23.456 thuê bao di động") says no verb of its own: it shares the words of the item
  // before it, when it counts the same thing and its own words add only dims.
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i];
    const prev = figures[i - 1];
    if (f.kind !== prev.kind || f.unit === '' || f.unit !== prev.unit || f.depth !== prev.depth) continue;
    if (!/^[\s,]*$/u.test(view.text.slice(f.words.near, f.words.num)) || /[;()]/.test(text.slice(prev.numEnd, f.numStart))) continue;
    const bare = hits.every((h) => h.end <= f.words.numEnd || h.start >= f.words.tailEnd || h.cues.some((c) => THING_CUES.has(c) || DIM_CUES.has(c)));
    if (bare) f.words = { ...f.words, near: prev.words.near };
  }
  // "68,54% trên tổng cộng 168.000 hồ sơ … được xử lý trực tuyến": a rate taken of the whole after
  // it is described by that whole's words too.
  for (let i = 0; i + 1 < figures.length; i++) {
    const f = figures[i];
    const next = figures[i + 1];
    if (f.kind !== 'percent') continue;
    const of = hits.find((h) => h.start === f.words.tail && h.cues.includes(OF_TOTAL_CUE));
    if (!of || next.words.num - of.end > 1) continue;
    f.words = { ...f.words, tailEnd: next.words.tailEnd };
    f.tailEnd = next.tailEnd;
    f.view = { ...f.view, tail: view.text.slice(f.words.tail, f.words.tailEnd).trim() };
    f.view.frame = `${f.view.lead} # ${f.view.tail}`;
  }
  return new ReadSentence(sentence, text, figures, depthAt, groupAt, words, head, wordsBetween, view, hits, slashWholes);
}

/** A sentence's figures and words. (A class, not an object literal with a getter: V8 builds such a
 *  literal on a slow path, and one is made for every sentence that holds a figure.) */
class ReadSentence implements SentenceFigures {
  private lowered: string | undefined = undefined;
  constructor(
    readonly sentence: Sentence,
    readonly text: string,
    readonly figures: Figure[],
    readonly depthAt: (at: number) => number,
    readonly groupAt: (at: number) => number,
    readonly words: string,
    readonly head: string,
    readonly wordsBetween: (from: number, to: number) => string,
    readonly view: MatchingView,
    readonly hits: readonly CueHit[],
    readonly slashWholes: readonly Placed[],
  ) {}

  get lower(): string {
    return (this.lowered ??= lowerSameLength(this.text.slice(this.sentence.start, this.sentence.end)));
  }
}

/** Where a rate's words end when its noun follows it: at the next figure, ';', or the ')' that closes its group. */
function clauseEnd(text: string, e: number, nextStart: number): number {
  let depth = 0;
  for (let k = e; k < nextStart; k++) {
    const c = text[k];
    if (c === ';') return k;
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return k;
  }
  return nextStart;
}

/**
 * Where a figure's unit phrase ends: at punctuation or the next figure. Short pieces after a comma
 * that hold no figure still say what is counted ("… cho các tổ chức, cá nhân."), and so does the
 * rest after an aside in parentheses that holds no figure ("1.618 TTHC cung cấp dưới dạng dịch vụ
 * công trực tuyến (DVCTT) toàn trình").
 */
function tailFrom(text: string, e: number, nextStart: number, sentenceEnd: number): number {
  let tailEnd = e;
  while (tailEnd < nextStart && !isBoundary(text.charCodeAt(tailEnd))) tailEnd++;
  for (let pieces = 0; pieces < 4; pieces++) {
    if (text[tailEnd] === ',') {
      let k = tailEnd + 1;
      while (k < nextStart && !isBoundary(text.charCodeAt(k))) k++;
      const short = text.slice(tailEnd + 1, k).trim().split(/\s+/).length <= 3;
      const noFigure = k < nextStart || nextStart === sentenceEnd;
      if (!(short && noFigure && text[k] !== '(')) break;
      tailEnd = k;
    } else if (text[tailEnd] === '(' && tailEnd > e && /\p{L}/u.test(text.slice(e, tailEnd))) {
      const close = text.indexOf(')', tailEnd);
      if (close < 0 || close >= nextStart || /[\d(]/.test(text.slice(tailEnd + 1, close)) || text.slice(tailEnd + 1, close).trim().split(/\s+/).length > 3) break;
      let k = close + 1;
      while (k < nextStart && !isBoundary(text.charCodeAt(k))) k++;
      if (!/\p{L}/u.test(text.slice(close + 1, k))) break;
      tailEnd = k;
    } else break;
  }
  return tailEnd;
}
