// A period as a person writes it on the command line or in a manifest: 2023, 2023-04, 2023-Q1,
// 2023-H1, 2023-04-30, or two of them joined by ".." (2023-01..2023-05-25, from the first day of the
// one to the last day of the other).
import type { Period } from '../numbers/types.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last day of one period written alone; null when it is not one of the forms. */
function bounds(written: string): { start: string; end: string } | null {
  let m = /^(\d{4})$/.exec(written);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-Q([1-4])$/i.exec(written);
  if (m) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return { start: `${y}-${pad(q * 3 - 2)}-01`, end: `${y}-${pad(q * 3)}-${lastDay(y, q * 3)}` };
  }
  m = /^(\d{4})-H([12])$/i.exec(written);
  if (m) return m[2] === '1' ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-(\d{2})$/.exec(written);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${lastDay(y, mo)}` } : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo) ? { start: written, end: written } : null;
  }
  return null;
}

export const PERIOD_FORMS = '2023, 2023-04, 2023-Q1, 2023-H1, 2023-04-30, or a range such as 2023-01..2023-05-25';

/** The period written, labelled as written; null when it is not one of PERIOD_FORMS or ends before it starts. */
export function parsePeriod(written: string): Period | null {
  const text = written.trim();
  const [from, to, extra] = text.split('..');
  if (extra !== undefined) return null;
  const a = bounds(from.trim());
  const b = to === undefined ? a : bounds(to.trim());
  if (!a || !b || b.end < a.start) return null;
  return { start: a.start, end: b.end, label: text };
}
