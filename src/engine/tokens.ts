// Words, numbers and single marks of a lower-cased text: what cues and rewrites are matched on, so
// that spacing around marks does not matter ("máy /100 dân" is "máy/100 dân"). A loop over char
// codes rather than a Unicode regex, into parallel arrays rather than an object a token: it runs
// over every sentence that holds a figure. Each token's hash is summed as it is read, so the tries
// look tokens up by a number (a string key would be hashed again, and compared, at every lookup).

export interface Tokens {
  /** The text the tokens are places of; each token's start, end and hash. (No string a token: a
   *  token's text is src.slice(s, e), read only to tell apart two of one hash.) */
  src: string;
  s: number[];
  e: number[];
  h: number[];
}

/** The tokens' texts (to add a form to a trie). */
export const textsOf = (toks: Tokens): string[] => toks.s.map((s, i) => toks.src.slice(s, toks.e[i]));

/** Letters (Latin with Vietnamese diacritics, combining marks) and digits. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12 || c === 11;

export const noTokens = (src = ''): Tokens => ({ src, s: [], e: [], h: [] });

/** A token's hash, as `tokenize` sums it. */
export function tokenHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Appends the tokens of `s` to `out`, their places moved by `shift` (`out.src` is then the caller's
 *  to set: the text those places are in). */
export function tokenize(s: string, out: Tokens = noTokens(s), shift = 0): Tokens {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let h = c;
    let j = i + 1;
    if (isWordChar(c)) {
      for (let d: number; j < n && isWordChar((d = s.charCodeAt(j))); j++) h = (Math.imul(h, 31) + d) | 0;
    }
    out.s.push(i + shift);
    out.e.push(j + shift);
    out.h.push(h);
    i = j;
  }
  return out;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  /** The token this node is reached by, and another node of the same hash (rare). */
  tok: string;
  other: TrieNode<T> | null;
  value: T | undefined;
}

const node = <T>(tok: string): TrieNode<T> => ({ next: null, tok, other: null, value: undefined });

/** The child of `n` reached by token `tok` of hash `h`. */
function child<T>(n: TrieNode<T>, h: number, tok: string): TrieNode<T> | undefined {
  for (let c: TrieNode<T> | null | undefined = n.next?.get(h); c; c = c.other) if (c.tok === tok) return c;
  return undefined;
}

/** The child of `n` reached by token k of `toks`: by its hash, its text read in place. */
function childAt<T>(n: TrieNode<T>, toks: Tokens, k: number): TrieNode<T> | undefined {
  const s = toks.s[k];
  const length = toks.e[k] - s;
  for (let c: TrieNode<T> | null | undefined = n.next?.get(toks.h[k]); c; c = c.other) if (c.tok.length === length && toks.src.startsWith(c.tok, s)) return c;
  return undefined;
}

/** A trie over token sequences: the longest sequence that starts at a token, with what it holds. */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = node('');
  /** The value and last token index of the last `longest` that found something. */
  value: T | undefined = undefined;

  add(tokens: readonly string[], value: (old: T | undefined) => T): void {
    let n = this.root;
    for (const t of tokens) {
      let c = child(n, tokenHash(t), t);
      if (!c) {
        c = node<T>(t);
        const h = tokenHash(t);
        n.next ??= new Map();
        c.other = n.next.get(h) ?? null;
        n.next.set(h, c);
      }
      n = c;
    }
    n.value = value(n.value);
  }

  /** The index of the last token of the longest match starting at token i (-1: none); its value is `this.value`. */
  longest(toks: Tokens, i: number, end = toks.s.length): number {
    let n: TrieNode<T> | undefined = this.root;
    let last = -1;
    for (let k = i; k < end; k++) {
      n = childAt(n, toks, k);
      if (!n) break;
      if (n.value !== undefined) {
        last = k;
        this.value = n.value;
      }
    }
    return last;
  }
}
