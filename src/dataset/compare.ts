// A province × period table of one metric, read from dataset.sqlite.
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';

export interface CompareQuery {
  metric: string;
  /** Dims the figure must have; a dim not named must be absent or `all` (i.e. totals). */
  dims: Record<string, string>;
  basis: string;
}

export interface FactRow {
  province: string | null;
  period_start: string | null;
  period_end: string | null;
  dims: string;
  value: number;
}

export interface Comparison {
  provinces: string[];
  periods: { key: string; label: string }[];
  /** cells.get(province).get(periodKey) → distinct values, ascending. */
  cells: Map<string, Map<string, number[]>>;
}

export const NO_PROVINCE = '(unknown province)';
const NO_PERIOD = '(no period)';

export function dimsMatch(factDims: Record<string, string>, wanted: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(wanted)) if ((factDims[k] ?? 'all') !== v) return false;
  for (const [k, v] of Object.entries(factDims)) if (!(k in wanted) && v !== 'all') return false;
  return true;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A short name for a period: 2023, 2023-H1, 2023-Q2, 2023-04, else start..end. */
export function periodName(start: string | null, end: string | null): string {
  if (!start || !end) return NO_PERIOD;
  const s = /^(\d{4})-(\d{2})-01$/.exec(start);
  const e = /^(\d{4})-(\d{2})-(\d{2})$/.exec(end);
  if (s && e && s[1] === e[1] && Number(e[3]) === lastDay(Number(e[1]), Number(e[2]))) {
    const year = s[1];
    const from = Number(s[2]);
    const to = Number(e[2]);
    if (from === 1 && to === 12) return year;
    if (from === to) return `${year}-${s[2]}`;
    if (to - from === 5 && (from === 1 || from === 7)) return `${year}-H${from === 1 ? 1 : 2}`;
    if (to - from === 2 && from % 3 === 1) return `${year}-Q${(from + 2) / 3}`;
  }
  return start === end ? start : `${start}..${end}`;
}

export function buildComparison(rows: FactRow[], query: Pick<CompareQuery, 'dims'>): Comparison {
  const periods = new Map<string, { key: string; label: string; start: string; end: string }>();
  const cells = new Map<string, Map<string, Set<number>>>();
  for (const r of rows) {
    if (!dimsMatch(JSON.parse(r.dims) as Record<string, string>, query.dims)) continue;
    const key = `${r.period_start ?? ''}..${r.period_end ?? ''}`;
    if (!periods.has(key)) periods.set(key, { key, label: periodName(r.period_start, r.period_end), start: r.period_start ?? '9999', end: r.period_end ?? '9999' });
    const province = r.province ?? NO_PROVINCE;
    if (!cells.has(province)) cells.set(province, new Map());
    const row = cells.get(province)!;
    if (!row.has(key)) row.set(key, new Set());
    row.get(key)!.add(r.value);
  }
  const ordered = [...periods.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  const provinces = [...cells.keys()].sort((a, b) => a.localeCompare(b, 'vi'));
  const out = new Map<string, Map<string, number[]>>();
  for (const [p, row] of cells) out.set(p, new Map([...row].map(([k, set]) => [k, [...set].sort((a, b) => a - b)])));
  return { provinces, periods: ordered.map(({ key, label }) => ({ key, label })), cells: out };
}

export function queryFacts(dbFile: string, q: CompareQuery): FactRow[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT province, period_start, period_end, dims, value FROM facts WHERE metric = ? AND basis = ?')
      .all(q.metric, q.basis) as FactRow[];
  } finally {
    db.close();
  }
}

const cellText = (values: number[] | undefined) => (values ? values.map(String).join(' / ') : '');

function grid(c: Comparison): string[][] {
  const header = ['province', ...c.periods.map((p) => p.label)];
  return [header, ...c.provinces.map((p) => [p, ...c.periods.map((per) => cellText(c.cells.get(p)?.get(per.key)))])];
}

/** A plain table: province left-aligned, figures right-aligned, columns two spaces apart. */
export function renderTable(c: Comparison): string {
  const rows = grid(c);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r, ri) => r.map((cell, i) => (i === 0 || ri === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd())
    .join('\n');
}

export const renderCsv = (c: Comparison): string => stringify(grid(c));
