// Turns the paths given on the command line into the list of files to read.
// Folders are walked recursively; inside a folder only report formats are taken, everything
// else is listed as skipped. A file named explicitly is always handed to the pipeline, so the
// person who asked for it gets an answer (UNSUPPORTED_FORMAT) rather than silence.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../../extractors/index.js';
import type { ErrorRecord } from '../facts.js';
import type { SkippedRecord } from '../dataset/output.js';

export type { SkippedRecord };

export interface CollectedInputs {
  /** Files to read, in a stable order (sorted within each given path). */
  files: string[];
  skipped: SkippedRecord[];
  /** Inputs that could not be listed at all (missing path, unreadable folder). */
  errors: ErrorRecord[];
}

export const isReportFile = (file: string): boolean =>
  (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

/**
 * @param exclude folders never to walk into (the output folder, when it sits inside an input).
 */
export async function collectInputs(inputs: string[], exclude: string[] = []): Promise<CollectedInputs> {
  const out: CollectedInputs = { files: [], skipped: [], errors: [] };
  const excluded = new Set<string>();
  for (const e of exclude) excluded.add(await realpath(e).catch(() => path.resolve(e)));
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const addFile = async (file: string) => {
    const real = await realpath(file).catch(() => path.resolve(file));
    if (seenFiles.has(real)) return; // the same file reached twice (overlapping inputs, links)
    seenFiles.add(real);
    out.files.push(file);
  };

  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir).catch(() => path.resolve(dir));
    if (seenDirs.has(real) || excluded.has(real)) return; // link loops, the output folder
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      out.errors.push({ path: dir, code: 'READ_FAILED', error: `Could not list the folder ${dir}: ${(e as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const st = await stat(full).catch(() => null);
        if (!st) {
          out.skipped.push({ path: full, reason: 'broken symbolic link' });
          continue;
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) await walk(full);
      else if (isFile && isReportFile(full)) await addFile(full);
      else if (isFile) out.skipped.push({ path: full, reason: `not a report format (${SUPPORTED_EXTENSIONS.join(', ')})` });
      else out.skipped.push({ path: full, reason: 'not a regular file' });
    }
  };

  for (const input of inputs) {
    const st = await stat(input).catch((e: NodeJS.ErrnoException) => e);
    if (st instanceof Error) {
      const missing = st.code === 'ENOENT' || st.code === 'ENOTDIR';
      out.errors.push({
        path: input,
        code: missing ? 'NOT_FOUND' : 'READ_FAILED',
        error: missing ? `${input} does not exist; check the path.` : `Could not open ${input}: ${st.message}`,
      });
    } else if (st.isDirectory()) await walk(input);
    else await addFile(input);
  }
  return out;
}
