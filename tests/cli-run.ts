// Running the built CLI (or another Node script) from a test, and reading the JSONL it writes: shared
// by the tests that drive `baocao` as a user would.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../src/cli.js', import.meta.url));
/** The repository (tests run from dist/tests). */
export const REPO = path.resolve(path.dirname(CLI), '../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a Node script to its end: its exit code (-1 when killed) and what it printed. */
export function runNode(file: string, args: string[], timeout = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file, ...args], { timeout, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** Runs `baocao` with these arguments. */
export const runCli = (args: string[], timeout = 60_000): Promise<Run> => runNode(CLI, args, timeout);

export const readJsonl = async (file: string) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
