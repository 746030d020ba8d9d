// Report metadata a person supplies (--province, --period, --issuer, --manifest) and the province a
// report's path names, laid over what the text says: supplied > text > path. Each field keeps the
// name of where it came from (documents.jsonl: province_source, period_source, issuer_source).
import type { ReportMetadata } from '../metadata/report.js';
import type { Period } from '../numbers/types.js';
import { parsePeriod, PERIOD_FORMS } from './period.js';
import { provinceFromPath, provinceNamed } from './province.js';

/** Who supplied a field: an option of the run (every input) or the manifest's row of the file. */
export type SuppliedSource = 'option' | 'manifest';

export interface SuppliedMetadata {
  province?: { name: string; code: string; unit2025: string; source: SuppliedSource };
  period?: { period: Period; source: SuppliedSource };
  issuer?: { value: string; source: SuppliedSource };
}

export interface WrittenMetadata {
  province?: string;
  period?: string;
  issuer?: string;
}

/** Written values checked and resolved; a value that names no province or period is an error string. */
export function resolveSupplied(written: WrittenMetadata, source: SuppliedSource): SuppliedMetadata | string {
  const out: SuppliedMetadata = {};
  if (written.province) {
    const p = provinceNamed(written.province);
    if (!p) return `"${written.province}" names no province (write a name such as "Ninh Thuận" or "Ninh Thuan", or a two-digit code such as 58)`;
    out.province = { name: p.name, code: p.code, unit2025: p.unit2025, source };
  }
  if (written.period) {
    const period = parsePeriod(written.period);
    if (!period) return `"${written.period}" is not a period (write ${PERIOD_FORMS})`;
    out.period = { period, source };
  }
  if (written.issuer) out.issuer = { value: written.issuer, source };
  return out;
}

/** The run's options over the manifest's row: an option applies to every input of the run. */
export function combineSupplied(options: SuppliedMetadata, row: SuppliedMetadata | undefined): SuppliedMetadata | undefined {
  const out = { ...row, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as SuppliedMetadata;
  return out.province || out.period || out.issuer ? out : undefined;
}

export interface FieldSources {
  province: string | null;
  period: string | null;
  issuer: string | null;
}

/** The metadata a report's facts get, and where each field came from. */
export function withSupplied(meta: ReportMetadata, filePath: string, supplied: SuppliedMetadata = {}): { meta: ReportMetadata; sources: FieldSources } {
  const out: ReportMetadata = { ...meta };
  const sources: FieldSources = {
    province: meta.province ? (meta.province_source ?? 'text') : null,
    period: meta.period ? (meta.period_source ?? 'text') : null,
    issuer: meta.issuer ? 'text' : null,
  };
  if (supplied.province) {
    const p = supplied.province;
    Object.assign(out, { province: p.name, province_code: p.code, province_2025: p.unit2025 });
    sources.province = p.source;
  } else if (!meta.province) {
    // Only when the text names none: a province in the words wins over a folder's name.
    const p = provinceFromPath(filePath);
    if (p) {
      Object.assign(out, { province: p.name, province_code: p.code, province_2025: p.unit2025 });
      sources.province = 'path';
    }
  }
  if (supplied.period) {
    out.period = supplied.period.period;
    sources.period = supplied.period.source;
  }
  if (supplied.issuer) {
    out.issuer = supplied.issuer.value;
    sources.issuer = supplied.issuer.source;
  }
  return { meta: out, sources };
}
