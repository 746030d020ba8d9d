// npm run bench:numbers: normalizer throughput (MB/s) over the corpus text repeated to >= 50 MB.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyDigitGroups, findMentions } from '../numbers/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

async function corpusTexts(): Promise<string[]> {
  for (const dir of [path.join(root, 'fixtures/reports'), path.resolve(root, '../shared/corpus')]) {
    try {
      const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
      if (names.length) return Promise.all(names.map(async (n) => (await readFile(path.join(dir, n), 'utf8')).normalize('NFC')));
    } catch {
      // try the next place
    }
  }
  throw new Error('no corpus .txt files in fixtures/reports or ../shared/corpus');
}

async function main() {
  const targetMB = Number(process.argv[2] ?? 50);
  const texts = await corpusTexts();
  const unit = texts.join('\n\n');
  const copies = Math.ceil((targetMB * 1024 * 1024) / Buffer.byteLength(unit, 'utf8'));
  const big = Array.from({ length: copies }, () => unit).join('\n\n');
  const mb = Buffer.byteLength(big, 'utf8') / (1024 * 1024);

  const t0 = performance.now();
  const mentions = findMentions(big);
  const t1 = performance.now();
  // classifyDigitGroups reuses the cached analysis of the same text (one pass serves both).
  const groups = classifyDigitGroups(big);
  const seconds = (t1 - t0) / 1000;
  console.log(`text: ${mb.toFixed(1)} MB (${copies} copies of ${texts.length} reports), ${big.length} UTF-16 units`);
  console.log(`mentions: ${mentions.length}, digit groups: ${groups.length}`);
  console.log(`findMentions: ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(1)} MB/s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
