// Corrections on the review page: a fact marked wrong (its right value, or "not a figure"), a missed
// figure marked by selecting its words, a report marked as fully checked. A page opened from a file
// cannot write one, so they are saved by download as corrections.jsonl, in the shape
// src/dataset/corrections.ts reads (`baocao extract … --corrections FILE`, `baocao corrections`).
// Embedded as source: see client.ts.
import type { App, Fact } from './client-types.js';

export function correctionsPart(app: App): void {
  const { $, el, t } = app;
  type Saved = { kind: string; doc: string; sha256: string; at: string; [k: string]: unknown };
  const list = new Map<string, Saved>();
  let dirty = false;

  const docOf = (name: string) => app.docByName.get(name);
  // Kept in the browser's storage too, so a closed tab or a crash loses nothing: one entry for every
  // page opened from files, each page taking back the corrections of its own reports (by their hash).
  const STORE = 'baocao.corrections';
  const mine = new Set(app.data.docs.map((d) => d.sha));
  const stored = (): Array<[string, Saved]> => {
    try {
      return JSON.parse(localStorage.getItem(STORE) || '[]');
    } catch {
      return [];
    }
  };
  for (const [key, r] of stored()) if (mine.has(r.sha256)) list.set(key, r);
  function keep(): void {
    try {
      localStorage.setItem(STORE, JSON.stringify([...stored().filter(([, r]) => !mine.has(r.sha256)), ...list.entries()]));
    } catch {
      // no storage (or full): the download is the record
    }
  }
  function put(key: string, r: Saved | null): void {
    if (r) list.set(key, r);
    else list.delete(key);
    dirty = true;
    keep();
    renderSave();
  }
  function renderSave(): void {
    const b = $('save-corrections') as HTMLButtonElement;
    b.textContent = t('saveCorrections', list.size);
    b.disabled = list.size === 0;
  }

  /** A number as a Vietnamese report writes it (1.234,5), or as a program does (1234.5). */
  function parseNumber(s: string): number | null {
    const x = s.trim().replace(/\s/g, '');
    if (!/^-?[\d.,]+$/.test(x)) return null;
    let v: number;
    if (x.includes(',')) v = Number(x.replace(/\./g, '').replace(',', '.'));
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(x)) v = Number(x.replace(/\./g, ''));
    else v = Number(x);
    return Number.isFinite(v) ? v : null;
  }
  const now = () => new Date().toISOString();

  // ---- a fact's card: its correction, or the buttons to make one
  function cardControls(card: HTMLElement, f: Fact): void {
    const doc = docOf(f.doc);
    if (!doc) return;
    const box = el('div', 'correct');
    const key = `fact:${f.id}`;
    const current = list.get(key);
    if (f.was !== undefined) box.append(el('div', 'corr-note', t('correctedBefore', app.fmt(f.was))));
    if (f.manual) box.append(el('div', 'corr-note', t('manual')));
    const redraw = () => {
      const fresh = el('div');
      cardControls(fresh, f);
      box.replaceWith(fresh.firstChild as HTMLElement);
    };
    if (current) {
      box.append(el('div', 'corr-status', current.kind === 'value' ? t('markedValue', app.fmt(f.value), app.fmt(current.value as number)) : t('markedNotFact')));
      const undo = el('button', 'corr-undo', t('undo'));
      undo.addEventListener('click', () => {
        put(key, null);
        redraw();
      });
      box.append(undo);
      card.append(box);
      return;
    }
    const base = { doc: f.doc, sha256: doc.sha, fact: f.id, metric: f.metric, dims: f.dims, quote: f.quote };
    const wrong = el('button', 'corr-wrong', t('wrongValue'));
    const notFact = el('button', 'corr-notfact', t('notAFact'));
    wrong.addEventListener('click', () => {
      const form = el('form', 'corr-form');
      const label = el('label', '', t('rightValue'));
      const input = el('input');
      input.name = 'value';
      input.inputMode = 'decimal';
      input.value = app.fmt(f.value);
      label.append(input);
      const save = el('button', 'corr-save', t('save'));
      save.type = 'submit';
      const cancel = el('button', 'corr-cancel', t('cancel'));
      cancel.type = 'button';
      cancel.addEventListener('click', redraw);
      form.append(label, save, cancel);
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const v = parseNumber(input.value);
        if (v === null) {
          input.setCustomValidity('?');
          input.reportValidity();
          return;
        }
        put(key, { kind: 'value', ...base, value: v, was: f.value, at: now() });
        redraw();
      });
      box.replaceChildren(form);
      input.focus();
      input.select();
    });
    notFact.addEventListener('click', () => {
      put(key, { kind: 'not_fact', ...base, at: now() });
      redraw();
    });
    box.append(wrong, notFact);
    card.append(box);
  }

  // ---- a report marked as fully checked (its facts, as corrected, become gold)
  function docControls(head: HTMLElement, d: { doc: string; sha: string }): void {
    const key = `reviewed:${d.sha}`;
    const b = el('button', 'corr-reviewed' + (list.has(key) ? ' done' : ''), list.has(key) ? t('reviewedDone') : t('reviewed'));
    b.setAttribute('aria-pressed', String(list.has(key)));
    b.addEventListener('click', () => {
      put(key, list.has(key) ? null : { kind: 'reviewed', doc: d.doc, sha256: d.sha, at: now() });
      b.replaceWith(((): HTMLElement => {
        const h = el('div');
        docControls(h, d);
        return h.firstChild as HTMLElement;
      })());
    });
    head.append(b);
  }

  // ---- a missed figure: the words selected in the report's text
  /** Offsets into the report's text of a point in #text: its pieces are the text, in order. */
  function offsetOf(node: Node, offset: number): number | null {
    const root = $('text');
    if (!root.contains(node)) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n === node) return at + offset;
      at += (n.nodeValue || '').length;
    }
    // The point is an element: count the text before its child at `offset`.
    if (node.nodeType === 1) {
      const range = document.createRange();
      range.setStart(root, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    }
    return null;
  }

  function missedForm(): void {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount || app.state.tab !== 'text') return;
    const r = sel.getRangeAt(0);
    const doc = docOf(app.state.doc);
    if (!doc) return;
    let start = offsetOf(r.startContainer, r.startOffset);
    let end = offsetOf(r.endContainer, r.endOffset);
    if (start === null || end === null || end <= start) return;
    while (start < end && /\s/.test(doc.text[start])) start++;
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    const quote = doc.text.slice(start, end);
    // The same words still selected (a click into the form below fires selectionchange too).
    const here = `${doc.doc}:${start}:${end}`;
    if (!quote || (here === shownFor && !$('missed-box').hidden)) return;
    shownFor = here;
    const box = $('missed-box');
    box.hidden = false;
    box.replaceChildren(el('h3', '', t('missed')), el('blockquote', 'fact-quote', quote));
    const numbers: Array<{ raw: string; s: number; e: number }> = [];
    for (const m of quote.matchAll(/\d+(?:[.,]\d+)*/g)) numbers.push({ raw: m[0], s: start + (m.index || 0), e: start + (m.index || 0) + m[0].length });
    if (!numbers.length) {
      box.append(el('p', 'empty', t('missedNoNumber')));
      return;
    }
    const form = el('form', 'missed-form');
    const field = (label: string, control: HTMLElement) => {
      const l = el('label', '', label);
      l.append(control);
      form.append(l);
      return control;
    };
    const num = field(t('missedNumber'), el('select')) as HTMLSelectElement;
    num.name = 'number';
    numbers.forEach((n, i) => num.append(new Option(n.raw, String(i))));
    const value = field(t('value'), el('input')) as HTMLInputElement;
    value.name = 'value';
    value.inputMode = 'decimal';
    value.value = numbers[0].raw;
    num.addEventListener('change', () => (value.value = numbers[Number(num.value)].raw));
    const metric = field(t('metric'), el('select')) as HTMLSelectElement;
    metric.name = 'metric';
    for (const m of app.data.metrics) metric.append(new Option(app.metricName(m.id), m.id));
    const dimsBox = el('div', 'missed-dims');
    form.append(dimsBox);
    const drawDims = () => {
      dimsBox.replaceChildren();
      const m = app.data.metrics.find((x) => x.id === metric.value);
      for (const d of m ? m.dims : []) {
        const values = app.data.dimValues[d];
        const l = el('label', '', app.data.words.dimNames[d] ? app.data.words.dimNames[d][app.state.lang] : d);
        let c: HTMLSelectElement | HTMLInputElement;
        if (values) {
          c = el('select');
          c.append(new Option(t('all'), 'all'));
          for (const v of values) c.append(new Option(app.data.words.dims[d] && app.data.words.dims[d][v] ? app.data.words.dims[d][v][app.state.lang] : v, v));
        } else c = el('input');
        c.name = `dim-${d}`;
        c.dataset.dim = d;
        l.append(c);
        dimsBox.append(l);
      }
    };
    metric.addEventListener('change', drawDims);
    drawDims();
    const basis = field(t('basis'), el('select')) as HTMLSelectElement;
    basis.name = 'basis';
    for (const b of ['actual', 'target', 'estimate']) basis.append(new Option(app.basisWord(b), b));
    const add = el('button', 'missed-add', t('addMissed'));
    add.type = 'submit';
    const cancel = el('button', '', t('cancel'));
    cancel.type = 'button';
    cancel.addEventListener('click', () => (box.hidden = true));
    form.append(add, cancel);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const v = parseNumber(value.value);
      if (v === null) {
        value.setCustomValidity('?');
        value.reportValidity();
        return;
      }
      const n = numbers[Number(num.value)];
      const dims: Record<string, string> = {};
      dimsBox.querySelectorAll<HTMLSelectElement | HTMLInputElement>('[data-dim]').forEach((c) => {
        if (c.value.trim() && c.value !== 'all') dims[c.dataset.dim || ''] = c.value.trim();
      });
      const key = `missed:${doc.sha}:${n.s}-${n.e}:${metric.value}:${Object.keys(dims).sort().map((k) => `${k}=${dims[k]}`).join(',')}:${basis.value}`;
      put(key, { kind: 'missed', doc: doc.doc, sha256: doc.sha, start, end, value_start: n.s, value_end: n.e, quote, raw: n.raw, metric: metric.value, dims, value: v, basis: basis.value, at: now() });
      box.replaceChildren(el('p', 'corr-status', t('missedAdded', app.metricName(metric.value), app.fmt(v))));
    });
    box.append(form);
  }

  let shownFor = '';
  let timer = 0;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = window.setTimeout(missedForm, 120);
  });
  $('save-corrections').addEventListener('click', () => {
    const body = [...list.values()].map((r) => JSON.stringify(r)).join('\n') + '\n';
    app.download('corrections.jsonl', 'application/x-ndjson', body);
    dirty = false;
  });
  window.addEventListener('beforeunload', (e) => {
    if (!dirty) return;
    e.preventDefault();
    e.returnValue = t('unsaved');
  });
  app.hooks.card.push(cardControls);
  app.hooks.docHead.push(docControls);
  app.hooks.refresh.push(renderSave);
  app.hooks.panel.push((panel) => {
    if (!panel.querySelector('.fact-card')) panel.append(el('p', 'empty missed-hint', t('missedHint')));
  });
}
