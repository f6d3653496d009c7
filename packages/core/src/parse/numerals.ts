/**
 * Chinese and Arabic numerals as they appear in markers, slogans and figures.
 * Every function here reads a bounded, already-isolated token: none scans free text.
 */
import { codeSet } from '../text/char-codes.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_DIGIT_CHARS = '零〇一二两三四五六七八九';
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

export function isChineseNumeralChar(ch: string): boolean {
  return CHINESE_NUMERAL_CHARS.includes(ch);
}

const CHINESE_NUMERAL_CODES = codeSet(CHINESE_NUMERAL_CHARS);

/** isChineseNumeralChar for a code unit, for scans that must not allocate. */
export function isChineseNumeralCode(code: number): boolean {
  return CHINESE_NUMERAL_CODES.has(code);
}

/**
 * Parses a Chinese numeral such as 三, 十二, 二十一, 一百零五, 三千五百万, 两万.
 * Digit strings without units (二〇二二) are read digit by digit. Returns null when
 * the token is not a well-formed numeral.
 */
export function parseChineseNumeral(token: string): number | null {
  if (token.length === 0 || token.length > 24) return null;
  for (const ch of token) if (!isChineseNumeralChar(ch)) return null;
  if (!/[十百千万亿]/.test(token)) {
    // 二〇二二 → 2022; 三 → 3.
    let value = 0;
    for (const ch of token) value = value * 10 + DIGITS[ch]!;
    return value;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of token) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else {
      const big = BIG_UNITS[ch]!;
      total = (total + section + (digit ?? 0)) * big;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

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
