import { NO_OPTIONS, defineRule, type RuleContext } from '../rule.js';
import { announcedCountBefore } from '../../parse/enumerations.js';
import type { Enumeration, Range, ReportOutline, Section, Slogan } from '../../model/outline.js';
import { topLevelRuns } from '../../model/queries.js';
import { codeSet, hasCode } from '../../text/char-codes.js';
import { COUNT_NUMERAL_CHARS, FULL_SEMICOLON, HALF_SEMICOLON, SENTENCE_ENDS_FULL } from '../../text/lexicon.js';

type MessageId = 'section' | 'enumeration' | 'headings' | 'list' | 'name' | 'counted';

/** How far (in UTF-16 units) quoted slogans of a 一三五-style list may stand apart: “一个重点”，强化“三大攻坚”. */
const MAX_LIST_GAP = 12;
/** What may stand between the listed slogans and the name that sums them up: “五项工作”的“一三五”. */
const NAME_GLUE = new Set(['', '的', '等', '即', '这']);
/** What ends a run of listed slogans: the end of a sentence or of a list item (。！？；;); a comma does not. */
const LIST_BREAKS = codeSet(SENTENCE_ENDS_FULL + FULL_SEMICOLON + HALF_SEMICOLON);
/** A lead that ends in a colon opens the next list only when none of these stands in it: 。！？；. */
const LEAD_BREAKS = codeSet(SENTENCE_ENDS_FULL + FULL_SEMICOLON);
const NUMERALS = COUNT_NUMERAL_CHARS;

/**
 * A numeric slogan must count what it introduces: “三大攻坚” the parts of the
 * section about 攻坚, “四个一” the 一是…四是 right after it, 三防原则 the
 * three items quoted before it, “一三五” the 一/三/五 slogans listed before it.
 * Where there is nothing to compare with, nothing is reported.
 */
export default defineRule({
  meta: {
    id: 'slogan-count',
    name: { zh: '提法数字', en: 'Slogan count' },
    category: '数据',
    severity: 'warning',
    description: {
      zh: '提法中的数字（“三大攻坚”“四个一”“三防”）与其后展开的部分、列举项数一致',
      en: 'Numeric slogans (三大攻坚, 四个一, 三防) count exactly the parts, items or sections they introduce',
    },
    basis: '《党政机关公文处理工作条例》第二十五条（内容简洁，数字准确）',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      section: {
        zh: '“{{slogan}}”说的是{{count}}项，但对应的“{{marker}}{{title}}”下有{{actual}}个部分',
        en: '“{{slogan}}” counts {{count}}, but “{{marker}}{{title}}” has {{actual}} parts',
      },
      enumeration: {
        zh: '“{{slogan}}”说的是{{count}}项，但其后列举了{{actual}}项（{{first}}至{{last}}）',
        en: '“{{slogan}}” counts {{count}}, but {{actual}} items follow ({{first}} to {{last}})',
      },
      list: {
        zh: '“{{phrase}}”说的是{{count}}项，但列出了{{actual}}项：{{items}}',
        en: '“{{phrase}}” counts {{count}}, but {{actual}} items are listed: {{items}}',
      },
      name: {
        zh: '“{{slogan}}”的数字（{{expected}}）与前面列出的提法（{{actual}}）不符',
        en: 'The numbers of “{{slogan}}” ({{expected}}) do not match the slogans listed before it ({{actual}})',
      },
      headings: {
        zh: '“{{slogan}}”说的是{{count}}项，但其后有{{actual}}个同级标题：{{first}}至{{last}}',
        en: '“{{slogan}}” counts {{count}}, but {{actual}} headings follow: {{first}} to {{last}}',
      },
      counted: { zh: '此处：{{what}}', en: 'Here: {{what}}' },
    },
  },
  check(context) {
    const { outline } = context;
    // A slogan that sums up the list before it (农户“四位一体”) is checked against that list only.
    const countsList = new Set<number>();
    for (const enumeration of outline.enumerations) {
      checkCountedList(context, enumeration);
      if (enumeration.countRange) countsList.add(enumeration.countRange.start.offset);
    }
    for (const run of topLevelRuns(outline.sections)) checkAnnouncedHeadings(context, run);
    const sections = flatten(outline.sections);
    const index = buildIndex(outline, sections);
    for (const slogan of outline.slogans) {
      if (countsList.has(slogan.innerRange.start.offset) || isCitedName(context.text, slogan)) continue;
      if (slogan.count !== null && slogan.count >= 2) checkSlogan(context, slogan, index);
      else if (slogan.count === null && slogan.items.length >= 2) checkNameSlogan(context, slogan, index);
    }
  },
});

/**
 * A set cited by its name, whose items are not listed here: “八项规定”精神,
 * “七一”重要讲话精神. Its number names the set; it counts nothing that follows.
 */
function isCitedName(text: string, slogan: Slogan): boolean {
  const after = slogan.range.end.offset;
  return text.startsWith('精神', after) || text.startsWith('重要讲话', after);
}

/** Quotes inside a quoted phrase of a message are single: “加大‘三农’工作力度”. */
function nested(phrase: string): string {
  return phrase.replace(/“/g, '‘').replace(/”/g, '’');
}

/**
 * 涉及四个项目，A、B、C、D and “A、B、C”的三防原则; and the count announced
 * right before 一是…/第一… items (要把握好以下三点。第一，…).
 */
function checkCountedList(context: RuleContext<MessageId>, list: Enumeration): void {
  if (list.statedCount === null || !list.countRange) return;
  if (list.kind !== 'list') {
    checkAnnouncedCount(context, list, list.statedCount, list.countRange);
    return;
  }
  if (list.items.length === list.statedCount) return;
  // A slip adds or drops one item. A list two or more away from its count is another list
  // standing next to it: the fields where “四类”违法违规行为 occur, the four words that make
  // “八个字”. Not assessable, so silent (as enumerationAfter treats items after a slogan).
  if (Math.abs(list.items.length - list.statedCount) > 1) return;
  // 交通和消防 may be one item or two (文化、体育和娱乐业 is one trade): a count that fits either reading is right.
  const last = list.items[list.items.length - 1]!.text;
  if (list.items.length + 1 === list.statedCount && /.(?:和|及|与|以及).+/.test(last)) return;
  const phrase = context.text.slice(list.countRange.start.offset, list.countRange.end.offset);
  context.report({
    messageId: 'list',
    data: { phrase: nested(phrase), count: list.statedCount, actual: list.items.length, items: list.items.map((i) => i.text).join('、') },
    span: list.countRange,
    related: list.items.map((item) => ({ span: item.range, messageId: 'counted' as const, data: { what: item.text } })),
    details: { stated: list.statedCount, listed: list.items.length },
  });
}

/** A count (quoted, or announced as 以下三点) against the 一是…/第一… items that follow it. */
function checkAnnouncedCount(context: RuleContext<MessageId>, enumeration: Enumeration, count: number, span: Range): void {
  if (enumeration.items.length === count) return;
  const first = enumeration.items[0]!;
  const last = enumeration.items[enumeration.items.length - 1]!;
  const phrase = context.text.slice(span.start.offset, span.end.offset);
  context.report({
    messageId: 'enumeration',
    data: { slogan: nested(phrase), count, actual: enumeration.items.length, first: first.marker, last: last.marker },
    span,
    related: enumeration.items.map((item) => ({ span: item.markerRange ?? item.range, messageId: 'counted' as const, data: { what: item.marker } })),
    details: { stated: count, found: enumeration.items.length, kind: enumeration.kind },
  });
}

/**
 * 主要做了以下四个方面的工作： followed by （一）…（四）: the count announced
 * right before the first heading of a level counts the headings of that level
 * under the same parent.
 */
function checkAnnouncedHeadings(context: RuleContext<MessageId>, siblings: Section[]): void {
  const first = siblings[0];
  if (!first) return;
  const announced = first.ordinal === 1 ? announcedCountBefore(context.text, first.range.start.offset) : null;
  if (announced && announced.count !== siblings.length) {
    const last = siblings[siblings.length - 1]!;
    context.report({
      messageId: 'headings',
      data: { slogan: context.text.slice(announced.start, announced.end), count: announced.count, actual: siblings.length, first: first.marker, last: last.marker },
      span: { start: announced.start, end: announced.end },
      related: siblings.map((s) => ({ span: s.markerRange, messageId: 'counted' as const, data: { what: s.marker + nested(s.title) } })),
      details: { stated: announced.count, found: siblings.length, level: first.level },
    });
  }
  for (const section of siblings) checkAnnouncedHeadings(context, section.children);
}

function checkSlogan(context: RuleContext<MessageId>, slogan: Slogan, index: OutlineIndex): void {
  const count = slogan.count!;
  const enumeration = enumerationAfter(context.text, index, slogan);
  if (enumeration) {
    checkAnnouncedCount(context, enumeration, count, slogan.innerRange);
    return;
  }
  const section = sectionFor(slogan, index);
  if (!section || section.children.length === count) return;
  context.report({
    messageId: 'section',
    data: { slogan: nested(slogan.text), count, marker: section.marker, title: nested(section.title), actual: section.children.length },
    span: slogan.innerRange,
    related: [
      { span: section.titleRange, messageId: 'counted', data: { what: section.marker + section.title } },
      ...section.children.map((child) => ({ span: child.markerRange, messageId: 'counted' as const, data: { what: child.marker + child.title } })),
    ],
    details: { stated: count, found: section.children.length, section: section.id },
  });
}

/**
 * Lookups built once per report, so each slogan costs a few map reads and
 * binary searches instead of a scan of every enumeration, slogan, sentence and
 * section (quadratic on a 1 MB report). They rely on the order the parser
 * gives: slogans and sentences in source order, sentences disjoint.
 */
interface OutlineIndex {
  /** Non-list enumerations by paragraph, in outline order. */
  enumerationsByParagraph: Map<number, Enumeration[]>;
  /** The numeric slogans in source order, their start and end offsets. */
  numeric: Slogan[];
  numericStarts: number[];
  numericEnds: number[];
  /** minEndFrom[i]: the smallest end offset among numeric slogans i…. */
  minEndFrom: number[];
  /** The sentences' start and end offsets. */
  sentenceStarts: number[];
  sentenceEnds: number[];
  sections: Section[];
  /** sectionFor's answer per noun. */
  sectionByNoun: Map<string, Section | null>;
}

function buildIndex(outline: ReportOutline, sections: Section[]): OutlineIndex {
  const enumerationsByParagraph = new Map<number, Enumeration[]>();
  for (const e of outline.enumerations) {
    if (e.kind === 'list') continue;
    const group = enumerationsByParagraph.get(e.paragraph);
    if (group) group.push(e);
    else enumerationsByParagraph.set(e.paragraph, [e]);
  }
  const numeric = outline.slogans.filter((s) => s.count !== null);
  const numericEnds = numeric.map((s) => s.range.end.offset);
  const minEndFrom = new Array<number>(numeric.length);
  for (let i = numeric.length - 1, min = Infinity; i >= 0; i--) minEndFrom[i] = min = Math.min(min, numericEnds[i]!);
  const { sentences } = outline;
  return {
    enumerationsByParagraph,
    numeric,
    numericStarts: numeric.map((s) => s.range.start.offset),
    numericEnds,
    minEndFrom,
    sentenceStarts: sentences.map((s) => s.range.start.offset),
    sentenceEnds: sentences.map((s) => s.range.end.offset),
    sections,
    sectionByNoun: new Map(),
  };
}

/** The first index i with values[i] >= target in an ascending array (values.length when none). */
function lowerBound(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The numeric slogans ending at or before `offset`, in source order: a prefix, as their ends ascend. */
function numericEndingBy(index: OutlineIndex, offset: number): Slogan[] {
  return index.numeric.slice(0, lowerBound(index.numericEnds, offset + 1));
}

/** The index of the sentence containing `offset`, or -1. */
function sentenceIndexAt(index: OutlineIndex, offset: number): number {
  // Ascending and disjoint: only the last sentence starting at or before `offset` can contain it.
  const i = lowerBound(index.sentenceStarts, offset + 1) - 1;
  return i >= 0 && offset < index.sentenceEnds[i]! ? i : -1;
}

/**
 * The 一是…/第一… enumeration the slogan introduces: it begins after the
 * slogan, in the same paragraph or the next, in the same or the next sentence,
 * with no other numeric slogan between them. A slogan introduces items when it
 * announces a number of things (a measure word: “四个一”措施, “三项举措”) or
 * when a colon leads from it to them (“三清”行动：一是…); a name without a
 * measure word (“三农”工作) does not. Nor does a count that misses the items by
 * more than one without a colon: a slip adds or drops one item, and a set cited
 * in passing (“八项规定”) is not listed there.
 */
function enumerationAfter(text: string, index: OutlineIndex, slogan: Slogan): Enumeration | null {
  const end = slogan.range.end.offset;
  const next = [slogan.paragraph, slogan.paragraph + 1]
    .flatMap((p) => index.enumerationsByParagraph.get(p) ?? [])
    .find((e) => e.range.start.offset >= end);
  if (!next) return null;
  const start = next.range.start.offset;
  // A numeric slogan lies between when one starting at or after `end` also ends by `start`.
  const from = lowerBound(index.numericStarts, end);
  const between = from < index.minEndFrom.length && index.minEndFrom[from]! <= start;
  if (between) return null;
  const sentence = sentenceIndexAt(index, start);
  if (sentence < 0 || sentence > slogan.sentence + 1) return null;
  const lead = text.slice(end, start);
  const colon = /[：:]\s*$/.test(lead) && !hasCode(lead, LEAD_BREAKS);
  if (colon) return next;
  if (!slogan.measure) return null;
  return Math.abs(next.items.length - slogan.count!) <= 1 ? next : null;
}

/**
 * The section whose title names and counts what the slogan counts (攻坚 →
 * 三、…三大攻坚行动). A one-character noun is too common to go by; a title that
 * names the noun without a count may be about something else; several such
 * titles: nothing to compare.
 */
function sectionFor(slogan: Slogan, index: OutlineIndex): Section | null {
  const noun = slogan.noun;
  if (!noun || noun.length < 2) return null;
  let found = index.sectionByNoun.get(noun);
  if (found === undefined) {
    found = sectionNamedBy(noun, index.sections);
    index.sectionByNoun.set(noun, found);
  }
  return found;
}

/** The one section whose title counts the noun (三、强化三大攻坚行动); none when no title or several do. */
function sectionNamedBy(noun: string, sections: Section[]): Section | null {
  const counted = sections.filter((s) => s.children.length > 0 && countsNoun(s.title, noun));
  return counted.length === 1 ? counted[0]! : null;
}

/**
 * A count stands right before the noun in the title, as a count: 三大攻坚, 五个财政, 两项重点工作.
 * A numeral nearby in a name does not count it (“十五五”时期财政工作 names a plan period).
 */
function countsNoun(title: string, noun: string): boolean {
  for (let at = title.indexOf(noun); at >= 0; at = title.indexOf(noun, at + 1)) if (endsWithCount(title.slice(0, at))) return true;
  return false;
}

const TITLE_QUALIFIERS = ['重点', '主要'];
const TITLE_MEASURES = ['个方面的', '个方面', '方面的', '方面', '个', '项', '大', '条', '类', '种', '件'];

/** The text ends in a numeral, then at most a measure word and a qualifier: 三大, 两项重点, 四个方面的. */
function endsWithCount(before: string): boolean {
  let rest = before;
  const qualifier = TITLE_QUALIFIERS.find((q) => rest.endsWith(q));
  if (qualifier) rest = rest.slice(0, -qualifier.length);
  const measure = TITLE_MEASURES.find((m) => rest.endsWith(m));
  if (measure) rest = rest.slice(0, -measure.length);
  return rest.length > 0 && NUMERALS.includes(rest[rest.length - 1]!);
}

/**
 * “一三五”: the slogans listed right before it must count 1, 3 and 5. Only a
 * name whose numbers rise (一三五, 一二三四) sums up a list; “七一”, “五四”, “九五”
 * are dates and plans. And only two or more slogans side by side make a list.
 */
function checkNameSlogan(context: RuleContext<MessageId>, slogan: Slogan, index: OutlineIndex): void {
  if (!slogan.items.every((n, i) => i === 0 || n > slogan.items[i - 1]!)) return;
  const listed = listedBefore(context, slogan, index);
  if (listed.length < 2) return;
  const compared = listed.slice(-slogan.items.length);
  const actual = compared.map((s) => s.count!);
  if (actual.length === slogan.items.length && actual.every((n, i) => n === slogan.items[i])) return;
  context.report({
    messageId: 'name',
    data: { slogan: nested(slogan.text), expected: slogan.items.join('、'), actual: compared.map((s) => `“${nested(s.text)}”${s.count}`).join('、') },
    span: slogan.innerRange,
    related: compared.map((s) => ({ span: s.innerRange, messageId: 'counted' as const, data: { what: s.text } })),
    details: { expected: slogan.items, found: actual },
  });
}

/** The numeric slogans written as a list right before `name`, nearest last. */
function listedBefore(context: RuleContext<MessageId>, name: Slogan, index: OutlineIndex): Slogan[] {
  const { text } = context;
  const numeric = numericEndingBy(index, name.range.start.offset);
  const nearest = numeric[numeric.length - 1];
  if (!nearest || !NAME_GLUE.has(text.slice(nearest.range.end.offset, name.range.start.offset))) return [];
  const listed = [nearest];
  for (let i = numeric.length - 2; i >= 0; i--) {
    const gap = text.slice(numeric[i]!.range.end.offset, listed[0]!.range.start.offset);
    if (gap.length > MAX_LIST_GAP || hasCode(gap, LIST_BREAKS)) break;
    listed.unshift(numeric[i]!);
  }
  return listed;
}

function flatten(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}
