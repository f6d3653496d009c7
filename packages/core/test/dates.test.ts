import { describe, expect, it } from 'vitest';
import { coveredPeriod, daysInMonth, findDates, smallNumber, weekdayOf } from '../src/parse/dates.js';
import { parseReport } from '../src/index.js';

describe('dates', () => {
  it('reads CJK month and day numerals', () => {
    expect(['一', '十', '十一', '二十', '三十一', '08', '二十三十', '百'].map(smallNumber)).toEqual([1, 10, 11, 20, 31, 8, null, null]);
  });

  it('knows the weekday and the length of each month (checked against a calendar)', () => {
    expect(weekdayOf(2024, 10, 8)).toBe(2); // Tuesday
    expect(weekdayOf(2000, 1, 1)).toBe(6); // Saturday
    expect([daysInMonth(2, 2023), daysInMonth(2, 2024), daysInMonth(2, 1900), daysInMonth(2, 2000), daysInMonth(2, null), daysInMonth(4, null)]).toEqual([28, 29, 28, 29, 29, 30]);
  });

  it('finds dates with their weekday, exactly where they are written', () => {
    const text = '会议于二〇二四年十月八日（星期三）召开，5月31日周五结束，2024-10-08不算。';
    const dates = findDates(text);
    expect(dates.map((d) => [text.slice(d.start, d.end), d.year, d.month, d.day, d.weekday && text.slice(d.weekday.start, d.weekday.end)])).toEqual([
      ['二〇二四年十月八日', 2024, 10, 8, '星期三'],
      ['5月31日', null, 5, 31, '周五'],
    ]);
  });

  it('does not start a date inside a longer number', () => {
    expect(findDates('112月3日').map((d) => d.text)).toEqual([]);
  });

  it('reads the period a title covers', () => {
    expect(coveredPeriod('青云镇2024年上半年工作总结')).toEqual({ words: '上半年', year: 2024, lastMonth: 6 });
    expect(coveredPeriod('2024年1—5月经济运行情况')?.lastMonth).toBe(5);
    expect(coveredPeriod('前三季度工作汇报')?.lastMonth).toBe(9);
    expect(coveredPeriod('2024年工作总结')).toBeNull();
  });
});

describe('the outline’s dates (outline.dates), which date-check reads', () => {
  const slice = (text: string, range: { start: { offset: number }; end: { offset: number } }): string => text.slice(range.start.offset, range.end.offset);

  it('records each date as written, with its weekday, the day character a fix replaces, and its sentence', () => {
    const text = '第一句。会议于2024年10月8日（星期三）召开。';
    const [date, ...rest] = parseReport(text, { format: 'text' }).dates;
    expect(rest).toEqual([]);
    expect(date).toMatchObject({ text: '2024年10月8日', sentence: 1, year: 2024, month: 10, day: 8, calendar: 'gregorian', plannedBy: null, alone: false });
    expect(slice(text, date!.range)).toBe('2024年10月8日');
    expect(date!.weekday).toMatchObject({ text: '星期三', value: 3 });
    expect(slice(text, date!.weekday!.range)).toBe('星期三');
    expect(slice(text, date!.weekday!.dayRange)).toBe('三');
  });

  it('records a year and month with no day (2025年13月底) with day null, in text order among the dates', () => {
    const text = '截至2025年13月底，5月31日完成。';
    expect(parseReport(text, { format: 'text' }).dates.map((d) => [d.text, d.year, d.month, d.day])).toEqual([
      ['2025年13月', 2025, 13, null],
      ['5月31日', null, 5, 31],
    ]);
  });

  it('records what the words around a date say: lunar, a plan or deadline word in its clause, a date on its own line', () => {
    const dates = (text: string) => parseReport(text, { format: 'text' }).dates.map((d) => [d.text, d.calendar, d.plannedBy, d.alone]);
    expect(dates('农历八月三十日举行庆典。')).toEqual([['八月三十日', 'lunar', null, false]]);
    // 前 is in the date's clause; the next clause's 将 is not.
    expect(dates('计划于8月15日前完成，9月1日起将全面推开。')).toEqual([
      ['8月15日', 'gregorian', '计划', false],
      ['9月1日', 'gregorian', '将', false],
    ]);
    expect(dates('8月15日完成验收，下一步将全面推开。')).toEqual([['8月15日', 'gregorian', null, false]]);
    expect(dates('总结正文。\n\n2024年7月10日')).toEqual([['2024年7月10日', 'gregorian', null, true]]);
  });
});
