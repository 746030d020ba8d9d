// Test-only faults in the writes of an output folder, so tests and `npm run torture` can stop a run
// at each of its writes: BAOCAO_TEST_FAULT="enospc:N" fails the Nth write as a full disk would,
// "kill:N" ends the process with SIGKILL just before it, "bug:N" throws there as a bug would, and
// "count" lists the writes on stderr when the process exits. Unset in normal use.
const spec = /^(enospc|kill|bug):(\d+)$|^count$/.exec(process.env.BAOCAO_TEST_FAULT ?? '');
const seen: string[] = [];

if (spec?.[0] === 'count') process.on('exit', () => process.stderr.write(seen.map((w, i) => `BAOCAO_TEST_FAULT write ${i + 1}: ${w}\n`).join('')));

/** Called before each write, rename or link that changes the output folder: `step` says which
 *  ("write", "rename", "link", "switch"), `file` what it writes. */
export function beforeWrite(step: string, file: string): void {
  if (!spec) return;
  const what = `${step} ${file}`;
  seen.push(what);
  if (!spec[1] || seen.length !== Number(spec[2])) return;
  if (spec[1] === 'kill') process.kill(process.pid, 'SIGKILL');
  if (spec[1] === 'bug') throw new TypeError(`test fault before: ${what}`);
  const e = new Error(`ENOSPC: no space left on device, write '${file}'`) as NodeJS.ErrnoException;
  e.code = 'ENOSPC';
  e.syscall = 'write';
  e.path = file;
  throw e;
}
