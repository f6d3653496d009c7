/**
 * A decrease stated as a multiple (降低3倍, 减少了一倍): a quantity that falls cannot fall by
 * a multiple of itself, so the wording is wrong whatever the figures (下降了75%, 降为四分之一).
 * The parser records where the text says it; growth-mismatch reports it.
 */
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { DECREASE_WORDS } from '../text/lexicon.js';
import { isDigit } from './quantities.js';

const DECREASE_TIMES = /(?:降低|下降|减少|缩小|缩减|下跌)了?(?:[0-9]+(?:\.[0-9]+)?|[一两二三四五六七八九十]{1,3})倍/gu;

export function findDecreaseMultiples(ctx: ParseContext): void {
  for (const sentence of ctx.outline.sentences) {
    if (!sentence.text.includes('倍')) continue;
    for (const m of sentence.text.matchAll(DECREASE_TIMES)) {
      const start = sentence.range.start.offset + m.index;
      ctx.outline.decreaseMultiples.push(rangeOf(ctx, start, start + m[0].length));
    }
  }
}

/** Minus signs a figure may be written with. */
const MINUS_SIGNS = '-−－';
/** A minus sign right before a digit, somewhere in a sentence. */
const SIGNED_FIGURE = /[-−－][0-9０-９]/u;
/** Words that may stand between the decrease word and its figure (下降了, 降幅为, 减少达). */
const LINKS = ['了', '为', '达'];

/**
 * A decrease word followed by a negative figure (同比下降-5.3%, 减少-12户, 降幅为-2.1%): the word
 * already says the figure fell, and the sign turns it round, so the text says it rose. (增长-5.3%,
 * a statistics table's way of writing a fall, is no slip: 增长 takes a signed rate.) The parser
 * records the word through the sign; growth-mismatch reports it.
 */
export function findSignedDecreases(ctx: ParseContext): void {
  const { text } = ctx;
  for (const sentence of ctx.outline.sentences) {
    // Most sentences hold no signed figure: one test each instead of a look at every character.
    if (!SIGNED_FIGURE.test(sentence.text)) continue;
    const start = sentence.range.start.offset;
    const end = sentence.range.end.offset;
    for (let at = start + 1; at < end - 1; at++) {
      if (!MINUS_SIGNS.includes(text[at]!) || !isDigit(text.charCodeAt(at + 1))) continue;
      let wordEnd = at;
      const link = LINKS.find((w) => text.startsWith(w, wordEnd - w.length));
      if (link) wordEnd -= link.length;
      const word = DECREASE_WORDS.find((w) => wordEnd - w.length >= start && text.startsWith(w, wordEnd - w.length));
      if (word) ctx.outline.signedDecreases.push(rangeOf(ctx, wordEnd - word.length, at + 1));
    }
  }
}
