/**
 * Calendar dates as written in reports: 2024年10月8日, 10月8日, 二〇二四年十月八日,
 * with the weekday that may follow (（星期三）, 周三). Pure arithmetic on the
 * proleptic Gregorian calendar; nothing here reads the clock.
 */

/** A date as the scanner finds it in a string (offsets into that string); the outline's record is model/outline.ts's WrittenDate. */
export interface ScannedDate {
  /** Offsets into the scanned text: from the year (or month) to 日/号. */
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number;
  day: number;
  /** The weekday written after the date, when there is one. */
  weekday: WrittenWeekday | null;
}

export interface WrittenWeekday {
  start: number;
  end: number;
  /** The whole word as written: 星期三, 周三, 礼拜三. */
  text: string;
  /** Where the day character (三) is, to replace it. */
  dayStart: number;
  /** 0 = Sunday … 6 = Saturday. */
  value: number;
}

const CJK_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// Year: four Arabic or four CJK digits; month and day: 1–2 digits or up to three CJK numerals (三十一).
const DATE =
  /(?<![0-9〇零一二三四五六七八九十])(?:([0-9]{4}|[〇零一二三四五六七八九]{4})年)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]/g;
const WEEKDAY = /^[（(，, ]?(星期|礼拜|周)([一二三四五六日天])/;
const WEEKDAY_VALUES: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
export const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** 三十一 → 31, 十 → 10, 二十 → 20, 08 → 8; null when not a number. */
export function smallNumber(written: string): number | null {
  if (/^[0-9]+$/.test(written)) return Number(written);
  const ten = written.indexOf('十');
  if (ten < 0) return written.length === 1 ? (CJK_DIGITS[written] ?? null) : null;
  if (written.indexOf('十', ten + 1) >= 0) return null;
  const tens = ten === 0 ? 1 : CJK_DIGITS[written.slice(0, ten)];
  const ones = ten === written.length - 1 ? 0 : CJK_DIGITS[written.slice(ten + 1)];
  if (tens === undefined || ones === undefined || ten > 1 || written.length - ten > 2) return null;
  return tens * 10 + ones;
}

function yearNumber(written: string): number {
  if (/^[0-9]+$/.test(written)) return Number(written);
  return [...written].reduce((n, c) => n * 10 + (CJK_DIGITS[c] ?? 0), 0);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February has 29 when the year is unknown (the date may be right). */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday, for a date that exists. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Every date written in `text`, in order. Numbers the reader cannot take as a date (13月) are still returned: checking them is the point. */
export function findDates(text: string): ScannedDate[] {
  const dates: ScannedDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = smallNumber(m[2]!);
    const day = smallNumber(m[3]!);
    if (month === null || day === null || month === 0 || day === 0) continue;
    const start = m.index;
    const end = start + m[0].length;
    const after = WEEKDAY.exec(text.slice(end, end + 4));
    let weekday: WrittenWeekday | null = null;
    if (after) {
      const wordStart = end + after[0].length - after[1]!.length - 1;
      weekday = {
        start: wordStart,
        end: end + after[0].length,
        text: after[1]! + after[2]!,
        dayStart: end + after[0].length - 1,
        value: WEEKDAY_VALUES[after[2]!]!,
      };
    }
    dates.push({ start, end, text: m[0], year: m[1] ? yearNumber(m[1]) : null, month, day, weekday });
  }
  return dates;
}

/** A year and a month with no day after it (2025年13月底, 2025年13月份): only its month can be checked. */
const YEAR_MONTH = /(?<![0-9〇零一二三四五六七八九十])([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?![0-9一二三四五六七八九十]{1,3}[日号])/g;

/** A month a year cannot have (2025年13月底, 2025年0月), written with its year and no day; dates with a day are findDates'. */
export function findImpossibleMonths(text: string): Array<{ start: number; end: number; text: string; year: number; month: number }> {
  const found: Array<{ start: number; end: number; text: string; year: number; month: number }> = [];
  // Nearly every sentence of a report holds no 年…月 at all; the pattern is not worth running there.
  if (!text.includes('年') || !text.includes('月')) return found;
  for (const m of text.matchAll(YEAR_MONTH)) {
    const month = smallNumber(m[2]!);
    if (month === null || (month >= 1 && month <= 12)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], year: yearNumber(m[1]!), month });
  }
  return found;
}

/**
 * The period a report's title says it covers, as the last month of it:
 * 上半年 → 6, 一季度 → 3, 前三季度 → 9, 1—5月 / 一至五月 → 5. Null when the
 * title names a whole year or no period.
 */
export interface CoveredPeriod {
  /** The words of the title that name it. */
  words: string;
  year: number | null;
  lastMonth: number;
}

const PERIODS: Array<{ pattern: RegExp; lastMonth: (m: RegExpExecArray) => number | null }> = [
  { pattern: /上半年/, lastMonth: () => 6 },
  { pattern: /前三季度/, lastMonth: () => 9 },
  { pattern: /(?:第一|一)季度/, lastMonth: () => 3 },
  { pattern: /(?:1|一)\s?(?:[-—－–～~至到])\s?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月/, lastMonth: (m) => smallNumber(m[1]!) },
];
const TITLE_YEAR = /([0-9]{4})年/;

export function coveredPeriod(title: string): CoveredPeriod | null {
  for (const { pattern, lastMonth } of PERIODS) {
    const m = pattern.exec(title);
    if (!m) continue;
    const month = lastMonth(m);
    if (month === null || month < 1 || month >= 12) continue;
    const year = TITLE_YEAR.exec(title);
    return { words: m[0], year: year ? Number(year[1]) : null, lastMonth: month };
  }
  return null;
}
