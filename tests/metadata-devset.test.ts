// A ratchet on the development set (../shared/devset): the province and the period read from its
// 60 short texts, as extract reads them, must stay right at least as often as they are now, on each
// half (odd-numbered texts: worked on; even-numbered: checked). Rates, not per-file expectations.
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { extractBytes } from '../extractors/index.js';
import { readReportMetadata } from '../src/metadata/report.js';

const DEVSET = path.join(process.cwd(), '..', 'shared', 'devset');

/** Right answers out of 30 per half, as reached (odd: province 21 → 28, period 15 → 24; even: 20 → 28, 6 → 21). */
const LEVELS = { odd: { province: 28, period: 24 }, even: { province: 28, period: 21 } };

interface Gold {
  province: string;
  period: { start: string; end: string };
}

async function rates(half: 'odd' | 'even') {
  const files = fs
    .readdirSync(path.join(DEVSET, 'corpus'))
    .filter((f) => /^dev_\d+\.txt$/.test(f))
    .filter((f) => Number(f.match(/\d+/)![0]) % 2 === (half === 'odd' ? 1 : 0))
    .sort();
  let province = 0;
  let period = 0;
  for (const f of files) {
    const gold: Gold = JSON.parse(fs.readFileSync(path.join(DEVSET, 'gold', f.replace(/\.txt$/, '.json')), 'utf8'));
    const doc = await extractBytes(fs.readFileSync(path.join(DEVSET, 'corpus', f)), f, {});
    const meta = readReportMetadata(doc, f);
    if (meta.province === gold.province) province++;
    if (meta.period?.start === gold.period.start && meta.period?.end === gold.period.end) period++;
  }
  return { files: files.length, province, period };
}

describe.each(['odd', 'even'] as const)('metadata of the %s-numbered devset texts', (half) => {
  it(`keeps the province right in ≥ ${LEVELS[half].province} and the period in ≥ ${LEVELS[half].period} of 30`, async () => {
    expect(fs.existsSync(path.join(DEVSET, 'corpus'))).toBe(true);
    const r = await rates(half);
    expect(r.files).toBe(30);
    expect(r.province).toBeGreaterThanOrEqual(LEVELS[half].province);
    expect(r.period).toBeGreaterThanOrEqual(LEVELS[half].period);
  });
});
