// The review page's chart: one metric, one breakdown, one basis and one period at a time, so that
// only figures that compare are side by side (a month is not set beside a year to date, nor a target
// beside what was done). One bar per figure (a province stating two values shows both), sorted, each
// labelled; one row per bar, so 63 provinces stay legible. It says what it left out, and why.
// Embedded as source: see client.ts.
import type { App, Fact } from './client-types.js';

export function chartPart(app: App): void {
  const { $, el, t } = app;
  const sel = (id: string) => $(id) as HTMLSelectElement;
  const dimsKey = (f: Fact) => Object.keys(f.dims).filter((k) => f.dims[k] && f.dims[k] !== 'all').sort().map((k) => `${k}=${f.dims[k]}`).join(',');
  const periodKey = (f: Fact) => (f.period ? `${f.period.start}|${f.period.end}` : '');

  /** Options by count, most figures first; keeps the current choice when it is still there. */
  function fill(s: HTMLSelectElement, facts: Fact[], key: (f: Fact) => string, label: (f: Fact) => string, order?: (a: string, b: string) => number): Fact[] {
    const groups = new Map<string, Fact[]>();
    for (const f of facts) {
      const k = key(f);
      const g = groups.get(k);
      if (g) g.push(f);
      else groups.set(k, [f]);
    }
    const keys = [...groups.keys()].sort((a, b) => (order ? order(a, b) : 0) || groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b));
    const before = s.value;
    s.replaceChildren(...keys.map((k) => new Option(`${label(groups.get(k)![0])} (${groups.get(k)!.length})`, k)));
    s.value = groups.has(before) ? before : keys[0] || '';
    return groups.get(s.value) || [];
  }

  function renderControls(): Fact[] {
    const counts = new Map<string, number>();
    for (const f of app.data.facts) counts.set(f.metric, (counts.get(f.metric) || 0) + 1);
    const m = sel('chart-metric');
    const before = m.value || app.state.filters.metric;
    const present = app.data.metrics.filter((x) => counts.has(x.id));
    m.replaceChildren(...present.map((x) => new Option(`${app.metricName(x.id)} (${counts.get(x.id)})`, x.id)));
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    m.value = counts.has(before) ? before : best ? best[0] : '';
    const ofMetric = app.data.facts.filter((f) => f.metric === m.value);
    const ofDims = fill(sel('chart-dims'), ofMetric, dimsKey, (f) => (dimsKey(f) ? app.dimsWords(f.dims) : t('allDims')), (a, b) => Number(a !== '') - Number(b !== ''));
    const ofBasis = fill(sel('chart-basis'), ofDims, (f) => f.basis, (f) => app.basisWord(f.basis), (a, b) => Number(a !== 'actual') - Number(b !== 'actual'));
    // Periods by how many provinces state them: the widest comparison first.
    const provincesOf = new Map<string, Set<string>>();
    for (const f of ofBasis) {
      const k = periodKey(f);
      if (!provincesOf.has(k)) provincesOf.set(k, new Set());
      provincesOf.get(k)!.add(f.province || '?');
    }
    const ps = sel('chart-period');
    const keys = [...provincesOf.keys()].filter(Boolean).sort((a, b) => provincesOf.get(b)!.size - provincesOf.get(a)!.size || (a < b ? 1 : -1));
    const beforeP = ps.value;
    const label = (k: string) => app.periodText(ofBasis.find((f) => periodKey(f) === k)!.period);
    ps.replaceChildren(...keys.map((k) => new Option(`${label(k)} — ${t('chartProvinces', provincesOf.get(k)!.size)}`, k)));
    ps.value = provincesOf.has(beforeP) && beforeP ? beforeP : keys[0] || '';
    return ofMetric;
  }

  function render(): void {
    if (app.state.tab !== 'chart') return;
    const ofMetric = renderControls();
    const box = $('chart');
    box.replaceChildren();
    const dims = sel('chart-dims').value;
    const basis = sel('chart-basis').value;
    const period = sel('chart-period').value;
    const drawn = ofMetric.filter((f) => dimsKey(f) === dims && f.basis === basis && periodKey(f) === period);
    const m = app.data.metrics.find((x) => x.id === sel('chart-metric').value);
    const first = drawn[0];
    $('chart-caption').textContent = m && first ? `${app.metricName(m.id)} · ${dims ? app.dimsWords(first.dims) : t('allDims')} · ${app.basisWord(basis)} · ${app.periodText(first.period)}` : '';
    // What is left out, and why: the first difference from the chosen figures counts.
    const left = { dims: 0, basis: 0, period: 0, none: 0 };
    for (const f of ofMetric) {
      if (dimsKey(f) !== dims) left.dims++;
      else if (f.basis !== basis) left.basis++;
      else if (!f.period) left.none++;
      else if (periodKey(f) !== period) left.period++;
    }
    const reasons = [left.dims ? t('leftDims', left.dims) : '', left.basis ? t('leftBasis', left.basis) : '', left.period ? t('leftPeriod', left.period) : '', left.none ? t('leftNoPeriod', left.none) : ''].filter(Boolean);
    const n = left.dims + left.basis + left.period + left.none;
    $('chart-left-out').textContent = n ? t('chartLeftOut', app.fmt(n), reasons.join('; ')) : t('leftNone');
    if (!drawn.length) {
      box.append(el('p', 'empty', t('chartNone')));
      return;
    }
    const rows = [...drawn].sort((a, b) => b.value - a.value || (a.province || '').localeCompare(b.province || '', 'vi'));
    // A province with several values names the report of each; a report with several, the line.
    const perProvince = new Map<string, number>();
    const perDoc = new Map<string, number>();
    for (const f of rows) {
      perProvince.set(f.province || '', (perProvince.get(f.province || '') || 0) + 1);
      perDoc.set(f.doc, (perDoc.get(f.doc) || 0) + 1);
    }
    const name = (f: Fact) =>
      (f.province || t('unknownProvince')) +
      ((perProvince.get(f.province || '') || 0) > 1 ? ` · ${f.doc}` : '') +
      ((perDoc.get(f.doc) || 0) > 1 ? ` (${t('lineN', f.line)})` : '');
    // As wide as its box (drawn while its tab shows), so the labels keep their size.
    const Wd = Math.max(520, Math.min(960, box.clientWidth || 760)), L = 240, R = 110, ROW = 20, T = 6;
    const H = T * 2 + rows.length * ROW;
    const max = Math.max(...rows.map((f) => f.value), 0) || 1;
    const min = Math.min(...rows.map((f) => f.value), 0);
    const x = (v: number) => L + ((Wd - L - R) * (v - min)) / (max - min || 1);
    const NS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${Wd} ${H}`);
    svg.setAttribute('width', String(Wd));
    svg.setAttribute('height', String(H));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', $('chart-caption').textContent || '');
    svg.setAttribute('class', 'chart-svg');
    const add = (parent: Element, tag: string, attrs: Record<string, string | number>, text?: string) => {
      const e = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      if (text !== undefined) e.textContent = text;
      parent.append(e);
      return e;
    };
    add(svg, 'line', { x1: x(0), x2: x(0), y1: 0, y2: H, class: 'axis' });
    rows.forEach((f, i) => {
      const y = T + i * ROW;
      const g = add(svg, 'g', { class: 'bar-row', tabindex: 0, role: 'button' });
      (g as SVGGElement).dataset.fact = f.id;
      add(g, 'title', {}, `${name(f)}: ${app.valueText(f)} — ${f.doc}\n${f.quote}`);
      add(g, 'text', { x: L - 8, y: y + ROW / 2 + 4, 'text-anchor': 'end', class: 'row-label' }, name(f).length > 38 ? name(f).slice(0, 37) + '…' : name(f));
      const x0 = Math.min(x(0), x(f.value));
      add(g, 'rect', { x: x0, y: y + 3, width: Math.max(1, Math.abs(x(f.value) - x(0))), height: ROW - 6, rx: 2, class: `bar fam-fill-${f.family}` });
      add(g, 'text', { x: Math.max(x(0), x(f.value)) + 5, y: y + ROW / 2 + 4, class: 'bar-label' }, app.valueText(f));
    });
    box.append(svg);
  }

  const open = (e: Event) => {
    const g = (e.target as Element).closest('g.bar-row') as SVGGElement | null;
    const f = g && app.factById.get(g.dataset.fact || '');
    if (f) app.openFact(f);
  };
  $('chart').addEventListener('click', open);
  $('chart').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(e);
    }
  });
  for (const id of ['chart-metric', 'chart-dims', 'chart-basis', 'chart-period']) $(id).addEventListener('change', render);
  app.hooks.tab.chart = render;
  app.hooks.refresh.push(render);
}
