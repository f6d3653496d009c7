/**
 * What a written figure allows the true value to be, in its dimension's base
 * unit: 3.5万人 is [34 500, 35 500] 人 (rounded to its last digit), 30余吨 is
 * at least 30 吨, 约 widens by a tolerance. Checks compare these intervals so
 * that rounding and approximation never make a false mismatch.
 */
import type { Metric } from '../model/outline.js';

export interface Bounds {
  low: number;
  high: number;
  /** The value itself in base units. */
  value: number;
}

/** How many base units one written unit of the figure is (3.5万平方米 → 1e4). */
export function scaleOf(metric: Metric): number {
  return metric.multiplier * (metric.unitFactor ?? 1);
}

/**
 * value × 10^power, computed on the decimal digits: the shortest string of a
 * double is the number as written (4.1), and moving its point (4.1e8) before
 * reading it back is exact where 4.1 * 1e8 gives 409999999.99999994.
 */
export function shiftPoint(value: number, power: number): number {
  if (power === 0 || !Number.isFinite(value)) return value;
  const shifted = shiftByDigits(value, power);
  if (shifted !== null) return shifted;
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + power}`);
}

/** 1, 10, … 1e22: every power of ten a double holds exactly, read from decimal literals rather than computed. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * shiftPoint without the string round trip, which is costly on long texts; null where it cannot
 * promise the same double. A figure as written (3.5, 668.10, 1200) has at most 15 significant
 * digits: then exactly one decimal with m fraction digits reads back as `value`, Math.round finds
 * its digits, and m is the fewest that do, as in the shortest string. Those digits and 10^k are
 * exact doubles, so × (result still safe) or ÷ (correctly rounded) gives the very double that
 * reading "<digits>e±k" back gives.
 */
function shiftByDigits(value: number, power: number): number | null {
  if (value === 0) return 0; // −0 reads back as "0": +0.
  const size = Math.abs(value);
  if (size > Number.MAX_SAFE_INTEGER || size < 1e-6 || Math.abs(power) >= POWERS_OF_TEN.length) return null;
  for (let m = 0; m < 16; m++) {
    const digits = Math.round(size * POWERS_OF_TEN[m]!);
    if (digits >= 1e15) return null;
    if (digits / POWERS_OF_TEN[m]! !== size) continue;
    const signed = value < 0 ? -digits : digits;
    const shift = power - m;
    if (shift < 0) return -shift < POWERS_OF_TEN.length ? signed / POWERS_OF_TEN[-shift]! : null;
    const product = signed * POWERS_OF_TEN[shift]!;
    return Math.abs(product) <= Number.MAX_SAFE_INTEGER ? product : null;
  }
  return null;
}

/** The power of ten a factor is (1e8 → 8), or null for another factor (a configured 亩 → 666.67). */
function powerOfTen(factor: number): number | null {
  if (!(factor > 0)) return null;
  const power = Math.round(Math.log10(factor));
  return 10 ** power === factor ? power : null;
}

/** value × factor, exact for the powers of ten that 万, 亿 and 公顷 are. */
function times(value: number, factor: number): number {
  const power = powerOfTen(factor);
  return power === null ? value * factor : shiftPoint(value, power);
}

/** The value in its written unit without the multiplier: 4.1亿元 → 410000000 (元); null for a placeholder. */
export function scaledValue(metric: Pick<Metric, 'value' | 'multiplier'>): number | null {
  return metric.value === null ? null : times(metric.value, metric.multiplier);
}

/** The value in the dimension's base unit: 1.3万公顷 → 130000000 (平方米). */
export function dimensionValue(metric: Pick<Metric, 'value' | 'multiplier' | 'unitFactor'>): number | null {
  const scaled = scaledValue(metric);
  return scaled === null ? null : times(scaled, metric.unitFactor ?? 1);
}

/** Half the last written digit's unit, by decimals then by scale: a handful of pairs, each asked for again and again. */
const halfUnits = new Map<number, Map<number, number>>();

/** Half a unit in the last written digit (3.5万 → 0.05 × 1e4 = 500), in base units; remembered, for only a few pairs occur. */
function halfUnit(decimals: number, scale: number): number {
  let byScale = halfUnits.get(decimals);
  if (!byScale) halfUnits.set(decimals, (byScale = new Map()));
  let half = byScale.get(scale);
  if (half === undefined) byScale.set(scale, (half = times(Number(`5e${-decimals - 1}`), scale)));
  return half;
}

export function boundsOf(metric: Metric, aboutTolerance = 0.1): Bounds | null {
  const value = dimensionValue(metric);
  if (value === null) return null;
  const scale = scaleOf(metric);
  // A whole count written in full (50处, 12,340人) is exact; 3.5万 or 668.10 is rounded to its last digit.
  const half = metric.decimals === 0 && scale === 1 ? 0 : halfUnit(metric.decimals, scale);
  switch (metric.approx) {
    case 'lower':
      return { value, low: value - half, high: Infinity };
    case 'upper':
      return { value, low: -Infinity, high: value + half };
    case 'about':
      return { value, low: value * (1 - aboutTolerance) - half, high: value * (1 + aboutTolerance) + half };
    default:
      return { value, low: value - half, high: value + half };
  }
}

/** A number for messages: no float noise (0.30000000000000004 → 0.3), at most 6 decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toFixed(6)));
}

/**
 * A computed number for messages, in the style of a figure as written: grouped in thousands
 * (1,718,178) when that figure groups its digits, and to `decimals` places when given, so a
 * writer compares like with like.
 */
export function formatLike(value: number, written: Pick<Metric, 'valueText'>, decimals?: number): string {
  // 3.15 + 48.95 = 52.10: a sum of figures written to two places is shown to two places.
  const text = decimals === undefined ? formatNumber(value) : value.toFixed(decimals);
  if (!written.valueText.includes(',')) return text;
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  return sign + groupThousands(whole.slice(sign.length)) + (fraction === undefined ? '' : `.${fraction}`);
}

/** 1718178 → 1,718,178 (a slice per group: a look-ahead pattern would be quadratic on long digit runs). */
function groupThousands(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(',');
}

/** The unit as written after the number, without approximation marks: 万平方米, 亿元, 户. */
export function unitLabel(metric: Pick<Metric, 'text' | 'valueText' | 'upper'>): string {
  let label = metric.text.slice(metric.valueText.length);
  if (metric.upper) label = metric.text.slice(metric.text.lastIndexOf(metric.upper.valueText) + metric.upper.valueText.length);
  while (label.startsWith('余') || label.startsWith('多')) label = label.slice(1);
  return label;
}

/** A metric's value expressed in another metric's written unit (12,340人 in 万人 → 1.234). */
export function inUnitOf(metric: Metric, reference: Metric): number | null {
  const value = dimensionValue(metric);
  if (value === null) return null;
  const scale = scaleOf(reference);
  const power = powerOfTen(scale);
  return power === null ? value / scale : shiftPoint(value, -power);
}
