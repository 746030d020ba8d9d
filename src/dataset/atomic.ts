// Writing outputs so that an interrupted run never leaves a half-written file under a final
// name: write to a temporary name in the same folder, then rename (atomic on one file system).
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeWrite } from './fault.js';

export const tempNameFor = (file: string) =>
  path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);

/** Runs `write` against a temporary path, then renames it over `file`. */
export async function writeAtomically(file: string, write: (tempPath: string) => Promise<void> | void): Promise<void> {
  const temp = tempNameFor(file);
  try {
    beforeWrite('write', file);
    await write(temp);
    beforeWrite('rename', file);
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    // Say which file, when what failed did not (SQLite's "database or disk is full").
    if (e && typeof e === 'object' && !('path' in e)) Object.assign(e, { path: file });
    throw e;
  }
}

export const writeFileAtomically = (file: string, data: string | Uint8Array) => writeAtomically(file, (temp) => writeFile(temp, data));
