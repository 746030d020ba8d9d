// Development aid: `node dist/src/tools/explain-text.js "sentence"` prints, per figure, the cues and signatures.
import { extractFacts } from '../engine/index.js';
import type { FigureExplanation } from '../engine/explain.js';
import { computeLineStarts, type TextDocument } from '../model.js';

const text = process.argv.slice(2).join(' ');
const doc: TextDocument = { format: 'txt', text, lineStarts: computeLineStarts(text), pages: [], blocks: [{ kind: 'paragraph', start: 0, end: text.length }], warnings: [] };
const explain: FigureExplanation[] = [];
const facts = extractFacts(doc, { period: null, province_code: '58' }, explain);
for (const e of explain) {
  console.log(`${e.raw} [${e.kind}] ${e.frame}`);
  console.log(`  cues: ${e.cues.map((c) => `${c.words}=${c.cues.join('/')}@${c.where}`).join(', ')}`);
  for (const s of e.scored.slice(0, 4)) console.log(`  + ${s.id} ${s.score} (${s.roles.join(', ')})`);
  for (const r of e.rejected.slice(0, 8)) console.log(`  - ${r.id}: ${r.reason}`);
  console.log(`  => ${e.metric ?? '—'} by ${e.rule ?? '—'}${e.setAside ? ` (set aside: ${e.setAside})` : ''}`);
}
for (const f of facts) console.log(`FACT ${f.metric} ${JSON.stringify(f.dims)} ${f.value} ${f.basis} «${text.slice(f.quoteSpan.start, f.quoteSpan.end)}»`);
