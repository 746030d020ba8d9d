// --manifest FILE.csv: what an archive keeper already knows beside the files. Columns file,
// province, period, issuer (any but file optional, any order, a BOM allowed); `file` is a path
// relative to the manifest's folder, or a bare file name.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { resolveSupplied, type SuppliedMetadata } from './apply.js';

export const MANIFEST_COLUMNS = ['file', 'province', 'period', 'issuer'] as const;

const Row = z.object({
  file: z.string().trim().min(1, 'a row has no file'),
  province: z.string().trim().optional(),
  period: z.string().trim().optional(),
  issuer: z.string().trim().optional(),
});
export type ManifestRow = z.infer<typeof Row> & { line: number };

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

/** The rows of a manifest, checked; a file that cannot be used is a ManifestError saying why. */
export async function readManifest(file: string): Promise<ManifestRow[]> {
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (e) {
    throw new ManifestError(`could not read the manifest ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (e as Error).message}.`);
  }
  let records: Record<string, string>[];
  try {
    records = parse(body, { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true });
  } catch (e) {
    throw new ManifestError(`the manifest ${file} is not a CSV file this tool can read: ${(e as Error).message}`);
  }
  const columns = records.length ? Object.keys(records[0]) : [];
  if (records.length && !columns.includes('file')) throw new ManifestError(`the manifest ${file} has no "file" column (its columns: ${MANIFEST_COLUMNS.join(', ')}; all but file optional).`);
  const unknown = columns.filter((c) => !(MANIFEST_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw new ManifestError(`the manifest ${file} has columns this tool does not know: ${unknown.join(', ')} (it reads ${MANIFEST_COLUMNS.join(', ')}).`);
  return records.map((r, i) => {
    const cleaned = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ''));
    const parsed = Row.safeParse(cleaned);
    if (!parsed.success) throw new ManifestError(`the manifest ${file}, row ${i + 2}: ${parsed.error.issues[0]?.message}.`);
    return { ...parsed.data, line: i + 2 };
  });
}

/** The manifest row of an input: by its path relative to the manifest's folder, else by its file name. */
export function manifestLookup(manifestFile: string, rows: ManifestRow[]): (input: string) => ManifestRow | undefined {
  const base = path.dirname(path.resolve(manifestFile));
  const byPath = new Map(rows.map((r) => [path.resolve(base, r.file), r]));
  const byName = new Map<string, ManifestRow | null>();
  for (const r of rows) {
    if (r.file.includes('/') || r.file.includes('\\')) continue;
    byName.set(r.file, byName.has(r.file) ? null : r);
  }
  return (input) => byPath.get(path.resolve(input)) ?? byName.get(path.basename(input)) ?? undefined;
}

export interface LoadedManifest {
  /** The metadata the manifest gives an input, if it has a row for it. */
  of(input: string): SuppliedMetadata | undefined;
  /** Rows that matched no input of the run (said at the end of the run: a typo in a file name). */
  unmatched(inputs: string[]): ManifestRow[];
}

/** A manifest read and every cell checked (a province or period it cannot read stops the run). */
export async function loadManifest(file: string): Promise<LoadedManifest> {
  const rows = await readManifest(file);
  const resolved = new Map<ManifestRow, SuppliedMetadata>();
  for (const r of rows) {
    const s = resolveSupplied(r, 'manifest');
    if (typeof s === 'string') throw new ManifestError(`the manifest ${file}, row ${r.line} (${r.file}): ${s}.`);
    resolved.set(r, s);
  }
  const lookup = manifestLookup(file, rows);
  return {
    of: (input) => {
      const row = lookup(input);
      return row && resolved.get(row);
    },
    unmatched: (inputs) => {
      const used = new Set(inputs.map(lookup));
      return rows.filter((r) => !used.has(r));
    },
  };
}
