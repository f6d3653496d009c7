/**
 * Figures tied by definition (parse/identities.ts) and their verdicts
 * (checks/identity-verdicts.ts): the parser records an identity only where the
 * names make it unambiguous, the verdict is judged once with the rounding of
 * every figure, and identity-mismatch reports only `mismatch`.
 */
import { describe, expect, it } from 'vitest';
import { lint, parseReport } from '../src/index.js';

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
