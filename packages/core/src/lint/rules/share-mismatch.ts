import { NO_OPTIONS, defineRule } from '../rule.js';
import { formatNumber, unitLabel } from '../../parse/metric-bounds.js';

type MessageId = 'mismatch' | 'rateMismatch' | 'ratioMismatch' | 'baseMismatch' | 'part' | 'whole';

/**
 * A share stated with its part and whole (可再生能源装机 X 万千瓦，占全部装机
 * 容量的 25.6%), or a named rate stated with its terms (受理投诉1268件，办结1186件，
 * 办结率95.3%), is recomputed from them; rounding of all three figures is
 * tolerated, so only a share no rounding explains is reported. The parser
 * records the share with its part and whole (parse/shares.ts) and
 * checks/share-verdicts.ts judges it; this rule reports the mismatches.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'share-mismatch',
    name: { zh: '占比不符', en: 'Share mismatch' },
    category: '数据',
    severity: 'warning',
    finalSeverity: 'error',
    description: { zh: '文中给出的占比与其分子、分母相符', en: 'A stated share agrees with the part and whole it is computed from' },
    basis: 'GB/T 8170-2008《数值修约规则与极限数值的表示和判定》（按所示精度比较）',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      mismatch: {
        zh: '占比应约为 {{computed}}%（{{part}} ÷ {{whole}}），文中为 {{stated}}%',
        en: 'The share should be about {{computed}}% ({{part}} ÷ {{whole}}), the text says {{stated}}%',
      },
      rateMismatch: {
        zh: '{{rate}}应约为 {{computed}}%（{{part}} ÷ {{whole}}），文中为 {{stated}}%',
        en: 'The {{rate}} should be about {{computed}}% ({{part}} ÷ {{whole}}), the text says {{stated}}%',
      },
      ratioMismatch: {
        zh: '{{rate}}应约为 {{computed}}（{{part}} ÷ {{whole}}），文中为 {{stated}}',
        en: 'The {{rate}} should be about {{computed}} ({{part}} ÷ {{whole}}), the text says {{stated}}',
      },
      baseMismatch: {
        zh: '{{part}} ÷ {{whole}} 约为 {{computed}}%，文中为 {{stated}}%',
        en: '{{part}} ÷ {{whole}} is about {{computed}}%, the text says {{stated}}%',
      },
      part: { zh: '分子 {{text}}', en: 'Part {{text}}' },
      whole: { zh: '分母 {{text}}', en: 'Whole {{text}}' },
    },
  },
  check(context) {
    const { outline } = context;
    // The parser records each share with its part and whole (parse/shares.ts); checks/share-verdicts.ts judges it.
    for (const relation of outline.shares) {
      const verdict = relation.verdict;
      if (verdict?.verdict !== 'mismatch' || verdict.computed === undefined) continue;
      const share = outline.metrics[relation.share]!;
      const part = outline.metrics[relation.part]!;
      const whole = outline.metrics[relation.whole]!;
      context.report({
        // A named rate (办结率) is named in its message; a share of a named whole speaks of 占比; a percent of a
        // base written before it (完成年度任务2000人的64%, 为年初预算…的100.1%) is no share: the division alone.
        messageId: relation.ratio ? 'ratioMismatch' : relation.rate ? 'rateMismatch' : relation.verb && relation.verb !== '占' ? 'baseMismatch' : 'mismatch',
        data: {
          rate: relation.rate ?? '',
          computed: verdict.computed.toFixed(Math.max(share.decimals, 1)),
          part: `${part.valueText}${unitLabel(part)}`,
          whole: `${whole.valueText}${unitLabel(whole)}`,
          stated: share.valueText,
        },
        span: share.range,
        related: [
          { span: part.range, messageId: 'part', data: { text: part.text } },
          { span: whole.range, messageId: 'whole', data: { text: whole.text } },
        ],
        details: { stated: share.value!, computed: Number(formatNumber(verdict.computed)), part: verdict.part!, whole: verdict.whole!, dimension: whole.dimension },
      });
    }
  },
});
