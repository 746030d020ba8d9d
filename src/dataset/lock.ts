// One extract at a time per output folder: two runs merging into the same folder would each
// rewrite it from what they loaded, and the later would silently drop the other's reports.
import { randomBytes } from 'node:crypto';
import { link, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE = '.baocao-extract.lock';

/** A lock without a process id in it is another run's, being made, for this long (older baocao
 *  versions created the file first and wrote the id after). */
const UNREADABLE_LOCK_GRACE_MS = 60_000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export class FolderBusyError extends Error {}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code;

/**
 * Creates the lock file complete in one step: the process id is written under a name of its own,
 * which is then hard-linked to the lock's name (link fails when the lock exists). A second run
 * never sees a lock without its holder. Returns false when the lock exists.
 */
async function createLock(file: string): Promise<boolean> {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(temp, String(process.pid));
  try {
    await link(temp, file);
    return true;
  } catch (e) {
    if (code(e) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(code(e) ?? '')) throw e;
    // A file system without hard links: create and write, the one way left.
    const handle = await open(file, 'wx').catch((err) => (code(err) === 'EEXIST' ? null : Promise.reject(err)));
    if (!handle) return false;
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } finally {
    await rm(temp, { force: true });
  }
}

/** Moves a stale lock aside, unless it changed since it was read (another run took it over). */
async function removeStaleLock(file: string, seen: string): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch (e) {
    if (code(e) === 'ENOENT') return;
    throw e;
  }
  const moved = await readFile(aside, 'utf8').catch(() => null);
  if (moved !== seen) await link(aside, file).catch(() => undefined); // not the one we judged: put it back
  await rm(aside, { force: true });
}

/** Takes the folder's lock (a stale lock of a dead process is taken over); returns its release. */
export async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createLock(file)) return () => rm(file, { force: true });
    const holder = await readFile(file, 'utf8').catch(() => null);
    if (holder === null) continue; // released meanwhile
    const pid = Number(holder.trim());
    if (!Number.isInteger(pid) || pid <= 0) {
      const age = await stat(file).then((s) => Date.now() - s.mtimeMs).catch(() => Infinity);
      if (age < UNREADABLE_LOCK_GRACE_MS) throw new FolderBusyError(`another baocao extract is starting to write to ${dir}; wait for it to finish.`);
    } else if (pid !== process.pid && alive(pid)) {
      throw new FolderBusyError(`another baocao extract (process ${pid}) is writing to ${dir}; wait for it to finish.`);
    }
    await removeStaleLock(file, holder); // left behind by a run that was killed
  }
  throw new FolderBusyError(`could not lock ${dir}; remove ${file} if no extract is running.`);
}

const TEMP_NAME = /^\..+\.tmp-(\d+)-[0-9a-f]{8}$/;
const LOCK_TEMP = new RegExp(`^${LOCK_FILE.replace(/\./g, '\\.')}\\.(?:stale-)?(\\d+)-[0-9a-f]{8}$`);

/** Removes temporary files that interrupted runs (processes no longer alive) left behind. */
export async function removeStaleTemps(dir: string): Promise<void> {
  for (const sub of [dir, path.join(dir, 'text')]) {
    const names = await readdir(sub).catch(() => [] as string[]);
    for (const name of names) {
      const m = TEMP_NAME.exec(name) ?? LOCK_TEMP.exec(name);
      if (m && !alive(Number(m[1]))) await rm(path.join(sub, name), { force: true });
    }
  }
}
