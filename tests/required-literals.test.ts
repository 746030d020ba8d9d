// The literal pre-check of rule patterns must never turn away a frame its pattern matches: checked
// on every frame of the corpus reports and on seeded random frames built from the patterns' words.
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { FAMILIES } from '../rules/index.js';
import { anyOfTest, literalTests, meetsLiterals, requiredLiterals } from '../src/engine/required-literals.js';
import { extractBytes } from '../extractors/index.js';
import { logicalParagraphs, sentences } from '../src/engine/segments.js';
import { sentenceFigures } from '../src/engine/figures.js';
import { findMentions } from '../src/numbers/index.js';
import { prng } from './seeded.js';

const RULES = FAMILIES.flatMap((f) => f.rules);

/** Every figure frame (and head frame) of the corpus reports, as the engine builds them. */
async function corpusFrames(): Promise<string[]> {
  const dir = path.resolve(process.cwd(), 'fixtures/reports');
  const frames: string[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const doc = await extractBytes(fs.readFileSync(path.join(dir, name)), name);
    const mentions = findMentions(doc.text);
    for (const para of logicalParagraphs(doc))
      for (const s of sentences(para))
        for (const fig of sentenceFigures(s, mentions).figures) frames.push(fig.view.frame, `${fig.view.head} # ${fig.view.tail}`);
  }
  return frames;
}

/** Random frames from the words of all patterns: many of them match some pattern. */
function syntheticFrames(count: number): string[] {
  // The phrases between the patterns' operators ("tiếp nhận", "# hồ sơ", " đã "), and their words.
  const phrases = new Set<string>();
  for (const r of RULES) {
    const src = r.pattern.source.replace(/\\s[*+?]?|\\[dwSDW]|\\p\{[^}]*\}|\[[^\]]*\][*+?]?|\{\d+(?:,\d*)?\}|\(\?(?:<?[=!]|:)|[()|^$*+?]/g, '\u0000');
    for (const p of src.split('\u0000')) {
      if (!p.trim() || p.includes('\\')) continue;
      phrases.add(p.trim());
      for (const w of p.split(/\s+/)) if (w) phrases.add(w);
    }
  }
  const pieces = [...phrases, '#', 'là', 'đạt', ':', ',', 'cấp tỉnh', 'trong đó', '%', '100 dân', '4g', 'bts'];
  const r = prng(11);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(r() * 9);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(pieces[Math.floor(r() * pieces.length)]);
    const hash = Math.floor(r() * (parts.length + 1));
    parts.splice(hash, 0, '#');
    out.push(parts.join(' '));
  }
  return out;
}

describe('required literals of rule patterns', () => {
  it('let through every corpus frame its pattern matches, and turn many away', async () => {
    const frames = await corpusFrames();
    expect(frames.length).toBeGreaterThan(300);
    let skipped = 0;
    let tried = 0;
    for (const rule of RULES) {
      const clauses = requiredLiterals(rule.pattern);
      if (!clauses) continue;
      const needs = literalTests(clauses);
      for (const f of frames) {
        tried++;
        if (!meetsLiterals(f, needs)) {
          skipped++;
          expect([rule.id, f, rule.pattern.test(f)]).toEqual([rule.id, f, false]);
        }
      }
    }
    // The point of the check: most frames are turned away without running the pattern.
    expect(skipped / tried).toBeGreaterThan(0.8);
  });

  it('let through every random frame its pattern matches', () => {
    const frames = syntheticFrames(40000);
    let matched = 0;
    for (const rule of RULES) {
      const clauses = requiredLiterals(rule.pattern);
      if (!clauses) continue;
      const needs = literalTests(clauses);
      for (const f of frames) {
        if (!rule.pattern.test(f)) continue;
        matched++;
        expect([rule.id, f, meetsLiterals(f, needs)]).toEqual([rule.id, f, true]);
      }
    }
    expect(matched).toBeGreaterThan(2000); // the frames do exercise the patterns
  });

  it('give each family one test that passes every frame any of its patterns matches', async () => {
    const frames = [...(await corpusFrames()), ...syntheticFrames(20000)];
    let gated = 0;
    for (const family of FAMILIES) {
      const gate = anyOfTest(family.rules.map((r) => r.pattern));
      if (!gate) continue;
      gated++;
      for (const f of frames) if (family.rules.some((r) => r.pattern.test(f))) expect([family.family, f, gate.test(f)]).toEqual([family.family, f, true]);
    }
    expect(gated).toBeGreaterThanOrEqual(3);
  });

  it('reads literals through groups, classes, quantifiers and assertions', () => {
    expect(requiredLiterals(/(?:tiếp nhận|phát sinh)[^#]*# (?:hồ sơ|hs)/)).toEqual([
      ['tiếp nhận', 'phát sinh'],
      ['# hồ sơ', '# hs'],
    ]);
    expect(requiredLiterals(/trạm [2345]g/)).toEqual([['trạm 2g', 'trạm 3g', 'trạm 4g', 'trạm 5g']]);
    // Optional parts and assertions require nothing.
    expect(requiredLiterals(/(?:tổng số )?thuê bao(?= di động)/)).toEqual([['thuê bao']]);
    // An alternative that needs nothing makes the whole need nothing.
    expect(requiredLiterals(/hồ sơ|\d+/)).toBeNull();
    // Case-insensitive patterns and back-references are not read.
    expect(requiredLiterals(/hồ sơ/i)).toBeNull();
    expect(requiredLiterals(/(hồ) \1/)).toBeNull();
    expect(meetsLiterals('đã tiếp nhận # hồ sơ', literalTests([['tiếp nhận'], ['# hồ sơ']]))).toBe(true);
    expect(meetsLiterals('đã tiếp nhận # văn bản', literalTests([['tiếp nhận'], ['# hồ sơ']]))).toBe(false);
    // Literals are matched as written, regex characters included.
    expect(meetsLiterals('văn bản đi/đến (a+b)', literalTests([['đi/đến'], ['(a+b)']]))).toBe(true);
    expect(meetsLiterals('văn bản đi đến ab', literalTests([['(a+b)']]))).toBe(false);
  });
});
