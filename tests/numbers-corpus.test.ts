// The normalizer over every corpus report: no digit group left unclassified, and every figure of
// the hand-made gold annotations found with its value.
import { describe, it, expect } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyDigitGroups, findMentions } from '../src/numbers/index.js';

const corpusDir = ['fixtures/reports', '../shared/corpus'].map((d) => path.resolve(d)).find((d) => existsSync(d) && readdirSync(d).some((n) => n.endsWith('.txt')));
const goldDir = ['fixtures/gold', '../shared/gold'].map((d) => path.resolve(d)).find((d) => existsSync(d))!;
if (!corpusDir) throw new Error('no corpus: expected .txt reports in fixtures/reports or ../shared/corpus');
const reports = readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort();

interface GoldFact {
  value: number;
  quote: string;
  change_pct?: number;
  qualifier?: string;
}

describe.each(reports)('corpus report %s', (name) => {
  const text = readFileSync(path.join(corpusDir, name), 'utf8').normalize('NFC');
  const groups = classifyDigitGroups(text);
  const mentions = findMentions(text);

  it('has digit groups and mentions', () => {
    expect(groups.length).toBeGreaterThan(100);
    expect(mentions.length).toBeGreaterThan(50);
  });

  it('leaves no digit group unclassified', () => {
    const other = groups.filter((g) => g.class === 'other').map((g) => `${g.raw} @${g.start}: ${text.slice(g.start - 30, g.end + 20)}`);
    expect(other).toEqual([]);
  });

  it('covers every digit run of the text exactly once', () => {
    let last = -1;
    for (const g of groups) {
      expect(text.slice(g.start, g.end)).toBe(g.raw);
      expect(g.start).toBeGreaterThanOrEqual(last);
      last = g.end;
    }
    const covered = new Uint8Array(text.length);
    for (const g of groups) covered.fill(1, g.start, g.end);
    for (let i = 0; i < text.length; i++) {
      if (/[0-9]/.test(text[i])) expect(covered[i]).toBe(1);
    }
  });

  it('makes every quantity group part of a mention, and no other group', () => {
    const inMention = new Set<number>();
    for (const m of mentions) for (const n of m.numbers) inMention.add(n.start);
    for (const g of groups) {
      if (g.class !== 'quantity' && inMention.has(g.start)) throw new Error(`${g.raw} is ${g.class} but in a mention`);
    }
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.raw);
      expect(Number.isFinite(m.value)).toBe(true);
      for (const n of m.numbers) expect(groups.find((g) => g.start <= n.start && n.end <= g.end)?.class).toBe('quantity');
    }
  });

  const goldFile = path.join(goldDir, name.replace(/\.txt$/, '.json'));
  const gold: GoldFact[] = existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, 'utf8')).facts : [];
  const located = gold.filter((f) => text.includes(f.quote));
  (located.length ? it : it.skip)('finds every gold figure with its value, change and qualifier', () => {
    const misses: string[] = [];
    for (const f of located) {
      const qs = text.indexOf(f.quote);
      const inQuote = mentions.filter((m) => m.start >= qs && m.end <= qs + f.quote.length && m.role !== 'change');
      const hit = inQuote.find((m) => m.value === f.value || m.denominator === f.value);
      if (!hit) {
        misses.push(`${f.value} in "${f.quote}"`);
        continue;
      }
      if (f.change_pct != null && !inQuote.some((m) => m.change?.value === f.change_pct)) misses.push(`change ${f.change_pct} in "${f.quote}"`);
      if (f.qualifier && !inQuote.some((m) => m.qualifier === f.qualifier)) misses.push(`qualifier ${f.qualifier} in "${f.quote}"`);
    }
    expect(misses).toEqual([]);
  });
});
