// Finding the families' cues in a matching view: every form of every cue, as whole words, the
// longest at each place, leftmost first. Forms and text are cut into the same tokens (words,
// numbers, and single marks such as "/" or ","), so spacing around marks does not matter
// ("máy /100 dân" is "máy/100 dân").
import { FAMILIES } from '../../rules/index.js';
import { SHARED_CUES } from '../../rules/lexicon.js';
import type { Cues } from '../../rules/types.js';
import { viewOf } from './matching.js';
import { textsOf, tokenize, TokenTrie, type Tokens } from './tokens.js';

export interface CueHit {
  /** View positions of the words that said it. */
  start: number;
  end: number;
  /** The cues its form belongs to. */
  cues: readonly string[];
}

/** Which module declared each cue: a name is declared once. */
const declaredBy = new Map<string, string>();
const CUES = new TokenTrie<string[]>();

function declare(owner: string, cues: Cues): void {
  for (const [name, forms] of Object.entries(cues)) {
    const other = declaredBy.get(name);
    if (other) throw new Error(`cue "${name}" is declared by both ${other} and ${owner}`);
    declaredBy.set(name, owner);
    for (const form of forms) {
      const toks = textsOf(tokenize(viewOf(form)));
      if (toks.length) CUES.add(toks, (old) => (old?.includes(name) ? old : [...(old ?? []), name]));
    }
  }
}

declare('rules/lexicon', SHARED_CUES);
for (const f of FAMILIES) declare(`rules/${f.family}`, f.cues);

/** Is a cue of this name declared anywhere? */
export const isCue = (name: string): boolean => declaredBy.has(name);

/** Every cue said in a view, leftmost-longest, not overlapping. */
export function findCues(view: string | Tokens): CueHit[] {
  const toks = typeof view === 'string' ? tokenize(view) : view;
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.s.length; i++) {
    const last = CUES.longest(toks, i);
    if (last < 0) continue;
    hits.push({ start: toks.s[i], end: toks.e[last], cues: CUES.value! });
    i = last;
  }
  return hits;
}

/** The cues each word of a view names on its own (not only the longest form at each place): the
 *  "2G", "3G", "4G" of "trạm BTS 2G, 3G, 4G". */
export function cuesOfWords(view: string): { at: number; cues: readonly string[] }[] {
  const toks = tokenize(view);
  const out: { at: number; cues: readonly string[] }[] = [];
  for (let i = 0; i < toks.s.length; i++) {
    const last = CUES.longest(toks, i, i + 1);
    if (last === i) out.push({ at: toks.s[i], cues: CUES.value! });
  }
  return out;
}

/** Does any hit in [from, to) say one of the cues? The nearest to `near` when several do. */
export function hitIn(hits: readonly CueHit[], names: readonly string[], from: number, to: number): CueHit | undefined {
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    for (const c of h.cues) if (names.includes(c)) return h;
  }
  return undefined;
}

export function says(h: CueHit, names: readonly string[]): boolean {
  // (Loops, not some/includes with a closure: it runs for every hit of every signature scored.)
  const cues = h.cues;
  for (let i = 0; i < cues.length; i++) for (let j = 0; j < names.length; j++) if (cues[i] === names[j]) return true;
  return false;
}
