/**
 * The calendar dates of a report's prose, recorded in the outline (outline.dates) with
 * what the text says around them: the weekday written after a date, a lunar date, a
 * plan or deadline word in the date's clause, a date that is its own line. Whether a
 * date exists, matches its weekday or falls after the period the report covers is
 * judged by date-check, which reads only these records.
 */
import type { WrittenDate } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { findDates, findImpossibleMonths, type ScannedDate } from './dates.js';
import { codeSet, indexOfCode, lastIndexOfCode } from '../text/char-codes.js';
import { FULL_COMMA, FULL_SEMICOLON } from '../text/lexicon.js';

/** Words that make a date a plan or a deadline rather than something done. */
const PLAN_WORDS = ['将', '计划', '拟', '预计', '力争', '争取', '确保', '前', '届时', '下一步', '即将', '准备', '定于', '截止日期', '下半年'];
/** Lunar dates have months of 30 days and are not Gregorian: 农历八月三十日 exists. */
const LUNAR_WORDS = ['农历', '阴历', '正月', '腊月'];
/** How far before a date a lunar word may stand (农历八月…). */
const LUNAR_LEAD = 4;
/** The marks around the clause a date is read in: ，； (a colon or 、 stays inside it). */
const DATE_CLAUSE_BREAKS = codeSet(FULL_COMMA + FULL_SEMICOLON);

/** Every date of the report's sentences, in order, appended to outline.dates. */
export function findReportDates(ctx: ParseContext): void {
  const { outline } = ctx;
  for (const sentence of outline.sentences) {
    const text = sentence.text;
    // Nearly every sentence holds no 月 at all: neither pattern can match there.
    if (!text.includes('月')) continue;
    const base = sentence.range.start.offset;
    const found: Array<{ start: number; date: WrittenDate }> = [];
    for (const month of findImpossibleMonths(text)) {
      found.push({ start: month.start, date: record(ctx, sentence.id, text, base, { ...month, day: null, weekday: null }) });
    }
    for (const date of findDates(text)) {
      found.push({ start: date.start, date: record(ctx, sentence.id, text, base, date) });
    }
    found.sort((a, b) => a.start - b.start);
    for (const { date } of found) outline.dates.push(date);
  }
}

/** A scanned date, or a year and month with no day (2025年13月). */
type Written = Omit<ScannedDate, 'day'> & { day: number | null };

function record(ctx: ParseContext, sentence: number, text: string, base: number, date: Written): WrittenDate {
  const before = text.slice(Math.max(0, date.start - LUNAR_LEAD), date.start);
  const lunar = LUNAR_WORDS.some((w) => before.includes(w) || date.text.startsWith(w));
  return {
    text: date.text,
    range: rangeOf(ctx, base + date.start, base + date.end),
    sentence,
    year: date.year,
    month: date.month,
    day: date.day,
    weekday: date.weekday && {
      text: date.weekday.text,
      value: date.weekday.value,
      range: rangeOf(ctx, base + date.weekday.start, base + date.weekday.end),
      dayRange: rangeOf(ctx, base + date.weekday.dayStart, base + date.weekday.dayStart + 1),
    },
    calendar: lunar ? 'lunar' : 'gregorian',
    plannedBy: planWordAround(text, date.start, date.end),
    alone: text.trim().length <= date.text.length + 1,
  };
}

/** A plan or deadline word in the clause holding [start, end) (计划于8月15日前完成), or null. */
function planWordAround(text: string, start: number, end: number): string | null {
  const clauseStart = lastIndexOfCode(text, DATE_CLAUSE_BREAKS, start) + 1;
  const next = indexOfCode(text, DATE_CLAUSE_BREAKS, end);
  const clause = text.slice(clauseStart, next < 0 ? text.length : next);
  return PLAN_WORDS.find((w) => clause.includes(w)) ?? null;
}
