/**
 * Figures tied by definition, where the text states every term in one paragraph:
 *
 *   出口320.5亿元，进口199.8亿元，贸易顺差120.7亿元。        顺差 = 出口 − 进口
 *   进出口总额520.3亿元……出口320.5亿元……进口199.8亿元。      进出口总额 = 出口 + 进口
 *   收入总计296亿元……支出总计296亿元，当年收支平衡。          收入总计 = 支出总计
 *   收入总计338.7亿元……支出总计316.6亿元。收支相抵，年终结余结转22.1亿元。
 *                                                             结余 = 收入总计 − 支出总计
 *   出生率6.5‰；……死亡率7.4‰；人口自然增长率为-0.9‰。      自然增长率 = 出生率 − 死亡率
 *
 * The parser records only what the names make unambiguous: one 出口 and one 进口
 * of the paragraph, named bare (全年、货物 and the like aside), so a partner's
 * exports (对东盟出口), a product's (机电产品出口), another period's (上年顺差)
 * or a rate (出口增长5.2%) is never a term. Anything else is left unrecorded:
 * silent. Whether the figures hold is judged apart (checks/identity-verdicts.ts);
 * identity-mismatch reads only the verdict.
 */
import type { IdentityKind, IdentityRelation, IdentityTerm, Metric, Paragraph, Relation } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { metricsBy } from '../model/queries.js';
import { rangeOf } from './context.js';
import { SCOPE_WORDS } from './figure-words.js';
import { isCountable, isThreshold } from './relations.js';
import { clauseStart } from './subjects.js';

/**
 * The names of the trade terms, as written right before their figure once scope
 * words are set aside. Definitions (海关统计口径):
 *   出口       goods sold abroad in the period (出口320.5亿元);
 *   进口       goods bought from abroad in the period (进口199.8亿元);
 *   进出口总额 出口 + 进口 (货物进出口总额520.3亿元);
 *   顺差       出口 − 进口 when exports exceed imports (贸易顺差120.7亿元);
 *   逆差       进口 − 出口 when imports exceed exports (贸易逆差30亿元).
 */
const TRADE_NAMES = {
  export: ['出口', '出口额', '出口总额', '出口总值'],
  import: ['进口', '进口额', '进口总额', '进口总值'],
  total: ['进出口', '进出口额', '进出口总额', '进出口总值'],
  surplus: ['顺差', '贸易顺差', '外贸顺差'],
  deficit: ['逆差', '贸易逆差', '外贸逆差'],
} as const;

/**
 * The budget words. Definitions (预算法; 预算报告的收支总表):
 *   收入总计/合计  every income of the budget, transfers and carry-overs included (收入总计296亿元);
 *   支出总计/合计  every spending of the budget, transfers and 结转下年 included (支出总计296亿元);
 *   收支平衡       收入总计 = 支出总计 (当年收支平衡);
 *   收支相抵，结余 结余 = 收入总计 − 支出总计 (收支相抵，本年收支结余99,057万元).
 */
const INCOME_TOTALS = ['收入合计', '收入总计'];
const SPENDING_TOTALS = ['支出合计', '支出总计'];
const BALANCED = '收支平衡';
const NETTED = '收支相抵';
/** What is left after 收支相抵: the year's own balance, not 滚存结余 (which carries earlier years). */
const SURPLUS_NAMES = ['结余', '当年结余', '本年结余', '收支结余', '当年收支结余', '本年收支结余', '年终结余', '年终结余结转', '结余结转', '结转下年', '年终结转'];
/** Words that put a total in another period: 上年收入合计 is not this year's. */
const OTHER_PERIOD = ['上年', '去年', '同期', '年初', '预算数'];

/**
 * The population words. Definitions (国家统计局《统计指标解释》, 人口统计):
 *   出生率     births per thousand people in the year (人口出生率6.5‰);
 *   死亡率     deaths per thousand people in the year (人口死亡率7.4‰);
 *   自然增长率 出生率 − 死亡率 (人口自然增长率为-0.9‰).
 * Named bare or after 人口: 常住人口出生率 and 户籍人口出生率 are of different
 * populations, so a qualified name is never a term.
 */
const POPULATION_NAMES = {
  births: ['出生率', '人口出生率'],
  deaths: ['死亡率', '人口死亡率'],
  growth: ['自然增长率', '人口自然增长率'],
} as const;
/** A sign written before a figure that the figure's value does not carry (负0.67‰, −0.67‰). */
const SIGNS_BEFORE = ['负', '−', '－', '-'];

/** Words before a term's name that are not part of it: scope and the verbs that introduce a figure. */
const NAME_HEAD = ['其中', '全年', '当年', '本年', '货物', '外贸', '对外贸易', '实现', '完成', '加上', NETTED + '后', NETTED];
/** Words between a term's name and its figure. */
const NAME_TAIL = ['达到', '为', '达', '是'];

/** Every identity the text states with all its terms, appended to the outline's identities (unjudged). */
export function findIdentities(ctx: ParseContext): void {
  const byParagraph = metricsBy(ctx.outline.metrics, 'paragraph');
  const splits = completeSplitsByTotal(ctx.outline.relations);
  for (const paragraph of ctx.outline.paragraphs) {
    const metrics = (byParagraph.get(paragraph.id) ?? []).filter((m) => isCountable(m) && !m.upper && !isThreshold(ctx.text, m));
    if (metrics.length < 2) continue;
    findTrade(ctx, paragraph, metrics, splits);
    findBudget(ctx, paragraph, metrics);
  }
  for (const paragraph of ctx.outline.paragraphs) findPopulation(ctx, paragraph, byParagraph.get(paragraph.id) ?? []);
}

interface Named {
  metric: Metric;
  name: string;
}

/** The name written right before a figure, in its clause, without scope words and linking verbs. */
function termName(ctx: ParseContext, metric: Metric): string {
  const sentence = ctx.outline.sentences[metric.sentence]!;
  let name = ctx.text.slice(clauseStart(ctx.text, metric.range.start.offset, sentence.range.start.offset), metric.range.start.offset).trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const tail of NAME_TAIL) {
      if (name.endsWith(tail) && name.length > tail.length) {
        name = name.slice(0, -tail.length);
        changed = true;
      }
    }
    for (const head of [...NAME_HEAD, ...SCOPE_WORDS]) {
      if (name.startsWith(head) && name.length > head.length) {
        name = name.slice(head.length);
        changed = true;
      }
    }
  }
  return name;
}

/** 出口, 进口, 顺差/逆差 and 进出口总额: each term once in the paragraph, all in one dimension. */
function findTrade(ctx: ParseContext, paragraph: Paragraph, metrics: readonly Metric[], splits: CompleteSplits): void {
  if (!paragraph.text.includes('出口') || !paragraph.text.includes('进口')) return;
  const named = metrics.map((metric) => ({ metric, name: termName(ctx, metric) }));
  const only = (names: readonly string[]): Named | null | undefined => {
    const found = named.filter((n) => names.includes(n.name));
    return found.length === 1 ? found[0] : found.length === 0 ? undefined : null;
  };
  const exports = only(TRADE_NAMES.export);
  const imports = only(TRADE_NAMES.import);
  if (!exports || !imports || exports.metric.dimension !== imports.metric.dimension) return;
  const surplus = only(TRADE_NAMES.surplus);
  const deficit = only(TRADE_NAMES.deficit);
  // One balance of the paragraph: both a 顺差 and a 逆差 would be of different scopes.
  if (surplus !== undefined && deficit !== undefined) return;
  const balance = surplus ?? deficit;
  if (balance && balance.metric.dimension === exports.metric.dimension) {
    const cue = balance === surplus ? '顺差' : '逆差';
    const [plus, minus] = balance === surplus ? [exports, imports] : [imports, exports];
    push(ctx, 'trade-balance', balance, [term(plus, 1), term(minus, -1)], cue);
  }
  const total = only(TRADE_NAMES.total);
  if (total && total.metric.dimension === exports.metric.dimension && !judgedAsSplit(splits, total.metric, [exports.metric, imports.metric])) {
    push(ctx, 'trade-total', total, [term(exports, 1), term(imports, 1)], '进出口');
  }
}

/**
 * 出生率, 死亡率 and 自然增长率: each once in the paragraph, all in ‰ (rates are not
 * countable, so they are read from the paragraph's figures apart from the others).
 */
function findPopulation(ctx: ParseContext, paragraph: Paragraph, metrics: readonly Metric[]): void {
  if (!paragraph.text.includes('自然增长率')) return;
  const named = metrics
    .filter((m) => m.dimension === '‰' && m.role !== 'change' && m.value !== null && !m.upper)
    .map((metric) => ({ metric, name: termName(ctx, metric) }));
  const only = (names: readonly string[]): Named | null => {
    const found = named.filter((n) => names.includes(n.name));
    return found.length === 1 ? found[0]! : null;
  };
  const births = only(POPULATION_NAMES.births);
  const deaths = only(POPULATION_NAMES.deaths);
  const growth = only(POPULATION_NAMES.growth);
  if (!births || !deaths || !growth) return;
  // 负0.67‰: the parser reads 0.67; the sign it left out would make any verdict wrong.
  if ([births, deaths, growth].some((n) => signedBefore(ctx.text, n.metric))) return;
  push(ctx, 'population-growth', growth, [term(births, 1), term(deaths, -1)], '自然增长率');
}

/** Whether a sign the figure does not carry stands right before it. */
function signedBefore(text: string, metric: Metric): boolean {
  const before = text.slice(Math.max(0, metric.range.start.offset - 1), metric.range.start.offset);
  return SIGNS_BEFORE.includes(before);
}

/**
 * 进出口总额…，其中出口…，进口… is already a complete split of its total
 * (parse/relations.ts), judged by total-mismatch: not stated twice.
 */
function judgedAsSplit(splits: CompleteSplits, total: Metric, parts: readonly Metric[]): boolean {
  return (splits.get(total.id) ?? []).some((r) => parts.every((m) => r.parts.some((p) => p.metrics.includes(m.id))));
}

/** The exhaustive relations by each of their totals, in outline order. */
type CompleteSplits = ReadonlyMap<number, readonly Relation[]>;

/**
 * Indexed once per parse: a long text has thousands of relations and as many trade
 * paragraphs, and scanning them all for each would be quadratic.
 */
function completeSplitsByTotal(relations: readonly Relation[]): CompleteSplits {
  const splits = new Map<number, Relation[]>();
  for (const relation of relations) {
    if (relation.coverage !== 'exhaustive') continue;
    for (const id of relation.totals) {
      const list = splits.get(id);
      if (list) list.push(relation);
      else splits.set(id, [relation]);
    }
  }
  return splits;
}

/**
 * 收支平衡 and 收支相抵 after the totals they compare: the one 收入总计 and the one
 * 支出总计 since the paragraph's previous cue, with no other figure between the
 * later of them and the cue (the cue speaks of those two) but that total's own
 * parts (…支出安排83.4亿元，其中待遇支出79.7亿元…。收支相抵，…).
 * 收支相抵 also compares a budget's own income and spending when the text names them
 * alike (社会保险基金预算收入安排87.67亿元 … 社会保险基金预算支出安排83.4亿元): the two
 * names differ only in 收入/支出. 收支平衡 is read only of the totals, since a budget
 * balances its totals with transfers, not its own income with its own spending.
 */
function findBudget(ctx: ParseContext, paragraph: Paragraph, metrics: readonly Metric[]): void {
  const { text } = ctx;
  const cues: { word: string; at: number }[] = [];
  for (const word of [BALANCED, NETTED]) {
    for (let k = paragraph.text.indexOf(word); k >= 0; k = paragraph.text.indexOf(word, k + word.length)) cues.push({ word, at: paragraph.range.start.offset + k });
  }
  cues.sort((a, b) => a.at - b.at);
  let floor = paragraph.range.start.offset;
  for (const cue of cues) {
    const before = metrics.filter((m) => m.range.start.offset >= floor && m.range.end.offset <= cue.at);
    floor = cue.at + cue.word.length;
    const named = before.map((metric) => ({ metric, name: termName(ctx, metric) }));
    const pair = totalsPair(named) ?? (cue.word === NETTED ? namedPair(named) : null);
    if (!pair) continue;
    const { income, spending } = pair;
    const last = Math.max(income.metric.id, spending.metric.id);
    if (!onlyPartsAfter(ctx, before, last)) continue;
    // The cue stands right after the later total (当年收支平衡, 。收支相抵) and states the fact:
    // 实现收支平衡的目标 is an aim, 收支平衡压力 a worry.
    const cueSentence = ctx.outline.sentences.find((s) => s.range.start.offset <= cue.at && cue.at < s.range.end.offset);
    const lastEnd = before.at(-1)!;
    if (!cueSentence || cueSentence.id - lastEnd.sentence > 1) continue;
    // 收支相抵 computes the difference whatever clause stands before it (…支出3729万元，均为社会保险待遇
    // 支出。收支相抵，…); 收支平衡 must follow the total it speaks of.
    if (cue.word === BALANCED && !onlyLinking(text.slice(lastEnd.range.end.offset, cue.at))) continue;
    if (cue.word === BALANCED && !CLAUSE_END.test(text.slice(floor, floor + 1))) continue;
    if (cue.word === BALANCED) {
      push(ctx, 'budget-balance', spending, [term(income, 1)], BALANCED, cue.at);
      continue;
    }
    // 收支相抵，本年收支结余X: the first figure after the cue, in its sentence.
    const after = metrics.find((m) => m.range.start.offset >= cue.at + NETTED.length);
    if (!after || after.sentence !== cueSentence.id || after.dimension !== income.metric.dimension) continue;
    const surplus = { metric: after, name: termName(ctx, after) };
    if (!SURPLUS_NAMES.includes(surplus.name)) continue;
    if (text.slice(cue.at + NETTED.length, after.range.start.offset).length > 12) continue;
    push(ctx, 'budget-surplus', surplus, [term(income, 1), term(spending, -1)], NETTED, cue.at);
  }
  findNamedSurplus(ctx, metrics);
}

interface BudgetPair {
  income: Named;
  spending: Named;
}

/** The one 收入总计 and the one 支出总计 among the figures, of this period and one dimension. */
function totalsPair(named: readonly Named[]): BudgetPair | null {
  const totalOf = (words: readonly string[]) => named.filter((n) => words.some((w) => n.name.endsWith(w)));
  const incomes = totalOf(INCOME_TOTALS);
  const spendings = totalOf(SPENDING_TOTALS);
  if (incomes.length !== 1 || spendings.length !== 1) return null;
  const pair = { income: incomes[0]!, spending: spendings[0]! };
  if ([pair.income, pair.spending].some((n) => OTHER_PERIOD.some((w) => n.name.includes(w)))) return null;
  return pair.income.metric.dimension === pair.spending.metric.dimension ? pair : null;
}

/** The words that may follow 收入/支出 in a budget's own name for them (预算收入安排, 预算支出完成). */
const BUDGET_VERBS = ['安排', '完成', ''];
/** 2026年全市社会保险基金预算收入 and 全市社会保险基金预算支出 name the same budget. */
const LEADING_YEAR = /^\d{4}年度?/u;
/** A budget's name without the year and scope words before it: 2026年全市社会保险基金预算 → 社会保险基金预算. */
function budgetName(name: string): string {
  let rest = name.replace(LEADING_YEAR, '');
  for (let scope = SCOPE_WORDS.find((w) => rest.startsWith(w)); scope; scope = SCOPE_WORDS.find((w) => rest.startsWith(w))) rest = rest.slice(scope.length);
  return rest;
}

/** A budget's own name runs at least this long before 收入/支出 (社会保险基金预算), so 其他收入/其他支出 is no pair. */
const MIN_BUDGET_NAME = 4;

/**
 * The one income and the one spending of the same budget, named alike: P收入V and P支出V with the
 * same P (市级社会保险基金预算); V may be left out on one of them (预算收入完成…，预算支出…). Neither
 * may be a part of a list (其他收入 / 其他支出).
 */
function namedPair(named: readonly Named[]): BudgetPair | null {
  const split = (n: Named, word: string) => {
    const ending = BUDGET_VERBS.map((verb) => word + verb).find((e) => n.name.endsWith(e));
    const budget = ending ? budgetName(n.name.slice(0, -ending.length)) : '';
    return budget.length >= MIN_BUDGET_NAME ? budget : null;
  };
  const pairs: BudgetPair[] = [];
  for (const income of named) {
    const i = split(income, '收入');
    if (!i || income.metric.role === 'part' || OTHER_PERIOD.some((w) => income.name.includes(w))) continue;
    for (const spending of named) {
      const s = split(spending, '支出');
      if (s && s === i && spending.metric.role !== 'part' && spending.metric.dimension === income.metric.dimension) pairs.push({ income, spending });
    }
  }
  return pairs.length === 1 ? pairs[0]! : null;
}

/**
 * 全市社会保险基金预算收入135.42亿元，全市社会保险基金预算支出120.35亿元，预算收支结余15.07亿元:
 * a surplus named 收支结余 right after a budget's own income and spending, in one sentence,
 * is their difference (滚存结余, which carries earlier years, is not).
 */
function findNamedSurplus(ctx: ParseContext, metrics: readonly Metric[]): void {
  for (const [k, metric] of metrics.entries()) {
    if (k < 2) continue;
    const name = termName(ctx, metric);
    if (!SURPLUS_OF_PAIR.some((w) => name === w || name === BUDGET_PREFIX + w)) continue;
    const sentence = metrics.slice(0, k).filter((m) => m.sentence === metric.sentence);
    const pair = namedPair(sentence.map((m) => ({ metric: m, name: termName(ctx, m) })));
    if (!pair || pair.income.metric.dimension !== metric.dimension) continue;
    // The surplus follows the pair: nothing else stands between the later of the two and it.
    if (sentence.at(-1)!.id !== Math.max(pair.income.metric.id, pair.spending.metric.id)) continue;
    if (ctx.outline.identities.some((r) => r.stated === metric.id)) continue;
    push(ctx, 'budget-surplus', { metric, name }, [term(pair.income, 1), term(pair.spending, -1)], '收支结余');
  }
}

/** The names of a surplus that say whose balance it is: the income and spending just stated. */
const SURPLUS_OF_PAIR = ['收支结余', '当年收支结余', '本年收支结余'];
const BUDGET_PREFIX = '预算';

/** Between the later total and the cue only that total's own parts may stand (其中…). */
function onlyPartsAfter(ctx: ParseContext, before: readonly Metric[], last: number): boolean {
  const own = new Set<number>();
  for (const r of ctx.outline.relations) if (r.totals.includes(last)) for (const p of r.parts) for (const id of p.metrics) own.add(id);
  return before.every((m) => m.id <= last || own.has(m.id));
}

/** Words that may stand between the later total and its cue: 支出合计754.54亿元，当年收支平衡. */
const LINKING = ['当年', '本年', '全年', '年度', '实现', '预算'];
/** What may follow 收支平衡 when it states the fact: the end of its clause. */
const CLAUSE_END = /^(?:[。，；;,（(\s]|$)/;

function onlyLinking(gap: string): boolean {
  let rest = gap.replace(/[。，；、,;\s]/g, '');
  for (const word of LINKING) rest = rest.split(word).join('');
  return rest === '';
}

function term(named: Named, sign: 1 | -1): IdentityTerm {
  return { metric: named.metric.id, sign, name: named.name };
}

/** Records an identity; the cue is found in the stated figure's name unless given. */
function push(ctx: ParseContext, kind: IdentityKind, stated: Named, terms: IdentityTerm[], cue: string, cueAt?: number): void {
  const { outline } = ctx;
  const at = cueAt ?? ctx.text.lastIndexOf(cue, stated.metric.range.start.offset);
  if (at < 0) return;
  const figures = [stated.metric, ...terms.map((t) => outline.metrics[t.metric]!)];
  const start = Math.min(at, ...figures.map((m) => m.range.start.offset));
  const end = Math.max(at + cue.length, ...figures.map((m) => m.range.end.offset));
  const relation: IdentityRelation = {
    id: outline.identities.length,
    kind,
    stated: stated.metric.id,
    statedName: stated.name,
    terms,
    cue,
    cueRange: rangeOf(ctx, at, at + cue.length),
    range: rangeOf(ctx, start, end),
    paragraph: stated.metric.paragraph,
    verdict: null,
  };
  outline.identities.push(relation);
}
