// Reading one number as written: which separator conventions its shape allows.

/** What the shape of a number token allows. */
export type Shape =
  | { type: 'plain'; value: number }
  /** Only one convention fits ("1.305.471", "35,56", "38.05", "31.888,142"). */
  | { type: 'vi' | 'en'; value: number }
  /** One separator followed by exactly three digits ("5.183", "1,003"): both conventions fit. */
  | { type: 'ambiguous'; sep: '.' | ','; vi: number; en: number }
  /** Not a number in either convention ("1.2.3", "12.4.2023"). */
  | { type: 'invalid' };

const isSpaceSep = (c: number) => c === 0x00a0 || c === 0x202f || c === 0x2009;

/** Splits "1.305.471" into digit runs and the separators between them. */
function split(raw: string): { parts: string[]; seps: string[] } {
  const parts: string[] = [];
  const seps: string[] = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) {
      parts.push(raw.slice(from, i));
      seps.push(isSpaceSep(c) ? ' ' : raw[i]);
      from = i + 1;
    }
  }
  parts.push(raw.slice(from));
  return { parts, seps };
}

/** Thousands groups: first 1–3 digits (no leading zero unless it is "0"), the rest exactly 3. */
function validGroups(parts: string[]): boolean {
  const first = parts[0];
  if (first.length < 1 || first.length > 3) return false;
  if (first.length > 1 && first[0] === '0') return false;
  if (parts.length > 1 && first === '0') return false;
  for (let i = 1; i < parts.length; i++) if (parts[i].length !== 3) return false;
  return true;
}

const num = (intDigits: string, fracDigits = '') => (fracDigits ? Number(`${intDigits}.${fracDigits}`) : Number(intDigits));

export function parseShape(raw: string): Shape {
  // Most numbers have no separator: nothing to split.
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) i++;
  if (i === raw.length) return { type: 'plain', value: Number(raw) };
  const { parts, seps } = split(raw);

  // Narrow/no-break spaces group thousands; an optional final '.' or ',' is the decimal mark.
  if (seps[0] === ' ') {
    let k = 0;
    while (k < seps.length && seps[k] === ' ') k++;
    if (k < seps.length - 1) return { type: 'invalid' };
    const groups = parts.slice(0, k + 1);
    if (!validGroups(groups)) return { type: 'invalid' };
    const intDigits = groups.join('');
    if (k === seps.length) return { type: 'vi', value: num(intDigits) };
    return { type: seps[k] === ',' ? 'vi' : 'en', value: num(intDigits, parts[k + 1]) };
  }
  if (seps.includes(' ')) return { type: 'invalid' };

  // "0259.3822": a zero-led run of several digits before a separator is a code or phone number, not a figure.
  if (parts[0].length > 1 && parts[0][0] === '0') return { type: 'invalid' };
  const allSame = seps.every((s) => s === seps[0]);
  if (allSame) {
    const sep = seps[0] as '.' | ',';
    if (seps.length >= 2) {
      if (!validGroups(parts)) return { type: 'invalid' };
      return { type: sep === '.' ? 'vi' : 'en', value: num(parts.join('')) };
    }
    const [a, b] = parts;
    const decimal = num(a, b);
    const grouped = num(a + b);
    if (b.length === 3 && validGroups(parts)) {
      return sep === '.' ? { type: 'ambiguous', sep, vi: grouped, en: decimal } : { type: 'ambiguous', sep, vi: decimal, en: grouped };
    }
    return { type: sep === '.' ? 'en' : 'vi', value: decimal };
  }

  // Mixed: "31.888,142" (vi) or "31,888.142" (en): groups with one separator, then the other once.
  const last = seps[seps.length - 1];
  const groupSep = seps[0];
  if (last === groupSep) return { type: 'invalid' };
  for (let i = 0; i < seps.length - 1; i++) if (seps[i] !== groupSep) return { type: 'invalid' };
  const groups = parts.slice(0, parts.length - 1);
  if (!validGroups(groups)) return { type: 'invalid' };
  return { type: groupSep === '.' ? 'vi' : 'en', value: num(groups.join(''), parts[parts.length - 1]) };
}

/** The value of a shape under a convention (plain and unambiguous shapes ignore it). */
export function valueAs(shape: Shape, reading: 'vi' | 'en'): number {
  switch (shape.type) {
    case 'plain':
    case 'vi':
    case 'en':
      return shape.value;
    case 'ambiguous':
      return reading === 'vi' ? shape.vi : shape.en;
    default:
      return NaN;
  }
}

/** Reading of an ambiguous shape when it is read as a whole number ("5,183 người" → en, "5.183 người" → vi). */
export const groupingReading = (sep: '.' | ','): 'vi' | 'en' => (sep === '.' ? 'vi' : 'en');
