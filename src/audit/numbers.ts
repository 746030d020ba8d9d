// Reading and writing numbers the way the reports write them (1.911 ; 0,13), for the audit's own needs:
// denominators of ratios the rules did not turn into facts, decimals written, and messages.

/** A number as Vietnamese reports write it: dots group thousands, a comma marks decimals. */
export const NUMBER_PATTERN = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

export function parseViNumber(raw: string): number {
  const s = raw.trim();
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+\.\d+$/.test(s)) return Number(s); // an English-style decimal, e.g. 0.58
  return Number(s.replace(/[^\d]/g, ''));
}

/** How many decimals a figure was written with: "0,13" → 2, "70,96 %" → 2, "0" → 0, "1.911" → 0. */
export function decimalsWritten(raw: string): number {
  const comma = raw.match(/,(\d+)/);
  if (comma) return comma[1].length;
  // A lone dot followed by one, two or four+ digits is an English decimal point, not a thousands separator.
  const dot = raw.match(/^\D*\d+\.(\d+)\D*$/);
  if (dot && dot[1].length !== 3) return dot[1].length;
  return 0;
}

/** Half a unit of the last decimal written, plus a little for the arithmetic of whoever computed it. */
export function roundingTolerance(raw: string): number {
  const half = 0.5 * 10 ** -decimalsWritten(raw);
  return round(half * 1.02, 6);
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Writes a number as the reports do: 22155 → "22.155", 0.1787 (2) → "0,18". */
export function formatVi(x: number, decimals = 0): string {
  const neg = x < 0;
  const fixed = Math.abs(x).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + grouped + (frac ? ',' + frac : '');
}
