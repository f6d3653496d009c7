/**
 * Metrics and placeholders: one linear scan over each paragraph finds every
 * figure (Arabic, Chinese with a unit, mixed, or a placeholder mark) and every
 * placeholder mark, then reads each figure's subject and role from the short
 * clause before it.
 */
import type { Metric, PlaceholderKind, Section } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { isSkipped, rangeOf } from './context.js';
import { approxBefore } from './figure-words.js';
import { FigureReader, isDigit, type NumberToken, type Quantity } from './quantities.js';
import { sentenceAt } from './sentences.js';
import { clauseEnd, clauseStart, readFigures, type FigureClause, type FigureReading } from './subjects.js';
import { CHINESE_NUMERAL_CHARS, isChineseNumeralCode } from './numerals.js';
import { codeSet, isHan } from '../text/char-codes.js';
import { DECREASE_WORDS, INCREASE_WORDS, undirectedChangeWords } from '../text/lexicon.js';
import { isLatin, unitTableFor } from './units.js';
import { unitLabel } from './metric-bounds.js';

/** Before a number 第 makes it an ordinal (第三, 第5期), whatever follows. */
const ORDINAL_PREFIX = 0x7b2c;
/**
 * Before a number these make it a caption or a reference (表1, 图2, 附3), not a figure, unless a
 * unit follows: then they end a word (贷款113.58亿元, 代表300名, 发表论文30篇, 电表5000只).
 */
const CAPTION_PREFIXES = codeSet(['表', '图', '附', '号', '版', '条', '款']);
/** A sign may stand before a number only after these (a table cell | -0.7, 为-5%). */
const SIGN_AFTER = codeSet(['|', '：', ':', '（', '(', '为', '是', '达', ' ', '\t']);
/** The change words a signed figure may follow (增长-5.3%, 增速-2.1%, 下降-3%): the sign is the figure's. */
const SIGNED_CHANGE_WORDS: readonly string[] = [...INCREASE_WORDS, ...DECREASE_WORDS, ...undirectedChangeWords()];

/** Whether a change word ends right before `at` (增长-5.3%: a statistics table's way of writing a fall). */
function afterChangeWord(text: string, at: number): boolean {
  return SIGNED_CHANGE_WORDS.some((word) => at >= word.length && text.startsWith(word, at - word.length));
}
const MINUS = 0x2d;
const FULLWIDTH_MINUS = 0xff0d;
const DOT = 0x2e;
const DATE_FOLLOWERS = ['月', '日', '号', '年', '时', '半年', '季度', '月份'];

/** What follows a caption's number: 如表2所示 (所 is no unit of schools there). */
const CAPTION_VERBS = ['所示', '所列', '所述'];

/** A number after a caption word with no unit of its own is the caption's (表1), not a quantity. */
function captionOrQuantity<T extends { quantity: { unit: string | null; end: number } | null }>(text: string, at: number, marked: boolean, read: T | null): T | null {
  if (!read || marked || !CAPTION_PREFIXES.has(text.charCodeAt(at - 1))) return read;
  const quantity = read.quantity;
  if (!quantity?.unit) return null;
  const unitStart = quantity.end - quantity.unit.length;
  return CAPTION_VERBS.some((verb) => text.startsWith(verb, unitStart)) ? null : read;
}

/**
 * The code units a figure can start with (besides a placeholder mark): a
 * digit, a sign, a Chinese numeral. The scan skips every other character
 * with one bit test and looks at marker spans and quotes only at these.
 */
const FIGURE_STARTS = codeSet([...'0123456789０１２３４５６７８９-－', ...CHINESE_NUMERAL_CHARS]);

/**
 * The metrics the scan built, still without subject and role, and what
 * reading them needs, index for index. Metrics are built as figures are
 * found, so nothing of the scan (quantities, number tokens) lives on until
 * the subjects are read.
 */
interface FoundFigures {
  metrics: Metric[];
  clauses: FigureClause[];
  /** The upper end of a range figure (3—5万元): set after the subject, as the outline orders its keys. */
  uppers: Array<NumberToken | null>;
}

/**
 * Finds every figure first, then reads all their subjects in one batch (the
 * segmenter runs best in one run of calls, see readFigures), then the
 * placeholders.
 */
export function extractFigures(ctx: ParseContext): void {
  const reader = new FigureReader(ctx.text, unitTableFor(ctx.extraUnits), sortMarks(ctx.placeholderMarks));
  const found = findFigures(ctx, reader);
  const readings = readFigures(ctx.segmenter, found.clauses);
  found.metrics.forEach((metric, k) => {
    applyReading(ctx, metric, readings[k]!);
    const upper = found.uppers[k];
    if (upper) metric.upper = upperOf(ctx, upper);
  });
  addPlaceholders(ctx, reader);
}

function findFigures(ctx: ParseContext, reader: FigureReader): FoundFigures {
  const { text } = ctx;
  const found: FoundFigures = { metrics: [], clauses: [], uppers: [] };
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
        (isSign && isDigit(text.charCodeAt(i + 1)) && (i === paragraph.range.start.offset || SIGN_AFTER.has(text.charCodeAt(i - 1)) || afterChangeWord(text, i))) ||
        (isChineseNumeralCode(code) && !(i > 0 && isChineseNumeralCode(text.charCodeAt(i - 1))));
      if (!startsNumber || isSkipped(ctx, i, i + 1)) {
        i++;
        continue;
      }
      const negative = isSign;
      const at = negative ? i + 1 : i;
      const inQuote = quote < quotes.length && quotes[quote]!.start <= at;
      const chineseAllowed = !inQuote && !mark;
      const read = mark || text.charCodeAt(at - 1) !== ORDINAL_PREFIX ? captionOrQuantity(text, at, mark !== null, reader.quantityAt(at, chineseAllowed)) : null;
      if (!read) {
        i = skipToken(text, at, end, reader);
        continue;
      }
      if (read.quantity && !isListMarker(text, read.quantity, paragraph.range.start.offset)) {
        const start = negative ? i : at;
        found.metrics.push(addMetric(ctx, read.quantity, start, negative, paragraph.id, paragraph.section));
        found.clauses.push(clauseAround(text, read.quantity, start, floor, end));
        found.uppers.push(read.quantity.upper);
        floor = read.quantity.end;
      }
      i = Math.max(read.end, at + 1);
    }
  }
  return found;
}

/** The clause before the figure, without the approximation word glued to it, and the span after it. */
function clauseAround(text: string, q: Quantity, start: number, floor: number, paragraphEnd: number): FigureClause {
  const prefix = approxBefore(text, start);
  const beforeEnd = prefix ? start - prefix.word.length : start;
  const beforeStart = clauseStart(text, beforeEnd, floor);
  const afterEnd = clauseEnd(text, q.end, paragraphEnd);
  return {
    before: text.slice(beforeStart, beforeEnd),
    beforeStart,
    after: text.slice(q.end, afterEnd),
    afterStart: q.end,
    percent: q.percent,
    hasMeasure: q.unit !== null && !q.percent,
  };
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

/** The metric of a figure, its subject and role still unread. */
function addMetric(ctx: ParseContext, q: Quantity, start: number, negative: boolean, paragraph: number, section: number | null): Metric {
  const { text, outline } = ctx;
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
    subject: null,
    role: 'plain',
    roleWord: null,
    sentence: sentenceAt(ctx, start),
    paragraph,
    section,
  };
  if (q.unitFactor !== 1) metric.unitFactor = q.unitFactor;
  outline.metrics.push(metric);
  return metric;
}

function applyReading(ctx: ParseContext, metric: Metric, reading: FigureReading): void {
  metric.subject = reading.subject;
  metric.role = metric.dimension === '百分点' && reading.role !== 'change' ? 'change' : reading.role;
  metric.roleWord = reading.roleWord;
  if (reading.subject && reading.subjectStart >= 0) {
    metric.subjectRange = rangeOf(ctx, reading.subjectStart, reading.subjectStart + reading.subject.length);
  }
}

function upperOf(ctx: ParseContext, token: NumberToken): NonNullable<Metric['upper']> {
  return { valueText: token.text, value: token.value, range: rangeOf(ctx, token.start, token.end), placeholder: token.placeholder };
}

/** A placeholder mark the scan found, before the word after it is cut. */
interface MarkSite {
  at: number;
  mark: string;
  metric: Metric | null;
  sentence: number;
  /** The Han characters after the mark, to be cut into words, or else the Latin run there. */
  following: { text: string; cut: boolean };
  section: number | null;
}

/**
 * Every mark in a paragraph becomes a placeholder, classified by what
 * follows it; marks inside a metric point at it. Metrics are sorted by
 * offset, so one pointer walks them alongside. The spans after the marks
 * are cut in one run of calls, like the clauses before figures.
 */
function addPlaceholders(ctx: ParseContext, reader: FigureReader): void {
  const { text, outline } = ctx;
  const metrics = outline.metrics;
  const sites: MarkSite[] = [];
  let m = 0;
  for (const paragraph of outline.paragraphs) {
    const end = paragraph.range.end.offset;
    // Marks are rare: jump from one character that may start one to the next.
    for (let i = reader.nextMarkStart(paragraph.range.start.offset); i !== -1 && i < end; i = reader.nextMarkStart(i + 1)) {
      const mark = reader.markAt(i);
      if (!mark || isSkipped(ctx, i, i + mark.length)) continue;
      while (m < metrics.length && metrics[m]!.range.end.offset <= i) m++;
      const metric = m < metrics.length && metrics[m]!.range.start.offset <= i ? metrics[m]! : null;
      sites.push({ at: i, mark, metric, sentence: sentenceAt(ctx, i), following: followingSpan(text, i + mark.length, end), section: paragraph.section });
      i += mark.length - 1;
    }
  }
  const firstWords = sites.map((site) => (site.following.cut ? firstWord(ctx.segmenter, site.following.text) : site.following.text));
  sites.forEach((site, k) => {
    const following = firstWords[k]!;
    const { at, mark, metric } = site;
    const sentence = outline.sentences[site.sentence]!;
    outline.placeholders.push({
      id: outline.placeholders.length,
      mark,
      range: rangeOf(ctx, at, at + mark.length),
      kind: metric ? 'number' : classify(text, at, at + mark.length, following),
      // The unit the office is asked for is the one written after the gap (亿元), not
      // the base unit (元): a value in 元 would be written before 亿元 as it is.
      unit: metric ? unitLabel(metric) || metric.unit : null,
      multiplier: metric?.multiplier ?? 1,
      following,
      context: sentence.text,
      contextRange: sentence.range,
      metric: metric?.id ?? null,
      sentence: sentence.id,
      section: site.section,
    });
  });
}

function firstWord(segmenter: ParseContext['segmenter'], span: string): string {
  return segmenter.cut(span)[0] ?? '';
}

/** How far past the mark the following word is looked for. */
const FOLLOWING_SPAN = 8;

/**
 * Where the word right after the mark is: the Han characters there, which
 * jieba cuts (镇, 书记, 市委, 月), or a Latin run (M, km). The word decides
 * the kind and reads well in a message.
 */
function followingSpan(text: string, at: number, end: number): { text: string; cut: boolean } {
  if (at < end && isHan(text.charCodeAt(at))) {
    let spanEnd = at;
    while (spanEnd < end && spanEnd - at < FOLLOWING_SPAN && isHan(text.charCodeAt(spanEnd))) spanEnd++;
    return { text: text.slice(at, spanEnd), cut: true };
  }
  let i = at;
  while (i < end && i - at < 4 && isLatin(text.charCodeAt(i))) i++;
  return { text: text.slice(at, i), cut: false };
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
