// Runs every family's rules over a document and returns fact drafts.
import type { TextDocument } from '../model.js';
import type { ReportMetadata } from '../metadata/report.js';
import { findMentions } from '../numbers/index.js';
import { logicalParagraphs, sentences } from './segments.js';
import { sentenceFacts, type Classified, type ProseContext } from './prose.js';
import { plainWords } from './words.js';

/** A list item: a bullet, or a line that goes on in lower case. */
const LIST_ITEM = /^\s*(?:[-+•–*]\s|[a-zà-ỹđ])/u;
import { tableFacts } from './tables.js';
import { dimsText, type FactDraft } from './types.js';
import type { Period } from '../numbers/types.js';
import { findPeriods } from '../numbers/periods.js';
import { metricById } from '../catalog.js';
import type { FigureExplanation } from './explain.js';
import { NOT_OWN_PLAN, PLAN_TEXT } from '../../rules/lexicon.js';
import { OPENS_WITH_PARTS, CENTRE_WORD, OPENING_LEVEL, OPENS_WITH_ACTION, OPENS_WITH_MEASURE, LEVEL_NAMED } from '../../rules/sentence-words.js';
import { LEVEL_OF, PROVINCE_CENTRE } from '../../rules/places.js';

/** How much of a text's start says what kind of text it is. */
const OPENING_CHARS = 500;

/** Does a text's opening announce its own plan or targets? */
function announcesPlan(opening: string): boolean {
  PLAN_TEXT.lastIndex = 0;
  for (let m = PLAN_TEXT.exec(opening); m; m = PLAN_TEXT.exec(opening)) if (!NOT_OWN_PLAN.test(opening.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}
import type { Mention } from '../numbers/types.js';
import { PLAN_HEADING } from '../../rules/sentence-words.js';

/** The same metric, dims, basis, period and value stated twice in one report is one fact. */
function dedupe(drafts: FactDraft[]): FactDraft[] {
  const seen = new Set<string>();
  const out: FactDraft[] = [];
  for (const d of drafts) {
    const key = `${d.metric}|${dimsText(d.dims)}|${d.basis}|${d.period?.start ?? ''}..${d.period?.end ?? ''}|${d.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** The mentions starting in [start, end): mentions are sorted by start. */
function mentionsWithin(mentions: Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) out.push(mentions[i]);
  return out;
}

/**
 * Figures dated by a window of their own ("Từ ngày 01/01/2023 đến 25/5/2023 … tiếp nhận 132.667 hồ
 * sơ") form a data set; an undated sentence right after it that restates one of its counts
 * ("… 106.481/132.667 hồ sơ đạt 80,26%") belongs to the same data set and gets its period.
 */
class DatedSet {
  private period: Period | undefined;
  private values = new Set<number>();
  private age = 0;

  take(sentenceDrafts: FactDraft[], paragraphStart: boolean): void {
    if (paragraphStart) this.age++;
    const own = sentenceDrafts.find((d) => d.period && d.basis === 'actual')?.period;
    if (own) {
      this.period = own;
      this.values = new Set(sentenceDrafts.filter((d) => isCount(d)).map((d) => d.value));
      this.age = 0;
      return;
    }
    if (!this.period || this.age > 1) return;
    if (!sentenceDrafts.some((d) => isCount(d) && d.value >= 100 && this.values.has(d.value))) return;
    for (const d of sentenceDrafts) {
      if (d.basis !== 'actual') continue;
      d.period = this.period;
      if (isCount(d)) this.values.add(d.value);
    }
  }
}


/**
 * The parts of a report under a heading that plans a period after the report's, with that period.
 * Such a part runs to the next heading of its level or above. A heading that names no period, or
 * one not after the report's ("Kết quả thực hiện nhiệm vụ năm 2023"), plans nothing here.
 */
function planSections(doc: TextDocument, reportPeriod: Period | null): { start: number; end: number; level: number; period: Period }[] {
  const out: { start: number; end: number; level: number; period: Period }[] = [];
  if (!reportPeriod) return out;
  for (const b of doc.blocks) {
    if (b.kind !== 'heading') continue;
    const level = b.level ?? 1;
    // A heading of the same level or above ends the parts still open.
    for (const s of out) if (s.end === Infinity && level <= s.level) s.end = b.start;
    const text = doc.text.slice(b.start, b.end);
    if (!PLAN_HEADING.test(text)) continue;
    const p = findPeriods(text)[0]?.period;
    if (p && p.start > reportPeriod.end) out.push({ start: b.end, end: Infinity, level, period: p });
  }
  return out;
}

const isCount = (d: FactDraft) => metricById.get(d.metric)?.unit === 'count';

/**
 * A count is a whole number. A count that came out fractional was read with the wrong convention
 * ("45.974/140.408" hồ sơ in a document that writes decimals with points): its groups of three
 * digits were thousands. Any other fractional count is dropped rather than guessed.
 */
function wholeCount(d: FactDraft): FactDraft | null {
  if (!isCount(d) || Number.isInteger(d.value)) return d;
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(d.raw)) return { ...d, value: Number(d.raw.replace(/[.,]/g, '')) };
  return null;
}

/** What a sentence leaves to the next ones of its paragraph: the Centre as their subject ("Bên cạnh
 *  đó, tỉ lệ … là 99,9%"), and the level it opens with, in force while they open with their action
 *  ("Cấp huyện tiếp nhận 21.345 hồ sơ. Đã giải quyết 20.987 hồ sơ …"). */
function carryOn(ctx: ProseContext, raw: string, centreNamed: boolean): void {
  // (Most sentences name no level and follow none: their words are not read.)
  if (!centreNamed && !ctx.levelBefore && !/cấp/iu.test(raw)) return;
  const words = plainWords(raw);
  if (centreNamed) ctx.centreBefore = CENTRE_WORD.test(words);
  const opening = OPENING_LEVEL.exec(words);
  // (A sentence that names two levels, "Cấp tỉnh tiếp nhận …, cấp huyện …", leaves none to the next.)
  const levels = opening ? new Set([...words.matchAll(LEVEL_NAMED)].map((m) => m[1])) : null;
  if (opening && levels && levels.size > 1) ctx.levelBefore = undefined;
  else if (opening) ctx.levelBefore = LEVEL_OF[opening[1]];
  else if (!OPENS_WITH_ACTION.test(words) && !OPENS_WITH_MEASURE.test(words)) ctx.levelBefore = undefined;
}

export function extractFacts(doc: TextDocument, meta: Pick<ReportMetadata, 'period'> & Partial<Pick<ReportMetadata, 'province_code'>>, explain?: FigureExplanation[], unclaimed?: FigureExplanation[]): FactDraft[] {
  const mentions = findMentions(doc.text);
  const drafts: FactDraft[] = [];
  const dated = new DatedSet();
  // A line ending "… 150.000 hồ sơ, trong đó:" opens a list whose items are its parts.
  let listHead: Classified[] = [];
  // The figures of the last paragraph that had any: a paragraph opening "Trong đó" lists their parts.
  let lastFound: Classified[] = [];
  const plans = planSections(doc, meta.period);
  // The title and first lines say whether the text announces a plan.
  // (A report in numbered sections says where it plans by its headings instead.)
  const sections = doc.blocks.filter((b) => b.kind === 'heading' && /^\s*(?:[IVXLC]+|\d+(?:\.\d+)*)\.\s/u.test(doc.text.slice(b.start, b.end))).length;
  const planText = sections < 2 && announcesPlan(plainWords(doc.text.slice(0, OPENING_CHARS)));
  const centreNamed = PROVINCE_CENTRE.test(doc.text.toLowerCase());
  for (const para of logicalParagraphs(doc)) {
    const item = listHead.length > 0 && LIST_ITEM.test(para.text);
    const opening = item ? '' : plainWords(para.text.slice(0, 40));
    // A paragraph opening "Trong đó", or with one level ("Ở cấp tỉnh có 1.072 TTHC"), may list parts
    // of the figures of the paragraph before.
    const parts = !item && (OPENS_WITH_PARTS.test(opening) || OPENING_LEVEL.test(opening));
    const at = para.pieces[0].start;
    const plan = plans.find((s) => s.start <= at && at < s.end)?.period;
    const ctx: ProseContext = { reportPeriod: meta.period, provinceCode: meta.province_code, previous: item ? listHead : parts ? lastFound : [], listItem: item, plan, explain, unclaimed, planText, centreNamed };
    if (!item) listHead = [];
    const inPara = mentionsWithin(mentions, para.pieces[0].start, para.pieces[para.pieces.length - 1].end);
    if (!inPara.length) continue;
    let first = true;
    const opensList = !item && para.text.trimEnd().endsWith(':');
    for (const s of sentences(para)) {
      const before = drafts.length;
      const found = sentenceFacts(s, inPara, ctx, drafts);
      carryOn(ctx, para.text.slice(s.start, s.end), centreNamed);
      if (found.length && !item) ctx.previous = found;
      if (found.length) lastFound = found;
      if (opensList) listHead = found;
      if (drafts.length > before) {
        dated.take(drafts.slice(before), first);
        first = false;
      }
    }
  }
  drafts.push(...tableFacts(doc, meta.period));
  const counted: FactDraft[] = [];
  for (const d of drafts) {
    const w = wholeCount(d);
    if (w) counted.push(w);
  }
  return dedupe(counted);
}
