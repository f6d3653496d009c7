/**
 * The urbanization rate a bulletin states after the urban and rural populations:
 *
 *   年末全市常住人口486.2万人。其中，城镇常住人口338.6万人，乡村常住人口147.6万人，
 *   常住人口城镇化率为69.6%。
 *
 * By definition (国家统计局，常住人口城镇化率) the rate is the urban population divided by the
 * whole population: 338.6 ÷ 486.2 = 69.6%. The text states both terms as a relation of the
 * population (常住人口…，其中城镇常住人口…, parse/relations.ts), so the rate is read against it:
 * its urban part over its total, whether the rural part is stated or not. Recorded as a named
 * share (rate 城镇化率) and judged with every other share. A rate with no such relation in its
 * paragraph, two of them (常住 and 户籍), or another period's rate (上年) is not read. An aside
 * between the name and the figure (城镇化率（城镇人口占常住人口比重）为84.18%) is looked past.
 */
import type { Metric, Relation } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { clauseBeforeFigure } from './subjects.js';
import { recordNamedShare } from './named-rates.js';

const RATE_NAME = /城镇化率(?:为|是|达到|达|提高到|提高至)?$/u;
const OTHER_PERIOD = /上年|去年|同期|年初/u;
const URBAN = '城镇';
const POPULATION = '人口';
const RATE = '城镇化率';

export function findUrbanizationRates(ctx: ParseContext): void {
  const { outline, text } = ctx;
  for (const rate of outline.metrics) {
    if (!rate.percent || rate.value === null || rate.upper || rate.role === 'change') continue;
    const name = nameOf(ctx, rate);
    if (!RATE_NAME.test(name) || OTHER_PERIOD.test(name)) continue;
    const split = populationSplit(ctx, rate);
    if (!split) continue;
    const { relation, urban } = split;
    const whole = outline.metrics[relation.totals[0]!]!;
    const partName = relation.parts.find((p) => p.metrics.includes(urban.id))!.name;
    recordNamedShare(ctx, { share: rate, part: urban, whole, partName, wholeName: '', rate: RATE });
  }
}

/**
 * The one relation of a population in the rate's paragraph, before it, with one part named its
 * urban population (城镇常住人口, 城镇人口). Two such relations (常住人口 and 户籍人口) and the rate
 * says not which.
 */
function populationSplit(ctx: ParseContext, rate: Metric): { relation: Relation; urban: Metric } | null {
  const { outline, text } = ctx;
  const found: { relation: Relation; urban: Metric }[] = [];
  for (const relation of outline.relations) {
    if (relation.paragraph !== rate.paragraph || relation.totals.length !== 1) continue;
    const total = outline.metrics[relation.totals[0]!]!;
    if (total.dimension !== '人' || total.range.end.offset > rate.range.start.offset) continue;
    if (!clauseBeforeFigure(outline, text, total).text.includes(POPULATION)) continue;
    const urbanParts = relation.parts.filter((p) => p.name.includes(URBAN) && p.name.includes(POPULATION));
    const urban = urbanParts.length === 1 ? outline.metrics[urbanParts[0]!.metrics[0]!] : undefined;
    if (urban && urban.dimension === '人') found.push({ relation, urban });
  }
  return found.length === 1 ? found[0]! : null;
}

/** The clause before the rate, past an aside in brackets right before the figure's 为. */
function nameOf(ctx: ParseContext, rate: Metric): string {
  const { outline, text } = ctx;
  const clause = clauseBeforeFigure(outline, text, rate);
  if (!/^(?:为|是|达|达到)?$/u.test(clause.text) || text[clause.start - 1] !== '）') return clause.text;
  const open = text.lastIndexOf('（', clause.start - 1);
  const sentenceStart = outline.sentences[rate.sentence]!.range.start.offset;
  if (open < sentenceStart) return clause.text;
  let start = open;
  while (start > sentenceStart && !'，。；：'.includes(text[start - 1]!)) start--;
  return text.slice(start, open) + clause.text;
}
