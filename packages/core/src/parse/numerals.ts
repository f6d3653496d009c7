/**
 * Chinese and Arabic numerals as they appear in markers, slogans and figures.
 * Every function here reads a bounded, already-isolated token: none scans free text.
 */
// The numeral characters and the one reader of Chinese numerals live in the
// lexicon; they are re-exported here for the modules that read tokens.
export { CHINESE_DIGIT_CHARS, CHINESE_NUMERAL_CHARS, isChineseNumeralChar, isChineseNumeralCode, parseChineseNumeral } from '../text/lexicon.js';
import { parseChineseNumeral } from '../text/lexicon.js';

/** Full-width digits, comma and point to ASCII, so Number() can read them. */
export function toAsciiDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (ch === '．') out += '.';
    else if (ch === '，' || ch === ',') continue;
    else out += ch;
  }
  return out;
}

/** Parses an Arabic ordinal or a Chinese one: 3, ３, 三, 十二. */
export function parseOrdinal(token: string): number | null {
  if (/^[0-9０-９]+$/.test(token)) return Number(toAsciiDigits(token));
  return parseChineseNumeral(token);
}

/** `text` without the trailing run of `ch` (a loop: /0+$/ is quadratic on long runs). */
export function trimEndChar(text: string, ch: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === ch) end--;
  return text.slice(0, end);
}

/** 12.3400 → 12.34, 12.000 → 12; integers are left alone. */
export function trimDecimalZeros(decimal: string): string {
  if (!decimal.includes('.')) return decimal;
  return trimEndChar(trimEndChar(decimal, '0'), '.');
}
