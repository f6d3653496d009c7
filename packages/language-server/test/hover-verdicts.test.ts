// The hover of a total or part says what the checks decided (the relation's verdict),
// in the words the findings use: 总数 is the total, 分项之和 the sum of the parts.
import { describe, expect, it } from 'vitest';
import { parseReport } from '@huibao/core';
import { metricHover } from '../src/hover.js';

function hoverOn(text: string, figure: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const outline = parseReport(text, { format: 'text' });
  const metric = outline.metrics.find((m) => m.text === figure)!;
  expect(metric, figure).toBeDefined();
  return metricHover(outline, text, metric, locale);
}

describe('hover on a relation', () => {
  it('a complete split that adds up exactly: ✓', () => {
    expect(hoverOn('全年粮食产量96.1万吨，其中夏粮27.8万吨，秋粮68.3万吨。', '96.1万吨')).toContain('总数 96.1万吨 = 27.8 + 68.3 = 96.1 ✓ 与总数一致');
  });

  it('within rounding (33.3 × 3 = 99.9 against 100.0): ≈, not ≠', () => {
    const hover = hoverOn('全年粮食产量100.0万吨，其中夏粮33.3万吨，早稻33.3万吨，秋粮33.3万吨。', '100.0万吨');
    expect(hover).toContain('= 99.9 ≈ 100.0 ✓ 在各数修约范围内与总数一致');
    expect(hover).not.toContain('≠');
  });

  it('a mismatch: ≠ and 与总数不符, as the finding says', () => {
    const hover = hoverOn('全年粮食产量96.1万吨，其中夏粮27.8万吨，秋粮69.3万吨。', '96.1万吨');
    expect(hover).toContain('= 97.1 ≠ 96.1');
    expect(hover).toContain('分项之和：与总数不符');
  });

  it('a partial list within its total: not judged, and says why', () => {
    const hover = hoverOn('今年取缔非法经营户20户，其中洗料12户。', '20户');
    expect(hover).toContain('总数 20户 = 12 = 12');
    expect(hover).toContain('分项未列全（未称“其他”），不超过总数即可');
    expect(hover).not.toContain('≠');
  });

  it('a breakdown with two possible totals: says it is not judged', () => {
    const hover = hoverOn('全年货物进出口总额1200亿元。对东盟进出口300亿元，增长8%。分贸易方式看，一般贸易进出口900亿元，加工贸易进出口250亿元。', '900亿元', 'en');
    expect(hover).toContain('another figure before it may equally be the total of these parts; not judged');
  });
});

describe('hover on a figure that other checks read', () => {
  it('opens with the check and its verdict, as the ledger words it, before the figure itself', () => {
    const hover = hoverOn('全年接待游客1250万人次，比上年的1120万人次增长12.6%。', '12.6%');
    expect(hover.startsWith('**数据核对** (1250 − 1120) ÷ 1120 = 11.6% ≠ 增长12.6% · 不符')).toBe(true);
    expect(hover.indexOf('**数字**')).toBeGreaterThan(0);
  });

  it('shows a share on each of its three figures, and an identity on its terms', () => {
    const share = '全市发电装机容量1000万千瓦。可再生能源装机容量400万千瓦，占发电装机容量的比重为40%。';
    for (const figure of ['1000万千瓦', '400万千瓦', '40%']) expect(hoverOn(share, figure)).toContain('**数据核对** 400万千瓦 ÷ 1000万千瓦 = 40% · 相符');
    const trade = '出口320.5亿元，进口199.8亿元，贸易顺差130.7亿元。';
    expect(hoverOn(trade, '199.8亿元', 'en')).toContain('**Figure check** 出口 320.5亿元 − 进口 199.8亿元 = 120.7亿元 ≠ 贸易顺差 130.7亿元 · does not hold');
  });

  it('says nothing of checks a figure takes no part in', () => {
    expect(hoverOn('全年接待游客1250万人次，比上年增长12.6%。', '1250万人次')).not.toContain('数据核对');
  });
});
