// The output folder's lock: created complete in one step, so a second run never finds a lock
// without its holder's process id and takes it for a dead run's.
import { describe, it, expect } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FolderBusyError, LOCK_FILE, lockFolder } from '../src/dataset/lock.js';

describe('the output folder lock', () => {
  it('is not taken from a run that has created the lock file but not yet written its process id', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'baocao-lock-'));
    try {
      await writeFile(path.join(dir, LOCK_FILE), ''); // what an older baocao left between open and write
      await expect(lockFolder(dir)).rejects.toBeInstanceOf(FolderBusyError);
      expect(await readFile(path.join(dir, LOCK_FILE), 'utf8')).toBe('');
      // An empty lock left for long by a killed run is stale.
      const old = new Date(Date.now() - 3_600_000);
      await utimes(path.join(dir, LOCK_FILE), old, old);
      const release = await lockFolder(dir);
      expect(await readFile(path.join(dir, LOCK_FILE), 'utf8')).toBe(String(process.pid));
      await release();
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves no file of its own but the lock, which holds the process id as soon as it exists', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'baocao-lock-'));
    try {
      const release = await lockFolder(dir);
      expect(await readdir(dir)).toEqual([LOCK_FILE]);
      expect(await readFile(path.join(dir, LOCK_FILE), 'utf8')).toBe(String(process.pid));
      await release();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
