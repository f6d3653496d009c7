/**
 * Total/part relations the text states, recorded without judging them:
 *
 *   total  — the figure right before 其中 (change and percent figures skipped),
 *            or, before 分别, one introduced by 共/共计/合计/总计/累计;
 *   parts  — the figures after the cue in the same sentence, and in following
 *            sentences of the paragraph while they continue the list; a part
 *            may carry several dimensions (处 and 平方米);
 *   coverage — exhaustive (其他/其余, or a partition such as 城镇/乡村),
 *            subset (parts share a head noun) or overlapping (different breakdowns).
 */
import type { Enumeration, Metric, Relation, RelationPart } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { metricsBy } from '../model/queries.js';
import { rangeOf } from './context.js';
import { containsAny, figureWords, OTHER_WORDS, SCOPE_WORDS } from './figure-words.js';
import { boundsOf } from './metric-bounds.js';
import { attributeRelations, type AttributeReading } from './attribute-lists.js';
import { completedPartition, continuesPartition, memberOf, rivals } from './partitions.js';
import { bracketDepth, closesBracket, COLONS, DETAIL_WORDS, findCues, isBracketCue, type Cue } from './relation-cues.js';
import { clauseStart } from './subjects.js';
import { codeSet, hasCode } from '../text/char-codes.js';
import { CLAUSE_MARKS, GRANTING_LEVELS, LINE_BREAKS, LIST_COMMA, MEMBER_JOIN_PATTERN, SENTENCE_ENDS, TABLE_BAR } from '../text/lexicon.js';
import { commonSuffix, namesAnnouncedMembers } from './announced-members.js';

export function findRelations(ctx: ParseContext): void {
  const byParagraph = metricsBy(ctx.outline.metrics, 'paragraph');
  const partOf = new Map<number, Relation>();
  // The figures some relation already has as its total: asked for every breakdown cue, so kept
  // as a set rather than found by scanning every relation read so far (quadratic on long texts).
  const totalled = new Set<number>();
  for (const paragraph of ctx.outline.paragraphs) {
    const metrics = byParagraph.get(paragraph.id);
    if (!metrics || metrics.length < 2) continue;
    const sentences = paragraph.sentences.map((id) => ctx.outline.sentences[id]!);
    const cues = findCues(sentences);
    for (const cue of cues) {
      for (const relation of relationsAt(ctx, cue, metrics, partOf, totalled)) {
        relation.id = ctx.outline.relations.length;
        ctx.outline.relations.push(relation);
        for (const id of relation.totals) totalled.add(id);
        for (const part of relation.parts) for (const id of part.metrics) partOf.set(id, relation);
      }
    }
  }
}

/** Index of the first metric that starts at or after `offset` (metrics are in source order). */
function firstAtOrAfter(metrics: readonly Metric[], offset: number): number {
  let low = 0;
  let high = metrics.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (metrics[mid]!.range.start.offset < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Change, share and percent figures describe a total or part; they are never one. Nor is an age:
 * 60周岁及以上, 65周岁及以上 bound the groups a table counts, and ages do not add up.
 */
export function isCountable(metric: Metric): boolean {
  return metric.dimension !== null && !metric.percent && metric.role !== 'change' && metric.role !== 'share' && !UNCOUNTABLE_DIMENSIONS.has(metric.dimension);
}
const UNCOUNTABLE_DIMENSIONS = new Set(['百分点', '‰', '岁']);

/**
 * A figure that states a level a sum can add (budget sums, remainders): countable, not a bound in a
 * name (5000万元以上项目), not a part of a list already (其中税收收入…), and not the base of a ratio
 * (为年初预算1,354,921万元的100.1%).
 */
export function statesLevel(text: string, metric: Metric): boolean {
  return isCountable(metric) && !isThreshold(text, metric) && metric.role !== 'part' && text[metric.range.end.offset] !== '的';
}

function relationsAt(
  ctx: ParseContext,
  cue: Cue,
  metrics: readonly Metric[],
  partOf: ReadonlyMap<number, Relation>,
  totalled: ReadonlySet<number>,
): Relation[] {
  let totals = findTotals(ctx, cue, metrics, partOf).filter((m) => !isAverage(ctx, m));
  if (totals.length === 0) return [];
  const parts = collectParts(ctx, cue, metrics, totals);
  // 学校136所，招生…万人，在校学生…万人。其中，A 1所，招生…，在校学生…: the total's figures share a unit,
  // so its items are matched to them by the attributes' names (attribute-lists.ts).
  if (parts.length === 0) return cue.word === '其中' ? attributeRelations(ctx, cue, metrics, ATTRIBUTE_READING) : [];
  // A bare bracket with one figure restates or qualifies its neighbour (1.2亿元（12000万元）); a list needs
  // two, each named, and named as a kind of the total, not a period (（2024年为…，2023年为…）, （上年分别为…、…）).
  if (isBracketCue(cue.word) && (parts.length < 2 || parts.some((p) => p.name === '' || PERIOD_NAME.test(p.name)))) return [];
  let alternatives: number[] = [];
  if (cue.form === 'breakdown' && totals.length === 1 && !totalled.has(totals[0]!.id)) {
    const choice = breakdownTotal(ctx, cue, metrics, totals[0]!, parts);
    totals = [choice.total];
    alternatives = choice.alternatives;
  }
  // 县、乡、村三级医疗卫生机构1200个，分别为…: the text names every member before the total and assigns
  // one figure to each; as many figures as members is the whole split, any other number a misreading.
  const announced = cue.word === '分别' && totals.length === 1 ? announcedList(ctx, totals[0]!) : null;
  if (announced && parts.length !== announced.items.length) return [];
  // 诊疗人次1200万人次，门诊和住院分别为…: the members named after the total, one figure each. Their
  // names are the parts' names (so 城镇和乡村 is found a complete split); another count is a misreading.
  const named = cue.word === '分别' && !announced && totals.length === 1 ? membersBeforeCue(ctx, totals[0]!, cue) : null;
  if (named && parts.length !== named.length) return [];
  if (named) parts.forEach((part, k) => (part.name = named[k]!));
  for (const total of totals) {
    total.role = 'total';
    if (!total.roleWord || !figureWords.totalWords.includes(total.roleWord)) total.roleWord = cue.word;
  }
  for (const part of parts) {
    for (const id of part.metrics) {
      const metric = ctx.outline.metrics[id]!;
      metric.role = 'part';
      metric.roleWord = cue.word;
    }
  }
  // A total stated in several units has a name for each (拆违*处，拆除总面积*平方米): the split may be named in any.
  const whole = totals.map((total) => totalName(ctx, total)).join('，');
  return classifications(parts, whole).map((group) => {
    const relation = makeRelation(ctx, cue, totals, group, whole);
    if (announced && group.length === announced.items.length) relation.coverage = 'exhaustive';
    // 门诊和住院诊疗人次合计…，其中门诊…，住院…: the whole's own name lists the members the parts are.
    if (cue.word === '其中' && totals.length === 1 && group.length === parts.length && announcesMembers(ctx, totals[0]!, group, whole)) relation.coverage = 'exhaustive';
    if (cue.word === '其中' && balanceStatementTotal(ctx, cue, whole)) relation.coverage = 'exhaustive';
    if (alternatives.length > 0) relation.alternatives = alternatives;
    return relation;
  });
}

/** The grand totals of a budget's balance statement: every source, or every use, of the money. */
const BALANCE_WHOLES = ['总收入', '总支出', '收入总计', '支出总计'];
const BALANCE_STATEMENT = '收支平衡';

/**
 * 一般公共预算收支平衡情况：总收入318.7亿元，其中：一般公共预算收入…，上级补助收入…: a paragraph that
 * states the balance lists under 总收入 and 总支出 every source and use of the money, so its list is
 * the whole of it, as a 收入总计 written after its items is. Elsewhere (旅游总收入，其中…) a 其中 list
 * stays a partial one.
 */
function balanceStatementTotal(ctx: ParseContext, cue: Cue, whole: string): boolean {
  if (!BALANCE_WHOLES.includes(whole)) return false;
  return ctx.outline.paragraphs[cue.sentence.paragraph]!.text.includes(BALANCE_STATEMENT);
}

/**
 * 分贸易方式看 splits the figure the paragraph is about (进出口总额), not the figure that
 * happens to stand before the cue (贸易顺差, 对东盟进出口). The total is the figure before
 * the cue, in the paragraph and in the parts' dimension, whose name shares most with what
 * the parts name (一般贸易进出口, 加工贸易进出口 → 进出口); figures that fit as well are
 * recorded as alternatives, and the relation is then not assessable.
 */
function breakdownTotal(ctx: ParseContext, cue: Cue, metrics: readonly Metric[], nearest: Metric, parts: readonly RelationPart[]): { total: Metric; alternatives: number[] } {
  const candidates = metrics.filter(
    (m) => m.range.end.offset <= cue.start && m.dimension === nearest.dimension && isCountable(m) && !isShareBase(ctx, m) && !isThreshold(ctx.text, m) && !isAverage(ctx, m),
  );
  if (candidates.length <= 1) return { total: nearest, alternatives: [] };
  const key = commonSuffix(parts.map((p) => p.name));
  const scored = candidates.map((m) => ({ m, score: key.length >= 2 ? longestSharedRun(key, totalName(ctx, m)) : 0 }));
  const best = Math.max(...scored.map((c) => c.score));
  if (best < 2) return { total: nearest, alternatives: candidates.filter((m) => m !== nearest).map((m) => m.id) };
  const winners = scored.filter((c) => c.score === best).map((c) => c.m);
  const total = winners.includes(nearest) ? nearest : winners[winners.length - 1]!;
  return { total, alternatives: winners.filter((m) => m !== total).map((m) => m.id) };
}

/** The length of the longest run of characters `a` and `b` share (零售额 / 社会消费品零售总额 → 2). */
function longestSharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + best + 1; j <= a.length; j++) if (b.includes(a.slice(i, j))) best = j - i;
  return best;
}

/**
 * 其中公立医院12家，民营医院27家，三级医院5家: once the parts have named
 * every member of a complete split, what follows classifies the same total
 * another way. Each classification is a relation of its own.
 */
function classifications(parts: RelationPart[], whole: string): RelationPart[][] {
  for (let end = 2; end < parts.length; end++) {
    const split = completedPartition(parts.slice(0, end).map((p) => p.name), whole);
    // 房屋新建违建…，房屋存量违建…，棚屋新建违建…: the same split again, for the next kind, is one list.
    // …，其他… after the split is still the rest of this list.
    // 市本级…，县区…，开发区…: one more part of the same kind means the members were not the whole.
    if (split && parts.slice(end).some((p) => rivals(split, p.name))) return [parts];
    if (split && memberOf(split, parts[end]!.name) < 0 && !parts.slice(end).some((p) => p.other)) return [parts.slice(0, end), ...classifications(parts.slice(end), whole)];
  }
  return [parts];
}

function makeRelation(ctx: ParseContext, cue: Cue, totals: readonly Metric[], parts: RelationPart[], whole: string): Relation {
  const first = Math.min(...totals.map((m) => m.range.start.offset));
  const last = Math.max(...parts.map((p) => p.range.end.offset));
  return {
    id: 0,
    form: cue.form,
    cue: cue.word,
    cueRange: rangeOf(ctx, cue.start, cue.end),
    totals: totals.map((m) => m.id),
    dimensions: totals.map((m) => m.dimension!),
    parts,
    coverage: coverageOf(parts, whole),
    // Judged once the whole outline is read (checks/verdicts.ts), not here.
    verdicts: [],
    range: rangeOf(ctx, first, last),
    paragraph: cue.sentence.paragraph,
  };
}

/**
 * The total of 其中 is the last countable figure before it, in the cue's
 * sentence or else the one before; figures of other dimensions just before it
 * in that sentence join it (拆违*处，拆除总面积*平方米。其中…).
 * The total of 分别 must be introduced by a total word in the same sentence.
 */
/** A total stands in the cue's sentence or the one before: never look further back than this many figures. */
const MAX_LOOKBACK = 64;

function findTotals(ctx: ParseContext, cue: Cue, metrics: readonly Metric[], partOf: ReadonlyMap<number, Relation>): Metric[] {
  if (cue.form === 'within') return namedTotal(ctx, cue, metrics);
  // Walk back from the cue over its sentence and the one before, a bounded number of figures.
  let k = firstAtOrAfter(metrics, cue.start) - 1;
  let steps = 0;
  const previous = (): Metric | null => {
    while (k >= 0 && steps++ < MAX_LOOKBACK) {
      const m = metrics[k--]!;
      if (m.sentence < cue.sentence.id - 1) return null;
      // 占总任务7.35万亩的…: the figure a share is taken of is not what 其中 divides.
      // 保有量18.68万辆（含农用车1.35万辆），其中…: a figure in a bracket that closed before the cue details its neighbour.
      if (m.range.end.offset <= cue.start && isCountable(m) && !isShareBase(ctx, m) && !isThreshold(ctx.text, m) && !closesBracket(ctx.text, m.range.end.offset, cue.start)) return m;
    }
    return null;
  };
  const last = previous();
  if (!last) return [];
  const detailsOne = cue.closeAt !== null;
  // …的图书馆（含分馆20个）details 图书馆, which has no figure: not the figure before it.
  if (detailsOne && !adjoins(ctx.text, last.range.end.offset, cue.start)) return [];
  if (cue.word === '分别') {
    if (last.sentence !== cue.sentence.id) return [];
    return last.role === 'total' || announcedList(ctx, last) || membersBeforeCue(ctx, last, cue) ? [last] : [];
  }
  // 其中，A…；B…。其中，C… — a 其中 that opens a sentence right after a parts list
  // refers back to that list's total, not to its last part.
  // A breakdown after a parts list (其中小学部…，初中部…；按性别分，…) classifies the list's total again.
  const enclosing = partOf.get(last.id);
  const opensSentence = cue.start === cue.sentence.range.start.offset && last.sentence < cue.sentence.id && partsIn(ctx, enclosing, last.sentence) > 1;
  if (enclosing && (opensSentence || cue.form === 'breakdown')) {
    return enclosing.totals.map((id) => metrics.find((m) => m.id === id)).filter((m): m is Metric => m !== undefined);
  }
  const totals: Metric[] = [last];
  // A bracket details the one figure before it.
  if (detailsOne) return totals;
  const seen = new Set([last.dimension]);
  for (let m = previous(); m && m.sentence === last.sentence && !seen.has(m.dimension); m = previous()) {
    seen.add(m.dimension);
    totals.unshift(m);
  }
  return totals;
}

/**
 * A list of the members that stands in the total's clause before it (县、乡、村三级医疗卫生机构1200个;
 * 城镇和农村居民…): its items are what 分别 assigns the figures to. Null when the clause names none.
 */
function announcedList(ctx: ParseContext, total: Metric): Enumeration | null {
  const sentenceStart = ctx.outline.sentences[total.sentence]!.range.start.offset;
  const lists = ctx.outline.enumerations.filter(
    (e) =>
      e.kind === 'list' &&
      e.items.length >= 2 &&
      e.range.start.offset >= sentenceStart &&
      e.range.end.offset <= total.range.start.offset &&
      !hasCode(ctx.text.slice(e.range.end.offset, total.range.start.offset), LIST_CLAUSE_BREAKS),
  );
  return lists.length === 1 ? lists[0]! : null;
}

/** A member's name: a few Han characters (门诊, 城镇居民), not a clause. */
const MEMBER_NAME = /^[\u4e00-\u9fff]{1,8}$/u;

/**
 * The members named in the clause between a total and its 分别 (…1200万人次，门诊和住院分别为…):
 * two or more short names joined by 和/、/及/与, with only a comma between the total and them.
 * Null when the clause says anything else.
 */
function membersBeforeCue(ctx: ParseContext, total: Metric, cue: Cue): string[] | null {
  const gap = ctx.text.slice(total.range.end.offset, cue.start);
  if (!gap.startsWith('，')) return null;
  const names = gap.slice(1).split(MEMBER_JOIN_PATTERN);
  return names.length >= 2 && names.every((name) => MEMBER_NAME.test(name)) ? names : null;
}

/** Whether the whole, by its name or a list before it in its clause, announces exactly the members `parts` name. */
function announcesMembers(ctx: ParseContext, total: Metric, parts: readonly RelationPart[], whole: string): boolean {
  const list = announcedList(ctx, total);
  const itemText = (k: number): string => {
    const range = list!.items[k]!.range;
    return ctx.text.slice(range.start.offset, range.end.offset);
  };
  return namesAnnouncedMembers(
    parts.map((p) => p.name),
    whole,
    list,
    itemText,
  );
}

/** What would put the list in another clause than the total (its items are joined by 、, so that is no break). */
const LIST_CLAUSE_BREAKS = codeSet(CLAUSE_MARKS + SENTENCE_ENDS);

/** How many parts of `relation` stand in sentence `sentence`. */
function partsIn(ctx: ParseContext, relation: Relation | undefined, sentence: number): number {
  return relation?.parts.filter((p) => ctx.outline.metrics[p.metrics[0]!]!.sentence === sentence).length ?? 0;
}

/**
 * The total of 专任教师中，…: the nearest figure before the cue, in its
 * sentence or the two before, that the text names so (专任教师172人).
 */
function namedTotal(ctx: ParseContext, cue: Cue, metrics: readonly Metric[]): Metric[] {
  const whole = cue.whole!;
  for (let k = firstAtOrAfter(metrics, cue.start) - 1, steps = 0; k >= 0 && steps < MAX_LOOKBACK; k--, steps++) {
    const m = metrics[k]!;
    if (m.sentence < cue.sentence.id - 2) break;
    if (!isCountable(m) || isThreshold(ctx.text, m)) continue;
    const name = totalName(ctx, m);
    if (name.length >= 2 && (name.endsWith(whole) || whole.endsWith(name))) return [m];
  }
  return [];
}

interface OpenPart {
  metrics: Metric[];
  other: boolean;
  start: number;
  name: string;
}

function collectParts(ctx: ParseContext, cue: Cue, metrics: readonly Metric[], totals: readonly Metric[]): RelationPart[] {
  const dimensions = new Set(totals.map((m) => m.dimension!));
  const parts: OpenPart[] = [];
  const stopAt = cue.stopAt;
  let sentence = cue.sentence.id;
  let floor = cue.end;
  let firstInSentence = false;
  let depth = 0;
  let scanned = cue.end;
  // 其中，猪肉产量…；牛肉产量…；羊肉产量…: the list's own items are joined by ；.
  let semicolonList = false;
  const colonList = COLONS.has(ctx.text.charCodeAt(cue.end));
  for (let k = firstAtOrAfter(metrics, cue.end); k < metrics.length; k++) {
    const metric = metrics[k]!;
    if (metric.range.start.offset >= stopAt) break;
    depth = bracketDepth(ctx.text, scanned, metric.range.start.offset, depth);
    scanned = metric.range.end.offset;
    // 客运车辆6694辆（含公交车2990辆…）: figures in brackets detail a part, they are not parts.
    if (depth > 0) continue;
    // 其中投资额5000万元以上项目36个: the figure in a part's name is not a part; the name runs on over it.
    if (isThreshold(ctx.text, metric)) continue;
    // 市本级12亿元，主要是A 2.8亿元、B 2.8亿元…等，县区25.3亿元: the list after 主要是 details
    // the part before it (and ends with 等: it is not even complete); its figures are no parts.
    // (…129个，含公立医院39个、民营医院90个: the 含 cue's own clause lists its parts.)
    if (parts.length > 0 && !DETAIL_WORDS.includes(cue.word) && cue.listEnd === undefined && detailsPreviousPart(ctx, metric)) continue;
    if (metric.sentence !== sentence) {
      sentence = metric.sentence;
      firstInSentence = true;
      floor = ctx.outline.sentences[sentence]!.range.start.offset;
    }
    const gapStart = floor;
    const clause = clauseStart(ctx.text, metric.range.start.offset, floor);
    const clauseText = ctx.text.slice(clause, metric.range.start.offset);
    floor = metric.range.end.offset;
    if (!isCountable(metric)) {
      if (firstInSentence) break;
      continue;
    }
    if (!dimensions.has(metric.dimension!)) break;
    // 公立和民营分别为20家、30家，合计50家: the figure the list closes with is their sum, not one more part
    // (but 房屋违建3处，共计120平方米: a 共计 in a unit the last part has not stated is that part's own figure).
    if (parts.length >= 2 && parts.at(-1)!.metrics.some((m) => m.dimension === metric.dimension) && startsWithAny(clauseText, LIST_SUM_CLOSERS)) break;
    const name = nameBefore(ctx.text, gapStart, metric.range.start.offset);
    // 其他…, or the last item's 安装及其他产值: the rest of the total.
    const other = (startsWithAny(clauseText, OTHER_WORDS) && !startsWithAny(clauseText, figureWords.otherCategories)) || REST_JOINS.some((w) => name.includes(w));
    // 其中夏粮…，秋粮…，连续六年稳定在35万吨以上: a level the total keeps is not a part.
    if (LEVEL_ENDS.has(name.charCodeAt(name.length - 1))) break;
    const newSentence = firstInSentence;
    // The costliest test here (every split, every name so far): asked last and once, only where the cheaper ones leave it open.
    let goesOn: boolean | undefined;
    const partitionGoesOn = (): boolean => (goesOn ??= continuesPartition(parts.map((p) => p.name), name));
    if (firstInSentence) {
      firstInSentence = false;
      // Across a 。 the list goes on only when the new sentence is just the next item
      // (房屋存量违建*处, 城乡居民生活用电 after the three industries) or the rest (其他…);
      // 年末全市拥有企业… starts a new statement.
      const lead = ctx.text.slice(ctx.outline.sentences[sentence]!.range.start.offset, metric.range.start.offset);
      const nextItem = (lead === metric.subject && parts.some((p) => sharesHead(p.metrics[0]!.subject, metric.subject))) || (lead === name && partitionGoesOn());
      if (!nextItem && !startsWithAny(lead, OTHER_WORDS)) break;
    } else if (parts.length > 0 && startsWithAny(clauseText, SCOPE_WORDS)) {
      // 全年…, 全市… opens a new statement after the parts; right after the cue it begins the
      // first part's name (其中全国重点文物保护单位44处).
      break;
    }
    // 其中续建项目7个，新建项目5个；完成投资21.3亿元: after a ；or 。, a figure in a unit no part has
    // stated is not the list going on (nor a second figure of its last item): the list has ended.
    const afterBreak = newSentence || ctx.text.slice(gapStart, metric.range.start.offset).includes('；');
    if (afterBreak && parts.length > 0 && !parts.some((p) => p.metrics.some((m) => m.dimension === metric.dimension))) break;
    const current = parts.at(-1);
    const startsNew = !current || current.metrics.some((m) => m.dimension === metric.dimension);
    if (!startsNew) {
      current!.metrics.push(metric);
      continue;
    }
    if (current && !other) {
      const loose = afterBreak;
      // Items that repeat the total's several units (…处，共计…平方米) are a table written as prose: all parts.
      const structured = totals.length > 1 && parts.every((p) => p.metrics.length === totals.length);
      // Once the second item came after a ；, the ；joins the list's items: a like-named item
      // after one is the next part, and a figure too large shows a slip, not the list's end.
      // After 其中： or 包括： the colon announces the list, and its items are joined by ；from the first.
      const listSoFar = semicolonList || (parts.length === 1 && colonList);
      const nextOfSemicolonList = listSoFar && !newSentence && parts.every((p) => namesLikeItems(p.name, name));
      if (loose && !structured && !nextOfSemicolonList && !fitsAsPart(metric, parts, totals) && !partitionGoesOn()) break;
      // A different kind of thing larger than the total alone (招生…，在校生…) is a new statement;
      // the next member of a complete split (在职…，离退休…) is a part however large, and so is an
      // item joined by 、 alone (其中国家级1个、省级26个): the 、 never opens a statement of its own.
      const listCommaOnly = onlyListComma(ctx.text, gapStart, metric.range.start.offset);
      // 其中国家级3项，省级9项，市级15项: items named by the level they are granted at are siblings too.
      const sibling = parts.some((p) => sharesHead(p.metrics[0]!.subject, metric.subject) || (grantingLevel(p.name) && grantingLevel(name)));
      if (!loose && !listCommaOnly && !sibling && !fitsAsPart(metric, [], totals) && !partitionGoesOn()) break;
    }
    // Every item so far joined by ；alone (a comma between two, 健康险…，意外险…, groups them: not a plain list).
    semicolonList = afterBreak && !newSentence && (parts.length === 1 ? namesLikeItems(parts[0]!.name, name) : semicolonList);
    const subjectStart = metric.subjectRange?.start.offset ?? metric.range.start.offset;
    parts.push({ metrics: [metric], other, start: Math.min(subjectStart, metric.range.start.offset), name });
  }
  return parts.map((p) => ({
    subject: p.metrics[0]!.subject,
    name: p.name,
    metrics: p.metrics.map((m) => m.id),
    other: p.other,
    range: rangeOf(ctx, p.start, p.metrics.at(-1)!.range.end.offset),
  }));
}

/**
 * Bulletins go on after 其中 with items that are not parts (粮食…其中谷物…；
 * 棉花…). An item loosely attached to the list (after a ；or 。, or naming
 * a different kind of thing) is taken as a part only while the known parts
 * still fit within the total; otherwise the list has ended before it. Items
 * tied closely to the list (a comma, a like name) are always parts, so a
 * wrong figure among them is still found.
 */
function fitsAsPart(metric: Metric, parts: readonly OpenPart[], totals: readonly Metric[]): boolean {
  const total = totals.find((t) => t.dimension === metric.dimension);
  const totalBounds = total ? boundsOf(total) : null;
  const own = boundsOf(metric);
  if (!totalBounds || !own) return true;
  let low = own.low;
  for (const part of parts) {
    const same = part.metrics.find((m) => m.dimension === metric.dimension);
    const b = same ? boundsOf(same) : null;
    if (b) low += b.low;
  }
  return low <= totalBounds.high * (1 + 1e-9);
}

/** Words that open a list detailing the figure before it: 主要是…、…等. */
const DETAIL_OPENERS = ['主要是', '主要有', '主要包括', '主要为', '主要用于', '包括', '含'];
/** What ends the clause a detail list stands in: a 、 does not, the list's items are joined by it. */
const DETAIL_CLAUSE_BREAKS = codeSet(CLAUSE_MARKS + SENTENCE_ENDS);

/** The figure stands in a clause that opens with 主要是/包括/含 (its items joined by 、). */
function detailsPreviousPart(ctx: ParseContext, metric: Metric): boolean {
  const floor = ctx.outline.sentences[metric.sentence]!.range.start.offset;
  let start = metric.range.start.offset;
  while (start > floor && !DETAIL_CLAUSE_BREAKS.has(ctx.text.charCodeAt(start - 1))) start--;
  return startsWithAny(ctx.text.slice(start, metric.range.start.offset), DETAIL_OPENERS);
}

/** 国家级, 省级奖项: a name that opens with the level something is granted at. */
function grantingLevel(name: string): boolean {
  return GRANTING_LEVELS.some((level) => name.startsWith(level));
}

/** Words a list of parts closes with before their sum. */
const LIST_SUM_CLOSERS = ['合计', '总计', '共计'];

function startsWithAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w));
}

function isShareBase(ctx: ParseContext, metric: Metric): boolean {
  const from = clauseStart(ctx.text, metric.range.start.offset, ctx.outline.sentences[metric.sentence]!.range.start.offset);
  return ctx.text.slice(from, metric.range.start.offset).includes('占');
}

/** 人均可支配收入, 价格指数: an average is not the sum of its parts. */
function isAverage(ctx: ParseContext, total: Metric): boolean {
  const from = clauseStart(ctx.text, total.range.start.offset, ctx.outline.sentences[total.sentence]!.range.start.offset);
  return containsAny(ctx.text.slice(from, total.range.start.offset), figureWords.averageWords) !== null;
}

/** Two subjects name like things when they end in the same word: 房屋新建违建 / 棚屋存量违建. */
export function sharesHead(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const head = (s: string) => (s.length >= 2 ? s.slice(-2) : s);
  return head(a) === head(b);
}

/** Between two figures a 、 and no clause or sentence mark: the second is the next item of a 、 list. */
function onlyListComma(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return gap.includes(LIST_COMMA) && !hasCode(gap, LIST_CLAUSE_BREAKS);
}

/**
 * Two items of one list: their names end alike beyond the measure they share (猪肉产量 / 牛肉产量 end
 * in 肉产量; 禽蛋产量 ends only in 产量, a sibling of 肉类, not a kind of meat), or they share a
 * two-character measure and differ in one character only (猪出栏 / 牛出栏 / 羊出栏).
 */
function namesLikeItems(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a.charCodeAt(a.length - 1 - shared) === b.charCodeAt(b.length - 1 - shared)) shared++;
  return shared >= 3 || (shared === 2 && a.length === 3 && b.length === 3);
}

/** A name that is a time, not a kind (2024年, 上年, 同期, 一季度, 1—9月, 比上年): its figure is another period's level. */
const PERIOD_NAME = /^(?:\d{2,4}年|上年|去年|前年|同期|上期|[上下]半年|前?[一二三四1-4]季度|\d{1,2}[—－-]?\d{0,2}月|[一二三四五六七八九十]{1,3}月|比|较)/u;

/** 安装及其他产值, 文化和其他支出, 转移收入等其他收入: an item joined with 其他 takes the rest. */
const REST_JOINS = ['及其他', '和其他', '与其他', '等其他', '及其它', '和其它', '等其它'];

/** What ends the name of a level rather than a part: 稳定在, 保持在, 控制在, 高于. */
const LEVEL_ENDS = codeSet(['在', '于']);

const THRESHOLD_WORDS = ['及以上', '及以下', '以上', '以下', '以内'];

/** A figure that bounds the things a name counts (5000万元以上项目, 4.5吨以下货车): it is part of the name, not a quantity. */
export function isThreshold(text: string, metric: Metric): boolean {
  const end = metric.range.end.offset;
  const word = THRESHOLD_WORDS.find((w) => text.startsWith(w, end));
  if (!word) return false;
  const next = text.charCodeAt(end + word.length);
  return next >= 0x4e00 && next <= 0x9fff;
}

/** Only a bracket or comma (and approximation words) stands between a figure and the cue that details it. */
function adjoins(text: string, from: number, to: number): boolean {
  let gap = text.slice(from, to);
  for (const word of ['左右', '以上', '以下', '余', '多']) if (gap.startsWith(word)) gap = gap.slice(word.length);
  return gap === '（' || gap === '(' || gap === '，' || gap === ',' || gap === '；' || gap === '';
}


const ATTRIBUTE_READING: AttributeReading = {
  countable: (m) => isCountable(m),
  nameBefore,
  coverage: (parts, whole) => coverageOf(parts, whole),
};

function coverageOf(parts: readonly RelationPart[], whole: string): Relation['coverage'] {
  if (parts.some((p) => p.other)) return 'exhaustive';
  const names = parts.map((p) => p.name);
  if (completedPartition(names, whole)) return 'exhaustive';
  if (names.some((name) => containsAny(name, figureWords.overlapping) !== null)) return 'overlapping';
  // 5000万元以上项目…，亿元以上项目…: bands above a bound nest in one another.
  if (names.filter((name) => containsAny(name, THRESHOLD_WORDS) !== null).length > 1) return 'overlapping';
  // 共有7个村，其中3个村被评为示范村，5个村完成改造: parts named by nothing before their figures are told
  // apart only by what is said after them, often two properties of one set, so they may overlap.
  if (parts.length > 1 && names.some((name) => name === '')) return 'overlapping';
  return 'subset';
}

/** The name of a total: the words before it in its clause (全社会用电量). */
function totalName(ctx: ParseContext, total: Metric): string {
  return nameBefore(ctx.text, ctx.outline.sentences[total.sentence]!.range.start.offset, total.range.start.offset);
}

/** What ends the name of a part: the mark before it, or the end of the previous figure. */
const NAME_BREAKS = codeSet(CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA + LINE_BREAKS + TABLE_BAR);
/** Words that tie a name to its figure (…为, 共计…) or open the list (其中): not part of the name. */
const NAME_LINKS = ['分别为', '分别是', '分别', '共计', '合计', '总计', '累计', '共有', '达到', '达', '为', '是', '有', '共', '约', '近', '超过', '逾', '不到', '不足'];
const NAME_OPENERS = ['其中', '包括', '含'];

/**
 * The name a figure is given in the text: the words between the mark before
 * it (never before `floor`) and the figure, without words in brackets
 * (农业（种植业）产值 → 农业产值), the cue that opens the list or the word
 * that ties the name to the figure. Unlike the metric's subject it keeps
 * every distinguishing word (寿险公司保费收入, not 收入).
 */
export function nameBefore(text: string, floor: number, at: number): string {
  const limit = Math.max(floor, at - MAX_NAME);
  let depth = 0;
  let name = '';
  for (let i = at; i > limit; i--) {
    const code = text.charCodeAt(i - 1);
    if (code === 0xff09 || code === 0x29) depth++;
    else if (code === 0xff08 || code === 0x28) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (NAME_BREAKS.has(code)) break;
      name = text[i - 1] + name;
    }
  }
  for (let trimmed = true; trimmed; ) {
    trimmed = false;
    for (const word of NAME_LINKS) {
      if (name.length > word.length && name.endsWith(word)) {
        name = name.slice(0, -word.length);
        trimmed = true;
      }
    }
  }
  for (const word of NAME_OPENERS) if (name.startsWith(word)) name = name.slice(word.length);
  return name;
}

/** A part's name longer than this is cut: a bulletin's names are short. */
const MAX_NAME = 40;
