// Word documents through mammoth's HTML conversion (its raw-text mode drops footnotes). The text is
// written like the txt exports: blocks separated by a blank line, a table as one line per row with
// cells separated by a tab, footnotes at the end as "¹ text", references as superscript digits.
import { fixLegacyText, legacyWarning } from '../src/text/legacy-encoding.js';
import { BaocaoError, warning } from '../src/errors.js';
import type { Block, TableCell, TableRow, TextDocument } from '../src/model.js';
import { classifyHeading, isListItemStart, markTableHeaders, superscriptValue, TextBuilder, toSuperscript } from './common.js';
import { isElement, parseHtml, type HtmlElement, type HtmlNode } from './html.js';
import { declaredUnzippedSize, inflateEntry, readZipDirectory } from './zip.js';

export const DEFAULT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

export interface DocxOptions {
  /** Refuse a DOCX whose parts decompress to more than this many bytes (TOO_LARGE). */
  maxUnzippedBytes?: number;
}

/** Checks the zip before mammoth sees it: a real DOCX, not a zip bomb. */
export function checkDocxZip(bytes: Uint8Array, name: string, limit: number): void {
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    throw new BaocaoError('DOCX_CORRUPT', `${name} is not a readable DOCX (${(e as Error).message}).`, { path: name, cause: e });
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new BaocaoError('DOCX_CORRUPT', `${name} is a zip file but not a Word document (no word/document.xml).`, { path: name });
  }
  const declared = declaredUnzippedSize(entries);
  const tooLarge = (what: string) =>
    new BaocaoError('TOO_LARGE', `${name} ${what}, over the limit of ${limit} bytes; it looks like a zip bomb (raise maxUnzippedBytes if it is genuine).`, { path: name });
  if (declared > limit) throw tooLarge(`would decompress to ${declared} bytes`);
  // The declared sizes can lie: inflate the XML parts mammoth will read, under a hard cap.
  let budget = limit;
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    try {
      budget -= inflateEntry(bytes, entry, budget).length;
    } catch (e) {
      if (e instanceof RangeError) throw tooLarge('decompresses to more than it declares');
      throw new BaocaoError('DOCX_CORRUPT', `${name} is damaged: ${entry.name} inside it cannot be unpacked; get an intact copy, or open it in Word and save it again.`, { path: name, cause: e });
    }
  }
}

// Paragraph styles that mean a heading, whatever the template calls them ("Heading 2", "Report Heading 1", "Title"…).
function headingLevelOfStyle(styleName: string | undefined): number {
  if (!styleName) return 0;
  const m = /heading\s*(\d)/i.exec(styleName);
  if (m) return Math.max(1, Math.min(6, Number(m[1])));
  if (/(^|\s)(title|subtitle)$/i.test(styleName) || /appendix (heading|title)/i.test(styleName)) return 1;
  return 0;
}

// mammoth's document tree is untyped: walk it and rename heading styles so the style map below catches them.
function renameHeadingStyles(element: any): any {
  if (element && Array.isArray(element.children)) element.children.forEach(renameHeadingStyles);
  if (element && element.type === 'paragraph') {
    const level = headingLevelOfStyle(element.styleName);
    if (level) {
      element.styleName = `baocao heading ${level}`;
      element.styleId = `BaocaoHeading${level}`;
    }
  }
  return element;
}

const STYLE_MAP = [1, 2, 3, 4, 5, 6].map((n) => `p[style-name='baocao heading ${n}'] => h${n}:fresh`);

interface Inline {
  text: string;
  /** Footnote references: offset in `text` and footnote number. */
  refs: { at: number; n: number }[];
  bold: boolean;
}

const FOOTNOTE_HREF = /^#(?:footnote|endnote)-(\d+)$/;

/** Renders inline content; `<br>` becomes "\n", footnote references superscript digits. */
function renderInline(nodes: HtmlNode[], out: Inline = { text: '', refs: [], bold: true }, bold = false): Inline {
  for (const n of nodes) {
    if (n.type === 'text') {
      const t = n.text.replace(/[\t\r\n]+/g, ' ');
      if (t.trim() && !bold) out.bold = false;
      out.text += t;
      continue;
    }
    if (n.tag === 'br') {
      out.text += '\n';
      continue;
    }
    if (n.tag === 'img') continue;
    const ref = n.tag === 'a' ? FOOTNOTE_HREF.exec(n.attrs.href ?? '') : null;
    if (ref) {
      out.refs.push({ at: out.text.length, n: Number(ref[1]) });
      out.text += toSuperscript(ref[1]);
      continue;
    }
    if (n.tag === 'sup') {
      const inner = renderInline(n.children, { text: '', refs: [], bold: true }, bold);
      inner.refs.forEach((r) => out.refs.push({ at: out.text.length + r.at, n: r.n }));
      out.text += /^\d+$/.test(inner.text.trim()) ? toSuperscript(inner.text.trim()) : inner.text;
      continue;
    }
    renderInline(n.children, out, bold || n.tag === 'strong' || n.tag === 'b');
  }
  return out;
}

/** Trims an inline rendering, keeping reference offsets right. */
function trimInline(x: Inline): Inline {
  const lead = x.text.length - x.text.trimStart().length;
  const text = x.text.trim();
  return { text, bold: x.bold, refs: x.refs.map((r) => ({ at: r.at - lead, n: r.n })).filter((r) => r.at >= 0 && r.at < text.length) };
}

interface State {
  b: TextBuilder;
  refs: Map<number, number[]>;
}

function appendInline(st: State, x: Inline): { start: number; end: number } {
  const span = st.b.append(x.text);
  for (const r of x.refs) {
    const list = st.refs.get(r.n) ?? [];
    list.push(span.start + r.at);
    st.refs.set(r.n, list);
  }
  return span;
}

function emitParagraph(st: State, el: HtmlElement, headingLevel = 0): void {
  const x = trimInline(renderInline(el.children));
  if (!x.text) return;
  const lines = x.text.split('\n');
  // A paragraph of soft-broken list lines ("- Bộ …;<br>- Sở …;") is a list: one item per line.
  if (!headingLevel && lines.length >= 2 && lines.every((l) => isListItemStart(l))) {
    st.b.separate();
    let offset = 0;
    lines.forEach((line, i) => {
      const part: Inline = { text: line, bold: false, refs: x.refs.filter((r) => r.at >= offset && r.at < offset + line.length).map((r) => ({ at: r.at - offset, n: r.n })) };
      offset += line.length + 1;
      if (i > 0) st.b.append('\n');
      const span = appendInline(st, part);
      st.b.add({ kind: 'list_item', ...span });
    });
    return;
  }
  st.b.separate();
  const span = appendInline(st, x);
  const level = headingLevel || (lines.length === 1 ? classifyHeading(x.text, { bold: x.bold }) : 0);
  if (level) st.b.add({ kind: 'heading', level, ...span });
  else st.b.add({ kind: isListItemStart(x.text) ? 'list_item' : 'paragraph', ...span });
}

/** Text of a table cell: its paragraphs joined by a space (a cell is one field of one row). */
function cellInline(cell: HtmlElement): Inline {
  const parts: Inline[] = [];
  const visit = (nodes: HtmlNode[]) => {
    let inlineRun: HtmlNode[] = [];
    const flush = () => {
      if (inlineRun.length) parts.push(trimInline(renderInline(inlineRun)));
      inlineRun = [];
    };
    for (const n of nodes) {
      if (isElement(n) && ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'div'].includes(n.tag)) {
        flush();
        visit(n.children);
      } else inlineRun.push(n);
    }
    flush();
  };
  visit(cell.children);
  const out: Inline = { text: '', refs: [], bold: false };
  for (const p of parts) {
    if (!p.text) continue;
    if (out.text) out.text += ' ';
    p.refs.forEach((r) => out.refs.push({ at: out.text.length + r.at, n: r.n }));
    out.text += p.text.replace(/\n/g, ' ');
  }
  return out;
}

function emitTable(st: State, table: HtmlElement, earlierHeaders: Set<string>): Set<string> {
  const trs = ownRows(table);
  if (!trs.length) return earlierHeaders;
  st.b.separate();
  const rows: TableRow[] = [];
  const spanning: number[] = []; // per column: how many more rows a rowspan cell covers
  trs.forEach((tr, rowIndex) => {
    if (rowIndex > 0) st.b.append('\n');
    const rowStart = st.b.length;
    const cells: TableCell[] = [];
    let col = 0;
    const addCell = (x: Inline | null) => {
      if (cells.length) st.b.append('\t');
      cells.push(x ? appendInline(st, x) : { start: st.b.length, end: st.b.length });
      col++;
    };
    const skipSpanned = () => {
      while ((spanning[col] ?? 0) > 0) {
        spanning[col]--;
        addCell(null);
      }
    };
    for (const td of tr.children.filter((c): c is HtmlElement => isElement(c) && (c.tag === 'td' || c.tag === 'th'))) {
      skipSpanned();
      const colspan = Math.max(1, Math.min(100, Number(td.attrs.colspan) || 1));
      const rowspan = Math.max(1, Math.min(1000, Number(td.attrs.rowspan) || 1));
      const first = col;
      addCell(cellInline(td));
      for (let k = 1; k < colspan; k++) addCell(null);
      for (let k = first; k < first + colspan; k++) spanning[k] = rowspan - 1;
    }
    // Columns still covered by a rowspan from above get an empty cell, so columns stay aligned.
    while (spanning.slice(col).some((n) => n > 0)) {
      if ((spanning[col] ?? 0) > 0) spanning[col]--;
      addCell(null);
    }
    rows.push({ start: rowStart, end: st.b.length, cells });
  });
  const headers = markTableHeaders(st.b.text, rows, earlierHeaders);
  st.b.add({ kind: 'table', start: rows[0].start, end: rows[rows.length - 1].end, rows });
  return headers;
}

/** Rows of this table, not of tables nested in its cells. */
function ownRows(node: HtmlElement, out: HtmlElement[] = []): HtmlElement[] {
  for (const c of node.children) {
    if (!isElement(c) || c.tag === 'table') continue;
    if (c.tag === 'tr') out.push(c);
    else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') ownRows(c, out);
  }
  return out;
}

const isFootnoteList = (el: HtmlElement) =>
  (el.tag === 'ol' || el.tag === 'ul') && el.children.some((c) => isElement(c, 'li') && /^(footnote|endnote)-\d+$/.test(c.attrs.id ?? ''));

function emitFootnotes(st: State, list: HtmlElement): void {
  for (const li of list.children) {
    if (!isElement(li, 'li')) continue;
    const m = /^(?:footnote|endnote)-(\d+)$/.exec(li.attrs.id ?? '');
    if (!m) continue;
    // Drop the "↑" link back to the reference.
    const strip = (nodes: HtmlNode[]): HtmlNode[] =>
      nodes
        .filter((n) => !(isElement(n, 'a') && /^#(footnote|endnote)-ref-/.test(n.attrs.href ?? '')))
        .map((n) => (isElement(n) ? { ...n, children: strip(n.children) } : n));
    const body = cellInline({ ...li, children: strip(li.children) });
    const marker = toSuperscript(m[1]);
    st.b.separate();
    const start = st.b.length;
    st.b.append(`${marker} `);
    const span = appendInline(st, { ...body, text: body.text });
    st.b.add({ kind: 'footnote', start, end: span.end, marker, refs: [] });
  }
}

function walkBlocks(st: State, nodes: HtmlNode[], footnoteLists: HtmlElement[], headers: { last: Set<string> }): void {
  let loose: HtmlNode[] = [];
  const flushLoose = () => {
    if (loose.some((n) => n.type === 'text' ? n.text.trim() : true)) emitParagraph(st, { type: 'element', tag: 'p', attrs: {}, children: loose });
    loose = [];
  };
  for (const n of nodes) {
    if (!isElement(n)) {
      loose.push(n);
      continue;
    }
    const heading = /^h([1-6])$/.exec(n.tag);
    if (n.tag === 'p' || heading) {
      flushLoose();
      emitParagraph(st, n, heading ? Number(heading[1]) : 0);
      headers.last = new Set();
    } else if (n.tag === 'table') {
      flushLoose();
      headers.last = emitTable(st, n, headers.last);
    } else if (isFootnoteList(n)) {
      flushLoose();
      footnoteLists.push(n);
    } else if (n.tag === 'ul' || n.tag === 'ol') {
      flushLoose();
      for (const li of n.children) if (isElement(li, 'li')) emitListItem(st, li, footnoteLists, headers);
    } else if (['div', 'section', 'article', 'blockquote', 'body', 'html'].includes(n.tag)) {
      flushLoose();
      walkBlocks(st, n.children, footnoteLists, headers);
    } else loose.push(n);
  }
  flushLoose();
}

function emitListItem(st: State, li: HtmlElement, footnoteLists: HtmlElement[], headers: { last: Set<string> }): void {
  const own = li.children.filter((c) => !(isElement(c) && (c.tag === 'ul' || c.tag === 'ol' || c.tag === 'table')));
  const x = trimInline(cellInline({ ...li, children: own }));
  if (x.text) {
    st.b.separate();
    const span = appendInline(st, x);
    st.b.add({ kind: 'list_item', ...span });
  }
  walkBlocks(st, li.children.filter((c) => !own.includes(c)), footnoteLists, headers);
}

export async function extractDocx(bytes: Uint8Array, name: string, opts: DocxOptions = {}): Promise<TextDocument> {
  checkDocxZip(bytes, name, opts.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES);
  let html: string;
  const warnings: string[] = [];
  try {
    // Loaded on first use: a run over txt and PDF files never pays for it.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        transformDocument: renameHeadingStyles,
        // Images are not text: never decode or embed them.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    // Documents typed in .VnTime (TCVN3) or VNI fonts carry the legacy characters; the markup is
    // ASCII, so the whole HTML converts before the model is built.
    const legacy = fixLegacyText(result.value);
    html = legacy.text;
    if (legacy.encoding) warnings.push(legacyWarning(legacy.encoding));
    // The reader's own words name its internals; the person needs to know that something is missing.
    const errors = result.messages.filter((m) => m.type === 'error').length;
    if (errors) {
      warnings.push(warning('DOCX_DAMAGED', `${errors === 1 ? 'a part' : `${errors} parts`} of the document could not be read, so figures in ${errors === 1 ? 'it' : 'them'} may be missing; open the file in Word and save it again to check.`));
    }
  } catch (e) {
    // mammoth passes on its XML parser's message ("[xmldom error] … @#[line:undefined,…]"): say what it means instead.
    throw new BaocaoError(
      'DOCX_CORRUPT',
      `${name} is damaged: the Word document inside it is not well-formed, so its text cannot be read; open it in Word or LibreOffice and save it again, or get an intact copy.`,
      { path: name, cause: e },
    );
  }
  const st: State = { b: new TextBuilder(), refs: new Map() };
  st.b.warnings.push(...warnings);
  const footnoteLists: HtmlElement[] = [];
  walkBlocks(st, parseHtml(html).children, footnoteLists, { last: new Set() });
  for (const list of footnoteLists) emitFootnotes(st, list);
  for (const block of st.b.blocks) {
    if (block.kind === 'footnote') block.refs = (st.refs.get(superscriptValue(block.marker)) ?? []).sort((a, b) => a - b);
  }
  const doc = st.b.finish('docx');
  if (doc.text.trim() === '') throw new BaocaoError('EMPTY_FILE', `${name} is a Word document without any text.`, { path: name });
  return doc;
}

export type { Block };
