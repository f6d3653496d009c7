/**
 * The verdict on a share stated with its part and whole (parse/shares.ts),
 * judged in one place: share-mismatch reads it.
 *
 * The part and whole are intervals (rounding to their last digit; 约 widens them
 * at the default tolerance), so part ÷ whole is an interval too; the stated
 * share is rounded to its own last digit. Only a share no rounding of the three
 * figures explains is a mismatch (GB/T 8170-2008, compared at the precision shown); a share
 * that part ÷ whole cut off at its last digit explains (69.96% written 69.9%) is uncertain.
 */
import type { ReportOutline, ShareRelation, ShareVerdict } from '../model/outline.js';
import { boundsOf } from '../parse/metric-bounds.js';
import { DEFAULT_ABOUT_TOLERANCE } from './verdicts.js';

/** Float division is off in the last bits; never report those. */
const EPSILON = 1e-9;

/** Judges one share against its part and whole. */
export function judgeShare(outline: ReportOutline, relation: ShareRelation, aboutTolerance = DEFAULT_ABOUT_TOLERANCE): ShareVerdict {
  const share = outline.metrics[relation.share]!;
  const part = boundsOf(outline.metrics[relation.part]!, aboutTolerance)!;
  const whole = boundsOf(outline.metrics[relation.whole]!, aboutTolerance)!;
  if (whole.low <= 0) return { verdict: 'not-assessable', reason: 'zero-whole' };
  // A percent is part ÷ whole × 100; a ratio (城乡居民收入比 2.00) is the quotient itself.
  const scale = relation.ratio ? 1 : 100;
  const low = (part.low / whole.high) * scale;
  const high = (part.high / whole.low) * scale;
  // 100余户 has no upper end: JSON holds no Infinity, so an open end is left out.
  const figures: Omit<ShareVerdict, 'verdict' | 'reason'> = { computed: (part.value / whole.value) * scale, part: part.value, whole: whole.value };
  if (Number.isFinite(low)) figures.low = low;
  if (Number.isFinite(high)) figures.high = high;
  if (share.value === null) return { verdict: 'uncertain', reason: 'placeholder', ...figures };
  if (share.upper || share.approx !== 'none') return { verdict: 'not-assessable', reason: 'approximate', ...figures };
  const unit = 10 ** -share.decimals;
  const half = unit / 2;
  if (share.value + half >= low - EPSILON && share.value - half <= high + EPSILON) return { verdict: 'holds', reason: 'within-rounding', ...figures };
  // 92.78 ÷ 132.62 = 69.96% written 69.9%: cut off at its last digit rather than rounded, as some
  // offices write shares. Not what GB/T 8170 asks, but not a slip the figures prove either.
  if (share.value <= high + EPSILON && share.value + unit >= low - EPSILON) return { verdict: 'uncertain', reason: 'truncated', ...figures };
  return { verdict: 'mismatch', reason: 'outside-rounding', ...figures };
}

/** Records the verdicts in the outline at the default tolerance (parseReport's last step). */
export function judgeShares(outline: ReportOutline): void {
  for (const relation of outline.shares) relation.verdict = judgeShare(outline, relation);
}
