/**
 * A micromark extension that reads a lone `*` beside Chinese text as text.
 *
 * In work reports a single `*` marks a figure or name still to be filled
 * (拆违*处). CommonMark would pair them into emphasis that swallows whole
 * clauses (the seed's 162 marks make 78 emphasis nodes). A `*` with no
 * Chinese character on either side (`*really*`, `5 * 3`) is left to
 * CommonMark, as are runs of two or more (`**粗体**`), so emphasis and bold
 * in an English text still work.
 */
import type { Code, Construct, Extension, State, TokenizeContext, Effects } from 'micromark-util-types';
import { isHan } from '../text/char-codes.js';

const ASTERISK = 42;

/**
 * A character of Chinese text: a Han character, CJK punctuation (、。「」) or
 * a full-width form (，％（）). Null and negative codes (line ends, the end of
 * input, as micromark passes them) are not.
 */
export function isChineseTextCode(code: number | null): boolean {
  if (code === null || code < 0) return false;
  return isHan(code) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
}

function tokenizeLoneAsterisk(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const previous = this.previous;
  const start: State = (code: Code) => {
    if (code !== ASTERISK || previous === ASTERISK) return nok(code);
    effects.enter('data');
    effects.consume(code);
    return after;
  };
  const after: State = (code: Code) => {
    if (code === ASTERISK) return nok(code);
    // Away from Chinese text the `*` is CommonMark's: emphasis, or a literal star.
    if (!isChineseTextCode(previous) && !isChineseTextCode(code)) return nok(code);
    effects.exit('data');
    return ok(code);
  };
  return start;
}

const loneAsterisk: Construct = { name: 'huibaoLoneAsterisk', tokenize: tokenizeLoneAsterisk };

/** Add after other emphasis extensions: constructs added later are tried first. */
export const lonePlaceholderExtension: Extension = { text: { [ASTERISK]: loneAsterisk } };
