/**
 * The words around figures (src/data/figure-words.json): approximation,
 * role words, share and growth words, partitions and cross-cutting breakdowns.
 */
import type { Approx } from '../model/outline.js';
import type { FigureWordsFile } from '../model/wordlists.js';
import wordsFile from '../data/figure-words.json' with { type: 'json' };
import { codeSet } from '../text/char-codes.js';

export const figureWords = wordsFile as FigureWordsFile;

const byLengthDesc = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);

export const TOTAL_WORDS = byLengthDesc(figureWords.totalWords);
export const CHANGE_WORDS = byLengthDesc(figureWords.changeWords);
export const SHARE_WORDS = byLengthDesc(figureWords.shareWords);
export const GROWTH_WORDS = byLengthDesc(figureWords.growthWords);
export const OTHER_WORDS = byLengthDesc(figureWords.otherWords);
export const SCOPE_WORDS = byLengthDesc(figureWords.scopeWords);
const APPROX_BEFORE = [...figureWords.approxBefore].sort((a, b) => b.word.length - a.word.length);
const APPROX_AFTER = [...figureWords.approxAfter].sort((a, b) => b.word.length - a.word.length);

export interface WordHit {
  word: string;
  start: number;
  end: number;
}

/** Last characters of the words before a number and first characters of those after it: most figures have neither. */
const APPROX_BEFORE_LAST = codeSet(APPROX_BEFORE.map((entry) => entry.word[entry.word.length - 1]!));
const APPROX_AFTER_FIRST = codeSet(APPROX_AFTER.map((entry) => entry.word[0]!));

/** The approximation word that ends exactly at `end` (约 in 约5万元). */
export function approxBefore(text: string, end: number): { word: string; approx: Approx } | null {
  if (!APPROX_BEFORE_LAST.has(text.charCodeAt(end - 1))) return null;
  for (const entry of APPROX_BEFORE) {
    if (end - entry.word.length >= 0 && text.startsWith(entry.word, end - entry.word.length)) return entry;
  }
  return null;
}

/** The approximation word that starts exactly at `at` (余 in *余名). */
export function approxAfter(text: string, at: number): { word: string; approx: Approx } | null {
  if (!APPROX_AFTER_FIRST.has(text.charCodeAt(at))) return null;
  for (const entry of APPROX_AFTER) if (text.startsWith(entry.word, at)) return entry;
  return null;
}

/** The last occurrence of any of `words` in text[from, to), longest word first at equal ends. */
export function lastWordIn(text: string, from: number, to: number, words: readonly string[]): WordHit | null {
  let best: WordHit | null = null;
  for (const word of words) {
    const at = text.lastIndexOf(word, to - word.length);
    if (at < from || at < 0) continue;
    if (!best || at + word.length > best.end || (at + word.length === best.end && word.length > best.word.length)) {
      best = { word, start: at, end: at + word.length };
    }
  }
  return best;
}

export function containsAny(text: string, words: readonly string[]): string | null {
  for (const word of words) if (text.includes(word)) return word;
  return null;
}
