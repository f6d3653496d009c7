/**
 * A sentence written twice in a row (确保城镇登记失业率控制在3.5%以内。确保城镇
 * 登记失业率控制在3.5%以内。): a paste or an undo gone wrong, whatever its
 * length. Sentences shorter than minTokens words are not compared with the rest
 * of the report (短的套语 recur by design, 取得了明显成效), but the same words
 * again right after themselves, in one paragraph, are never a design.
 */
import type { DuplicateContext } from './context.js';
import { codeSet, lastIndexOfCode } from '../../text/char-codes.js';
import { CLAUSE_MARKS, SENTENCE_ENDS } from '../../text/lexicon.js';
import type { Unit } from './sentence-words.js';

/** Fewer words than this are not a sentence to repeat (好。好。). */
const MIN_WORDS = 2;
/** A sentence that repeats only the previous sentence's last clause needs this many words (确保完成。 is a formula). */
const MIN_CLAUSE_WORDS = 3;
/** The marks a sentence ends with, and the ones its clauses are cut at. */
const SENTENCE_END_MARKS = codeSet(SENTENCE_ENDS);
const CLAUSE_BREAK_MARKS = codeSet(CLAUSE_MARKS);

/** Reports each sentence that repeats the one right before it, unless reported already. */
export function findRepeatsInARow(context: DuplicateContext, units: readonly Unit[], reported: Uint8Array): void {
  for (let index = 1; index < units.length; index++) {
    const unit = units[index]!;
    const previous = units[index - 1]!;
    // A heading, lead, table row or title line has no words (frameUnit): it takes part in no comparison.
    if (reported[index] === 1 || unit.tokens.length < MIN_WORDS || previous.tokens.length < MIN_WORDS) continue;
    if (unit.sentence.paragraph !== previous.sentence.paragraph) continue;
    if (unit.sentence.text.trim() !== previous.sentence.text.trim()) {
      if (unit.tokens.length >= MIN_CLAUSE_WORDS) reportRepeatedLastClause(context, unit, previous, reported, index);
      continue;
    }
    reported[index] = 1;
    context.report({
      messageId: 'sentence',
      data: { line: previous.sentence.range.start.line },
      span: unit.sentence.range,
      related: [{ span: previous.sentence.range, messageId: 'first' }],
      details: { similarity: 1, unit: 'sentence' },
    });
  }
}

/**
 * 加大投入力度，全面完成全年目标任务。全面完成全年目标任务。: the sentence is the previous one's last
 * clause again, the same paste slip one clause long. Reported as a repeated passage of that clause.
 */
function reportRepeatedLastClause(context: DuplicateContext, unit: Unit, previous: Unit, reported: Uint8Array, index: number): void {
  const words = withoutEndMark(unit.sentence.text.trim());
  const before = withoutEndMark(previous.sentence.text.trim());
  const clauseStart = lastIndexOfCode(before, CLAUSE_BREAK_MARKS, before.length) + 1;
  if (clauseStart === 0 || before.slice(clauseStart) !== words) return;
  reported[index] = 1;
  context.report({
    messageId: 'passage',
    data: { excerpt: words, line: previous.sentence.range.start.line, count: unit.tokens.length },
    span: unit.sentence.range,
    related: [{ span: previous.sentence.range, messageId: 'first' }],
    details: { tokens: unit.tokens.length, unit: 'passage' },
  });
}

/** The sentence without the mark it ends with (。！？…). */
function withoutEndMark(text: string): string {
  let end = text.length;
  while (end > 0 && SENTENCE_END_MARKS.has(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}
