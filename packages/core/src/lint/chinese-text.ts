/**
 * Character classes and bounded scanning helpers shared by the writing checks.
 * Everything here looks at single characters or walks a bounded distance:
 * no regular expression runs over user text.
 */
import type { Sentence } from '../model/outline.js';
import { isChineseNumeralChar } from '../parse/numerals.js';
import { CLAUSE_MARKS, LINE_BREAKS, LIST_COMMA, SENTENCE_ENDS } from '../text/lexicon.js';

/** A CJK ideograph (basic block, extension A, compatibility) or 〇. */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/** Placeholder marks stand for a figure or name still to fill, so they count as part of the Chinese text. */
export const PLACEHOLDER_CHARS = '*＊×Ｘ';

export function isPlaceholderChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && PLACEHOLDER_CHARS.includes(ch);
}

export function isArabicDigit(ch: string | undefined): boolean {
  return ch !== undefined && isArabicDigitCode(ch.charCodeAt(0));
}

/**
 * isArabicDigit of the character at `i` (false outside the text), read by code:
 * `text[i]` makes a new one-character string for every Chinese character.
 */
export function isArabicDigitAt(text: string, i: number): boolean {
  return isArabicDigitCode(text.charCodeAt(i));
}

function isArabicDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** A digit of a Chinese numeral (一…九, 十, 百, 千, 万, 亿, 〇, 零, 两). */
export function isChineseNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isChineseNumeralChar(ch);
}

/** Marks that end a clause: a window of context never crosses them. */
export const CLAUSE_BREAKS = CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA + LINE_BREAKS;

export function isClauseBreak(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && CLAUSE_BREAKS.includes(ch);
}

const NONE: readonly number[] = [];

/**
 * Every index of `needle` in `haystack`, by an indexOf loop (no backtracking).
 * Most sentences hold none of a needle: they share one empty list.
 */
export function indexesOf(haystack: string, needle: string): readonly number[] {
  if (needle.length === 0) return NONE;
  let i = haystack.indexOf(needle);
  if (i < 0) return NONE;
  const found: number[] = [];
  for (; i >= 0; i = haystack.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}

/** True when text at `at` starts with one of the words. */
export function startsWithAny(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((w) => text.startsWith(w, at));
}

/** True when text just before `at` ends with one of the words. */
export function endsWithAny(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((w) => at - w.length >= 0 && text.startsWith(w, at - w.length));
}

/** The sentence's start offset in the source. */
export const sentenceStart = (sentence: Sentence): number => sentence.range.start.offset;

/** Converts an integer 0…99999999 to Chinese numerals as written in prose: 20 → 二十, 105 → 一百零五. */
export function toChineseNumeral(value: number): string | null {
  if (!Number.isInteger(value) || value < 0 || value >= 1e8) return null;
  const digits = '零一二三四五六七八九';
  if (value === 0) return '零';
  const below10k = (n: number): string => {
    const units = ['千', '百', '十', ''];
    const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
    let out = '';
    let zero = false;
    parts.forEach((d, i) => {
      if (d === 0) {
        if (out) zero = true;
        return;
      }
      if (zero) out += '零';
      zero = false;
      out += digits[d] + units[i]!;
    });
    return out;
  };
  const high = Math.floor(value / 1e4);
  const low = value % 1e4;
  let out = high ? below10k(high) + '万' : '';
  if (low) out += (high && low < 1000 ? '零' : '') + below10k(low);
  // 一十二 is written 十二 when it leads.
  return out.startsWith('一十') ? out.slice(1) : out;
}
