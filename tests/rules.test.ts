// Every rule module's own examples: text in, facts out; counterexamples give nothing.
import { describe, expect, it } from '@jest/globals';
import { FAMILIES } from '../rules/index.js';
import type { ExpectedFact } from '../rules/types.js';
import { metricById } from '../src/catalog.js';
import { isCue } from '../src/engine/cues.js';
import { extractFacts } from '../src/engine/index.js';
import type { FactDraft } from '../src/engine/types.js';
import { computeLineStarts, type TextDocument } from '../src/model.js';
import { extractTxt } from '../extractors/txt.js';

/** Blank-line chunks as paragraphs; an example with tab-separated lines is read by the txt reader, which knows tables. */
function docOf(text: string): TextDocument {
  if (text.includes('\t')) return extractTxt(new TextEncoder().encode(text), 'example.txt');
  const blocks: TextDocument['blocks'] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m; (m = re.exec(text)); ) blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  return { format: 'txt', text, lineStarts: computeLineStarts(text), pages: [], blocks, warnings: [] };
}

// Examples are read as if from a Ninh Thuận report, so a clause about another province is not its own.
const REPORT = { period: null, province_code: '58' };

const show = (f: FactDraft | ExpectedFact) => `${f.metric} ${JSON.stringify(f.dims ?? {})} = ${f.value}${f.basis && f.basis !== 'actual' ? ` (${f.basis})` : ''}`;
const sameDims = (a: Record<string, string> = {}, b: Record<string, string> = {}) => {
  const clean = (d: Record<string, string>) => JSON.stringify(Object.fromEntries(Object.entries(d).filter(([, v]) => v !== 'all').sort()));
  return clean(a) === clean(b);
};
const matches = (got: FactDraft, want: ExpectedFact) =>
  got.metric === want.metric && sameDims(got.dims, want.dims) && Math.abs(got.value - want.value) < 1e-9 && got.basis === (want.basis ?? 'actual') && (want.qualifier === undefined || got.qualifier === want.qualifier);

describe.each(FAMILIES.map((f) => [f.family, f] as const))('%s rules', (family, rules) => {
  it('name only catalog metrics and dims', () => {
    for (const r of [...rules.signatures, ...(rules.idioms ?? [])]) expect(metricById.has(r.metric)).toBe(true);
    for (const ind of rules.indicators) expect(metricById.has(ind.metric)).toBe(true);
    for (const [metric, dims] of Object.entries(rules.dims)) for (const dim of Object.keys(dims)) expect(metricById.get(metric)?.dims).toContain(dim);
  });

  it('name only cues that are declared', () => {
    const named = (xs: (string | string[])[] | undefined) => (xs ?? []).flat();
    const unknown = new Set<string>();
    for (const s of rules.signatures) {
      for (const c of [...s.thing, ...named(s.needs), ...named(s.needsBefore), ...named(s.needsSentence), ...named(s.veto), ...(s.vetoBefore?.cues ?? []), ...(s.vetoBefore?.unless ?? []), ...(s.vetoSentence ?? [])]) if (!isCue(c)) unknown.add(`${s.id}: ${c}`);
    }
    for (const dims of Object.values(rules.dims)) for (const values of Object.values(dims)) for (const v of Object.values(values)) for (const c of Array.isArray(v) ? v : [...v.any, ...v.unless]) if (!isCue(c)) unknown.add(`dims: ${c}`);
    for (const { later, keepIf } of Object.values(rules.notWithLater ?? {})) for (const c of [...later, ...(keepIf ?? [])]) if (!isCue(c)) unknown.add(`notWithLater: ${c}`);
    expect([...unknown]).toEqual([]);
  });

  it.each(rules.examples.map((e) => [e.text.slice(0, 70), e] as const))('example: %s…', (_t, ex) => {
    const doc = docOf(ex.text);
    const got = extractFacts(doc, REPORT);
    for (const g of got) {
      expect(doc.text.slice(g.quoteSpan.start, g.quoteSpan.end)).toContain(g.raw);
      expect(doc.text.slice(g.valueSpan.start, g.valueSpan.end)).toBe(g.raw);
    }
    const missing = ex.facts.filter((w) => !got.some((g) => matches(g, w))).map(show);
    expect(missing).toEqual([]);
    if (ex.only) {
      const extra = got.filter((g) => metricById.get(g.metric)?.family === family && !ex.facts.some((w) => matches(g, w))).map(show);
      expect(extra).toEqual([]);
    }
  });

  it.each(rules.counterexamples.map((t) => [t.slice(0, 70), t] as const))('gives nothing: %s…', (_t, text) => {
    const got = extractFacts(docOf(text), REPORT).filter((g) => metricById.get(g.metric)?.family === family);
    expect(got.map(show)).toEqual([]);
  });
});
