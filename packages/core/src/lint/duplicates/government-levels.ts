/**
 * Two sentences about two budgets: one names a level (全市, 中央) the other does not
 * name, and the other names one the first does not (市本级, 地方). A budget report
 * states the same things for its 全市 and 市本级 parts in the same words by design
 * (全市一般公共预算支出安排要坚持… / 市本级一般公共预算支出安排要坚持…), so such a pair
 * is two statements, neither a repeat of the other, however alike their words.
 */
import { GOVERNMENT_LEVEL_WORDS } from '../../text/lexicon.js';
import type { Unit, WordAt } from './sentence-words.js';

const NONE: ReadonlySet<string> = new Set();

/**
 * The levels of a sentence, kept with its word list: the cut cache shares one list among
 * the sentences with the same text and keeps it between runs, and the passage search
 * asks about the same sentence many times.
 */
const levelsOfWords = new WeakMap<readonly WordAt[], ReadonlySet<string>>();

/** Whether `a` and `b` each name a government level the other does not. */
export function aboutOtherGovernments(a: Unit, b: Unit): boolean {
  const inA = levelsNamed(a);
  if (inA.size === 0) return false;
  const inB = levelsNamed(b);
  if (inB.size === 0) return false;
  return [...inA].some((w) => !inB.has(w)) && [...inB].some((w) => !inA.has(w));
}

function levelsNamed({ sentence, tokens }: Unit): ReadonlySet<string> {
  let levels = levelsOfWords.get(tokens);
  if (!levels) {
    levels = levelWordsIn(sentence.text);
    levelsOfWords.set(tokens, levels);
  }
  return levels;
}

/** The level words of a text; the list is longest first, and a place read as 市本级 is not read again as 本级. */
function levelWordsIn(text: string): ReadonlySet<string> {
  let found: Set<string> | null = null;
  let rest = text;
  for (const word of GOVERNMENT_LEVEL_WORDS) {
    if (!rest.includes(word)) continue;
    (found ??= new Set()).add(word);
    rest = rest.split(word).join(PLACE_READ);
  }
  return found ?? NONE;
}
/** Stands where a level word was read, so no shorter word is found inside it. */
const PLACE_READ = '\u0000';
