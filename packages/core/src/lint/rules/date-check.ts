import { NO_OPTIONS, defineRule, type RuleContext } from '../rule.js';
import type { ReportOutline, Section, WrittenDate } from '../../model/outline.js';
import { codeSet } from '../../text/char-codes.js';
import { FULL_SEMICOLON, FULL_STOP, SENTENCE_ENDS_FULL } from '../../text/lexicon.js';
import { WEEKDAY_NAMES, coveredPeriod, daysInMonth, weekdayOf, type CoveredPeriod } from '../../parse/dates.js';

type MessageId = 'weekday' | 'no-such-date' | 'no-such-month' | 'after-period' | 'use-weekday';

/** Headings of the parts of a report that look ahead (下半年工作打算). */
const PLAN_HEADINGS = ['下半年', '计划', '打算', '思路', '安排', '下一步', '重点', '展望', '目标'];
/** The marks a sentence or a list item ends with, which a title line does not: 。；！？. */
const STATEMENT_ENDS = codeSet(SENTENCE_ENDS_FULL + FULL_SEMICOLON);
const MAX_TITLE = 40;

/**
 * Dates that cannot be right: a weekday that is not the date's (2024年10月8日
 * is a Tuesday), a day the month does not have (4月31日), and — as a hint — a
 * date after the period a report covers (上半年工作总结 reporting 8月15日 as done).
 * The dates and the words around them are the parser's (outline.dates).
 */
export default defineRule<MessageId>({
  meta: {
    id: 'date-check',
    name: { zh: '日期核对', en: 'Date check' },
    category: '数据',
    severity: 'warning',
    description: { zh: '日期与星期相符、日期真实存在、不晚于报告所述期间', en: 'Dates exist, match their weekday and fall within the period the report covers' },
    basis: '公历（格里高利历）；GB/T 7408-2005《数据元和交换格式 信息交换 日期和时间表示法》',
    fixable: false,
    hasSuggestions: true,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      weekday: { zh: '{{date}}是星期{{actual}}，文中写作“{{written}}”', en: '{{date}} is a {{actualEn}}, the text says “{{written}}”' },
      'no-such-date': { zh: '“{{date}}”不存在：{{month}}月只有 {{days}} 天', en: '“{{date}}” does not exist: month {{month}} has {{days}} days' },
      'no-such-month': { zh: '“{{date}}”不存在：一年只有 12 个月，没有 {{month}} 月', en: '“{{date}}” does not exist: there is no month {{month}}' },
      'after-period': {
        zh: '“{{title}}”所述期间截至 {{lastMonth}} 月底，“{{date}}”在其后',
        en: '“{{title}}” covers the period up to the end of month {{lastMonth}}; “{{date}}” is after it',
      },
      'use-weekday': { zh: '改为“{{weekday}}”', en: 'Change to “{{weekday}}”' },
    },
  },
  check(context) {
    const { outline } = context;
    const title = reportTitle(outline);
    const period = title ? coveredPeriod(title.text) : null;
    const planSentences = period ? sentencesUnderPlanHeadings(outline) : new Set<number>();
    const titleParagraph = title?.paragraph ?? null;
    for (const date of outline.dates) {
      const span = { start: date.range.start.offset, end: date.range.end.offset };
      if (context.isSkipped(span.start, span.end)) continue;
      // 2025年13月底: a year and a month with no day, the month one a year does not have.
      if (date.day === null) {
        context.report({ messageId: 'no-such-month', data: { date: date.text, month: date.month }, span, details: { month: date.month, day: null } });
        continue;
      }
      if (date.calendar === 'lunar') continue;
      const year = date.year ?? period?.year ?? null;
      if (date.month > 12) {
        context.report({ messageId: 'no-such-month', data: { date: date.text, month: date.month }, span, details: { month: date.month, day: date.day } });
        continue;
      }
      const days = daysInMonth(date.month, year);
      if (date.day > days) {
        context.report({
          messageId: 'no-such-date',
          data: { date: date.text, month: date.month, days },
          span,
          details: { year, month: date.month, day: date.day, daysInMonth: days },
        });
        continue;
      }
      if (date.weekday && year !== null) checkWeekday(date, date.day, year, context);
      const paragraph = outline.sentences[date.sentence]!.paragraph;
      if (period && paragraph !== titleParagraph && !planSentences.has(date.sentence) && !date.alone && date.plannedBy === null && isAfter(date, period)) {
        context.report({
          messageId: 'after-period',
          data: { title: title!.text, lastMonth: period.lastMonth, date: date.text },
          span,
          severity: 'info',
          details: { lastMonth: period.lastMonth, year: period.year, month: date.month, day: date.day },
        });
      }
    }
  },
});

function checkWeekday(date: WrittenDate, day: number, year: number, context: RuleContext<MessageId>): void {
  const weekday = date.weekday!;
  const actual = weekdayOf(year, date.month, day);
  if (actual === weekday.value) return;
  const right = WEEKDAY_NAMES[actual]!;
  context.report({
    messageId: 'weekday',
    data: {
      date: `${year}年${date.month}月${day}日`,
      actual: right,
      actualEn: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][actual]!,
      written: weekday.text,
    },
    span: { start: weekday.range.start.offset, end: weekday.range.end.offset },
    fixes: [
      {
        messageId: 'use-weekday',
        data: { weekday: weekday.text.slice(0, -1) + right },
        edits: [{ span: { start: weekday.dayRange.start.offset, end: weekday.dayRange.end.offset }, newText: right }],
        safe: false,
      },
    ],
    details: { year, month: date.month, day, written: weekday.value, actual },
  });
}

function isAfter(date: WrittenDate, period: CoveredPeriod): boolean {
  if (date.year !== null && period.year === null) return false;
  if (date.year !== null && period.year !== null && date.year !== period.year) return date.year > period.year;
  return date.month > period.lastMonth;
}

/**
 * The report's title: its Markdown # title, or a short first paragraph before
 * any section that ends without a sentence mark (the title line of a text file).
 */
export function reportTitle(outline: ReportOutline): { text: string; paragraph: number | null } | null {
  if (outline.title) return { text: outline.title.text, paragraph: null };
  const first = outline.paragraphs[0];
  if (!first || first.kind !== 'body' || first.section !== null) return null;
  const text = first.text.trim();
  if (text.length > MAX_TITLE || STATEMENT_ENDS.has(text.charCodeAt(text.length - 1)) || text.includes(FULL_STOP)) return null;
  return { text, paragraph: first.id };
}

function sentencesUnderPlanHeadings(outline: ReportOutline): Set<number> {
  const ids = new Set<number>();
  const visit = (section: Section, ahead: boolean): void => {
    const looksForward = ahead || PLAN_HEADINGS.some((w) => section.title.includes(w));
    if (looksForward) for (const p of section.paragraphs) for (const s of outline.paragraphs[p]!.sentences) ids.add(s);
    for (const child of section.children) visit(child, looksForward);
  };
  for (const section of outline.sections) visit(section, false);
  return ids;
}
