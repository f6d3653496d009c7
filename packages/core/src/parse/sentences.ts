/**
 * Splits paragraphs into sentences at 。！？ (and ! ? …), keeping closing
 * quotes and brackets that follow the mark with the sentence they close.
 */
import type { ParseContext } from './context.js';
import { indexAtOffset, rangeOf } from './context.js';
import { codeSet } from '../text/char-codes.js';
import { CLOSING_MARKS, ELLIPSIS, SENTENCE_ENDS } from '../text/lexicon.js';

const ELLIPSIS_CODE = ELLIPSIS.charCodeAt(0);

const FINAL = codeSet(SENTENCE_ENDS);
const CLOSERS = codeSet(CLOSING_MARKS);
/** Code units that may end a sentence (FINAL and …): the scan skips all others without making a string. */
const ENDING_CODES = codeSet(SENTENCE_ENDS + ELLIPSIS);

export function splitSentences(ctx: ParseContext): void {
  const { text, outline } = ctx;
  for (const paragraph of outline.paragraphs) {
    const end = paragraph.range.end.offset;
    let start = paragraph.range.start.offset;
    let i = start;
    while (i < end) {
      if (!ENDING_CODES.has(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const code = text.charCodeAt(i);
      let stop = -1;
      if (FINAL.has(code)) stop = i + 1;
      else if (code === ELLIPSIS_CODE && text.charCodeAt(i + 1) === ELLIPSIS_CODE) stop = i + 2;
      if (stop < 0) {
        i++;
        continue;
      }
      while (stop < end && (FINAL.has(text.charCodeAt(stop)) || CLOSERS.has(text.charCodeAt(stop)))) stop++;
      push(start, stop);
      start = stop;
      while (start < end && /\s/.test(text[start]!)) start++;
      i = start;
    }
    if (start < end) push(start, end);

    function push(from: number, to: number): void {
      const id = outline.sentences.length;
      outline.sentences.push({ id, paragraph: paragraph.id, text: text.slice(from, to), range: rangeOf(ctx, from, to) });
      paragraph.sentences.push(id);
    }
  }
}

/** The sentence that holds an offset. */
export function sentenceAt(ctx: ParseContext, offset: number): number {
  return indexAtOffset(ctx.outline.sentences, offset);
}
