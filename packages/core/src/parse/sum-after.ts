/**
 * Sums a budget report states with their terms before the total:
 *
 *   一般公共预算收入192.68亿元，比上年增长0.31%；加上上级补助等转移性收入561.86亿元，收入合计754.54亿元。
 *   一般公共预算支出602.56亿元，加上上解上级等转移性支出74.77亿元、结转下年77.21亿元，支出合计754.54亿元。
 *
 * The text names every term and says they make the total: the figure before 加上,
 * the figures after it, then 合计/总计 and the total, all in one sentence and one unit.
 * A sentence may open with 加上; its first term then stands in an earlier sentence of the
 * paragraph (全州社会保险基金预算收入1,356,722万元，为年初预算1,354,921万元的100.1%，较上年
 * 决算数增长2.7%。加上上级补助收入361,456万元，收入总计1,718,178万元): the nearest one that
 * does not break that level down (其中：…。主要收入项目是：…。 are passed over), and only
 * where it states one level in the total's unit and no other. A 主要收入项目是：保险费
 * 收入…，财政补贴收入…。 with nothing before it in its paragraph gives no first term.
 * Recorded as a relation of form `sum-after` whose parts are exhaustive; whether the
 * figures hold is judged with every other relation (checks/verdicts.ts).
 */
import type { Metric, Relation, RelationPart, Sentence } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { metricsBy } from '../model/queries.js';
import { rangeOf } from './context.js';
import { isCountable, isThreshold, nameBefore, statesLevel } from './relations.js';
import { bracketDepth } from './relation-cues.js';
import { codeSet } from '../text/char-codes.js';
import { PAREN_CLOSES, PAREN_OPENS } from '../text/lexicon.js';

/** The word that adds the terms after the first one. */
const ADD = '加上';
/**
 * The words that give their sum; 收入合计, 支出总计, 收入总量 and 资金总计 name the total before the word.
 * 滚存结余 is one by definition: 当年结余…，加上上年结余…，年末滚存结余… (this year's balance and
 * the balance carried from earlier years).
 */
const SUM_WORDS = ['合计', '总计', '总量', '滚存结余'];
/** A total stands this close after its sum word (合计为, 总计达到…). */
const MAX_SUM_GAP = 4;

/** Every sum-after relation of the report, appended to the outline's relations. */
export function findSumsAfter(ctx: ParseContext): void {
  const bySentence = metricsBy(ctx.outline.metrics, 'sentence');
  for (const sentence of ctx.outline.sentences) {
    const metrics = bySentence.get(sentence.id);
    if (!metrics || metrics.length < 2) continue;
    let relation: Relation | null;
    if (sentence.text.includes(ADD)) {
      const earlier = earlierInParagraph(ctx.outline.sentences, sentence).map((s) => ({ sentence: s, metrics: bySentence.get(s.id) ?? [] }));
      relation = sumAfter(ctx, sentence, metrics, earlier);
    } else {
      relation = listSum(ctx, sentence, metrics);
    }
    if (!relation) continue;
    relation.id = ctx.outline.relations.length;
    ctx.outline.relations.push(relation);
  }
}

/** A sentence before the one that opens with 加上, with its figures. */
interface EarlierSentence {
  sentence: Sentence;
  metrics: readonly Metric[];
}

/** How far back a 加上 sentence looks for its first term, past the breakdowns in between. */
const MAX_LOOK_BACK = 4;

/** The sentences before `sentence` in its paragraph, nearest first, at most MAX_LOOK_BACK. */
function earlierInParagraph(sentences: readonly Sentence[], sentence: Sentence): Sentence[] {
  const earlier: Sentence[] = [];
  for (let id = sentence.id - 1; id >= 0 && earlier.length < MAX_LOOK_BACK; id--) {
    const s = sentences[id]!;
    if (s.paragraph !== sentence.paragraph) break;
    earlier.push(s);
  }
  return earlier;
}

function sumAfter(ctx: ParseContext, sentence: Sentence, metrics: readonly Metric[], earlier: readonly EarlierSentence[]): Relation | null {
  const { text } = ctx;
  const addAt = text.indexOf(ADD, sentence.range.start.offset);
  if (addAt < 0 || addAt >= sentence.range.end.offset) return null;
  const isTerm = (m: Metric) => isCountable(m) && !isThreshold(text, m);
  // A term before 加上 states a level. A change figure (增长0.31%) is no term, nor a part of a 其中 list
  // (其中税收收入…；非税收入…；加上…), nor the base of a ratio (为年初预算1,354,921万元的100.1%).
  const isLevel = (m: Metric) => statesLevel(text, m);
  // A figure in brackets details the term before it (一般债券转贷收入11.93亿元（其中市本级留用8.96亿元））.
  const terms = metrics.filter((m) => isTerm(m) && bracketDepth(text, addAt, m.range.start.offset, 0) === 0);
  const after = terms.filter((m) => m.range.start.offset > addAt);
  // The sum word after the last added term, with the total right behind it.
  let totalIndex = -1;
  for (let k = 1; k < after.length && totalIndex < 0; k++) {
    const gap = text.slice(after[k - 1]!.range.end.offset, after[k]!.range.start.offset);
    const word = SUM_WORDS.find((w) => gap.includes(w));
    if (word && gap.length - gap.lastIndexOf(word) - word.length <= MAX_SUM_GAP) totalIndex = k;
  }
  if (totalIndex < 1) return null;
  const added = after.slice(0, totalIndex);
  const total = after[totalIndex]!;
  // The first term: the last level before 加上 in its sentence; else, for a sentence that opens with 加上,
  // the one level in the total's unit of the nearest sentence before it that is not a breakdown.
  let first = metrics.filter((m) => m.range.end.offset <= addAt && isLevel(m)).at(-1);
  if (!first && opensSentence(text, sentence, addAt)) first = headlineLevel(earlier, total, isLevel);
  if (!first) return null;
  const parts = [first, ...added];
  // One unit throughout: 亿元 terms of a 亿元 total (a 万元 term would be another statement).
  if (parts.some((m) => m.dimension !== total.dimension)) return null;
  // Nothing but 、，； between the added terms: a 。 or a new 其中 would end the list.
  for (let k = 1; k < added.length; k++) {
    const gap = withoutBrackets(text.slice(added[k - 1]!.range.end.offset, added[k]!.range.start.offset));
    if (gap.includes('其中') || SUM_WORDS.some((w) => gap.includes(w))) return null;
  }
  return sumRelation(ctx, sentence, parts, total, rangeOf(ctx, addAt, addAt + ADD.length), ADD);
}

/**
 * The relation a sentence states when it adds `parts` up to `total`: the parts exhaustive by the
 * text's own words. `cue` is the word that adds them (加上) or the sum word (收入总计's 总计).
 */
function sumRelation(ctx: ParseContext, sentence: Sentence, parts: readonly Metric[], total: Metric, cueRange: Relation['cueRange'], cue: string): Relation {
  const { text } = ctx;
  const floor = sentence.range.start.offset;
  const relationParts: RelationPart[] = parts.map((m, k) => {
    const from = k === 0 ? floor : Math.max(floor, parts[k - 1]!.range.end.offset);
    let name = nameBefore(text, from, m.range.start.offset);
    if (name.startsWith(ADD)) name = name.slice(ADD.length);
    const start = m.subjectRange?.start.offset ?? m.range.start.offset;
    return { subject: m.subject, name, metrics: [m.id], other: false, range: rangeOf(ctx, Math.min(start, m.range.start.offset), m.range.end.offset) };
  });
  for (const m of parts) {
    m.role = 'part';
    m.roleWord = cue;
  }
  total.role = 'total';
  total.roleWord = SUM_WORDS.find((w) => text.slice(parts.at(-1)!.range.end.offset, total.range.start.offset).includes(w)) ?? null;
  return {
    id: 0,
    form: 'sum-after',
    cue,
    cueRange,
    totals: [total.id],
    dimensions: [total.dimension!],
    parts: relationParts,
    // The text adds the terms and calls the result their sum: the list is complete by its own words.
    coverage: 'exhaustive',
    verdicts: [],
    range: rangeOf(ctx, Math.min(parts[0]!.range.start.offset, relationParts[0]!.range.start.offset), total.range.end.offset),
    paragraph: sentence.paragraph,
  };
}

/**
 * The words that close a list of terms with their sum, without 加上 (总量 names a figure as often as it sums;
 * 共计 after the terms sums them as 合计 does: 分别为12个、35个、280个，共计327个).
 */
const LIST_SUM_WORDS = ['合计', '总计', '共计'];

/**
 * A budget report's balance written as a list (平衡情况：政府性基金预算收入159,365万元，上级补助收入80,667万元，
 * 调入资金156,136万元，债务转贷收入1,179,319万元（新增专项债券…），上年结转155,092万元，收入总计1,730,579万元。):
 * the sentence's last figure is a 合计/总计 and every figure before it, outside brackets, is a level in
 * its unit, so they are its terms. One figure of any other kind in the sentence (a rate, a change, the base
 * of a ratio, another unit, a 其中) and the sentence is not read: it says more than a sum.
 */
function listSum(ctx: ParseContext, sentence: Sentence, metrics: readonly Metric[]): Relation | null {
  const { text } = ctx;
  const start = sentence.range.start.offset;
  // The depth is carried from one figure to the next (they come in text order), not counted from the start for each.
  let depth = 0;
  let scanned = start;
  const outside = metrics.filter((m) => {
    const at = m.range.start.offset;
    depth = at >= scanned ? bracketDepth(text, scanned, at, depth) : bracketDepth(text, start, at, 0);
    scanned = Math.max(at, start);
    return depth === 0;
  });
  const total = outside.at(-1);
  if (!total || outside.length < 3 || !isCountable(total)) return null;
  const terms = outside.slice(0, -1);
  const gap = text.slice(terms.at(-1)!.range.end.offset, total.range.start.offset);
  const word = LIST_SUM_WORDS.find((w) => gap.includes(w));
  if (!word || gap.length - gap.lastIndexOf(word) - word.length > MAX_SUM_GAP) return null;
  // Only the first term may open with 分别: a figure before it is what the list is 分别 of, not a term.
  if (!terms.every((m, k) => (statesLevel(text, m) || (k === 0 && unclaimedRespectively(ctx, m))) && m.dimension === total.dimension)) return null;
  if (withoutBrackets(text.slice(start, total.range.start.offset)).includes('其中')) return null;
  const at = total.range.start.offset - gap.length + gap.lastIndexOf(word);
  return sumRelation(ctx, sentence, terms, total, rangeOf(ctx, at, at + word.length), word);
}


/**
 * 县、乡、村三级医疗机构诊疗人次分别为100万人次、200万人次和300万人次，合计600万人次: the figures after
 * 分别 are marked parts as they are read, but with no total before them no relation holds them; the
 * 合计 after them is their sum. A figure a relation already counts as its part belongs to that
 * relation's total instead, and the list is not read as a sum.
 */
function unclaimedRespectively(ctx: ParseContext, metric: Metric): boolean {
  if (metric.role !== 'part' || metric.roleWord !== RESPECTIVELY || !statesLevel(ctx.text, { ...metric, role: 'plain' })) return false;
  return !ctx.outline.relations.some((relation) => relation.parts.some((part) => part.metrics.includes(metric.id)));
}
const RESPECTIVELY = '分别';

/**
 * The first term of a sentence that opens with 加上: the level its figures add to. Sentences that break
 * that level down come between (其中：税收收入…。主要税种中，增值税…。主要收入项目是：保险费收入…。)
 * and are passed over; the nearest other sentence must state exactly one level in the total's unit
 * (a 次 in 五届十一次全会 is no term of a sum in 亿元). Two levels there, or none, and the sum is not read.
 */
function headlineLevel(earlier: readonly EarlierSentence[], total: Metric, statesLevel: (m: Metric) => boolean): Metric | undefined {
  for (const { sentence, metrics } of earlier) {
    if (opensBreakdown(sentence.text)) continue;
    const levels = metrics.filter((m) => statesLevel(m) && m.dimension === total.dimension);
    return levels.length === 1 ? levels[0] : undefined;
  }
  return undefined;
}

/** Words that open a sentence detailing the level stated before it. */
const BREAKDOWN_OPENERS = ['其中', '主要'];

function opensBreakdown(sentenceText: string): boolean {
  const opening = sentenceText.trimStart();
  return BREAKDOWN_OPENERS.some((word) => opening.startsWith(word));
}

const BRACKET_OPENS = codeSet(PAREN_OPENS);
const BRACKET_CLOSES = codeSet(PAREN_CLOSES);

/** `gap` with its bracketed asides taken out. */
function withoutBrackets(gap: string): string {
  let kept = '';
  let depth = 0;
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i);
    if (BRACKET_OPENS.has(code)) depth++;
    else if (BRACKET_CLOSES.has(code) && depth > 0) depth--;
    else if (depth === 0) kept += gap[i];
  }
  return kept;
}

/** Whether 加上 at `addAt` is the first word of its sentence (spaces and line breaks looked past). */
function opensSentence(text: string, sentence: Sentence, addAt: number): boolean {
  return text.slice(sentence.range.start.offset, addAt).trim() === '';
}
