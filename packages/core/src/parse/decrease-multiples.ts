/**
 * A decrease stated as a multiple (降低3倍, 减少了一倍): a quantity that falls cannot fall by
 * a multiple of itself, so the wording is wrong whatever the figures (下降了75%, 降为四分之一).
 * The parser records where the text says it; growth-mismatch reports it.
 */
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';

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
