// Small helpers on facts shared by the audit checks.
import { createHash } from 'node:crypto';
import type { Fact } from '../facts.js';
import { metricById } from '../catalog.js';

/** Dims without the ones that are `all` (a dim that is `all` may be left out), in key order. */
export function canonicalDims(dims: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(dims).sort()) if (dims[k] !== 'all' && dims[k] !== '') out[k] = dims[k];
  return out;
}

export const dimsKey = (dims: Record<string, string>): string =>
  Object.entries(canonicalDims(dims))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

export const periodKey = (f: Fact): string => (f.period ? `${f.period.start}..${f.period.end}` : '');

export const samePeriodAndBasis = (a: Fact, b: Fact): boolean => a.basis === b.basis && periodKey(a) === periodKey(b);

/** Metrics that split another metric into parts with the same dims (incoming + outgoing = total). */
export const PART_METRICS: Record<string, string[]> = {
  'edoc.total': ['edoc.incoming', 'edoc.outgoing'],
  'dossier.resolved': ['dossier.resolved_ontime', 'dossier.resolved_late'],
};

/** The metric that states a count metric as a share of its whole: dossier.received → dossier.received_share. */
export function shareMetricOf(metric: string): string | undefined {
  const direct = `${metric}_share`;
  if (metricById.has(direct)) return direct;
  const family = metric.replace(/\.count$/, '.share');
  if (family !== metric && metricById.has(family)) return family;
  return undefined;
}

export const unitOfFact = (f: Fact): string => f.unit || metricById.get(f.metric)?.unit || 'count';

export function describeDims(dims: Record<string, string>): string {
  const key = dimsKey(dims);
  return key ? `, ${key.replace(/,/g, ', ')}` : '';
}

/** "dossier.received, level=commune" */
export const describeFact = (f: Fact): string => `${f.metric}${describeDims(f.dims)}`;

export function findingId(parts: string[]): string {
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 16);
}
