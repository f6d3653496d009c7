/**
 * A whole, an amount taken out of it and what is left, as budget reports state them:
 *
 *   全市一般公共预算支出总计574.55亿元，剔除上解上级支出和地方政府一般债务还本支出等12.42亿元后，
 *   全市一般公共预算支出安排562.13亿元
 *
 * The text names every term and says how they relate: the whole (574.55) is what is taken out
 * (12.42) plus what is left (562.13). Recorded as a relation of form `remainder`, the whole as
 * its total and the two as exhaustive parts; whether the figures hold is judged with every other
 * relation (checks/verdicts.ts).
 *
 * Read only where nothing else can be meant:
 *   - the whole is the figure right before the word (only a comma between), and its clause says
 *     it is a whole (总计, 合计, 共计, 总额…): 可补充3.87亿元，减去…后余额为0.71亿元 also counts an
 *     earlier balance in, so 减去 and a bare figure give no relation;
 *   - what is taken out ends right before 后, outside brackets, in the whole's unit;
 *   - what is left is the first figure after 后 in the same sentence, with no ；between, and
 *     a level in the same unit (剔除价格因素后，实际增长5.2% has no remainder: a rate is no term).
 */
import type { Metric, Relation, RelationPart, Sentence } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { metricsBy } from '../model/queries.js';
import { rangeOf } from './context.js';
import { nameBefore, statesLevel } from './relations.js';
import { bracketDepth } from './relation-cues.js';
import { clauseStart } from './subjects.js';

/** The words that take an amount out of a whole before naming what is left. */
const REMOVE_WORDS = ['剔除', '扣除'];
/** What follows the amount taken out: 剔除…12.42亿元后. */
const AFTER = '后';
/**
 * Words in the whole's clause that say it is a whole (支出总计, 收入总额). Not 共 alone: it stands
 * inside 一般公共预算.
 */
const WHOLE_WORDS = ['总计', '合计', '共计', '总额', '总量'];

/** Every remainder relation of the report, appended to the outline's relations. */
export function findRemainders(ctx: ParseContext): void {
  const bySentence = metricsBy(ctx.outline.metrics, 'sentence');
  for (const sentence of ctx.outline.sentences) {
    const metrics = bySentence.get(sentence.id);
    if (!metrics || metrics.length < 3 || !REMOVE_WORDS.some((word) => sentence.text.includes(word))) continue;
    for (const relation of remaindersIn(ctx, sentence, metrics)) {
      relation.id = ctx.outline.relations.length;
      ctx.outline.relations.push(relation);
    }
  }
}

function remaindersIn(ctx: ParseContext, sentence: Sentence, metrics: readonly Metric[]): Relation[] {
  const { text } = ctx;
  const relations: Relation[] = [];
  const end = sentence.range.end.offset;
  for (const word of REMOVE_WORDS) {
    for (let at = text.indexOf(word, sentence.range.start.offset); at >= 0 && at < end; at = text.indexOf(word, at + word.length)) {
      const relation = remainderAt(ctx, sentence, metrics, at, word);
      if (relation) relations.push(relation);
    }
  }
  return relations;
}

function remainderAt(ctx: ParseContext, sentence: Sentence, metrics: readonly Metric[], at: number, word: string): Relation | null {
  const { text } = ctx;
  const isTerm = (m: Metric) => statesLevel(text, m);
  const whole = metrics.filter((m) => m.range.end.offset <= at).at(-1);
  if (!whole || !isTerm(whole) || !onlyCommaBetween(text, whole.range.end.offset, at)) return null;
  const wholeClause = text.slice(clauseStart(text, whole.range.start.offset, sentence.range.start.offset), whole.range.start.offset);
  if (!WHOLE_WORDS.some((w) => wholeClause.includes(w))) return null;
  // What is taken out: the figures between the word and 后, the last one ending right at 后.
  const afterAt = text.indexOf(AFTER, at + word.length);
  if (afterAt < 0 || afterAt >= sentence.range.end.offset) return null;
  const removed = metrics.filter((m) => m.range.start.offset > at && m.range.end.offset <= afterAt && bracketDepth(text, at, m.range.start.offset, 0) === 0);
  if (removed.length === 0 || removed.at(-1)!.range.end.offset !== afterAt || !removed.every(isTerm)) return null;
  // What is left: the first figure after 后, in the clause that follows it.
  const left = metrics.find((m) => m.range.start.offset > afterAt);
  if (!left || !isTerm(left) || text.slice(afterAt, left.range.start.offset).includes('；')) return null;
  const terms = [...removed, left];
  if (terms.some((m) => m.dimension !== whole.dimension)) return null;

  const parts: RelationPart[] = terms.map((m, k) => {
    const floor = k === 0 ? at + word.length : k === terms.length - 1 ? afterAt + AFTER.length : terms[k - 1]!.range.end.offset;
    const start = m.subjectRange?.start.offset ?? m.range.start.offset;
    return {
      subject: m.subject,
      // 上解上级支出和地方政府一般债务还本支出等12.42亿元: 等 closes the list the amount sums, not its name.
      name: nameBefore(text, floor, m.range.start.offset).replace(/等$/u, ''),
      metrics: [m.id],
      other: false,
      range: rangeOf(ctx, Math.max(floor, Math.min(start, m.range.start.offset)), m.range.end.offset),
    };
  });
  for (const m of terms) {
    m.role = 'part';
    m.roleWord = word;
  }
  whole.role = 'total';
  return {
    id: 0,
    form: 'remainder',
    cue: word,
    cueRange: rangeOf(ctx, at, at + word.length),
    totals: [whole.id],
    dimensions: [whole.dimension!],
    parts,
    // What is taken out and what is left make the whole, by the text's own words.
    coverage: 'exhaustive',
    verdicts: [],
    range: rangeOf(ctx, whole.range.start.offset, left.range.end.offset),
    paragraph: sentence.paragraph,
  };
}

/** Only a comma (or nothing) stands between the whole and the word that takes from it. */
function onlyCommaBetween(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return gap === '' || gap === '，' || gap === ',';
}
