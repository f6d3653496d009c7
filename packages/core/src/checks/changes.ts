/**
 * Changes stated two ways in one sentence, recomputed from the figures as
 * written. Four shapes, each three figures in a row:
 *   - current, amount, rate:  城镇居民人均可支配收入42180元，比上年增加1560元，增长4.9%
 *     (prior = current − amount);
 *   - current, earlier level, rate: 接待游客1250万人次，比上年的1120万人次增长11.6%;
 *   - from, to, rate:         由5160亿元增加到7703亿元，增长49.3%  (also 增长x倍, 是原来的x倍,
 *     and 由65%提高到91%，提高26个百分点);
 *   - rate, earlier rate, points: 城镇化率65.2%，比上年的64.1%提高1.1个百分点.
 * The words between the figures must be exactly the connecting words (a comma,
 * 比上年, the verb): a rate that is 年均, 实际 or 按可比价格 never matches, so it
 * is never recomputed from nominal figures.
 */
import type { ChangeRelation, Metric, Range, ReportOutline } from '../model/outline.js';
import { boundsOf, formatNumber, inUnitOf, unitLabel, type Bounds } from '../parse/metric-bounds.js';
import { codeSet, hasCode } from '../text/char-codes.js';
import { ASCII_DIGITS, CLAUSE_MARKS_FULL, DECREASE_WORDS, FULL_STOP, INCREASE_WORDS, LIST_COMMA } from '../text/lexicon.js';

export type FigureRole = 'current' | 'amount' | 'from' | 'to';
export type ChangeKind = 'rate' | 'points' | 'growth-times' | 'ratio-times';

export interface ChangeCheck {
  kind: ChangeKind;
  /** The stated figure the others are checked against (the rate, the points, the multiple). */
  stated: Metric;
  /** The stated figure with the sign its verb gives it (下降3.8% → −3.8). */
  statedValue: number;
  /** The verb as written before the stated figure: 增长, 下降, 提高… */
  verb: string;
  /** Where the words quoted for the stated figure begin (the verb). */
  writtenStart: number;
  figures: Array<{ metric: Metric; role: FigureRole }>;
  /** The value recomputed from the figures' values as written, and the interval their rounding allows. */
  computed: number;
  low: number;
  high: number;
  computedText: string;
  /** The arithmetic with the figures as written: 1560 ÷ (42180 − 1560) = 1560 ÷ 40620. */
  arithmetic: string;
  /** True when the stated figure lies within what rounding allows. */
  holds: boolean;
  /** True when it holds only at the edge: the recomputed value, rounded as the stated one is, differs from it. */
  edge: boolean;
  /** For a multiple that does not hold but would as the other kind (增长x倍 written for 增加到x倍): both readings. */
  slip?: { ratio: string; growth: string; ratioArithmetic: string };
}

/**
 * The verbs of a stated change: the change words of figure-words.json (增长,
 * 上涨, 增幅…, shared with the parser through the lexicon) and the few verbs
 * that state a change here without marking a figure as one: 上升, 增多, 下滑,
 * and 多/少/减 of an amount (比上年多1560元).
 */
const INCREASE = [...INCREASE_WORDS, '上升', '增多', '多'];
const DECREASE = [...DECREASE_WORDS, '下滑', '减', '少'];
const VERBS = [...INCREASE.map((word) => ({ word, sign: 1 })), ...DECREASE.map((word) => ({ word, sign: -1 }))].sort((a, b) => b.word.length - a.word.length);
/** 比上年, 同比, 较上年末, 比上年预计数: the comparison before an amount of change. */
const COMPARISON_STARTS = ['同比', '比', '较'];
const MAX_COMPARISON = 12;
/** Before the first figure of 从A增加到B: 由, 从, 由1997年的, 从上年末的. */
const FROM_BEFORE = /(?:从|由)(?:[0-9]{4}年(?:末|底|初)?|上年(?:末|底)?|去年(?:末|底)?|基期)?的?$/;
/** Between the two figures of 从A增加到B: the verb with 到/至, and the later year. */
const TO_BETWEEN = /^(?:增长|增加|提高|上升|扩大|下降|减少|降低|缩小|增|升|降|减)(?:到|至)(?:[0-9]{4}年(?:末|底)?的?|本年的?|今年的?)?$/;
/** Before a multiple read as a ratio: 是原来的, 为上年的, 增加到, 相当于1997年的. */
const RATIO_BETWEEN = /^[，,]?(?:是|为|相当于|增长到|增加到|提高到|扩大到|达到)(?:原来|基期|上年|去年|[0-9]{4}年)?的?$/;
/** Between a rate and the earlier rate it is compared with: ，比上年的 / ，较2023年末的. */
const EARLIER_RATE_BETWEEN = /^[，,]?(?:比|较)(?:上年|去年|[0-9]{4}年)?(?:末|底|同期)?的?$/;

interface Verb {
  word: string;
  sign: number;
  start: number;
}

/** The verb that ends the gap (增加, 增加了), with only a comma or 同比/比上年 before it when `bare`. */
function verbAtEnd(gap: string, gapStart: number): Verb | null {
  const body = gap.endsWith('了') ? gap.slice(0, -1) : gap;
  for (const verb of VERBS) if (body.endsWith(verb.word)) return { word: verb.word, sign: verb.sign, start: gapStart + body.length - verb.word.length };
  return null;
}

/** A gap that is the verb alone (提高, 增长了), of two characters or more: 多/少/减 state amounts, not rates. */
function bareVerb(gap: string, gapStart: number): Verb | null {
  const verb = verbAtEnd(gap, gapStart);
  return verb && gap.length - (gap.endsWith('了') ? 1 : 0) === verb.word.length && verb.word.length > 1 ? verb : null;
}

/** The gap before a stated rate: a comma (or none), optionally 同比/比上年, and the verb: ，增长 / ，同比下降了. */
function rateVerb(gap: string, gapStart: number): Verb | null {
  const verb = verbAtEnd(gap, gapStart);
  if (!verb || verb.word === '多' || verb.word === '少' || verb.word === '减') return null;
  let rest = gap.slice(0, verb.start - gapStart);
  if (rest.startsWith('，') || rest.startsWith(',')) rest = rest.slice(1);
  return rest === '' || rest === '同比' || rest === '比上年' || rest === '较上年' ? verb : null;
}

/** What a comparison (比上年, 同比) never holds: a full-width mark or a figure means the gap spans more than the comparison. */
const COMPARISON_BREAKS = codeSet(CLAUSE_MARKS_FULL + FULL_STOP + LIST_COMMA + ASCII_DIGITS);

/** The gap before an amount of change: ，比上年增加 / ，同比减少了 / ，较上年末多. */
function amountVerb(gap: string, gapStart: number): Verb | null {
  if (!(gap.startsWith('，') || gap.startsWith(','))) return null;
  const verb = verbAtEnd(gap, gapStart);
  if (!verb) return null;
  const comparison = gap.slice(1, verb.start - gapStart);
  if (comparison.length > MAX_COMPARISON || hasCode(comparison, COMPARISON_BREAKS)) return null;
  return COMPARISON_STARTS.some((w) => comparison.startsWith(w)) ? verb : null;
}

/**
 * The gap before an amount of change with no comparison written: ，增加 / ，减收了. Read only where a
 * rate follows the amount (42180元，增加1560元，增长4.9%), as 增长x% alone is read after a level: the
 * two changes state the same comparison. 多, 少 and 减 alone never do.
 */
function bareAmountVerb(gap: string, gapStart: number): Verb | null {
  if (!(gap.startsWith('，') || gap.startsWith(','))) return null;
  return bareVerb(gap.slice(1), gapStart + 1);
}

const isLevel = (m: Metric): boolean =>
  m.value !== null && !m.upper && m.approx === 'none' && !m.placeholder && m.dimension !== null && !m.percent && !['倍', '百分点', '‰'].includes(m.dimension);
const isRate = (m: Metric): boolean => m.value !== null && !m.upper && m.approx === 'none' && !m.placeholder && m.percent;
const isMultiple = (m: Metric): boolean => m.value !== null && !m.upper && m.approx === 'none' && !m.placeholder && m.dimension === '倍';
const isPoints = (m: Metric): boolean => m.value !== null && !m.upper && m.approx === 'none' && !m.placeholder && m.dimension === '百分点';

/** A stated rate or multiple as an interval of its rounding (3.8% → [3.75, 3.85]; 3倍 → [2.5, 3.5]). */
function statedHalf(m: Metric): number {
  return 0.5 * 10 ** -m.decimals;
}

/** A percentage as an interval (65.2% → [65.15, 65.25]). */
function percentBounds(m: Metric): Bounds {
  const half = statedHalf(m);
  return { value: m.value!, low: m.value! - half, high: m.value! + half };
}

interface Interval {
  low: number;
  high: number;
}

/** The range of a ÷ b over two intervals, b positive. */
function quotient(a: Interval, b: Interval): Interval {
  const corners = [a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high];
  return { low: Math.min(...corners), high: Math.max(...corners) };
}

/** A base and a change, with what rounding allows of each, and how to write them. */
interface Comparison {
  prior: Bounds;
  change: Bounds;
  current: Bounds;
  figures: ChangeCheck['figures'];
  /** change ÷ prior as written: 1560 ÷ (42180 − 1560) = 1560 ÷ 40620. */
  rateArithmetic: string;
  /** current ÷ prior as written: 7703 ÷ 5160. */
  ratioArithmetic: string;
}

const fixedTo = (value: number, decimals: number): string => formatNumber(Number(value.toFixed(decimals)));

/** Writes two figures in one expression: bare numbers when they share a unit, else with their units. */
function written(a: Metric, b: Metric): [string, string] {
  return unitLabel(a) === unitLabel(b) ? [a.valueText, b.valueText] : [a.text, b.text];
}

function fromCurrentAndAmount(current: Metric, amount: Metric, sign: number): Comparison | null {
  const v = boundsOf(current)!;
  const n = boundsOf(amount)!;
  const change = sign > 0 ? n : { value: -n.value, low: -n.high, high: -n.low };
  const prior = { value: v.value - change.value, low: v.low - change.high, high: v.high - change.low };
  if (prior.low <= 0) return null;
  const [vt, nt] = written(current, amount);
  // In the current figure's unit; written with it when the two figures are written in different units (2000万元 ÷ 2.3亿元).
  const priorValue = fixedTo(inUnitOf(current, current)! - inUnitOf(amount, current)! * sign, Math.max(current.decimals, amount.decimals));
  const priorText = unitLabel(current) === unitLabel(amount) ? priorValue : `${priorValue}${unitLabel(current)}`;
  const op = sign > 0 ? '−' : '+';
  return {
    prior,
    change,
    current: v,
    figures: [
      { metric: current, role: 'current' },
      { metric: amount, role: 'amount' },
    ],
    rateArithmetic: `${nt} ÷ (${vt} ${op} ${nt}) = ${nt} ÷ ${priorText}`,
    ratioArithmetic: `${vt} ÷ (${vt} ${op} ${nt}) = ${vt} ÷ ${priorText}`,
  };
}

function fromBaseAndCurrent(base: Metric, current: Metric): Comparison | null {
  const a = boundsOf(base)!;
  const b = boundsOf(current)!;
  if (a.low <= 0) return null;
  const [at, bt] = written(base, current);
  return {
    prior: a,
    change: { value: b.value - a.value, low: b.low - a.high, high: b.high - a.low },
    current: b,
    figures: [
      { metric: base, role: 'from' },
      { metric: current, role: 'to' },
    ],
    rateArithmetic: `(${bt} − ${at}) ÷ ${at}`,
    ratioArithmetic: `${bt} ÷ ${at}`,
  };
}

function judged(base: Omit<ChangeCheck, 'holds' | 'edge' | 'computedText'>, decimals: number): ChangeCheck {
  const half = 0.5 * 10 ** -decimals;
  const stated = base.statedValue;
  const holds = stated + half >= base.low - 1e-9 && stated - half <= base.high + 1e-9;
  const computedText = fixedTo(base.computed, Math.max(decimals, 1));
  const edge = holds && Math.abs(Number(base.computed.toFixed(decimals)) - stated) > 1e-9;
  return { ...base, holds, edge, computedText };
}

/** A rate or multiple stated after a comparison, checked against it. */
function checkStated(comparison: Comparison, stated: Metric, verb: Verb, ratio: boolean): ChangeCheck | null {
  const common = { stated, verb: verb.word, writtenStart: verb.start, figures: comparison.figures };
  if (isRate(stated) && !ratio) {
    const rate = quotient(comparison.change, comparison.prior);
    return judged(
      { ...common, kind: 'rate', statedValue: verb.sign * stated.value!, computed: (comparison.change.value / comparison.prior.value) * 100, low: rate.low * 100, high: rate.high * 100, arithmetic: comparison.rateArithmetic },
      stated.decimals,
    );
  }
  if (!isMultiple(stated) || verb.sign < 0) return null;
  const growth = quotient(comparison.change, comparison.prior);
  const times = quotient(comparison.current, comparison.prior);
  const growthValue = comparison.change.value / comparison.prior.value;
  const ratioValue = comparison.current.value / comparison.prior.value;
  const [interval, value, arithmetic] = ratio ? [times, ratioValue, comparison.ratioArithmetic] : [growth, growthValue, comparison.rateArithmetic];
  const check = judged({ ...common, kind: ratio ? 'ratio-times' : 'growth-times', statedValue: stated.value!, computed: value, low: interval.low, high: interval.high, arithmetic }, stated.decimals);
  if (check.holds) return check;
  const other = ratio ? growth : times;
  const half = statedHalf(stated);
  if (stated.value! + half >= other.low - 1e-9 && stated.value! - half <= other.high + 1e-9) {
    const digits = Math.max(stated.decimals, 1);
    check.slip = { ratio: fixedTo(ratioValue, digits), growth: fixedTo(growthValue, digits), ratioArithmetic: `${comparison.ratioArithmetic} = ${fixedTo(ratioValue, digits)}` };
  }
  return check;
}

/** 城镇化率65.2%，比上年的64.1%提高1.1个百分点 (or 由65%提高到91%，提高26个百分点): the points between two stated rates. */
function checkPoints(later: Metric, earlier: Metric, points: Metric, verb: Verb, roles: [FigureRole, FigureRole]): ChangeCheck {
  const x = percentBounds(later);
  const y = percentBounds(earlier);
  return judged(
    {
      kind: 'points',
      stated: points,
      statedValue: verb.sign * points.value!,
      verb: verb.word,
      writtenStart: verb.start,
      figures: [
        { metric: earlier, role: roles[0] },
        { metric: later, role: roles[1] },
      ],
      computed: later.value! - earlier.value!,
      low: x.low - y.high,
      high: x.high - y.low,
      arithmetic: `${later.valueText}% − ${earlier.valueText}%`,
    },
    points.decimals,
  );
}

/** Every change stated two ways in the outline's sentences, in source order, with its verdict. */
export function recomputeChanges(outline: ReportOutline, text: string): ChangeCheck[] {
  const checks: ChangeCheck[] = [];
  const metrics = outline.metrics;
  const gap = (a: Metric, b: Metric): string => text.slice(a.range.end.offset, b.range.start.offset);
  for (let i = 0; i + 2 < metrics.length; i++) {
    const first = metrics[i]!;
    const second = metrics[i + 1]!;
    const third = metrics[i + 2]!;
    if (first.sentence !== third.sentence) continue;
    // Every run of three figures in a sentence is tried, most fail on the figures' kinds alone:
    // the text between them is cut only once a pattern gets as far as reading it.
    let gapOneText: string | undefined;
    let gapTwoText: string | undefined;
    const gapOne = (): string => (gapOneText ??= gap(first, second));
    const gapTwo = (): string => (gapTwoText ??= gap(second, third));
    const twoStart = second.range.end.offset;
    // current, amount, rate
    if (isLevel(first) && isLevel(second) && first.dimension === second.dimension && first.role !== 'change' && first.role !== 'share') {
      const amount = amountVerb(gapOne(), first.range.end.offset) ?? bareAmountVerb(gapOne(), first.range.end.offset);
      const rate = amount && rateVerb(gapTwo(), twoStart);
      const comparison = rate && fromCurrentAndAmount(first, second, amount.sign);
      const check = comparison && checkStated(comparison, third, rate, false);
      if (check) {
        checks.push(check);
        continue;
      }
    }
    // current, rate, amount: 42180元，比上年增长3.8%，增加1560元
    if (isLevel(first) && isRate(second) && isLevel(third) && first.dimension === third.dimension && first.role !== 'change' && first.role !== 'share') {
      const rate = amountVerb(gapOne(), first.range.end.offset) ?? rateVerb(gapOne(), first.range.end.offset);
      const amount = rate && rateVerb(gapTwo(), twoStart);
      const comparison = amount && fromCurrentAndAmount(first, third, amount.sign);
      const check = comparison && checkStated(comparison, second, rate, false);
      if (check) {
        checks.push(check);
        continue;
      }
    }
    // current, earlier level, rate: 接待游客1250万人次，比上年的1120万人次增长11.6%
    if (isLevel(first) && isLevel(second) && isRate(third) && first.dimension === second.dimension && first.role !== 'change' && first.role !== 'share' && EARLIER_RATE_BETWEEN.test(gapOne())) {
      const verb = bareVerb(gapTwo(), twoStart);
      const comparison = verb && fromBaseAndCurrent(second, first);
      const check = comparison && checkStated(comparison, third, verb, false);
      if (check) {
        checks.push(check);
        continue;
      }
    }
    // from, to, then a rate, points or a multiple
    if (first.dimension === second.dimension && first.percent === second.percent && FROM_BEFORE.test(textBefore(outline, text, first)) && TO_BETWEEN.test(gapOne())) {
      const verb = rateVerb(gapTwo(), twoStart);
      const ratioWords = RATIO_BETWEEN.exec(gapTwo());
      if (isRate(first) && isRate(second) && verb && isPoints(third)) {
        checks.push(checkPoints(second, first, third, verb, ['from', 'to']));
        continue;
      }
      if (isLevel(first) && isLevel(second)) {
        const comparison = fromBaseAndCurrent(first, second);
        const ratioVerb: Verb | null = ratioWords ? { word: ratioWords[0].replace(/^[，,]/, ''), sign: 1, start: twoStart + (ratioWords[0].length - ratioWords[0].replace(/^[，,]/, '').length) } : null;
        const check = comparison && (verb ? checkStated(comparison, third, verb, false) : ratioVerb ? checkStated(comparison, third, ratioVerb, true) : null);
        if (check) {
          checks.push(check);
          continue;
        }
      }
    }
    // rate, earlier rate, points
    if (isRate(first) && isRate(second) && isPoints(third) && EARLIER_RATE_BETWEEN.test(gapOne())) {
      const verb = bareVerb(gapTwo(), twoStart);
      if (verb) checks.push(checkPoints(first, second, third, verb, ['from', 'current']));
    }
  }
  return checks;
}

/** Up to ten characters before a figure, within its sentence: where 从/由 would open a from-to change. */
function textBefore(outline: ReportOutline, text: string, metric: Metric): string {
  const sentenceStart = outline.sentences[metric.sentence]!.range.start.offset;
  return text.slice(Math.max(sentenceStart, metric.range.start.offset - 10), metric.range.start.offset);
}

/**
 * The outline's record of every change stated two ways, with its verdict (parseReport's last step):
 * growth-mismatch reports the mismatches and the ledger shows them all. `rangeAt` turns offsets into
 * the outline's ranges.
 */
export function changeRelations(outline: ReportOutline, text: string, rangeAt: (start: number, end: number) => Range): ChangeRelation[] {
  return recomputeChanges(outline, text).map((check, id) => {
    const first = Math.min(...check.figures.map((f) => f.metric.range.start.offset), check.stated.range.start.offset);
    const relation: ChangeRelation = {
      id,
      kind: check.kind,
      stated: check.stated.id,
      statedValue: check.statedValue,
      verb: check.verb,
      written: rangeAt(check.writtenStart, check.stated.range.end.offset),
      figures: check.figures.map((f) => ({ metric: f.metric.id, role: f.role })),
      arithmetic: check.arithmetic,
      computed: check.computed,
      computedText: check.computedText,
      low: check.low,
      high: check.high,
      edge: check.edge,
      verdict: check.holds ? 'holds' : 'mismatch',
      range: rangeAt(first, check.stated.range.end.offset),
      sentence: check.stated.sentence,
      paragraph: check.stated.paragraph,
    };
    if (check.slip) relation.slip = check.slip;
    return relation;
  });
}
