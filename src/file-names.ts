// File names that are not UTF-8: the dataset keeps a readable form (U+FFFD for the bytes that are
// not) and the bytes themselves, written so that any tool can read them back.

/** A path's bytes as they are: printable ASCII but '%' kept, every other byte as %XX. */
export function percentEncoded(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x20 && b < 0x7f && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}
