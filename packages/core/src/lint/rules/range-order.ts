import { NO_OPTIONS, defineRule } from '../rule.js';
import { unitLabel } from '../../parse/metric-bounds.js';
import { RANGE_DASHES, RANGE_WORDS } from '../../text/lexicon.js';
import { codeSet } from '../../text/char-codes.js';

type MessageId = 'reversed' | 'swap';

/** What joins the ends of a range: its dashes and 至/到. */
const RANGE_MARKS = RANGE_DASHES + RANGE_WORDS;
const RANGE_MARK_CODES = codeSet(RANGE_MARKS);

/** One or two range marks and nothing else: 300—200, 5——3, 3至2. */
function isPlainDash(dash: string): boolean {
  if (dash.length < 1 || dash.length > 2) return false;
  return RANGE_MARK_CODES.has(dash.charCodeAt(0)) && (dash.length === 1 || RANGE_MARK_CODES.has(dash.charCodeAt(1)));
}

/** A range is written low to high: 存栏量 200－300 头, not 300－200 头. */
export default defineRule<MessageId>({
  meta: {
    id: 'range-order',
    name: { zh: '范围顺序', en: 'Range order' },
    category: '数据',
    severity: 'warning',
    description: { zh: '数值范围先写下限、后写上限', en: 'A numeric range gives its lower end first' },
    basis: 'GB/T 15835-2011《出版物上数字用法》§4.3（数值范围的写法）',
    fixable: false,
    hasSuggestions: true,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      reversed: { zh: '范围“{{text}}”的下限 {{lower}} 大于上限 {{upper}}', en: 'The range “{{text}}” starts at {{lower}}, above its end {{upper}}' },
      swap: { zh: '改为 {{upper}}{{dash}}{{lower}}', en: 'Change to {{upper}}{{dash}}{{lower}}' },
    },
  },
  check(context) {
    const { text } = context;
    for (const metric of context.outline.metrics) {
      const upper = metric.upper;
      if (!upper || metric.value === null || upper.value === null || metric.value <= upper.value) continue;
      const from = metric.valueRange.start.offset;
      const lowEnd = metric.valueRange.end.offset;
      const highStart = upper.range.start.offset;
      const dash = text.slice(lowEnd, highStart);
      // Nothing but the dash between the ends: the lower end has no multiplier of its own (300—2万, not 3万—2万).
      const plainDash = isPlainDash(dash);
      if (plainDash && lowerMayStandAlone(metric.value, upper.value, metric.multiplier)) continue;
      // Only a plain dash can be swapped (300－200 → 200－300; 5—3万 → 3—5万, ends of one size sharing
      // their 万). 300－2百 is reversed read either way, but 2－300百 fits only one reading: the writer rewrites it.
      const swappable = plainDash && !(metric.multiplier > 1 && metric.value >= 10 * upper.value);
      // The ends as written, each with its own multiplier: 下限 3万 大于上限 2万, 下限 300 大于上限 2百.
      // The unit too when both ends carry it (6.2%～5.8%, 3万人～2万人), as the lower end shows.
      let suffixEnd = dash.length;
      while (suffixEnd > 0 && RANGE_MARKS.includes(dash[suffixEnd - 1]!)) suffixEnd--;
      const lowerSuffix = dash.slice(0, suffixEnd);
      const label = unitLabel(metric);
      const unit = metric.unit ?? '';
      const unitOnBoth = unit !== '' && lowerSuffix.endsWith(unit);
      const lowerWritten = metric.valueText + lowerSuffix;
      const upperWritten = upper.valueText + (unitOnBoth ? label : label.slice(0, Math.max(0, label.length - unit.length)));
      context.report({
        messageId: 'reversed',
        data: { text: metric.text, lower: lowerWritten, upper: upperWritten },
        span: metric.range,
        ...(swappable
          ? {
              fixes: [
                {
                  messageId: 'swap' as const,
                  data: { upper: upper.valueText, dash, lower: metric.valueText },
                  edits: [{ span: { start: from, end: upper.range.end.offset }, newText: `${upper.valueText}${dash}${metric.valueText}` }],
                  safe: false,
                },
              ],
            }
          : {}),
        details: { lower: metric.value, upper: upper.value },
      });
    }
  },
});

/**
 * 存栏量300—2万头: the parser shares the upper end's 万 with the lower (3—5万 is
 * 3万 to 5万), which makes 300万—2万 reversed. But a lower end ten times the
 * upper's written number, which in its own unit stays below the upper, was
 * more likely written in that unit (300 to 20,000 head): a swapped range has
 * ends of one size (5—3万). The text does not prove the slip, so it is not
 * reported.
 */
function lowerMayStandAlone(lower: number, upper: number, multiplier: number): boolean {
  return multiplier > 1 && lower >= 10 * upper && lower <= upper * multiplier;
}
