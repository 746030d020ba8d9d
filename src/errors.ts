// Typed errors: every failure an input can cause has a code and a sentence a person can act on.

export const ERROR_CODES = [
  'UNSUPPORTED_FORMAT',
  'EMPTY_FILE',
  'NOT_FOUND',
  'TOO_LARGE',
  'TIMEOUT',
  'PDF_CORRUPT',
  'PDF_ENCRYPTED',
  'NO_TEXT_LAYER',
  'OCR_EMPTY',
  'DOCX_CORRUPT',
  'TXT_BINARY',
  'READ_FAILED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class BaocaoError extends Error {
  readonly code: ErrorCode;
  readonly path?: string;
  constructor(code: ErrorCode, message: string, options?: { path?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BaocaoError';
    this.code = code;
    this.path = options?.path;
  }
}

export const isBaocaoError = (e: unknown): e is BaocaoError => e instanceof BaocaoError;

/** Turns anything thrown while reading one input into a typed error (never lets a raw error escape). */
export function toBaocaoError(e: unknown, path?: string): BaocaoError {
  if (isBaocaoError(e)) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new BaocaoError('READ_FAILED', `Could not read ${path ?? 'the input'}: ${msg}`, { path, cause: e });
}
