// What every command shares on its surface: data on stdout, messages on stderr; --json puts the data
// on stdout as one JSON document; --quiet leaves stderr to failures alone.
import type { Command } from 'commander';

export interface SurfaceFlags {
  json?: boolean;
  quiet?: boolean;
}

/** What --quiet does, the same for every command (each says what its --json prints). */
export const QUIET_HELP = 'no messages on stderr (summaries, notes, warnings); only why a run could not be done (exit 2 or 3)';

/** Adds --json (saying what it prints) and --quiet to a command. */
export function surfaceOptions(command: Command, json: string): Command {
  return command.option('--json', json).option('--quiet', QUIET_HELP);
}

/** A message for a person: stderr, unless --quiet. */
export const messenger = (flags: SurfaceFlags) => (line: string) => {
  if (!flags.quiet) process.stderr.write(`${line}\n`);
};

/** Data: stdout, one JSON document. */
export const printJson = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
