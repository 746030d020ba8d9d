// The shape of a short text: its headline lines, its paragraphs (hard-wrapped lines joined) and
// their sentences, as spans of the text.

export interface Span {
  start: number;
  end: number;
}

export interface ShortLayout {
  /** Short lines before the first line of prose: the headline, a section label, a dateline. */
  headline: Span[];
  /** Paragraphs of the text, headline lines included, each with its sentences. */
  paragraphs: { span: Span; sentences: Span[]; heading: boolean }[];
}

const SENTENCE_END = /[.!?…:;"”)]\s*$/u;

/** A line of prose: long, or ending like a sentence. */
export function isProse(line: string): boolean {
  const t = line.trim();
  return t.length >= 160 || (t.length >= 60 && /[.!?…]["”)]?\s*$/u.test(t));
}

function linesOf(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: at + lead, end: at + lead + t.length });
    at += raw.length + 1;
  }
  return out;
}

/** Sentences of a paragraph: a stop and a space before a capital, a digit or a bullet. */
function sentencesOf(text: string, p: Span): Span[] {
  const out: Span[] = [];
  const re = /[.!?…]+["”)]?\s+(?=[\p{Lu}\d"“(*•\-])/gu;
  const slice = text.slice(p.start, p.end);
  let from = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    // "tr. 46", "TP. Đà Nẵng", "Ths. Nguyễn": an abbreviation, not the end of a sentence.
    if (/(?:^|[\s(])(?:tr|tp|ths|ts|pgs|gs|bs|ks|th\.s|st|p|q|tx|tt|mr|ông|bà|số)$/iu.test(slice.slice(Math.max(0, m.index - 6), m.index))) continue;
    out.push({ start: p.start + from, end: p.start + m.index + m[0].trimEnd().length });
    from = m.index + m[0].length;
  }
  if (from < slice.length) out.push({ start: p.start + from, end: p.end });
  return out;
}

export function shortLayout(text: string): ShortLayout {
  const lines = linesOf(text);
  // Headline lines come before prose; a text with no prose line has at most its first line as one.
  const headline: Span[] = [];
  const firstProse = lines.findIndex((l) => isProse(text.slice(l.start, l.end)));
  if (firstProse > 0) headline.push(...lines.slice(0, Math.min(firstProse, 5)));
  else if (firstProse < 0 && lines.length > 1) headline.push(lines[0]);
  const paragraphs: ShortLayout['paragraphs'] = [];
  let cur: Span | null = null;
  let prevText = '';
  for (const l of lines) {
    const t = text.slice(l.start, l.end);
    // A line that goes on with a lower-case word, or after a long line cut mid-sentence, is the
    // same paragraph (a hard-wrapped export).
    const continues = cur !== null && (/^\p{Ll}/u.test(t) || (prevText.length >= 60 && !SENTENCE_END.test(prevText) && !/^[\p{Lu}\d*•\-]/u.test(t)));
    if (cur && continues) cur.end = l.end;
    else {
      if (cur) paragraphs.push(paraOf(text, cur));
      cur = { ...l };
    }
    prevText = t;
  }
  if (cur) paragraphs.push(paraOf(text, cur));
  return { headline, paragraphs };
}

function paraOf(text: string, span: Span): ShortLayout['paragraphs'][number] {
  const t = text.slice(span.start, span.end);
  // A short line that does not end like a sentence heads what follows ("KẾT QUẢ TRIỂN KHAI NĂM 2025").
  const heading = t.length <= 100 && !/[.!?…;,]["”)]?$/u.test(t);
  return { span, sentences: sentencesOf(text, span), heading };
}
