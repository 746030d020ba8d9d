// Report metadata: province, reporting period, issuer, number, date, signer.
import type { TextDocument } from '../model.js';
import type { Period } from '../numbers/types.js';

export interface ReportMetadata {
  province: string | null;
  province_code: string | null;
  province_2025: string | null;
  period: Period | null;
  title: string | null;
  issuer: string | null;
  number: string | null;
  date: string | null;
  signer: string | null;
}

export function readReportMetadata(_doc: TextDocument, _fileName?: string): ReportMetadata {
  return { province: null, province_code: null, province_2025: null, period: null, title: null, issuer: null, number: null, date: null, signer: null };
}
