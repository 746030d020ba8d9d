// Which metric a table row's indicator label states. First the families' own patterns (the same
// ones prose uses), then a similarity match against the families' indicator labels, so rewordings
// ("Tỷ lệ hồ sơ TTHC được tiếp nhận, xử lý trực tuyến") and typos ("buru chính") still land.
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { FAMILIES } from '../../rules/index.js';
import type { FamilyRules, FigureKind } from '../../rules/types.js';
import { plainWords } from './words.js';
import { metricById } from '../catalog.js';
import { dimsOfWords } from './context.js';
import { findCues } from './cues.js';
import { viewOf } from './matching.js';
import { scoreFigure, winners, type FigureWords } from './signatures.js';
import { OTHER_THING } from '../../rules/table-words.js';

export interface IndicatorMatch {
  metric: string;
  dims: Record<string, string>;
  family: FamilyRules;
  rule: string;
  score: number;
}

const tokens = (s: string) => plainWords(s).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1 || /\d/.test(t));

interface Entry {
  metric: string;
  dims: Record<string, string>;
  family: FamilyRules;
  toks: string[];
}

const entries: Entry[] = [];
for (const family of FAMILIES) for (const ind of family.indicators) for (const label of ind.labels) entries.push({ metric: ind.metric, dims: ind.dims ?? {}, family, toks: tokens(label) });

// Inverse document frequency over the labels: rare words ("ký số", "BTS") weigh more than "tỷ lệ".
const df = new Map<string, number>();
for (const e of entries) for (const t of new Set(e.toks)) df.set(t, (df.get(t) ?? 0) + 1);
const idf = (t: string) => Math.log(1 + entries.length / (df.get(t) ?? 0.5));

// Jaro–Winkler only between tokens that could be one word mistyped: same first letter, similar length.
const jw = (a: string, b: string) => (a === b ? 1 : a[0] !== b[0] || Math.abs(a.length - b.length) > 2 ? 0 : JaroWinklerDistance(a, b));
const cache = new Map<string, IndicatorMatch | null>();

/** Weighted share of `from`'s tokens that have a close match in `to`. */
function coverage(from: string[], to: string[]): number {
  let got = 0;
  let all = 0;
  for (const t of from) {
    const w = idf(t);
    all += w;
    let best = 0;
    for (const u of to) best = Math.max(best, jw(t, u));
    if (best >= 0.9) got += w * best;
  }
  return all ? got / all : 0;
}

export const SIMILARITY_THRESHOLD = 0.86;

function dimsFromWords(family: FamilyRules, metric: string, words: string): Record<string, string> {
  const view = viewOf(words);
  return dimsOfWords(family, metric, findCues(view), view.length);
}

/** A label read as the words before a figure ("label: value"), by the signatures. */
function byCues(label: string, kind: FigureKind): IndicatorMatch | null {
  const view = `${viewOf(label)}:`;
  const hits = findCues(view);
  const end = view.length;
  const w: FigureWords = { text: view, hits, kind, num: end, numEnd: end, near: 0, clause: 0, item: 0, tailEnd: end, tail: end, otherUnit: false, headEnd: 0, topic: 0, asides: [], sentenceEnd: end };
  const best = winners(scoreFigure(w, false, false), view)[0];
  if (!best) return null;
  return { metric: best.signature.metric, dims: dimsOfWords(best.family, best.signature.metric, hits, end), family: best.family, rule: best.signature.id, score: 1 };
}

const UNIT_OF_KIND: Record<FigureKind, string> = { count: 'count', ratio: 'count', percent: 'pct', density: 'per100' };
const unitFits = (metric: string, kind: FigureKind) => metricById.get(metric)?.unit === UNIT_OF_KIND[kind];

export function matchIndicator(label: string, kind: FigureKind): IndicatorMatch | null {
  const key = `${kind}|${label}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  const found = matchLabel(label, kind);
  if (cache.size > 5000) cache.clear();
  cache.set(key, found);
  return found;
}


function matchLabel(label: string, kind: FigureKind): IndicatorMatch | null {
  const words = plainWords(label).replace(/^[-–•+]\s*/, '').replace(/[:\s]+$/, '');
  if (OTHER_THING.test(words)) return null;
  // A row "label | value" says what a sentence "label: value" says; a unit in parentheses at the
  // end of the label ("Số trạm BTS (trạm)") is not part of what it names.
  const named = byCues(label.trim().replace(/^[-–•+]\s*/, '').replace(/[:\s]+$/, '').replace(/\s*\((?:\S+\s?){1,4}\)$/u, ''), kind);
  if (named) return named;
  const toks = tokens(words);
  if (toks.length < 2) return null;
  let best: IndicatorMatch | null = null;
  for (const e of entries) {
    // A percent is never a count's value, nor a count a rate's: the similar label must be of the
    // figure's own unit.
    if (!unitFits(e.metric, kind)) continue;
    // Every word of the indicator must be in the label (up to typos); the label may add a few
    // (dims such as "cố định", "di động", or "TTHC").
    const score = coverage(e.toks, toks);
    if (score >= SIMILARITY_THRESHOLD && coverage(toks, e.toks) >= 0.6 && (!best || score > best.score)) {
      best = { metric: e.metric, dims: { ...e.dims }, family: e.family, rule: `${e.family.family}/indicator-label`, score };
    }
  }
  // The label's own words still say the dims ("… băng rộng cố định" → kind fixed).
  if (best) best.dims = { ...dimsFromWords(best.family, best.metric, words), ...best.dims };
  return best;
}
