/**
 * Chinese and Arabic numerals as they appear in markers, slogans and figures.
 * Every function here reads a bounded, already-isolated token: none scans free text.
 */
import { codeSet } from '../text/char-codes.js';

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

/** Code units of the Chinese digits and their values (两 is 2, 〇 is 0). */
const DIGIT_CODES = [...'零〇一二两三四五六七八九'].map((ch) => ch.charCodeAt(0));
const DIGIT_VALUES = [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9];
/** 十 百 千 multiply the digit before them; 万 亿 multiply everything before them. */
const UNIT_CODES = [...'十百千万亿'].map((ch) => ch.charCodeAt(0));
const UNIT_VALUES = [10, 100, 1000, 1e4, 1e8];

/**
 * Parses a Chinese numeral such as 三, 十二, 二十一, 一百零五, 三千五百万, 两万.
 * Digit strings without units (二〇二二) are read digit by digit. Returns null when
 * the token is not a well-formed numeral. Reads code units: figures and
 * markers call it for every numeral in a report.
 */
export function parseChineseNumeral(token: string): number | null {
  if (token.length === 0 || token.length > 24) return null;
  let hasUnit = false;
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    if (UNIT_CODES.includes(code)) hasUnit = true;
    else if (!DIGIT_CODES.includes(code)) return null;
  }
  if (!hasUnit) {
    // 二〇二二 → 2022; 三 → 3.
    let value = 0;
    for (let k = 0; k < token.length; k++) value = value * 10 + DIGIT_VALUES[DIGIT_CODES.indexOf(token.charCodeAt(k))]!;
    return value;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    const d = DIGIT_CODES.indexOf(code);
    if (d >= 0) {
      digit = DIGIT_VALUES[d]!;
      continue;
    }
    const unit = UNIT_VALUES[UNIT_CODES.indexOf(code)]!;
    if (unit < 1e4) {
      section += (digit ?? 1) * unit;
    } else {
      total = (total + section + (digit ?? 0)) * unit;
      section = 0;
    }
    digit = null;
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
