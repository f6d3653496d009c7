/**
 * Enumerations inside paragraphs: 一是…二是…, 第一，…第二，…, and 、-lists
 * after a stated count (涉及四个项目，A、B、C、D) or before one
 * (“严防松懈、严防输入、严防聚集”的三防原则).
 */
import type { Enumeration, EnumerationItem, Paragraph } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { parseChineseNumeral } from './numerals.js';
import { codeSet, isHan } from '../text/char-codes.js';

const ORDINAL_CHARS = '一二三四五六七八九十';
const ORDINAL_CODES = codeSet(ORDINAL_CHARS);
/** A 一是/第一 marker counts only at the start of a clause. */
const CLAUSE_START = codeSet(['，', '；', '。', '：', '、', ',', ';', ':', '！', '？']);
const DI = '第'.charCodeAt(0);
const ITEM_TRIM = new Set(['；', '。', '，', ';', ',', '、', '：']);

interface MarkerHit {
  kind: 'shi' | 'di';
  ordinal: number;
  start: number;
  end: number;
}

/** The enumerations of one kind still open for more items, within one section. */
interface OpenEnumerations {
  /** The last one whose first item opens a paragraph (一是… ¶ detail ¶ 二是…). */
  block: Enumeration | null;
  /** The last one of any kind of start, e.g. after a lead inside a paragraph. */
  latest: Enumeration | null;
  /** The paragraph that gave `latest` its last item. */
  latestParagraph: number;
  section: number | null;
}

/**
 * 一是…/第一… items, grouped into enumerations. An enumeration may run across
 * paragraphs while it stays in one section: a paragraph that opens with 二是
 * continues the enumeration whose items open paragraphs (the paragraphs of
 * detail between them belong to its items), and a paragraph whose text goes on
 * from the one before (a wrapped line) continues with the number that follows.
 * A run that starts again at 一 starts a new enumeration: a new lead
 * (加强耕地保护。一是…三是… ¶ 推进农业科技创新。一是…三是…) numbers anew.
 */
export function findEnumerations(ctx: ParseContext): void {
  const open: Record<'shi' | 'di', OpenEnumerations> = {
    shi: { block: null, latest: null, latestParagraph: -1, section: null },
    di: { block: null, latest: null, latestParagraph: -1, section: null },
  };
  for (const paragraph of ctx.outline.paragraphs) {
    const hits = findMarkers(ctx, paragraph);
    for (const kind of ['shi', 'di'] as const) {
      const state = open[kind];
      if (state.section !== paragraph.section) {
        state.block = state.latest = null;
        state.section = paragraph.section;
      }
      const ofKind = hits.filter((h) => h.kind === kind);
      for (const run of splitRuns(ofKind)) {
        const items = run.map((hit) => {
          const next = ofKind[ofKind.indexOf(hit) + 1];
          return makeItem(ctx, hit, next ? next.start : paragraph.range.end.offset);
        });
        const first = run[0]!;
        const opensParagraph = first.start === paragraph.range.start.offset;
        const target = first.ordinal === 1 ? null : continued(state, first.ordinal, opensParagraph, paragraph.id);
        state.latestParagraph = paragraph.id;
        if (target) {
          target.items.push(...items);
          target.range = rangeOf(ctx, target.range.start.offset, items[items.length - 1]!.range.end.offset);
          if (opensParagraph) state.block = target;
          state.latest = target;
          continue;
        }
        const enumeration: Enumeration = {
          id: ctx.outline.enumerations.length,
          kind,
          paragraph: paragraph.id,
          statedCount: null,
          items,
          range: rangeOf(ctx, items[0]!.range.start.offset, items[items.length - 1]!.range.end.offset),
        };
        ctx.outline.enumerations.push(enumeration);
        if (opensParagraph) state.block = enumeration;
        state.latest = enumeration;
      }
    }
    findCountedLists(ctx, paragraph);
  }
  // Items were added in source order, but counted lists of later paragraphs came in between: keep source order by start.
  ctx.outline.enumerations.sort((a, b) => a.range.start.offset - b.range.start.offset || a.id - b.id);
  ctx.outline.enumerations.forEach((e, i) => (e.id = i));
}

/** A paragraph's hits of one kind, cut where the numbering starts again at 一. */
function splitRuns(hits: MarkerHit[]): MarkerHit[][] {
  const runs: MarkerHit[][] = [];
  for (const hit of hits) {
    const current = runs[runs.length - 1];
    if (!current || hit.ordinal === 1) runs.push([hit]);
    else current.push(hit);
  }
  return runs;
}

/**
 * The open enumeration a run starting at `ordinal` continues, or null for a new
 * one. A run that opens a paragraph continues the enumeration of paragraph-
 * opening items (or, when only the number that follows fits, the latest one).
 * A run after other text in its paragraph continues the latest enumeration
 * with the next number, or with a later one when that enumeration reached the
 * paragraph just before (a slip in numbering, 一是、二是 ¶ …。四是); a lower
 * number there is a new lead that starts again, wrongly (加强耕地保护。一是…三是…
 * ¶ 推进农业科技创新。二是…).
 */
function continued(state: OpenEnumerations, ordinal: number, opensParagraph: boolean, paragraph: number): Enumeration | null {
  const lastOrdinal = (e: Enumeration) => e.items[e.items.length - 1]!.ordinal;
  const follows = (e: Enumeration | null) => e !== null && lastOrdinal(e) + 1 === ordinal;
  if (opensParagraph) {
    if (follows(state.block)) return state.block;
    if (follows(state.latest)) return state.latest;
    return state.block ?? state.latest;
  }
  const latest = state.latest;
  if (!latest) return null;
  if (follows(latest)) return latest;
  return state.latestParagraph >= paragraph - 1 && ordinal > lastOrdinal(latest) ? latest : null;
}

function findMarkers(ctx: ParseContext, paragraph: Paragraph): MarkerHit[] {
  const { text } = ctx;
  const start = paragraph.range.start.offset;
  const end = paragraph.range.end.offset;
  const hits: MarkerHit[] = [];
  for (let i = start; i < end; i++) {
    const atClauseStart = i === start || CLAUSE_START.has(text.charCodeAt(i - 1));
    if (!atClauseStart) continue;
    const isDi = text.charCodeAt(i) === DI;
    const numeralStart = isDi ? i + 1 : i;
    let j = numeralStart;
    while (j < end && j - numeralStart < 3 && ORDINAL_CODES.has(text.charCodeAt(j))) j++;
    if (j === numeralStart) continue;
    const ordinal = parseChineseNumeral(text.slice(numeralStart, j));
    if (ordinal === null) continue;
    if (!isDi && text[j] === '是') {
      hits.push({ kind: 'shi', ordinal, start: i, end: j + 1 });
    } else if (isDi && isDiItemEnd(text, j, end)) {
      // 第一，… — but not 第一课 / 第一要务, which name a thing.
      hits.push({ kind: 'di', ordinal, start: i, end: j });
    }
  }
  return hits;
}

/**
 * What may follow 第一 when it marks an item: a comma or colon, or nothing (第一
 * alone on its line, its text on the next). 第一、二、三产业 joins ordinals and
 * marks none.
 */
function isDiItemEnd(text: string, at: number, end: number): boolean {
  if (at >= end) return true;
  const ch = text[at];
  if (ch === '、') return !ORDINAL_CODES.has(text.charCodeAt(at + 1));
  return ch === '，' || ch === '：' || ch === ',' || ch === ':';
}

function makeItem(ctx: ParseContext, hit: MarkerHit, itemEnd: number): EnumerationItem {
  let end = itemEnd;
  while (end > hit.end && (ITEM_TRIM.has(ctx.text[end - 1]!) || /\s/.test(ctx.text[end - 1]!))) end--;
  return {
    ordinal: hit.ordinal,
    marker: ctx.text.slice(hit.start, hit.end),
    markerRange: rangeOf(ctx, hit.start, hit.end),
    text: ctx.text.slice(hit.start, end),
    range: rangeOf(ctx, hit.start, end),
  };
}

const CLAUSE_ENDS = codeSet('，；。：,;');
const COUNT_MEASURES = new Set(['个', '项', '条', '类', '种', '大', '方面', '家', '所', '座', '处']);
const MAX_NOUN = 6;

/**
 * 、-lists tied to a count: after it (涉及四个项目，A、B、C、D) or before it
 * (“A、B、C”的三防原则). Clauses after the count are joined while the list is
 * short of the count and each clause still reads as a list.
 */
function findCountedLists(ctx: ParseContext, paragraph: Paragraph): void {
  const { text } = ctx;
  const start = paragraph.range.start.offset;
  const end = paragraph.range.end.offset;
  for (let i = start; i < end; i++) {
    if (!ORDINAL_CODES.has(text.charCodeAt(i)) || text.charCodeAt(i - 1) === DI || ORDINAL_CODES.has(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j < end && j - i < 2 && ORDINAL_CODES.has(text.charCodeAt(j))) j++;
    const count = parseChineseNumeral(text.slice(i, j));
    if (count === null || count < 2) continue;
    // “A、B、C”的三防原则 names its noun right after the count (三防), with no measure word.
    const afterQuotedList = text[i - 1] === '的' && text[i - 2] === '”';
    let measureEnd = j;
    if (text.startsWith('方面', j)) measureEnd = j + 2;
    else if (COUNT_MEASURES.has(text[j]!)) measureEnd = j + 1;
    else if (!afterQuotedList) continue;
    let nounEnd = measureEnd;
    while (nounEnd < end && nounEnd - measureEnd < MAX_NOUN && isHan(text.charCodeAt(nounEnd))) nounEnd++;
    const countRange = rangeOf(ctx, i, nounEnd);

    // “A、B、C”的三防原则: the list is the quoted phrase right before 的.
    if (afterQuotedList) {
      const open = text.lastIndexOf('“', i - 3);
      if (open >= start) {
        const items = splitItems(ctx, open + 1, i - 2);
        if (items.length >= 2) pushList(ctx, paragraph, count, countRange, items);
      }
      continue;
    }
    // 涉及四个项目，A、B、C、D
    if (text[nounEnd] !== '，' && text[nounEnd] !== '：' && text[nounEnd] !== ':') continue;
    let clauseStart = nounEnd + 1;
    const items: EnumerationItem[] = [];
    while (clauseStart < end && items.length < count) {
      let clauseEnd = clauseStart;
      while (clauseEnd < end && !CLAUSE_ENDS.has(text.charCodeAt(clauseEnd))) clauseEnd++;
      const clause = splitItems(ctx, clauseStart, clauseEnd);
      const readsAsList = clause.length >= 2 || (items.length > 0 && clauseEnd - clauseStart <= 12);
      if (!readsAsList || /[共其计]/.test(text.slice(clauseStart, Math.min(clauseEnd, clauseStart + 2)))) break;
      items.push(...clause);
      if (text[clauseEnd] !== '，' && text[clauseEnd] !== ',') break;
      clauseStart = clauseEnd + 1;
    }
    if (items.length >= 2) pushList(ctx, paragraph, count, countRange, items);
  }
}

const ENUMERATION_COMMA = '、'.charCodeAt(0);

function splitItems(ctx: ParseContext, start: number, end: number): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  let itemStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || ctx.text.charCodeAt(i) === ENUMERATION_COMMA) {
      if (i > itemStart) {
        items.push({ ordinal: 0, marker: '', text: ctx.text.slice(itemStart, i), range: rangeOf(ctx, itemStart, i) });
      }
      itemStart = i + 1;
    }
  }
  return items;
}

function pushList(
  ctx: ParseContext,
  paragraph: Paragraph,
  count: number,
  countRange: Enumeration['range'],
  items: EnumerationItem[],
): void {
  items.forEach((item, index) => (item.ordinal = index + 1));
  const first = items[0]!.range.start.offset;
  const last = items[items.length - 1]!.range.end.offset;
  ctx.outline.enumerations.push({
    id: ctx.outline.enumerations.length,
    kind: 'list',
    paragraph: paragraph.id,
    statedCount: count,
    countRange,
    items,
    range: rangeOf(ctx, Math.min(first, countRange.start.offset), Math.max(last, countRange.end.offset)),
  });
}
