// What a figure's surroundings say besides its metric: the level in force (cấp tỉnh/huyện/xã), a
// named unit ("xã Phước Bình đạt …"), and the dims a family reads from words.
import type { FamilyRules } from '../../rules/types.js';
import { metricById } from '../catalog.js';
import type { Figure, SentenceFigures } from './figures.js';
import { plainText } from './words.js';

// Matched on the raw sentence (offsets matter), where a line break may stand between two words.
const LEVEL_MARKER = /cấp\s+(tỉnh|huyện|xã)|(toàn\s+tỉnh|trên\s+địa\s+bàn\s+(?:toàn\s+)?tỉnh|các\s+cấp)/gu;
export const LEVEL_OF: Record<string, string> = { tỉnh: 'province', huyện: 'district', xã: 'commune' };

const markersOf = new WeakMap<SentenceFigures, RegExpMatchArray[]>();
/** Level words of a sentence, found once. */
const levelMarkers = (sf: SentenceFigures): RegExpMatchArray[] => {
  let m = markersOf.get(sf);
  if (!m) markersOf.set(sf, (m = [...sf.lower.matchAll(LEVEL_MARKER)]));
  return m;
};

/** The level (cấp tỉnh/huyện/xã) in force at a figure: the last marker before it in its own
 *  parenthesis group or an enclosing one, or "đối với cấp …" right after it. */
export function levelAt(sf: SentenceFigures, fig: Figure): string | undefined {
  const after = fig.view.tail.match(/^(?:[^#]*?)đối với cấp (tỉnh|huyện|xã)/u);
  if (after) return LEVEL_OF[after[1]];
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
    if (d > fig.depth || (m.index ?? 0) < lastSemi) continue;
    // "từ cấp tỉnh đến cấp xã" names every level.
    if (/từ\s*$/u.test(before.slice(Math.max(0, (m.index ?? 0) - 4), m.index)) || /^cấp\s+\S+\s+đến\s+cấp/u.test(before.slice(m.index ?? 0))) continue;
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
      found = m[1] ? LEVEL_OF[m[1]] : 'all';
    }
  }
  return found;
}

const ENTITY = /^(?:(?:xã|phường|thị trấn|huyện|thị xã|thành phố|tp\.?|sở|ubnd|ủy ban nhân dân)\s+)?[A-ZÀ-ỸĐ][\p{L}.-]*(?:\s+[A-ZÀ-ỸĐ0-9][\p{L}.-]*){0,4}$/u;

/** A named unit right before "đạt": "xã Phước Bình đạt 48,77%". */
export function entityAt(sf: SentenceFigures, fig: Figure): string | undefined {
  const raw = plainText(sf.text.slice(fig.nearLeadStart, fig.numStart)).replace(/^[,;:\s]+/, '');
  const m = raw.match(/^(?:.*?(?:như|gồm|là)\s*:\s*)?(.+?)\s+(?:đạt|là|:)\s*$/u);
  if (!m) return undefined;
  const name = m[1].trim();
  if (!ENTITY.test(name) || /^(?:cấp|toàn|tỷ|trong|tổng|số)(?![\p{L}\p{M}])/iu.test(name)) return undefined;
  return name;
}

function firstValue(values: Record<string, RegExp>, text: string): string | undefined {
  for (const [v, re] of Object.entries(values)) if (re.test(text)) return v;
  return undefined;
}

export function readDims(metric: string, family: FamilyRules, fig: Figure, sf: SentenceFigures, viaHead = false): Record<string, string> {
  const out: Record<string, string> = {};
  const words = family.dims[metric] ?? {};
  // A figure named by the sentence head ("Thuê bao băng rộng cố định: …, đạt 20,1 thuê bao/100 dân")
  // takes its dims from there too.
  const scopes = viaHead ? [fig.view.tail, fig.nearLead, fig.view.lead, fig.view.head] : [fig.view.tail, fig.nearLead, fig.view.lead];
  for (const [dim, values] of Object.entries(words)) {
    for (const scope of scopes) {
      const v = firstValue(values, scope);
      if (v) {
        out[dim] = v;
        break;
      }
    }
    if (!out[dim] && family.dimsFromSentence?.includes(metric)) {
      const before = sf.wordsBetween(sf.sentence.start, fig.numStart);
      let best = -1;
      for (const [v, re] of Object.entries(values)) {
        const g = new RegExp(re.source, 'gu');
        for (const m of before.matchAll(g)) if ((m.index ?? 0) > best) {
          best = m.index ?? 0;
          out[dim] = v;
        }
      }
    }
  }
  return out;
}

export function allowed(metric: string, dims: Record<string, string>): Record<string, string> {
  const def = metricById.get(metric);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(dims)) if (def?.dims.includes(k) && v !== 'all') out[k] = v;
  return out;
}
