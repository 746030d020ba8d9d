// Limits shared by the CLI and the readers (a module of its own: the CLI must not load the readers to print --help).

/** Default --max-size: files above it are refused (TOO_LARGE) before they are read. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** Default --ocr-timeout: the time a file gets for each page it reads by OCR, on top of --timeout. */
export const DEFAULT_OCR_PAGE_TIMEOUT_MS = 60_000;

/** Default audit --ocr-confidence: figures read by OCR with a word below this (0–100) are listed.
 *  Clean 150–300 dpi scans give 90–97 for words read right; the misread words of the corpus scan
 *  scored 74–82. */
export const DEFAULT_OCR_CONFIDENCE_THRESHOLD = 85;

/** The choices of --ocr and --ocr-engine. */
export const OCR_MODES = ['auto', 'off', 'force'] as const;
export type OcrMode = (typeof OCR_MODES)[number];
export const OCR_ENGINES = ['tesseract.js', 'tesseract'] as const;
export type OcrEngineName = (typeof OCR_ENGINES)[number];
