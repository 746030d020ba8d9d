// datapackage.json: a Frictionless Data Package describing the outputs, so the dataset can be
// loaded with its types and constraints by frictionless, pandas, R and the like. The CSVs start
// with a byte-order mark (for spreadsheets), so they are declared utf-8-sig: a reader that takes
// the declared encoding at its word drops the BOM rather than prefixing the first column's name.
import { FINDING_TYPES } from '../audit/types.js';
import type { Column } from './columns.js';

export interface CsvResource {
  name: string;
  path: string;
  title: string;
  columns: Column<never>[];
  primaryKey: string;
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

/** What the figures may be used under: administrative reports are not works protected by copyright in
 *  Viet Nam (Luật Sở hữu trí tuệ, Điều 15), and the dataset adds no right of its own. */
export const LICENSES = [
  {
    name: 'ODC-PDDL-1.0',
    path: 'https://opendatacommons.org/licenses/pddl/1-0/',
    title: 'Open Data Commons Public Domain Dedication and License v1.0 (the figures of public administrative reports)',
  },
];

function field(c: Column<never>, primaryKey?: string) {
  const constraints = {
    ...(c.required || c.name === primaryKey ? { required: true } : {}),
    ...(c.name === primaryKey ? { unique: true } : {}),
    ...(c.enum ? { enum: [...c.enum] } : {}),
  };
  return { name: c.name, type: c.type, description: c.description, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** audit.jsonl: one finding a line (a tabular resource in JSON Lines, keyed rows). */
const AUDIT_RESOURCE = {
  profile: 'tabular-data-resource',
  name: 'audit',
  path: 'audit.jsonl',
  title: 'Audit: one finding a line (parts against wholes, shares, conflicts, OCR confidence)',
  format: 'jsonl',
  mediatype: 'application/x-ndjson',
  encoding: 'utf-8',
  schema: {
    fields: [
      { name: 'id', type: 'string', description: 'Stable finding id', constraints: { required: true, unique: true } },
      { name: 'doc', type: 'string', description: 'The report the finding is about (for a conflict across reports, the first that states the odd value)', constraints: { required: true } },
      { name: 'type', type: 'string', description: 'What disagrees', constraints: { required: true, enum: [...FINDING_TYPES] } },
      { name: 'facts', type: 'array', description: 'Ids of the facts concerned, the stated figure first', constraints: { required: true } },
      { name: 'stated', type: 'number', description: 'The figure as stated' },
      { name: 'expected', type: 'number', description: 'What the other figures make it' },
      { name: 'tolerance', type: 'number', description: 'The difference rounding explains' },
      { name: 'message', type: 'string', description: 'What disagrees and what to check, in words', constraints: { required: true } },
      { name: 'values', type: 'array', description: 'A conflict: each value stated, with its reports and facts' },
      { name: 'confidence', type: 'number', description: 'low_ocr_confidence: the engine confidence (0-100)' },
      { name: 'threshold', type: 'number', description: 'low_ocr_confidence: the threshold (0-100)' },
    ],
    primaryKey: 'id',
  },
};

export function dataPackage(resources: CsvResource[], created: string): object {
  return {
    profile: 'tabular-data-package',
    name: 'baocao-dataset',
    title: 'Figures from Vietnamese provincial ICT reports',
    description:
      'Each fact is one figure read from a report, traceable to the exact words it came from: source_start/source_end are offsets into text/<doc>.json. README.md in this folder describes every file.',
    created,
    licenses: LICENSES,
    resources: [
      ...resources.map((r) => ({
        profile: 'tabular-data-resource',
        name: r.name,
        path: r.path,
        title: r.title,
        format: 'csv',
        mediatype: 'text/csv',
        // The CSVs start with a byte-order mark (src/dataset/csv.ts).
        encoding: 'utf-8-sig',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: r.columns.map((c) => field(c, r.primaryKey)),
          primaryKey: r.primaryKey,
          missingValues: [''],
          ...(r.foreignKeys ? { foreignKeys: r.foreignKeys } : {}),
        },
      })),
      AUDIT_RESOURCE,
    ],
  };
}
