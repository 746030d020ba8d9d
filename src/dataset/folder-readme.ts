// README.md of an output folder: what each file holds and how to read it, written with the dataset
// (from the same column lists as the CSV, SQLite and datapackage.json writers, so it cannot drift).
import { FINDING_TYPES } from '../audit/types.js';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS, FACT_COLUMNS, type Column } from './columns.js';
import { LICENSES } from './datapackage.js';
import { SQLITE_USER_VERSION } from './sqlite.js';

const table = (columns: Column<never>[]) =>
  [
    '| column | type | always set | meaning |',
    '| --- | --- | --- | --- |',
    ...columns.map((c) => `| \`${c.name}\` | ${c.type} | ${c.required ? 'yes' : ''} | ${c.description.replace(/\|/g, '\\|')}${c.enum && c.enum.length <= 12 ? ` (one of: ${c.enum.join(', ')})` : ''} |`),
  ].join('\n');

export function folderReadme(): string {
  return `# A baocao dataset

Figures read from Vietnamese provincial ICT reports by \`baocao extract\`. Each fact is one figure,
traceable to the exact words it came from. This file is written by baocao with every run; edits to
it are lost.

## Files

| file | what it holds |
| --- | --- |
| \`facts.jsonl\` | one fact a line: the figure (\`value\` in the metric's \`unit\`), its \`metric\` and \`dims\`, \`basis\`, \`period\`, \`province\`, the \`quote\` it was read from and \`source\` (file, SHA-256, page, line, offsets of the quote and of the number in \`text/<doc>.json\`), the audit's \`checks\` |
| \`documents.jsonl\` | one report a line: its source, \`province\` (with \`province_code\` and \`province_2025\`), \`period\`, \`title\`, \`issuer\`, \`number\`, \`date\`, \`signer\`, \`warnings\`, how many \`facts\`; \`province_source\`, \`period_source\`, \`issuer_source\` say where each came from (a part of the text, \`path\`: a folder or file name, \`option\`, \`manifest\`); \`same_as\` names the report kept when this one is the same report in another format (it then has no facts of its own) |
| \`errors.jsonl\` | one input that could not be read a line: \`path\`, \`code\`, \`error\` (what to do) |
| \`skipped.jsonl\` | inputs that are not reports, and figures of a known thing that no metric claimed (\`figure\`) |
| \`audit.jsonl\` | one finding a line: \`type\` (${FINDING_TYPES.join(', ')}), the \`facts\` concerned, \`stated\`, \`expected\`, \`message\` |
| \`facts.csv\`, \`documents.csv\`, \`errors.csv\` | the same records as flat columns (below) |
| \`dataset.sqlite\` | tables \`facts\`, \`documents\`, \`errors\` (the CSV columns), \`metrics\` (the catalog) and \`audit\` |
| \`datapackage.json\` | a Frictionless Data Package: every CSV column with its type and constraints, and the audit |
| \`text/<doc>.json\` | the text each report was read into; a fact's \`source.start\`/\`end\` are offsets into its \`text\` |
| \`ocr/\` | what OCR read of scanned pages, by source SHA-256 (a scan imported again is not read again) |
| \`README.md\` | this file |
| \`.baocao/\` | the generations: every name above is a link into \`.baocao/current\`, switched in one step by each run |

## Reading the CSV files

UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese; \`datapackage.json\` declares
them \`utf-8-sig\` (Python: \`open(f, encoding="utf-8-sig", newline="")\`). Records end with CR LF;
a field holding a line break is quoted. A text cell a spreadsheet would run as a formula (starting
with \`=\`, \`+\`, \`-\`, \`@\`, a tab or CR) is written with one leading \`'\`, which JSONL and SQLite do not
have. \`province_code\` is text: keep its leading zero (pandas: \`dtype={"province_code": str}\`).
\`dims\`, \`checks\` and \`warnings\` cells are JSON. An empty cell is a missing value.

### facts.csv

${table(FACT_COLUMNS as Column<never>[])}

### documents.csv

${table(DOCUMENT_COLUMNS as Column<never>[])}

### errors.csv

${table(ERROR_COLUMNS as Column<never>[])}

## dataset.sqlite

\`PRAGMA user_version\` is ${SQLITE_USER_VERSION}. Columns that are always set are \`NOT NULL\`; \`facts.doc\`
references \`documents.doc\` and \`facts.metric\` references \`metrics.id\` (\`PRAGMA foreign_key_check\`
lists none). \`metrics\` has \`id\`, \`family\`, \`unit\`, \`dims\` (JSON) and \`vi\` (the Vietnamese name).

## Licence

${LICENSES.map((l) => `${l.title}: ${l.name}, ${l.path}`).join('\n')}. Check the terms of the source
documents before republishing their text (the quotes and \`text/\`).
`;
}
