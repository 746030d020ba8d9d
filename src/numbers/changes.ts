// Changes and comparisons: "X (tăng 5% so với cùng kỳ)", "X, giảm 2%" put the signed change on X,
// and the changing number gets role 'change'; a percent against a plan or target ("vượt 10,26% so
// với chỉ tiêu", "đạt 98% so với kế hoạch") gets role 'comparison'.

import type { Change } from './types.js';
import { AGAINST_BEFORE_RE, AGAINST_RE, CHANGE_BEFORE_RE, CHANGE_SO_VOI_BEFORE_RE, TARGET_WORD_RE } from './lexicon.js';
import { scaled, type Draft, type Scan } from './scan.js';

const PLAN_AFTER_RE = /\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?![\p{L}\p{M}])/iuy;
const RATIO_VERB_BEFORE_RE = /(?:^|[^\p{L}\p{M}])(?:đạt|bằng|chỉ bằng|tương đương)\s*$/u;
const TERMINATOR_RE = /[ \u00A0]*(?:[),;.:\n]|$)/y;
const CHANGE_WORD_RE = /tăng|giảm|vượt|cao hơn|thấp hơn/i;

/** Sets `role` and `change` on the drafts (their readings must be decided). */
export function readChanges(scan: Scan, drafts: Draft[]): void {
  const text = scan.text;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.form !== 'single') continue;
    // Both change patterns need one of these words, and only a percent is read without them: most
    // figures need nothing more here (and no lower-cased copy of what stands before them).
    const changeWord = CHANGE_WORD_RE.test(text.slice(Math.max(0, d.start - 70), d.start));
    if (!changeWord && d.unitType !== 'percent') continue;
    const b = scan.before(d.start, 70);
    const base = d.start - b.length;
    let verb: string | undefined;
    let verbStart = -1;
    let againstWord: string | undefined;
    let spanEnd = d.extentEnd;
    const so = changeWord ? CHANGE_SO_VOI_BEFORE_RE.exec(b) : null;
    if (so) {
      verb = so[1];
      verbStart = base + so.index + so[0].indexOf(so[1], so[0].search(/\p{L}/u) >= 0 ? so[0].search(/\p{L}/u) : 0);
      againstWord = so[2];
    } else {
      const cm = changeWord ? CHANGE_BEFORE_RE.exec(b) : null;
      if (!cm) {
        // "đạt 98,18% so với kế hoạch", "bằng 102% so với cùng kỳ", "Đạt 100% chỉ tiêu": a percent of another figure.
        if (d.unitType === 'percent') {
          AGAINST_RE.lastIndex = d.extentEnd;
          const am = AGAINST_RE.exec(text);
          PLAN_AFTER_RE.lastIndex = d.extentEnd;
          if ((am && RATIO_VERB_BEFORE_RE.test(b)) || PLAN_AFTER_RE.test(text)) d.role = 'comparison';
        }
        continue;
      }
      verb = cm[1];
      verbStart = base + cm.index + cm[0].indexOf(cm[1]);
      AGAINST_RE.lastIndex = d.extentEnd;
      const am = AGAINST_RE.exec(text);
      if (am) {
        againstWord = am[1];
        spanEnd = AGAINST_RE.lastIndex;
      } else {
        const ab = AGAINST_BEFORE_RE.exec(b);
        if (ab) againstWord = ab[1];
      }
      // "tăng thêm 220 thuê bao": a count of new ones, not a change of a figure (unless compared
      // with another period, "tăng thêm 5% so với cùng kỳ").
      if (/thêm/u.test(cm[0]) && d.unitType !== 'percent' && d.unitType !== 'money' && againstWord === undefined) continue;
    }
    if (/^lần$/i.test(d.unit ?? '')) continue;
    const against = againstWord?.toLowerCase().replace(/\s+/g, ' ');
    const isTarget = against !== undefined && TARGET_WORD_RE.test(against);
    if (verb === 'vượt' && against === undefined) continue; // "vượt 10.000" is a qualifier, not a change
    if (isTarget) {
      d.role = 'comparison';
      // "vượt 10,26%" is a gap, not a figure with a qualifier.
      if (d.qualifier === 'over' && /vượt/.test(text.slice(d.qualifierSpan!.start, d.qualifierSpan!.end))) {
        d.qualifier = undefined;
        d.qualifierSpan = undefined;
      }
      continue;
    }
    if (d.qualifier === 'over' && /vượt/.test(text.slice(d.qualifierSpan!.start, d.qualifierSpan!.end))) {
      d.qualifier = undefined;
      d.qualifierSpan = undefined;
    }
    const sign = verb === 'giảm' || verb === 'thấp hơn' ? -1 : 1;
    const v = d.numbers![0].value;
    if (!Number.isFinite(v)) continue;
    const change: Change = {
      start: verbStart,
      end: spanEnd,
      value: sign * scaled(v, d.scale),
      unit: d.unitType === 'percent' ? 'pct' : 'abs',
      raw: text.slice(verbStart, spanEnd),
    };
    if (against) {
      change.against = /^cùng kỳ/.test(against)
        ? 'same_period_last_year'
        : against === 'tháng trước'
          ? 'previous_month'
          : /^(?:quý|kỳ|năm) trước$/.test(against)
            ? 'previous_period'
            : 'other';
    }
    d.role = 'change';
    d.change = change;
    // Without "so với …" the change must end its clause ("(giảm 4,43%)", "4.429 tăng 46,66 %;"):
    // "giảm 50% phí" says what fell, and it is not the figure before it.
    TERMINATOR_RE.lastIndex = d.extentEnd;
    if (against || TERMINATOR_RE.test(text)) attachChange(text, drafts, i, change);
  }
}

/** Puts a change on the figure it qualifies: the nearest plain figure before it in its sentence. */
function attachChange(text: string, drafts: Draft[], i: number, change: Change): void {
  const c = drafts[i];
  // Is the change inside a parenthesis? Find an unclosed '(' in the same sentence.
  let paren = -1;
  for (let k = change.start - 1; k >= Math.max(0, change.start - 160); k--) {
    const ch = text[k];
    if (ch === ')' || ch === '\n' || ch === ';') break;
    if (ch === '(') {
      paren = k;
      break;
    }
  }
  // Shares and comparisons between the figure and its change are stepped over:
  // "1.852 tỷ đồng, bằng 51,2% kế hoạch, tăng 4,5% so với cùng kỳ".
  let skippedFirst: Draft | undefined;
  let skippedLast: Draft | undefined;
  for (let j = i - 1; j >= 0; j--) {
    const t = drafts[j];
    if (t.sentence !== c.sentence) return;
    if (t.role || t.isShare) {
      if (t.role === 'change') return;
      if (paren >= 0 && t.start < paren) return;
      skippedFirst = t;
      skippedLast ??= t;
      continue;
    }
    if (paren >= 0 && t.start > paren) {
      if (!t.change) t.change = change;
      return;
    }
    const gapTo = paren >= 0 ? paren : change.start;
    const gap = skippedFirst && skippedLast
      ? text.slice(t.extentEnd, skippedFirst.start) + ' ' + text.slice(skippedLast.extentEnd, gapTo)
      : text.slice(t.extentEnd, gapTo);
    if (gap.length > 60 || /[;\d]/.test(gap) || (gap.match(/,/g)?.length ?? 0) > (skippedFirst ? 2 : 1)) return;
    if (!t.change) t.change = change;
    return;
  }
}
