/**
 * Named rates stated with both their terms, clause after clause:
 *
 *   受理投诉1268件，办结1186件，办结率95.3%
 *   发现问题138个，已整改131个，整改率94.9%
 *   抽查产品1465批次，合格1410批次，抽样合格率96.3%
 *
 * The rate's name says what it counts (办结率: the share 办结), and the clause
 * right before it states that count with its object left out (办结1186件: of
 * the 受理 just stated). Leaving the object out is what ties the count to the
 * figure before it; so the rate is recorded as a share of that figure only when
 *  - the count's clause is the rate's stem and nothing more than two characters
 *    beside (已整改, 测试合格): 参保人数120万人，参保率95% names its own noun and
 *    is a share of a population the text does not state (应参保人数);
 *  - the three stand in consecutive clauses of one sentence, the two counts in
 *    one unit, with nothing between them but the clause break.
 * Recorded as a share (outline.shares, with its `rate` name) and judged with
 * every other share (checks/share-verdicts.ts).
 */
import type { Metric, ReportOutline, ShareRelation } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { isCountable } from './relations.js';
import { clauseBeforeFigure } from './subjects.js';

/** Words after a rate's name and before its figure: 整改率为94.9%, 合格率达96.7%. */
const NAME_TAIL = ['达到', '为', '达', '是'];
/** Words before a count that are not its name: 已整改131个, 共办结…. */
const COUNT_HEAD = ['已经', '已', '共', '累计', '全部', '均'];
/** What a count's clause may hold besides the rate's stem: 测试合格 for 合格率. */
const MAX_EXTRA = 2;
/** The only thing between two of the clauses. */
const CLAUSE_BREAK = '，';

export function findNamedRates(ctx: ParseContext): void {
  const { outline, text } = ctx;
  for (const rate of outline.metrics) {
    if (!rate.percent || rate.value === null || rate.upper || rate.role === 'change' || rate.id < 2) continue;
    const rateClause = clauseBeforeFigure(outline, text, rate);
    const name = withoutTail(rateClause.text);
    if (!name.endsWith('率') || name.length < 3) continue;
    const count = outline.metrics[rate.id - 1]!;
    const base = outline.metrics[rate.id - 2]!;
    if (!sameSentenceCounts(rate, count, base)) continue;
    if (text.slice(count.range.end.offset, rateClause.start) !== CLAUSE_BREAK) continue;
    const countClause = clauseBeforeFigure(outline, text, count);
    if (text.slice(base.range.end.offset, countClause.start) !== CLAUSE_BREAK) continue;
    const countName = withoutHead(countClause.text);
    if (!countsStem(countName, name.slice(0, -1))) continue;
    const baseName = clauseBeforeFigure(outline, text, base).text;
    recordNamedShare(ctx, { share: rate, part: count, whole: base, partName: countName, wholeName: withoutHead(baseName), rate: name });
  }
}

/** Two counts before the rate, in its sentence and in one unit, the part no larger than the whole can be. */
function sameSentenceCounts(rate: Metric, count: Metric, base: Metric): boolean {
  if (count.sentence !== rate.sentence || base.sentence !== rate.sentence) return false;
  if (!isCountable(count) || !isCountable(base) || count.value === null || base.value === null) return false;
  return count.dimension === base.dimension && count.unit === base.unit;
}

/** The count's clause is the stem's end, with at most MAX_EXTRA characters before it: 办结, 测试合格, 合格 for 抽样合格率. */
function countsStem(countName: string, stem: string): boolean {
  for (let length = stem.length; length >= 2; length--) {
    const suffix = stem.slice(-length);
    if (countName.endsWith(suffix)) return countName.length - suffix.length <= MAX_EXTRA;
  }
  return false;
}


function withoutTail(name: string): string {
  const trimmed = name.trim();
  const tail = NAME_TAIL.find((word) => trimmed.endsWith(word));
  return tail ? trimmed.slice(0, -tail.length) : trimmed;
}

function withoutHead(name: string): string {
  const trimmed = name.trim();
  const head = COUNT_HEAD.find((word) => trimmed.startsWith(word) && trimmed.length > word.length);
  return head ? trimmed.slice(head.length) : trimmed;
}

/** The figures of a share the text names (办结率, 城镇化率, 城乡居民收入比) and what it calls them. */
export interface NamedShare {
  share: Metric;
  part: Metric;
  whole: Metric;
  partName: string;
  wholeName: string;
  rate: string;
  /** A plain quotient (城乡居民收入比 2.00), not a percent. */
  ratio?: true;
}

/** Records a named share, unjudged, spanning its figures; checks/share-verdicts.ts judges it. */
export function recordNamedShare(ctx: ParseContext, named: NamedShare): void {
  const { share, part, whole, ratio, ...names } = named;
  const relation: ShareRelation = {
    id: ctx.outline.shares.length,
    share: share.id,
    part: part.id,
    whole: whole.id,
    ...names,
    ...(ratio ? { ratio } : {}),
    range: rangeOf(ctx, Math.min(part.range.start.offset, whole.range.start.offset), share.range.end.offset),
    sentence: share.sentence,
    paragraph: share.paragraph,
    verdict: null,
  };
  ctx.outline.shares.push(relation);
}
