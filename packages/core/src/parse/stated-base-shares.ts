/**
 * Percentages whose base the text writes out right before them:
 *
 *   完成一般公共预算收入2.36亿元，占年度目标任务4.5亿元的52.4%
 *   新增城镇就业1280人，完成年度任务2000人的64%
 *   社会保险基金预算收入1,356,722万元，为年初预算1,354,921万元的100.1%
 *
 * The base is the figure standing right before 的 and the percent; the clause
 * that holds it opens with a verb that compares the figure before it with that
 * base (占, 为, 完成, 是, 相当于, 达到); and the figure compared is the nearest
 * one before the verb in the base's unit, in the same sentence, with no clause
 * of another item (；, 其中) between. Shares of a plan may pass 100%
 * (为年初预算…的100.1%): the percent is part ÷ base whatever its size.
 *
 * A second kind names no base at all but is the share of a part in the total it
 * was just listed under (其中税收收入1.98亿元，占比83.9%): the part belongs to a
 * relation with one total in its unit, and 占比/比重 (or a bare 占: 财政拨款收入2480.12万元，占95.0%)
 * follows it in its own clause.
 *
 * Both are recorded as shares (outline.shares) and judged with every other
 * share (checks/share-verdicts.ts).
 */
import type { Metric, ReportOutline, ShareRelation } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { isCountable } from './relations.js';
import { clauseBeforeFigure, clauseStart } from './subjects.js';

/** Verbs that compare the figure before them with a base written after them. */
const COMPARING_VERBS = ['相当于', '达到', '完成', '占', '为', '是'];
/** How far into its clause the verb may stand (已完成, 累计完成). */
const MAX_VERB_LEAD = 2;
/** The base's name between the verb and its figure is short: 年度目标任务, 年初预算. */
const MAX_BASE_NAME = 16;
/** Words that end one item and open another: the figure before them is not what the verb compares. */
const ITEM_BREAKS = ['；', ';', '其中', '。'];
/** Names of a share whose whole is left to the list it stands in. */
const UNNAMED_SHARE = ['占比', '所占比重', '所占比例', '比重', '占比重', '占'];
/** Words between the share's name and the share. */
const SHARE_NAME_TAIL = ['达到', '为', '达', '是'];

/** Every share with a stated base or with its list's total, appended to the outline's shares (unjudged). */
export function findStatedBaseShares(ctx: ParseContext): void {
  const { outline } = ctx;
  const recorded = new Set(outline.shares.map((s) => s.share));
  for (const share of outline.metrics) {
    if (!share.percent || share.role === 'change' || recorded.has(share.id) || share.id < 2) continue;
    const pair = statedBase(ctx, share) ?? listTotal(ctx, share);
    if (!pair) continue;
    const relation: ShareRelation = {
      id: outline.shares.length,
      share: share.id,
      part: pair.part.id,
      whole: pair.whole.id,
      partName: pair.partName,
      wholeName: pair.wholeName,
      range: rangeOf(ctx, Math.min(pair.part.range.start.offset, pair.whole.range.start.offset), share.range.end.offset),
      sentence: share.sentence,
      paragraph: share.paragraph,
      verdict: null,
    };
    if (pair.verb) relation.verb = pair.verb;
    outline.shares.push(relation);
    recorded.add(share.id);
  }
}

interface Pair {
  part: Metric;
  whole: Metric;
  partName: string;
  wholeName: string;
  verb?: string;
}

/** 2.36亿元，占年度目标任务4.5亿元的52.4%: the base right before 的, the part before the verb. */
function statedBase(ctx: ParseContext, share: Metric): Pair | null {
  const { outline, text } = ctx;
  const whole = outline.metrics[share.id - 1]!;
  if (!isStatedBase(outline, text, whole)) return null;
  if (!isLevel(whole) || whole.sentence !== share.sentence) return null;
  // The base's clause: verb + name + figure (占年度目标任务4.5亿元).
  const sentenceStart = outline.sentences[share.sentence]!.range.start.offset;
  const clauseAt = clauseStart(text, whole.range.start.offset, sentenceStart);
  const lead = text.slice(clauseAt, whole.range.start.offset);
  // The verb opens the clause, after at most a word like 已 or 累计 (已完成年度任务…).
  const verb = COMPARING_VERBS.find((word) => {
    const at = lead.indexOf(word);
    return at >= 0 && at <= MAX_VERB_LEAD;
  });
  if (!verb) return null;
  const verbAt = clauseAt + lead.indexOf(verb);
  const baseName = text.slice(verbAt + verb.length, whole.range.start.offset);
  if (baseName.length > MAX_BASE_NAME) return null;
  // The part: the nearest level before the verb, in the base's unit and sentence.
  for (let id = whole.id - 1; id >= 0; id--) {
    const candidate = outline.metrics[id]!;
    if (candidate.sentence !== share.sentence) return null;
    if (candidate.range.end.offset > verbAt || !isLevel(candidate)) continue;
    // 支出508,075万元，为年初预算631,600万元的80.4%，为调整预算502,100万元的101.2%: an earlier base
    // compares the same part; the part stands before it.
    if (isStatedBase(outline, text, candidate)) continue;
    if (candidate.dimension !== whole.dimension) return null;
    const between = text.slice(candidate.range.end.offset, verbAt);
    if (ITEM_BREAKS.some((word) => between.includes(word))) return null;
    return { part: candidate, whole, partName: clauseBeforeFigure(outline, text, candidate).text.trim(), wholeName: baseName, verb };
  }
  return null;
}

/** Whether `figure` is itself the base of a percent right after it (年初预算631,600万元的80.4%). */
function isStatedBase(outline: ReportOutline, text: string, figure: Metric): boolean {
  const next = outline.metrics[figure.id + 1];
  return next !== undefined && next.percent && text.slice(figure.range.end.offset, next.range.start.offset) === '的';
}

/** 其中税收收入1.98亿元，占比83.9%: the share of a listed part in the list's one total of that unit. */
function listTotal(ctx: ParseContext, share: Metric): Pair | null {
  const { outline, text } = ctx;
  const sentenceStart = outline.sentences[share.sentence]!.range.start.offset;
  const clauseAt = clauseStart(text, share.range.start.offset, sentenceStart);
  let name = text.slice(clauseAt, share.range.start.offset).trim();
  for (const tail of SHARE_NAME_TAIL) if (name.endsWith(tail)) name = name.slice(0, -tail.length);
  if (!UNNAMED_SHARE.includes(name)) return null;
  // The part: the nearest figure before the share's clause, a part of one relation, in its sentence.
  let part: Metric | undefined;
  for (let id = share.id - 1; id >= 0; id--) {
    const candidate = outline.metrics[id]!;
    if (candidate.sentence !== share.sentence) return null;
    if (candidate.role === 'change') continue;
    part = candidate;
    break;
  }
  if (!part || !isLevel(part) || part.role !== 'part') return null;
  // Only a change figure may stand between the part and the share (1.98亿元，增长2.9%，占比83.9%).
  const between = text.slice(part.range.end.offset, clauseAt);
  if (ITEM_BREAKS.some((word) => between.includes(word))) return null;
  const totals = relationTotalsOf(outline, part);
  if (totals.length !== 1) return null;
  const whole = totals[0]!;
  if (!isLevel(whole)) return null;
  return { part, whole, partName: clauseBeforeFigure(outline, text, part).text.trim(), wholeName: clauseBeforeFigure(outline, text, whole).text.trim() };
}

/** The totals, in the part's unit, of the relations that list `part`. */
function relationTotalsOf(outline: ReportOutline, part: Metric): Metric[] {
  const totals = new Set<number>();
  for (const relation of outline.relations) {
    if (!relation.parts.some((p) => p.metrics.includes(part.id))) continue;
    for (const id of relation.totals) if (outline.metrics[id]!.dimension === part.dimension) totals.add(id);
  }
  return [...totals].map((id) => outline.metrics[id]!);
}

/** A figure stated as a level with a value: neither a change nor a rate nor a gap. */
function isLevel(metric: Metric): boolean {
  return isCountable(metric) && metric.value !== null && !metric.upper && metric.approx === 'none';
}
