import { defineRule, type RuleContext } from '../rule.js';
import type { Sentence } from '../../model/outline.js';
import type { Segmenter } from '../../segment/segmenter.js';

/**
 * The same or nearly the same sentence twice in one report, and a long passage
 * repeated inside different sentences (以“零容忍”的态度坚决打击非法塑料加工 in
 * two places). Compared on nodejieba words, never characters, with punctuation
 * and spaces dropped, so 以“零容忍”的态度 and 以零容忍的态度 match.
 *
 * Two units, both reported at the later occurrence with the first as related:
 *  - sentence: Jaccard similarity of word bigrams ≥ `threshold` (0.7: one word
 *    changed in a 12-word sentence still counts);
 *  - passage: a run of ≥ `minTokens` (8) identical words shared with an earlier
 *    sentence, for a clause repeated inside longer sentences.
 * Shorter runs are boilerplate (今年以来, 取得了明显成效) and never reported.
 *
 * Near-linear on large reports: candidate sentences come from an inverted index
 * of bigrams that skips bigrams found in too many sentences, and passages from a
 * hash of word 4-grams keeping a few earliest occurrences each. Repeated text is
 * cheap: each distinct sentence text is cut once (and kept for the next run),
 * and sentences with the same words share one entry (a wording) in the index,
 * one similarity per pair and one best match until the index around them changes.
 */
type MessageId = 'sentence' | 'nearSentence' | 'passage' | 'first';

const DEFAULTS = { minTokens: 8, threshold: 0.7 };
/** A bigram in more sentences than this says nothing about which two are alike. */
const MAX_POSTINGS = 64;
const GRAM = 4;
const MAX_OCCURRENCES = 8;
const EXCERPT = 24;

/** A word of a sentence's text, at its offset in that text. */
interface WordAt {
  word: string;
  at: number;
}

/** A sentence and its words; a word's source offset is `base + at`. */
interface Unit {
  sentence: Sentence;
  base: number;
  /**
   * The words compared. When none falls in a skipped span this is the cut
   * cache's own list, one array for every sentence with the same text.
   */
  tokens: readonly WordAt[];
  /** Set for units of at least minTokens words, which take part in the sentence comparison. */
  wording?: Wording;
}

/**
 * One word sequence shared by every sentence that has it. Those sentences have
 * the same bigrams and figures, so they meet every other sentence alike.
 */
interface Wording {
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

export default defineRule<MessageId>({
  meta: {
    id: 'duplicate-sentence',
    category: '用词',
    severity: 'info',
    description: { zh: '同一报告中重复或几乎相同的句子、重复的长句段', en: 'The same or nearly the same sentence, or a long passage, twice in one report' },
    basis: '《党政机关公文处理工作条例》第十九条（文字精炼）；GB/T 9704-2012 惯例',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    messages: {
      sentence: { zh: '此句与第{{line}}行的句子重复', en: 'This sentence repeats the one on line {{line}}' },
      nearSentence: { zh: '此句与第{{line}}行的句子几乎相同（相似度{{percent}}%）', en: 'This sentence is nearly the same as the one on line {{line}} ({{percent}}% alike)' },
      passage: { zh: '“{{excerpt}}”与第{{line}}行的表述重复（{{count}}个词）', en: '“{{excerpt}}” repeats wording from line {{line}} ({{count}} words)' },
      first: { zh: '首次出现', en: 'First occurrence' },
    },
  },
  check(context) {
    const minTokens = positiveInteger(context.options.minTokens) ?? DEFAULTS.minTokens;
    const threshold = fraction(context.options.threshold) ?? DEFAULTS.threshold;
    const cuts = cutCacheFor(context.segmenter);
    const units = context.outline.sentences.map((sentence) => contentUnit(context, sentence, cuts));
    const duplicates = findDuplicateSentences(context, units, minTokens, threshold);
    findRepeatedPassages(context, units, minTokens, duplicates);
  },
});

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 ? value : undefined;
}
function fraction(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 && value <= 1 ? value : undefined;
}

/**
 * Cut sentences kept between runs, per segmenter: the language server lints the
 * whole report on every keystroke, and all sentences but the edited one were cut
 * the time before. Two generations bound the memory: when the newer one holds
 * CUT_CACHE_CHARS characters of text it becomes the older one and the oldest is
 * dropped; a text found only in the older one moves to the newer.
 */
class CutCache {
  private newer = new Map<string, readonly WordAt[]>();
  private older = new Map<string, readonly WordAt[]>();
  private newerChars = 0;

  get(text: string): readonly WordAt[] | undefined {
    const words = this.newer.get(text);
    if (words) return words;
    const old = this.older.get(text);
    if (old) this.set(text, old);
    return old;
  }

  set(text: string, words: readonly WordAt[]): void {
    if (this.newerChars + text.length > CUT_CACHE_CHARS) {
      this.older = this.newer;
      this.newer = new Map();
      this.newerChars = 0;
    }
    this.newer.set(text, words);
    this.newerChars += text.length;
  }
}

/** About a 1 MB report's worth of sentence text per generation. */
const CUT_CACHE_CHARS = 600_000;
const cutCaches = new WeakMap<Segmenter, CutCache>();

function cutCacheFor(segmenter: Segmenter): CutCache {
  let cache = cutCaches.get(segmenter);
  if (!cache) cutCaches.set(segmenter, (cache = new CutCache()));
  return cache;
}

/** A sentence's words; punctuation, spaces and skipped spans (code, URLs) dropped. */
function contentUnit(context: RuleContext<MessageId>, sentence: Sentence, cuts: CutCache): Unit {
  const base = sentence.range.start.offset;
  const words = wordsOf(context, sentence.text, cuts);
  // Every word lies within the sentence's text: when that touches no skipped span, no word does.
  const tokens = context.isSkipped(base, base + sentence.text.length)
    ? words.filter(({ word, at }) => !context.isSkipped(base + at, base + at + word.length))
    : words;
  return { sentence, base, tokens };
}

/** The words of a text that hold a letter, digit or Han character; each distinct text is cut once. */
function wordsOf(context: RuleContext<MessageId>, text: string, cuts: CutCache): readonly WordAt[] {
  const cached = cuts.get(text);
  if (cached) return cached;
  const words: WordAt[] = [];
  let at = 0;
  for (const word of context.segmenter.cut(text)) {
    // jieba returns the text in order; find each word from where the last ended, in case it drops a character.
    const found = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (found < 0) continue;
    at = found + word.length;
    if (hasWordChar(word)) words.push({ word, at: found });
  }
  cuts.set(text, words);
  return words;
}

function hasWordChar(word: string): boolean {
  for (const ch of word) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

const bigramsOf = (tokens: readonly WordAt[]): ReadonlySet<string> => {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) grams.add(tokens[i]!.word + '\u0001' + tokens[i + 1]!.word);
  return grams;
};

/** Reports each sentence that is (nearly) a repeat of an earlier one; returns a flag per unit, 1 where reported. */
function findDuplicateSentences(context: RuleContext<MessageId>, units: Unit[], minTokens: number, threshold: number): Uint8Array {
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
    if (match === undefined) match = bestMatch(wording, threshold);
    if (!isNew) wording.match = match;
    addToIndex(wording, isNew);
    if (!match) return;
    const first = units[match.other.first]!.sentence;
    const exact = match.similarity === 1;
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

/** Runs of ≥ minTokens words shared with an earlier sentence, each reported once at its later occurrence. */
function findRepeatedPassages(context: RuleContext<MessageId>, units: readonly Unit[], minTokens: number, skip: Uint8Array): void {
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
          if (otherUnit === index) continue;
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
            reportPassage(context, unit, i, first, bestAt, bestLength);
            covered = i + bestLength;
          }
        }
      }
      if (!earlier) seen[gram] = [index, i];
      else if (earlier.length < 2 * MAX_OCCURRENCES && earlier[earlier.length - 2] !== index) earlier.push(index, i);
    }
  });
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
const CLAUSE_EDGES = '，。；：、！？,;:!?';
const QUOTES_AND_SPACE = '“”‘’《》（）「」 \t\r\n\u3000';

/**
 * True when tokens [at, at+length) make up whole clauses: a clause break (or the
 * sentence's edge) on both sides, looking past quotes and line breaks. A shared
 * noun phrase (居民人均可支配收入及增长速度) inside two clauses is terminology,
 * not a repeated statement.
 */
function clauseAligned(context: RuleContext<MessageId>, { base, tokens }: Unit, at: number, length: number): boolean {
  const { text } = context;
  const last = tokens[at + length - 1]!;
  let before = base + tokens[at]!.at - 1;
  while (before >= 0 && QUOTES_AND_SPACE.includes(text[before]!)) before--;
  let after = base + last.at + last.word.length;
  while (after < text.length && QUOTES_AND_SPACE.includes(text[after]!)) after++;
  // The first and last words of a sentence stand at a clause edge by definition.
  const startsClause = at === 0 || before < 0 || CLAUSE_EDGES.includes(text[before]!);
  const endsClause = at + length === tokens.length || after >= text.length || CLAUSE_EDGES.includes(text[after]!);
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

function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** Source span of `length` words of a unit from word `at`. */
function spanOf({ base, tokens }: Unit, at: number, length: number): { start: number; end: number } {
  const last = tokens[at + length - 1]!;
  return { start: base + tokens[at]!.at, end: base + last.at + last.word.length };
}

function reportPassage(context: RuleContext<MessageId>, later: Unit, at: number, first: Unit, firstAt: number, length: number): void {
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
