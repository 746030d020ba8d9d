// datapackage.json: a Frictionless Data Package describing the CSV outputs, so the dataset can
// be loaded with its types by frictionless, pandas, R and the like.
import type { Column } from './columns.js';

export interface CsvResource {
  name: string;
  path: string;
  title: string;
  columns: Column<never>[];
  primaryKey: string;
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

export function dataPackage(resources: CsvResource[], created: string): object {
  return {
    profile: 'tabular-data-package',
    name: 'baocao-dataset',
    title: 'Figures from Vietnamese provincial ICT reports',
    description:
      'Each fact is one figure read from a report, traceable to the exact words it came from: source_start/source_end are offsets into text/<doc>.json. See DATASET.md for the contract.',
    created,
    resources: resources.map((r) => ({
      profile: 'tabular-data-resource',
      name: r.name,
      path: r.path,
      title: r.title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: r.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
        primaryKey: r.primaryKey,
        missingValues: [''],
        ...(r.foreignKeys ? { foreignKeys: r.foreignKeys } : {}),
      },
    })),
  };
}
