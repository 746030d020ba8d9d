// How a command ends when the run itself fails (not one input): one sentence on stderr saying what
// happened and what was left as it was, the stack only with --debug, and an exit code of its own.

/** Exit codes of every command (README, "Exit codes"). */
export const EXIT = {
  /** Done: every input read. */
  ok: 0,
  /** Done, but some inputs failed (the rest are written; errors.jsonl says which and why). */
  inputsFailed: 1,
  /** Not started: a usage error, or an output folder that is busy, not a dataset, or damaged. */
  usage: 2,
  /** Stopped: the system (a full disk, no permission) or a bug; the output folder is as it was. */
  failed: 3,
} as const;

const SYSTEM: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'there is no permission to write there',
  EPERM: 'the system did not permit a write',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  ENAMETOOLONG: 'a file name is too long for the file system',
  // SQLite says the same things its own way (better-sqlite3 passes its codes on).
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'the disk reported an input/output error',
  SQLITE_READONLY: 'the disk is read-only',
  SQLITE_CANTOPEN: 'a file could not be opened for writing',
};

const FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

/** The words for an error's code; SQLite's extended codes (SQLITE_IOERR_WRITE) by their family. */
function systemWords(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return SYSTEM[code] ?? (code.startsWith('SQLITE_') ? SYSTEM[code.split('_').slice(0, 2).join('_')] : undefined);
}

/** What went wrong, in a few words: "the disk is full", "an internal error (TypeError)". */
export function failureReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return systemWords(err?.code) ?? `an internal error (${e instanceof Error ? e.name : typeof e})`;
}

/** One sentence for a failure of the run; `unchanged` says what was left as it was. */
export function failureSentence(e: unknown, unchanged: string): string {
  const err = e as NodeJS.ErrnoException;
  const system = systemWords(err?.code);
  if (system) {
    const where = err.path ? ` (at ${err.path})` : '';
    return `${system}${where}, so the run stopped; ${unchanged}. ${FULL.has(err.code!) ? 'Free some space' : 'Fix that'} and run again.`;
  }
  const kind = e instanceof Error ? e.name : typeof e;
  return `the run stopped on an internal error (${kind}); ${unchanged}. Run again with --debug to see where, and report it.`;
}

export const wantsDebug = () => process.argv.includes('--debug');

/** Prints the failure of `command` and sets the exit code. */
export function reportFailure(command: string, e: unknown, unchanged: string): void {
  console.error(`baocao ${command}: ${failureSentence(e, unchanged)}`);
  if (wantsDebug()) console.error(e instanceof Error && e.stack ? e.stack : String(e));
  process.exitCode = EXIT.failed;
}
