// The audit: arithmetic checks inside each report and consistency checks across reports.
export type { Finding, AuditOptions, ReportText, TextsByDoc, FindingType } from './types.js';
export type { CheckedGroup } from './groups.js';
export { auditFacts, withChecks, type AuditOutcome } from './run.js';
export { auditDir, writeFindings, type AuditDirResult } from './io.js';
export { STOCK_METRICS, DEFAULT_STOCK_FALL_TOLERANCE } from './cross.js';
export { checkOcrConfidence, DEFAULT_OCR_CONFIDENCE_THRESHOLD } from './ocr.js';
