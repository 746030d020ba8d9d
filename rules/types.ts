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
  /** When this matches the words of the figure's ';' item before it, the rule does not apply
   *  ("Số hồ sơ đang giải quyết: 2.000 hồ sơ (… quá hạn 200 hồ sơ)": pending, not resolved late). */
  unlessBefore?: RegExp;
  /** When this matches the sentence's words, the rule does not apply (a figure that means one
   *  thing alone and a part of it beside another: "đúng hạn 78.000" after "trước hạn 150.000"). */
  unlessSentence?: RegExp;
  /** When set, the words of the figure's ';' item before it must match it too: the figure's own
   *  words name the thing by a word that can mean other things ("nâng tổng số trạm lên 2.980
   *  trạm"), and the item named it in full before ("lắp đặt mới 120 trạm BTS, …"). */
  namedBefore?: RegExp;
  /** Matched by the unit alone: a stated whole of the same family that the figure belongs to
   *  ("Phát triển 8.735 thuê bao (2.459 thuê bao di động trả sau …)") decides the metric instead. */
  generic?: boolean;
  /** Also try the sentence head (`head # tail`) when the frame says nothing (lists of rates). */
  head?: boolean;
}

/** Dims a family reads from words: each entry maps a dim value to the words that say it. */
export type DimWords = Record<string, Record<string, RegExp>>;

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
  rules: MetricRule[];
  /** Which dims a figure of each metric reads from its words (besides level and entity, read from context). */
  dims: Record<string, DimWords>;
  /** The share metric stated right after a count of this metric ("75.284 hồ sơ … chiếm 82,03%"). */
  shareOf?: Record<string, string>;
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
  /** A figure of the metric is not it when a later figure of its sentence is named by these words:
   *  "Tổng số hồ sơ nhận giải quyết: 45.678, trong đó tiếp nhận mới 40.000; từ kỳ trước chuyển
   *  qua 5.678" — the 45.678 holds the carried-over ones, so it is not the dossiers received. */
  notWithLater?: Record<string, RegExp>;
  /** The whole of a ratio "a/b" whose part is this metric ("106.481/132.667 hồ sơ" → all dossiers received). */
  wholeOf?: Record<string, { metric: string; drop: string[] }>;
  indicators: Indicator[];
  shortHeads?: ShortHeads;
  examples: Example[];
  /** Texts that must yield no fact of this family. */
  counterexamples: string[];
}
