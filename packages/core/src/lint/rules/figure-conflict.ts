import type { Metric, ReportOutline, Section } from '../../model/outline.js';
import { NO_OPTIONS, defineRule } from '../rule.js';
import { metricsBy } from '../../model/queries.js';

type MessageId = 'conflict' | 'other';

const HAN = /\p{Script=Han}/gu;
/** A name this short (人口, 收入) is a head noun, not a figure's full name (全市常住人口). */
const MIN_NAME_HAN = 4;
/**
 * The area or level a name states for itself (全市常住人口, 市本级一般公共预算收入). Only such a
 * name is checked: without it the area comes from text around the figure (a heading, a lead
 * line, the sentence before), which budget reports repeat for 全市, 市本级 and each district.
 */
const OWN_SCOPE = /全(?:市|县|区|省|州|盟|旗|国|镇|乡|街道|自治区|自治州)|(?:本|我)(?:市|县|区|镇|乡|街道)|(?:市|县|区|州|省|旗)本级|(?:市|县|区|州|省)级|中央/u;
/** A copula, verb or total word between the subject and its figure (常住人口为70.15万人, 收入总计125.6亿元), left out of the name. */
const LINKING_WORDS: readonly string[] = ['总计', '合计', '共计', '达到', '实现', '完成', '为', '是', '达', '有', '计', '共'];

/** The text before a figure without the linking words that end it. */
function withoutLinkingWords(text: string): string {
  let name = text;
  for (let word = LINKING_WORDS.find((w) => name.endsWith(w)); word; word = LINKING_WORDS.find((w) => name.endsWith(w))) {
    name = name.slice(0, -word.length);
  }
  return name;
}

/**
 * Words that fix which figure a statement is: its period (2025年, 上半年, 年末, 上年, 累计,
 * 新增), its stage (预算, 执行, 决算, 草案) and its scope (全市, 市本级, 县, 城镇, 规模以上),
 * and the parts of a report that speak of different years (回顾, 部署). Two statements whose
 * paragraphs or headings name different ones of these are of different figures.
 */
const CONTEXT_WORDS =
  /\d{4}(?:[-—－~至]\d{4})?年|[一二三四1-4]季度|前三季度|上半年|下半年|全年|年初|年末|年底|月末|期末|期初|\d{1,2}(?:[-—－~至]\d{1,2})?月|上年|去年|今年|明年|本年|当年|同期|累计|截至|截止|新增|净增|预算|执行|决算|草案|调整|完成|全市|市本级|本级|市级|市直|全县|县级|全区|区级|全省|省级|全国|全州|全盟|全镇|全乡|全街道|中央|地方|城镇|农村|城市|乡村|城乡|规模以上|限额以上|十[一二三四五]五|五年|以来|过去|回顾|部署|任务|展望|措施|\p{Script=Han}{2,4}(?:县|区|旗|州)/gu;

/** A sentence that quotes an aim, a plan or an estimate, not a figure as it stands (力争达到…目标). */
const TARGET = /力争|目标|预计|预期|计划|拟|争取|确保|将|要|可望|左右|约/u;

/**
 * A verb of one act in the figure's clause (安排专项资金, 下达资金, 投入资金, 新建改建农村公路):
 * the figure is the amount of that act, and another act of the same words may be of another
 * amount (each batch, project or year); only a figure that states how things stand is checked.
 */
const ACT = /安排|下达|投入|争取|拨付|筹集|发放|兑现|补助|补贴|奖补|奖励|支持|新建|改建|减免|化解|偿还|用于/u;

/** What one statement of a figure is read as. */
interface Statement {
  metric: Metric;
  /** The sentence up to the figure, without a linking verb: the statement's full name in its sentence. */
  name: string;
  /** The clause's words before the figure, as written: what the message quotes with the figure. */
  quoted: string;
  /** CONTEXT_WORDS of the paragraph up to the end of the figure's sentence. */
  paragraphWords: ReadonlySet<string>;
  /**
   * CONTEXT_WORDS of the titles of the sections that hold the figure, and of the paragraphs
   * without figures before its paragraph in its own section (a scope set by a lead line the
   * outline took for a body paragraph: 市本级：, 城镇居民：).
   */
  headingWords: ReadonlySet<string>;
  /** The title of the innermost section that holds the figure; null outside any. */
  sectionTitle: string | null;
  section: number | null;
  appendix: number | undefined;
  /** The figure's sentence with every number as 0: its shape. */
  shape: string;
  /** The other exact figures of its sentence, in order. */
  companions: Metric[];
  /** A quoted target, plan or estimate, or the amount of one act: never in conflict. */
  target: boolean;
}

const wordsOf = (text: string): Set<string> => new Set(text.match(CONTEXT_WORDS) ?? []);
const sameWords = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((w) => b.has(w));

/** The chain of sections from the outermost to the one with this id. */
function sectionChain(sections: readonly Section[], id: number | null): Section[] {
  if (id === null) return [];
  for (const section of sections) {
    if (section.id === id) return [section];
    const inner = sectionChain(section.children, id);
    if (inner.length > 0) return [section, ...inner];
  }
  return [];
}

/**
 * The context words of the report's places, each read once: a long paragraph holds many
 * figures, and each asks for the words of its paragraph up to its sentence and of the
 * headings and lead lines above it; read afresh for every figure, that is quadratic.
 */
class ContextWords {
  private readonly sentences = new Map<number, ReadonlySet<string>>();
  private readonly upTo = new Map<number, ReadonlySet<string>>();
  private readonly chains = new Map<number | null, Section[]>();
  private readonly headings = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly outline: ReportOutline,
    /** Paragraphs that state a figure: the others before a figure are lead lines. */
    private readonly stating: ReadonlySet<number>,
  ) {}

  /** The words of a paragraph's sentences up to and with this one. */
  paragraphUpTo(paragraph: number, sentence: number): ReadonlySet<string> {
    let words = this.upTo.get(sentence);
    if (!words) {
      const union = new Set<string>();
      for (const id of this.outline.paragraphs[paragraph]!.sentences) {
        if (id > sentence) break;
        for (const word of this.ofSentence(id)) union.add(word);
      }
      this.upTo.set(sentence, (words = union));
    }
    return words;
  }

  chain(section: number | null): Section[] {
    let chain = this.chains.get(section);
    if (!chain) this.chains.set(section, (chain = sectionChain(this.outline.sections, section)));
    return chain;
  }

  /**
   * The words of the titles of the sections that hold a paragraph, and of the paragraphs without
   * figures before it in its own section (a scope set by a lead line the outline took for a body
   * paragraph: 市本级：, 城镇居民：).
   */
  headingsOf(section: number | null, paragraph: number): ReadonlySet<string> {
    const key = `${section}:${paragraph}`;
    let words = this.headings.get(key);
    if (!words) {
      const chain = this.chain(section);
      const leads = (chain.at(-1)?.paragraphs ?? []).filter((id) => id < paragraph && !this.stating.has(id));
      words = wordsOf([...chain.map((s) => s.title), ...leads.flatMap((id) => this.outline.paragraphs[id]!.sentences.map((s) => this.outline.sentences[s]!.text))].join('\n'));
      this.headings.set(key, words);
    }
    return words;
  }

  private ofSentence(id: number): ReadonlySet<string> {
    let words = this.sentences.get(id);
    if (!words) this.sentences.set(id, (words = wordsOf(this.outline.sentences[id]!.text)));
    return words;
  }
}

/**
 * The one place this rule reads text: the sentence that holds a figure, as the outline gives it
 * (outline.sentences), cut at the figure. The text before it in its sentence names the figure
 * in full (全市常住人口 where the subject is 人口, with its scope words); the sentences of its
 * paragraph up to its own, and the headings above it, name its period and scope. Null when its
 * clause names it in fewer than four Han characters, its sentence does not name its area or
 * level (OWN_SCOPE), or the subject does not end the text before it (a subject the parser took
 * from another clause).
 */
function statementOf(outline: ReportOutline, metric: Metric, context: ContextWords, bySentence: ReadonlyMap<number, readonly Metric[]>): Statement | null {
  const subject = metric.subject;
  if (!subject) return null;
  const sentence = outline.sentences[metric.sentence];
  if (!sentence) return null;
  const before = sentence.text.slice(0, metric.range.start.offset - sentence.range.start.offset);
  const name = withoutLinkingWords(before);
  if (!name.endsWith(subject)) return null;
  const clauseStart = Math.max(...[...'，,；;：:。'].map((c) => name.lastIndexOf(c))) + 1;
  if ((name.slice(clauseStart).match(HAN) ?? []).length < MIN_NAME_HAN || !OWN_SCOPE.test(name)) return null;
  const chain = context.chain(metric.section);
  const inner = chain.at(-1);
  return {
    metric,
    name,
    quoted: before.slice(clauseStart),
    paragraphWords: context.paragraphUpTo(metric.paragraph, metric.sentence),
    headingWords: context.headingsOf(metric.section, metric.paragraph),
    sectionTitle: inner?.title ?? null,
    section: metric.section,
    appendix: chain[0]?.appendix,
    shape: sentence.text.replace(/\d+(?:[.,，]\d+)*/gu, '0'),
    companions: (bySentence.get(metric.sentence) ?? []).filter((m) => m.id !== metric.id && m.value !== null),
    target: TARGET.test(sentence.text) || ACT.test(before.slice(clauseStart)),
  };
}

/** A figure as it stands: exact, whole, not a change, share, rate or part, not in a table. */
function isPlainFigure(outline: ReportOutline, metric: Metric): boolean {
  if (metric.role !== 'plain' && metric.role !== 'total') return false;
  if (metric.value === null || metric.placeholder || metric.upper || metric.approx !== 'none' || metric.percent) return false;
  return !outline.paragraphs[metric.paragraph]?.tableRow;
}

/** Two statements of the same figure, read the same way, that no rounding of either reconciles. */
function conflicts(a: Statement, b: Statement): boolean {
  const [x, y] = [a.metric, b.metric];
  if (a.name !== b.name || x.paragraph === y.paragraph) return false;
  if (x.unit !== y.unit || x.dimension !== y.dimension || x.multiplier !== y.multiplier || x.unitFactor !== y.unitFactor) return false;
  if (a.target || b.target || a.appendix !== b.appendix || parallelParts(a, b) || filledTwice(a, b)) return false;
  if (!sameWords(a.paragraphWords, b.paragraphWords) || !sameWords(a.headingWords, b.headingWords)) return false;
  return differ(x, y);
}

/** Two values that no rounding of their written digits makes equal (70.15 and 70.2 agree). */
function differ(x: Metric, y: Metric): boolean {
  const tolerance = 0.5 * 10 ** -x.decimals + 0.5 * 10 ** -y.decimals;
  return Math.abs(x.value! - y.value!) > tolerance * (1 + 1e-9);
}

/**
 * Two sections of the same title under different parents (3.社会保险基金预算 under 一、经开区 and
 * under 二、管理区; 2026年预算 of 全市 and of 市本级): the report repeats one outline for several
 * areas, levels or years, and its parts state the same names of different figures.
 */
function parallelParts(a: Statement, b: Statement): boolean {
  return a.section !== b.section && a.sectionTitle !== null && a.sectionTitle === b.sectionTitle;
}

/**
 * Two sentences of one shape (the same words, other digits) whose other figures differ too
 * (全市社会保险基金收入70亿元，同比下降1.5%。 and the same sentence of another level or year):
 * one template filled for two things. A figure copied and then changed in one place leaves
 * the figures beside it alike.
 */
function filledTwice(a: Statement, b: Statement): boolean {
  if (a.shape !== b.shape || a.companions.length !== b.companions.length) return false;
  return a.companions.some((x, i) => differ(x, b.companions[i]!));
}

/**
 * A name the report states with three or more values (收支相抵，本年收支结余 in each of four
 * budgets): a phrase the report reuses for different figures, not one figure mistyped once.
 */
function reusedNames(statements: readonly Statement[]): Set<string> {
  const values = new Map<string, Metric[]>();
  for (const s of statements) {
    const key = `${s.name}\u0000${s.metric.unit}\u0000${s.metric.multiplier}`;
    const seen = values.get(key) ?? [];
    if (seen.every((m) => differ(m, s.metric))) seen.push(s.metric);
    values.set(key, seen);
  }
  return new Set([...values].filter(([, distinct]) => distinct.length >= 3).map(([key]) => key.split('\u0000')[0]!));
}

/** Two statements that may be of one figure (the same name and words around them), whatever their values. */
function sameFigure(a: Statement, b: Statement): boolean {
  const [x, y] = [a.metric, b.metric];
  return a.name === b.name && x.unit === y.unit && x.multiplier === y.multiplier && !a.target && !b.target && a.appendix === b.appendix
    && !parallelParts(a, b) && sameWords(a.paragraphWords, b.paragraphWords) && sameWords(a.headingWords, b.headingWords);
}

/**
 * The same figure stated with different values in one report: the same full name in its
 * sentence, unit and period, in two paragraphs. Conservative by design: any difference in the
 * period, stage or scope words of the two paragraphs or their headings, a target, an
 * approximation, a range, a placeholder, a table, or a difference within rounding, and the two
 * are taken for different figures.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'figure-conflict',
    name: { zh: '数据前后不一', en: 'Figure stated twice' },
    category: '数据',
    severity: 'warning',
    finalSeverity: 'error',
    description: {
      zh: '同一数据（主语、单位、时期、范围都相同）在报告中两处写成不同的数值',
      en: 'The same figure (same subject, unit, period and scope) stated with different values in two places of the report',
    },
    basis: '同一报告中同一统计口径、同一时期的数据只有一个数值',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      conflict: {
        zh: '{{figure}}与第{{line}}行的{{other}}不一致：同一数据前后数值不同',
        en: '{{figure}} differs from {{other}} on line {{line}}: the same figure is stated with two values',
      },
      other: { zh: '同一数据的另一处：{{figure}}', en: 'The same figure stated as {{figure}}' },
    },
  },
  check(context) {
    const { outline } = context;
    const statements: Statement[] = [];
    /** Paragraphs that state a figure: the others before a figure are lead lines. */
    const stating = new Set(outline.metrics.map((m) => m.paragraph));
    const bySentence = metricsBy(outline.metrics, 'sentence');
    const words = new ContextWords(outline, stating);
    for (const metric of outline.metrics) {
      if (!isPlainFigure(outline, metric) || context.isSkipped(metric.range.start.offset, metric.range.end.offset)) continue;
      const statement = statementOf(outline, metric, words, bySentence);
      if (statement) statements.push(statement);
    }
    // Only statements of one name can be of one figure: each is compared with those alone, in order.
    const byName = new Map<string, Statement[]>();
    for (const statement of statements) {
      const named = byName.get(statement.name);
      if (named) named.push(statement);
      else byName.set(statement.name, [statement]);
    }
    const quote = (s: Statement) => `${s.quoted}${s.metric.text}`;
    const reused = reusedNames(statements);
    statements.forEach((statement) => {
      if (reused.has(statement.name)) return;
      const named = byName.get(statement.name)!;
      const earlier = named.slice(0, named.indexOf(statement)).find((other) => conflicts(other, statement));
      if (!earlier) return;
      const others = named.filter((other) => other !== statement && sameFigure(other, statement));
      context.report({
        messageId: 'conflict',
        data: { figure: quote(statement), other: quote(earlier), line: earlier.metric.range.start.line },
        span: statement.metric.range,
        related: others.map((other) => ({ span: other.metric.range, messageId: 'other' as const, data: { figure: quote(other) } })),
        details: { value: statement.metric.value, other: earlier.metric.value, multiplier: statement.metric.multiplier },
      });
    });
  },
});
