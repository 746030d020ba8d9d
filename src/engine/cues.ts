// Finding the families' cues in a matching view: every form of every cue, as whole words, the
// longest at each place, leftmost first. Forms and text are cut into the same tokens (words,
// numbers, and single marks such as "/" or ","), so spacing around marks does not matter
// ("máy /100 dân" is "máy/100 dân").
import { FAMILIES } from '../../rules/index.js';
import { SHARED_CUES } from '../../rules/lexicon.js';
import type { Cues } from '../../rules/types.js';
import { viewOf } from './matching.js';

export interface CueHit {
  /** View positions of the words that said it. */
  start: number;
  end: number;
  /** The cues its form belongs to. */
  cues: readonly string[];
}

interface Node {
  next: Map<string, Node>;
  cues: string[] | null;
}
const newNode = (): Node => ({ next: new Map(), cues: null });

const TOKEN = /[\p{L}\p{M}\d]+|[^\s\p{L}\p{M}\d]/gu;

function tokens(s: string): { t: string; s: number; e: number }[] {
  const out: { t: string; s: number; e: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) out.push({ t: m[0], s: m.index, e: m.index + m[0].length });
  return out;
}

/** Which module declared each cue: a name is declared once. */
const declaredBy = new Map<string, string>();
const root = newNode();

function declare(owner: string, cues: Cues): void {
  for (const [name, forms] of Object.entries(cues)) {
    const other = declaredBy.get(name);
    if (other) throw new Error(`cue "${name}" is declared by both ${other} and ${owner}`);
    declaredBy.set(name, owner);
    for (const form of forms) {
      const toks = tokens(viewOf(form));
      if (!toks.length) continue;
      let node = root;
      for (const { t } of toks) {
        let n = node.next.get(t);
        if (!n) node.next.set(t, (n = newNode()));
        node = n;
      }
      if (!node.cues) node.cues = [];
      if (!node.cues.includes(name)) node.cues.push(name);
    }
  }
}

declare('rules/lexicon', SHARED_CUES);
for (const f of FAMILIES) declare(`rules/${f.family}`, f.cues);

/** Is a cue of this name declared anywhere? */
export const isCue = (name: string): boolean => declaredBy.has(name);

/** Every cue said in a view, leftmost-longest, not overlapping. */
export function findCues(view: string): CueHit[] {
  const toks = tokens(view);
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.length; ) {
    let node: Node | undefined = root;
    let best = -1;
    let bestCues: string[] | null = null;
    for (let k = i; k < toks.length; k++) {
      node = node.next.get(toks[k].t);
      if (!node) break;
      if (node.cues) {
        best = k;
        bestCues = node.cues;
      }
    }
    if (best >= 0 && bestCues) {
      hits.push({ start: toks[i].s, end: toks[best].e, cues: bestCues });
      i = best + 1;
    } else i++;
  }
  return hits;
}

/** Does any hit in [from, to) say one of the cues? The nearest to `near` when several do. */
export function hitIn(hits: readonly CueHit[], names: readonly string[], from: number, to: number): CueHit | undefined {
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    for (const c of h.cues) if (names.includes(c)) return h;
  }
  return undefined;
}

export const says = (h: CueHit, names: readonly string[]): boolean => h.cues.some((c) => names.includes(c));
