import type { Metric, ReportOutline } from '../../model/outline.js';
import { NO_OPTIONS, defineRule } from '../rule.js';

type MessageId = 'abovePopulation' | 'population';

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
 * A count of people larger than the report's own population (the 常住人口 or 户籍人口 it states)
 * many times over, where the figure without its 万 or 亿 would fit: the multiplier is a slip.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'magnitude',
    name: { zh: '数量级', en: 'Magnitude' },
    category: '数据',
    severity: 'info',
    description: {
      zh: '人数远超报告所载本地人口，疑为单位“万人”“人”误写',
      en: "A count of people many times the report's own population: 万人 written for 人",
    },
    basis: '本地某类人数不多于本地人口（常住人口、户籍人口）',
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
    },
  },
  check(context) {
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
  },
});
