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

export function boundsOf(metric: Metric, aboutTolerance = 0.1): Bounds | null {
  if (metric.value === null) return null;
  const scale = scaleOf(metric);
  const value = metric.value * scale;
  // A whole count written in full (50处, 12,340人) is exact; 3.5万 or 668.10 is rounded to its last digit.
  const half = metric.decimals === 0 && scale === 1 ? 0 : 0.5 * 10 ** -metric.decimals * scale;
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

/** The unit as written after the number, without approximation marks: 万平方米, 亿元, 户. */
export function unitLabel(metric: Metric): string {
  let label = metric.text.slice(metric.valueText.length);
  if (metric.upper) label = metric.text.slice(metric.text.lastIndexOf(metric.upper.valueText) + metric.upper.valueText.length);
  while (label.startsWith('余') || label.startsWith('多')) label = label.slice(1);
  return label;
}

/** A metric's value expressed in another metric's written unit (12,340人 in 万人 → 1.234). */
export function inUnitOf(metric: Metric, reference: Metric): number | null {
  if (metric.value === null) return null;
  return (metric.value * scaleOf(metric)) / scaleOf(reference);
}
