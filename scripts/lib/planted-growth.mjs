// Planted growth-rate changes on real bulletins: find the rates a document states
// together with the level and the amount of change they come from, by arithmetic
// alone, move the rate by a clear amount, lint, and see whether growth-mismatch
// lands on that line. The measure the held-out test applies to a slipped rate
// (城镇居民人均可支配收入42180元，比上年增加1560元，增长4.9% with 4.9 mistyped).
//
// The oracle is independent of @huibao/core: it reads figures with the small
// scanner of planted-parts.mjs and trusts only arithmetic. A rate is r% written
// right after a verb (增长, 下降, 提高…) with
//   - an amount: the last figure with a unit before the rate in its sentence, whose
//     clause holds a verb of change (增加, 减少, 增收, 减收, 多, 少…);
//   - a level: the last figure before the amount in the same sentence, in its
//     unit, that is no change itself;
// and r = amount ÷ (level − amount) for an increase, amount ÷ (level + amount) for
// a decrease, within what the three figures' rounding allows, the rate's verb
// going the amount's way. Or, in the 政府工作报告 way, a move from one figure to
// another (由5160亿元增加到7703亿元，增长49.3%): the two figures, in one unit, are the
// last two of the sentence before the rate, joined by a verb and 到, the first after
// 由 or 从 in its clause, and r = (to − from) ÷ from. The same move between two
// percentages followed by a count of points (由65%提高到91%，提高26个百分点) is a
// rate's cousin: points = to − from, moved the same way. Anything else (a rate of a comparable-price basis, a
// rate of another figure) does not fit and is left out: a coincidence cannot be
// told from a rate. Table rows (lines with `|`) are left to table checks.
import { replaceInLine, scanFigures } from './planted-parts.mjs';

const RATE = /(增长|增加|提高|上升|上涨|增收|下降|减少|降低|下滑|回落|减收)(\d+(?:\.\d+)?)[%％]/gu;
const DECREASE_VERBS = new Set(['下降', '减少', '降低', '下滑', '回落', '减收']);
const AMOUNT_INCREASE = /增加|增收|净增|多/u;
const AMOUNT_DECREASE = /减少|减收|净减|少/u;
const SENTENCE_END = /[。！？；]/u;
/** The words between the two figures of a move: 增加到, 提高到 (年份 and 的 may stand before the second). */
const MOVE_VERB = /^[^，。；\d]{0,3}(?:增加|增长|提高|上升|扩大|减少|下降|降低|缩小)到(?:\d{4}年)?[^，。；\d]{0,4}$/u;
const MOVE_START = /[由从]/u;
const POINTS = /(提高|上升|增加|下降|降低|减少|回落)(\d+(?:\.\d+)?)个百分点/gu;
const PERCENT_FIGURE = /(\d+(?:\.\d+)?)[%％]/gu;

/** Where the sentence holding `at` starts in `line`. */
function sentenceStartOf(line, at) {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(line[start - 1])) start--;
  return start;
}

/** The sign the amount's clause gives it: 1 for 增加…, −1 for 减少…, 0 for neither or both. */
function amountSign(clause) {
  const up = AMOUNT_INCREASE.test(clause);
  const down = AMOUNT_DECREASE.test(clause);
  return up === down ? 0 : up ? 1 : -1;
}

/**
 * The growth rates of a document its own figures prove, by arithmetic alone:
 * [{ line (1-based), rate: { text, digits, start, end, value, decimals }, level, amount }],
 * level and amount as scanFigures gives them.
 */
export function findGrowthRates(text) {
  const rates = [];
  text.split(/\r\n|\r|\n/u).forEach((line, index) => {
    if (line.includes('|')) return;
    const figures = scanFigures(line);
    for (const m of line.matchAll(RATE)) {
      const verb = m[1];
      const digits = m[2];
      const start = m.index + verb.length;
      const sentenceStart = sentenceStartOf(line, start);
      const before = figures.filter((f) => f.end <= start && f.start >= sentenceStart);
      const decimals = (digits.split('.')[1] ?? '').length;
      const value = Number(digits);
      const move = moveBefore(line, before);
      if (move) {
        const [from, to] = move;
        if ((to.value < from.value) !== DECREASE_VERBS.has(verb)) continue;
        if (!fitsMove(from, to, value, 0.5 / 10 ** decimals)) continue;
        rates.push({ line: index + 1, kind: 'rate', rate: { text: m[0].slice(verb.length), digits, start, end: start + digits.length, value, decimals }, level: to, amount: from });
        continue;
      }
      const amount = before.at(-1);
      if (!amount || !amount.change) continue;
      const sign = amountSign(amount.clause);
      if (sign === 0 || (sign < 0) !== DECREASE_VERBS.has(verb)) continue;
      const level = figures.filter((f) => f.end <= amount.start && f.start >= sentenceStart && f.unit === amount.unit).at(-1);
      if (!level || level.change || level.value <= amount.value) continue;
      if (!fits(level, amount, sign, value, 0.5 / 10 ** decimals)) continue;
      rates.push({ line: index + 1, kind: 'rate', rate: { text: m[0].slice(verb.length), digits, start, end: start + digits.length, value, decimals }, level, amount });
    }
    for (const m of line.matchAll(POINTS)) {
      const verb = m[1];
      const digits = m[2];
      const start = m.index + verb.length;
      const sentenceStart = sentenceStartOf(line, start);
      const percents = [...line.slice(sentenceStart, m.index).matchAll(PERCENT_FIGURE)].map((p) => percentFigure(p, sentenceStart));
      const move = moveBefore(line, percents);
      if (!move) continue;
      const [from, to] = move;
      if ((to.value < from.value) !== DECREASE_VERBS.has(verb)) continue;
      const decimals = (digits.split('.')[1] ?? '').length;
      const value = Number(digits);
      const slack = from.half + to.half + 0.5 / 10 ** decimals + 1e-9;
      if (Math.abs(Math.abs(to.value - from.value) - value) > slack) continue;
      rates.push({ line: index + 1, kind: 'points', rate: { text: m[0].slice(verb.length), digits, start, end: start + digits.length, value, decimals }, level: to, amount: from });
    }
  });
  return rates;
}

/** A percentage as the figures of scanFigures are: its value, rounding and place in the line. */
function percentFigure(match, offset) {
  const digits = match[1];
  const decimals = (digits.split('.')[1] ?? '').length;
  const start = offset + match.index;
  return { text: match[0], digits, start, end: start + match[0].length, value: Number(digits), half: 0.5 / 10 ** decimals, decimals, unit: '%' };
}

/** The last two figures before a rate when they are a move (由A增加到B), as [from, to]; else null. */
function moveBefore(line, figures) {
  if (figures.length < 2) return null;
  const [from, to] = figures.slice(-2);
  if (from.unit !== to.unit || !MOVE_VERB.test(line.slice(from.end, to.start))) return null;
  const clauseBefore = line.slice(0, from.start).split(/[，。；：]/u).at(-1);
  return MOVE_START.test(clauseBefore) ? [from, to] : null;
}

/** (to − from) ÷ from × 100 rounds to `value`, both figures' rounding allowed. */
function fitsMove(from, to, value, half) {
  const rates = [];
  for (const f of [from.value - from.half, from.value + from.half]) for (const t of [to.value - to.half, to.value + to.half]) if (f > 0) rates.push((Math.abs(t - f) / f) * 100);
  if (rates.length < 4) return false;
  return value >= Math.min(...rates) - half - 1e-9 && value <= Math.max(...rates) + half + 1e-9;
}

/** amount ÷ prior × 100 rounds to `value`, the level's and amount's rounding allowed (checked at the interval's corners). */
function fits(level, amount, sign, value, half) {
  const rates = [];
  for (const l of [level.value - level.half, level.value + level.half]) {
    for (const a of [amount.value - amount.half, amount.value + amount.half]) {
      const prior = sign > 0 ? l - a : l + a;
      if (prior > 0) rates.push((a / prior) * 100);
    }
  }
  if (rates.length < 4) return false;
  return value >= Math.min(...rates) - half - 1e-9 && value <= Math.max(...rates) + half + 1e-9;
}

/**
 * The rate written a clear amount up or down: by 15% of itself and at least one
 * percentage point and three units of its last digit, in its own precision; null
 * when that leaves nothing.
 */
export function plantedRate(rate, direction) {
  const step = 1 / 10 ** rate.decimals;
  const delta = Math.max(rate.value * 0.15, 1, 3 * step);
  const value = rate.value + (direction === 'up' ? delta : -delta);
  if (value <= 0) return null;
  return value.toFixed(rate.decimals);
}

/** The text with one rate changed (see plantedRate), or null. */
export function plantRateChange(text, found, direction) {
  const digits = plantedRate(found.rate, direction);
  if (digits === null) return null;
  return replaceInLine(text, found.line, found.rate.start, found.rate.end, digits);
}
