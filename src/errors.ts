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
  'PDF_DAMAGED_PAGES',
  'DATASET_REPAIRED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes of the warnings a report's record carries (documents.jsonl `warnings`): what a person should
 *  know about how it was read. Each warning is written `CODE: sentence`. */
export const WARNING_CODES = [
  /** Typed in a legacy Vietnamese font encoding (TCVN3, VNI), converted to Unicode. */
  'LEGACY_ENCODING',
  /** A .txt in another code page than UTF-8 (Windows-1258), decoded. */
  'TXT_ENCODING',
  /** Bytes that are not UTF-8 in an otherwise UTF-8 .txt, read as U+FFFD. */
  'TXT_INVALID_BYTES',
  /** PDF pages that could not be read, or only in part; the pages are named. */
  'PDF_DAMAGED_PAGES',
  /** A PDF whose structure was damaged and rebuilt by the reader. */
  'PDF_REPAIRED',
  /** Parts of a Word document that could not be read. */
  'DOCX_DAMAGED',
  /** PDF pages without a text layer, read by OCR (with the engine and mean confidence). */
  'OCR_PAGES',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

export const warning = (code: WarningCode, sentence: string): string => `${code}: ${sentence}`;

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

/** What the system said about a file, as a person would say it. */
const SYSTEM_REASONS: Record<string, string> = {
  EACCES: 'there is no permission to read it',
  EPERM: 'the system does not permit reading it',
  EISDIR: 'it is a folder',
  EIO: 'the disk reported an input/output error while reading it',
  ELOOP: 'its symbolic links go round in a loop',
  ENAMETOOLONG: 'its path is too long for the system',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
};

/** Turns anything thrown while reading one input into a typed error (never lets a raw error escape). */
export function toBaocaoError(e: unknown, path?: string): BaocaoError {
  if (isBaocaoError(e)) return e;
  const reason = SYSTEM_REASONS[(e as NodeJS.ErrnoException)?.code ?? ''];
  const msg = reason ?? (e instanceof Error ? e.message : String(e));
  return new BaocaoError('READ_FAILED', `Could not read ${path ?? 'the input'}: ${msg}.`.replace(/\.\.$/, '.'), { path, cause: e });
}
