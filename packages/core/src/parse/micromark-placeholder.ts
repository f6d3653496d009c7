/**
 * A micromark extension that reads a lone `*` as text.
 *
 * In work reports a single `*` marks a figure or name still to be filled
 * (拆违*处). CommonMark would pair them into emphasis that swallows whole
 * clauses (the seed's 162 marks make 78 emphasis nodes). Runs of two or more
 * (`**粗体**`) are left to the attention construct, so bold still works.
 */
import type { Code, Construct, Extension, State, TokenizeContext, Effects } from 'micromark-util-types';

const ASTERISK = 42;

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
    effects.exit('data');
    return ok(code);
  };
  return start;
}

const loneAsterisk: Construct = { name: 'huibaoLoneAsterisk', tokenize: tokenizeLoneAsterisk };

/** Add after other emphasis extensions: constructs added later are tried first. */
export const lonePlaceholderExtension: Extension = { text: { [ASTERISK]: loneAsterisk } };
