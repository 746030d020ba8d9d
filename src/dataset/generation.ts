// The output folder as one commit. A run writes a whole dataset into a generation folder of its own
// (.baocao/generations/<id>/: every output file, text/, and manifest.json with each file's size and
// SHA-256), then switches one pointer to it: the symbolic link .baocao/current, replaced by a rename,
// which is atomic. The names a person opens (facts.jsonl, …, text/) are symbolic links through that
// pointer, so they all change at once. A run that stops before the switch (killed, disk full) leaves
// the previous generation current; its own folder is removed by the next run. The generation before
// the current one is kept (a reader that started on it can finish; a person can go back to it).
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeWrite } from './fault.js';
import { TEXT_DIR, textFileName } from './text-file.js';

export const STORE_DIR = '.baocao';
const GENERATIONS = 'generations';
const CURRENT = 'current';
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'baocao-output/1';

/** Names at the top of an output folder that lead into the current generation (every file a
 *  generation holds gets its link; these are the ones known to be baocao's). */
export const LINKED_NAMES = [
  'facts.jsonl',
  'documents.jsonl',
  'errors.jsonl',
  'skipped.jsonl',
  'audit.jsonl',
  'facts.csv',
  'documents.csv',
  'errors.csv',
  'dataset.sqlite',
  'datapackage.json',
  'README.md',
  TEXT_DIR,
] as const;

export interface FileEntry {
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  generation: string;
  /** The generation this one replaced, kept until the next commit. */
  previous: string | null;
  created: string;
  counts: { documents: number; facts: number; errors: number; texts: number };
  /** Every file of the generation but the manifest, by its path inside it ("text/<doc>.json"). */
  files: Record<string, FileEntry>;
}

export const sha256Of = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

const storeOf = (dir: string) => path.join(dir, STORE_DIR);
const pointerOf = (dir: string) => path.join(storeOf(dir), CURRENT);
const code = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** The current generation's folder (absolute), or null when the folder has none (new, or written
 *  by a baocao before generations). */
export async function currentGeneration(dir: string): Promise<string | null> {
  try {
    const target = await readlink(pointerOf(dir));
    return path.resolve(storeOf(dir), target);
  } catch (e) {
    if (code(e) === 'ENOENT') return null;
    throw e;
  }
}

/** Where a reader finds the dataset of `dir`: the current generation, or `dir` itself (an older layout). */
export async function datasetRoot(dir: string): Promise<string> {
  return (await currentGeneration(dir)) ?? dir;
}

async function fileEntry(file: string): Promise<FileEntry> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Writes a file's data to disk before the pointer moves to it (a power cut must not leave a
 *  current generation with empty files). */
async function syncPath(p: string): Promise<void> {
  const handle = await open(p, 'r');
  try {
    await handle.sync();
  } catch (e) {
    if (!['EINVAL', 'ENOTSUP', 'EISDIR'].includes(code(e) ?? '')) throw e; // a file system that cannot
  } finally {
    await handle.close();
  }
}

/** Runs f over items, a few at a time (a dataset can have thousands of text files). */
async function eachLimited<T>(items: T[], f: (t: T) => Promise<void>, limit = 16): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await f(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A generation being written. Nothing of it is seen until `commit`. */
export class Generation {
  private readonly texts = new Map<string, FileEntry>();
  private readonly written = new Set<string>();
  /** Set once the pointer is switched: the generation is the dataset's, never to be abandoned. */
  committed = false;
  /** What failed after the switch, while the folder was tidied (the links, older generations). */
  tidyFailure: unknown = null;

  private constructor(
    readonly dir: string,
    readonly id: string,
    readonly root: string,
    readonly previous: string | null,
  ) {}

  /** Makes the folder of a new generation (with its text/ folder) under `dir`. */
  static async begin(dir: string): Promise<Generation> {
    const id = `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}-${randomBytes(4).toString('hex')}`;
    const root = path.join(storeOf(dir), GENERATIONS, id);
    await mkdir(path.join(root, TEXT_DIR), { recursive: true });
    const current = await currentGeneration(dir);
    return new Generation(dir, id, root, current && path.basename(current));
  }

  /** Writes the text file of one report. */
  async writeText(doc: string, content: string): Promise<void> {
    const name = `${TEXT_DIR}/${textFileName(doc)}`;
    beforeWrite('write', path.join(this.root, name));
    await writeFile(path.join(this.root, name), content);
    this.texts.set(name, { bytes: Buffer.byteLength(content), sha256: sha256Of(content) });
    this.written.add(name);
  }

  /** Forgets a text file written by this run (a report that turned out to be a copy). */
  async dropText(doc: string): Promise<void> {
    const name = `${TEXT_DIR}/${textFileName(doc)}`;
    this.texts.delete(name);
    this.written.delete(name);
    await rm(path.join(this.root, name), { force: true });
  }

  /** Takes a report's text file, unchanged, from the generation before (a hard link, else a copy). */
  async carryText(doc: string, from: string, content: Buffer): Promise<void> {
    const name = `${TEXT_DIR}/${textFileName(doc)}`;
    const to = path.join(this.root, name);
    beforeWrite('link', to);
    await link(from, to).catch(async (e) => {
      if (code(e) === 'EEXIST') await rm(to, { force: true });
      await copyFile(from, to).catch(() => writeFile(to, content));
      this.written.add(name);
    });
    this.texts.set(name, { bytes: content.length, sha256: sha256Of(content) });
  }

  /** Makes the generation the dataset of the folder: the manifest, every file on disk, then the
   *  pointer; then the links at the top of the folder and the removal of older generations. */
  async commit(counts: Omit<Manifest['counts'], 'texts'>): Promise<Manifest> {
    const files: Record<string, FileEntry> = {};
    const top = (await readdir(this.root, { withFileTypes: true })).filter((e) => e.isFile() && e.name !== MANIFEST_FILE).map((e) => e.name).sort();
    for (const name of top) files[name] = await fileEntry(path.join(this.root, name));
    for (const [name, entry] of [...this.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) files[name] = entry;
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      generation: this.id,
      previous: this.previous,
      created: new Date().toISOString(),
      counts: { ...counts, texts: this.texts.size },
      files,
    };
    beforeWrite('write', path.join(this.root, MANIFEST_FILE));
    await writeFile(path.join(this.root, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + '\n');

    await eachLimited([...top, ...this.written, MANIFEST_FILE], (name) => syncPath(path.join(this.root, name)));
    await syncPath(path.join(this.root, TEXT_DIR));
    await syncPath(this.root);

    // The commit: one rename of the pointer.
    const temp = path.join(storeOf(this.dir), `${CURRENT}.${process.pid}-${randomBytes(4).toString('hex')}`);
    beforeWrite('link', temp);
    await symlink(path.join(GENERATIONS, this.id), temp);
    beforeWrite('switch', pointerOf(this.dir));
    await rename(temp, pointerOf(this.dir));
    this.committed = true;

    // The run has succeeded; what follows tidies, and the next run redoes it if it fails here.
    try {
      await syncPath(storeOf(this.dir));
      await linkTopNames(this.dir);
      await removeOtherGenerations(this.dir);
    } catch (e) {
      this.tidyFailure = e;
    }
    return manifest;
  }

  /** Removes the folder of a generation that will not be committed. */
  async abandon(): Promise<void> {
    if (!this.committed) await rm(this.root, { recursive: true, force: true });
  }
}

/**
 * Makes every top-level name a link into the current generation: after a commit, and at the start
 * of a run (a run stopped between its commit and its links, or a folder of an older baocao, whose
 * regular files and text/ folder give way to links).
 */
export async function linkTopNames(dir: string): Promise<void> {
  const generation = await currentGeneration(dir);
  if (!generation) return;
  const names = (await readdir(generation)).filter((n) => n !== MANIFEST_FILE).sort();
  for (const name of names) {
    const at = path.join(dir, name);
    const target = path.join(STORE_DIR, CURRENT, name);
    const st = await lstat(at).catch(() => null);
    if (st?.isSymbolicLink() && (await readlink(at)) === target) continue;
    if (st?.isDirectory()) {
      // An older layout's text/ folder: moved into the store, then removed once the link is in.
      const aside = path.join(storeOf(dir), `old-${name}-${randomBytes(4).toString('hex')}`);
      beforeWrite('rename', at);
      await rename(at, aside);
      beforeWrite('link', at);
      await symlink(target, at);
      await rm(aside, { recursive: true, force: true });
      continue;
    }
    const temp = path.join(dir, `.${name}.link-${process.pid}-${randomBytes(4).toString('hex')}`);
    await symlink(target, temp);
    beforeWrite('link', at);
    await rename(temp, at);
  }
}

/** Removes every generation but the current one and the one it replaced (older ones, and those
 *  of runs that stopped before their switch). */
export async function removeOtherGenerations(dir: string): Promise<void> {
  const current = await currentGeneration(dir);
  const keep = new Set<string>();
  if (current) {
    keep.add(path.basename(current));
    const previous = (await readManifest(current))?.previous;
    if (previous) keep.add(previous);
  }
  const all = path.join(storeOf(dir), GENERATIONS);
  for (const name of await readdir(all).catch(() => [] as string[])) {
    if (!keep.has(name)) await rm(path.join(all, name), { recursive: true, force: true });
  }
  // Links and folders of runs that stopped midway.
  for (const name of await readdir(storeOf(dir)).catch(() => [] as string[])) {
    if (/^(current\.\d+-|old-)/.test(name)) await rm(path.join(storeOf(dir), name), { recursive: true, force: true });
  }
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (/^\..+\.link-\d+-[0-9a-f]{8}$/.test(name)) await rm(path.join(dir, name), { force: true });
  }
}

/** The manifest of a generation folder, or null when it has none that can be read. */
export async function readManifest(root: string): Promise<Manifest | null> {
  try {
    const m = JSON.parse(await readFile(path.join(root, MANIFEST_FILE), 'utf8')) as Manifest;
    return m && m.format === MANIFEST_FORMAT && typeof m.files === 'object' ? m : null;
  } catch {
    return null;
  }
}

/** The files a run builds on: the rest (CSV, SQLite, the audit) is made again from them. */
export const RECORD_FILES = ['documents.jsonl', 'facts.jsonl', 'errors.jsonl'];

/** The record files of a generation that are not as its manifest says (text files are checked as
 *  they are read; a CSV edited in a spreadsheet is simply made again). */
export async function changedFiles(root: string, manifest: Manifest): Promise<string[]> {
  const changed: string[] = [];
  for (const name of RECORD_FILES) {
    const entry = manifest.files[name];
    const actual = await fileEntry(path.join(root, name)).catch(() => null);
    if (!entry || !actual || actual.bytes !== entry.bytes || actual.sha256 !== entry.sha256) changed.push(name);
  }
  return changed;
}

/** Whether `dir` holds links into a store that is gone (its .baocao folder deleted). */
export async function hasDanglingLinks(dir: string): Promise<boolean> {
  for (const name of LINKED_NAMES) {
    const st = await lstat(path.join(dir, name)).catch(() => null);
    if (st?.isSymbolicLink() && !(await realpath(path.join(dir, name)).catch(() => null))) return true;
  }
  return false;
}
