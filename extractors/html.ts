// A small, tolerant HTML parser for mammoth's output (which is simple and well formed, but this
// must not throw on anything): elements, attributes, text with entities decoded.

export interface HtmlElement {
  type: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export interface HtmlText {
  type: 'text';
  text: string;
}
export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set(['br', 'img', 'hr', 'meta', 'input', 'col', 'link', 'area', 'base', 'wbr', 'source']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (let m = re.exec(s); m; m = re.exec(s)) attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/** Parses an HTML fragment into a tree under a synthetic root element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: 'element', tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1];
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/\s*([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) top().children.push({ type: 'text', text: decodeEntities(html.slice(last, m.index)) });
    last = re.lastIndex;
    if (m[1]) {
      const tag = m[1].toLowerCase();
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at; // close it and anything left open inside it
    } else if (m[2]) {
      const tag = m[2].toLowerCase();
      const rest = m[3] ?? '';
      const el: HtmlElement = { type: 'element', tag, attrs: parseAttrs(rest.replace(/\/\s*$/, '')), children: [] };
      top().children.push(el);
      if (!VOID.has(tag) && !/\/\s*$/.test(rest)) stack.push(el);
    }
  }
  if (last < html.length) top().children.push({ type: 'text', text: decodeEntities(html.slice(last)) });
  return root;
}

export const isElement = (n: HtmlNode, tag?: string): n is HtmlElement => n.type === 'element' && (tag === undefined || n.tag === tag);

export function findAll(node: HtmlElement, pred: (e: HtmlElement) => boolean, out: HtmlElement[] = []): HtmlElement[] {
  for (const c of node.children) {
    if (c.type === 'element') {
      if (pred(c)) out.push(c);
      findAll(c, pred, out);
    }
  }
  return out;
}
