/**
 * A list whose every part states its share of the list's total, the shares adding up to 100%:
 *
 *   全市32个国控、省控地表水考核断面…。其中，Ⅰ类水质断面2个，占6.2%；Ⅱ类水质断面24个，占75.0%；
 *   Ⅲ类水质断面6个，占18.8%。
 *
 * 6.2 + 75.0 + 18.8 = 100.0: the text's own arithmetic says the three are the whole, so the list
 * is recorded as exhaustive and its sum is judged like any complete split's. The shares must be
 * stated (not approximate, not a placeholder), each of the relation's own total, and add up to 100
 * within their rounding (half a unit of each one's last digit). Runs after the shares are read,
 * before any verdict.
 */
import type { Relation, ReportOutline, ShareRelation } from '../model/outline.js';
import { isShareOfWhole } from '../model/queries.js';

/** Float sums of decimals are off in the last bits. */
const EPSILON = 1e-9;

export function completeListsByShares(outline: ReportOutline): void {
  const sharesOfPart = new Map<number, ShareRelation[]>();
  for (const share of outline.shares) {
    if (!isShareOfWhole(share)) continue;
    const list = sharesOfPart.get(share.part);
    if (list) list.push(share);
    else sharesOfPart.set(share.part, [share]);
  }
  if (sharesOfPart.size === 0) return;
  for (const relation of outline.relations) {
    if (relation.coverage === 'subset' && sharesAddUpToWhole(outline, relation, sharesOfPart)) relation.coverage = 'exhaustive';
  }
}

function sharesAddUpToWhole(outline: ReportOutline, relation: Relation, sharesOfPart: ReadonlyMap<number, ShareRelation[]>): boolean {
  if (relation.totals.length !== 1 || relation.parts.length < 2) return false;
  const total = relation.totals[0]!;
  let sum = 0;
  let slack = EPSILON;
  for (const part of relation.parts) {
    const share = part.metrics.map((id) => sharesOfPart.get(id)?.find((s) => s.whole === total)).find((s) => s !== undefined);
    const figure = share ? outline.metrics[share.share]! : null;
    if (!figure || figure.value === null || figure.approx !== 'none' || figure.upper) return false;
    sum += figure.value;
    slack += 0.5 * 10 ** -figure.decimals;
  }
  return Math.abs(sum - 100) <= slack;
}
