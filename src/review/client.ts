// The review page's script. It runs in the browser: the page embeds `reviewClient.toString()` and its
// parts' (client-table, client-chart, client-corrections), so no function here may use anything from
// outside its own body. All source text goes into the page through textContent / createTextNode,
// never through innerHTML.
import type { App, Data, Doc, Fact, Filters, Finding, Lang, Part } from './client-types.js';

export function reviewClient(...parts: Part[]): void {
  const data = unpack(JSON.parse(document.getElementById('review-data')!.textContent || '{}'));
  const $ = (id: string) => document.getElementById(id)!;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const W = data.words;
  const factById = new Map(data.facts.map((f) => [f.id, f]));
  const findingById = new Map(data.findings.map((f) => [f.id, f]));
  const docByName = new Map(data.docs.map((d) => [d.doc, d]));
  const factsOf = new Map<string, Fact[]>();
  for (const f of data.facts) {
    const list = factsOf.get(f.doc);
    if (list) list.push(f);
    else factsOf.set(f.doc, [f]);
  }
  const findingsOf = new Map<string, number>();
  for (const f of data.findings) findingsOf.set(f.doc, (findingsOf.get(f.doc) || 0) + 1);

  let savedLang: string | null = null;
  try {
    savedLang = localStorage.getItem('baocao.lang');
  } catch {
    // A page opened from a file may have no storage: Vietnamese then.
  }
  const emptyFilters = (): Filters => ({ search: '', province: '', period: '', family: '', metric: '', basis: '', flagged: false });
  const state = { lang: (savedLang === 'en' ? 'en' : 'vi') as Lang, doc: '', tab: 'text', selected: [] as string[], filters: emptyFilters() };

  const t = (key: string, ...args: Array<string | number>) => {
    const w = W.ui[key];
    const s = w ? w[state.lang] : key;
    return s.replace(/\{(\d)\}/g, (_, i) => {
      const a = args[Number(i)];
      return typeof a === 'number' ? fmt(a) : a ?? '';
    });
  };
  function fmt(x: number): string {
    if (!isFinite(x)) return String(x);
    const neg = x < 0;
    const [i, d] = Math.abs(x).toString().split('.');
    const sep = state.lang === 'vi' ? ['.', ','] : [',', '.'];
    return (neg ? '-' : '') + i.replace(/\B(?=(\d{3})+(?!\d))/g, sep[0]) + (d ? sep[1] + d : '');
  }
  const metricName = (id: string) => (W.metrics[id] ? W.metrics[id][state.lang] : id);
  const dimWord = (k: string, v: string) => (W.dims[k] && W.dims[k][v] ? W.dims[k][v][state.lang] : v);
  const dimsWords = (d: Record<string, string>) =>
    Object.keys(d)
      .filter((k) => d[k] && d[k] !== 'all')
      .sort()
      .map((k) => dimWord(k, d[k]))
      .join(', ') || '—';
  const basisWord = (b: string) => (W.basis[b] ? W.basis[b][state.lang] : b);
  const periodText = (p: Fact['period']) => (p ? p.label || `${p.start} – ${p.end}` : '—');
  const unitWord = (u: string) => (W.units[u] ? W.units[u][state.lang] : u);
  const valueText = (f: Fact) => `${fmt(f.value)}${f.unit === 'pct' ? ' %' : unitWord(f.unit) ? ' ' + unitWord(f.unit) : ''}`;
  const findingLabel = (type: string) => (W.ui['f_' + type] ? t('f_' + type) : type);

  /** The facts were embedded as rows (src/review/pack.ts): back to objects, the left-out parts rebuilt. */
  function unpack(raw: Omit<Data, 'facts'> & { facts: { keys: string[]; periods: Fact['period'][]; rules: string[]; rows: unknown[][] } }): Data {
    const metricOf = new Map(raw.metrics.map((m) => [m.id, m]));
    const { keys, periods, rules, rows } = raw.facts;
    const facts = rows.map((row) => {
      const r: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) r[keys[i]] = i < row.length ? row[i] : null;
      const doc = typeof r.doc === 'number' ? raw.docs[r.doc] : undefined;
      const text = doc ? doc.text : '';
      const m = metricOf.get(r.metric as string);
      const f = {
        id: r.id, doc: doc ? doc.doc : r.doc, metric: r.metric, value: r.value, dims: r.dims || {}, basis: r.basis || 'actual',
        period: r.period === null ? null : periods[r.period as number], province: r.province === null ? (doc ? doc.province : null) : r.province || null,
        rule: rules[r.rule as number], line: r.line, vs: r.vs, ve: r.ve, qs: r.qs, qe: r.qe,
        quote: r.quote === null ? text.slice(r.qs as number, r.qe as number) : r.quote, raw: r.raw === null ? text.slice(r.vs as number, r.ve as number) : r.raw,
        family: r.family === null && m ? m.family : r.family, unit: r.unit === null && m ? m.unit : r.unit, checks: r.checks || [],
        qualifier: r.qualifier, change_pct: r.change_pct,
      } as Fact;
      if (r.page !== null) f.page = r.page as number;
      if (r.ocr !== null) f.ocr = r.ocr as Fact['ocr'];
      if (r.was !== null) f.was = r.was as number;
      if (r.manual !== null) f.manual = true;
      return f;
    });
    return { ...raw, facts };
  }

  // ---- the filters on top, and the facts they let through
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
  let searchKeys: Map<string, string> | null = null;
  // Built at the first search, not at load: both languages' words, so a search works in either.
  function searchKey(f: Fact): string {
    if (!searchKeys) searchKeys = new Map();
    let k = searchKeys.get(f.id);
    if (k === undefined) {
      const dims = Object.keys(f.dims).map((d) => (W.dims[d] && W.dims[d][f.dims[d]] ? `${W.dims[d][f.dims[d]].vi} ${W.dims[d][f.dims[d]].en}` : f.dims[d]));
      const m = W.metrics[f.metric];
      k = fold([f.province || '', f.doc, f.metric, m ? m.vi + ' ' + m.en : '', dims.join(' '), f.quote, f.raw, String(f.value), periodText(f.period)].join(' | '));
      searchKeys.set(f.id, k);
    }
    return k;
  }
  const periodKey = (f: Fact) => (f.period ? `${f.period.start}|${f.period.end}` : '');
  function passes(f: Fact, fl: Filters, words: string[]): boolean {
    if (fl.province && (f.province || '') !== fl.province) return false;
    if (fl.period && periodKey(f) !== fl.period) return false;
    if (fl.family && f.family !== fl.family) return false;
    if (fl.metric && f.metric !== fl.metric) return false;
    if (fl.basis && f.basis !== fl.basis) return false;
    if (fl.flagged && !f.checks.length) return false;
    if (words.length) {
      const k = searchKey(f);
      for (const w of words) if (k.indexOf(w) < 0) return false;
    }
    return true;
  }
  let shownCache: Fact[] | null = null;
  let shownIds: Set<string> | null = null;
  function shown(): Fact[] {
    if (!shownCache) {
      const fl = state.filters;
      const words = fold(fl.search).split(/\s+/).filter(Boolean);
      shownCache = data.facts.filter((f) => passes(f, fl, words));
      shownIds = null;
    }
    return shownCache;
  }
  const visible = (f: Fact) => {
    if (!shownIds) shownIds = new Set(shown().map((x) => x.id));
    return shownIds.has(f.id);
  };

  // "Tỉnh: Tất cả": the select says what it filters even where its caption is hidden (narrow windows).
  function fillSelect(sel: HTMLSelectElement, options: Array<[string, string]>, value: string): void {
    const caption = sel.parentElement && sel.parentElement.querySelector('[data-t]');
    const all = caption ? `${caption.textContent}: ${t('all').toLowerCase()}` : t('all');
    sel.replaceChildren(new Option(all, ''), ...options.map(([v, label]) => new Option(label, v)));
    sel.value = options.some(([v]) => v === value) ? value : '';
  }
  function renderFilterOptions(): void {
    const fl = state.filters;
    const count = (key: (f: Fact) => string) => {
      const m = new Map<string, number>();
      for (const f of data.facts) {
        const k = key(f);
        m.set(k, (m.get(k) || 0) + 1);
      }
      return m;
    };
    const provinces = count((f) => f.province || '');
    fillSelect($('f-province') as HTMLSelectElement, [...provinces.keys()].filter(Boolean).sort((a, b) => a.localeCompare(b, 'vi')).map((p) => [p, `${p} (${provinces.get(p)})`]), fl.province);
    const periods = new Map<string, { label: string; n: number; end: string }>();
    for (const f of data.facts) {
      if (!f.period) continue;
      const k = periodKey(f);
      const p = periods.get(k);
      if (p) p.n++;
      else periods.set(k, { label: periodText(f.period), n: 1, end: f.period.end + f.period.start });
    }
    fillSelect($('f-period') as HTMLSelectElement, [...periods.entries()].sort((a, b) => (a[1].end < b[1].end ? 1 : -1)).map(([k, p]) => [k, `${p.label} (${p.n})`]), fl.period);
    const fams = count((f) => f.family);
    fillSelect($('f-family') as HTMLSelectElement, data.families.filter((f) => fams.has(f)).map((f) => [f, `${W.families[f] ? W.families[f][state.lang] : f} (${fams.get(f)})`]), fl.family);
    const metrics = count((f) => f.metric);
    fillSelect($('f-metric') as HTMLSelectElement, data.metrics.filter((m) => metrics.has(m.id)).map((m) => [m.id, `${metricName(m.id)} (${metrics.get(m.id)})`]), fl.metric);
    fillSelect($('f-basis') as HTMLSelectElement, ['actual', 'target', 'estimate'].map((b) => [b, basisWord(b)]), fl.basis);
  }
  function filtersChanged(): void {
    shownCache = null;
    shownIds = null;
    refresh();
  }
  function wireFilters(): void {
    let timer = 0;
    const search = $('search') as HTMLInputElement;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        state.filters.search = search.value;
        filtersChanged();
      }, 150);
    });
    const keys: Array<[string, keyof Filters]> = [['f-province', 'province'], ['f-period', 'period'], ['f-family', 'family'], ['f-metric', 'metric'], ['f-basis', 'basis']];
    for (const [id, key] of keys) {
      $(id).addEventListener('change', () => {
        (state.filters as unknown as Record<string, string>)[key] = ($(id) as HTMLSelectElement).value;
        filtersChanged();
      });
    }
    $('f-flagged').addEventListener('change', () => {
      state.filters.flagged = ($('f-flagged') as HTMLInputElement).checked;
      filtersChanged();
    });
    $('f-clear').addEventListener('click', () => {
      state.filters = emptyFilters();
      search.value = '';
      ($('f-flagged') as HTMLInputElement).checked = false;
      renderFilterOptions();
      filtersChanged();
    });
  }

  // ---- the report list: collapsible, searchable, one tab stop (arrows move within it)
  function renderDocList(): void {
    const list = $('doc-list');
    const frag = document.createDocumentFragment();
    for (const d of data.docs) {
      const b = el('button', 'doc' + (d.doc === state.doc ? ' active' : ''));
      b.dataset.doc = d.doc;
      b.tabIndex = d.doc === state.doc ? 0 : -1;
      b.append(el('span', 'doc-name', d.title || d.doc));
      b.append(el('span', 'doc-meta', [d.province, d.period, d.doc].filter(Boolean).join(' · ')));
      const counts = el('span', 'doc-counts');
      counts.append(el('span', 'count', t('figures', (factsOf.get(d.doc) || []).length)));
      const k = findingsOf.get(d.doc) || 0;
      if (k) counts.append(el('span', 'count warn', t('findingsN', k)));
      b.append(counts);
      frag.append(b);
    }
    list.replaceChildren(frag);
    if (!list.querySelector('button.doc[tabindex="0"]')) {
      const first = list.querySelector<HTMLElement>('button.doc');
      if (first) first.tabIndex = 0;
    }
    filterDocList();
  }
  function filterDocList(): void {
    const words = fold(($('doc-search') as HTMLInputElement).value).split(/\s+/).filter(Boolean);
    let n = 0;
    $('doc-list')
      .querySelectorAll<HTMLElement>('button.doc')
      .forEach((b) => {
        const d = docByName.get(b.dataset.doc || '')!;
        const key = fold([d.doc, d.province || '', d.period || '', d.title || ''].join(' '));
        const ok = words.every((w) => key.indexOf(w) >= 0);
        b.hidden = !ok;
        if (ok) n++;
      });
    $('doc-count').textContent = t('reportCount', n, data.docs.length);
    // The list keeps one tab stop among the reports still shown.
    const buttons = Array.from($('doc-list').querySelectorAll<HTMLElement>('button.doc'));
    if (!buttons.some((b) => !b.hidden && b.tabIndex === 0)) {
      buttons.forEach((b) => (b.tabIndex = -1));
      const first = buttons.find((b) => !b.hidden);
      if (first) first.tabIndex = 0;
    }
  }
  function markActiveDoc(): void {
    $('doc-list')
      .querySelectorAll<HTMLElement>('button.doc')
      .forEach((b) => {
        const on = b.dataset.doc === state.doc;
        b.classList.toggle('active', on);
        b.tabIndex = on ? 0 : -1;
      });
  }
  function wireDocList(): void {
    const list = $('doc-list');
    list.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest('button.doc') as HTMLElement | null;
      if (b) openDoc(b.dataset.doc || '');
    });
    roving(list, 'button.doc');
    $('doc-search').addEventListener('input', filterDocList);
  }

  // ---- the report's text, rendered when opened
  function renderText(): void {
    const box = $('text');
    const doc = docByName.get(state.doc);
    const head = $('doc-head');
    head.replaceChildren();
    if (!doc) {
      box.replaceChildren(el('p', 'empty', t('chooseReport')));
      return;
    }
    head.append(el('h2', '', doc.title || doc.doc));
    head.append(el('div', 'doc-sub', [doc.doc, doc.province, doc.period, doc.format.toUpperCase()].filter(Boolean).join(' · ')));
    for (const w of doc.warnings) head.append(el('div', 'warning', w));
    for (const h of app.hooks.docHead) h(head, doc);
    const text = doc.text;
    if (!text) {
      box.replaceChildren(el('p', 'empty', t('noText')));
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
        m.title = values.map((f) => `${metricName(f.metric)} (${dimsWords(f.dims)}) = ${valueText(f)}`).join('\n');
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
  let panelFinding: Finding | undefined;
  function showFacts(ids: string[], finding?: Finding): void {
    state.selected = ids;
    panelFinding = finding;
    markSelected();
    const panel = $('fact-panel');
    panel.replaceChildren();
    if (finding) {
      const head = el('div', 'finding-head');
      head.append(el('span', `badge t-${finding.type}`, findingLabel(finding.type)));
      head.append(el('p', '', finding.message));
      if (finding.type === 'low_ocr_confidence') head.append(el('div', 'finding-nums', t('ocrThreshold', finding.confidence ?? '?', finding.threshold ?? '?')));
      else head.append(el('div', 'finding-nums', t('stated', fmt(finding.stated), fmt(Math.round(finding.expected * 10000) / 10000), fmt(finding.tolerance))));
      panel.append(head);
    }
    const facts = ids.map((id) => factById.get(id)).filter((f): f is Fact => !!f);
    if (!facts.length) {
      panel.append(el('p', 'empty', t('clickFigure')));
    }
    for (const f of facts) panel.append(factCard(f));
    for (const h of app.hooks.panel) h(panel);
  }

  function factCard(f: Fact): HTMLElement {
    const card = el('div', `fact-card fam-border-${f.family}`);
    card.dataset.fact = f.id;
    const title = el('div', 'fact-title');
    title.append(el('span', `fam-dot fam-${f.family}`), el('span', 'fact-metric', metricName(f.metric)));
    card.append(title);
    card.append(el('div', 'fact-id', f.metric));
    const big = el('div', 'fact-value');
    big.append(el('span', 'num', fmt(f.value)), el('span', 'unit', f.unit === 'pct' ? ' %' : ' ' + unitWord(f.unit)));
    if (f.qualifier) big.append(el('span', 'qual', ` (${f.qualifier})`));
    card.append(big);
    const dl = el('dl');
    const row = (k: string, v: string) => dl.append(el('dt', '', k), el('dd', '', v));
    row(t('dims'), dimsWords(f.dims));
    row(t('period'), periodText(f.period));
    row(t('basis'), basisWord(f.basis));
    row(t('asWritten'), f.raw);
    if (f.change_pct !== null) row(t('change'), `${f.change_pct > 0 ? '+' : ''}${fmt(f.change_pct)} %`);
    row(t('province'), f.province || '—');
    row(t('source'), [f.doc, t('lineN', f.line), f.page ? t('pageN', f.page) : ''].filter(Boolean).join(', '));
    row(t('rule'), f.rule);
    if (f.ocr) row(t('readBy'), t('ocrConfidence', f.ocr.value_confidence, f.ocr.confidence, f.ocr.quote_confidence ?? '?'));
    card.append(dl);
    card.append(el('blockquote', 'fact-quote', f.quote));
    if (f.ocr) card.append(ocrCrop(f));
    const checks = el('div', 'checks');
    if (!f.checks.length) checks.append(el('div', 'check ok', t('noFinding')));
    for (const c of f.checks) {
      const b = el('button', 'check bad');
      b.append(el('span', 'badge', findingLabel(c.type)), document.createTextNode(' ' + c.message));
      b.addEventListener('click', () => goToFinding(c.finding));
      checks.append(b);
    }
    card.append(checks);
    for (const h of app.hooks.card) h(card, f);
    return card;
  }

  // The lines of the scanned page the number was read from, the number framed: to check it by eye.
  function ocrCrop(f: Fact): HTMLElement {
    const fig = el('figure', 'ocr-crop');
    const src = f.ocr && f.ocr.crop ? (data.crops || {})[f.ocr.crop] : undefined;
    if (!src || !f.ocr || !f.ocr.box) {
      fig.append(el('figcaption', 'empty', t('ocrNoImage')));
      return fig;
    }
    const frame = el('div', 'crop-frame');
    const img = el('img');
    img.src = src;
    img.alt = t('ocrAlt', f.page ?? '?', f.doc, f.raw);
    const mark = el('span', 'crop-mark');
    const [left, top, width, height] = f.ocr.box;
    mark.style.left = `${left * 100}%`;
    mark.style.top = `${top * 100}%`;
    mark.style.width = `${width * 100}%`;
    mark.style.height = `${height * 100}%`;
    frame.append(img, mark);
    fig.append(frame, el('figcaption', '', t('ocrCaption', f.page ?? '?', f.raw)));
    return fig;
  }

  // ---- findings (a long list is cut: the table's "only figures with findings" shows them all)
  const MAX_FINDINGS = 300;
  function renderFindings(): void {
    const list = $('finding-list');
    const shownF = data.findings.filter((f) => f.facts.some((id) => { const x = factById.get(id); return !x || visible(x); }));
    $('finding-count').textContent = String(shownF.length);
    const frag = document.createDocumentFragment();
    if (!shownF.length) frag.append(el('p', 'empty', data.findings.length ? t('noFindingFiltered') : t('noFindingAtAll')));
    const ordered = [...shownF].sort((a, b) => Number(b.doc === state.doc) - Number(a.doc === state.doc)).slice(0, MAX_FINDINGS);
    for (const f of ordered) {
      const b = el('button', 'finding' + (f.doc === state.doc ? ' here' : ''));
      b.dataset.finding = f.id;
      b.append(el('span', `badge t-${f.type}`, findingLabel(f.type)), el('span', 'finding-doc', f.doc));
      b.append(el('span', 'finding-msg', f.message));
      b.tabIndex = frag.childNodes.length ? -1 : 0;
      b.addEventListener('click', () => goToFinding(f.id));
      frag.append(b);
    }
    list.replaceChildren(frag);
  }
  /** A list of buttons is one tab stop; the arrows move within it. */
  function roving(list: HTMLElement, selector: string): void {
    list.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
      const all = Array.from(list.querySelectorAll<HTMLElement>(selector)).filter((b) => !b.hidden);
      const i = all.indexOf(document.activeElement as HTMLElement);
      const j = e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : Math.max(0, Math.min(all.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)));
      if (!all[j]) return;
      e.preventDefault();
      all.forEach((b) => (b.tabIndex = -1));
      all[j].tabIndex = 0;
      all[j].focus();
    });
  }

  function goToFinding(id: string): void {
    const finding = findingById.get(id);
    if (!finding) return;
    const facts = finding.facts.map((x) => factById.get(x)).filter((f): f is Fact => !!f);
    const first = facts[0];
    if (!first) return;
    // Make sure the figures are not hidden by a filter.
    if (facts.some((f) => !visible(f))) clearFilters();
    openDoc(first.doc, true);
    setTab('text');
    showFacts(facts.map((f) => f.id), finding);
    const marks = facts
      .filter((f) => f.doc === first.doc)
      .flatMap((f) => Array.from(document.querySelectorAll<HTMLElement>(`mark.fig[data-ids~="${CSS.escape(f.id)}"]`)));
    if (marks[0]) marks[0].scrollIntoView({ block: 'center' });
    for (const m of marks) {
      m.classList.remove('flash');
      void m.offsetWidth; // restart the animation
      m.classList.add('flash');
    }
    document.querySelectorAll('.finding.current').forEach((x) => x.classList.remove('current'));
    document.querySelector(`.finding[data-finding="${CSS.escape(id)}"]`)?.classList.add('current');
  }

  function clearFilters(): void {
    $('f-clear').click();
  }

  function openDoc(doc: string, keepSelection = false): void {
    const changed = doc !== state.doc;
    state.doc = doc;
    if (!keepSelection) showFacts([]);
    if (changed) {
      markActiveDoc();
      renderText();
      renderFindings();
      document.querySelector('main')!.scrollTop = 0;
    }
    if (state.tab !== 'text') setTab('text');
    try {
      history.replaceState(null, '', '#' + encodeURIComponent(doc));
    } catch {
      location.hash = encodeURIComponent(doc);
    }
  }

  function openFact(f: Fact): void {
    if (!visible(f)) clearFilters();
    openDoc(f.doc, true);
    showFacts([f.id]);
    const m = document.querySelector<HTMLElement>(`mark.fig[data-ids~="${CSS.escape(f.id)}"]`);
    if (m) {
      m.scrollIntoView({ block: 'center' });
      m.focus({ preventScroll: true });
    }
  }

  // ---- tabs (one tab stop; arrows move between them)
  function setTab(tab: string): void {
    state.tab = tab;
    document.querySelectorAll<HTMLElement>('.tab').forEach((x) => {
      const on = x.dataset.tab === tab;
      x.classList.toggle('active', on);
      x.setAttribute('aria-selected', String(on));
      x.tabIndex = on ? 0 : -1;
    });
    for (const name of ['text', 'table', 'chart']) $(`${name}-view`).hidden = tab !== name;
    if (app.hooks.tab[tab]) app.hooks.tab[tab]();
  }

  // ---- language
  function applyWords(): void {
    document.documentElement.lang = state.lang;
    document.title = `${t('title')} — ${data.docs.length}`;
    document.querySelectorAll<HTMLElement>('[data-t]').forEach((e) => (e.textContent = t(e.dataset.t || '')));
    document.querySelectorAll<HTMLElement>('[data-t-ph]').forEach((e) => e.setAttribute('placeholder', t(e.dataset.tPh || '')));
    document.querySelectorAll<HTMLElement>('[data-t-aria]').forEach((e) => e.setAttribute('aria-label', t(e.dataset.tAria || '')));
    $('lang').setAttribute('lang', state.lang === 'vi' ? 'en' : 'vi');
    $('summary').textContent = t('summary', fmt(data.docs.length), fmt(data.facts.length), fmt(data.findings.length));
  }
  function setLang(lang: Lang): void {
    state.lang = lang;
    try {
      localStorage.setItem('baocao.lang', lang);
    } catch {
      // no storage: the choice lasts as long as the page
    }
    applyWords();
    renderFilterOptions();
    renderDocList();
    renderText();
    showFacts(state.selected, panelFinding);
    refresh();
  }

  function refresh(): void {
    const n = shown().length;
    $('shown-count').textContent = t('shownCount', fmt(n), fmt(data.facts.length));
    renderText();
    renderFindings();
    for (const h of app.hooks.refresh) h();
  }

  function download(name: string, type: string, body: string): void {
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = el('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const app: App = {
    data, state, $, el, t, fmt, metricName, dimsWords, basisWord, periodText, valueText, factById, docByName, shown,
    openFact, showFacts: (ids) => showFacts(ids), setTab, download,
    hooks: { refresh: [], card: [], panel: [], tab: {}, docHead: [] },
  };
  for (const part of parts) part(app);

  // ---- start
  document.querySelectorAll<HTMLElement>('.tab').forEach((x) => x.addEventListener('click', () => setTab(x.dataset.tab || 'text')));
  $('tabs').addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const tabs = Array.from(document.querySelectorAll<HTMLElement>('.tab'));
    const i = tabs.findIndex((x) => x.dataset.tab === state.tab);
    const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    setTab(next.dataset.tab || 'text');
    next.focus();
  });
  const idsOf = (m: HTMLElement) => (m.dataset.ids || '').split(' ').filter(Boolean);
  $('text').addEventListener('click', (e) => {
    const m = (e.target as HTMLElement).closest('mark.fig') as HTMLElement | null;
    if (m) showFacts(idsOf(m));
  });
  // A figure reached by Tab shows its fact at once: the keyboard reads the report figure by figure.
  $('text').addEventListener('focusin', (e) => {
    const m = (e.target as HTMLElement).closest('mark.fig') as HTMLElement | null;
    if (m && idsOf(m).join(' ') !== state.selected.join(' ')) showFacts(idsOf(m));
  });
  $('skip').addEventListener('click', () => {
    if (state.tab !== 'text') setTab('text');
    const m = document.querySelector<HTMLElement>('#text mark.fig');
    if (m) m.focus();
  });
  $('lang').addEventListener('click', () => setLang(state.lang === 'vi' ? 'en' : 'vi'));
  // In a narrow window the lists start folded, so the report's text and its fact panel have the room.
  if (window.innerWidth <= 1100) for (const id of ['reports', 'findings']) ($(id) as HTMLDetailsElement).open = false;
  wireFilters();
  wireDocList();
  roving($('finding-list'), 'button.finding');
  applyWords();
  renderFilterOptions();
  renderDocList();
  const fromHash = decodeURIComponent(location.hash.slice(1));
  const start = docByName.get(fromHash) || data.docs[0];
  if (start) state.doc = start.doc;
  markActiveDoc();
  showFacts([]);
  refresh();
  setTab('text');
  // Milliseconds from the start of the page's load to ready, for scripts/review-load.mjs and the tests.
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.ready = '1';
}
