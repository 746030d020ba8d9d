// Runs every family's rules over a document and returns fact drafts.
import type { TextDocument } from '../model.js';
import type { ReportMetadata } from '../metadata/report.js';
import type { FactDraft } from './types.js';

export function extractFacts(_doc: TextDocument, _meta: ReportMetadata): FactDraft[] {
  return [];
}
