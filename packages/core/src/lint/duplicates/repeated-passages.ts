/**
 * Passages repeated inside different sentences: runs of at least minTokens
 * identical words shared with an earlier sentence, found through word 4-grams
 * keeping a few earliest occurrences each, and reported only where they make up
 * whole clauses in one of their two places, and only where what the two
 * sentences share is most of the shorter one: that sentence says again what the
 * other said.
 */
import type { DuplicateContext } from './context.js';
import { codeSet } from '../../text/char-codes.js';
import { CLAUSE_MARKS, LIST_COMMA, SENTENCE_ENDS } from '../../text/lexicon.js';
import { hasDigit, type Unit, type WordAt } from './sentence-words.js';
import { aboutOtherGovernments } from './government-levels.js';

const GRAM = 4;
const MAX_OCCURRENCES = 8;
const EXCERPT = 24;
/**
 * The share of the shorter sentence's words that the passages shared by two
 * sentences must make up. A draft's slip says a claim again (今年，我镇以“刮骨疗毒、
 * 壮士断腕”的决心提升全域环境整治，以“零容忍”的态度坚决打击非法塑料加工: 18 of
 * its 22 words come from one earlier sentence). A report cites its guiding
 * formulations (以…思想为指导, 实施积极的财政政策和稳健的货币政策) as one
 * clause of sentences that go on to say something else: in the 政府工作报告 of
 * the corpus such a clause is 15–55% of the shorter sentence.
 */
const MIN_SHARED_PART = 2 / 3;

/** A passage of a later sentence shared with an earlier one, not yet reported. */
interface Candidate {
  at: number;
  first: number;
  firstAt: number;
  length: number;
}

/** Runs of ≥ minTokens words shared with an earlier sentence, each reported once at its later occurrence. */
export function findRepeatedPassages(context: DuplicateContext, units: readonly Unit[], minTokens: number, skip: Uint8Array, parts: Int32Array): void {
  // By 4-gram number: its first MAX_OCCURRENCES occurrences, flat: unit, token index, unit, token index…
  const seen: number[][] = [];
  const gramNumbers = gramNumbersOf();
  units.forEach((unit, index) => {
    const { tokens, wording } = unit;
    const reported = skip[index] === 1;
    // A reported sentence only records where its 4-grams occur; after MAX_OCCURRENCES sentences with
    // the same words, each of those 4-grams has all the occurrences kept, so it has nothing to add.
    if (wording && reported && wording.passes >= MAX_OCCURRENCES) return;
    if (wording) wording.passes++;
    const grams = gramNumbers(tokens);
    const candidates: Candidate[] = [];
    let covered = 0;
    for (let i = 0; i < grams.length; i++) {
      const gram = grams[i]!;
      const earlier = seen[gram];
      // A run from i is at most tokens.length - i words long: shorter than minTokens is never reported.
      if (i >= covered && earlier && !reported && tokens.length - i >= minTokens) {
        // The longest run from an earlier occurrence; the first of equally long ones.
        let bestUnit = -1;
        let bestAt = 0;
        let bestLength = -1;
        for (let k = 0; k < earlier.length; k += 2) {
          const otherUnit = earlier[k]!;
          const otherAt = earlier[k + 1]!;
          if (otherUnit === index || parts[units[otherUnit]!.sentence.id] !== parts[unit.sentence.id] || parallelStatements(unit, units[otherUnit]!)) continue;
          const length = matchLength(tokens, i, units[otherUnit]!.tokens, otherAt);
          if (length > bestLength) {
            bestUnit = otherUnit;
            bestAt = otherAt;
            bestLength = length;
          }
        }
        if (bestLength >= minTokens) {
          const first = units[bestUnit]!;
          if (clauseAligned(context, unit, i, bestLength) || clauseAligned(context, first, bestAt, bestLength)) {
            candidates.push({ at: i, first: bestUnit, firstAt: bestAt, length: bestLength });
            covered = i + bestLength;
          }
        }
      }
      if (!earlier) seen[gram] = [index, i];
      else if (earlier.length < 2 * MAX_OCCURRENCES && earlier[earlier.length - 2] !== index) earlier.push(index, i);
    }
    for (const candidate of candidates) {
      const first = units[candidate.first]!;
      if (sayAgain(candidates, candidate.first, Math.min(tokens.length, first.tokens.length))) {
        reportPassage(context, unit, candidate.at, first, candidate.firstAt, candidate.length);
      }
    }
  });
}

/** Whether the passages shared with one earlier sentence make up MIN_SHARED_PART of the shorter sentence's words. */
function sayAgain(candidates: readonly Candidate[], first: number, shorter: number): boolean {
  let shared = 0;
  for (const candidate of candidates) if (candidate.first === first) shared += candidate.length;
  return shared >= shorter * MIN_SHARED_PART;
}

/**
 * Two sentences that both state figures: the words they share are the frame
 * around the figures, not a repeated claim. Filled with other figures it is the
 * same statement for another part of the report (全州 and 州本级 …支出安排
 * 496,999万元 / 57,848万元，…，原因是新增专项债券转贷额度未明确，不编入预算);
 * with the same figures and other words, another claim about them (收入完成 /
 * 收入安排1200万元，全部调入一般公共预算). Whether figures agree is for the data
 * checks; two such sentences word for word are reported as one sentence repeated.
 * Every unit with a run of minTokens words has a wording.
 */
function parallelStatements(a: Unit, b: Unit): boolean {
  if ((a.wording?.figures ?? '') !== '' && (b.wording?.figures ?? '') !== '') return true;
  // 全市… and 市本级… said in the same words: the same statement for two budgets (./government-levels).
  return aboutOtherGovernments(a, b);
}

/**
 * The 4-grams of a word list, one per start, each as a number: 4-grams get
 * numbers 0, 1, 2… in order of first sight. A list shared by sentences with the
 * same text is numbered once, so repeated text costs no lookups. (Numbered per
 * run rather than kept with the list: one key per word would double what the
 * cut cache holds.)
 */
function gramNumbersOf(): (tokens: readonly WordAt[]) => readonly number[] {
  const wordIds = new Map<string, number>();
  const idOf = (word: string) => {
    let id = wordIds.get(word);
    if (id === undefined) wordIds.set(word, (id = wordIds.size));
    return id;
  };
  const gramIds = new Map<string, number>();
  const numbersOf = new Map<readonly WordAt[], number[]>();
  return (tokens) => {
    let numbers = numbersOf.get(tokens);
    if (numbers) return numbers;
    const ids = tokens.map((t) => idOf(t.word));
    numbers = [];
    for (let i = 0; i + GRAM <= ids.length; i++) {
      const key = gramKey(ids, i);
      let number = gramIds.get(key);
      if (number === undefined) gramIds.set(key, (number = gramIds.size));
      numbers.push(number);
    }
    numbersOf.set(tokens, numbers);
    return numbers;
  };
}

/**
 * The GRAM (4) word ids from i as a short flat string: each id in two UTF-16
 * code units, so distinct 4-grams never share a key and no long string is built.
 */
function gramKey(ids: readonly number[], i: number): string {
  const a = ids[i]!;
  const b = ids[i + 1]!;
  const c = ids[i + 2]!;
  const d = ids[i + 3]!;
  return String.fromCharCode(a & 0xffff, a >>> 16, b & 0xffff, b >>> 16, c & 0xffff, c >>> 16, d & 0xffff, d >>> 16);
}

/** Marks a repeated passage must start after and end before, in one of its two places, to count as a clause. */
export const CLAUSE_EDGES = codeSet(CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA);
export const QUOTES_AND_SPACE = '“”‘’《》（）「」 \t\r\n\u3000';

/**
 * True when tokens [at, at+length) make up whole clauses: a clause break (or the
 * sentence's edge) on both sides, looking past quotes and line breaks. A shared
 * noun phrase (居民人均可支配收入及增长速度) inside two clauses is terminology,
 * not a repeated statement.
 */
function clauseAligned(context: DuplicateContext, { base, tokens }: Unit, at: number, length: number): boolean {
  const { text } = context;
  const last = tokens[at + length - 1]!;
  let before = base + tokens[at]!.at - 1;
  while (before >= 0 && QUOTES_AND_SPACE.includes(text[before]!)) before--;
  let after = base + last.at + last.word.length;
  while (after < text.length && QUOTES_AND_SPACE.includes(text[after]!)) after++;
  // The first and last words of a sentence stand at a clause edge by definition.
  const startsClause = at === 0 || before < 0 || CLAUSE_EDGES.has(text.charCodeAt(before));
  const endsClause = at + length === tokens.length || after >= text.length || CLAUSE_EDGES.has(text.charCodeAt(after));
  return startsClause && endsClause;
}

/**
 * Words shared from a[i] and b[j] on. A figure ends the run: the same clause with
 * the same figures (比上年增长6.4%，扣除价格因素，实际增长6.2%) is a data formula,
 * and whether figures agree is for the data checks.
 */
function matchLength(a: readonly WordAt[], i: number, b: readonly WordAt[], j: number): number {
  let length = 0;
  while (i + length < a.length && j + length < b.length && a[i + length]!.word === b[j + length]!.word && !hasDigit(a[i + length]!.word)) length++;
  return length;
}

/** Source span of `length` words of a unit from word `at`. */
function spanOf({ base, tokens }: Unit, at: number, length: number): { start: number; end: number } {
  const last = tokens[at + length - 1]!;
  return { start: base + tokens[at]!.at, end: base + last.at + last.word.length };
}

function reportPassage(context: DuplicateContext, later: Unit, at: number, first: Unit, firstAt: number, length: number): void {
  const span = spanOf(later, at, length);
  const firstSpan = spanOf(first, firstAt, length);
  const text = context.text.slice(span.start, span.end);
  context.report({
    messageId: 'passage',
    data: { excerpt: text.length > EXCERPT ? text.slice(0, EXCERPT) + '…' : text, line: context.lines.position(firstSpan.start).line, count: length },
    span,
    related: [{ span: firstSpan, messageId: 'first' }],
    details: { tokens: length, unit: 'passage' },
  });
}
