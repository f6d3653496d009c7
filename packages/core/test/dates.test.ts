import { describe, expect, it } from 'vitest';
import { coveredPeriod, daysInMonth, findDates, smallNumber, weekdayOf } from '../src/parse/dates.js';

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
