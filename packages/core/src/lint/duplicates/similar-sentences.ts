/**
 * Sentences that are (nearly) a repeat of an earlier one: Jaccard similarity
 * of word bigrams at or above the threshold, found through an inverted index
 * of bigrams that skips bigrams found in too many sentences. Sentences with the
 * same words share one entry (a wording): one similarity per pair, and one best
 * match until the index around them changes.
 */
import type { DuplicateContext } from './context.js';
import { hasDigit, type Unit, type WordAt } from './sentence-words.js';
import { aboutOtherGovernments } from './government-levels.js';

/** A bigram in more sentences than this says nothing about which two are alike. */
const MAX_POSTINGS = 64;

/**
 * One word sequence shared by every sentence that has it. Those sentences have
 * the same bigrams and figures, so they meet every other sentence alike.
 */
export interface Wording {
  grams: ReadonlySet<string>;
  figures: string;
  /** Index of the first unit with these words: the one a later repeat names. */
  first: number;
  /** Jaccard similarity to other wordings, computed once per pair. */
  similarity: Map<Wording, number>;
  /** The index entries of its bigrams, in the order of `grams`. */
  postings: Posting[];
  /**
   * The best earlier match of its next sentence: null for none, undefined when
   * not known. It stays valid while its postings keep their wordings and none of
   * them passes MAX_POSTINGS, which is all a repeat's candidates depend on.
   */
  match: Match | null | undefined;
  /** Sentences with these words the passage search has gone through so far. */
  passes: number;
  /** bestMatch's tally: the bigrams this wording shares with the one being matched, valid when `tally` is that call's number. */
  tally: number;
  shared: number;
}

interface Match {
  other: Wording;
  similarity: number;
  /** As reported, made once per match rather than per repeat: whole percent and three decimals. */
  percent: number;
  rounded: number;
}

/** The inverted index entry of one bigram. */
interface Posting {
  /** How many sentences so far have the bigram. */
  units: number;
  /** Their wordings, in order of first occurrence. */
  wordings: Wording[];
}

const bigramsOf = (tokens: readonly WordAt[]): ReadonlySet<string> => {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) grams.add(tokens[i]!.word + '\u0001' + tokens[i + 1]!.word);
  return grams;
};

/** Reports each sentence that is (nearly) a repeat of an earlier one; returns a flag per unit, 1 where reported. */
export function findDuplicateSentences(context: DuplicateContext, units: Unit[], minTokens: number, threshold: number, parts: Int32Array): Uint8Array {
  const reported = new Uint8Array(units.length);
  const postings = new Map<string, Posting>();
  const wordings = new Map<string, Wording>();
  units.forEach((unit, index) => {
    if (unit.tokens.length < minTokens) return;
    const wording = (unit.wording = wordingOf(wordings, unit, index));
    const isNew = wording.first === index;
    if (isNew) wording.postings = [...wording.grams].map((gram) => postingOf(postings, gram));
    // A repeat meets the index as the last sentence with its words did, unless the index changed around them.
    let match = isNew ? undefined : wording.match;
    if (match === undefined) match = bestMatch(wording, neededSimilarity(wording, threshold));
    if (!isNew) wording.match = match;
    addToIndex(wording, isNew);
    if (!match) return;
    const first = units[match.other.first]!.sentence;
    const exact = match.similarity === 1;
    // Nearly the same in another part of the report is its framing said again, not a slip.
    if (!exact && parts[first.id] !== parts[unit.sentence.id]) return;
    // 全市…支出安排要坚持… and 市本级…支出安排要坚持…: one statement made for each of two budgets.
    if (!exact && aboutOtherGovernments(units[match.other.first]!, unit)) return;
    reported[index] = 1;
    context.report({
      messageId: exact ? 'sentence' : 'nearSentence',
      data: { line: first.range.start.line, percent: match.percent },
      span: unit.sentence.range,
      related: [{ span: first.range, messageId: 'first' }],
      details: { similarity: match.rounded, unit: 'sentence' },
    });
  });
  return reported;
}

function postingOf(postings: Map<string, Posting>, gram: string): Posting {
  let posting = postings.get(gram);
  if (!posting) postings.set(gram, (posting = { units: 0, wordings: [] }));
  return posting;
}

/**
 * A sentence with figures repeats another only word for word: its words say
 * what the figures are, so one changed word is another claim (国有资本经营预算
 * 收入完成1000万元 in the 执行情况, 收入安排1000万元 in the 预算草案). Only a
 * sentence without figures can be a near repeat, reworded.
 */
function neededSimilarity(wording: Wording, threshold: number): number {
  return wording.figures === '' ? threshold : 1;
}

let tallies = 0;

/** The most similar earlier wording with the same figures, at or above the threshold, from the index as it stands. */
function bestMatch(wording: Wording, threshold: number): Match | null {
  // Shared bigram counts per earlier wording, kept on the wordings themselves (no map per call);
  // `candidates` in the order their first sentences meet this one's bigrams.
  const tally = ++tallies;
  const candidates: Wording[] = [];
  for (const posting of wording.postings) {
    if (posting.units > MAX_POSTINGS) continue;
    for (const other of posting.wordings) {
      if (other.tally !== tally) {
        other.tally = tally;
        other.shared = 0;
        candidates.push(other);
      }
      other.shared++;
    }
  }
  const { grams } = wording;
  let best: { other: Wording; similarity: number } | null = null;
  for (const other of candidates) {
    // Jaccard ≥ t needs at least t·|A| shared grams: cheap pre-filter before the exact count.
    if (other.shared < threshold * grams.size) continue;
    // The same wording with other figures states another fact (城镇… 45516元 / 农村… 22767元).
    if (other.figures !== wording.figures) continue;
    let similarity = wording.similarity.get(other);
    if (similarity === undefined) {
      similarity = jaccard(grams, other.grams);
      wording.similarity.set(other, similarity);
    }
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { other, similarity };
  }
  return best && { ...best, percent: Math.floor(best.similarity * 100), rounded: Number(best.similarity.toFixed(3)) };
}

/**
 * Counts one more sentence with these words in each of its postings, and adds
 * a new wording to them. The wordings whose candidates that changes forget
 * their match: those in a posting that gains a wording while still counted,
 * and those in one that passes MAX_POSTINGS and stops being counted.
 */
function addToIndex(wording: Wording, isNew: boolean): void {
  for (const posting of wording.postings) {
    if (isNew) {
      if (posting.units <= MAX_POSTINGS) forgetMatches(posting);
      posting.wordings.push(wording);
    }
    if (++posting.units === MAX_POSTINGS + 1) forgetMatches(posting);
  }
}

function forgetMatches(posting: Posting): void {
  for (const wording of posting.wordings) wording.match = undefined;
}

/** The wording of a unit's tokens, made (with `index` as its first unit) when new. */
function wordingOf(wordings: Map<string, Wording>, { tokens }: Unit, index: number): Wording {
  const { key } = factsOf(tokens);
  let wording = wordings.get(key);
  if (!wording) {
    const facts = factsOf(tokens);
    facts.grams ??= bigramsOf(tokens);
    facts.figures ??= figuresOf(tokens);
    wording = { grams: facts.grams, figures: facts.figures, first: index, similarity: new Map(), postings: [], match: undefined, passes: 0, tally: 0, shared: 0 };
    wordings.set(key, wording);
  }
  return wording;
}

/**
 * What a word list says by itself, made once per list and kept as long as the
 * list: a cut list is shared by every sentence with its text and stays in the
 * cut cache between runs, so a re-lint finds these made.
 */
interface ListFacts {
  /** The words as one string; JSON keeps word boundaries unambiguous whatever characters the words hold. */
  key: string;
  grams?: ReadonlySet<string>;
  figures?: string;
}

const factsOfLists = new WeakMap<readonly WordAt[], ListFacts>();

function factsOf(tokens: readonly WordAt[]): ListFacts {
  let facts = factsOfLists.get(tokens);
  if (!facts) factsOfLists.set(tokens, (facts = { key: JSON.stringify(tokens.map((t) => t.word)) }));
  return facts;
}

/** The figures of a sentence, in order, as one string. */
function figuresOf(tokens: readonly WordAt[]): string {
  return tokens
    .filter((t) => hasDigit(t.word))
    .map((t) => t.word)
    .join(' ');
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const gram of a) if (b.has(gram)) both++;
  return both / (a.size + b.size - both);
}
