// JSON Lines: one record a line, read back with the contract's schemas.
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

export const toJsonl = (records: readonly unknown[]) => records.map((r) => JSON.stringify(r) + '\n').join('');

export class DatasetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetFileError';
  }
}

/** Reads a JSONL file; a missing file is an empty list, a line that breaks the schema is fatal. */
export async function readJsonl<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S>[]> {
  let body: string;
  try {
    body = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: z.infer<S>[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new DatasetFileError(`${file} line ${i + 1} is not JSON; the folder does not hold a dataset this tool can update.`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new DatasetFileError(`${file} line ${i + 1} does not match the dataset contract: ${parsed.error.issues[0]?.message}.`);
    out.push(value as z.infer<S>); // keep fields the schema does not know
  }
  return out;
}
