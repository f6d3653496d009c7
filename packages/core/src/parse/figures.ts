/**
 * Metrics and placeholders: one linear scan over each paragraph finds every
 * figure (Arabic, Chinese with a unit, mixed, or a placeholder mark) and every
 * placeholder mark, then reads each figure's subject and role from the short
 * clause before it.
 */
import type { Metric, Placeholder, PlaceholderKind, Section } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { isSkipped, rangeOf } from './context.js';
import { approxBefore } from './figure-words.js';
import { FigureReader, isDigit, type NumberToken, type Quantity } from './quantities.js';
import { sentenceAt } from './sentences.js';
import { clauseEnd, clauseStart, readFigure } from './subjects.js';
import { CHINESE_NUMERAL_CHARS, isChineseNumeralCode } from './numerals.js';
import { codeSet, isHan } from '../text/char-codes.js';
import { isLatin, unitTableFor } from './units.js';

/** Before a number these make it an ordinal or a caption (第三, 表1, 图2), not a figure. */
const ORDINAL_PREFIXES = codeSet(['第', '表', '图', '附', '号', '期', '版', '条', '款']);
/** A sign may stand before a number only after these (a table cell | -0.7, 为-5%). */
const SIGN_AFTER = codeSet(['|', '：', ':', '（', '(', '为', '是', '达', ' ', '\t']);
const MINUS = 0x2d;
const FULLWIDTH_MINUS = 0xff0d;
const DOT = 0x2e;
const DATE_FOLLOWERS = ['月', '日', '号', '年', '时', '半年', '季度', '月份'];

/**
 * The code units a figure can start with (besides a placeholder mark): a
 * digit, a sign, a Chinese numeral. The scan skips every other character
 * with one bit test and looks at marker spans and quotes only at these.
 */
const FIGURE_STARTS = codeSet([...'0123456789０１２３４５６７８９-－', ...CHINESE_NUMERAL_CHARS]);

export function extractFigures(ctx: ParseContext): void {
  const { text } = ctx;
  const units = unitTableFor(ctx.extraUnits);
  const reader = new FigureReader(ctx.text, units, sortMarks(ctx.placeholderMarks));
  const markers = sectionMarkerSpans(ctx.outline.sections);
  const quotes = ctx.outline.slogans.map((s) => ({ start: s.innerRange.start.offset, end: s.innerRange.end.offset }));
  let quote = 0;
  let marker = 0;
  for (const paragraph of ctx.outline.paragraphs) {
    const end = paragraph.range.end.offset;
    let floor = paragraph.range.start.offset;
    for (let i = paragraph.range.start.offset; i < end; ) {
      const code = text.charCodeAt(i);
      if (!FIGURE_STARTS.has(code) && !reader.mayStartMark(code)) {
        i++;
        continue;
      }
      // A section marker (（一）, 1.) is no figure, and the clause of the next figure starts after it.
      while (marker < markers.length && markers[marker]!.end <= i) floor = Math.max(floor, markers[marker++]!.end);
      if (marker < markers.length && markers[marker]!.start <= i) {
        i = markers[marker]!.end;
        floor = i;
        continue;
      }
      while (quote < quotes.length && quotes[quote]!.end <= i) quote++;
      const mark = reader.markAt(i);
      const isSign = code === MINUS || code === FULLWIDTH_MINUS;
      const startsNumber =
        mark !== null ||
        (isDigit(code) && !isDigit(text.charCodeAt(i - 1)) && !isLatin(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== DOT) ||
        (isSign && isDigit(text.charCodeAt(i + 1)) && (i === paragraph.range.start.offset || SIGN_AFTER.has(text.charCodeAt(i - 1)))) ||
        (isChineseNumeralCode(code) && !(i > 0 && isChineseNumeralCode(text.charCodeAt(i - 1))));
      if (!startsNumber || isSkipped(ctx, i, i + 1)) {
        i++;
        continue;
      }
      const negative = isSign;
      const at = negative ? i + 1 : i;
      const inQuote = quote < quotes.length && quotes[quote]!.start <= at;
      const chineseAllowed = !inQuote && !mark;
      const read = ORDINAL_PREFIXES.has(text.charCodeAt(at - 1)) && !mark ? null : reader.quantityAt(at, chineseAllowed);
      if (!read) {
        i = skipToken(text, at, end, reader);
        continue;
      }
      if (read.quantity && !isListMarker(text, read.quantity, paragraph.range.start.offset)) {
        addMetric(ctx, read.quantity, negative ? i : at, negative, floor, end, paragraph.id, paragraph.section);
        floor = read.quantity.end;
      }
      i = Math.max(read.end, at + 1);
    }
    addPlaceholders(ctx, reader, paragraph.range.start.offset, end, paragraph.section);
  }
}

function sortMarks(marks: readonly string[]): string[] {
  return [...new Set(marks.filter((m) => m.length > 0))].sort((a, b) => b.length - a.length);
}

/** Offsets of every section marker: （一） and 1. are not figures. */
function sectionMarkerSpans(sections: readonly Section[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const visit = (list: readonly Section[]) => {
    for (const s of list) {
      spans.push({ start: s.markerRange.start.offset, end: s.markerRange.end.offset });
      visit(s.children);
    }
  };
  visit(sections);
  return spans.sort((a, b) => a.start - b.start);
}

/** Past a token that is not a figure, so its digits are not read again one by one. */
function skipToken(text: string, at: number, end: number, reader: FigureReader): number {
  const token = reader.numberAt(at, true);
  return token ? Math.min(Math.max(token.end, at + 1), end) : at + 1;
}

/** (1) or 2、 inside a paragraph: a list marker without unit, not a figure. */
function isListMarker(text: string, q: Quantity, paragraphStart: number): boolean {
  if (q.unit !== null || q.multiplier !== 1 || q.number.placeholder) return false;
  const before = text[q.start - 1];
  const after = text[q.end];
  if ((before === '（' || before === '(') && (after === '）' || after === ')')) return true;
  if (after === '、') return true;
  if ((after === '.' || after === '．') && q.start === paragraphStart) return true;
  return false;
}

function addMetric(
  ctx: ParseContext,
  q: Quantity,
  start: number,
  negative: boolean,
  floor: number,
  paragraphEnd: number,
  paragraph: number,
  section: number | null,
): void {
  const { text, outline } = ctx;
  // The clause before the figure, without the approximation word glued to it.
  const prefix = approxBefore(text, start);
  const beforeEnd = prefix ? start - prefix.word.length : start;
  const beforeStart = clauseStart(text, beforeEnd, floor);
  const afterEnd = clauseEnd(text, q.end, paragraphEnd);
  const reading = readFigure(
    ctx.segmenter,
    text.slice(beforeStart, beforeEnd),
    beforeStart,
    text.slice(q.end, afterEnd),
    q.end,
    q.percent,
    q.unit !== null && !q.percent,
  );
  const value = q.number.value === null ? null : negative ? -q.number.value : q.number.value;
  const metric: Metric = {
    id: outline.metrics.length,
    text: text.slice(start, q.end),
    range: rangeOf(ctx, start, q.end),
    valueText: text.slice(start, q.number.end),
    valueRange: rangeOf(ctx, start, q.number.end),
    value,
    decimals: q.number.decimals,
    multiplier: q.multiplier,
    unit: q.unit,
    dimension: q.dimension,
    percent: q.percent,
    approx: q.approx,
    approxWords: q.approxWords,
    placeholder: q.number.placeholder,
    subject: reading.subject,
    role: q.dimension === '百分点' && reading.role !== 'change' ? 'change' : reading.role,
    roleWord: reading.roleWord,
    sentence: sentenceAt(ctx, start),
    paragraph,
    section,
  };
  if (q.unitFactor !== 1) metric.unitFactor = q.unitFactor;
  if (reading.subject && reading.subjectStart >= 0) {
    metric.subjectRange = rangeOf(ctx, reading.subjectStart, reading.subjectStart + reading.subject.length);
  }
  if (q.upper) metric.upper = upperOf(ctx, q.upper);
  outline.metrics.push(metric);
}

function upperOf(ctx: ParseContext, token: NumberToken): NonNullable<Metric['upper']> {
  return { valueText: token.text, value: token.value, range: rangeOf(ctx, token.start, token.end), placeholder: token.placeholder };
}

/**
 * Every mark in the paragraph becomes a placeholder, classified by what
 * follows it; marks inside a metric point at it. Metrics are sorted by
 * offset, so one pointer walks them alongside.
 */
function addPlaceholders(ctx: ParseContext, reader: FigureReader, start: number, end: number, section: number | null): void {
  const { text, outline } = ctx;
  const metrics = outline.metrics;
  let m = firstMetricFrom(metrics, start);
  for (let i = start; i < end; i++) {
    if (!reader.mayStartMark(text.charCodeAt(i))) continue;
    const mark = reader.markAt(i);
    if (!mark || isSkipped(ctx, i, i + mark.length)) continue;
    while (m < metrics.length && metrics[m]!.range.end.offset <= i) m++;
    const metric = m < metrics.length && metrics[m]!.range.start.offset <= i ? metrics[m]! : null;
    const sentence = outline.sentences[sentenceAt(ctx, i)]!;
    const following = followingWord(ctx, i + mark.length, end);
    const kind: PlaceholderKind = metric ? 'number' : classify(text, i, i + mark.length, following);
    const placeholder: Placeholder = {
      id: outline.placeholders.length,
      mark,
      range: rangeOf(ctx, i, i + mark.length),
      kind,
      unit: metric?.unit ?? null,
      following,
      context: sentence.text,
      contextRange: sentence.range,
      metric: metric?.id ?? null,
      sentence: sentence.id,
      section,
    };
    outline.placeholders.push(placeholder);
    i += mark.length - 1;
  }
}

function firstMetricFrom(metrics: readonly Metric[], offset: number): number {
  let low = 0;
  let high = metrics.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (metrics[mid]!.range.end.offset <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How far past the mark the following word is looked for. */
const FOLLOWING_SPAN = 8;

/**
 * The word right after the mark, as jieba cuts it (镇, 书记, 市委, 月), or a
 * Latin run (M, km). It decides the kind and reads well in a message.
 */
function followingWord(ctx: ParseContext, at: number, end: number): string {
  const { text } = ctx;
  if (at < end && isHan(text.charCodeAt(at))) {
    let spanEnd = at;
    while (spanEnd < end && spanEnd - at < FOLLOWING_SPAN && isHan(text.charCodeAt(spanEnd))) spanEnd++;
    return ctx.segmenter.cut(text.slice(at, spanEnd))[0] ?? '';
  }
  let i = at;
  while (i < end && i - at < 4 && isLatin(text.charCodeAt(i))) i++;
  return text.slice(at, i);
}

/** Words after a mark that make it part of a place or body name, even after 年 (上半年*镇). */
const PLACE_WORDS = ['镇', '乡', '村', '县', '市', '区', '省', '街', '社区', '街道', '镇党委', '市委', '县委', '区委'];

function classify(text: string, start: number, end: number, following: string): PlaceholderKind {
  if (DATE_FOLLOWERS.some((w) => text.startsWith(w, end))) return 'date';
  if (PLACE_WORDS.includes(following)) return 'name';
  if (text[start - 1] === '年' || text[start - 1] === '月') return 'date';
  if (following.length > 0) return 'name';
  return 'other';
}
