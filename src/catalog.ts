// The metric catalog (a copy of ../shared/spec/metrics.json, so the package runs on its own).
import { catalogData } from './catalog-data.js';

export interface MetricDef {
  id: string;
  family: string;
  unit: 'count' | 'pct' | 'per100';
  dims: string[];
  vi: string;
}

export const metrics: MetricDef[] = catalogData.metrics.map((m) => ({ ...m, dims: [...m.dims] }) as MetricDef);
export const metricById = new Map(metrics.map((m) => [m.id, m]));
export const FAMILIES = Object.keys(catalogData.families);
