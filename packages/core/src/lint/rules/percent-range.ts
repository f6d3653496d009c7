import { NO_OPTIONS, defineRule } from '../rule.js';

type MessageId = 'above' | 'below';

/**
 * A share (覆盖率, 参保率, 占比…) lies within 0–100%. Growth (增长, 同比,
 * 提高) may exceed 100% or fall below 0, so only figures the parser read as
 * shares are checked.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'percent-range',
    name: { zh: '百分比范围', en: 'Percent range' },
    category: '数据',
    severity: 'warning',
    finalSeverity: 'error',
    description: { zh: '覆盖率、参保率、占比等比率在 0～100% 之间', en: 'Shares such as coverage or enrolment rates lie between 0 and 100%' },
    basis: '比率（部分占整体）的定义：0 ≤ 部分 ≤ 整体',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      above: { zh: '{{subject}}为 {{value}}%，超过 100%', en: '{{subject}} is {{value}}%, above 100%' },
      below: { zh: '{{subject}}为 {{value}}%，小于 0', en: '{{subject}} is {{value}}%, below 0' },
    },
  },
  check(context) {
    for (const metric of context.outline.metrics) {
      // Rates free to pass 100% (毛入学率, 升学率, 完成预算的112.6%) have the role 'rate', not 'share'.
      if (!metric.percent || metric.role !== 'share') continue;
      const values = [metric.value, metric.upper?.value ?? null].filter((v): v is number => v !== null);
      const subject = metric.subject ?? metric.roleWord ?? '占比';
      const above = values.find((v) => v > 100);
      const below = values.find((v) => v < 0);
      const value = above ?? below;
      if (value === undefined) continue;
      context.report({
        messageId: above !== undefined ? 'above' : 'below',
        data: { subject, value: String(value) },
        span: metric.range,
        details: { value, shareWord: metric.roleWord },
      });
    }
  },
});
