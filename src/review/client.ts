// The review page's script. It runs in the browser: the page embeds `reviewClient.toString()`, so this
// function must not use anything from outside its own body. All source text goes into the page through
// textContent / createTextNode, never through innerHTML.

export function reviewClient(): void {
  type Fact = {
    id: string; doc: string; metric: string; family: string; dims: Record<string, string>; value: number; unit: string;
    raw: string; basis: string; period: { start: string; end: string; label?: string } | null; province: string | null;
    rule: string; quote: string; qualifier: string | null; change_pct: number | null; line: number; page?: number;
    vs: number; ve: number; qs: number; qe: number; checks: Array<{ type: string; finding: string; message: string }>;
    ocr?: { confidence: number; value_confidence: number; quote_confidence?: number; crop?: string; box?: [number, number, number, number] };
  };
  type Finding = { id: string; doc: string; type: string; facts: string[]; stated: number; expected: number; tolerance: number; confidence?: number; threshold?: number; message: string };
  type Doc = { doc: string; province: string | null; period: string | null; title: string | null; format: string; warnings: string[]; text: string };
  type Data = { docs: Doc[]; facts: Fact[]; findings: Finding[]; crops?: Record<string, string>; metrics: Array<{ id: string; family: string; unit: string; vi: string }>; families: string[]; generated: string };

  const data: Data = JSON.parse(document.getElementById('review-data')!.textContent || '{}');
  const $ = (id: string) => document.getElementById(id)!;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const factById = new Map(data.facts.map((f) => [f.id, f]));
  const findingById = new Map(data.findings.map((f) => [f.id, f]));
  const factsOf = new Map<string, Fact[]>();
  for (const f of data.facts) factsOf.set(f.doc, [...(factsOf.get(f.doc) || []), f]);
  const FINDING_LABEL: Record<string, string> = { sum: 'Parts ≠ whole', share: 'Share', shares_sum: 'Shares ≠ 100 %', conflict: 'Reports disagree', stock_fall: 'Stock falls', low_ocr_confidence: 'Low OCR confidence' };

  const state = { doc: '', families: new Set(data.families), metric: '', tab: 'text', selected: [] as string[] };

  function fmt(x: number): string {
    if (!isFinite(x)) return String(x);
    const neg = x < 0;
    const [i, d] = Math.abs(x).toString().split('.');
    return (neg ? '-' : '') + i.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (d ? ',' + d : '');
  }
  const dimsText = (d: Record<string, string>) => Object.entries(d).filter(([, v]) => v && v !== 'all').map(([k, v]) => `${k}=${v}`).join(', ') || '—';
  const periodText = (p: Fact['period']) => (p ? p.label || `${p.start} – ${p.end}` : '—');
  const visible = (f: Fact) => state.families.has(f.family) && (!state.metric || f.metric === state.metric);

  // ---- reports list
  function renderDocList(): void {
    const list = $('doc-list');
    list.replaceChildren();
    for (const d of data.docs) {
      const b = el('button', 'doc' + (d.doc === state.doc ? ' active' : ''));
      b.dataset.doc = d.doc;
      b.append(el('span', 'doc-name', d.doc));
      const meta = el('span', 'doc-meta', [d.province, d.period].filter(Boolean).join(' · ') || d.format);
      b.append(meta);
      const n = (factsOf.get(d.doc) || []).length;
      const k = data.findings.filter((f) => f.doc === d.doc).length;
      const counts = el('span', 'doc-counts');
      counts.append(el('span', 'count', `${n} figure${n === 1 ? '' : 's'}`));
      if (k) counts.append(el('span', 'count warn', `${k} finding${k === 1 ? '' : 's'}`));
      b.append(counts);
      b.addEventListener('click', () => openDoc(d.doc));
      list.append(b);
    }
  }

  // ---- the report's text, rendered when opened
  function renderText(): void {
    const box = $('text');
    const doc = data.docs.find((d) => d.doc === state.doc);
    const head = $('doc-head');
    head.replaceChildren();
    if (!doc) {
      box.replaceChildren(el('p', 'empty', 'Choose a report on the left.'));
      return;
    }
    head.append(el('h2', '', doc.title || doc.doc));
    head.append(el('div', 'doc-sub', [doc.doc, doc.province, doc.period, doc.format.toUpperCase()].filter(Boolean).join(' · ')));
    for (const w of doc.warnings) head.append(el('div', 'warning', w));
    const text = doc.text;
    if (!text) {
      box.replaceChildren(el('p', 'empty', 'The text of this report is not in the output directory (text/<doc>.json).'));
      return;
    }
    const facts = (factsOf.get(doc.doc) || []).filter((f) => f.ve <= text.length && f.vs < f.ve && visible(f));
    const cuts = new Set<number>([0, text.length]);
    for (const f of facts) [f.vs, f.ve, f.qs, f.qe].forEach((x) => cuts.add(Math.max(0, Math.min(text.length, x))));
    const points = [...cuts].sort((a, b) => a - b);
    // Sweep over the cuts, keeping the value spans and quotes open at each piece (linear in the number of facts).
    const opens = new Map<number, Fact[]>();
    const closes = new Map<number, Fact[]>();
    const quoteDelta = new Map<number, number>();
    for (const f of facts) {
      opens.set(f.vs, [...(opens.get(f.vs) || []), f]);
      closes.set(f.ve, [...(closes.get(f.ve) || []), f]);
      const qs = Math.max(0, Math.min(text.length, f.qs));
      const qe = Math.max(0, Math.min(text.length, f.qe));
      quoteDelta.set(qs, (quoteDelta.get(qs) || 0) + 1);
      quoteDelta.set(qe, (quoteDelta.get(qe) || 0) - 1);
    }
    const open = new Set<Fact>();
    let quotes = 0;
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      for (const f of closes.get(a) || []) open.delete(f);
      for (const f of opens.get(a) || []) open.add(f);
      quotes += quoteDelta.get(a) || 0;
      const piece = text.slice(a, b);
      const values = [...open];
      const inQuote = quotes > 0;
      if (values.length) {
        const m = el('mark', `fig fam-${values[0].family}${inQuote ? ' inq' : ''}`, piece);
        m.dataset.ids = values.map((f) => f.id).join(' ');
        m.tabIndex = 0;
        m.title = values.map((f) => `${f.metric} = ${fmt(f.value)} ${f.unit}`).join('\n');
        if (values.some((f) => f.checks.length)) m.classList.add('flagged');
        if (values.some((f) => f.ocr)) m.classList.add('ocr');
        frag.append(m);
      } else if (inQuote) {
        frag.append(el('span', 'quote', piece));
      } else frag.append(document.createTextNode(piece));
    }
    box.replaceChildren(frag);
    markSelected();
  }

  function markSelected(): void {
    document.querySelectorAll('mark.fig.selected').forEach((m) => m.classList.remove('selected'));
    for (const id of state.selected) document.querySelectorAll(`mark.fig[data-ids~="${CSS.escape(id)}"]`).forEach((m) => m.classList.add('selected'));
  }

  // ---- the fact panel
  function showFacts(ids: string[], finding?: Finding): void {
    state.selected = ids;
    markSelected();
    const panel = $('fact-panel');
    panel.replaceChildren();
    if (finding) {
      const head = el('div', 'finding-head');
      head.append(el('span', `badge t-${finding.type}`, FINDING_LABEL[finding.type] || finding.type));
      head.append(el('p', '', finding.message));
      if (finding.type === 'low_ocr_confidence') head.append(el('div', 'finding-nums', `OCR confidence ${finding.confidence ?? '?'} · threshold ${finding.threshold ?? '?'}`));
      else head.append(el('div', 'finding-nums', `stated ${fmt(finding.stated)} · expected ${fmt(Math.round(finding.expected * 10000) / 10000)} · tolerance ${fmt(finding.tolerance)}`));
      panel.append(head);
    }
    const facts = ids.map((id) => factById.get(id)).filter((f): f is Fact => !!f);
    if (!facts.length) {
      panel.append(el('p', 'empty', 'Click a highlighted figure to see its fact.'));
      return;
    }
    for (const f of facts) {
      const card = el('div', `fact-card fam-border-${f.family}`);
      card.dataset.fact = f.id;
      const title = el('div', 'fact-title');
      title.append(el('span', `fam-dot fam-${f.family}`), el('span', 'fact-metric', f.metric));
      card.append(title);
      const big = el('div', 'fact-value');
      big.append(el('span', 'num', fmt(f.value)), el('span', 'unit', ' ' + f.unit));
      if (f.qualifier) big.append(el('span', 'qual', ` (${f.qualifier})`));
      card.append(big);
      const dl = el('dl');
      const row = (k: string, v: string) => dl.append(el('dt', '', k), el('dd', '', v));
      row('dims', dimsText(f.dims));
      row('period', periodText(f.period));
      row('basis', f.basis);
      row('as written', f.raw);
      if (f.change_pct !== null) row('change', `${f.change_pct > 0 ? '+' : ''}${fmt(f.change_pct)} %`);
      row('province', f.province || '—');
      row('source', `${f.doc}, line ${f.line}${f.page ? `, page ${f.page}` : ''}`);
      row('rule', f.rule);
      if (f.ocr) row('read by', `OCR: the number ${f.ocr.value_confidence}, its line ${f.ocr.confidence}, its words at least ${f.ocr.quote_confidence ?? '?'} (of 100)`);
      card.append(dl);
      card.append(el('blockquote', 'fact-quote', f.quote));
      if (f.ocr) card.append(ocrCrop(f));
      const checks = el('div', 'checks');
      if (!f.checks.length) checks.append(el('div', 'check ok', 'No audit finding.'));
      for (const c of f.checks) {
        const b = el('button', 'check bad');
        b.append(el('span', 'badge', FINDING_LABEL[c.type] || c.type), document.createTextNode(' ' + c.message));
        b.addEventListener('click', () => goToFinding(c.finding));
        checks.append(b);
      }
      card.append(checks);
      panel.append(card);
    }
  }

  // The lines of the scanned page the number was read from, the number framed: to check it by eye.
  function ocrCrop(f: Fact): HTMLElement {
    const fig = el('figure', 'ocr-crop');
    const src = f.ocr && f.ocr.crop ? (data.crops || {})[f.ocr.crop] : undefined;
    if (!src || !f.ocr || !f.ocr.box) {
      fig.append(el('figcaption', 'empty', 'Read by OCR; the page image is not in the output folder (ocr/), so it cannot be shown.'));
      return fig;
    }
    const frame = el('div', 'crop-frame');
    const img = el('img');
    img.src = src;
    img.alt = `Page ${f.page ?? '?'} of ${f.doc}, where ${f.raw} was read`;
    const mark = el('span', 'crop-mark');
    const [left, top, width, height] = f.ocr.box;
    mark.style.left = `${left * 100}%`;
    mark.style.top = `${top * 100}%`;
    mark.style.width = `${width * 100}%`;
    mark.style.height = `${height * 100}%`;
    frame.append(img, mark);
    fig.append(frame, el('figcaption', '', `Page ${f.page ?? '?'} as scanned: check ${f.raw} against it.`));
    return fig;
  }

  // ---- findings
  function renderFindings(): void {
    const list = $('finding-list');
    list.replaceChildren();
    const shown = data.findings.filter((f) => f.facts.some((id) => { const x = factById.get(id); return !x || visible(x); }));
    $('finding-count').textContent = String(shown.length);
    if (!shown.length) list.append(el('p', 'empty', data.findings.length ? 'No finding for these filters.' : 'The audit found nothing to report (or has not run).'));
    const ordered = [...shown].sort((a, b) => Number(b.doc === state.doc) - Number(a.doc === state.doc));
    for (const f of ordered) {
      const b = el('button', 'finding' + (f.doc === state.doc ? ' here' : ''));
      b.dataset.finding = f.id;
      b.append(el('span', `badge t-${f.type}`, FINDING_LABEL[f.type] || f.type), el('span', 'finding-doc', f.doc));
      b.append(el('span', 'finding-msg', f.message));
      b.addEventListener('click', () => goToFinding(f.id));
      list.append(b);
    }
  }

  function goToFinding(id: string): void {
    const finding = findingById.get(id);
    if (!finding) return;
    const facts = finding.facts.map((x) => factById.get(x)).filter((f): f is Fact => !!f);
    const first = facts[0];
    if (!first) return;
    // Make sure the figures are not hidden by a filter.
    if (facts.some((f) => !visible(f))) {
      state.metric = '';
      state.families = new Set(data.families);
      syncFilters();
    }
    state.tab = 'text';
    openDoc(first.doc, true);
    showFacts(facts.map((f) => f.id), finding);
    const marks = facts
      .filter((f) => f.doc === first.doc)
      .flatMap((f) => Array.from(document.querySelectorAll<HTMLElement>(`mark.fig[data-ids~="${CSS.escape(f.id)}"]`)));
    if (marks[0]) marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const m of marks) {
      m.classList.remove('flash');
      void m.offsetWidth; // restart the animation
      m.classList.add('flash');
    }
    document.querySelectorAll('.finding.current').forEach((x) => x.classList.remove('current'));
    document.querySelector(`.finding[data-finding="${CSS.escape(id)}"]`)?.classList.add('current');
  }

  function openDoc(doc: string, keepSelection = false): void {
    const changed = doc !== state.doc;
    state.doc = doc;
    if (!keepSelection) showFacts([]);
    if (changed) {
      renderDocList();
      renderText();
      renderFindings();
      $('text').scrollTop = 0;
    }
    setTab(state.tab);
    location.hash = encodeURIComponent(doc);
  }

  // ---- filters
  function renderFilters(): void {
    const fam = $('family-filter');
    fam.replaceChildren();
    for (const family of data.families) {
      const label = el('label', 'fam-toggle');
      const box = el('input');
      box.type = 'checkbox';
      box.checked = state.families.has(family);
      box.dataset.family = family;
      box.addEventListener('change', () => {
        if (box.checked) state.families.add(family);
        else state.families.delete(family);
        refresh();
      });
      const n = data.facts.filter((f) => f.family === family).length;
      label.append(box, el('span', `fam-dot fam-${family}`), el('span', '', `${family} (${n})`));
      fam.append(label);
    }
    const sel = $('metric-filter') as HTMLSelectElement;
    sel.replaceChildren(new Option('All metrics', ''));
    const present = data.metrics.filter((m) => data.facts.some((f) => f.metric === m.id));
    for (const m of present) sel.append(new Option(`${m.id} (${data.facts.filter((f) => f.metric === m.id).length})`, m.id));
    sel.value = state.metric;
    sel.addEventListener('change', () => {
      state.metric = sel.value;
      if (state.metric) ($('chart-metric') as HTMLSelectElement).value = state.metric;
      refresh();
      renderChart();
    });
  }
  function syncFilters(): void {
    document.querySelectorAll<HTMLInputElement>('#family-filter input').forEach((b) => (b.checked = state.families.has(b.dataset.family || '')));
    ($('metric-filter') as HTMLSelectElement).value = state.metric;
    refresh();
  }
  function refresh(): void {
    renderText();
    renderFindings();
  }

  // ---- tabs
  function setTab(tab: string): void {
    state.tab = tab;
    document.querySelectorAll<HTMLElement>('.tab').forEach((t) => t.classList.toggle('active', t.dataset.tab === tab));
    $('text-view').hidden = tab !== 'text';
    $('chart-view').hidden = tab !== 'chart';
    if (tab === 'chart') renderChart();
  }

  // ---- chart: one metric across provinces and periods, drawn as grouped bars
  function renderChartControls(): void {
    const sel = $('chart-metric') as HTMLSelectElement;
    const counts = new Map<string, number>();
    for (const f of data.facts) counts.set(f.metric, (counts.get(f.metric) || 0) + 1);
    const present = data.metrics.filter((m) => counts.has(m.id));
    sel.replaceChildren(...present.map((m) => new Option(m.id, m.id)));
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    sel.value = state.metric || (best ? best[0] : '');
    sel.addEventListener('change', () => {
      ($('chart-dims') as HTMLSelectElement).dataset.metric = '';
      renderChart();
    });
    $('chart-dims').addEventListener('change', () => renderChart());
  }

  function renderChart(): void {
    const metric = ($('chart-metric') as HTMLSelectElement).value;
    const dimsSel = $('chart-dims') as HTMLSelectElement;
    const all = data.facts.filter((f) => f.metric === metric);
    const dimsOf = (f: Fact) => dimsText(f.dims);
    if (dimsSel.dataset.metric !== metric) {
      const combos = [...new Set(all.map(dimsOf))].sort((a, b) => (a === '—' ? -1 : b === '—' ? 1 : a.localeCompare(b)));
      dimsSel.replaceChildren(...combos.map((c) => new Option(c === '—' ? 'all (no dims)' : c, c)));
      dimsSel.dataset.metric = metric;
    }
    const facts = all.filter((f) => dimsOf(f) === dimsSel.value);
    const box = $('chart');
    box.replaceChildren();
    const info = data.metrics.find((m) => m.id === metric);
    $('chart-caption').textContent = info ? `${info.id} — ${info.vi} (${info.unit})` : '';
    if (!facts.length) {
      box.append(el('p', 'empty', 'No figure for this metric.'));
      return;
    }
    const periodKey = (f: Fact) => `${f.period ? f.period.end + '|' + f.period.start : '|'}|${f.basis}`;
    const periodName = (f: Fact) => periodText(f.period) + (f.basis !== 'actual' ? ` (${f.basis})` : '');
    const periods = [...new Map(facts.map((f) => [periodKey(f), periodName(f)])).entries()].sort((a, b) => a[0].localeCompare(b[0]));
    const provinces = [...new Set(facts.map((f) => f.province || '?'))].sort();
    const colors = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4d7c0f'];
    const W = 760, H = 340, L = 70, R = 16, T = 20, B = 70;
    const max = Math.max(...facts.map((f) => f.value), 0) || 1;
    const step = Math.pow(10, Math.floor(Math.log10(max)));
    const top = Math.ceil(max / step) * step;
    const NS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('class', 'chart-svg');
    const add = (tag: string, attrs: Record<string, string | number>, text?: string) => {
      const e = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      if (text !== undefined) e.textContent = text;
      svg.append(e);
      return e;
    };
    const y = (v: number) => T + (H - T - B) * (1 - v / top);
    for (let i = 0; i <= 4; i++) {
      const v = (top * i) / 4;
      add('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' });
      add('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, fmt(Math.round(v * 100) / 100));
    }
    const groupW = (W - L - R) / periods.length;
    const barW = Math.min(48, (groupW * 0.8) / provinces.length);
    periods.forEach(([key, name], gi) => {
      const x0 = L + gi * groupW + (groupW - barW * provinces.length) / 2;
      add('text', { x: L + gi * groupW + groupW / 2, y: H - B + 18, 'text-anchor': 'middle', class: 'tick' }, name.length > 34 ? name.slice(0, 33) + '…' : name);
      provinces.forEach((p, pi) => {
        const points = facts.filter((f) => periodKey(f) === key && (f.province || '?') === p);
        if (!points.length) return;
        const f = points[0];
        const rect = add('rect', { x: x0 + pi * barW + 2, y: y(f.value), width: Math.max(2, barW - 4), height: Math.max(0, y(0) - y(f.value)), fill: colors[pi % colors.length], class: 'bar', rx: 2 });
        rect.dataset.fact = f.id;
        const t = document.createElementNS(NS, 'title');
        t.textContent = `${p} · ${name}: ${fmt(f.value)} ${f.unit} (${f.doc})${points.length > 1 ? ` — ${points.length} values stated: ${points.map((x) => fmt(x.value)).join(', ')}` : ''}`;
        rect.append(t);
        rect.addEventListener('click', () => {
          setTab('text');
          openDoc(f.doc, true);
          showFacts([f.id]);
          document.querySelector(`mark.fig[data-ids~="${CSS.escape(f.id)}"]`)?.scrollIntoView({ block: 'center' });
        });
        add('text', { x: x0 + pi * barW + barW / 2, y: y(f.value) - 4, 'text-anchor': 'middle', class: 'bar-label' }, fmt(f.value));
      });
    });
    add('line', { x1: L, x2: W - R, y1: y(0), y2: y(0), class: 'axis' });
    provinces.forEach((p, pi) => {
      add('rect', { x: L + pi * 150, y: H - 24, width: 12, height: 12, fill: colors[pi % colors.length], rx: 2 });
      add('text', { x: L + pi * 150 + 18, y: H - 14, class: 'legend' }, p);
    });
    box.append(svg);
  }

  // ---- start
  document.querySelectorAll<HTMLElement>('.tab').forEach((t) => t.addEventListener('click', () => setTab(t.dataset.tab || 'text')));
  $('text').addEventListener('click', (e) => {
    const m = (e.target as HTMLElement).closest('mark.fig') as HTMLElement | null;
    if (m) showFacts((m.dataset.ids || '').split(' ').filter(Boolean));
  });
  $('text').addEventListener('keydown', (e) => {
    const m = (e.target as HTMLElement).closest('mark.fig') as HTMLElement | null;
    if (m && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      showFacts((m.dataset.ids || '').split(' ').filter(Boolean));
    }
  });
  $('summary').textContent = `${data.docs.length} reports · ${data.facts.length} figures · ${data.findings.length} audit findings`;
  renderFilters();
  renderChartControls();
  const fromHash = decodeURIComponent(location.hash.slice(1));
  const start = data.docs.find((d) => d.doc === fromHash) || data.docs[0];
  showFacts([]);
  renderFindings();
  if (start) openDoc(start.doc);
  else renderText();
  document.body.dataset.ready = '1';
}
