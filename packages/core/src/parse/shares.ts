/**
 * Shares stated with their part and whole:
 *
 *   可再生能源装机1443.2万千瓦，占全部装机容量的25.6%
 *   其中一般性转移支付13.65亿元，占全部转移支付的比重为…
 *
 * The parser records what the text says: the share (the percent after 占), the
 * whole it names after 占 and the part the clause names before 占 (or, when it
 * names none, the nearest figure). Whether the three figures agree is judged
 * apart (checks/share-verdicts.ts); share-mismatch reads only the verdict.
 */
import type { Metric, ReportOutline, ShareRelation } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { SCOPE_WORDS } from './figure-words.js';
import { isCountable } from './relations.js';
import { clauseBeforeFigure, clauseStart } from './subjects.js';
import { FIGURE_VERBS } from '../text/lexicon.js';

/** The word that states a share of a named whole. */
const SHARE_OF = '占';
/** Words between 占 and the share that are not part of the whole's name. */
const OBJECT_TAIL = ['的比重', '比重', '的比例', '比例', '的', '为', '达', '达到', '约', '了'];
/** Words before the whole's name that are not part of it: scope, and the verbs that introduce a figure. */
const OBJECT_HEAD = ['全部', '全市', '全省', '全县', '全区', '全国', '全年', '全体', '实现', '完成', '获得', '拥有', '共有', '累计', '地方财政', '地方', '自治州', '各类', '各项', '其中'];
/** Words that open a clause naming a part but are not its name. */
const PART_HEAD = ['其中', '而'];
const MAX_OBJECT = 24;
/** 在移动电话用户中 (占比…): the whole named before 占比. */
const WITHIN_WHOLE = /在([\u4e00-\u9fff]{2,12})中$/u;
const MAX_LOOKBACK = 128;
/**
 * How many sentences back a whole may stand: a bulletin states the total, details it for a sentence
 * or two, then gives a part's share of it (全市发电装机容量…。其中…。太阳能…。可再生能源…占发电装机容量的比重…).
 */
const WHOLE_SENTENCES_BACK = 3;

/** Every share stated with a part and whole the text names, appended to the outline's shares (unjudged). */
export function findShares(ctx: ParseContext): void {
  const { outline, text } = ctx;
  for (const share of outline.metrics) {
    if (!share.percent || share.role !== 'share') continue;
    const sentence = outline.sentences[share.sentence]!;
    const clause = text.slice(Math.max(sentence.range.start.offset, share.range.start.offset - MAX_OBJECT - 2), share.range.start.offset);
    const zhan = clause.lastIndexOf(SHARE_OF);
    if (zhan < 0) continue;
    // 一般性转移支付占全部转移支付的比重: the clause names its part before 占.
    const zhanAt = share.range.start.offset - clause.length + zhan;
    const before = text.slice(clauseStart(text, zhanAt, sentence.range.start.offset), zhanAt);
    // 5G移动电话用户757.54万户，在移动电话用户中占比67.0%: the whole is named in 在…中, the part is the figure before.
    const within = WITHIN_WHOLE.exec(before);
    const object = within && clause.startsWith('比', zhan + 1) ? wholeName(within[1]!) : wholeName(clause.slice(zhan + 1));
    if (object.length < 2) continue;
    const named = within ? '' : partName(before);
    const allOf = !within && clause.startsWith(ALL_OF, zhan + 1);
    const pair = findPartAndWhole(outline, text, share, object, named, allOf);
    if (!pair) continue;
    const start = Math.min(pair.whole.range.start.offset, pair.part.range.start.offset);
    const relation: ShareRelation = {
      id: outline.shares.length,
      share: share.id,
      part: pair.part.id,
      whole: pair.whole.id,
      partName: named,
      wholeName: object,
      range: rangeOf(ctx, start, share.range.end.offset),
      sentence: share.sentence,
      paragraph: share.paragraph,
      verdict: null,
    };
    outline.shares.push(relation);
  }
}

/** 全部装机容量的 → 装机容量; 地区生产总值的比重为 → 地区生产总值. */
function wholeName(raw: string): string {
  let name = raw;
  let changed = true;
  while (changed) {
    changed = false;
    for (const tail of OBJECT_TAIL) {
      if (name.endsWith(tail)) {
        name = name.slice(0, -tail.length);
        changed = true;
      }
    }
  }
  changed = true;
  while (changed) {
    changed = false;
    for (const head of [...OBJECT_HEAD, ...SCOPE_WORDS]) {
      if (name.startsWith(head) && name.length - head.length >= 2) {
        name = name.slice(head.length);
        changed = true;
      }
    }
  }
  return name;
}

/** The part's name written before 占 (其中一般性转移支付 → 一般性转移支付); '' when the clause opens with 占. */
function partName(raw: string): string {
  let name = raw.trim();
  for (const head of PART_HEAD) if (name.startsWith(head)) name = name.slice(head.length);
  return wholeName(name);
}

/**
 * The whole is the nearest figure before the share, in its paragraph, whose subject is the
 * name after 占 (the name must match, so looking further back adds no guess); failing that, one
 * up to WHOLE_SENTENCES_BACK sentences back named alike (see `near`). The part, after the whole and of the
 * same dimension, is the figure the clause names before 占 (一般性转移支付占…,
 * in either sentence) or, when it names none (…1.87亿元，占…), the nearest one
 * in the share's own sentence.
 * A named part that no figure carries (以上三项合计占…, 上述四类…) is not one figure:
 * nothing to recompute.
 */
function findPartAndWhole(outline: ReportOutline, text: string, share: Metric, object: string, named: string, allOf: boolean): { part: Metric; whole: Metric } | null {
  // Walk back from the share over its paragraph (ids are in source order), a bounded number of figures.
  const candidates: Metric[] = [];
  for (let id = share.id - 1; id >= 0 && share.id - id <= MAX_LOOKBACK; id--) {
    const m = outline.metrics[id]!;
    if (m.paragraph !== share.paragraph) break;
    if (isCountable(m) && m.value !== null) candidates.unshift(m);
  }
  const writtenName = (m: Metric) => wholeName(withoutFigureVerb(clauseBeforeFigure(outline, text, m).text));
  // The whole named exactly anywhere in the window (so looking further back adds no guess); else,
  // within a few sentences, named the same but for 总 (专利授权总量 for 专利授权量) or by 总… alone
  // (占总产值的 for the 建筑业总产值 just stated).
  const exact = (whole: Metric, written: string) => namesSame(whole.subject, object) || written === object || countsSame(object, written, whole);
  // The loose pass never takes a listed part for the whole: in 接待游客1000万人次，其中过夜游客400万人次，
  // 占游客总数的…, both are named 游客, and only the total is 游客总数.
  const near = (whole: Metric, written: string) =>
    whole.sentence >= share.sentence - WHOLE_SENTENCES_BACK &&
    whole.role !== 'part' &&
    (withoutTotalWord(written) === withoutTotalWord(object) || (object.startsWith(TOTAL_WORD) && written.endsWith(object)) || COUNT_TOTALS.some((w) => object === written + w || (whole.subject !== null && object === wholeName(whole.subject) + w)));
  const found = pairIn(outline, text, share, candidates, named, exact, writtenName) ?? pairIn(outline, text, share, candidates, named, near, writtenName);
  if (found || !allOf) return found;
  // A headline is often a paragraph of its own (全年全市固定资产投资…。), broken down in the next one.
  const wider = [...previousParagraphFigures(outline, share, candidates[0]?.id ?? share.id), ...candidates];
  const headline = allOfWhole(outline, text, share, wider, object, writtenName);
  return headline ? pairIn(outline, text, share, wider, named, (whole) => whole === headline, writtenName) : null;
}

/** The countable figures of the paragraph right before the share's, in order (metric ids before `before`). */
function previousParagraphFigures(outline: ReportOutline, share: Metric, before: number): Metric[] {
  const figures: Metric[] = [];
  for (let id = before - 1; id >= 0 && share.id - id <= MAX_LOOKBACK; id--) {
    const m = outline.metrics[id]!;
    if (m.paragraph === share.paragraph) continue;
    if (m.paragraph !== share.paragraph - 1) break;
    if (isCountable(m) && m.value !== null) figures.unshift(m);
  }
  return figures;
}

/** 占全部投资的: the whole is all of what its head noun names. */
const ALL_OF = '全部';
/** Scopes that make a figure the whole area's (全市固定资产投资), unlike a period (全年) or a kind. */
const AREA_SCOPES = ['全市', '全县', '全区', '全省', '全州', '全盟', '全国', '全社会', '全镇', '全乡'];

/**
 * 全市固定资产投资120亿元。…民间投资30亿元，占全部投资的比重为…: 全部投资 names no figure, but all of
 * 投资 is the headline stated a few sentences back, or in the paragraph before. It is taken only where the text
 * leaves no doubt: the figure is the first in the window whose name ends with the head noun, it is
 * stated for the whole area (全市, 全社会…) or as a list's total, it is no listed part, and no other
 * figure so named is larger (a kind of investment is never more than all of it). Otherwise none.
 */
function allOfWhole(outline: ReportOutline, text: string, share: Metric, candidates: readonly Metric[], head: string, writtenName: (m: Metric) => string): Metric | null {
  const inWindow = (m: Metric) => (m.paragraph === share.paragraph ? m.sentence >= share.sentence - WHOLE_SENTENCES_BACK : m.paragraph === share.paragraph - 1);
  const sameHead = candidates.filter((m) => inWindow(m) && m.sentence < share.sentence && writtenName(m).endsWith(head));
  const first = sameHead[0];
  if (!first || first.role === 'part' || sameHead.some((m) => m.dimension !== first.dimension || m.value! > first.value!)) return null;
  const clause = clauseBeforeFigure(outline, text, first).text;
  return first.role === 'total' || AREA_SCOPES.some((scope) => clause.includes(scope)) ? first : null;
}

const TOTAL_WORD = '总';
/** 占市场主体总数的 for the 各类市场主体 counted just before: the whole's name with its 总数 said. */
const COUNT_TOTALS = ['总数', '总量', '总额'];
/** 专利授权总量 → 专利授权量: how a whole is named again without its 总. */
function withoutTotalWord(name: string): string {
  return name.replaceAll(TOTAL_WORD, '');
}

/** The nearest whole `matches` accepts, with its part (see findPartAndWhole); null when none has a part. */
function pairIn(
  outline: ReportOutline,
  text: string,
  share: Metric,
  candidates: readonly Metric[],
  named: string,
  matches: (whole: Metric, written: string) => boolean,
  writtenName: (m: Metric) => string,
): { part: Metric; whole: Metric } | null {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const whole = candidates[k]!;
    if (!matches(whole, writtenName(whole))) continue;
    // An unnamed part is the nearest figure of the share's own sentence; a part named before 占 may
    // stand in the sentence before, after its whole (…，其中：税收收入80.2亿元，…。税收收入占一般公共预算收入的比重为66.8%).
    const parts = candidates
      .slice(k + 1)
      .reverse()
      .filter((m) => (named.length > 0 || m.sentence === share.sentence) && m.dimension === whole.dimension);
    const part = named.length === 0 ? parts[0] : parts.find((m) => namesSame(m.subject, named) || partName(clauseBeforeFigure(outline, text, m).text) === named);
    if (!part) return null;
    return { part, whole };
  }
  return null;
}

/** 一般公共预算收入完成 → 一般公共预算收入: the name a figure's clause gives it, without the verb before the figure. */
function withoutFigureVerb(written: string): string {
  const verb = FIGURE_VERBS.find((word) => written.endsWith(word) && written.length - word.length >= 2);
  return verb ? written.slice(0, -verb.length) : written;
}

/**
 * The whole is named exactly (scope words aside): 太阳能发电装机容量 is a
 * kind of 发电装机容量, not the 发电装机容量 a share is taken of.
 */
function namesSame(subject: string | null, object: string): boolean {
  if (!subject || subject.length < 2) return false;
  return wholeName(subject) === object;
}

/**
 * 参考人数 is the count of (学校)参考学生338人: a whole named “X + 人数/户数/家数…” is the
 * figure whose name holds X with more after it and whose unit is the one 数 counts (人, 户, 家…).
 */
function countsSame(object: string, written: string, whole: Metric): boolean {
  if (!object.endsWith('数') || object.length < 4 || !whole.unit) return false;
  const unit = object.slice(-2, -1);
  const stem = object.slice(0, -2);
  const at = written.indexOf(stem);
  return whole.unit === unit && stem.length >= 2 && at >= 0 && at + stem.length < written.length;
}

