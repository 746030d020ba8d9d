// Which figure a figure is a part of, from the text's structure: the figure before a "trong đó"
// (gồm, cụ thể…) of its own parenthesis group, or the figure just outside its '('.
import type { Figure, SentenceFigures } from './figures.js';
import { PART_MARKER } from '../../rules/sentence-words.js';


const markersOf = new WeakMap<SentenceFigures, number[]>();
/** Where a sentence says "trong đó" (gồm, cụ thể…), found once. */
function partMarkers(sf: SentenceFigures): number[] {
  let m = markersOf.get(sf);
  if (!m) {
    m = [];
    for (const x of sf.lower.matchAll(PART_MARKER)) m.push(sf.sentence.start + (x.index ?? 0));
    markersOf.set(sf, m);
  }
  return m;
}

/**
 * The figures a figure may be a part of, nearest first: those before a "trong đó" (gồm, cụ thể…)
 * of its own parenthesis group, then those just outside its '('.
 */
export function wholeCandidates(sf: SentenceFigures, i: number): { candidates: number[] } {
  const fig = sf.figures[i];
  const groupStart = fig.groupOpen >= 0 ? fig.groupOpen : sf.sentence.start;
  const markers = partMarkers(sf).filter((at) => at >= groupStart && at < fig.numStart && sf.depthAt(at) === fig.depth);
  const candidates: number[] = [];
  if (markers.length) {
    const at = markers[markers.length - 1];
    for (let k = i - 1; k >= 0 && sf.figures[k].numStart >= groupStart; k--) {
      if (sf.figures[k].numStart < at && sf.figures[k].depth === fig.depth) candidates.push(k);
    }
  }
  if (fig.depth > 0) {
    for (let k = i - 1; k >= 0; k--) {
      const f = sf.figures[k];
      if (f.numStart < fig.groupOpen && f.depth === fig.depth - 1) candidates.push(k);
    }
  }
  return { candidates };
}

/** The index of the count a figure is a part of, by the text's structure alone (-1 when none). */
export function wholeIndex(sf: SentenceFigures, i: number): number {
  return wholeCandidates(sf, i).candidates.find((k) => sf.figures[k].kind === 'count') ?? -1;
}

export function unitsAgree(part: Figure, whole: Figure): boolean {
  if (part.kind === 'percent') return true;
  return part.unit === '' || part.unit === whole.unit;
}
