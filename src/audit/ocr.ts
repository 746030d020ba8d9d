// Figures read by OCR whose digits, or the words that say what they are, the engine was not sure
// of: each is listed, so a person checks it against the page image (the review page shows it
// beside the fact). A misread word around a number ("qua BCC]I" for "qua BCCI") can make the rules
// read a figure with a dim less: the number right, the claim wrong.
import type { Fact } from '../facts.js';
import { findingId } from './facts-util.js';
import type { Finding } from './types.js';
import { DEFAULT_OCR_CONFIDENCE_THRESHOLD } from '../limits.js';

export { DEFAULT_OCR_CONFIDENCE_THRESHOLD };

export function checkOcrConfidence(facts: Fact[], threshold = DEFAULT_OCR_CONFIDENCE_THRESHOLD): Finding[] {
  const findings: Finding[] = [];
  for (const f of facts) {
    if (!f.source.ocr) continue;
    const digits = f.source.ocr_value_confidence ?? 0;
    const words = f.source.ocr_quote_confidence ?? 0;
    const confidence = Math.min(digits, words);
    if (confidence >= threshold) continue;
    findings.push({
      id: findingId(['low_ocr_confidence', f.id]),
      doc: f.doc,
      type: 'low_ocr_confidence',
      facts: [f.id],
      stated: f.value,
      expected: f.value,
      tolerance: 0,
      confidence,
      threshold,
      message:
        digits < threshold
          ? `"${f.raw}" (${f.metric}) was read by OCR on page ${f.source.page ?? '?'} with confidence ${digits}, below ${threshold}: check the number against the page.`
          : `"${f.raw}" (${f.metric}) was read by OCR on page ${f.source.page ?? '?'} among words read with confidence ${words}, below ${threshold}: check what the figure is said to be against the page ("${f.quote}").`,
    });
  }
  return findings;
}
