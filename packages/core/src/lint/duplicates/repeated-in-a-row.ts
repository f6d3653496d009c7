/**
 * A sentence written twice in a row (确保城镇登记失业率控制在3.5%以内。确保城镇
 * 登记失业率控制在3.5%以内。): a paste or an undo gone wrong, whatever its
 * length. Sentences shorter than minTokens words are not compared with the rest
 * of the report (短的套语 recur by design, 取得了明显成效), but the same words
 * again right after themselves, in one paragraph, are never a design.
 */
import type { DuplicateContext } from './context.js';
import type { Unit } from './sentence-words.js';

/** Fewer words than this are not a sentence to repeat (好。好。). */
const MIN_WORDS = 2;

/** Reports each sentence that repeats the one right before it, unless reported already. */
export function findRepeatsInARow(context: DuplicateContext, units: readonly Unit[], reported: Uint8Array): void {
  for (let index = 1; index < units.length; index++) {
    const unit = units[index]!;
    const previous = units[index - 1]!;
    // A heading, lead, table row or title line has no words (frameUnit): it takes part in no comparison.
    if (reported[index] === 1 || unit.tokens.length < MIN_WORDS || previous.tokens.length < MIN_WORDS) continue;
    if (unit.sentence.paragraph !== previous.sentence.paragraph || unit.sentence.text.trim() !== previous.sentence.text.trim()) continue;
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
