/**
 * Enumerations inside paragraphs: 一是…二是…, 第一，…第二，…, and 、-lists
 * after a stated count (涉及四个项目，A、B、C、D) or before one
 * (“严防松懈、严防输入、严防聚集”的三防原则).
 */
import type { Enumeration, EnumerationItem, Paragraph, Section, Slogan } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { parseChineseNumeral } from './numerals.js';
import { namesCongress } from './slogans.js';
import { codeSet, isHan } from '../text/char-codes.js';
import { CLAUSE_MARKS, CLAUSE_MARKS_FULL, COUNT_NUMERAL_CHARS, FULL_STOP, GOVERNING_VERBS, HALF_COMMA, HALF_SEMICOLON, LIST_COMMA, ORDINAL_NUMERAL_CHARS, SENTENCE_ENDS_FULL } from '../text/lexicon.js';

const ORDINAL_CODES = codeSet(ORDINAL_NUMERAL_CHARS);
/** A 一是/第一 marker counts only at the start of a clause. */
const CLAUSE_START = codeSet(CLAUSE_MARKS + LIST_COMMA + SENTENCE_ENDS_FULL);
const DI = '第'.charCodeAt(0);
/** Marks trimmed off the end of an item: a clause mark, 。 or 、 (the half-width colon stays, as it always has). */
const ITEM_TRIM = codeSet(CLAUSE_MARKS_FULL + HALF_COMMA + HALF_SEMICOLON + FULL_STOP + LIST_COMMA);

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
  const slogansByParagraph = new Map<number, Slogan[]>();
  for (const slogan of ctx.outline.slogans) {
    if (slogan.count === null || slogan.count < 2) continue;
    const group = slogansByParagraph.get(slogan.paragraph);
    if (group) group.push(slogan);
    else slogansByParagraph.set(slogan.paragraph, [slogan]);
  }
  const markerEnds = headingMarkerEnds(ctx.outline.sections);
  for (const paragraph of ctx.outline.paragraphs) {
    const hits = findMarkers(ctx, paragraph, paragraph.kind === 'heading' && paragraph.section !== null ? (markerEnds.get(paragraph.section) ?? -1) : -1);
    for (const kind of ['shi', 'di'] as const) {
      const state = open[kind];
      if (state.section !== paragraph.section) {
        state.block = state.latest = null;
        state.section = paragraph.section;
      }
      const ofKind = hits.filter((h) => h.kind === kind);
      // Each item runs to the next item of its kind, also across a restart at 一.
      const nextStart = new Map(ofKind.slice(0, -1).map((hit, k) => [hit, ofKind[k + 1]!.start]));
      for (const run of splitRuns(ofKind)) {
        const items = run.map((hit) => makeItem(ctx, hit, nextStart.get(hit) ?? paragraph.range.end.offset));
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
    findCountedLists(ctx, paragraph, slogansByParagraph.get(paragraph.id) ?? []);
  }
  for (const enumeration of ctx.outline.enumerations) if (enumeration.kind !== 'list') findAnnouncedCount(ctx, enumeration);
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

/** Where each section's heading marker ends ((一)一是…: the marker ends a clause as a mark does), by section id. */
function headingMarkerEnds(sections: readonly Section[]): Map<number, number> {
  const ends = new Map<number, number>();
  const visit = (section: Section): void => {
    ends.set(section.id, section.markerRange.end.offset);
    section.children.forEach(visit);
  };
  sections.forEach(visit);
  return ends;
}

/** The 一是/第一 markers of a paragraph; `markerEnd` is where its heading marker ends (−1: none). */
function findMarkers(ctx: ParseContext, paragraph: Paragraph, markerEnd: number): MarkerHit[] {
  const { text } = ctx;
  const start = paragraph.range.start.offset;
  const end = paragraph.range.end.offset;
  const hits: MarkerHit[] = [];
  for (let i = start; i < end; i++) {
    const atClauseStart = i === start || i === markerEnd || CLAUSE_START.has(text.charCodeAt(i - 1));
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
  while (end > hit.end && (ITEM_TRIM.has(ctx.text.charCodeAt(end - 1)) || /\s/.test(ctx.text[end - 1]!))) end--;
  return {
    ordinal: hit.ordinal,
    marker: ctx.text.slice(hit.start, hit.end),
    markerRange: rangeOf(ctx, hit.start, hit.end),
    text: ctx.text.slice(hit.start, end),
    range: rangeOf(ctx, hit.start, end),
  };
}

/** Where a clause before a list or a count ends: a clause mark or 。 (not ！？ or the half-width colon, which lists rarely follow). */
const CLAUSE_ENDS = codeSet(CLAUSE_MARKS_FULL + HALF_COMMA + HALF_SEMICOLON + FULL_STOP);
const COUNT_MEASURES = new Set(['个', '项', '条', '类', '种', '大', '方面', '家', '所', '座', '处', '级']);
/** Words after a count's comma that say its members follow: 三大攻坚战，即…; 四个项目，分别是…. */
const LIST_INTRODUCERS = ['也就是', '分别是', '分别为', '主要是', '包括', '就是', '即'];
/** Numerals of a stated count (两 counts too: 市、县两级). */
const COUNT_CODES = codeSet(COUNT_NUMERAL_CHARS);
/** A counted noun is at most this long: 重点行业, 特别行政区行政长官. */
const MAX_NOUN = 10;
/** How far back a 、-list before its count may begin: the clause, at most this long. */
const MAX_LIST_BEFORE = 60;
/** A listed item longer than this is a clause, not an item (the first may carry the verb: 加强矿山). */
const MAX_ITEM = 16;

/**
 * 、-lists tied to a count: after it (涉及四个项目，A、B、C、D) or before it —
 * 矿山、交通、消防、燃气四个重点行业; “A、B、C”的三防原则; 党组织、村委会、合作社、
 * 农户“四位一体”; “有场地、有设备、有人员”的“三有”要求; …服务平台等“三大平台”.
 * Clauses after the count are joined while the list is short of the count and
 * each clause still reads as a list.
 */
function findCountedLists(ctx: ParseContext, paragraph: Paragraph, slogans: readonly Slogan[]): void {
  const { text } = ctx;
  const start = paragraph.range.start.offset;
  const end = paragraph.range.end.offset;
  findListsBeforeSlogans(ctx, paragraph, slogans);
  for (let i = start; i < end; i++) {
    if (!COUNT_CODES.has(text.charCodeAt(i)) || text.charCodeAt(i - 1) === DI || COUNT_CODES.has(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j < end && j - i < 2 && COUNT_CODES.has(text.charCodeAt(j))) j++;
    const count = parseChineseNumeral(text.slice(i, j).replace('两', '二'));
    if (count === null || count < 2) continue;
    if (namesCongress(text.slice(i, Math.min(end, i + 8)))) continue;
    // “A、B、C”的三防原则 names its noun right after the count (三防), with no measure word.
    const afterQuotedList = text[i - 1] === '的' && text[i - 2] === '”';
    let measureEnd = j;
    if (text.startsWith('方面', j)) measureEnd = j + 2;
    else if (COUNT_MEASURES.has(text[j]!)) measureEnd = j + 1;
    else if (!afterQuotedList) continue;
    const nounStart = afterQuotedList ? j : measureEnd;
    // The words of the noun are read (segmenter) only for a count that has its list.
    const countRange = () => rangeOf(ctx, i, nounPhraseEnd(ctx, nounStart, end));

    // “A、B、C”的三防原则: the list is the quoted phrase right before 的.
    if (afterQuotedList) {
      const open = text.lastIndexOf('“', i - 3);
      if (open >= start) {
        const items = splitItems(ctx, open + 1, i - 2);
        if (items.length >= 2) pushList(ctx, paragraph, count, countRange(), items);
      }
      continue;
    }
    // 矿山、交通、消防、燃气四个重点行业
    const before = listBefore(ctx, start, i);
    if (before) {
      if (before.partial === false || before.items.length >= count - 1) pushList(ctx, paragraph, count, countRange(), before.items);
      continue;
    }
    // 涉及四个项目，A、B、C、D: the count's noun ends its clause (not 十大重点节能工程建设，…).
    const nounEnd = hanRunEnd(text, nounStart, end);
    // 开展“三大行动”，即…: the count may be quoted whole, its clause mark after the closing quote.
    const markAt = text[nounEnd] === '”' && text[i - 1] === '“' ? nounEnd + 1 : nounEnd;
    if (text[markAt] !== '，' && text[markAt] !== '：' && text[markAt] !== ':') continue;
    if (nounPhraseEnd(ctx, nounStart, end) !== nounEnd) continue;
    // 统筹长江经济带和洞庭湖生态经济区两大战略: the items stand before the count, joined by 和.
    if (count === 2 && joinedPairBefore(text, start, i)) continue;
    let clauseStart = markAt + 1;
    const introducer = LIST_INTRODUCERS.find((word) => text.startsWith(word, clauseStart));
    if (introducer) clauseStart += introducer.length;
    // 打好三大攻坚战，加快推进供给侧结构性改革、扩大有效投资: a set named with 大 (三大攻坚战, 五大发展理念)
    // is known by its name and cited without its members; after a bare comma the clause is the sentence's
    // next predicate. Its members are read only where the text says so: a colon, 即, 包括, 分别是.
    const announced = introducer !== undefined || text[markAt] !== '，';
    if ((text[j] === '大' || markAt !== nounEnd) && !announced) continue;
    const items: EnumerationItem[] = [];
    while (clauseStart < end && items.length < count) {
      let clauseEnd = clauseStart;
      while (clauseEnd < end && !CLAUSE_ENDS.has(text.charCodeAt(clauseEnd))) clauseEnd++;
      let clause = splitItems(ctx, clauseStart, clauseEnd);
      // 三大行动：控违拆违行动和污水治理行动, 四大工程：A工程、B工程和C工程: members the text announces, the
      // last two joined by 和, each named with the counted noun.
      const last = clause.at(-1);
      if (announced && last) {
        const joined = itemsJoinedByAnd(ctx, last.range.start.offset, last.range.end.offset, text.slice(nounStart, nounEnd));
        if (joined) clause = [...clause.slice(0, -1), ...joined];
      }
      // 实施一批打基础、利长远、惠民生的重大项目: a 、-list whose last item goes on with 的 and a noun
      // modifies that noun; its items describe one thing, they are not the things counted.
      if (clause.length >= 2 && clause[clause.length - 1]!.text.slice(1, -1).includes('的')) break;
      const short = clause.every((item) => item.text.length <= MAX_ITEM);
      const readsAsList = short && (clause.length >= 2 || (items.length > 0 && clauseEnd - clauseStart <= 12));
      if (!readsAsList || /[共其计]/.test(text.slice(clauseStart, Math.min(clauseEnd, clauseStart + 2)))) break;
      items.push(...clause);
      if (text[clauseEnd] !== '，' && text[clauseEnd] !== ',') break;
      clauseStart = clauseEnd + 1;
    }
    if (items.length >= 2) pushList(ctx, paragraph, count, countRange(), items);
  }
}

/** Words that join the last two members of a list written without 、. */
const AND_WORDS = ['和', '与', '及'];
/** How much of the counted noun each member must end with (行动 of 三大行动, 工程 of 十大工程). */
const SHARED_HEAD = 2;

/**
 * A clause of members joined by 和 (与, 及) without 、 (控违拆违行动和污水治理行动): read as items only
 * when each one ends with the counted noun's head (行动), so a single name with 和 in it (污水治理和
 * 垃圾分类) stays one item. Null when the clause does not read so.
 */
function itemsJoinedByAnd(ctx: ParseContext, start: number, end: number, noun: string): EnumerationItem[] | null {
  if (noun.length < SHARED_HEAD) return null;
  const head = noun.slice(-SHARED_HEAD);
  const clause = ctx.text.slice(start, end);
  const items: EnumerationItem[] = [];
  let itemStart = 0;
  for (let at = 0; at <= clause.length; at++) {
    const joins = at < clause.length && AND_WORDS.includes(clause[at]!) && clause.slice(itemStart, at).endsWith(head);
    if (at === clause.length || joins) {
      const item = clause.slice(itemStart, at);
      if (!item.endsWith(head) || item.length <= head.length || item.length > MAX_ITEM) return null;
      items.push({ ordinal: 0, marker: '', text: item, range: rangeOf(ctx, start + itemStart, start + at) });
      itemStart = at + 1;
    }
  }
  return items.length >= 2 ? items : null;
}

/** The count's own clause, before it, joins two things with 和 or 与 (A和B两个方面) and lists nothing with 、. */
function joinedPairBefore(text: string, floor: number, at: number): boolean {
  let start = at;
  while (start > floor && !CLAUSE_ENDS.has(text.charCodeAt(start - 1))) start--;
  const clause = text.slice(start, at);
  return /[^参给]与|和/.test(clause) && !clause.includes('、');
}

/** The end of the run of Han characters from `start` that a counted noun may take. */
function hanRunEnd(text: string, start: number, end: number): number {
  let limit = start;
  while (limit < end && limit - start < MAX_NOUN + 4 && isHan(text.charCodeAt(limit))) limit++;
  return limit;
}

/**
 * Numeric slogans that sum up the list right before them: 党组织、村委会、合作社、
 * 农户“四位一体”, “有场地、有设备、有人员”的“三有”, …等“三大平台”. The slogan is
 * the count, quoted whole.
 */
function findListsBeforeSlogans(ctx: ParseContext, paragraph: Paragraph, slogans: readonly Slogan[]): void {
  for (const slogan of slogans) {
    // “一国两制”、“港人治港”: a slogan followed by 、 is itself an item of a list, not its sum.
    if (ctx.text[slogan.range.end.offset] === '、') continue;
    const before = listBefore(ctx, paragraph.range.start.offset, slogan.range.start.offset);
    const count = slogan.count!;
    if (!before || (before.partial && before.items.length < count - 1)) continue;
    pushList(ctx, paragraph, count, slogan.innerRange, before.items);
  }
}

interface ListBefore {
  items: EnumerationItem[];
  /**
   * Ended by 等: a full list (…服务平台等“三大平台”) or examples of a larger
   * set (A、B等十大工程). Taken as full only when at most one item is missing.
   */
  partial: boolean;
}

/**
 * The 、-list that ends right before `at`, after at most one 的 or 等: a quoted
 * phrase of items (“有场地、有设备、有人员”), quoted items side by side
 * (“有场地”“有设备”), or the plain items of the clause (矿山、交通、消防、燃气).
 */
function listBefore(ctx: ParseContext, floor: number, at: number): ListBefore | null {
  const { text } = ctx;
  let end = at;
  const glue = text[end - 1];
  if (glue === '的' || glue === '等') end--;
  const partial = glue === '等';
  if (text[end - 1] === '”') {
    const items = quotedItemsBefore(ctx, floor, end);
    return items.length >= 2 ? { items, partial } : null;
  }
  if (glue === '的' || !isHan(text.charCodeAt(end - 1))) return null;
  let start = end;
  while (start > floor && end - start < MAX_LIST_BEFORE && !CLAUSE_ENDS.has(text.charCodeAt(start - 1)) && text[start - 1] !== '“' && text[start - 1] !== '”') start--;
  // A list begins its clause: one that begins after a quote (“六稳”工作、全面落实“六保”) is the tail of another phrase.
  if (start > floor && !CLAUSE_ENDS.has(text.charCodeAt(start - 1))) return null;
  const items = splitItems(ctx, start, end);
  if (items.length < 2 || !endsWithNoun(ctx, items[items.length - 1]!.text)) return null;
  const plain = items.every((item, k) => item.text.length <= (k === 0 ? MAX_ITEM : MAX_ITEM / 2) && !/[0-9０-９%％]/.test(item.text) && !ORDINAL_CODES.has(item.text.charCodeAt(0)));
  return plain ? { items: items.map((item, k) => (k === 0 ? trimLead(ctx, item) : item)), partial } : null;
}

/** “A、B、C” or “A”“B”“C” (or “A”、“B”) ending at `end`: their items. */
function quotedItemsBefore(ctx: ParseContext, floor: number, end: number): EnumerationItem[] {
  const { text } = ctx;
  const open = text.lastIndexOf('“', end - 2);
  if (open < floor) return [];
  const inner = splitItems(ctx, open + 1, end - 1);
  if (inner.length >= 2) return inner;
  const items: EnumerationItem[] = [];
  let close = end;
  for (;;) {
    const from = text.lastIndexOf('“', close - 2);
    if (from < floor || text.slice(from + 1, close - 1).includes('”')) break;
    items.unshift({ ordinal: 0, marker: '', text: text.slice(from + 1, close - 1), range: rangeOf(ctx, from + 1, close - 1) });
    let prev = from;
    if (text[prev - 1] === '、') prev--;
    if (text[prev - 1] !== '”') break;
    close = prev;
  }
  return items;
}

/**
 * The list a count sums up ends in a thing (农户“四位一体”, 燃气四个重点行业, 基层
 * 治理“三大重点”); an item that is only a verb phrase governs the slogan instead
 * (降低“五险一金”缴费比例, 坚定不移贯彻“一国两制”): a verb may end the item only
 * after a noun it makes a thing of (基层治理, 乡村振兴).
 */
function endsWithNoun(ctx: ParseContext, item: string): boolean {
  const words = ctx.segmenter.tag(item);
  const last = words[words.length - 1];
  if (!last) return false;
  return !NOT_NOUN_TAGS.has(last.tag) || words.slice(0, -1).some(({ tag }) => tag.startsWith('n') || tag === 'vn' || tag === 'j');
}

/** jieba's tags of words no list of things ends with: verbs (not 服务-like vn), adverbs, prepositions, conjunctions, particles, pronouns. */
const NOT_NOUN_TAGS = new Set(['v', 'vd', 'vg', 'vi', 'd', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'r', 'ad']);

/**
 * The first item of a plain list may carry the words of its clause before the
 * list (加强矿山, 中央政府全力支持香港, 全面落实耕地地力保护): the item starts after
 * the last verb there, as the segmenter tags it or as the lexicon knows it.
 */
function trimLead(ctx: ParseContext, item: EnumerationItem): EnumerationItem {
  const words = ctx.segmenter.tag(item.text);
  let skip = 0;
  let at = 0;
  for (const { word, tag } of words.slice(0, -1)) {
    at += word.length;
    if (tag === 'v' || tag === 'vd' || tag === 'p' || GOVERNING_VERBS.has(word)) skip = at;
  }
  if (skip === 0) return item;
  const start = item.range.start.offset + skip;
  return { ...item, text: ctx.text.slice(start, item.range.end.offset), range: rangeOf(ctx, start, item.range.end.offset) };
}

/**
 * Where the noun after a count ends, at a word boundary: 四个重点行业监管 →
 * 重点行业 (words up to the first verb, adverb or particle once a noun is
 * read), never inside a word.
 */
function nounPhraseEnd(ctx: ParseContext, start: number, end: number): number {
  const { text } = ctx;
  const limit = hanRunEnd(text, start, end);
  if (limit === start) return start;
  let at = start;
  let nouns = 0;
  for (const { word, tag } of ctx.segmenter.tag(text.slice(start, limit))) {
    const nounLike = tag.startsWith('n') || tag === 'a' || tag === 'q' || tag === 'b' || tag === 'j' || tag === 'l' || tag === 'i';
    if ((nouns > 0 && !nounLike) || at + word.length - start > MAX_NOUN) break;
    at += word.length;
    if (nounLike) nouns++;
  }
  return at;
}

/** How far back from the first item the clause announcing a count may begin. */
const MAX_ANNOUNCEMENT = 40;
/** After the count and its measure, at most this much of a noun (工作, 的工作, 重点工作) before the colon. */
const MAX_ANNOUNCED_NOUN = 8;
const ANNOUNCING_MEASURES = ['个方面', '方面', '个', '项', '点', '条', '大', '类', '种', '件'];

/**
 * A count announced right before an enumeration, unquoted: 要把握好以下三点。
 * 第一，…; 重点抓好四个方面工作：一是…. The count's noun ends the clause.
 */
function findAnnouncedCount(ctx: ParseContext, enumeration: Enumeration): void {
  const announced = announcedCountBefore(ctx.text, enumeration.items[0]!.range.start.offset);
  if (!announced) return;
  enumeration.statedCount = announced.count;
  enumeration.countRange = rangeOf(ctx, announced.start, announced.end);
}

export interface AnnouncedCount {
  count: number;
  /** Offsets of the count with its noun: 三点, 四个方面工作. */
  start: number;
  end: number;
}

/**
 * The count that the clause right before `offset` announces for what follows
 * (items, or the headings of a part): the clause ends with a colon, or says
 * 以下/如下/下列 before the count and ends with a full stop, and nothing but
 * the count's noun follows the count (以下五项工作。, 四个方面工作：). Quoted
 * slogans (“四个一”措施：) are slogans, read elsewhere; 二十大 names a congress.
 */
export function announcedCountBefore(text: string, offset: number): AnnouncedCount | null {
  let end = offset;
  // Blank lines, and a Markdown heading's #s, between the clause and what it announces.
  while (end > 0 && /[\s#]/.test(text[end - 1]!)) end--;
  const mark = text[end - 1];
  if (mark !== '：' && mark !== ':' && mark !== '。') return null;
  end--;
  let start = end;
  while (start > 0 && end - start < MAX_ANNOUNCEMENT && !CLAUSE_ENDS.has(text.charCodeAt(start - 1)) && text[start - 1] !== '\n') start--;
  const clause = text.slice(start, end);
  if (/[“”"]/.test(clause)) return null;
  for (let i = clause.length - 1; i >= 0; i--) {
    if (!COUNT_CODES.has(clause.charCodeAt(i)) || (i > 0 && (COUNT_CODES.has(clause.charCodeAt(i - 1)) || clause[i - 1] === '第'))) continue;
    let j = i;
    while (j < clause.length && j - i < 2 && COUNT_CODES.has(clause.charCodeAt(j))) j++;
    const measure = ANNOUNCING_MEASURES.find((m) => clause.startsWith(m, j));
    const tail = measure ? clause.slice(j + measure.length) : '';
    if (!measure || tail.length > MAX_ANNOUNCED_NOUN || !/^[\u4e00-\u9fff]*$/.test(tail)) return null;
    const count = parseChineseNumeral(clause.slice(i, j).replace('两', '二'));
    const announces = /(?:以下|如下|下列)$/.test(clause.slice(0, i)) || mark !== '。';
    if (count === null || count < 2 || !announces || namesCongress(clause.slice(i))) return null;
    return { count, start: start + i, end };
  }
  return null;
}

const ENUMERATION_COMMA = '、'.charCodeAt(0);

function splitItems(ctx: ParseContext, start: number, end: number): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  let itemStart = start;
  // 县（市、区）: a 、 inside brackets joins the words of one name; it separates no items.
  let depth = 0;
  for (let i = start; i <= end; i++) {
    const code = ctx.text.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) depth++;
    else if ((code === 0xff09 || code === 0x29) && depth > 0) depth--;
    if (i === end || (code === ENUMERATION_COMMA && depth === 0)) {
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
