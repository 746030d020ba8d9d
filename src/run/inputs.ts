// Turns the paths given on the command line into the list of files to read.
// Folders are walked recursively; inside a folder only report formats are taken, everything
// else is listed as skipped. A file named explicitly is always handed to the pipeline, so the
// person who asked for it gets an answer (UNSUPPORTED_FORMAT) rather than silence.
//
// Names come from the file system as bytes: a name that is not UTF-8 (an archive made on an old
// Windows) is listed by a readable form (U+FFFD for the bytes that are not) and opened by its bytes.
import { isUtf8 } from 'node:buffer';
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
  /** The bytes of the paths in `files` that are not UTF-8 (the file is opened by them). */
  rawPaths: Map<string, Buffer>;
}

const SEP = Buffer.from(path.sep);
const readable = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes);


export const isReportFile = (file: string): boolean =>
  (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

/**
 * @param exclude folders never to walk into (the output folder, when it sits inside an input).
 */
export async function collectInputs(inputs: string[], exclude: string[] = []): Promise<CollectedInputs> {
  const out: CollectedInputs = { files: [], skipped: [], errors: [], rawPaths: new Map() };
  const excluded = new Set<string>();
  for (const e of exclude) excluded.add(await realpath(e, { encoding: 'buffer' }).then((b) => b.toString('latin1'), () => path.resolve(e)));
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  // Real paths as bytes (latin1 keeps one char per byte): two names that read alike stay apart.
  const realOf = (at: string | Buffer, shown: string) =>
    realpath(at, { encoding: 'buffer' }).then((b) => b.toString('latin1'), () => path.resolve(shown));

  const addFile = async (file: string, raw?: Buffer) => {
    const real = await realOf(raw ?? file, file);
    if (seenFiles.has(real)) return; // the same file reached twice (overlapping inputs, links)
    seenFiles.add(real);
    out.files.push(file);
    if (raw && !isUtf8(raw)) out.rawPaths.set(file, raw);
  };

  const walk = async (dir: string, rawDir: Buffer): Promise<void> => {
    const real = await realOf(rawDir, dir);
    if (seenDirs.has(real) || excluded.has(real)) return; // link loops, the output folder
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(rawDir, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      out.errors.push({ path: dir, code: 'READ_FAILED', error: `Could not list the folder ${dir}: ${(e as Error).message}` });
      return;
    }
    const named = entries.map((entry) => ({ entry, bytes: entry.name as unknown as Buffer, name: readable(entry.name as unknown as Buffer) }));
    named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.bytes, b.bytes)));
    for (const { entry, bytes, name } of named) {
      const full = path.join(dir, name);
      const rawFull = Buffer.concat([rawDir, SEP, bytes]);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const st = await stat(rawFull).catch(() => null);
        if (!st) {
          out.skipped.push({ path: full, reason: 'broken symbolic link' });
          continue;
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) await walk(full, rawFull);
      else if (isFile && isReportFile(full)) await addFile(full, rawFull);
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
    } else if (st.isDirectory()) await walk(input, Buffer.from(input));
    else await addFile(input);
  }
  return out;
}
