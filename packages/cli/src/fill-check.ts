/**
 * Does a returned value fit its place? A 数字 place takes a number in Arabic
 * digits as written in a report (12, 1,234, 3.5, 2.1万, 98.6%): a figure with a
 * unit is written in Arabic digits (GB/T 15835-2011), so 三十 does not fit. A
 * number at or above the place's multiplier (≥ 10⁸ before 亿元, ≥ 10⁴ before
 * 万人) was almost certainly entered in base units and would read as
 * 3500000000亿元. A 日期 place before 年, 月 or 日 takes the year, month or
 * day. A value that does not fit (text in a number cell, 13 before 月, `12家`
 * where 家 already follows) is reported with its row and not written: a wrong
 * figure in a signed report is worse than a gap.
 */
import { shiftPoint, type Placeholder } from '@huibao/core';

export type FillProblem = 'not-number' | 'not-arabic' | 'base-units' | 'not-year' | 'not-month' | 'not-day';

const ARABIC = /^[-+]?(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,15})(?:\.\d{1,10})?(?:万|亿|万亿)?[%‰]?$/u;
/** A Chinese numeral: a number, but not in the Arabic digits a figure with a unit takes. */
const CHINESE = /^[零〇一二两三四五六七八九十百千万亿]{1,20}(?:点[零〇一二三四五六七八九]{1,10})?$/u;

/** Full-width digits and marks (Excel on Chinese Windows types them) read as half-width. */
function halfWidth(value: string): string {
  return value.replace(/[０-９．，％－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
}

const OWN_MULTIPLIER: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 万亿: 12 };

/** An Arabic value's size in units of the place (2.1万 → 21000); null for a percentage. */
export function magnitude(value: string): number | null {
  const m = /^[-+]?([\d,]{1,30}(?:\.\d{1,10})?)(万亿|万|亿)?([%‰])?$/u.exec(halfWidth(value));
  if (!m || m[3]) return null;
  return shiftPoint(Number(m[1]!.replace(/,/g, '')), m[2] ? OWN_MULTIPLIER[m[2]]! : 0);
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 6, 06, 六, 十二 → 6, 6, 6, 12; undefined when it is not a whole number. */
function wholeNumber(value: string): number | undefined {
  const v = halfWidth(value);
  if (/^\d{1,4}$/.test(v)) return Number(v);
  if (/^[〇零一二三四五六七八九]{4}$/.test(v)) return Number([...v].map((c) => (c === '零' ? 0 : CHINESE_DIGITS.indexOf(c))).join(''));
  const m = /^([二三])?(十)?([一二三四五六七八九])?$/u.exec(v);
  if (!m || v === '') return undefined;
  const tens = m[2] ? (m[1] ? CHINESE_DIGITS.indexOf(m[1]) : 1) : 0;
  if (m[1] && !m[2]) return m[3] ? undefined : CHINESE_DIGITS.indexOf(m[1]);
  return tens * 10 + (m[3] ? CHINESE_DIGITS.indexOf(m[3]) : 0);
}

/** undefined when `value` fits `placeholder`; otherwise what it should have been. */
export function checkFillValue(placeholder: Pick<Placeholder, 'kind' | 'following' | 'multiplier'>, value: string): FillProblem | undefined {
  if (placeholder.kind === 'number') return checkNumber(value, placeholder.multiplier ?? 1);
  if (placeholder.kind !== 'date') return undefined;
  const next = placeholder.following.charAt(0);
  const n = wholeNumber(value);
  if (next === '年') return n !== undefined && n >= 1900 && n <= 2200 ? undefined : 'not-year';
  if (next === '月') return n !== undefined && n >= 1 && n <= 12 ? undefined : 'not-month';
  if (next === '日' || next === '号') return n !== undefined && n >= 1 && n <= 31 ? undefined : 'not-day';
  return undefined;
}

function checkNumber(value: string, multiplier: number): FillProblem | undefined {
  const v = halfWidth(value);
  if (CHINESE.test(v)) return 'not-arabic';
  if (!ARABIC.test(v)) return 'not-number';
  const size = magnitude(v);
  // Only a 万 or 亿 place: statistics write 12345千元 as a matter of course, so 千 is left alone.
  if (multiplier >= 1e4 && size !== null && Math.abs(size) >= multiplier) return 'base-units';
  return undefined;
}
