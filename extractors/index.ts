// Picks the extractor for a file by its extension. Every extractor returns the same TextDocument.
import type { TextDocument } from '../src/model.js';
import { BaocaoError } from '../src/errors.js';

export interface ExtractOptions {
  /** Refuse inputs larger than this many bytes (TOO_LARGE). */
  maxBytes?: number;
}

export const SUPPORTED_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;

export async function extractBytes(_bytes: Uint8Array, name: string, _opts: ExtractOptions = {}): Promise<TextDocument> {
  throw new BaocaoError('UNSUPPORTED_FORMAT', `not built yet: ${name}`, { path: name });
}
