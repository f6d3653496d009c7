import type { Metric, ReportOutline } from '../../model/outline.js';
import { NO_OPTIONS, defineRule, type RuleContext } from '../rule.js';

type MessageId = 'abovePopulation' | 'population' | 'unitLost' | 'other';

/**
 * How many times the population a count of people must pass before it is reported. A count
 * within the area (就业, 参保, 培训) is at most its population; 户籍 and 常住 populations differ by
 * up to about 1.6× (a city people leave), and some counts take in people from outside. A lost or
 * extra 万 moves a figure 10⁴ times, so 3× leaves room for both and still catches the slip.
 */
const FACTOR = 3;
/** 万 and 亿: the multipliers a writer adds or drops by slip. */
const MULTIPLIERS: ReadonlyArray<{ value: number; word: string }> = [
  { value: 1e8, word: '亿' },
  { value: 1e4, word: '万' },
  { value: 1, word: '' },
];

const persons = (metric: Metric): number => metric.value! * metric.multiplier;

/** The scalings a lost or extra 万/亿 makes: a figure in 元 that should be in 万元 is 10⁴ too small. */
const SCALINGS: ReadonlyArray<{ factor: number; power: string }> = [
  { factor: 1e4, power: '10⁴' },
  { factor: 1e8, power: '10⁸' },
  { factor: 1e-4, power: '10⁴' },
  { factor: 1e-8, power: '10⁸' },
];
const MULTIPLIER_WORDS = new Map<number, string>([[1, ''], [1e4, '万'], [1e8, '亿'], [1e12, '万亿']]);

interface Term {
  metric: Metric;
  sign: 1 | -1;
  /** The figure as the text names it (支出总计, 非税收入). */
  name: string;
}

/** The figure in its dimension (125.6亿元 → 12560000000) and half its last written digit. */
function amount(metric: Metric): { value: number; half: number } {
  const scale = metric.multiplier * (metric.unitFactor ?? 1);
  return { value: metric.value! * scale, half: 0.5 * 10 ** -metric.decimals * scale };
}

/**
 * For terms whose signed sum must be zero (a total minus its parts, a balance) and do not
 * make it: the one figure that, scaled by 10⁴ or 10⁸, would make it within the rounding of
 * every figure, with the scaling. Two figures alone always fit both ways (125.6亿元 = 125.6元
 * × 10⁸, or 125.6元 = 125.6亿元 ÷ 10⁸): then the unit the report's other figures of that
 * dimension are written in more often decides (`usage`, counts by multiplier). None when no
 * figure fits, or the fits stay tied.
 */
function lostUnit(terms: readonly Term[], usage: ReadonlyMap<number, number>): { index: number; factor: number; power: string } | null {
  if (terms.some(({ metric }) => metric.value === null || metric.upper || metric.approx !== 'none' || metric.percent)) return null;
  const amounts = terms.map(({ metric }) => amount(metric));
  const fits: Array<{ index: number; factor: number; power: string }> = [];
  terms.forEach((term, index) => {
    for (const { factor, power } of SCALINGS) {
      if (!MULTIPLIER_WORDS.has(Math.round(term.metric.multiplier * factor))) continue;
      let sum = 0;
      let tolerance = 0;
      amounts.forEach((a, i) => {
        const scale = i === index ? factor : 1;
        sum += terms[i]!.sign * a.value * scale;
        tolerance += a.half * scale;
      });
      if (Math.abs(sum) <= tolerance) fits.push({ index, factor, power });
    }
  });
  if (fits.length === 1) return fits[0]!;
  const uses = (fit: { index: number; factor: number }) => usage.get(Math.round(terms[fit.index]!.metric.multiplier * fit.factor)) ?? 0;
  const ranked = fits.map((fit) => ({ fit, uses: uses(fit) })).sort((a, b) => b.uses - a.uses);
  return ranked.length > 1 && ranked[0]!.uses > ranked[1]!.uses ? ranked[0]!.fit : null;
}

/** How many figures of each dimension the report writes with each multiplier, leaving out `except`. */
function multiplierUsage(metrics: readonly Metric[], dimension: string | null, except: ReadonlySet<number>): Map<number, number> {
  const usage = new Map<number, number>();
  for (const metric of metrics) {
    if (metric.dimension !== dimension || metric.percent || except.has(metric.id)) continue;
    usage.set(metric.multiplier, (usage.get(metric.multiplier) ?? 0) + 1);
  }
  return usage;
}


/**
 * Flows over the year, which may pass the population many times: passengers (客运量 in 万人),
 * tourists, visits to a hospital. Their subjects name the flow.
 */
const FLOW = /量|客|游|接待|诊|访|流动|人均/u;

/** A count of people of the report's area: not visits (人次), a flow, a wider area's, a change, a share, a cumulative total or a population. */
function isCount(metric: Metric): boolean {
  if (metric.dimension !== '人' || metric.value === null || metric.value <= 0 || metric.percent) return false;
  if (metric.role === 'change' || metric.role === 'share' || metric.role === 'rate') return false;
  if (metric.roleWord === '累计' || metric.population !== undefined || metric.area !== undefined) return false;
  return !FLOW.test(metric.subject ?? '');
}

/** The figures that are parts of a relation whose total is no count of people (铁路0.94亿人 of 客运量1.63亿人). */
function partsOfFlows(outline: ReportOutline): Set<number> {
  const parts = new Set<number>();
  for (const relation of outline.relations) {
    const totals = relation.totals.map((id) => outline.metrics[id]!);
    if (totals.every(isCount)) continue;
    for (const part of relation.parts) for (const id of part.metrics) parts.add(id);
  }
  return parts;
}

/**
 * A figure whose 万 or 亿 looks lost or added, where the report proves it: a count of people
 * larger than the report's own population (the 常住人口 or 户籍人口 it states) many times over,
 * where the figure without its 万 or 亿 would fit; or a sum or balance that does not hold and
 * would, within rounding, with one figure scaled by 10⁴ or 10⁸.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'magnitude',
    name: { zh: '数量级', en: 'Magnitude' },
    category: '数据',
    severity: 'info',
    description: {
      zh: '人数远超报告所载本地人口，或合计、收支平衡只差一个数的 10⁴、10⁸ 倍：疑为“万”“亿”漏写或多写',
      en: "A count of people many times the report's own population, or a sum or balance off by 10⁴ or 10⁸ in one figure: 万 or 亿 lost or added",
    },
    basis: '本地某类人数不多于本地人口（常住人口、户籍人口）；合计等于分项之和，收支平衡即收入等于支出',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      abovePopulation: {
        zh: '{{figure}}是本报告{{populationName}}{{population}}的{{times}}倍；单位是否应为“{{unit}}”（{{fixed}}）？',
        en: "{{figure}} is {{times}} times the report's {{populationName}} of {{population}}: should the unit be {{unit}} ({{fixed}})?",
      },
      population: { zh: '本报告所载{{populationName}}', en: "The report's {{populationName}}" },
      unitLost: {
        zh: '{{figure}}与{{other}}相差约{{power}}倍：单位若为“{{unit}}”（{{fixed}}），{{cue}}即相符',
        en: '{{figure}} is about {{power}} times off {{other}}: with the unit {{unit}} ({{fixed}}), the {{cue}} holds',
      },
      other: { zh: '同一{{cue}}中的另一数', en: 'Another figure of the same {{cue}}' },
    },
  },
  check(context) {
    checkPopulation(context);
    const { outline } = context;
    const reportLost = (terms: readonly Term[], cue: string) => {
      const except = new Set(terms.map((t) => t.metric.id));
      const fit = lostUnit(terms, multiplierUsage(outline.metrics, terms[0]!.metric.dimension, except));
      if (!fit) return;
      const term = terms[fit.index]!;
      const metric = term.metric;
      const otherTerm = terms.find((_, i) => i !== fit.index)!;
      const other = otherTerm.metric;
      const unit = `${MULTIPLIER_WORDS.get(Math.round(metric.multiplier * fit.factor))}${metric.unit ?? ''}`;
      context.report({
        messageId: 'unitLost',
        data: { figure: `${term.name}${metric.text}`, other: `${otherTerm.name}${other.text}`, power: fit.power, unit, fixed: `${metric.valueText}${unit}`, cue },
        span: metric.range,
        related: [{ span: other.range, messageId: 'other', data: { cue } }],
        details: { factor: fit.factor },
      });
    };
    for (const identity of outline.identities) {
      if (identity.verdict?.verdict !== 'mismatch') continue;
      const terms: Term[] = [
        { metric: outline.metrics[identity.stated]!, sign: -1, name: identity.statedName },
        ...identity.terms.map((t) => ({ metric: outline.metrics[t.metric]!, sign: t.sign, name: t.name })),
      ];
      reportLost(terms, identity.cue);
    }
    for (const relation of outline.relations) {
      for (const verdict of relation.verdicts) {
        // Only a complete split states an equality; a partial list only bounds its parts.
        if (verdict.verdict !== 'mismatch' || verdict.reason !== 'sum') continue;
        const total = outline.metrics[verdict.total]!;
        const nameOf = (id: number) => relation.parts.find((p) => p.metrics.includes(id))?.name ?? outline.metrics[id]!.subject ?? '';
        const terms: Term[] = [
          { metric: total, sign: -1, name: total.subject ?? '' },
          ...verdict.parts.map((id) => ({ metric: outline.metrics[id]!, sign: 1 as const, name: nameOf(id) })),
        ];
        reportLost(terms, '合计');
      }
    }
  },
});

function checkPopulation(context: RuleContext<MessageId, Record<string, unknown>>): void {
  {
    const { metrics } = context.outline;
    const populations = metrics.filter((m) => m.population !== undefined && m.value !== null && m.value > 0);
    if (populations.length === 0) return;
    // Several (常住 and 户籍, 年初 and 年末): the largest bounds every count.
    const population = populations.reduce((a, b) => (persons(b) > persons(a) ? b : a));
    const bound = persons(population);
    const flowParts = partsOfFlows(context.outline);
    for (const metric of metrics) {
      if (!isCount(metric) || metric.multiplier < 1e4 || flowParts.has(metric.id)) continue;
      const count = persons(metric);
      if (count <= bound * FACTOR) continue;
      // The largest smaller multiplier that brings the figure within the population: the slip.
      const fit = MULTIPLIERS.find((m) => m.value < metric.multiplier && metric.value! * m.value <= bound);
      if (!fit) continue;
      const times = count / bound;
      const unit = `${fit.word}${metric.unit ?? '人'}`;
      const populationName = population.population!;
      context.report({
        messageId: 'abovePopulation',
        data: {
          figure: `${metric.subject ?? ''}${metric.text}`,
          populationName,
          population: population.text,
          times: times >= 10 ? String(Math.round(times)) : times.toFixed(1),
          unit,
          fixed: `${metric.valueText}${unit}`,
        },
        span: metric.range,
        related: [{ span: population.range, messageId: 'population', data: { populationName } }],
        details: { count, population: bound, factor: times, multiplier: metric.multiplier, fitMultiplier: fit.value },
      });
    }
  }
}
