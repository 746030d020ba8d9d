// One extract at a time per output folder: two runs merging into the same folder would each
// rewrite it from what they loaded, and the later would silently drop the other's reports.
import { open, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE = '.baocao-extract.lock';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export class FolderBusyError extends Error {}

/** Takes the folder's lock (a stale lock of a dead process is taken over); returns its release. */
export async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && alive(pid)) {
        throw new FolderBusyError(`another baocao extract (process ${pid}) is writing to ${dir}; wait for it to finish.`);
      }
      await rm(file, { force: true }); // left behind by a run that was killed
    }
  }
  throw new FolderBusyError(`could not lock ${dir}; remove ${file} if no extract is running.`);
}

const TEMP_NAME = /^\..+\.tmp-(\d+)-[0-9a-f]{8}$/;

/** Removes temporary files that interrupted runs (processes no longer alive) left behind. */
export async function removeStaleTemps(dir: string): Promise<void> {
  for (const sub of [dir, path.join(dir, 'text')]) {
    const names = await readdir(sub).catch(() => [] as string[]);
    for (const name of names) {
      const m = TEMP_NAME.exec(name);
      if (m && !alive(Number(m[1]))) await rm(path.join(sub, name), { force: true });
    }
  }
}
