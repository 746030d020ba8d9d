// What the parts of the review page's script share (types only: each part is embedded as its own
// function's source, so none may import anything at run time).

export type Lang = 'vi' | 'en';
export type Words = Record<Lang, string>;

export type Fact = {
  id: string; doc: string; metric: string; family: string; dims: Record<string, string>; value: number; unit: string;
  raw: string; basis: string; period: { start: string; end: string; label?: string } | null; province: string | null;
  rule: string; quote: string; qualifier: string | null; change_pct: number | null; line: number; page?: number;
  vs: number; ve: number; qs: number; qe: number; checks: Array<{ type: string; finding: string; message: string }>;
  ocr?: { confidence: number; value_confidence: number; quote_confidence?: number; crop?: string; box?: [number, number, number, number] };
  was?: number; manual?: true;
};
export type Finding = { id: string; doc: string; type: string; facts: string[]; stated: number; expected: number; tolerance: number; confidence?: number; threshold?: number; message: string };
export type Doc = { doc: string; sha: string; province: string | null; period: string | null; title: string | null; format: string; warnings: string[]; text: string };
export type Metric = { id: string; family: string; unit: string; vi: string; dims: string[] };
export type Data = {
  docs: Doc[]; facts: Fact[]; findings: Finding[]; crops?: Record<string, string>; metrics: Metric[]; families: string[]; generated: string;
  dimValues: Record<string, string[] | null>;
  words: {
    ui: Record<string, Words>; dims: Record<string, Record<string, Words>>; dimNames: Record<string, Words>; basis: Record<string, Words>;
    families: Record<string, Words>; units: Record<string, Words>; metrics: Record<string, Words>;
  };
};

export interface Filters {
  search: string;
  province: string;
  period: string;
  family: string;
  metric: string;
  basis: string;
  flagged: boolean;
}

export interface App {
  data: Data;
  state: { lang: Lang; doc: string; tab: string; selected: string[]; filters: Filters };
  $(id: string): HTMLElement;
  el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K];
  /** Interface text in the page's language, `{0}`… filled in. */
  t(key: string, ...args: Array<string | number>): string;
  fmt(x: number): string;
  metricName(id: string): string;
  dimsWords(dims: Record<string, string>): string;
  basisWord(basis: string): string;
  periodText(p: Fact['period']): string;
  valueText(f: Fact): string;
  factById: Map<string, Fact>;
  docByName: Map<string, Doc>;
  /** The facts that pass the filters on top, in the dataset's order (recomputed when they change). */
  shown(): Fact[];
  /** Opens a fact's report on the text tab, shows its card and scrolls to it. */
  openFact(f: Fact): void;
  showFacts(ids: string[]): void;
  setTab(tab: string): void;
  download(name: string, type: string, body: string): void;
  /** What the parts add: called on every change of filters or language, on each fact card, on a tab. */
  hooks: {
    refresh: Array<() => void>;
    card: Array<(card: HTMLElement, f: Fact) => void>;
    /** After the fact panel is drawn (with or without facts). */
    panel: Array<(panel: HTMLElement) => void>;
    tab: Record<string, () => void>;
    docHead: Array<(head: HTMLElement, d: Doc) => void>;
  };
}

export type Part = (app: App) => void;
