/**
 * Section markers of GB/T 9704-2012 §7.3.3 (一、 （一） 1. （1）) and the
 * non-standard forms writers use instead. Matching looks at most a few
 * characters past the paragraph start: bounded work whatever the input.
 */
import type { MarkerStyle } from '../model/outline.js';
import { parseChineseNumeral, parseOrdinal } from './numerals.js';
import { ORDINAL_NUMERAL_CHARS } from '../text/lexicon.js';

export interface MarkerMatch {
  style: MarkerStyle;
  level: 1 | 2 | 3 | 4;
  ordinal: number;
  /** The marker as written, e.g. （二）. */
  text: string;
}

/** Level each marker form stands for, standard or not. */
export const LEVEL_OF_STYLE: Record<MarkerStyle, 1 | 2 | 3 | 4> = {
  'cjk-comma': 1,
  'cjk-paren': 2,
  'cjk-paren-comma': 2,
  'cjk-halfwidth-paren': 2,
  'arabic-dot': 3,
  'arabic-comma': 3,
  'arabic-paren': 4,
  'arabic-halfwidth-paren': 4,
};

/** The GB/T 9704 form for each level. */
export const STANDARD_STYLE: Record<1 | 2 | 3 | 4, MarkerStyle> = {
  1: 'cjk-comma',
  2: 'cjk-paren',
  3: 'arabic-dot',
  4: 'arabic-paren',
};

const CJK_ORDINAL = ORDINAL_NUMERAL_CHARS;
const MAX_ORDINAL_CHARS = 3;

function isCjkOrdinalChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK_ORDINAL.includes(ch);
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
}

/** Reads a run of characters accepted by `accept`, at most `max` long. */
function run(text: string, at: number, end: number, accept: (ch: string | undefined) => boolean, max: number): number {
  let i = at;
  while (i < end && i - at < max && accept(text[i])) i++;
  return i;
}

export function matchSectionMarker(text: string, start: number, end: number): MarkerMatch | null {
  const first = text[start];
  if (first === undefined || start >= end) return null;

  // 一、  二十、 — but not 一、二月份 or 一、二、三产业, which join numbers.
  if (isCjkOrdinalChar(first)) {
    const after = run(text, start, end, isCjkOrdinalChar, MAX_ORDINAL_CHARS);
    if (text[after] === '、' && !startsNumberList(text, after + 1, end, isCjkOrdinalChar)) {
      const ordinal = parseChineseNumeral(text.slice(start, after));
      if (ordinal !== null) return make('cjk-comma', ordinal, text.slice(start, after + 1));
    }
    return null;
  }

  // （一） （一）、 (一) （1） (1)
  if (first === '（' || first === '(') {
    const innerStart = start + 1;
    const cjkEnd = run(text, innerStart, end, isCjkOrdinalChar, MAX_ORDINAL_CHARS);
    const digitEnd = run(text, innerStart, end, isDigit, 3);
    const innerEnd = cjkEnd > innerStart ? cjkEnd : digitEnd;
    if (innerEnd === innerStart) return null;
    const close = text[innerEnd];
    if (close !== '）' && close !== ')') return null;
    const inner = text.slice(innerStart, innerEnd);
    const ordinal = parseOrdinal(inner);
    if (ordinal === null) return null;
    const halfwidth = first === '(' || close === ')';
    if (cjkEnd > innerStart) {
      if (text[innerEnd + 1] === '、') return make('cjk-paren-comma', ordinal, text.slice(start, innerEnd + 2));
      return make(halfwidth ? 'cjk-halfwidth-paren' : 'cjk-paren', ordinal, text.slice(start, innerEnd + 1));
    }
    return make(halfwidth ? 'arabic-halfwidth-paren' : 'arabic-paren', ordinal, text.slice(start, innerEnd + 1));
  }

  // 1.  1．  1、 — but not 1.5万 or 2022、
  if (isDigit(first)) {
    const after = run(text, start, end, isDigit, 3);
    if (after - start > 2) return null;
    const mark = text[after];
    if ((mark === '.' || mark === '．') && !isDigit(text[after + 1])) {
      return make('arabic-dot', parseOrdinal(text.slice(start, after))!, text.slice(start, after + 1));
    }
    if (mark === '、' && !startsNumberList(text, after + 1, end, isDigit)) {
      return make('arabic-comma', parseOrdinal(text.slice(start, after))!, text.slice(start, after + 1));
    }
  }
  return null;
}

/** What ends a number that joins the one before it: 一、二月份, 一、二、三产业, 1、2月, 1、2—3季度. */
const NUMBER_LIST_ENDS = ['、', '月', '季', '级', '类', '产业', '号', '—', '-', '－', '～', '~', '至'];

/**
 * True when `at` starts a number that, with the numeral before the 、, names
 * several things at once (一、二月份累计完成…): the paragraph starts with
 * numerals, not with a marker. 三、三农工作 stays a marker: 农 ends no number.
 */
function startsNumberList(text: string, at: number, end: number, accept: (ch: string | undefined) => boolean): boolean {
  const after = run(text, at, end, accept, MAX_ORDINAL_CHARS);
  if (after === at) return false;
  return NUMBER_LIST_ENDS.some((mark) => text.startsWith(mark, after));
}

function make(style: MarkerStyle, ordinal: number, text: string): MarkerMatch {
  return { style, level: LEVEL_OF_STYLE[style], ordinal, text };
}

export function startsWithSectionMarker(text: string, start: number, end: number): boolean {
  return matchSectionMarker(text, start, end) !== null;
}

const CJK_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十. */
export function toChineseOrdinal(n: number): string {
  if (n < 10) return CJK_DIGITS[n] ?? String(n);
  if (n < 20) return '十' + (CJK_DIGITS[n - 10] ?? '');
  if (n < 100) return (CJK_DIGITS[Math.floor(n / 10)] ?? '') + '十' + (CJK_DIGITS[n % 10] ?? '');
  return String(n);
}

/** The marker a level and ordinal should have under GB/T 9704. */
export function standardMarker(level: 1 | 2 | 3 | 4, ordinal: number): string {
  switch (level) {
    case 1:
      return `${toChineseOrdinal(ordinal)}、`;
    case 2:
      return `（${toChineseOrdinal(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}
