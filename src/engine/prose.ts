// Facts from running text: each figure of a sentence is named by its own words, by the whole it
// is a part of (parentheses, "trong đó"), or by the figure before it (shares, lists).
import { FAMILIES } from '../../rules/index.js';
import type { DimWords, FamilyRules, MetricRule } from '../../rules/types.js';
import { scoreFigure, scoreSignature, signaturesOf, unitHit, winners } from './signatures.js';
import { cuesOfWords } from './cues.js';
import { countsKnownThing, explainFigure, type FigureExplanation } from './explain.js';
import { AIM_CUE, BEFORE_DIM, BODIES, BODIES_HAVE, OF_TOTAL_CUE, PER_100_PEOPLE_AFTER, RAISED_TO_CUE, REACHED_CUE, RESPECTIVELY_CUE } from '../../rules/lexicon.js';
import type { Mention, Period } from '../numbers/types.js';
import { findPeriods } from '../numbers/periods.js';
import { clipToDoc, fromDoc, type Sentence } from './segments.js';
import { provinceMentions } from '../metadata/provinces.js';
import type { Span } from '../model.js';
import { sentenceFigures, type Figure, type SentenceFigures } from './figures.js';
import { allowed, apartFromReport, dimCuesOf, entityAt, levelAt, levelMarkerAt, levelsAfter, levelsNamed, MIXED, readDims, subUnitAt, yearSoFar } from './context.js';
import { unitsAgree, wholeCandidates, wholeIndex } from './structure.js';
import { unitKey } from './words.js';
import { setDim, type Basis, type FactDraft } from './types.js';
import { NEW_LEAD, STOCK_LEAD, OPENING_BASIS, PLAN_OPENING, LEVEL_WORDS_ONLY, PREDICATE_ONLY, COORDINATED, COORDINATED_PARTS, EXAMPLE_LIST, GOES_ON, OPENS_WITH_ACTION, OPENS_WITH_MEASURE, OPENING_LEVEL, ONLY_TARGET_LEAD, ONLY_RESULT_LEAD, ESTIMATE_LEAD, REACHED_WORDS, COUNT_OF_SHARE_LEAD, BESIDE_BEFORE, DENSITY_ITEM, OPENS_WITH_PARTS, SHARE_LEAD, LIST_LEAD, OTHER_SCOPE, NATIONAL, AIM, TARGET_LEAD, TARGET_CLAUSE, TARGET_BEFORE_PAREN, CHANGE_TO, NOW, FROM_VALUE, RANGE_OPEN, RANGE_TO, OWN_PERIOD_INTRODUCER, YEAR_TO_DATE, BARE_PREDICATE, CENTRE_WORD, YEAR_JUST_BEFORE, YEAR_BEFORE, SHARE_WORD_ONLY, DENSITY_LEAD, RATE_WORD, HAS_OR_REACHES, BARE_LIST_TAIL, ITEM_OPENING, ITEM_VERB_END, BARE_PREDICATE_2, AND_END, ESTIMATE_WORD, LIST_JOIN, FALL_WORD } from '../../rules/sentence-words.js';
import { AGENCY_NAME_REST, OWN_PROVINCE } from '../../rules/places.js';

export interface Classified {
  fig: Figure;
  metric: string;
  family: FamilyRules;
  dims: Record<string, string>;
  rule: string;
  basis: Basis;
  /** Named by the sentence head: the quote starts where the naming words do. */
  namedByHead?: boolean;
  /** Named with words earlier in its ';' item (a rule's `namedBefore`): the quote starts with the item. */
  namedBefore?: boolean;
  /** Said of several levels at once ("100% hồ sơ công việc ở cấp tỉnh, cấp huyện"): one fact each. */
  levels?: string[];
  /** The whole of its ratio is not of its metric. */
  noWhole?: boolean;
  /** A part: the whole it was read as a part of. */
  whole?: Classified;
}

export interface ProseContext {
  reportPeriod: Period | null;
  /** The report's province code: figures a clause ties to another province are not this report's. */
  provinceCode?: string | null;
  /** Figures of the previous sentence ("… 691.872 thuê bao. Trong đó: …"), or of the line that
   *  opened a list ("… 150.000 hồ sơ, trong đó:" followed by "+ Trực tuyến: 90.000 hồ sơ"). */
  previous: Classified[];
  /** The sentence is an item of a list that the previous line opened with a colon. */
  listItem?: boolean;
  /** The sentence stands under a heading that plans a later period ("3. Phương hướng năm 2025"):
   *  its figures are targets of that period unless their words say otherwise. */
  plan?: Period;
  /** When set, every figure's cues, scored signatures and outcome are added here. */
  explain?: FigureExplanation[];
  /** When set, figures whose counted thing is known but that no metric claimed are added here (skipped.jsonl). */
  unclaimed?: FigureExplanation[];
  /** The text announces a plan or targets: figures whose item says nothing was reached are aims. */
  planText?: boolean;
  /** The text names the province's one-stop centre (so a bare "Trung tâm" is it). */
  centreNamed?: boolean;
  /** The sentence before named the Centre. */
  centreBefore?: boolean;
  /** The level a sentence before opened with, in force while sentences open with their action. */
  levelBefore?: string;
}

/** A figure named by its own words: by an idiom, or by the best signature (two when two actions are said of it together). */
interface Named {
  metric: string;
  family: FamilyRules;
  id: string;
  generic: boolean;
  /** Named with words earlier in its ';' item: the quote starts with the item, dims come from it too. */
  namedBefore: boolean;
  noWhole: boolean;
}

const IDIOMS: { rule: MetricRule; family: FamilyRules }[] = FAMILIES.flatMap((family) => (family.idioms ?? []).map((rule) => ({ rule, family })));

/** What a figure's words name it: an idiom first, else the signatures' winners. */
function nameFigure(fig: Figure, viaHead: boolean, headOnly: boolean, reader: SentenceReader): Named[] {
  const kind = fig.kind ?? 'count';
  if (!headOnly) {
    let frame: string | undefined;
    for (const { rule, family } of IDIOMS) {
      if (!rule.kinds.includes(kind)) continue;
      frame ??= viaHead ? `${fig.view.head} # ${fig.view.tail}` : fig.view.frame;
      if (!rule.pattern.test(frame) || rule.unless?.test(frame)) continue;
      if (rule.namedBefore && !rule.namedBefore.test(reader.itemBefore(fig))) continue;
      return [{ metric: rule.metric, family, id: rule.id, generic: false, namedBefore: !!rule.namedBefore, noWhole: false }];
    }
  }
  return winners(scoreFigure(fig.words, viaHead, headOnly), reader.sf.view.text).map((s) => ({
    metric: s.signature.metric,
    family: s.family,
    id: s.signature.id,
    generic: !!s.signature.generic,
    namedBefore: !!s.signature.needsBefore,
    noWhole: !!s.signature.noWhole,
  }));
}

const basisOfOpening = (words: string): Basis | '' =>
  PLAN_OPENING.test(words) ? 'target' : (OPENING_BASIS.find(([re]) => re.test(words))?.[1] ?? '');


/** The cues that name a metric's own parts or itself: its dims' values, its signatures' things and needs. */
const ownCues = new Map<string, ReadonlySet<string>>();
function ownCuesOf(family: FamilyRules, metric: string): ReadonlySet<string> {
  let set = ownCues.get(metric);
  if (!set) {
    const all = new Set(family.dims[metric] ? dimCuesOf(family.dims[metric]) : []);
    for (const sig of signaturesOf(metric)) for (const x of [...sig.thing, ...(sig.needs ?? []).flat()]) all.add(x);
    ownCues.set(metric, (set = all));
  }
  return set;
}

/** The words before a figure are one value of a dim and nothing else ("di động:", "và trả sau", "4g:", "5g là"). */
function onlyDimWords(fig: Figure, sf: SentenceFigures, dims: DimWords | undefined): boolean {
  if (!dims) return false;
  const w = fig.words;
  const cues = dimCuesOf(dims);
  const h = sf.hits.find((x) => x.start >= w.near && x.end <= w.num && x.cues.some((c) => cues.has(c)));
  if (!h) return false;
  const text = sf.view.text;
  return BEFORE_DIM.test(text.slice(w.near, h.start)) && BARE_PREDICATE.test(text.slice(h.end, w.num));
}

/** The figure's own words veto a signature of the metric ("1.060 trạm phát sóng bên trong các tòa
 *  nhà" is no station of the stock): no relation to another figure makes it that metric. */
function speaksAgainst(fig: Figure, metric: string): boolean {
  for (const sig of signaturesOf(metric)) {
    const r = scoreSignature(fig.words, sig, false);
    if (typeof r === 'string' && r.startsWith('veto')) return true;
  }
  return false;
}

/** The metric a family's map (shareOf, newOf) leads to `metric` from: "subs.phone" for "subs.phone_new". */
const metricLeadingTo = (map: Record<string, string> | undefined, metric: string): string | undefined => Object.entries(map ?? {}).find(([, m]) => m === metric)?.[0];

const sameDims = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** The classified whole a figure is a part of; a sentence opening "Trong đó" continues the previous one. */
function parentOf(sf: SentenceFigures, i: number, done: (Classified | null)[], ctx: ProseContext): Classified | null {
  const fig = sf.figures[i];
  const compatible = (c: Classified | null): c is Classified => {
    if (!c || !c.fig.kind) return false;
    if (fig.kind === 'count' || fig.kind === 'ratio') return c.fig.kind === 'count' || c.fig.kind === 'ratio';
    return fig.kind === 'percent';
  };
  const { candidates } = wholeCandidates(sf, i);
  for (const k of candidates) if (compatible(done[k])) return done[k];
  if (fig.depth === 0 && !candidates.length && (ctx.listItem || OPENS_WITH_PARTS.test(sf.head))) {
    for (let k = ctx.previous.length - 1; k >= 0; k--) if (compatible(ctx.previous[k])) return ctx.previous[k];
  }
  // A sentence that opens with one level and counts what a whole of all levels before it counted
  // ("… 1.231 TTHC thuộc 3 cấp hành chính." then "Ở cấp tỉnh có 1.072 TTHC"): a part of it.
  if (fig.depth === 0 && !candidates.length && (fig.kind === 'count' || fig.kind === 'ratio') && OPENING_LEVEL.test(sf.words)) {
    // (The sentences after the first part go on with its whole: "Cấp huyện có 115 TTHC".)
    for (let k = ctx.previous.length - 1; k >= 0; k--) {
      const whole = ctx.previous[k].whole ?? ctx.previous[k];
      if (compatible(whole) && !whole.dims.level && whole.fig.unit !== '' && whole.fig.unit === fig.unit) return whole;
    }
  }
  return null;
}



function yearToDate(text: string, reportPeriod: Period | null): Period | undefined {
  const m = YEAR_TO_DATE.exec(text);
  return m ? yearSoFar(reportPeriod, m[0].replace(/^[^\p{L}\p{M}]/u, ''), m[1]) : undefined;
}

/** The period a sentence names for its figures; else the year so far it names; else the period
 *  planned by the heading it stands under. */
function periodOfSentence(sentenceText: string, firstAt: number, reportPeriod: Period | null, plan?: Period): Period | undefined {
  let found: Period | undefined;
  const planEnd = PLAN_OPENING.exec(sentenceText)?.[0].length ?? 0;
  for (const p of findPeriods(sentenceText)) {
    if (p.start > firstAt) break;
    if (OWN_PERIOD_INTRODUCER.test(p.introducer ?? '') || p.start < 3 || p.end <= planEnd) {
      found = p.period;
      break;
    }
  }
  return apartFromReport(found ?? yearToDate(sentenceText.slice(0, firstAt), reportPeriod) ?? plan, reportPeriod);
}

/** Facts of one sentence. */
export function sentenceFacts(sentence: Sentence, mentions: readonly Mention[], ctx: ProseContext, out: FactDraft[]): Classified[] {
  const sf = sentenceFigures(sentence, mentions);
  if (!sf) return [];
  const reader = new SentenceReader(sentence, sf, ctx);
  for (let i = 0; i < sf.figures.length; i++) reader.readFigure(i);
  reader.wholesOfParts();
  reader.coordinated();
  reader.respectively();
  reader.attachChanges();
  reader.dropTotalsWithLater();
  reader.dropIncrements();
  reader.wholesAfterSlash();
  for (const d of reader.drafts) out.push(d.draft);
  return reader.done.filter((d): d is Classified => d !== null);
}

interface Drafted {
  draft: FactDraft;
  fig: Figure;
  /** Counted as a part (a ratio's whole is not): what a stated change can belong to. */
  part: boolean;
}

/**
 * The reading of one sentence: what each figure was classified as (`done`, by figure index) and
 * the facts made so far. Its steps are methods rather than closures made per sentence, so V8
 * compiles each once; what several figures ask for (another province named, the sentence's own
 * period, the basis its opening gives) is looked up once, when first asked.
 */
class SentenceReader {
  readonly figs: Figure[];
  readonly done: (Classified | null)[] = [];
  readonly drafts: Drafted[] = [];
  /** Where the sentence names another province (null: not looked up yet). */
  private elsewhere: number[] | null = null;
  /** The sentence's own period (null: not read yet). */
  private ownPeriod: Period | undefined | null = null;
  /** The basis the sentence's opening words give all its figures ("Phấn đấu đến cuối năm 2024, …"). */
  private openingBasis: Basis | '' | undefined = undefined;
  // The level words and the item words before the figure being read, looked up once it is named.
  private levelFig: Figure | null = null;
  private levelRead: string | undefined = undefined;
  private beforeFig: Figure | null = null;
  private beforeWords = '';
  /** The second metric of the figure being read, when two actions are said of it. */
  private also: Classified | null = null;
  private readonly names = new Map<Figure, Named[][]>();
  /** Does the sentence say anything of the nation or its programmes (null: not looked up yet)? */
  private national: { scope: boolean; aim: boolean } | null = null;
  /** Where a list that names examples opens its items in the sentence's view (-1: none). */
  private exampleListEnd: number | null = null;
  /** The last figure set aside though its words named it, and why (for --explain). */
  private setAside: { fig: Figure; why: string } | null = null;

  constructor(
    readonly sentence: Sentence,
    readonly sf: SentenceFigures,
    readonly ctx: ProseContext,
  ) {
    this.figs = sf.figures;
  }

  /** What a figure's words name it (found once for each way of reading them). */
  name(fig: Figure, viaHead: boolean, headOnly: boolean): Named[] {
    const k = (viaHead ? 2 : 0) + (headOnly ? 1 : 0);
    let ways = this.names.get(fig);
    if (!ways) this.names.set(fig, (ways = []));
    return (ways[k] ??= nameFigure(fig, viaHead, headOnly, this));
  }

  /** The ';'-separated item of the sentence a figure stands in. */
  itemOf(fig: Figure): string {
    const b = this.sf.text.indexOf(';', fig.numEnd);
    return this.sf.wordsBetween(this.itemStart(fig), b < 0 || b > this.sentence.end ? this.sentence.end : b);
  }

  /** Where the clause that holds an offset starts (after , ; ( ) before it). */
  clauseBefore(at: number): number {
    const t = this.sf.text;
    let k = at;
    while (k > this.sentence.start && !/[,;()]/.test(t[k - 1])) k--;
    return k;
  }

  /** Where the sentence's first comma stands (its end when it has none). */
  firstComma(): number {
    const k = this.sf.text.indexOf(',', this.sentence.start);
    return k < 0 || k > this.sentence.end ? this.sentence.end : k;
  }

  /** Where the figure's ';' item ends. */
  itemEnd(fig: Figure): number {
    const b = this.sf.text.indexOf(';', fig.numEnd);
    return b < 0 || b > this.sentence.end ? this.sentence.end : b;
  }

  /** Where the figure's ';' item starts. */
  itemStart(fig: Figure): number {
    return Math.max(this.sentence.start, this.sf.text.lastIndexOf(';', fig.numStart) + 1);
  }

  /** The words of the figure's ';' item before it. */
  itemBefore(fig: Figure): string {
    if (this.beforeFig !== fig) {
      this.beforeFig = fig;
      this.beforeWords = this.sf.wordsBetween(this.itemStart(fig), fig.numStart);
    }
    return this.beforeWords;
  }

  /**
   * An aim: its item says one before it ("phấn đấu", "mục tiêu đến", "sẽ đạt") with no word of a
   * result reached after it; or the text announces a plan and its item says nothing was reached.
   */
  aimed(fig: Figure): boolean {
    const w = fig.words;
    let aim = -1;
    let reached = -1;
    for (const h of this.sf.hits) {
      if (h.start < w.item || h.end > w.num) continue;
      if (h.cues.includes(AIM_CUE)) aim = h.start;
      if (h.cues.includes(REACHED_CUE)) reached = h.start;
    }
    if (aim >= 0) return reached < aim && !REACHED_WORDS.test(this.sf.view.text.slice(aim, w.num));
    return !!this.ctx.planText && reached < 0;
  }

  /** A text about the province's one-stop centre that calls it "Trung tâm" after naming it: the
   *  dossiers and services of "Trung tâm" in a figure's item are the province level's. */
  centreLevel(fig: Figure, metric: string): string | undefined {
    if (!this.ctx.centreNamed || !(metric.startsWith('dossier.') || metric.startsWith('eservice.'))) return undefined;
    const words = this.sf.wordsBetween(this.sentence.start, fig.numStart);
    // (A sentence that goes on from the one before has its subject: "Bên cạnh đó, …", "Ngoài ra, …".)
    return CENTRE_WORD.test(words) || (this.ctx.centreBefore && GOES_ON.test(words)) ? 'province' : undefined;
  }

  /** The level words in force at the figure ("cấp huyện"), if any. */
  levelOf(fig: Figure): string | undefined {
    if (this.levelFig !== fig) {
      this.levelFig = fig;
      this.levelRead = levelAt(this.sf, fig) ?? (this.ctx.levelBefore && (OPENS_WITH_ACTION.test(this.sf.words) || OPENS_WITH_MEASURE.test(this.sf.words)) ? this.ctx.levelBefore : undefined);
    }
    return this.levelRead;
  }

  /** Does the sentence name another province between `from` and `to`? */
  namesElsewhere(from: number, to: number): boolean {
    const { sentence, sf, ctx } = this;
    if (this.elsewhere === null) {
      this.elsewhere = [];
      for (const p of provinceMentions(sf.text.slice(sentence.start, sentence.end))) {
        if (p.province.code !== ctx.provinceCode) this.elsewhere.push(sentence.start + (p.prefixStart ?? p.start));
      }
    }
    for (const at of this.elsewhere) if (at >= from && at < to) return true;
    return false;
  }

  /** The sentence's period: only one named before its first figure is the figures' own. */
  periodOf(): Period | undefined {
    if (this.ownPeriod === null) {
      const first = this.figs[0].numStart;
      this.ownPeriod = periodOfSentence(this.sf.text.slice(this.sentence.start, first + 1), first - this.sentence.start, this.ctx.reportPeriod, this.ctx.plan);
    }
    return this.ownPeriod;
  }

  /** The figure as a fact of `metric`, with the dims its words give and the level in force. */
  make(fig: Figure, metric: string, family: FamilyRules, rule: string, base: Record<string, string>, viaHead = false, namedBefore = false): Classified {
    const dims = { ...base, ...readDims(metric, family, fig, this.sf, viaHead, namedBefore) };
    const level = this.levelOf(fig) ?? this.centreLevel(fig, metric);
    if (level) setDim(dims, 'level', level);
    const levels = levelsAfter(fig);
    if (metric === 'esign.rate') {
      const entity = entityAt(this.sf, fig);
      if (entity) {
        dims.entity = entity;
        delete dims.level;
      }
    }
    const basis: Basis = TARGET_LEAD.test(fig.nearLead) || TARGET_CLAUSE.test(fig.view.lead) ? 'target' : ESTIMATE_LEAD.test(fig.nearLead) ? 'estimate' : (this.openingBasis ??= basisOfOpening(this.sf.words)) || (this.ctx.plan && this.periodOf() === this.ctx.plan ? 'target' : this.aimed(fig) ? 'target' : 'actual');
    return levels.length > 1 ? { fig, metric, family, dims, rule, basis, levels } : { fig, metric, family, dims, rule, basis };
  }

  /** Reads figure i: classifies it, and with `explain` in the context records why. */
  readFigure(i: number): void {
    const fig = this.figs[i];
    if (!fig.kind) return this.classify(i);
    if (!this.ctx.explain) {
      this.classify(i);
      if (this.ctx.unclaimed && !this.done[i]?.metric && countsKnownThing(fig.words)) this.ctx.unclaimed.push(this.explanation(fig, true));
      return;
    }
    const e = this.explanation(fig);
    this.classify(i);
    e.metric = this.done[i]?.metric ?? null;
    e.rule = this.done[i]?.rule ?? null;
    if (!e.metric && this.setAside?.fig === fig) e.setAside = this.setAside.why;
    this.ctx.explain.push(e);
  }

  private explanation(fig: Figure, nearOnly = false): FigureExplanation {
    const span = clipToDoc(this.sentence.para, { start: fig.numStart, end: fig.numEnd }, fig.numStart);
    return explainFigure(fig.words, this.sf.view.text, span, fig.mention.raw, fig.view.frame, nearOnly);
  }

  /** Is figure i an end of a range of values ("dao động từ 95% đến 99,8%")? */
  private rangeEnd(i: number): boolean {
    const fig = this.figs[i];
    const next = this.figs[i + 1];
    const prev = this.figs[i - 1];
    if (next && next.kind === fig.kind && RANGE_OPEN.test(fig.nearLead) && RANGE_TO.test(next.nearLead)) return true;
    return !!prev && prev.kind === fig.kind && RANGE_TO.test(fig.nearLead) && RANGE_OPEN.test(prev.nearLead);
  }

  /** Classifies figure i (sets done[i]) and makes its facts. */
  private classify(i: number): void {
    const { figs, done, sf, sentence, ctx } = this;
    const fig = figs[i];
    done.push(null);
    if (!fig.kind) return;
    // "tăng từ 85% lên 93%": the figure after "từ" is the earlier value, of another period.
    if (FROM_VALUE.test(fig.nearLead)) return;
    if (this.rangeEnd(i)) return;
    // (Most sentences say nothing of the nation: their figures need no look for it.)
    const national = (this.national ??= { scope: OTHER_SCOPE.test(sf.words), aim: NATIONAL.test(sf.words) && AIM.test(sf.words) });
    if (national.scope) {
      if (OTHER_SCOPE.test(fig.view.frame)) return;
      // The nation's figure beside the province's ("…, cao hơn bình quân cả nước (45%)"), or a
      // sentence about the nation ("Bình quân cả nước, tỷ lệ … đạt 97%").
      if (fig.depth > 0 && OTHER_SCOPE.test(sf.wordsBetween(fig.clauseStart, fig.numStart) || sf.wordsBetween(this.clauseBefore(fig.groupOpen), fig.groupOpen))) return;
      // An aside about the nation: "(… của cả nước là 60,9 thuê bao/100 dân, riêng cố định là 13,4 …)".
      if (fig.depth > 0 && OTHER_SCOPE.test(sf.wordsBetween(fig.groupOpen, fig.numStart))) return;
      // (Unless its own clause is the province's: "Cả nước có 46,5% …, trong khi tỷ lệ … của tỉnh đạt 58,3%".)
      if (OTHER_SCOPE.test(sf.wordsBetween(sentence.start, Math.min(fig.numStart, this.firstComma()))) && !(fig.clauseStart > this.firstComma() && OWN_PROVINCE.test(sf.text.slice(fig.clauseStart, fig.numStart)))) return;
    }
    if (fig.kind === 'percent' && this.ofBodies(i)) return;
    // A national programme's target: named in its item before it or in its words up to the next figure.
    if (national.aim) {
      const next = figs[i + 1];
      const around = `${this.itemBefore(fig)} ${this.sf.wordsBetween(fig.numEnd, next ? next.numStart : this.itemEnd(fig))}`;
      if (NATIONAL.test(around) && AIM.test(around)) return;
    }
    const kind = fig.kind;
    const parent = parentOf(sf, i, done, ctx);
    // The figure before this one at its own depth or shallower: a share or density names the count
    // it follows, not the last part inside a parenthesis ("… (…, cố định 36.789), mật độ đạt 118,5").
    let prev: Classified | null = null;
    let prevIndex = -1;
    for (let k = i - 1; k >= 0; k--) {
      if (figs[k].kind === null || (figs[k].depth > fig.depth && !(k === i - 1 && this.givesItsSubject(figs[k], fig)))) continue;
      prev = done[k];
      prevIndex = k;
      break;
    }
    let c: Classified | null = null;

    if (kind === 'percent') {
      // A target in parentheses right after "chỉ tiêu … năm 2023 (70%)": the sentence's rate, as a target.
      if (fig.depth > 0 && sf.wordsBetween(fig.groupOpen + 1, fig.numStart) === '') {
        const before = sf.wordsBetween(Math.max(sentence.start, fig.groupOpen - 80), fig.groupOpen);
        if (TARGET_BEFORE_PAREN.test(before)) {
          const rate = [...done].reverse().find((d) => d && d.fig.kind === 'percent');
          if (rate) {
            const yr = before.match(YEAR_JUST_BEFORE) ?? before.match(YEAR_BEFORE);
            c = { ...rate, fig, basis: 'target', rule: `${rate.family.family}/target-in-parentheses` };
            done[i] = c;
            const extra: Partial<FactDraft> = yr ? { period: { start: `${yr[1]}-01-01`, end: `${yr[1]}-12-31`, label: `năm ${yr[1]}` } } : {};
            this.emitFigure(c, extra);
            return;
          }
        }
      }
      // A share of the count just before it: "75.284 hồ sơ … chiếm 82,03%", "860/148.962 (chiếm 0,58%".
      // (Unless its own words name a rate: "…, trong đó hồ sơ trực tuyến chiếm 78,9%", "…, tỷ lệ giải
      // quyết đúng hạn đạt 99,5%".)
      const sharePrev = prev && (prev.fig.kind === 'count' || prev.fig.kind === 'ratio') && !this.namesARate(fig) ? prev : null;
      if (sharePrev && (SHARE_LEAD.test(fig.nearLead) || (fig.depth > sharePrev.fig.depth && SHARE_WORD_ONLY.test(fig.nearLead)))) {
        const between = sf.text.slice(sharePrev.fig.numEnd, fig.numStart);
        const shareMetric = sharePrev.family.shareOf?.[sharePrev.metric];
        if (shareMetric && !between.includes(';')) {
          c = { ...sharePrev, fig, metric: shareMetric, rule: `${sharePrev.family.family}/share-of-count` };
          c.dims = { ...sharePrev.dims };
          // After parts said together ("gồm 1.074 … mức độ 3 cùng 198 … mức độ 4, đạt tỷ lệ 74%"), the
          // share is of all of them: the dims that tell them apart are not its own.
          for (const d of this.coordinatedDims(prevIndex, sharePrev)) delete c.dims[d];
          const level = this.levelOf(fig);
          if (level) setDim(c.dims, 'level', level);
        }
      }
    }
    // The whole a rate before it was taken of: "đạt tỷ lệ 68,54% trên tổng cộng 168.000 hồ sơ".
    if (!c && kind === 'count' && prev && prev.fig.kind === 'percent' && this.saidRightBefore(fig, OF_TOTAL_CUE)) {
      const count = metricLeadingTo(prev.family.shareOf, prev.metric);
      const whole = count ? prev.family.wholeOf?.[count] : undefined;
      if (whole) {
        const dims = { ...prev.dims };
        for (const d of whole.drop) delete dims[d];
        c = { ...prev, fig, metric: whole.metric, dims, rule: `${prev.family.family}/whole-of-share` };
      }
    }
    const named = c ? [] : this.name(fig, false, false);
    const own = named[0];
    // A density right after a count of the same thing, when its own words do not say what it is:
    // "1.380.000 thuê bao, đạt mật độ 92 thuê bao/100 dân".
    if (!c && !own && kind === 'density' && prev && prev.fig.kind === 'count' && DENSITY_LEAD.test(fig.nearLead)) {
      const densityMetric = prev.family.densityOf?.[prev.metric];
      // (Across ';' too when its item is only the density: "… 1.420.000 thuê bao; mật độ 135 thuê bao/100 dân".)
      if (densityMetric && (!sf.text.slice(prev.fig.numEnd, fig.numStart).includes(';') || DENSITY_ITEM.test(fig.nearLead))) {
        c = { ...prev, fig, metric: densityMetric, dims: { ...prev.dims }, rule: `${prev.family.family}/density-of-count` };
      }
    }
    // New ones right after the stock of the same thing, named only by the unit: "Thuê bao băng rộng
    // cố định: 234.567 thuê bao, phát triển mới 12.345 thuê bao".
    if (!c && !own && kind === 'count' && prev && prev.fig.kind === 'count' && NEW_LEAD.test(fig.nearLead)) {
      // A ';' after the parts of the stock closes them: "Tổng số thuê bao di động là 2,9 triệu thuê
      // bao, trong đó thuê bao trả trước 2,5 triệu; phát triển mới 85.000 thuê bao" counts new ones
      // of the whole, not of its last part.
      const closesParts = sf.text.slice(prev.fig.numEnd, fig.numStart).includes(';');
      const stock = closesParts ? parentOf(sf, prevIndex, done, ctx) : prev;
      const newMetric = stock && stock.fig.kind === 'count' && stock.fig.depth === fig.depth ? stock.family.newOf?.[stock.metric] : undefined;
      if (stock && newMetric && unitsAgree(fig, stock.fig) && !sf.text.slice(stock.fig.numEnd, closesParts ? prev.fig.numStart : fig.numStart).includes(';')) {
        c = { ...stock, fig, metric: newMetric, dims: { ...stock.dims }, rule: `${stock.family.family}/new-after-stock` };
      }
    }
    // The stock right after the new ones of the same thing, named only as a total or cumulative:
    // "Thuê bao … phát triển mới 34.567 thuê bao, lũy kế 890.123 thuê bao".
    if (!c && !own && kind === 'count' && prev && prev.fig.kind === 'count' && prev.fig.depth === fig.depth && STOCK_LEAD.test(fig.nearLead) && unitsAgree(fig, prev.fig)) {
      const stock = metricLeadingTo(prev.family.newOf, prev.metric);
      if (stock && !speaksAgainst(fig, stock)) c = this.make(fig, stock, prev.family, `${prev.family.family}/stock-after-new`, { ...prev.dims });
    }
    // An item named only by another value of a dim of the figure before ("Thuê bao băng rộng cố định
    // đạt 145.000 thuê bao; di động đạt 870.000 thuê bao") goes on with its metric, though its own
    // words would name another of the family (mobile phone subscribers).
    if (!c && own && prev && prev.family === own.family && own.metric !== prev.metric && prev.fig.kind === kind && prev.fig.depth === fig.depth && unitsAgree(fig, prev.fig) && onlyDimWords(fig, sf, prev.family.dims[prev.metric])) {
      c = this.listItem(fig, prev);
    }
    if (!c) {
      if (own) {
        // A figure named by earlier words of its item takes its dims from them too.
        c = this.make(fig, own.metric, own.family, own.id, {}, false, own.namedBefore);
        if (own.namedBefore) c.namedBefore = true;
        if (own.noWhole) c.noWhole = true;
        // A part named only by its unit takes the metric of the whole it belongs to; one its words
        // do not set apart from that whole ("…, trong đó FTTH 400.000 thuê bao") is no fact of it.
        // (A rate is a part only of a rate.)
        if (own.generic && parent && parent.family === own.family && unitsAgree(fig, parent.fig) && (kind !== 'percent' || parent.fig.kind === 'percent')) {
          const part = this.make(fig, parent.metric, parent.family, `${parent.family.family}/part-of-whole`, { ...parent.dims, ...c.dims });
          if (!this.levelOf(fig) && parent.dims.level) setDim(part.dims, 'level', parent.dims.level);
          c = sameDims(allowed(part.metric, part.dims), allowed(parent.metric, parent.dims)) ? null : part;
        } else if (named[1]) this.also = this.make(fig, named[1].metric, named[1].family, named[1].id, {}, false, named[1].namedBefore);
      }
    }
    // The counts behind a stated share: "đạt 57,9% (45.678/78.900 hồ sơ)", "chiếm 82,03% (75.284 hồ
    // sơ)", "là 3,4%, tương ứng 2.145 hồ sơ".
    const inParens = fig.depth > 0 && sf.wordsBetween(fig.groupOpen + 1, fig.numStart) === '';
    const countOfShare = kind === 'count' && !own && (inParens || COUNT_OF_SHARE_LEAD.test(fig.nearLead)) && unitHit(fig.words) !== undefined;
    if (!c && (kind === 'ratio' ? inParens : countOfShare)) {
      // Only the figure right before the '(' (the share it explains), never one of an earlier item.
      let k = i - 1;
      while (k >= 0 && inParens && figs[k].numEnd > fig.groupOpen) k--;
      const end = inParens ? fig.groupOpen : fig.numStart;
      const share = k >= 0 && figs[k].kind === 'percent' && !sf.text.slice(figs[k].numEnd, end).includes(';') ? done[k] : null;
      const count = share && metricLeadingTo(share.family.shareOf, share.metric);
      if (share && count && (kind === 'ratio' || !speaksAgainst(fig, count))) c = { ...share, fig, metric: count, dims: { ...share.dims }, rule: `${share.family.family}/counts-of-share` };
    }
    if (!c && parent && unitsAgree(fig, parent.fig) && (kind !== 'percent' || parent.fig.kind === 'percent') && !speaksAgainst(fig, parent.metric)) {
      const part = this.make(fig, parent.metric, parent.family, `${parent.family.family}/part-of-whole`, parent.dims);
      if (!this.levelOf(fig) && parent.dims.level && !part.dims.entity) setDim(part.dims, 'level', parent.dims.level);
      // A part splits its whole along a dim (channel, level, kind, tech…); one its words do not set
      // apart ("kỳ trước chuyển sang: 1.200 hồ sơ") is something else.
      if (!sameDims(allowed(part.metric, part.dims), allowed(parent.metric, parent.dims))) c = { ...part, whole: parent };
    }
    if (!c && prev && prev.fig.kind === kind && prev.fig.depth === fig.depth && unitsAgree(fig, prev.fig) && !speaksAgainst(fig, prev.metric)) c = this.listItem(fig, prev);
    // A sentence that sets itself beside the one before and names only a level ("… cấp huyện đạt
    // 98,2%. Trong khi đó, cấp xã mới đạt 88,6%"): an item of that sentence's list.
    const first = figs.findIndex((f) => f.kind) === i;
    if (!c && (!own || own.generic) && first && ctx.previous.length && BESIDE_BEFORE.test(sf.words) && this.onlyLevelWords(fig)) {
      const before = ctx.previous[ctx.previous.length - 1];
      if (before.fig.kind === kind && unitsAgree(fig, before.fig) && !speaksAgainst(fig, before.metric)) c = this.listItem(fig, before);
    }
    // A count's list goes on past the share said of the count before it ("Số DVCTT một phần là 610,
    // chiếm 33,1%; toàn trình là 1.233, chiếm 66,9%").
    if (!c && kind !== 'percent' && prev?.fig.kind === 'percent' && prevIndex > 0) {
      const before = done[prevIndex - 1];
      if (before && before.fig.kind === kind && before.fig.depth === fig.depth && before.family.shareOf?.[before.metric] === prev.metric && unitsAgree(fig, before.fig) && !speaksAgainst(fig, before.metric)) c = this.listItem(fig, before);
    }
    // Rates named by the sentence head ("Việc sử dụng chữ ký số … đạt 95,85%"), and counts listed
    // after a head that ends with a colon ("Số chứng thư số đã cấp …: 1.250 … và 4.860 …").
    // The sentence's first figure is described by everything before it, commas and all
    // ("Lũy kế đến nay, tổng số chữ ký số đã được cấp cho cán bộ, công chức là 12.450 chữ ký số").
    // A count said only with its verb ("…, đạt khoảng 8,5 triệu thuê bao") is of the sentence's subject.
    if (!c && (kind === 'percent' || kind === 'density' || first || /:$/u.test(fig.view.head) || PREDICATE_ONLY.test(fig.nearLead))) {
      const viaHead = this.name(fig, true, !(first && (kind === 'count' || kind === 'ratio')))[0];
      if (viaHead) c = { ...this.make(fig, viaHead.metric, viaHead.family, viaHead.id, {}, true), namedByHead: true, ...(viaHead.noWhole ? { noWhole: true } : {}) };
    }
    if (c) c = this.ownScope(c);
    done[i] = c;
    if (c) this.emitFigure(c);
    // A second action said of the same number ("tiếp nhận và giải quyết 2.418 hồ sơ").
    const also = this.also && c && c.fig === this.also.fig ? this.ownScope(this.also) : null;
    this.also = null;
    if (also) this.emitFigure(also);
  }

  /** The dims in which the count at `k` differs from a count of the same metric said right before
   *  it and joined to it ("A … mức độ 3 cùng B … mức độ 4", "A trạm 2G, B trạm 3G và C trạm 4G"). */
  private coordinatedDims(k: number, c: Classified): string[] {
    const before = k > 0 ? this.done[k - 1] : null;
    if (!before || before.metric !== c.metric || before.fig.depth !== c.fig.depth) return [];
    if (!COORDINATED_PARTS.test(this.sf.text.slice(before.fig.numEnd, c.fig.numStart))) return [];
    return Object.keys(c.dims).filter((d) => d !== 'level' && before.dims[d] !== undefined && before.dims[d] !== c.dims[d]);
  }

  /** An agency's whole name: its capitalized start and the words after it up to a verb ("Sở Tài chính đạt"). */
  private agencyName(start: string, fig: Figure): string {
    const t = this.sf.text;
    // (Named before the figure, or after it: "… đạt 100% như Sở Tư pháp, …".)
    const before = t.lastIndexOf(start, fig.numStart);
    const at = before >= this.sentence.start ? before : t.indexOf(start, fig.numEnd);
    if (at < 0 || at >= this.sentence.end) return start;
    const rest = AGENCY_NAME_REST.exec(t.slice(at + start.length, at < fig.numStart ? fig.numStart : this.sentence.end))?.[0] ?? '';
    return (start + rest).trim();
  }

  /** Do the figure's own words (back to the figure before it) name a rate of their own? */
  private namesARate(fig: Figure): boolean {
    const named = this.name(fig, false, false)[0];
    if (!named) return false;
    const sig = signaturesOf(named.metric).find((s) => s.id === named.id);
    if (!sig) return false;
    const r = scoreSignature(fig.words, sig, false);
    // (Words of the whole it is taken of, "so với số hồ sơ đã tiếp nhận", name no rate.)
    const w = fig.words;
    if (this.sf.hits.some((h) => h.start >= w.near && h.end <= w.num && h.cues.includes(OF_TOTAL_CUE))) return false;
    // (The thing may be named earlier in its item, "tiếp nhận 200.000 hồ sơ, tỷ lệ giải quyết đúng
    // hạn đạt 99,5%": what the rate is of is said by its own words.)
    if (typeof r === 'string') return false;
    const own = (role: { scope: string }) => role.scope === 'own' || role.scope === 'unit';
    const said = r.roles.filter((role) => role.role !== 'thing');
    return r.roles.every(own) || (said.length > 0 && said.every(own));
  }

  /** A count alone in parentheses after its subject, and the figure after them: "Số hồ sơ trực
   *  tuyến (76.540 hồ sơ) chiếm 81,2%" is a share of that count. */
  private givesItsSubject(count: Figure, fig: Figure): boolean {
    if (count.depth !== fig.depth + 1 || this.sf.wordsBetween(count.groupOpen + 1, count.numStart) !== '') return false;
    const between = this.sf.text.slice(count.numEnd, fig.numStart);
    const close = between.indexOf(')');
    return close >= 0 && !/[;(]/.test(between) && !/[,;]/.test(between.slice(0, close));
  }

  /** Is a cue said right before the figure's number (only spaces, hedges and ':' between)? */
  private saidRightBefore(fig: Figure, cue: string): boolean {
    const w = fig.words;
    const text = this.sf.view.text;
    return this.sf.hits.some((h) => h.end <= w.num && h.cues.includes(cue) && /^[\s:]*$/u.test(text.slice(h.end, w.num)));
  }

  /** A rate that bodies counted before it in its item have ("17 đơn vị … đã đạt 100%", "8 cơ quan, địa phương có tỷ lệ … vượt 50%"). */
  private ofBodies(i: number): boolean {
    const fig = this.figs[i];
    const itemStart = this.itemStart(fig);
    for (let k = i - 1; k >= 0; k--) {
      const f = this.figs[k];
      if (f.numStart < itemStart) break;
      if (f.kind !== 'count' && f.kind !== 'ratio') continue;
      // (A count of something else in between is what the rate is a share of.)
      if (![...BODIES].some((body) => f.view.tail === body || f.view.tail.startsWith(`${body} `) || f.view.tail.startsWith(`${body},`))) return false;
      const between = this.sf.wordsBetween(f.numEnd, fig.numStart);
      return BODIES_HAVE.test(between) && !RATE_WORD.test(between.split(HAS_OR_REACHES)[0]);
    }
    return false;
  }

  /** The next item of a list that `prev` began, or null: "…, 88,37% đối với cấp huyện", "cấp xã: 91,47%". */
  private listItem(fig: Figure, prev: Classified): Classified | null {
    const lead = fig.nearLead;
    // Only a bare item continues a list; an item with words of its own ("38% dùng chung cống bể
    // cáp") says something else.
    const tail = fig.view.tail.replace(/\s*[.!?…]+$/u, '');
    const bareTail = BARE_LIST_TAIL.test(tail) || (fig.unit !== '' && this.onlyUnit(fig));
    // An item named only by another value of one of the metric's dims ("…cố định: 12.345 thuê bao;
    // di động: 1.100.000 thuê bao"), or by a level or its bodies ("…; cấp huyện 15.600 hồ sơ",
    // "…; UBND các huyện đạt 98,2%"), counts the same thing, across ';' too.
    const dimItem = onlyDimWords(fig, this.sf, prev.family.dims[prev.metric]) || this.onlyLevelWords(fig);
    // An item that says only that it is the plan, the result or the estimate of the same thing.
    const sameThing = ONLY_TARGET_LEAD.test(lead) || ONLY_RESULT_LEAD.test(lead);
    const listy = bareTail && (LIST_LEAD.test(lead) || entityAt(this.sf, fig) !== undefined || dimItem || sameThing);
    // Counts do not continue a list across ';' (a new item may count something else); rates do.
    const acrossItems = this.sf.text.slice(prev.fig.numEnd, fig.numStart).includes(';');
    if (!listy || (acrossItems && fig.kind !== 'percent' && !dimItem && !sameThing)) return null;
    const base = { ...prev.dims };
    delete base.level;
    delete base.entity;
    return this.make(fig, prev.metric, prev.family, `${prev.family.family}/list-item`, base);
  }

  /** The words after the number are its unit and nothing more ("… 120 dịch vụ", "… 80 hồ sơ."). */
  private onlyUnit(fig: Figure): boolean {
    const w = fig.words;
    const text = this.sf.view.text;
    const unit = this.sf.hits.find((h) => h.start === w.tail);
    if (unit === undefined) return false;
    // (A density's unit goes with what it is per: "… 123,4 thuê bao/100 dân".)
    const rest = text.slice(unit.end, w.tailEnd);
    return /^[\s.!?…]*$/u.test(fig.kind === 'density' ? rest.replace(PER_100_PEOPLE_AFTER, '') : rest);
  }

  /** The words before the number name a level and nothing more ("cấp huyện", "UBND các huyện đạt", "- Cấp xã:"). */
  private onlyLevelWords(fig: Figure): boolean {
    const lead = fig.nearLead.replace(ITEM_OPENING, '').replace(BESIDE_BEFORE, '').replace(ITEM_VERB_END, '').replace(/:$/u, '');
    if (!lead) return false;
    const marker = levelMarkerAt(this.sf, fig);
    if (!marker || marker.at < fig.nearLeadStart) return false;
    return LEVEL_WORDS_ONLY.test(lead);
  }

  /** The figure is of a member a list names as an example ("Một số lĩnh vực … gồm: thuế (trên 97%)"),
   *  not of one of the metric's own parts (a level, a channel: "… như: cấp huyện 95%"). */
  private ofExampleMember(c: Classified): boolean {
    const fig = c.fig;
    const view = this.sf.view.text;
    // (The list's opening is looked for once a sentence, in its matching view.)
    if (this.exampleListEnd === null) {
      const m = EXAMPLE_LIST.exec(view);
      this.exampleListEnd = m ? m.index + m[0].length : -1;
    }
    const num = this.sf.view.pos(fig.numStart);
    // (A member that is a place or a body is a unit: its figure is its entity's, or none, below.)
    if (this.exampleListEnd < 0 || this.exampleListEnd > num || subUnitAt(this.sf, fig)) return false;
    const nameEnd = fig.depth > 0 ? this.sf.view.pos(fig.groupOpen) : num;
    let start = this.exampleListEnd;
    let depth = 0;
    for (let k = start; k < nameEnd; k++) {
      const ch = view.charCodeAt(k);
      if (ch === 40) depth++;
      else if (ch === 41) depth--;
      else if (depth === 0 && (ch === 44 || ch === 59)) start = k + 1;
    }
    const name = view.slice(start, nameEnd).replace(/^\s*(?:và\s+)?/u, '').trim();
    if (!name) return false;
    // (An item that names what the metric counts or does is the metric itself: "Một số chỉ tiêu gồm:
    // tỷ lệ văn bản đi được ký số đạt 98%".)
    const own = ownCuesOf(c.family, c.metric);
    const named = this.sf.hits.some((h) => h.start >= start && h.end <= nameEnd && h.cues.some((x) => own.has(x)));
    return !named && !LEVEL_WORDS_ONLY.test(name.replace(/\s*(?::|là|đạt|có)$/u, ''));
  }

  /** The classification, unless the figure is another province's or one unit's (then null). */
  private ownScope(c: Classified): Classified | null {
    const fig = c.fig;
    if (this.ofExampleMember(c)) return this.aside(c, 'a member of a list of examples');
    // A clause about another province ("tỉnh Khánh Hòa đạt 85%") is not this report's figure.
    if (this.ctx.provinceCode && this.namesElsewhere(fig.clauseStart, fig.tailEnd)) return this.aside(c, "another province's");
    // (An aside is about what its clause names before it: "So với tỉnh Đắk Lắk (tỷ lệ ký số 99,8%), …".)
    if (this.ctx.provinceCode && fig.depth > 0 && this.namesElsewhere(this.clauseBefore(fig.groupOpen), fig.groupOpen)) return this.aside(c, "another province's");
    // A figure of one district, commune, department or operator is not the province's: a signing
    // rate names it as its entity, any other metric (no entity dim) leaves it out. The issuer acts
    // for the whole province, except for the dossiers it receives itself.
    if (c.dims.entity) return c;
    // (A share or density of the count before it is of that count's scope, which was read with it.)
    if (c.rule.endsWith('/share-of-count') || c.rule.endsWith('/density-of-count')) return c;
    const unit = subUnitAt(this.sf, fig);
    if (!unit || (unit.issuer && !c.metric.startsWith('dossier.'))) return c;
    // (A unit's signing rate is its entity's: a district's, a commune's, a department's; not an operator's.)
    if (c.metric === 'esign.rate' && !unit.operator) {
      const entity: Classified = { ...c, dims: { ...c.dims, entity: unit.place ? unit.name : this.agencyName(unit.name, fig) } };
      delete entity.dims.level;
      return entity;
    }
    return this.aside(c, `of ${unit.operator ? 'an operator' : 'one unit below the province'} (${unit.name}), not the province's`);
  }

  /** Records why a named figure is not this report's fact (for --explain), and drops it. */
  private aside(c: Classified, why: string): null {
    this.setAside = { fig: c.fig, why: `${c.metric}, but ${why}` };
    return null;
  }

  /** The facts of a classified figure: a ratio gives its part and, where the family says so, its whole. */
  emitFigure(c: Classified, extra: Partial<FactDraft> = {}): void {
    if (c.levels) {
      for (const level of c.levels) this.emitFigure({ ...c, dims: { ...c.dims, level }, levels: undefined }, extra);
      return;
    }
    const m = c.fig.mention;
    if (c.fig.kind === 'ratio' && m.numbers.length >= 2) {
      const [a, b] = m.numbers;
      this.emit(c, a.value, a.raw, a);
      const whole = c.noWhole ? undefined : c.family.wholeOf?.[c.metric];
      if (whole) {
        const dims = { ...c.dims };
        for (const d of whole.drop) delete dims[d];
        this.emit({ ...c, metric: whole.metric, dims, rule: `${c.family.family}/whole-of-ratio` }, b.value, b.raw, b, {}, false);
      }
      return;
    }
    const first = m.numbers[0] ?? m;
    const last = m.numbers[m.numbers.length - 1] ?? m;
    this.emit(c, m.value, m.numbers.length === 1 ? m.numbers[0].raw : m.raw, { start: first.start, end: last.end }, extra);
  }

  /**
   * A figure's period. Its own words may name one: a later clause that opens with it ("…, tháng
   * 4/2024 đạt 70,1%"), a period right before the verb ("… năm 2023 là 55%") or right after the
   * number ("lên 98% năm 2024"), but not one that ends the old value of a change ("tăng từ 85% năm
   * 2023 lên 98%"). After the first figure, "từ đầu năm đến nay" makes it the year so far, and "đến
   * nay", "hiện nay" the report's time ("Năm 2023 có 1.050 trạm BTS, đến nay có 1.112 trạm BTS").
   * Any other figure has the sentence's period.
   */
  private periodOfFigure(fig: Figure): Period | undefined {
    const { sf, figs, ctx } = this;
    const later = fig !== figs[0];
    const lead = sf.text.slice(fig.nearLeadStart, fig.numStart);
    const own =
      findPeriods(lead).find(
        (p) =>
          ((later && (OWN_PERIOD_INTRODUCER.test(p.introducer ?? '') || p.start < 3)) || BARE_PREDICATE_2.test(lead.slice(p.end))) &&
          !CHANGE_TO.test(lead.slice(p.end)),
      ) ?? findPeriods(fig.view.tail).find((p) => p.start === 0 && !p.comparison);
    if (own) return apartFromReport(own.period, ctx.reportPeriod);
    if (!later) return this.periodOf();
    const sinceYearStart = yearToDate(fig.nearLead, ctx.reportPeriod);
    if (sinceYearStart) return apartFromReport(sinceYearStart, ctx.reportPeriod);
    return NOW.test(fig.nearLead) ? undefined : this.periodOf();
  }

  /** One fact: its quote, its period and basis. */
  private emit(c: Classified, value: number, raw: string, valueDoc: Span, extra: Partial<FactDraft> = {}, part = true): void {
    const { sentence, sf, figs, ctx } = this;
    for (const dim of c.family.requiredDims?.[c.metric] ?? []) if (!c.dims[dim] || c.dims[dim] === 'all') return;
    if (Object.values(c.dims).includes(MIXED)) return;
    const para = sentence.para;
    const anchor = fromDoc(para, valueDoc.start);
    const anchorEnd = fromDoc(para, valueDoc.end);
    const t = sf.text;
    // A sentence's first figure named by the words before it ("Số thuê bao … (FTTH) đạt 150.000
    // thuê bao") is quoted from the sentence start, one whose rule needs words earlier in its ';'
    // item from the item's start; others from their clause.
    let quoteFrom = c.namedByHead && c.fig === figs[0] ? sentence.start : c.namedBefore ? this.itemStart(c.fig) : c.fig.clauseStart;
    // The level words of the figure's own clause run, cut by a comma ("UBND các huyện, thành phố
    // đạt 98,2%"), are quoted with it; not when another figure stands between them.
    const level = allowed(c.metric, c.dims).level;
    if (level && level !== 'all' && quoteFrom === c.fig.clauseStart) {
      const marker = levelMarkerAt(sf, c.fig);
      if (
        marker && marker.level === level && marker.at < quoteFrom && marker.at >= this.itemStart(c.fig) &&
        sf.depthAt(marker.at) === c.fig.depth && !figs.some((f) => f !== c.fig && f.numStart >= marker.at && f.numStart < c.fig.numStart)
      ) quoteFrom = marker.at;
    }
    let qs = Math.max(quoteFrom, c.fig.numStart - 100);
    // Cut at most 100 characters before the number, at a word's start.
    if (qs > quoteFrom) while (qs < anchor && /[\p{L}\p{M}\d]/u.test(t[qs - 1])) qs++;
    let qe = Math.max(c.fig.tailEnd, anchorEnd);
    while (qs < anchor && /[\s,;:(]/.test(t[qs])) qs++;
    while (qe > anchorEnd && /[\s,;:(]/.test(t[qe - 1])) qe--;
    // A quote does not end on the "và" that joins it to the next item.
    if (qe - 3 > anchorEnd && AND_END.test(t.slice(qe - 3, qe))) qe -= 3;
    while (qe > anchorEnd && /[\s,;:(]/.test(t[qe - 1])) qe--;
    const quote = clipToDoc(para, { start: qs, end: qe }, anchor);
    const m = c.fig.mention;
    const period = this.periodOfFigure(c.fig);
    // A figure of a period that begins after the report's cannot have been reached: a plan ("Đến
    // năm 2025, tỷ lệ … đạt 80%" in a report on 2024), or an estimate when its words say so. (A
    // period that only ends later, "năm 2024" in a half-year report, is often the year so far.)
    const future = period && ctx.reportPeriod && period.start > ctx.reportPeriod.end && c.basis === 'actual' ? (ESTIMATE_WORD.test(sf.words) ? 'estimate' : 'target') : undefined;
    const draft: FactDraft = {
      metric: c.metric,
      dims: allowed(c.metric, c.dims),
      value,
      basis: future ?? c.basis,
      ...(period ? { period } : {}),
      raw,
      valueSpan: { start: valueDoc.start, end: valueDoc.end },
      quoteSpan: quote,
      qualifier: m.qualifier ?? null,
      change_pct: null,
      rule: c.rule,
      ...extra,
    };
    this.drafts.push({ draft, fig: c.fig, part });
  }

  /**
   * Two figures of one thing joined by "và" / "cùng", the second named by the words after it:
   * the first is the same metric ("100% hồ sơ công việc ở cấp tỉnh cùng 80% hồ sơ công việc ở cấp xã
   * đã được xử lý trên môi trường mạng"), with its own dims.
   */
  coordinated(): void {
    const { figs, done, sf } = this;
    for (let i = figs.length - 2; i >= 0; i--) {
      const fig = figs[i];
      const next = done[i + 1];
      if (done[i] || !fig.kind || !next || next.fig.kind !== fig.kind || fig.unit === '' || fig.unit !== next.fig.unit) continue;
      // "A, B và C": a comma joins an item to the rest of a list that "và" ends.
      const between = sf.wordsBetween(fig.numEnd, next.fig.numStart);
      const raw = sf.text.slice(fig.numEnd, next.fig.numStart);
      const joined = COORDINATED.test(between) || (next.rule.endsWith('/coordinated') && COORDINATED_PARTS.test(raw) && raw.trimEnd().endsWith(','));
      if (!joined || speaksAgainst(fig, next.metric)) continue;
      const base: Record<string, string> = {};
      const c = this.ownScope(this.make(fig, next.metric, next.family, `${next.family.family}/coordinated`, base));
      if (!c) continue;
      done[i] = c;
      this.emitFigure(c);
    }
  }

  /**
   * "A, B (và C) … lần lượt (là) x, y (và z)": the k-th figure is the k-th named. The names are the
   * levels or the values of one dim of the metric said before "lần lượt"; the unit after the last
   * figure is all of theirs. When the names cannot be paired with the figures, none is a fact.
   */
  respectively(): void {
    const { figs, done, sf } = this;
    for (let i = 0; i < figs.length; i++) {
      if (!this.saidRightBefore(figs[i], RESPECTIVELY_CUE)) continue;
      // The figures of the list: joined by ",", "và" and nothing else.
      let j = i;
      // (An item without its unit may be of another kind than the last, which has it: "3,5 và 112 thuê bao/100 dân".)
      while (j + 1 < figs.length && (figs[j + 1].kind === figs[j].kind || figs[j].unit === '') && LIST_JOIN.test(sf.text.slice(figs[j].numEnd, figs[j + 1].numStart))) j++;
      const group = figs.slice(i, j + 1);
      const named = done.slice(i, j + 1).find((c): c is Classified => c !== null);
      if (group.length < 2) continue;
      const cue = sf.hits.find((h) => h.end <= figs[i].words.num && h.cues.includes(RESPECTIVELY_CUE) && /^[\s:]*$/u.test(sf.view.text.slice(h.end, figs[i].words.num)))!;
      const from = i > 0 ? figs[i - 1].numEnd : this.itemStart(figs[i]);
      const to = sf.view.source(cue.start);
      for (let k = this.drafts.length - 1; k >= 0; k--) if (group.includes(this.drafts[k].fig)) this.drafts.splice(k, 1);
      for (let k = i; k <= j; k++) done[k] = null;
      if (!named) {
        i = j;
        continue;
      }
      // The names: levels, or one dim's values, in order.
      const lists: { dim: string; values: string[] }[] = [{ dim: 'level', values: levelsNamed(sf, from, to).map((l) => l.level) }];
      for (const [dim, values] of Object.entries(named.family.dims[named.metric] ?? {})) {
        const valueOf = (cues: readonly string[]) => Object.entries(values).find(([, v]) => cues.some((c) => (Array.isArray(v) ? v : v.any).includes(c)))?.[0];
        const said: string[] = [];
        for (const h of sf.hits) {
          if (h.start < sf.view.pos(from) || h.end > cue.start) continue;
          const v = valueOf(h.cues);
          // (A form that names several, "3G, 4G", is read word by word.)
          if (v) said.push(v);
          else for (const wd of cuesOfWords(sf.view.text.slice(h.start, h.end))) {
            const x = valueOf(wd.cues);
            if (x) said.push(x);
          }
        }
        lists.push({ dim, values: said });
      }
      const names = lists.find((l) => l.values.length === group.length);
      if (names) {
        group.forEach((fig, k) => {
          const c: Classified = { ...named, fig, dims: { ...named.dims }, rule: `${named.family.family}/respectively` };
          setDim(c.dims, names.dim, names.values[k]);
          delete c.levels;
          done[i + k] = c;
          this.emitFigure(c);
        });
      }
      i = j;
    }
  }

  /** A whole named only by its parts: "232.046 văn bản trong đó: 179.850 văn bản đến, 52.196 văn bản đi". */
  wholesOfParts(): void {
    const { figs, done, sf } = this;
    for (let i = 0; i < figs.length; i++) {
      if (done[i] || figs[i].kind !== 'count') continue;
      for (let k = i + 1; k < figs.length; k++) {
        const child = done[k];
        if (!child || wholeIndex(sf, k) !== i) continue;
        const total = child.family.totalOf?.[child.metric];
        if (!total || !unitsAgree(child.fig, figs[i])) continue;
        const c: Classified = { fig: figs[i], metric: total, family: child.family, dims: {}, rule: `${child.family.family}/whole-of-parts`, basis: 'actual' };
        const level = levelAt(sf, figs[i]);
        if (level) setDim(c.dims, 'level', level);
        done[i] = c;
        this.emitFigure(c);
        break;
      }
    }
  }

  /** A stated change ("tăng 4,8% so với tháng trước") belongs to the nearest count before it. */
  attachChanges(): void {
    for (const fig of this.figs) {
      const m = fig.mention;
      if (m.role !== 'change' || m.change?.unit === 'abs' || !m.numbers.length) continue;
      const target = [...this.drafts].reverse().find((d) => d.fig.numStart < fig.numStart && d.part && (d.fig.kind === 'count' || d.fig.kind === 'ratio'));
      if (target && target.draft.change_pct === null) target.draft.change_pct = m.change?.value ?? (FALL_WORD.test(fig.nearLead) ? -m.value : m.value);
    }
  }

  /** A count written after a '/' with its unit ("tiếp nhận trực tuyến 62.118 hồ sơ/78.540 hồ sơ"):
   *  the whole of the count before it, as the family says (all dossiers received, of any channel). */
  wholesAfterSlash(): void {
    for (const w of this.sf.slashWholes) {
      let k = -1;
      for (let i = 0; i < this.figs.length && this.figs[i].numEnd <= w.s; i++) k = i;
      const c = k >= 0 ? this.done[k] : null;
      const whole = c && c.fig.kind === 'count' ? c.family.wholeOf?.[c.metric] : undefined;
      if (!c || !whole || unitKey(w.m.unit ?? '') !== c.fig.unit || /[;,]/.test(this.sf.text.slice(c.fig.numEnd, w.s))) continue;
      const dims = { ...c.dims };
      for (const d of whole.drop) delete dims[d];
      const first = w.m.numbers[0] ?? w.m;
      const last = w.m.numbers[w.m.numbers.length - 1] ?? w.m;
      this.emit({ ...c, metric: whole.metric, dims, rule: `${c.family.family}/whole-after-slash` }, w.m.value, w.m.numbers.length === 1 ? w.m.numbers[0].raw : w.m.raw, { start: first.start, end: last.end }, {}, false);
    }
  }

  /** A count raised to a new total ("đưa 81 DVCTT tới 10 sở, nâng tổng số DVCTT lên 391", "nâng tổng
   *  số DVCTT lên 1.120 sau khi bổ sung 65"): the other counts of the same metric in its item are what
   *  was added or what it was before, not the metric (a metric of new ones reads them by its own words). */
  dropIncrements(): void {
    const { figs, done, drafts, sf } = this;
    const raisedTo = (j: number) => {
      const f = figs[j];
      const from = j > 0 ? figs[j - 1].words.numEnd : f.words.item;
      return sf.hits.some((h) => h.start >= from && h.end <= f.words.num && h.cues.includes(RAISED_TO_CUE));
    };
    for (let j = 0; j < figs.length; j++) {
      const t = done[j];
      if (!t || t.fig.kind !== 'count' || !raisedTo(j)) continue;
      for (let i = 0; i < figs.length; i++) {
        const c = done[i];
        if (i === j || !c || c.fig.kind !== 'count' || c.metric !== t.metric || !sameDims(c.dims, t.dims)) continue;
        if (Object.values(c.family.newOf ?? {}).includes(c.metric)) continue;
        const [a, b] = i < j ? [c.fig, t.fig] : [t.fig, c.fig];
        if (sf.text.slice(a.numEnd, b.numStart).includes(';')) continue;
        done[i] = null;
        for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k].fig === figs[i]) drafts.splice(k, 1);
      }
    }
  }

  /** A total that holds a part named as something else ("… từ kỳ trước chuyển qua 5.678 hồ sơ") is not the metric. */
  dropTotalsWithLater(): void {
    const { figs, done, drafts } = this;
    for (let i = 0; i < figs.length; i++) {
      const c = done[i];
      const rule = c?.family.notWithLater?.[c.metric];
      if (!c || !rule || c.dims.channel) continue;
      const says = (f: Figure, cues: string[]) => this.sf.hits.some((h) => h.start >= f.words.clause && h.end <= f.words.tailEnd && h.cues.some((x) => cues.includes(x)));
      if ((rule.keepIf && says(c.fig, rule.keepIf)) || !figs.slice(i + 1).some((f) => says(f, rule.later))) continue;
      done[i] = null;
      for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k].fig === figs[i]) drafts.splice(k, 1);
    }
  }
}
