/**
 * Shares stated with their part and whole (parse/shares.ts) and their verdicts
 * (checks/share-verdicts.ts): the parser records the three figures and the names
 * the text gives them, the verdict is judged once, and share-mismatch reports
 * only `mismatch`. Each case is one line whose arithmetic is in its title.
 */
import { describe, expect, it } from 'vitest';
import { lint, parseReport } from '../src/index.js';

function sharesOf(text: string) {
  const outline = parseReport(text, { path: 'case.txt' });
  return outline.shares.map((s) => ({
    share: outline.metrics[s.share]!.text,
    part: outline.metrics[s.part]!.text,
    whole: outline.metrics[s.whole]!.text,
    partName: s.partName,
    wholeName: s.wholeName,
    range: text.slice(s.range.start.offset, s.range.end.offset),
    verdict: s.verdict?.verdict,
    reason: s.verdict?.reason,
  }));
}

const findings = (text: string) =>
  lint(text, { path: 'case.txt', config: { rules: { 'share-mismatch': 'warning' } } }).diagnostics.filter((d) => d.ruleId === 'share-mismatch').map((d) => d.message);

describe('share relations in the outline', () => {
  it('holds: 256万 ÷ 1000万 = 25.6%, with the part, the whole and the name after 占', () => {
    expect(sharesOf('全市发电装机容量1000万千瓦。可再生能源装机容量256万千瓦，占发电装机容量的比重为25.6%。')).toEqual([
      {
        share: '25.6%',
        part: '256万千瓦',
        whole: '1000万千瓦',
        partName: '',
        wholeName: '发电装机容量',
        range: '1000万千瓦。可再生能源装机容量256万千瓦，占发电装机容量的比重为25.6%',
        verdict: 'holds',
        reason: 'within-rounding',
      },
    ]);
  });

  it('records the computed share and the interval rounding allows (255.5万 ÷ 1000.5万 to 256.5万 ÷ 999.5万)', () => {
    const outline = parseReport('全市发电装机容量1000万千瓦。可再生能源装机容量256万千瓦，占发电装机容量的比重为25.6%。');
    const verdict = outline.shares[0]!.verdict!;
    expect(verdict.computed).toBeCloseTo(25.6, 9);
    expect(verdict.low).toBeCloseTo((255.5 / 1000.5) * 100, 9);
    expect(verdict.high).toBeCloseTo((256.5 / 999.5) * 100, 9);
    expect([verdict.part, verdict.whole]).toEqual([2.56e9, 1e10]);
  });

  it('mismatch: 400万 ÷ 1000万 = 40%, not 25.6%, and share-mismatch reports it', () => {
    const text = '全市发电装机容量1000万千瓦。可再生能源装机容量400万千瓦，占发电装机容量的比重为25.6%。';
    expect(sharesOf(text).map((s) => [s.part, s.whole, s.verdict, s.reason])).toEqual([['400万千瓦', '1000万千瓦', 'mismatch', 'outside-rounding']]);
    expect(findings(text)).toEqual(['占比应约为 40.0%（400万千瓦 ÷ 1000万千瓦），文中为 25.6%']);
  });

  it('at the rounding edge of part and whole: 25.7% holds (up to 256.5 ÷ 999.5 = 25.66%), 25.8% does not', () => {
    const at = (share: string) => sharesOf(`全市发电装机容量1000万千瓦。可再生能源装机容量256万千瓦，占发电装机容量的比重为${share}。`)[0]!.verdict;
    expect(at('25.7%')).toBe('holds');
    expect(at('25.5%')).toBe('holds');
    expect(at('25.8%')).toBe('mismatch');
    expect(at('25.4%')).toBe('mismatch');
    expect(findings('全市发电装机容量1000万千瓦。可再生能源装机容量256万千瓦，占发电装机容量的比重为25.7%。')).toEqual([]);
  });

  it('at the rounding edge of the share: 100 ÷ 800 = 12.5% is both 12% and 13% rounded, not 11% or 14%', () => {
    const at = (share: string) => sharesOf(`全镇共有农户800户，其中脱贫户100户，占农户的${share}。`)[0]!.verdict;
    expect(['12%', '13%', '11%', '14%'].map(at)).toEqual(['holds', 'holds', 'mismatch', 'mismatch']);
  });

  it('the part the clause names before 占, not the nearest figure', () => {
    const text = '市级对县（市、区）转移支付15.52亿元，其中一般性转移支付13.65亿元，专项转移支付1.87亿元，一般性转移支付占全部转移支付的比重达80.95％。';
    expect(sharesOf(text).map((s) => [s.part, s.whole, s.partName, s.wholeName, s.verdict])).toEqual([['13.65亿元', '15.52亿元', '一般性转移支付', '转移支付', 'mismatch']]);
  });

  it('no relation when no figure before the share is the whole named after 占', () => {
    expect(sharesOf('全镇共有农户300户，其中脱贫户100户，占全部耕地的33.3%。')).toEqual([]);
    expect(findings('全镇共有农户300户，其中脱贫户100户，占全部耕地的33.3%。')).toEqual([]);
  });

  it('uncertain for a placeholder share, not-assessable for an approximate one: neither is reported', () => {
    expect(sharesOf('全镇共有农户300户，其中脱贫户100户，占农户的*%。').map((s) => [s.verdict, s.reason])).toEqual([['uncertain', 'placeholder']]);
    expect(sharesOf('全镇共有农户300户，其中脱贫户100户，占农户的约40%。').map((s) => [s.verdict, s.reason])).toEqual([['not-assessable', 'approximate']]);
    expect(findings('全镇共有农户300户，其中脱贫户100户，占农户的约40%。')).toEqual([]);
  });

  it('leaves out an open end of the interval (100余户 has no upper end), so the outline stays valid JSON', () => {
    const outline = parseReport('全镇共有农户300户，其中脱贫户100余户，占农户的20.3%。');
    const verdict = outline.shares[0]!.verdict!;
    expect([verdict.verdict, verdict.high]).toEqual(['mismatch', undefined]);
    expect(verdict.low).toBeCloseTo(100 / 3, 9);
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
  });
});
