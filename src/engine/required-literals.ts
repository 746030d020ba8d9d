// Literals a regex cannot match without: a cheap test run before the regex itself.
//
// Most figures of a report match none of the ~40 rule patterns, and every pattern names words
// ("hồ sơ", "trạm", "thuê bao", …) that the words around the figure must contain. A pattern is
// read once into clauses: every clause lists strings of which at least one must occur in any
// string the pattern matches (all clauses must hold). A regex of plain literals per clause is much
// cheaper than the pattern, and a frame that fails a clause is left out for sure.
// Anything this reader does not understand (flags other than u, back-references) gives no clauses,
// so the pattern is always run.

/** What a piece of a pattern matches: its exact strings when few, else the clauses it needs. */
interface Info {
  exact: Set<string> | null;
  clauses: string[][];
}

const MAX_EXACT = 64;
const ANY: Info = { exact: null, clauses: [] };
const EMPTY: Info = { exact: new Set(['']), clauses: [] };

class Unsupported extends Error {}

const clausesOf = (i: Info): string[][] => (i.exact ? (i.exact.has('') ? [] : [[...i.exact]]) : i.clauses);

/** The most selective clause: longest shortest literal, then fewest literals. */
function bestClause(clauses: string[][]): string[] | null {
  let best: string[] | null = null;
  let bestMin = -1;
  for (const c of clauses) {
    const min = Math.min(...c.map((s) => s.length));
    if (min > bestMin || (min === bestMin && best && c.length < best.length)) [best, bestMin] = [c, min];
  }
  return best;
}

/** A set of strings followed by another: every pairing. */
function product(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/**
 * Pieces one after another. Runs of exact pieces are joined into their strings (so a word after
 * "[^#]*" stays a word, not one clause per letter); every run and every other piece adds its clauses.
 */
function sequenceOf(items: Info[]): Info {
  const clauses: string[][] = [];
  let run = new Set(['']);
  let allExact = true;
  const flush = () => {
    clauses.push(...clausesOf({ exact: run, clauses: [] }));
    run = new Set(['']);
  };
  for (const it of items) {
    if (it.exact && run.size * it.exact.size <= MAX_EXACT) run = product(run, it.exact);
    else if (it.exact) {
      // Too many strings: this run ends here, the next starts with the piece.
      allExact = false;
      flush();
      run = it.exact;
    } else {
      allExact = false;
      flush();
      clauses.push(...it.clauses);
    }
  }
  if (allExact) return { exact: run, clauses: [] };
  flush();
  return { exact: null, clauses };
}

function alternate(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size + b.exact.size <= MAX_EXACT) return { exact: new Set([...a.exact, ...b.exact]), clauses: [] };
  const ca = bestClause(clausesOf(a));
  const cb = bestClause(clausesOf(b));
  return { exact: null, clauses: ca && cb ? [[...new Set([...ca, ...cb])]] : [] };
}

function repeat(x: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return x;
  if (min === 0) return x.exact && max === 1 && x.exact.size < MAX_EXACT ? { exact: new Set([...x.exact, '']), clauses: [] } : EMPTY_OR_ANY;
  return { exact: null, clauses: clausesOf(x) };
}
/** Something that may match the empty string: needs nothing. */
const EMPTY_OR_ANY: Info = { exact: null, clauses: [] };

/** A recursive-descent reader of the JS regex syntax, computing Info instead of a tree. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return info;
  }

  private alternation(): Info {
    let info = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      info = alternate(info, this.sequence());
    }
    return info;
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified());
    return sequenceOf(items);
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal '{'
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const c = this.src[this.i++];
    if (c === '(') {
      let assertion = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) [this.i, assertion] = [this.i + 2, true];
      else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) [this.i, assertion] = [this.i + 3, true];
      else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
      const inner = this.alternation();
      if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
      return assertion ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') return this.escape();
    return { exact: new Set([c]), clauses: [] };
  }

  private escape(): Info {
    const c = this.src[this.i++];
    if (c === 'b' || c === 'B') return EMPTY;
    if (/[dDwWsS]/.test(c)) return ANY;
    if (c === 'p' || c === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1;
      return ANY;
    }
    if (/[1-9k]/.test(c)) throw new Unsupported('back-reference');
    const ch = this.escapedChar(c);
    return { exact: new Set([ch]), clauses: [] };
  }

  /** The char an escape (after the backslash, first char `c` already read) stands for. */
  private escapedChar(c: string): string {
    const named: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (c in named) return named[c];
    if (c === 'x') {
      const hex = this.src.slice(this.i, this.i + 2);
      this.i += 2;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (c === 'u') {
      if (this.src[this.i] === '{') {
        const end = this.src.indexOf('}', this.i);
        const cp = parseInt(this.src.slice(this.i + 1, end), 16);
        this.i = end + 1;
        return String.fromCodePoint(cp);
      }
      const hex = this.src.slice(this.i, this.i + 4);
      this.i += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (c === 'c') throw new Unsupported('control escape');
    return c; // an escaped literal: \. \/ \( …
  }

  /** A class of a few literal chars is their exact set; any other class matches "anything". */
  private charClass(): Info {
    let negated = false;
    if (this.src[this.i] === '^') [negated, this.i] = [true, this.i + 1];
    const chars = new Set<string>();
    let open = false; // holds \s, \p{…} or a wide range
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let ch = this.src[this.i++];
      if (ch === '\\') {
        const e = this.src[this.i++];
        if (/[dDwWsSbB]/.test(e)) {
          open = true;
          continue;
        }
        if (e === 'p' || e === 'P') {
          this.i = this.src.indexOf('}', this.i) + 1;
          open = true;
          continue;
        }
        ch = this.escapedChar(e);
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        let to = this.src[this.i++];
        if (to === '\\') to = this.escapedChar(this.src[this.i++]);
        const a = ch.codePointAt(0)!;
        const b = to.codePointAt(0)!;
        if (b - a > 16) open = true;
        else for (let k = a; k <= b; k++) chars.add(String.fromCodePoint(k));
        continue;
      }
      chars.add(ch);
    }
    if (this.src[this.i++] !== ']') throw new Unsupported('unclosed class');
    if (negated || open || chars.size > 16) return ANY;
    return { exact: chars, clauses: [] };
  }
}

/**
 * Clauses a string must meet to match `re` (each: one of its literals occurs in the string), or
 * null when nothing useful can be said (then run the pattern).
 */
export function requiredLiterals(re: RegExp): string[][] | null {
  if (re.flags.replace(/[gyu]/g, '') !== '') return null; // i, m, s, v change what a literal matches
  try {
    const clauses = clausesOf(new Reader(re.source).read())
      // A literal that holds another of its clause adds nothing ("đã giải quyết" beside "giải quyết").
      .map((c) => c.filter((s) => !c.some((t) => t !== s && s.includes(t))))
      // Only clauses worth testing: a clause of one-char literals or of very many says little.
      .filter((c) => c.length <= 32 && c.every((s) => s.length >= 2));
    return clauses.length ? clauses : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The clauses as one regex each (an alternation of plain literals): how they are checked. A regex
 * of literals is compiled once; `String.includes` sets up a new search for every call, which over
 * short frames costs more than the pattern it was meant to spare.
 */
export function literalTests(clauses: readonly string[][]): RegExp[] {
  return clauses.map((c) => new RegExp(c.map(escape).join('|')));
}

/**
 * One test that any of several patterns needs to pass: the alternation of each pattern's most
 * selective clause. Null when one of them needs nothing (then every one must be tried).
 */
export function anyOfTest(patterns: RegExp[]): RegExp | null {
  const literals = new Set<string>();
  for (const p of patterns) {
    const best = bestClause(requiredLiterals(p) ?? []);
    if (!best) return null;
    for (const l of best) literals.add(l);
  }
  const all = [...literals];
  const kept = all.filter((s) => !all.some((t) => t !== s && s.includes(t)));
  return kept.length ? literalTests([kept])[0] : null;
}

/** Whether `s` meets every clause. */
export function meetsLiterals(s: string, tests: readonly RegExp[]): boolean {
  for (const t of tests) if (!t.test(s)) return false;
  return true;
}
