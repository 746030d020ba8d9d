// `baocao review DIR`: writes DIR/review.html to check every figure against its words.
import path from 'node:path';
import { writeFileAtomically } from '../dataset/atomic.js';
import { readReviewData } from './data.js';
import { renderPage } from './page.js';

export { renderPage, escapeHtml, embedJson } from './page.js';
export { readReviewData, toReviewFact, type ReviewData } from './data.js';

export async function writeReview(dir: string, out = path.join(dir, 'review.html')): Promise<{ path: string; docs: number; facts: number; findings: number }> {
  const data = await readReviewData(dir);
  await writeFileAtomically(out, renderPage(data));
  return { path: out, docs: data.docs.length, facts: data.facts.length, findings: data.findings.length };
}
