/**
 * The population of the report's own area, as a bulletin states it:
 *
 *   年末全市常住人口70.15万人  ·  年末户籍总人口798.8万人  ·  2025年末全市常住人口636.36万人
 *
 * Only a clause that names the population and nothing else is read: 出生人口, 城镇人口,
 * 贫困人口 and 受益人口 are counts of some of the people, and 全省/全国 names another area.
 * A count of people whose sentence names a wider area (全省城镇新增就业80万人) records it, since
 * the report's own population does not bound it. Figures such a population bounds (a count of people in the same report) are judged by the
 * rules, not here.
 */
import type { ParseContext } from './context.js';
import { clauseBeforeFigure } from './subjects.js';

const POPULATION_CLAUSE =
  /^(?:(?:19|20)\d{2}年)?(?:年末|年底|末)?(?:全市|全县|全区|全州|全盟|全旗|本市|本县|本区|市域)?((?:常住|户籍)?总?人口)(?:总数|总量)?(?:为|是|达|达到|有)?$/u;

/** A wider area than a city's or county's, named before the figure in its sentence. */
const WIDER_AREA = /全国|全省|全自治区|全球|世界/u;

export function findPopulations(ctx: ParseContext): void {
  const { outline, text } = ctx;
  for (const metric of outline.metrics) {
    if (metric.dimension !== '人' || metric.value === null || metric.percent) continue;
    const sentenceStart = outline.sentences[metric.sentence]!.range.start.offset;
    const area = WIDER_AREA.exec(text.slice(sentenceStart, metric.range.start.offset));
    if (area) metric.area = area[0];
    if (area || metric.unit !== '人' || (metric.role !== 'plain' && metric.role !== 'total')) continue;
    const match = POPULATION_CLAUSE.exec(clauseBeforeFigure(outline, text, metric).text);
    if (match) metric.population = match[1]!;
  }
}
