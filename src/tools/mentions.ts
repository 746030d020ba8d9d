// npm run mentions -- FILE [--json]: every digit group of a report with how it was classified.
// Quantities show value, unit, kind, qualifier and change. Reads the file through the extractors
// (txt, docx, pdf); falls back to reading a .txt directly when the extractors are unavailable.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { computeLineStarts, lineOf } from '../model.js';
import { classifyDigitGroups, findMentions } from '../numbers/index.js';
import type { Mention } from '../numbers/types.js';

async function readText(file: string): Promise<string> {
  try {
    const { extractFile } = await import('../../extractors/index.js');
    return (await extractFile(file)).text;
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND';
    if (!missing || path.extname(file).toLowerCase() !== '.txt') throw e;
    return (await readFile(file, 'utf8')).normalize('NFC');
  }
}

function describe(m: Mention): string {
  const parts = [`value=${m.value}`, `kind=${m.kind}`];
  if (m.unit !== undefined) parts.push(`unit="${m.unit}"`);
  if (m.scale) parts.push(`scale=${m.scale}`);
  if (m.denominator !== undefined) parts.push(`of=${m.denominator}`);
  if (m.high !== undefined) parts.push(`high=${m.high}`);
  if (m.per) parts.push(`per="${m.per}"`);
  if (m.qualifier) parts.push(`qualifier=${m.qualifier}`);
  if (m.role) parts.push(`role=${m.role}`);
  if (m.change && m.role !== 'change') {
    const c = m.change;
    parts.push(`change=${c.value > 0 ? '+' : ''}${c.value}${c.unit === 'pct' ? '%' : ''}${c.against ? ` vs ${c.against}` : ''}`);
  }
  if (m.role === 'change' && m.change) parts.push(`signed=${m.change.value}${m.change.against ? ` vs ${m.change.against}` : ''}`);
  parts.push(`reading=${m.reading}${m.ambiguous ? '?' : ''}`);
  return parts.join(' ');
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run mentions -- FILE [--json]');
    process.exit(2);
  }
  const text = await readText(file);
  const doc = { lineStarts: computeLineStarts(text) };
  const mentions = findMentions(text);
  const groups = classifyDigitGroups(text);
  // A digit group belongs to the mention whose numbers (or "per" part) cover it.
  const byStart = new Map<number, Mention>();
  for (const m of mentions) for (const n of m.numbers) byStart.set(n.start, m);
  const counts = new Map<string, number>();
  for (const g of groups) {
    counts.set(g.class, (counts.get(g.class) ?? 0) + 1);
    const m = byStart.get(g.start);
    if (json) {
      console.log(JSON.stringify({ offset: g.start, line: lineOf(doc, g.start), raw: g.raw, class: g.class, mention: m }));
    } else {
      const where = `${String(g.start).padStart(6)} L${String(lineOf(doc, g.start)).padEnd(4)}`;
      console.log(`${where} ${g.raw.padEnd(16)} ${g.class.padEnd(15)} ${m && m.start === g.start ? describe(m) : ''}`.trimEnd());
    }
  }
  if (!json) {
    console.log(`\n${groups.length} digit groups, ${mentions.length} mentions: ` + [...counts].map(([k, v]) => `${k} ${v}`).join(', '));
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
