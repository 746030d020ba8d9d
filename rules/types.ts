// What a family's rule module declares. The engine (src/engine) reads the text; rules only say
// which words make a figure which metric, and carry their own examples.

export type FigureKind = 'count' | 'percent' | 'ratio' | 'density';

/**
 * The words around one figure, lower-cased with markup removed. `frame` is
 * `${lead} # ${tail}`: `#` stands for the number, `lead` is the text before it back to the
 * previous figure or punctuation, `tail` the text after it up to the next figure or punctuation.
 */
export interface FigureView {
  kind: FigureKind;
  frame: string;
  lead: string;
  tail: string;
  /** The sentence up to its first figure: what a list of figures is about. */
  head: string;
  /** The whole sentence. */
  sentence: string;
}

/**
 * A family's cues: each a name and the forms it is written in (whole words, written as a report
 * writes them; the matching view's spelling applies to them as to the text: "tỉ lệ" finds "tỷ lệ").
 * Where two forms overlap in a text the longest wins ("đang giải quyết" is pending, not resolved).
 * A form listed under two cues is both ("trạm 4G": a station, and 4G). Cue names are global.
 */
export type Cues = Record<string, string[]>;

/** Where a cue was found, from nearest to farthest: the figure's own words (back to the figure
 *  before it, and its unit phrase), its clause (back to , ; ( over other figures), its ';' item,
 *  the sentence head (up to the first figure). */
export type Scope = 'unit' | 'own' | 'clause' | 'item' | 'head';

/**
 * A metric's signature: the cues a figure's words must hold to be that metric.
 * - `thing`: what is counted. A count (or ratio) whose number is followed by a counted thing (its
 *   unit, "1.234 hồ sơ") must have one of these as that unit; one without a unit of its own takes
 *   it from its words. A rate or density finds it anywhere in its clause (or ';' item).
 * - `needs`: further roles (what was done to it, its state, its manner): each group is met by any
 *   one of its cues in the figure's clause.
 * - `veto`: a cue (or all cues of a list) in the clause that makes it something else.
 * The engine scores every signature whose roles are met by the distance of their cues to the
 * number; the best wins, `precedence` breaking ties.
 */
export interface Signature {
  /** Stable id, written into every fact it makes: `family/what`. */
  id: string;
  metric: string;
  kinds: FigureKind[];
  thing: string[];
  needs?: string[][];
  /** Roles met in the ';' item before the figure, at any distance (the item named the thing in
   *  full before: "Tình hình gửi nhận văn bản điện tử: gửi 120.000 văn bản"). */
  needsBefore?: string[][];
  /** Roles met anywhere in the sentence (a bare "trạm" in a sentence about BTS). */
  needsSentence?: string[][];
  veto?: (string | string[])[];
  /** In the ';' item before the figure: the last of these cues, when none of `unless` follows it
   *  ("Số hồ sơ đang giải quyết: 2.000 (… quá hạn 200)": pending, not resolved late). */
  vetoBefore?: { cues: string[]; unless?: string[] };
  /** Anywhere in the sentence ("đúng hạn" beside a count of those resolved early is only a part). */
  vetoSentence?: string[];
  /** Also read from the sentence head when the figure's own words say nothing (lists of rates). */
  head?: boolean;
  /** Named by its unit alone: a stated whole of the same family it is part of decides instead. */
  generic?: boolean;
  /** Its `thing` is an act ("giải quyết", "nộp"), not a noun: no count's unit, no word of a list item. */
  thingIsAct?: boolean;
  /** Its needs are met only by the figure's own words (back to the figure before it), not its clause. */
  ownWords?: boolean;
  /** The whole of a ratio "a/b" it reads is not of its metric ("751/2.020 thủ tục": all procedures, not services). */
  noWhole?: boolean;
  /** Among signatures that score the same, the higher wins. */
  precedence?: number;
}

/**
 * An idiom: a fixed turn of phrase that cues cannot say, as a pattern over the figure's frame
 * (`lead # tail` in the matching view). Kept only where word order is the meaning ("nâng tổng số
 * lên 2.980 trạm": the stock after the new ones).
 */
export interface MetricRule {
  /** Stable rule id, written into every fact it makes: `family/what`. */
  id: string;
  metric: string;
  /** Which kinds of figure this rule reads. */
  kinds: FigureKind[];
  /** Tested against the figure's frame (`lead # tail`). */
  pattern: RegExp;
  /** When this matches the frame too, the rule does not apply. */
  unless?: RegExp;
  /** When set, the words of the figure's ';' item before it must match it too: the figure's own
   *  words name the thing by a word that can mean other things ("nâng tổng số trạm lên 2.980
   *  trạm"), and the item named it in full before ("lắp đặt mới 120 trạm BTS, …"). */
  namedBefore?: RegExp;
}

/** A dim value said by any of its cues, or by any of `any` unless one of `unless` is said too. */
export type DimCue = string[] | { any: string[]; unless: string[] };

/** Dims a family reads from words: dim → value → the cues that say it (the first value said wins). */
export type DimWords = Record<string, Record<string, DimCue>>;

/** A table row label that states a metric (matched by similarity, so rewordings and typos still land). */
export interface Indicator {
  metric: string;
  dims?: Record<string, string>;
  labels: string[];
}

export interface ExpectedFact {
  metric: string;
  dims?: Record<string, string>;
  value: number;
  basis?: 'actual' | 'target' | 'estimate';
  qualifier?: 'approx' | 'over' | 'under';
}

/** Text in, facts out (every listed fact must come out; with `only`, nothing else of the family may). */
export interface Example {
  text: string;
  facts: ExpectedFact[];
  only?: boolean;
}

/**
 * Column heads that name a metric only in a table about the family, a row per level or unit
 * ("Cấp | Tiếp nhận | Đã giải quyết | Trễ hạn"). Read only where `about` is in the table's head
 * or the words just before it, `notAbout` is not, and two heads or more are known.
 */
export interface ShortHeads {
  about: RegExp;
  notAbout?: RegExp;
  /** `withHead`: another head the table must have for this one to mean the metric ("Trễ hạn" is of
   *  the resolved ones beside "Đã giải quyết"); `unlessHead`: one that makes it mean something else
   *  ("Đúng hạn" beside "Trước hạn" counts only those resolved on the day; "Quá hạn" beside "Đang
   *  giải quyết" may be of the pending ones). */
  heads: { head: RegExp; metric: string; withHead?: RegExp; unlessHead?: RegExp }[];
}

export interface FamilyRules {
  family: 'dossier' | 'bts' | 'esign' | 'subs';
  cues: Cues;
  signatures: Signature[];
  /** Fixed turns of phrase, tried before the signatures. */
  idioms?: MetricRule[];
  /** Cues that name a counted thing no metric counts ("văn bản đề nghị", "trạm quan trắc"): a count
   *  whose unit is one of them is of that thing, whatever its other words say. */
  otherThings?: string[];
  /** Which dims a figure of each metric reads from its words (besides level and entity, read from context). */
  dims: Record<string, DimWords>;
  /** The share metric stated right after a count of this metric ("75.284 hồ sơ … chiếm 82,03%"). */
  shareOf?: Record<string, string>;
  /** Dims whose values split a whole in parts: a figure said of two of them together ("qua bưu chính
   *  công ích và trực tiếp 8.713 hồ sơ") is neither part, nor the whole, and gives nothing. */
  exclusiveDims?: string[];
  /** Dims a metric's fact must have: a share of dossiers received says by which channel, or it says
   *  nothing ("tiếp nhận 22.800 hồ sơ, chiếm tỷ lệ 29,1%" — of what?). */
  requiredDims?: Record<string, string[]>;
  /** The total a whole is, when only its parts name it ("232.046 văn bản trong đó: 179.850 văn bản đến"). */
  totalOf?: Record<string, string>;
  /** Metrics whose dims, when their own words say nothing, come from the nearest earlier words of
   *  the sentence ("Đã lắp đặt 75 trạm 5G, đã phát sóng thử nghiệm 6 trạm": the 6 are 5G too). */
  dimsFromSentence?: string[];
  /** The density stated right after a count of this metric ("… 1.380.000 thuê bao, đạt mật độ 92 thuê bao/100 dân"). */
  densityOf?: Record<string, string>;
  /** The count of new ones stated right after the stock of this metric, named only by its unit
   *  ("Thuê bao băng rộng cố định: 234.567 thuê bao, phát triển mới 12.345 thuê bao"). */
  newOf?: Record<string, string>;
  /** A figure of the metric is not it when a later figure of its sentence says one of `later`, unless it says one of `keepIf` itself:
   *  "Tổng số hồ sơ nhận giải quyết: 45.678, trong đó tiếp nhận mới 40.000; từ kỳ trước chuyển
   *  qua 5.678" — the 45.678 holds the carried-over ones, so it is not the dossiers received. */
  notWithLater?: Record<string, { later: string[]; keepIf?: string[] }>;
  /** The whole of a ratio "a/b" whose part is this metric ("106.481/132.667 hồ sơ" → all dossiers received). */
  wholeOf?: Record<string, { metric: string; drop: string[] }>;
  indicators: Indicator[];
  shortHeads?: ShortHeads;
  examples: Example[];
  /** Texts that must yield no fact of this family. */
  counterexamples: string[];
}
