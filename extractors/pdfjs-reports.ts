// What pdf.js says about a damaged file without failing: warnings on the console (at verbosity
// WARNINGS) and promise rejections nobody handles (a broken page tree leaves the fetches of other
// pages rejected in a cache). Both are collected while a PDF is read, so they are told as that
// file's damage, and the thread that reads it does not die of a rejection while on the next file.

export interface PdfjsReports {
  /** Warnings, without pdf.js's "Warning: " prefix, in order. */
  warnings: string[];
  /** Errors of rejections that no one handled. */
  rejections: unknown[];
}

const PDFJS_ERRORS = new Set([
  'XRefEntryException',
  'XRefParseException',
  'FormatError',
  'InvalidPDFException',
  'MissingDataException',
  'ParserEOFException',
  'UnknownErrorException',
  'AbortException',
]);

const isPdfjsError = (e: unknown): boolean => {
  const { name, stack } = (e ?? {}) as { name?: unknown; stack?: unknown };
  return (typeof name === 'string' && PDFJS_ERRORS.has(name)) || (typeof stack === 'string' && stack.includes('pdfjs-dist'));
};

const active = new Set<PdfjsReports>();

/** Set on a rejection this module has told as a file's damage. */
export const HANDLED = Symbol.for('baocao.rejection-handled');
let uninstall: (() => void) | null = null;

function install(): void {
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (!message.startsWith('Warning: ')) return original.apply(console, args);
    for (const r of active) r.warnings.push(message.slice('Warning: '.length));
  };
  const onRejection = (reason: unknown) => {
    if (isPdfjsError(reason)) {
      for (const r of active) r.rejections.push(reason);
      // Other listeners (the CLI's last resort) hear it too: mark it as told.
      if (reason && typeof reason === 'object') Object.defineProperty(reason, HANDLED, { value: true });
      return;
    }
    // Not ours to judge: as Node does with no listener, unless someone else listens.
    if (process.listenerCount('unhandledRejection') === 1) throw reason;
  };
  process.prependListener('unhandledRejection', onRejection);
  uninstall = () => {
    console.warn = original;
    process.off('unhandledRejection', onRejection);
    uninstall = null;
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `read` (one PDF's reading) while collecting what pdf.js reports; reads at once in one
 *  thread each get everything reported meanwhile. */
export async function collectPdfjsReports<T>(read: (reports: PdfjsReports) => Promise<T>): Promise<T> {
  const reports: PdfjsReports = { warnings: [], rejections: [] };
  if (!uninstall) install();
  active.add(reports);
  try {
    return await read(reports);
  } finally {
    // A rejection is reported unhandled once the microtasks of its turn have run: wait for them.
    await nextTurn();
    await nextTurn();
    active.delete(reports);
    if (!active.size) uninstall?.();
  }
}

// pdf.js warns about font hinting programs it does not run ("TT: …"): not damage to the text.
const NOISE = /^TT: /;
const DAMAGE = /error|exception|invalid|bad |corrupt|ignoring|unterminated|illegal|malformed|not found|out of bounds|unknown|could not|unable|missing|expected|skipping/i;

/** Whether a warning says that something of the file could not be read. */
export const isDamageWarning = (w: string): boolean => !NOISE.test(w) && DAMAGE.test(w);

/** "3", "3 and 5", "1–3, 7 and 9": page numbers as a person reads them. */
export function pageList(pages: number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : (runs[0] ?? '');
}
