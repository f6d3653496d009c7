import { defineRule } from '../rule.js';

type MessageId = 'reversed' | 'swap';

/** A range is written low to high: 存栏量 200－300 头, not 300－200 头. */
export default defineRule<MessageId>({
  meta: {
    id: 'range-order',
    category: '数据',
    severity: 'warning',
    description: { zh: '数值范围先写下限、后写上限', en: 'A numeric range gives its lower end first' },
    basis: 'GB/T 15835-2011 §4.3（数值范围的写法）',
    fixable: false,
    hasSuggestions: true,
    recommended: true,
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
      // Only a plain 300－200 can be swapped; 3万—2万 keeps its multipliers, left to the writer.
      const swappable = /^[—－\-～~至到–]{1,2}$/u.test(dash);
      context.report({
        messageId: 'reversed',
        data: { text: metric.text, lower: metric.valueText, upper: upper.valueText },
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
