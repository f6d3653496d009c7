/**
 * Sums a budget report states with their terms before the total:
 *
 *   一般公共预算收入192.68亿元，比上年增长0.31%；加上上级补助等转移性收入561.86亿元，收入合计754.54亿元。
 *   一般公共预算支出602.56亿元，加上上解上级等转移性支出74.77亿元、结转下年77.21亿元，支出合计754.54亿元。
 *
 * The text names every term and says they make the total: the figure before 加上,
 * the figures after it, then 合计/总计 and the total, all in one sentence and one unit.
 * A sentence may open with 加上; its first term then closes the sentence before
 * (全州社会保险基金预算收入1,356,722万元，为年初预算1,354,921万元的100.1%，较上年
 * 决算数增长2.7%。加上上级补助收入361,456万元，收入总计1,718,178万元), and is taken
 * only where that sentence states one level and no other (主要收入项目是：保险费
 * 收入…，财政补贴收入…。加上… names two, neither of them the whole).
 * Recorded as a relation of form `sum-after` whose parts are exhaustive; whether the
 * figures hold is judged with every other relation (checks/verdicts.ts).
 */
import type { Metric, Relation, RelationPart, Sentence } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { metricsBy } from '../model/queries.js';
import { rangeOf } from './context.js';
import { isCountable, isThreshold, nameBefore } from './relations.js';

/** The word that adds the terms after the first one. */
const ADD = '加上';
/** The words that give their sum; 收入合计, 支出总计 and 资金总计 name the total before the word. */
const SUM_WORDS = ['合计', '总计'];
/** A total stands this close after its sum word (合计为, 总计达到…). */
const MAX_SUM_GAP = 4;

/** Every sum-after relation of the report, appended to the outline's relations. */
export function findSumsAfter(ctx: ParseContext): void {
  const bySentence = metricsBy(ctx.outline.metrics, 'sentence');
  for (const sentence of ctx.outline.sentences) {
    const metrics = bySentence.get(sentence.id);
    if (!metrics || metrics.length < 2 || !sentence.text.includes(ADD)) continue;
    const previous = ctx.outline.sentences[sentence.id - 1];
    const before = previous && previous.paragraph === sentence.paragraph ? bySentence.get(previous.id) ?? [] : [];
    const relation = sumAfter(ctx, sentence, metrics, before);
    if (!relation) continue;
    relation.id = ctx.outline.relations.length;
    ctx.outline.relations.push(relation);
  }
}

function sumAfter(ctx: ParseContext, sentence: Sentence, metrics: readonly Metric[], previous: readonly Metric[]): Relation | null {
  const { text } = ctx;
  const addAt = text.indexOf(ADD, sentence.range.start.offset);
  if (addAt < 0 || addAt >= sentence.range.end.offset) return null;
  const isTerm = (m: Metric) => isCountable(m) && !isThreshold(text, m);
  // A term before 加上 states a level. A change figure (增长0.31%) is no term, nor a part of a 其中 list
  // (其中税收收入…；非税收入…；加上…), nor the base of a ratio (为年初预算1,354,921万元的100.1%).
  const statesLevel = (m: Metric) => isTerm(m) && m.role !== 'part' && text[m.range.end.offset] !== '的';
  const terms = metrics.filter(isTerm);
  // The first term: the last level before 加上 in its sentence, else the one level of the sentence before.
  let first = metrics.filter((m) => m.range.end.offset <= addAt && statesLevel(m)).at(-1);
  if (!first && opensSentence(text, sentence, addAt)) {
    const levels = previous.filter(statesLevel);
    if (levels.length === 1) first = levels[0];
  }
  if (!first) return null;
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
  const parts = [first, ...added];
  // One unit throughout: 亿元 terms of a 亿元 total (a 万元 term would be another statement).
  if (parts.some((m) => m.dimension !== total.dimension)) return null;
  // Nothing but 、，； between the added terms: a 。 or a new 其中 would end the list.
  for (let k = 1; k < added.length; k++) {
    const gap = text.slice(added[k - 1]!.range.end.offset, added[k]!.range.start.offset);
    if (gap.includes('其中') || SUM_WORDS.some((w) => gap.includes(w))) return null;
  }
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
    m.roleWord = ADD;
  }
  total.role = 'total';
  total.roleWord = SUM_WORDS.find((w) => text.slice(parts.at(-1)!.range.end.offset, total.range.start.offset).includes(w)) ?? null;
  return {
    id: 0,
    form: 'sum-after',
    cue: ADD,
    cueRange: rangeOf(ctx, addAt, addAt + ADD.length),
    totals: [total.id],
    dimensions: [total.dimension!],
    parts: relationParts,
    // The text adds the terms and calls the result their sum: the list is complete by its own words.
    coverage: 'exhaustive',
    verdicts: [],
    range: rangeOf(ctx, Math.min(first.range.start.offset, relationParts[0]!.range.start.offset), total.range.end.offset),
    paragraph: sentence.paragraph,
  };
}

/** Whether 加上 at `addAt` is the first word of its sentence (spaces and line breaks looked past). */
function opensSentence(text: string, sentence: Sentence, addAt: number): boolean {
  return text.slice(sentence.range.start.offset, addAt).trim() === '';
}
