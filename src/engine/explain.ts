// Why a figure got its metric (or none): what `baocao text FILE --explain` prints and what a figure
// whose counted thing is known but that no signature claimed leaves in skipped.jsonl.
import type { Span } from '../model.js';
import type { FigureWords, Rejected, Scored } from './signatures.js';
import { scoreFigure, unitHit, THING_CUES } from './signatures.js';
import type { CueHit } from './cues.js';

export interface CueSeen {
  cues: string[];
  words: string;
  /** unit, own (its own words), clause, item, head, sentence */
  where: string;
}

export interface FigureExplanation {
  /** The number's place in the document. */
  span: Span;
  raw: string;
  kind: string;
  /** The figure's words as the signatures read them: `lead # tail` in the matching view. */
  frame: string;
  cues: CueSeen[];
  /** Signatures whose roles were met, best first. */
  scored: { id: string; metric: string; score: number; roles: string[] }[];
  /** Signatures of a family whose cues were seen that were turned down, and why. */
  rejected: { id: string; reason: string }[];
  /** What the figure became, and by which rule (a signature, an idiom, or a relation to another figure). */
  metric: string | null;
  rule: string | null;
  /** Why a figure its words named is not this report's fact (another province's, one unit's, an example's). */
  setAside?: string;
}

function where(w: FigureWords, h: CueHit, unit: CueHit | undefined): string {
  if (h === unit) return 'unit';
  if (h.start >= w.numEnd && h.end <= w.tailEnd) return 'own';
  if (h.end <= w.num && h.start >= w.near) return 'own';
  if (h.end <= w.num && h.start >= w.clause) return 'clause';
  if (h.end <= w.num && h.start >= w.item) return 'item';
  if (h.end <= w.headEnd) return 'head';
  return 'sentence';
}

/** The cues around a figure and how every signature fared with them. */
export function explainFigure(w: FigureWords, view: string, span: Span, raw: string, frame: string, nearOnly = false): FigureExplanation {
  const unit = w.kind === 'count' || w.kind === 'ratio' ? unitHit(w) : undefined;
  // (A trace left for every unclaimed figure keeps the cues of its own item: a long sentence's other
  // cues, once per figure, cost more than they tell.)
  const hits = nearOnly ? w.hits.filter((h) => h.start >= w.item && h.end <= w.tailEnd) : w.hits;
  const cues = hits.map((h) => ({ cues: [...h.cues], words: view.slice(h.start, h.end), where: where(w, h, unit) }));
  const rejected: Rejected[] = [];
  // (A trace left for every unclaimed figure says what was scored, not why each signature failed:
  // writing out the reasons costs more than the rest of its reading.)
  const scored: Scored[] = scoreFigure(w, false, false, nearOnly ? undefined : rejected);
  const seen = rejected.length ? new Set(w.hits.flatMap((h) => h.cues)) : null;
  return {
    span,
    raw,
    kind: w.kind,
    frame,
    cues,
    scored: scored.map((s) => ({ id: s.signature.id, metric: s.signature.metric, score: Math.round(s.score * 100) / 100, roles: s.roles.map((r) => `${r.role}=${r.cue}@${r.scope}`) })),
    // Only signatures whose counted thing was said somewhere in the sentence: the rest are noise.
    rejected: seen ? rejected.filter((r) => r.signature.thing.some((t) => seen.has(t))).map((r) => ({ id: r.signature.id, reason: r.reason })) : [],
    metric: null,
    rule: null,
  };
}

/** Does the figure count a thing some signature knows (its unit, or a rate's words)? */
export function countsKnownThing(w: FigureWords): boolean {
  if (w.kind === 'count' || w.kind === 'ratio') return unitHit(w) !== undefined;
  return w.hits.some((h) => h.start >= w.clause && h.end <= w.tailEnd && h.cues.some((c) => THING_CUES.has(c)));
}
