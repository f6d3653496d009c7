import { NO_OPTIONS, defineRule } from '../rule.js';
import { checkShareSets } from '../../checks/shares.js';

type MessageId = 'ratio-sum' | 'listed-sum' | 'parts-sum' | 'parts-over' | 'share';

/**
 * Shares that make up a whole sum to 100: a composition written as a ratio
 * (三次产业结构为8.6∶38.9∶51.6), shares listed over a complete split
 * (第一、二、三产业…分别为…), the shares of the parts of a total that the text
 * says is complete. The shares of disjoint parts never sum above 100. The sum
 * may miss 100 by the rounding of its parts (three parts to one decimal: 0.15).
 */
export default defineRule<MessageId>({
  meta: {
    id: 'share-sum',
    name: { zh: '占比合计', en: 'Share sum' },
    category: '数据',
    severity: 'warning',
    finalSeverity: 'error',
    description: { zh: '构成完整的各项占比之和为 100%，互不重叠的分项占比之和不超过 100%', en: 'Shares of a complete split sum to 100%; shares of disjoint parts never exceed 100%' },
    basis: '构成比之和为 100%；GB/T 8170-2008《数值修约规则与极限数值的表示和判定》（各项修约误差之和以内视为相符）',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      'ratio-sum': {
        zh: '“{{label}}”各项之和为 {{sum}}（{{arithmetic}}），应为 100',
        en: '“{{label}}” sums to {{sum}} ({{arithmetic}}), not 100',
      },
      'listed-sum': {
        zh: '“{{label}}”构成完整，各项占比之和应为 100%，文中为 {{sum}}%（{{arithmetic}}）',
        en: '“{{label}}” is a complete split: its shares should sum to 100%, they sum to {{sum}}% ({{arithmetic}})',
      },
      'parts-sum': {
        zh: '{{label}}的各分项构成完整，占比之和应为 100%，文中为 {{sum}}%（{{arithmetic}}）',
        en: 'The parts of {{label}} are complete: their shares should sum to 100%, they sum to {{sum}}% ({{arithmetic}})',
      },
      share: { zh: '分项占比 {{text}}', en: 'Share {{text}}' },
      'parts-over': {
        zh: '{{label}}的各分项互不重叠，占比之和不应超过 100%，文中为 {{sum}}%（{{arithmetic}}）',
        en: 'The parts of {{label}} are disjoint: their shares cannot exceed 100%, they sum to {{sum}}% ({{arithmetic}})',
      },
    },
  },
  check(context) {
    for (const set of checkShareSets(context.outline, context.text)) {
      if (set.holds || context.isSkipped(set.start, set.end)) continue;
      const messageId = set.kind === 'ratio' ? 'ratio-sum' : set.kind === 'listed' ? 'listed-sum' : set.complete ? 'parts-sum' : 'parts-over';
      context.report({
        messageId,
        data: { label: set.label, sum: set.sumText, arithmetic: set.arithmetic },
        // A set of parts runs over several clauses: the finding sits on the last share and points at each.
        span: set.kind === 'parts' ? set.values[set.values.length - 1]! : { start: set.start, end: set.end },
        related: set.kind === 'parts' ? set.values.map((v) => ({ span: v, messageId: 'share' as const, data: { text: `${v.text}%` } })) : undefined,
        details: { kind: set.kind, sum: set.sum, tolerance: set.tolerance, complete: set.complete, values: set.values.map((v) => v.value) },
      });
    }
  },
});
