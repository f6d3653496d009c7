/**
 * The urban-rural income ratio a bulletin states after both incomes:
 *
 *   城镇居民人均可支配收入66511元，…；农村居民人均可支配收入33321元，…。
 *   城乡居民人均可支配收入比值为2.00，比上年缩小0.02。
 *
 * By definition (国家统计局，城乡居民收入比) the ratio is the urban income divided by the
 * rural one (农村 = 1), so 66511 ÷ 33321 = 2.00. Recorded as a share whose `ratio` flag says
 * it is a plain quotient, not a percent, and judged with every other share.
 *
 * Read only where the paragraph names each income once, by its full name (城镇居民人均可支配
 * 收入, 农村居民人均可支配收入; 人均收入 for both is the short form), before the ratio, and the
 * ratio stands bare (2.00, or 2.00:1): a change of the ratio (缩小0.02) or a ratio of other
 * incomes (工资性收入之比) is not read.
 */
import type { Metric } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { metricsBy } from '../model/queries.js';
import { clauseBeforeFigure } from './subjects.js';
import { recordNamedShare } from './named-rates.js';

/** The ratio's name as bulletins write it, with the words that tie it to its figure. */
const RATIO_NAME = /城乡居民(?:人均(?:可支配)?)?收入(?:之比|比值|比)(?:为|是|达|达到)?$/u;
/** The incomes, by their full or short name, after scope words and before linking verbs. */
const URBAN_NAMES = ['城镇居民人均可支配收入', '城镇居民人均收入'];
const RURAL_NAMES = ['农村居民人均可支配收入', '农村居民人均收入'];
/** A ratio written as two sides (2.00:1) must have the rural side 1. */
const SIDES = /^[:：]/u;
const RURAL_ONE = /^[:：]1(?![\d.])/u;
/** Another period's ratio (上年城乡居民收入比为2.02) is not this year's quotient. */
const OTHER_PERIOD = /上年|去年|同期|年初/u;
/** The ratio's name as recorded (the rate of the share). */
const RATIO = '城乡居民收入比';

export function findIncomeRatios(ctx: ParseContext): void {
  const { outline, text } = ctx;
  const byParagraph = metricsBy(outline.metrics, 'paragraph');
  for (const paragraph of outline.paragraphs) {
    if (!paragraph.text.includes('收入') || !paragraph.text.includes('城乡')) continue;
    const metrics = byParagraph.get(paragraph.id) ?? [];
    for (const ratio of metrics) {
      const name = clauseBeforeFigure(outline, text, ratio).text;
      if (!isBareRatio(text, ratio) || !RATIO_NAME.test(name) || OTHER_PERIOD.test(name)) continue;
      const before = metrics.filter((m) => m.range.end.offset <= ratio.range.start.offset && m.dimension !== null && !m.percent && m.role !== 'change');
      const urban = onlyNamed(ctx, before, URBAN_NAMES);
      const rural = onlyNamed(ctx, before, RURAL_NAMES);
      if (!urban || !rural || urban.dimension !== rural.dimension) continue;
      recordNamedShare(ctx, { share: ratio, part: urban, whole: rural, partName: nameOf(ctx, urban), wholeName: nameOf(ctx, rural), rate: RATIO, ratio: true });
    }
  }
}

/** A number with no unit and no percent; written as two sides, the second is 1. */
function isBareRatio(text: string, metric: Metric): boolean {
  if (metric.dimension !== null || metric.percent || metric.upper || metric.role === 'change' || metric.value === null) return false;
  const after = text.slice(metric.range.end.offset, metric.range.end.offset + 3);
  return !SIDES.test(after) || RURAL_ONE.test(after);
}

/** The one figure among `metrics` whose clause names it by one of `names` (scope words before aside). */
function onlyNamed(ctx: ParseContext, metrics: readonly Metric[], names: readonly string[]): Metric | null {
  const found = metrics.filter((m) => names.some((name) => nameOf(ctx, m).endsWith(name)));
  return found.length === 1 ? found[0]! : null;
}

/** The clause before a figure without the verbs that tie it: 城镇居民人均可支配收入 for …收入66511元. */
function nameOf(ctx: ParseContext, metric: Metric): string {
  return clauseBeforeFigure(ctx.outline, ctx.text, metric).text.replace(/(?:为|是|达到|达)$/u, '');
}
