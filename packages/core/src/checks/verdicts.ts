/**
 * The verdict on a total and its parts, judged in one place: the parser records
 * what the text states (parse/relations.ts), this decides whether the figures
 * prove a slip, and total-mismatch, the hover and the ledger read the verdict.
 *
 * A relation is judged per dimension (处 and 平方米 separately). Every figure is
 * an interval: rounding to its last digit, and 约/左右 widen it (the tolerance);
 * only a difference no interval explains is a mismatch. The verdicts:
 *   holds           the parts make the total (a complete split) or stay within it
 *                   where the text claims no more;
 *   mismatch        the figures as written cannot all be right;
 *   uncertain       a figure is still a placeholder (*), so the sum is open;
 *   not-assessable  the text does not prove the list complete (a partial list that
 *                   stays below its total, parts that may overlap, a second
 *                   classification after a complete first one).
 */
import type { Metric, Relation, RelationVerdict, ReportOutline } from '../model/outline.js';
import { boundsOf, type Bounds } from '../parse/metric-bounds.js';

/** 约100万元 may stand for 90万 to 110万: the documented tolerance of approximate figures. */
export const DEFAULT_ABOUT_TOLERANCE = 0.1;

/** Judges every dimension of a relation. */
export function judgeRelation(outline: ReportOutline, relation: Relation, aboutTolerance = DEFAULT_ABOUT_TOLERANCE): RelationVerdict[] {
  return relation.totals.map((totalId, index) => {
    const dimension = relation.dimensions[index]!;
    const total = outline.metrics[totalId]!;
    const parts = relation.parts
      .map((p) => p.metrics.map((id) => outline.metrics[id]!).find((m) => m.dimension === dimension))
      .filter((m): m is Metric => m !== undefined);
    return { dimension, total: totalId, parts: parts.map((m) => m.id), ...judgeDimension(relation, total, parts, aboutTolerance) };
  });
}

/** Records the verdicts in the outline at the default tolerance (parseReport's last step). */
export function judgeRelations(outline: ReportOutline): void {
  for (const relation of outline.relations) relation.verdicts = judgeRelation(outline, relation);
}

type Judgement = Pick<RelationVerdict, 'verdict' | 'reason' | 'exceeding'>;

function judgeDimension(relation: Relation, total: Metric, parts: readonly Metric[], aboutTolerance: number): Judgement {
  if (relation.alternatives?.length) return { verdict: 'not-assessable', reason: 'ambiguous-total' };
  const totalBounds = boundsOf(total, aboutTolerance);
  if (!totalBounds || parts.length === 0) return { verdict: 'uncertain', reason: 'placeholder' };
  const known = parts.filter((m) => m.value !== null);
  const bounds = known.map((m) => boundsOf(m, aboutTolerance)!);
  const low = bounds.reduce((s, b) => s + b.low, 0);
  const high = bounds.reduce((s, b) => s + b.high, 0);
  const complete = known.length === parts.length;

  if (!complete) {
    if (relation.coverage !== 'overlapping' && known.length > 1 && exceeds(low, totalBounds)) return { verdict: 'mismatch', reason: 'known-exceed' };
  } else if (relation.coverage === 'exhaustive') {
    if (exceeds(low, totalBounds) || high < totalBounds.low - epsilon(totalBounds)) return { verdict: 'mismatch', reason: 'sum' };
  } else if (relation.coverage === 'subset' && known.length > 1 && exceeds(low, totalBounds) && !prefixMakesTotal(bounds, totalBounds)) {
    return { verdict: 'mismatch', reason: 'subset-exceeds' };
  }
  // Whatever the coverage, one part alone never exceeds its total.
  const exceeding = known.filter((_, k) => exceeds(bounds[k]!.low, totalBounds)).map((m) => m.id);
  if (exceeding.length > 0) return { verdict: 'mismatch', reason: 'part-exceeds', exceeding };
  if (!complete) return { verdict: 'uncertain', reason: 'placeholder' };
  if (relation.coverage === 'exhaustive') return { verdict: 'holds', reason: 'sum' };
  if (relation.coverage === 'overlapping') return { verdict: 'not-assessable', reason: 'overlapping' };
  if (known.length > 1 && exceeds(low, totalBounds)) return { verdict: 'not-assessable', reason: 'second-classification' };
  return { verdict: 'not-assessable', reason: 'partial-list' };
}

/**
 * 其中小学部1572人，初中部1042人，寄宿生836人 (of 2614): when the first
 * parts already make up the total, what follows cuts across them (a second
 * classification); only each part alone is then bounded.
 */
function prefixMakesTotal(bounds: readonly Bounds[], total: Bounds): boolean {
  let low = 0;
  let high = 0;
  for (let k = 0; k < bounds.length - 1; k++) {
    low += bounds[k]!.low;
    high += bounds[k]!.high;
    if (k >= 1 && low <= total.high + epsilon(total) && high >= total.low - epsilon(total)) return true;
  }
  return false;
}

/** Float sums of decimals are off in the last bits; never report those. */
function epsilon(bounds: Bounds): number {
  return Math.abs(bounds.value) * 1e-9 + 1e-9;
}

function exceeds(low: number, total: Bounds): boolean {
  return low > total.high + epsilon(total);
}
