// Words, numbers and single marks of a lower-cased text: what cues and rewrites are matched on, so
// that spacing around marks does not matter ("máy /100 dân" is "máy/100 dân"). A loop over char
// codes rather than a Unicode regex, into three parallel arrays rather than an object a token: it
// runs over every sentence that holds a figure.

export interface Tokens {
  /** Each token's text, start and end. */
  t: string[];
  s: number[];
  e: number[];
}

/** Letters (Latin with Vietnamese diacritics, combining marks) and digits. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12 || c === 11;

export const noTokens = (): Tokens => ({ t: [], s: [], e: [] });

/** Appends the tokens of `s` to `out`, their places moved by `shift`. */
export function tokenize(s: string, out: Tokens = noTokens(), shift = 0): Tokens {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordChar(c)) while (j < n && isWordChar(s.charCodeAt(j))) j++;
    out.t.push(s.slice(i, j));
    out.s.push(i + shift);
    out.e.push(j + shift);
    i = j;
  }
  return out;
}

/** A trie over token sequences: the longest sequence that starts at a token, with what it holds. */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), value: undefined };
  /** The value and last token index of the last `longest` that found something. */
  value: T | undefined = undefined;

  add(tokens: readonly string[], value: (old: T | undefined) => T): void {
    let node = this.root;
    for (const t of tokens) {
      let n = node.next.get(t);
      if (!n) node.next.set(t, (n = { next: new Map(), value: undefined }));
      node = n;
    }
    node.value = value(node.value);
  }

  /** The index of the last token of the longest match starting at token i (-1: none); its value is `this.value`. */
  longest(toks: readonly string[], i: number): number {
    let node: TrieNode<T> | undefined = this.root;
    let last = -1;
    for (let k = i; k < toks.length; k++) {
      node = node.next.get(toks[k]);
      if (!node) break;
      if (node.value !== undefined) {
        last = k;
        this.value = node.value;
      }
    }
    return last;
  }
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value: T | undefined;
}
