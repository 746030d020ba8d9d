// auditFacts: the checks over a set of facts and the texts they were read from.
import type { Check, Fact } from '../facts.js';
import { checkAcrossReports, DEFAULT_STOCK_FALL_TOLERANCE } from './cross.js';
import { checkReport, type CheckedGroup } from './groups.js';
import { checkOcrConfidence } from './ocr.js';
import { checkConflictsInReport, checkNeighbourShares } from './in-report.js';
import { FINDING_TYPES, type AuditOptions, type Finding, type ReportText, type TextsByDoc } from './types.js';


export interface AuditOutcome {
  findings: Finding[];
  facts: Fact[];
  /** Every group and share the audit recognised, passed or not (useful to see what was checked). */
  checked: CheckedGroup[];
}

function textOf(texts: TextsByDoc, doc: string): ReportText | undefined {
  return texts instanceof Map ? texts.get(doc) : texts[doc];
}

export function auditFacts(facts: Fact[], texts: TextsByDoc, opts: AuditOptions = {}): AuditOutcome {
  const findings: Finding[] = [];
  const checked: CheckedGroup[] = [];
  const byDoc = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = byDoc.get(f.doc);
    if (list) list.push(f);
    else byDoc.set(f.doc, [f]);
  }
  for (const doc of [...byDoc.keys()].sort()) {
    const text = textOf(texts, doc)?.text;
    if (typeof text !== 'string') continue; // without the text there is no structure to read
    const r = checkReport(doc, text, byDoc.get(doc)!);
    for (const f of r.findings) findings.push(f);
    for (const c of r.checked) checked.push(c);
    const shares = new Set(r.checked.filter((c) => c.type === 'share').map((c) => c.facts[0]));
    const near = checkNeighbourShares(doc, text, byDoc.get(doc)!, shares);
    for (const f of near.findings) findings.push(f);
    for (const c of near.checked) checked.push(c);
    for (const f of checkConflictsInReport(doc, byDoc.get(doc)!)) findings.push(f);
  }
  // One at a time: spreading an array of many thousand findings into push overflows the stack.
  for (const f of checkAcrossReports(facts, opts.stockFallTolerance ?? DEFAULT_STOCK_FALL_TOLERANCE)) findings.push(f);
  for (const f of checkOcrConfidence(facts, opts.ocrConfidenceThreshold)) findings.push(f);
  // In reading order: by report, then by where the first figure concerned is written.
  const at = new Map(facts.map((f) => [f.id, f.source.value_start]));
  const first = new Map<Finding, number>();
  for (const x of findings) {
    let min = Infinity;
    for (const id of x.facts) min = Math.min(min, at.get(id) ?? Infinity);
    first.set(x, min);
  }
  findings.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : first.get(a)! - first.get(b)!));
  return { findings, checked, facts: withChecks(facts, findings) };
}

/** The facts with their audit checks replaced by these findings (checks of other kinds are kept). */
export function withChecks(facts: Fact[], findings: Finding[]): Fact[] {
  const byFact = new Map<string, Check[]>();
  for (const f of findings) {
    for (const id of f.facts) {
      const check = { type: f.type, finding: f.id, message: f.message };
      const list = byFact.get(id);
      if (list) list.push(check);
      else byFact.set(id, [check]);
    }
  }
  const ours = new Set<string>(FINDING_TYPES);
  return facts.map((f) => ({ ...f, checks: [...(f.checks ?? []).filter((c) => !ours.has(c.type)), ...(byFact.get(f.id) ?? [])] }));
}
