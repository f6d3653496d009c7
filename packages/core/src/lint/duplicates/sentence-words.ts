/**
 * The words duplicate-sentence compares: each sentence cut by nodejieba, with
 * punctuation, spaces and skipped spans (code, URLs) dropped; each distinct
 * sentence text cut once and kept between runs.
 */
import type { Sentence } from '../../model/outline.js';
import { jiebaSegmenter, registerSegmenterMemo, type Segmenter } from '../../segment/segmenter.js';
import type { DuplicateContext } from './context.js';
import type { Wording } from './similar-sentences.js';

/** A word of a sentence's text, at its offset in that text. */
export interface WordAt {
  word: string;
  at: number;
}

/** A sentence and its words; a word's source offset is `base + at`. */
export interface Unit {
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

  clear(): void {
    this.newer = new Map();
    this.older = new Map();
    this.newerChars = 0;
  }
}

/** About a 1 MB report's worth of sentence text per generation. */
const CUT_CACHE_CHARS = 600_000;
const cutCaches = new WeakMap<Segmenter, CutCache>();

/** The cache of jiebaSegmenter's cuts is emptied with the segmenter's own memo (clearSegmenterMemo). */
const jiebaCuts = new CutCache();
registerSegmenterMemo(jiebaCuts);

export function cutCacheFor(segmenter: Segmenter): CutCache {
  if (segmenter === jiebaSegmenter) return jiebaCuts;
  let cache = cutCaches.get(segmenter);
  if (!cache) cutCaches.set(segmenter, (cache = new CutCache()));
  return cache;
}

/** A sentence's words; punctuation, spaces and skipped spans (code, URLs) dropped. */
export function contentUnit(context: DuplicateContext, sentence: Sentence, cuts: CutCache): Unit {
  const base = sentence.range.start.offset;
  const words = wordsOf(context, sentence.text, cuts);
  // Every word lies within the sentence's text: when that touches no skipped span, no word does.
  const tokens = context.isSkipped(base, base + sentence.text.length)
    ? words.filter(({ word, at }) => !context.isSkipped(base + at, base + at + word.length))
    : words;
  return { sentence, base, tokens };
}

const NO_WORDS: readonly WordAt[] = [];

/** A sentence that frames others (heading, numbered lead phrase, table row, title line): no words, so never compared. */
export function frameUnit(sentence: Sentence): Unit {
  return { sentence, base: sentence.range.start.offset, tokens: NO_WORDS };
}

/** The words of a text that hold a letter, digit or Han character; each distinct text is cut once. */
function wordsOf(context: DuplicateContext, text: string, cuts: CutCache): readonly WordAt[] {
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


export function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}
