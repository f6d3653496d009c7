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

  it('cut off rather than rounded: 92.78 ÷ 132.62 = 69.96% written 69.9% is uncertain, 69.8% and 70.1% are not explained', () => {
    const verdictOf = (share: string) => {
      const relation = sharesOf(`农林牧渔业总产值132.62亿元。其中：农业产值92.78亿元，占农林牧渔业总产值的${share}。`)[0]!;
      return `${relation.verdict} ${relation.reason}`;
    };
    expect(['70.0%', '69.9%', '69.8%', '70.1%'].map(verdictOf)).toEqual(['holds within-rounding', 'uncertain truncated', 'mismatch outside-rounding', 'mismatch outside-rounding']);
    expect(findings('农林牧渔业总产值132.62亿元。其中：农业产值92.78亿元，占农林牧渔业总产值的69.9%。')).toEqual([]);
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

/** What a writer sees from share-mismatch: message, column, the figures it points at, and `data`. */
function seen(text: string, locale?: 'en') {
  return lint(text, { path: 'case.txt', locale, config: { rules: { 'share-mismatch': 'warning' } } })
    .diagnostics.filter((d) => d.ruleId === 'share-mismatch')
    .map((d) => ({
      messageId: d.messageId,
      line: d.line,
      column: d.column,
      message: d.message,
      related: d.related?.map((r) => ({ start: r.range.start.offset, end: r.range.end.offset, message: r.message })),
      data: d.data,
    }));
}

describe('share-mismatch as a writer sees it', () => {
  it('points at the part and the whole it divided, and gives the figures in data', () => {
    // Offsets, end exclusive: 全市发电装机容量 [0, 8), 1000万千瓦 [8, 15), 。, 可再生能源装机容量 [16, 25),
    // 400万千瓦 [25, 31), ，, 占发电装机容量的比重为 [32, 43), 25.6% from 43: column 44.
    // 400万千瓦 ÷ 1000万千瓦 × 100 = 40, shown to one decimal (the share has one): 40.0.
    // In the dimension (瓦): 400 × 10⁴ × 10³ = 4 × 10⁹ and 1000 × 10⁴ × 10³ = 10¹⁰.
    const text = '全市发电装机容量1000万千瓦。可再生能源装机容量400万千瓦，占发电装机容量的比重为25.6%。';
    const data = { stated: 25.6, computed: 40, part: 4e9, whole: 1e10, dimension: '瓦' };
    expect(seen(text)).toEqual([
      {
        messageId: 'mismatch',
        line: 1,
        column: 44,
        message: '占比应约为 40.0%（400万千瓦 ÷ 1000万千瓦），文中为 25.6%',
        related: [
          { start: 25, end: 31, message: '分子 400万千瓦' },
          { start: 8, end: 15, message: '分母 1000万千瓦' },
        ],
        data,
      },
    ]);
    expect(seen(text, 'en')).toEqual([
      {
        messageId: 'mismatch',
        line: 1,
        column: 44,
        message: 'The share should be about 40.0% (400万千瓦 ÷ 1000万千瓦), the text says 25.6%',
        related: [
          { start: 25, end: 31, message: 'Part 400万千瓦' },
          { start: 8, end: 15, message: 'Whole 1000万千瓦' },
        ],
        data,
      },
    ]);
  });

  it('names a rate by its name', () => {
    // 全年受理群众投诉 [0, 8), 1268件 [8, 13), ，, 办结 [14, 16), 1186件 [16, 21), ，, 办结率 [22, 25), 95.3% from 25: column 26.
    // 1186 ÷ 1268 = 593 ÷ 634 = 0.935331230…: 93.5% to one decimal, 93.533123 to six; whole counts are exact.
    const text = '全年受理群众投诉1268件，办结1186件，办结率95.3%。';
    const related = [
      { start: 16, end: 21, message: '分子 1186件' },
      { start: 8, end: 13, message: '分母 1268件' },
    ];
    const data = { stated: 95.3, computed: 93.533123, part: 1186, whole: 1268, dimension: '件' };
    expect(seen(text)).toEqual([{ messageId: 'rateMismatch', line: 1, column: 26, message: '办结率应约为 93.5%（1186件 ÷ 1268件），文中为 95.3%', related, data }]);
    expect(seen(text, 'en').map((d) => d.message)).toEqual(['The 办结率 should be about 93.5% (1186件 ÷ 1268件), the text says 95.3%']);
  });

  it('shows a share of whole percents recomputed to one decimal, and a percent of a base written before it as the division alone', () => {
    // 新增城镇就业 [0, 6), 1280人 [6, 11), ，, 完成年度任务 [12, 18), 2000人 [18, 23), 的, 68% from 24: column 25.
    // 1280 ÷ 2000 = 64%: shown as 64.0 (one decimal at least, though 68% has none). The verb is 完成, not 占.
    const text = '新增城镇就业1280人，完成年度任务2000人的68%。';
    expect(seen(text)).toEqual([
      {
        messageId: 'baseMismatch',
        line: 1,
        column: 25,
        message: '1280人 ÷ 2000人 约为 64.0%，文中为 68%',
        related: [
          { start: 6, end: 11, message: '分子 1280人' },
          { start: 18, end: 23, message: '分母 2000人' },
        ],
        data: { stated: 68, computed: 64, part: 1280, whole: 2000, dimension: '人' },
      },
    ]);
    expect(seen(text, 'en').map((d) => d.message)).toEqual(['1280人 ÷ 2000人 is about 64.0%, the text says 68%']);
  });

  it('recomputes to as many decimals as the share has when it has more than one', () => {
    // 13.65 ÷ 15.52 = 0.879510309…: 87.95% to the two decimals of 80.95％.
    const text = '市级对县（市、区）转移支付15.52亿元，其中一般性转移支付13.65亿元，专项转移支付1.87亿元，一般性转移支付占全部转移支付的比重达80.95％。';
    expect(seen(text).map((d) => [d.column, d.message])).toEqual([[70, '占比应约为 87.95%（13.65亿元 ÷ 15.52亿元），文中为 80.95%']]);
  });

  it('shows a ratio of incomes as a quotient, without a percent sign', () => {
    // 城镇居民人均可支配收入 [0, 11), 66511元 [11, 17), ，, 农村居民人均可支配收入 [18, 29), 33321元 [29, 35), ，,
    // 城乡居民人均可支配收入比值为 [36, 50), 2.10 from 50: column 51.
    // 66511 ÷ 33321 = 2 − 131 ÷ 33321 = 2 − 0.0039314546… = 1.9960685…: 2.00 to the two decimals of 2.10,
    // 1.996069 to six. Not × 100: the ratio is the quotient itself (农村 = 1).
    const text = '城镇居民人均可支配收入66511元，农村居民人均可支配收入33321元，城乡居民人均可支配收入比值为2.10。';
    expect(seen(text)).toEqual([
      {
        messageId: 'ratioMismatch',
        line: 1,
        column: 51,
        message: '城乡居民收入比应约为 2.00（66511元 ÷ 33321元），文中为 2.10',
        related: [
          { start: 11, end: 17, message: '分子 66511元' },
          { start: 29, end: 35, message: '分母 33321元' },
        ],
        data: { stated: 2.1, computed: 1.996069, part: 66511, whole: 33321, dimension: '元' },
      },
    ]);
    expect(seen(text, 'en').map((d) => d.message)).toEqual(['The 城乡居民收入比 should be about 2.00 (66511元 ÷ 33321元), the text says 2.10']);
  });

  it('is on by default, a warning in the draft and an error in the final draft, in the 数据 category', () => {
    const text = '全市发电装机容量1000万千瓦。可再生能源装机容量400万千瓦，占发电装机容量的比重为25.6%。';
    const shown = (mode?: 'final') =>
      lint(text, { path: 'case.txt', config: mode ? { mode } : {} }).diagnostics.filter((d) => d.ruleId === 'share-mismatch').map((d) => [d.severity, d.category]);
    expect(shown()).toEqual([['warning', '数据']]);
    expect(shown('final')).toEqual([['error', '数据']]);
  });
});

describe('share verdicts when a figure is open or the share is not one number', () => {
  const verdictOf = (text: string) => parseReport(text, { path: 'case.txt' }).shares.map((s) => s.verdict);

  it('a whole of 0 leaves nothing to divide by: not-assessable, with no figures', () => {
    // 0户 is a count written in full, so exactly 0: its low end is 0, not below it.
    const text = '全镇共有农户0户，其中脱贫户5户，占农户的5%。';
    expect(verdictOf(text)).toEqual([{ verdict: 'not-assessable', reason: 'zero-whole' }]);
    expect(findings(text)).toEqual([]);
  });

  it('a whole of 不到100户 may be as small as one likes: not-assessable', () => {
    // 不到100户 runs from −∞ up to 100, so its low end is below 0 and 30 ÷ whole has no upper end.
    const text = '全村共有农户不到100户，其中脱贫户30户，占农户的30%。';
    expect(verdictOf(text)).toEqual([{ verdict: 'not-assessable', reason: 'zero-whole' }]);
    expect(findings(text)).toEqual([]);
  });

  it('a part of 不到100户 leaves the share no lower end: 20.3% holds and low is left out', () => {
    // The part runs from −∞ up to 100 and the whole is exactly 300 (a count in full), so the share runs from −∞ up to
    // 100 ÷ 300 × 100 = 33.33…%; 20.3% (20.25 to 20.35) lies within. computed = 100 ÷ 300 × 100 = 33.33…
    const [verdict] = verdictOf('全镇共有农户300户，其中脱贫户不到100户，占农户的20.3%。');
    expect(Object.keys(verdict!).sort()).toEqual(['computed', 'high', 'part', 'reason', 'verdict', 'whole']);
    expect([verdict!.verdict, verdict!.reason, verdict!.part, verdict!.whole]).toEqual(['holds', 'within-rounding', 100, 300]);
    expect(verdict!.high).toBeCloseTo(100 / 3, 9);
    expect(verdict!.computed).toBeCloseTo(100 / 3, 9);
  });

  it('a range of shares is not recomputed, even one that misses part ÷ whole', () => {
    // 100 ÷ 300 = 33.3%: inside 30%～40%, outside 50%～60%; neither is judged, as a range is no stated figure to round.
    for (const range of ['30%～40%', '50%～60%']) {
      const text = `全镇共有农户300户，其中脱贫户100户，占农户的${range}。`;
      expect(verdictOf(text).map((v) => [v?.verdict, v?.reason])).toEqual([['not-assessable', 'approximate']]);
      expect(findings(text)).toEqual([]);
    }
  });
});
