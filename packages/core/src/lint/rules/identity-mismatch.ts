import { NO_OPTIONS, defineRule } from '../rule.js';
import { identityResult } from '../../checks/identity-verdicts.js';

type MessageId = 'mismatch' | 'unbalanced' | 'term' | 'stated';

/**
 * Figures tied by definition, every term stated in one paragraph: 顺差 = 出口 −
 * 进口, 进出口总额 = 出口 + 进口, 收支平衡 (收入总计 = 支出总计) and 收支相抵，
 * 结余 = 收入总计 − 支出总计. The parser records only identities whose names
 * are unambiguous (parse/identities.ts) and checks/identity-verdicts.ts judges
 * them with the rounding of every figure; this rule reports the mismatches.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'identity-mismatch',
    name: { zh: '等式不符', en: 'Identity mismatch' },
    category: '数据',
    severity: 'warning',
    finalSeverity: 'error',
    description: { zh: '按定义相关的数据相符：顺差 = 出口 − 进口，进出口 = 出口 + 进口，收支平衡时收入 = 支出，自然增长率 = 出生率 − 死亡率', en: 'Figures tied by definition agree: surplus = exports − imports, trade = exports + imports, a balanced budget, natural growth = births − deaths' },
    basis: 'GB/T 8170-2008《数值修约规则与极限数值的表示和判定》（按所示精度比较）；海关统计进出口口径；预算收支总表（收入总计、支出总计、结余）；国家统计局人口统计口径（自然增长率 = 出生率 − 死亡率）',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      mismatch: {
        zh: '{{expression}} = {{computed}}，与{{name}} {{stated}} 不符',
        en: '{{expression}} = {{computed}}, not the {{name}} {{stated}} the text states',
      },
      unbalanced: {
        zh: '{{income}} 与 {{spending}} 不等，与“收支平衡”不符',
        en: '{{income}} and {{spending}} differ, yet the text says the budget balances (收支平衡)',
      },
      term: { zh: '{{name}} {{text}}', en: '{{name}} {{text}}' },
      stated: { zh: '{{name}} {{text}}', en: '{{name}} {{text}}' },
    },
  },
  check(context) {
    const { outline } = context;
    // The parser records each identity with its terms (parse/identities.ts); checks/identity-verdicts.ts judges it.
    for (const relation of outline.identities) {
      const verdict = relation.verdict;
      if (verdict?.verdict !== 'mismatch' || verdict.computed === undefined) continue;
      const stated = outline.metrics[relation.stated]!;
      const terms = relation.terms.map((t) => ({ ...t, metric: outline.metrics[t.metric]! }));
      const related = [
        ...terms.map((t) => ({ span: t.metric.range, messageId: 'term' as const, data: { name: t.name, text: t.metric.text } })),
        { span: stated.range, messageId: 'stated' as const, data: { name: relation.statedName, text: stated.text } },
      ];
      // stated and computed in one unit, the stated figure's as written (贸易顺差121.2亿元 against 120.5, not 12050000000).
      const result = identityResult(outline, relation)!;
      const details = { kind: relation.kind, stated: stated.value!, computed: result.value, dimension: stated.dimension };
      if (relation.kind === 'budget-balance') {
        const income = terms[0]!;
        context.report({
          messageId: 'unbalanced',
          data: { income: `${income.name} ${income.metric.text}`, spending: `${relation.statedName} ${stated.text}` },
          span: stated.range,
          related,
          details,
        });
        continue;
      }
      // The figures as written, so a writer can find each one; the result in the stated figure's unit, to compare.
      const expression = terms.map((t, k) => `${k === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + '}${t.name} ${t.metric.text}`).join('');
      context.report({
        messageId: 'mismatch',
        data: { expression, computed: result.text, name: relation.statedName, stated: stated.text },
        span: stated.range,
        related,
        details,
      });
    }
  },
});
