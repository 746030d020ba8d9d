// What the rule engine hands to the pipeline: a fact before it is tied to its source file.
import type { Span } from '../model.js';
import type { Period, Qualifier } from '../numbers/types.js';

export type Basis = 'actual' | 'target' | 'estimate';

export interface FactDraft {
  metric: string;
  dims: Record<string, string>;
  value: number;
  basis: Basis;
  /** The figure's own period when the text gives one; undefined → the report's. */
  period?: Period;
  raw: string;
  /** Where the number itself is. */
  valueSpan: Span;
  /** A short verbatim piece around the number that shows what it counts. */
  quoteSpan: Span;
  qualifier: Qualifier | null;
  change_pct: number | null;
  rule: string;
}

/**
 * Sets one dim. Dims objects come in many shapes (each mix of dims is its own hidden class), so
 * every caller goes through this one store: it turns generic once, and the large functions that
 * call it keep their optimized code instead of being rebuilt each time a new mix turns up.
 */
export function setDim(dims: Record<string, string>, key: string, value: string): void {
  dims[key] = value;
}

/** "k1=v1,k2=v2" in key order: the dims in a fact's identity. (A loop, not map/join: see analyze.ts.) */
export function dimsText(dims: Record<string, string>): string {
  const keys = Object.keys(dims).sort();
  let out = '';
  for (let i = 0; i < keys.length; i++) out += `${i ? ',' : ''}${keys[i]}=${dims[keys[i]]}`;
  return out;
}
