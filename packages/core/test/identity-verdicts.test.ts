/**
 * Figures tied by definition (parse/identities.ts) and their verdicts
 * (checks/identity-verdicts.ts): the parser records an identity only where the
 * names make it unambiguous, the verdict is judged once with the rounding of
 * every figure, and identity-mismatch reports only `mismatch`.
 */
import { describe, expect, it } from 'vitest';
import { lint, parseReport } from '../src/index.js';
import { identityResult } from '../src/checks/identity-verdicts.js';

function identitiesOf(text: string) {
  const outline = parseReport(text, { path: 'case.txt' });
  return outline.identities.map((i) => ({
    kind: i.kind,
    stated: `${i.statedName} ${outline.metrics[i.stated]!.text}`,
    terms: i.terms.map((t) => `${t.sign > 0 ? '+' : '−'}${t.name} ${outline.metrics[t.metric]!.text}`),
    cue: text.slice(i.cueRange.start.offset, i.cueRange.end.offset),
    verdict: i.verdict?.verdict,
  }));
}

const findings = (text: string) =>
  lint(text, { path: 'case.txt', config: { rules: { 'identity-mismatch': 'warning' } } }).diagnostics.filter((d) => d.ruleId === 'identity-mismatch').map((d) => d.message);

describe('identities in the outline', () => {
  it('顺差 = 出口 − 进口 and 进出口总额 = 出口 + 进口, holding exactly', () => {
    expect(identitiesOf('全年货物进出口总额520.3亿元。出口320.5亿元，进口199.8亿元，贸易顺差120.7亿元。')).toEqual([
      { kind: 'trade-balance', stated: '贸易顺差 120.7亿元', terms: ['+出口 320.5亿元', '−进口 199.8亿元'], cue: '顺差', verdict: 'holds' },
      { kind: 'trade-total', stated: '进出口总额 520.3亿元', terms: ['+出口 320.5亿元', '+进口 199.8亿元'], cue: '进出口', verdict: 'holds' },
    ]);
  });

  it('逆差 = 进口 − 出口', () => {
    expect(identitiesOf('全年出口80.49亿元，进口420.84亿元，贸易逆差340.35亿元。')[0]).toMatchObject({ kind: 'trade-balance', terms: ['+进口 420.84亿元', '−出口 80.49亿元'], verdict: 'holds' });
  });

  it('holds within rounding: 320.5 − 199.8 ∈ [120.6, 120.8], so 120.8 holds and 120.9 does not', () => {
    expect(identitiesOf('出口320.5亿元，进口199.8亿元，贸易顺差120.8亿元。')[0]!.verdict).toBe('holds');
    expect(identitiesOf('出口320.5亿元，进口199.8亿元，贸易顺差120.9亿元。')[0]!.verdict).toBe('mismatch');
  });

  it('收支平衡 and 收支相抵 after stated totals', () => {
    expect(identitiesOf('收入总计296亿元。支出总计296亿元，当年收支平衡。')).toEqual([
      { kind: 'budget-balance', stated: '支出总计 296亿元', terms: ['+收入总计 296亿元'], cue: '收支平衡', verdict: 'holds' },
    ]);
    expect(identitiesOf('收入总计338.7亿元。支出总计316.6亿元。收支相抵，年终结余结转22.1亿元。')).toEqual([
      { kind: 'budget-surplus', stated: '年终结余结转 22.1亿元', terms: ['+收入总计 338.7亿元', '−支出总计 316.6亿元'], cue: '收支相抵', verdict: 'holds' },
    ]);
  });

  it('a placeholder term leaves the identity uncertain', () => {
    expect(identitiesOf('出口*亿元，进口199.8亿元，贸易顺差120.7亿元。')[0]?.verdict).toBe('uncertain');
  });

  it('records nothing the names leave open', () => {
    expect(identitiesOf('对东盟出口50亿元，自东盟进口20亿元，对东盟贸易顺差40亿元。')).toEqual([]);
    expect(identitiesOf('出口320.5亿元，进口199.8亿元，上年贸易顺差98.6亿元。')).toEqual([]);
    // A second bare 进口 (of 一般贸易, named in the clause before) makes the terms ambiguous.
    expect(identitiesOf('全年出口320.5亿元，进口199.8亿元；一般贸易出口200亿元，进口100亿元，贸易顺差120.7亿元。')).toEqual([]);
  });

  it('a product\'s exports are no term, and leave the bare 出口 the only one', () => {
    expect(identitiesOf('出口320.5亿元，进口199.8亿元，其中机电产品出口150亿元，贸易顺差120.7亿元。')).toEqual([
      { kind: 'trade-balance', stated: '贸易顺差 120.7亿元', terms: ['+出口 320.5亿元', '−进口 199.8亿元'], cue: '顺差', verdict: 'holds' },
    ]);
    expect(identitiesOf('收入总计120亿元，支出总计100亿元，实现收支平衡的目标任重道远。')).toEqual([]);
  });
});

describe('identity-mismatch', () => {
  it('reports the stated figure with the terms as written', () => {
    expect(findings('出口320.5亿元，进口199.8亿元，贸易顺差130.7亿元。')).toEqual(['出口 320.5亿元 − 进口 199.8亿元 = 120.7亿元，与贸易顺差 130.7亿元 不符']);
    expect(findings('收入总计296亿元。支出总计286亿元，当年收支平衡。')).toEqual(['收入总计 296亿元 与 支出总计 286亿元 不等，与“收支平衡”不符']);
  });
});

describe('identity verdicts at the edges of rounding', () => {
  // Survivors of `pnpm mutation` over checks/identity-verdicts.ts (docs/mutation.md). Every figure is an
  // interval (GB/T 8170: rounded to its last digit shown, 余 opens it upward); the stated figure holds when
  // its interval meets the terms' signed sum. 亿元 figures are in 元 here (1亿元 = 1e8).
  const verdictOf = (text: string) => parseReport(text, { path: 'case.txt' }).identities[0]?.verdict;

  it('a surplus touching either end of the sum holds, one digit further is a mismatch', () => {
    // 出口320.5 ∈ [320.45, 320.55], 进口200 ∈ [199.5, 200.5] (a whole number of 亿元 is rounded to 亿):
    // 顺差 = 出口 − 进口 = 120.5, at least 320.45 − 200.5 = 119.95, at most 320.55 − 199.5 = 121.05.
    const figures = { computed: 120.5e8, low: 119.95e8, high: 121.05e8 };
    const holds = { verdict: 'holds', reason: 'within-rounding', ...figures };
    const mismatch = { verdict: 'mismatch', reason: 'outside-rounding', ...figures };
    // 121.1 ∈ [121.05, 121.15] meets the upper end; 121.2 ∈ [121.15, 121.25] does not.
    expect(verdictOf('出口320.5亿元，进口200亿元，贸易顺差121.1亿元。')).toEqual(holds);
    expect(verdictOf('出口320.5亿元，进口200亿元，贸易顺差121.2亿元。')).toEqual(mismatch);
    // 119.9 ∈ [119.85, 119.95] meets the lower end; 119.8 ∈ [119.75, 119.85] does not.
    expect(verdictOf('出口320.5亿元，进口200亿元，贸易顺差119.9亿元。')).toEqual(holds);
    expect(verdictOf('出口320.5亿元，进口200亿元，贸易顺差119.8亿元。')).toEqual(mismatch);
  });

  it('float noise at a touching end is no mismatch (rates in ‰)', () => {
    // 出生率6.45 ∈ [6.445, 6.455], 死亡率7.4 ∈ [7.35, 7.45]: 自然增长率 = 出生率 − 死亡率 = −0.95,
    // in [6.445 − 7.45, 6.455 − 7.35] = [−1.005, −0.895]. In floats 6.455 − 7.35 is −0.89499…96 and
    // −0.89 − 0.005 is −0.895: they meet only within the comparison's epsilon.
    const rates = (growth: string) => verdictOf(`全年出生率6.45‰，死亡率7.4‰，自然增长率为${growth}‰。`);
    const mismatch = { verdict: 'mismatch', reason: 'outside-rounding', computed: expect.closeTo(-0.95, 12), low: expect.closeTo(-1.005, 12), high: expect.closeTo(-0.895, 12) };
    expect(rates('-0.89')).toEqual({ ...mismatch, verdict: 'holds', reason: 'within-rounding' });
    expect(rates('-0.88')).toEqual(mismatch); // [−0.885, −0.875]
    expect(rates('-1.01')).toEqual({ ...mismatch, verdict: 'holds', reason: 'within-rounding' });
    expect(rates('-1.02')).toEqual(mismatch); // [−1.025, −1.015]
  });

  it('an open end (余) is left out of the figures, on whichever side the sign puts it', () => {
    // 出口300余 ∈ [299.5, ∞) less 进口200 ∈ [199.5, 200.5]: at least 99, no upper end; 90 ∈ [89.5, 90.5].
    expect(verdictOf('出口300余亿元，进口200亿元，贸易顺差90亿元。')).toEqual({ verdict: 'mismatch', reason: 'outside-rounding', computed: 100e8, low: 99e8 });
    // 出口320 ∈ [319.5, 320.5] less 进口200余 ∈ [199.5, ∞): no lower end, at most 121; 100 ∈ [99.5, 100.5].
    expect(verdictOf('出口320亿元，进口200余亿元，贸易顺差100亿元。')).toEqual({ verdict: 'holds', reason: 'within-rounding', computed: 120e8, high: 121e8 });
  });

  it('a placeholder, stated or a term, leaves the identity uncertain with no figures', () => {
    expect(verdictOf('出口320.5亿元，进口200亿元，贸易顺差*亿元。')).toEqual({ verdict: 'uncertain', reason: 'placeholder' });
    expect(verdictOf('出口320.5亿元，进口*亿元，贸易顺差121.1亿元。')).toEqual({ verdict: 'uncertain', reason: 'placeholder' });
  });

  it('the result in the stated figure\'s unit, on the digits written', () => {
    const resultOf = (text: string) => {
      const outline = parseReport(text, { path: 'case.txt' });
      return identityResult(outline, outline.identities[0]!);
    };
    // 320.5 − 199.8 is 120.69999999999999 in floats; as written, 120.7.
    expect(resultOf('出口320.5亿元，进口199.8亿元，贸易顺差120.7亿元。')).toEqual({ value: 120.7, text: '120.7亿元' });
    // 86.2 − 112.5 = −26.3, written with a minus sign (U+2212).
    expect(resultOf('全年出口86.2亿元，进口112.5亿元，实现贸易顺差26.3亿元。')).toEqual({ value: -26.3, text: '−26.3亿元' });
    // 进口 in 万元, the stated figure in 亿元: 320.5 − 1,998,000万元 (199.8亿元) = 120.7亿元.
    expect(resultOf('出口320.5亿元，进口1,998,000万元，贸易顺差120.7亿元。')).toEqual({ value: 120.7, text: '120.7亿元' });
    expect(resultOf('出口320.5亿元，进口*亿元，贸易顺差121.1亿元。')).toBeNull();
  });
});

describe('identity-mismatch as a writer sees it', () => {
  // The message with the figures as written, the result in the stated figure's unit, the figures it
  // names (related) and the data. Columns count UTF-16 units from 1.
  function seen(text: string, locale?: 'en') {
    return lint(text, { path: 'case.txt', locale, config: { rules: { 'identity-mismatch': 'warning' } } })
      .diagnostics.filter((d) => d.ruleId === 'identity-mismatch')
      .map((d) => ({
        messageId: d.messageId,
        severity: d.severity,
        line: d.line,
        column: d.column,
        message: d.message,
        related: d.related?.map((r) => [r.range.start.offset, r.range.end.offset, r.message]),
        data: d.data,
      }));
  }

  it('a surplus: exports less imports, the stated figure and the terms named', () => {
    // 出口320.5亿元 at offsets 2–9, 进口200亿元 at 12–17, 贸易顺差121.2亿元 at 22–29 (column 23).
    const text = '出口320.5亿元，进口200亿元，贸易顺差121.2亿元。';
    const expected = {
      messageId: 'mismatch',
      severity: 'warning',
      line: 1,
      column: 23,
      related: [
        [2, 9, '出口 320.5亿元'],
        [12, 17, '进口 200亿元'],
        [22, 29, '贸易顺差 121.2亿元'],
      ],
      // stated and computed both in the stated figure's written unit (亿元).
      data: { kind: 'trade-balance', stated: 121.2, computed: 120.5, dimension: '元' },
    };
    expect(seen(text)).toEqual([{ ...expected, message: '出口 320.5亿元 − 进口 200亿元 = 120.5亿元，与贸易顺差 121.2亿元 不符' }]);
    expect(seen(text, 'en')).toEqual([{ ...expected, message: '出口 320.5亿元 − 进口 200亿元 = 120.5亿元, not the 贸易顺差 121.2亿元 the text states' }]);
  });

  it('a surplus the figures make negative is shown with a minus sign', () => {
    // 86.2 − 112.5 = −26.3: the text calls a deficit a surplus.
    expect(seen('全年出口86.2亿元，进口112.5亿元，实现贸易顺差26.3亿元。').map((d) => [d.column, d.message, d.data])).toEqual([
      [28, '出口 86.2亿元 − 进口 112.5亿元 = −26.3亿元，与贸易顺差 26.3亿元 不符', { kind: 'trade-balance', stated: 26.3, computed: -26.3, dimension: '元' }],
    ]);
  });

  it('a total of trade adds the terms', () => {
    // 进出口总额530.3亿元 at offsets 11–18; 出口 at 31–38, 进口 at 48–55; 320.5 + 199.8 = 520.3.
    expect(seen('全年全市货物进出口总额530.3亿元，比上年增长5.2%。出口320.5亿元，增长6.1%；进口199.8亿元，下降1.2%。')).toEqual([
      {
        messageId: 'mismatch',
        severity: 'warning',
        line: 1,
        column: 12,
        message: '出口 320.5亿元 + 进口 199.8亿元 = 520.3亿元，与进出口总额 530.3亿元 不符',
        related: [
          [31, 38, '出口 320.5亿元'],
          [48, 55, '进口 199.8亿元'],
          [11, 18, '进出口总额 530.3亿元'],
        ],
        data: { kind: 'trade-total', stated: 530.3, computed: 520.3, dimension: '元' },
      },
    ]);
  });

  it('收支相抵: the surplus is income less spending', () => {
    // 338.7 − 316.6 = 22.1; 32.1 at offsets 35–41.
    expect(seen('收入总计338.7亿元。支出总计316.6亿元。收支相抵，年终结余结转32.1亿元。')).toEqual([
      {
        messageId: 'mismatch',
        severity: 'warning',
        line: 1,
        column: 36,
        message: '收入总计 338.7亿元 − 支出总计 316.6亿元 = 22.1亿元，与年终结余结转 32.1亿元 不符',
        related: [
          [4, 11, '收入总计 338.7亿元'],
          [16, 23, '支出总计 316.6亿元'],
          [35, 41, '年终结余结转 32.1亿元'],
        ],
        data: { kind: 'budget-surplus', stated: 32.1, computed: 22.1, dimension: '元' },
      },
    ]);
  });

  it('收支平衡 with totals that differ, in both languages', () => {
    // 收入总计296亿元 at offsets 4–9, 支出总计286亿元 at 14–19 (column 15).
    const text = '收入总计296亿元。支出总计286亿元，当年收支平衡。';
    const expected = {
      messageId: 'unbalanced',
      severity: 'warning',
      line: 1,
      column: 15,
      related: [
        [4, 9, '收入总计 296亿元'],
        [14, 19, '支出总计 286亿元'],
      ],
      data: { kind: 'budget-balance', stated: 286, computed: 296, dimension: '元' },
    };
    expect(seen(text)).toEqual([{ ...expected, message: '收入总计 296亿元 与 支出总计 286亿元 不等，与“收支平衡”不符' }]);
    expect(seen(text, 'en')).toEqual([{ ...expected, message: '收入总计 296亿元 and 支出总计 286亿元 differ, yet the text says the budget balances (收支平衡)' }]);
  });

  it('a natural growth rate: births less deaths, in ‰', () => {
    // 6.5 − 7.4 = −0.9 (−0.9000000000000004 in floats); the stated −1.9‰ is written with a hyphen.
    expect(seen('全年出生人口3120人，出生率6.5‰；死亡人口3560人，死亡率7.4‰；人口自然增长率为-1.9‰。').map((d) => [d.column, d.message, d.related, d.data])).toEqual([
      [
        47,
        '出生率 6.5‰ − 死亡率 7.4‰ = −0.9‰，与人口自然增长率 -1.9‰ 不符',
        [
          [15, 19, '出生率 6.5‰'],
          [33, 37, '死亡率 7.4‰'],
          [46, 51, '人口自然增长率 -1.9‰'],
        ],
        { kind: 'population-growth', stated: -1.9, computed: -0.9, dimension: '‰' },
      ],
    ]);
  });

  it('runs by default, a warning in a draft and an error in the final one, in the category 数据', () => {
    const text = '出口320.5亿元，进口200亿元，贸易顺差121.2亿元。';
    const shown = (mode?: 'final') =>
      lint(text, { path: 'case.txt', config: mode ? { mode } : {} })
        .diagnostics.filter((d) => d.ruleId === 'identity-mismatch')
        .map((d) => [d.severity, d.category, d.fixes?.length ?? 0]);
    expect(shown()).toEqual([['warning', '数据', 0]]);
    expect(shown('final')).toEqual([['error', '数据', 0]]);
  });

  it('says nothing of an identity that holds or is uncertain', () => {
    expect(seen('出口320.5亿元，进口200亿元，贸易顺差121.1亿元。')).toEqual([]);
    expect(seen('出口320.5亿元，进口*亿元，贸易顺差121.1亿元。')).toEqual([]);
  });
});
