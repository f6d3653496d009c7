import { NO_OPTIONS, defineRule, type RuleContext } from '../rule.js';
import { formatNumber } from '../../parse/metric-bounds.js';
import type { FigureRole } from '../../checks/changes.js';
import type { ChangeRelation } from '../../model/outline.js';

type MessageId = 'rate' | 'points' | 'times-growth' | 'times-ratio' | 'times-slip' | 'decrease-times' | 'signed-decrease' | 'current' | 'amount' | 'from' | 'to';

/**
 * A change stated two ways is recomputed: 增加N … 增长M% with the current
 * value (the prior value is current − N), 从A增加到B with its rate or multiple,
 * 比上年的A%提高N个百分点 between two stated rates. Every figure is taken as
 * an interval of its rounding, so only a difference no rounding explains is
 * reported. 降低N倍 is reported whatever the figures: a decrease is never a
 * multiple.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'growth-mismatch',
    name: { zh: '增减不符', en: 'Change mismatch' },
    category: '数据',
    severity: 'warning',
    finalSeverity: 'error',
    description: { zh: '同一变化的两种说法（增加量与增长率、起止值与增幅、百分点、倍数）相互吻合', en: 'A change stated two ways (amount and rate, from–to and rate, percentage points, multiples) agrees with itself' },
    basis: '增长率 =（报告期 − 基期）÷ 基期 × 100%；百分点是两个百分数之差；“增长 x 倍”即为基期的 x + 1 倍；GB/T 8170-2008《数值修约规则与极限数值的表示和判定》（按所示精度比较）',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      rate: {
        zh: '按文中数字计算，应为{{direction}}约 {{computed}}%（{{arithmetic}}），文中为“{{written}}”',
        en: 'Recomputed from the figures, the change is about {{computed}}% ({{direction}}; {{arithmetic}}); the text says “{{written}}”',
      },
      points: {
        zh: '两个比率相差 {{computed}} 个百分点（{{arithmetic}}），文中为{{verb}} {{stated}} 个百分点',
        en: 'The two rates differ by {{computed}} percentage points ({{arithmetic}}); the text says {{verb}} {{stated}}',
      },
      'times-growth': {
        zh: '按文中数字计算，应增长约 {{computed}} 倍（{{arithmetic}}），文中为 {{stated}} 倍',
        en: 'Recomputed from the figures, the increase is about {{computed}} times the base ({{arithmetic}}); the text says {{stated}}',
      },
      'times-ratio': {
        zh: '按文中数字计算，应为基期的约 {{computed}} 倍（{{arithmetic}}），文中为 {{stated}} 倍',
        en: 'Recomputed from the figures, the current value is about {{computed}} times the base ({{arithmetic}}); the text says {{stated}}',
      },
      'times-slip': {
        zh: '“{{written}}”差了 1 倍：{{ratioArithmetic}}，即为基期的 {{ratio}} 倍、增长 {{growth}} 倍',
        en: '“{{written}}” is off by one: {{ratioArithmetic}}, that is {{ratio}} times the base, an increase of {{growth}} times',
      },
      'decrease-times': {
        zh: '“{{written}}”不成立：减少不能用倍数表示（减少 1 倍即减到零），应写作减少百分之几或降到几分之几',
        en: '“{{written}}” cannot be right: a decrease is not a multiple (down one time is down to zero); state a percentage or a fraction',
      },
      'signed-decrease': {
        zh: '“{{written}}”自相矛盾：“{{word}}”已表示减少，数前再加负号就成了增加；若是减少，应写作“{{lead}}{{figure}}”',
        en: '“{{written}}” contradicts itself: “{{word}}” already says it fell, and the minus sign makes it a rise; for a fall, write “{{lead}}{{figure}}”',
      },
      current: { zh: '报告期数 {{text}}', en: 'Current value {{text}}' },
      amount: { zh: '增减量 {{text}}', en: 'Change {{text}}' },
      from: { zh: '基期数 {{text}}', en: 'Base value {{text}}' },
      to: { zh: '报告期数 {{text}}', en: 'Current value {{text}}' },
    },
  },
  check(context) {
    const { outline, text } = context;
    // The parser records each change stated two ways with its verdict (checks/changes.ts).
    for (const change of outline.changes) {
      const stated = outline.metrics[change.stated]!;
      if (change.verdict === 'holds' || context.isSkipped(stated.range.start.offset, stated.range.end.offset)) continue;
      report(context, change);
    }
    // The parser records where a decrease is stated as a multiple (parse/decrease-multiples.ts).
    for (const range of outline.decreaseMultiples) {
      const span = { start: range.start.offset, end: range.end.offset };
      if (context.isSkipped(span.start, span.end)) continue;
      context.report({ messageId: 'decrease-times', data: { written: text.slice(span.start, span.end) }, span, details: { kind: 'decrease-times' } });
    }
    // And where a decrease word stands before a negative figure (parse/decrease-multiples.ts): the word through the sign.
    for (const range of outline.signedDecreases) {
      const span = { start: range.start.offset, end: range.end.offset };
      if (context.isSkipped(span.start, span.end)) continue;
      // The figure starts at its sign (降幅为-2.1%) or right after it (下降-5.3%, read as 5.3% after 下降).
      const figure = outline.metrics.find((m) => m.range.start.offset >= span.end - 1 && m.range.start.offset <= span.end);
      const end = figure ? figure.range.end.offset : span.end;
      const lead = text.slice(span.start, span.end - 1);
      const word = lead.replace(/[了为达]$/u, '');
      context.report({ messageId: 'signed-decrease', data: { written: text.slice(span.start, end), word, lead, figure: text.slice(span.end, end) }, span, details: { kind: 'signed-decrease' } });
    }
  },
});

/** The message that names each figure a recomputation used. */
const ROLE_MESSAGES: Record<FigureRole, MessageId> = { current: 'current', amount: 'amount', from: 'from', to: 'to' };

function report(context: RuleContext<MessageId>, check: ChangeRelation): void {
  const { metrics } = context.outline;
  const stated = metrics[check.stated]!;
  const related = check.figures.map((f) => ({ span: metrics[f.metric]!.range, messageId: ROLE_MESSAGES[f.role], data: { text: metrics[f.metric]!.text } }));
  const details = { kind: check.kind, stated: check.statedValue, computed: Number(formatNumber(check.computed)), low: check.low, high: check.high };
  const written = context.text.slice(check.written.start.offset, check.written.end.offset);
  const common = { span: stated.range, related, details };
  switch (check.kind) {
    case 'rate':
      context.report({
        ...common,
        messageId: 'rate',
        data: {
          direction: check.computed < 0 ? '下降' : '增长',
          computed: check.computedText.replace(/^-/, ''),
          arithmetic: check.arithmetic,
          written,
        },
      });
      return;
    case 'points':
      context.report({ ...common, messageId: 'points', data: { verb: check.verb, computed: check.computedText, arithmetic: check.arithmetic, stated: stated.valueText } });
      return;
    case 'growth-times':
    case 'ratio-times':
      if (check.slip) {
        context.report({ ...common, messageId: 'times-slip', data: { written, ratioArithmetic: check.slip.ratioArithmetic, ratio: check.slip.ratio, growth: check.slip.growth } });
        return;
      }
      context.report({
        ...common,
        messageId: check.kind === 'growth-times' ? 'times-growth' : 'times-ratio',
        data: { computed: check.computedText, arithmetic: check.arithmetic, stated: stated.valueText },
      });
  }
}
