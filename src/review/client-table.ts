// The review page's table of facts: the facts the filters let through, sortable by any column, a
// page at a time (30,000 rows would not be read anyway, and drawing them all would be slow), and
// exported to CSV as shown (all pages, in the order shown). Embedded as source: see client.ts.
import type { App, Fact } from './client-types.js';

export function tablePart(app: App): void {
  const { $, el, t } = app;
  const PAGE = 100;
  type Col = { key: string; label: string; text: (f: Fact) => string; sort: (f: Fact) => string | number; num?: boolean };
  const cols = (): Col[] => [
    { key: 'province', label: t('province'), text: (f) => f.province || '—', sort: (f) => f.province || '' },
    { key: 'period', label: t('period'), text: (f) => app.periodText(f.period), sort: (f) => (f.period ? f.period.end + f.period.start : '') },
    { key: 'metric', label: t('metric'), text: (f) => app.metricName(f.metric), sort: (f) => app.metricName(f.metric) },
    { key: 'dims', label: t('dims'), text: (f) => app.dimsWords(f.dims) + (f.basis !== 'actual' ? ` · ${app.basisWord(f.basis)}` : ''), sort: (f) => app.dimsWords(f.dims) },
    { key: 'value', label: t('value'), text: (f) => app.valueText(f), sort: (f) => f.value, num: true },
    { key: 'quote', label: t('quote'), text: (f) => f.quote, sort: (f) => f.quote },
  ];
  const sort = { key: '', dir: 1 };
  let page = 0;
  let rows: Fact[] | null = null;
  let rowsOf: Fact[] | null = null;

  function sorted(): Fact[] {
    const shown = app.shown();
    if (rows && rowsOf === shown) return rows;
    rowsOf = shown;
    const col = cols().find((c) => c.key === sort.key);
    if (!col) rows = shown;
    else {
      const keyed = shown.map((f) => ({ f, k: col.sort(f) }));
      const cmp = col.num ? (a: number, b: number) => a - b : (a: string, b: string) => a.localeCompare(b, 'vi');
      keyed.sort((a, b) => sort.dir * (cmp as (a: unknown, b: unknown) => number)(a.k, b.k));
      rows = keyed.map((x) => x.f);
    }
    return rows;
  }

  function render(): void {
    if (app.state.tab !== 'table') return;
    const all = sorted();
    const pages = Math.max(1, Math.ceil(all.length / PAGE));
    page = Math.min(page, pages - 1);
    const head = el('tr');
    for (const c of cols()) {
      const th = el('th');
      th.scope = 'col';
      th.setAttribute('aria-sort', sort.key === c.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
      const b = el('button', 'sort', c.label + (sort.key === c.key ? (sort.dir > 0 ? ' ▲' : ' ▼') : ''));
      b.dataset.col = c.key;
      b.title = t('sortBy', c.label);
      th.append(b);
      head.append(th);
    }
    $('facts-head').replaceChildren(head);
    const body = document.createDocumentFragment();
    const columns = cols();
    for (const f of all.slice(page * PAGE, page * PAGE + PAGE)) {
      const tr = el('tr');
      tr.dataset.fact = f.id;
      if (f.checks.length) tr.classList.add('flagged');
      for (const c of columns) {
        const td = el('td', c.num ? 'num' : `cell-${c.key}`);
        if (c.key === 'value') {
          const b = el('button', 'open-fact', c.text(f));
          b.title = `${t('open')}: ${f.doc}`;
          td.append(b);
        } else td.textContent = c.text(f);
        tr.append(td);
      }
      body.append(tr);
    }
    $('facts-body').replaceChildren(body);
    if (!all.length) {
      const tr = el('tr');
      const td = el('td', 'empty', t('noFacts'));
      td.colSpan = columns.length;
      tr.append(td);
      $('facts-body').append(tr);
    }
    $('table-page').textContent = t('pageOf', page + 1, pages);
    ($('table-prev') as HTMLButtonElement).disabled = page === 0;
    ($('table-next') as HTMLButtonElement).disabled = page >= pages - 1;
    $('export-csv').textContent = t('exportCsv', app.fmt(all.length));
  }

  // Spreadsheet programs run a cell that starts with = + - @ as a formula: such text is quoted with '.
  const cell = (v: string | number) => {
    if (typeof v === 'number') return String(v);
    const s = /^[=+\-@\t\r]/.test(v) ? "'" + v : v;
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  function csv(): string {
    const header = ['province', 'period', 'period_start', 'period_end', 'metric', 'metric_name', 'dims', 'dims_words', 'basis', 'value', 'unit', 'raw', 'quote', 'doc', 'line', 'id'];
    const lines = [header.join(',')];
    for (const f of sorted()) {
      const dims = Object.keys(f.dims).sort().map((k) => `${k}=${f.dims[k]}`).join(';');
      lines.push(
        [f.province || '', app.periodText(f.period), f.period ? f.period.start : '', f.period ? f.period.end : '', f.metric, app.metricName(f.metric), dims, app.dimsWords(f.dims), f.basis, f.value, f.unit, f.raw, f.quote, f.doc, f.line, f.id]
          .map(cell)
          .join(','),
      );
    }
    return '\ufeff' + lines.join('\r\n') + '\r\n';
  }

  $('facts-head').addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest('button.sort') as HTMLElement | null;
    if (!b) return;
    const key = b.dataset.col || '';
    sort.dir = sort.key === key ? -sort.dir : 1;
    sort.key = key;
    rows = null;
    page = 0;
    render();
    ($('facts-head').querySelector(`button[data-col="${key}"]`) as HTMLElement | null)?.focus();
  });
  $('facts-body').addEventListener('click', (e) => {
    const tr = (e.target as HTMLElement).closest('tr') as HTMLElement | null;
    const f = tr && app.factById.get(tr.dataset.fact || '');
    if (f) app.openFact(f);
  });
  $('table-prev').addEventListener('click', () => {
    page = Math.max(0, page - 1);
    render();
  });
  $('table-next').addEventListener('click', () => {
    page++;
    render();
  });
  $('export-csv').addEventListener('click', () => app.download('baocao-facts.csv', 'text/csv;charset=utf-8', csv()));
  app.hooks.refresh.push(() => {
    page = 0;
    render();
  });
  app.hooks.tab.table = render;
}
