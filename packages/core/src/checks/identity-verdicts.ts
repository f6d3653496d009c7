/**
 * The verdict on figures tied by definition (parse/identities.ts), judged in one
 * place: identity-mismatch reads it.
 *
 * Every figure is an interval (rounding to its last digit; 约 widens it at the
 * default tolerance, 余 opens it), so the terms' signed sum is an interval too;
 * the stated figure holds when its own interval meets it. Only a stated figure
 * no rounding of the terms explains is a mismatch (GB/T 8170-2008, compared at
 * the precision shown).
 */
import type { IdentityRelation, IdentityVerdict, ReportOutline } from '../model/outline.js';
import { boundsOf, formatLike, formatNumber, inUnitOf, unitLabel } from '../parse/metric-bounds.js';
import { DEFAULT_ABOUT_TOLERANCE } from './verdicts.js';

/** Judges one identity. */
export function judgeIdentity(outline: ReportOutline, relation: IdentityRelation, aboutTolerance = DEFAULT_ABOUT_TOLERANCE): IdentityVerdict {
  const stated = boundsOf(outline.metrics[relation.stated]!, aboutTolerance);
  const terms = relation.terms.map((t) => ({ sign: t.sign, bounds: boundsOf(outline.metrics[t.metric]!, aboutTolerance) }));
  if (!stated || terms.some((t) => !t.bounds)) return { verdict: 'uncertain', reason: 'placeholder' };
  let low = 0;
  let high = 0;
  let computed = 0;
  for (const { sign, bounds } of terms) {
    computed += sign * bounds!.value;
    low += sign > 0 ? bounds!.low : -bounds!.high;
    high += sign > 0 ? bounds!.high : -bounds!.low;
  }
  const figures: Omit<IdentityVerdict, 'verdict' | 'reason'> = { computed };
  // JSON holds no Infinity: an open end is left out.
  if (Number.isFinite(low)) figures.low = low;
  if (Number.isFinite(high)) figures.high = high;
  // Float sums of decimals are off in the last bits; never report those.
  const epsilon = Math.max(Math.abs(stated.value), Math.abs(computed)) * 1e-9 + 1e-9;
  const holds = stated.high >= low - epsilon && stated.low <= high + epsilon;
  return holds ? { verdict: 'holds', reason: 'within-rounding', ...figures } : { verdict: 'mismatch', reason: 'outside-rounding', ...figures };
}

/** Records the verdicts in the outline at the default tolerance (parseReport's last step). */
export function judgeIdentities(outline: ReportOutline): void {
  for (const relation of outline.identities) relation.verdict = judgeIdentity(outline, relation);
}

/**
 * The terms' signed sum in the stated figure's written unit, on the digits
 * written (出口 320.5亿元 − 进口 199.8亿元 → 120.7, shown 120.7亿元; a negative
 * one with −): what identity-mismatch's message and the ledger compare with the
 * stated figure. Null while a term is a placeholder.
 */
export function identityResult(outline: ReportOutline, relation: IdentityRelation): { value: number; text: string } | null {
  const stated = outline.metrics[relation.stated]!;
  let sum = 0;
  for (const term of relation.terms) {
    const value = inUnitOf(outline.metrics[term.metric]!, stated);
    if (value === null) return null;
    sum += term.sign * value;
  }
  const value = Number(formatNumber(sum));
  return { value, text: formatLike(value, stated).replace(/^-/, '−') + unitLabel(stated) };
}
