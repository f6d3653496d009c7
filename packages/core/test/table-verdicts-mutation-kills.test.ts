/**
 * The verdicts of checks/table-verdicts.ts as the outline carries them, written against the mutants
 * `pnpm mutation` left surviving there (issue 26, docs/mutation.md): totals with their parts, sum
 * and rounding bounds, # and 其中 rows against their parent, rate and share cells with what they
 * are computed from. Each table is small Markdown; each expected value is worked out by hand in
 * the comments. Rows count from the header row (0), columns from the label column (0).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

/** A Markdown table of `rows` (cells split on |), under an optional 单位 line. */
function markdown(rows: string[], unit?: string): string {
  const lines = rows.map((row) => `| ${row.split('|').map((c) => c.trim()).join(' | ')} |`);
  const width = rows[0]!.split('|').length;
  lines.splice(1, 0, `|${'---|'.repeat(width)}`);
  return `${unit === undefined ? '' : `单位：${unit}\n\n`}${lines.join('\n')}\n`;
}
const tableOf = (rows: string[], unit?: string) => {
  const tables = parseReport(markdown(rows, unit), { format: 'markdown' }).tables;
  expect(tables).toHaveLength(1);
  return tables[0]!;
};
const totalsOf = (rows: string[], unit?: string) => tableOf(rows, unit).totals.map((v) => `${v.row}:${v.column}:${v.verdict}:${v.reason}`);
const childrenOf = (rows: string[], unit?: string) => tableOf(rows, unit).children.map((c) => `${c.parent}:${c.column}:${c.rows.join(',')}:${c.verdict}${c.child === undefined ? '' : `:${c.child}`}`);

describe('table totals: the sum and its rounding', () => {
  it('records the parts, the sum as written and the bounds rounding allows', () => {
    // 1.1 is [1.05, 1.15], 2.25 is [2.245, 2.255]: sum 3.35, low 3.295, high 3.405; 3.4 is
    // [3.35, 3.45], which overlaps: holds.
    const [total] = tableOf(['项目 | 金额', '甲 | 1.1', '乙 | 2.25', '合计 | 3.4'], '亿元').totals;
    expect(total).toMatchObject({ row: 3, column: 1, parts: [1, 2], verdict: 'holds', reason: 'sum' });
    expect(total!.sum).toBeCloseTo(3.35, 9);
    expect(total!.low).toBeCloseTo(3.295, 9);
    expect(total!.high).toBeCloseTo(3.405, 9);
  });

  it('takes whole counts in a unit without multiplier as exact, and rounds them under 万元', () => {
    // 12 + 8 = 20 against 21. In 处 the counts are exact: a mismatch. In 万元 12 is [11.5, 12.5]
    // and 8 is [7.5, 8.5]: 19 to 21, against 21 as [20.5, 21.5]: holds.
    const rows = ['乡镇 | 违建', '城关镇 | 12', '新桥镇 | 8', '合计 | 21'];
    expect(totalsOf(rows, '处')).toEqual(['3:1:mismatch:sum']);
    expect(tableOf(rows, '处').totals[0]).toMatchObject({ sum: 20, low: 20, high: 20 });
    expect(totalsOf(rows, '万元')).toEqual(['3:1:holds:sum']);
    expect(totalsOf(rows, '千瓦时')).toEqual(['3:1:holds:sum']);
    expect(totalsOf(rows)).toEqual(['3:1:holds:sum']);
  });

  it('is a mismatch just beyond rounding on either side, and holds at the edge', () => {
    // In 处: 20 + 31 = 51 exactly; 50 and 52 are off by one, 51 holds.
    const rows = (total: string) => ['项目 | 数量', '新增 | 20', '存量 | 31', `合计 | ${total}`];
    expect(totalsOf(rows('50'), '处')).toEqual(['3:1:mismatch:sum']);
    expect(totalsOf(rows('52'), '处')).toEqual(['3:1:mismatch:sum']);
    expect(totalsOf(rows('51'), '处')).toEqual(['3:1:holds:sum']);
    // In 亿元 with one decimal: 2.0 + 3.0 is [4.9, 5.1]; 5.2 is [5.15, 5.25]: a mismatch; 5.1 is
    // [5.05, 5.15]: holds; 4.8 is [4.75, 4.85]: a mismatch; 4.9 holds.
    const tenths = (total: string) => ['项目 | 金额', '甲 | 2.0', '乙 | 3.0', `合计 | ${total}`];
    expect(['5.2', '5.1', '4.9', '4.8'].map((t) => totalsOf(tenths(t), '亿元')[0])).toEqual(['3:1:mismatch:sum', '3:1:holds:sum', '3:1:holds:sum', '3:1:mismatch:sum']);
  });

  it('reads a label as compared: spaces and Markdown emphasis dropped', () => {
    // **合 计** is 合计: the total; 1 + 2 = 3 against 4 in 处 is a mismatch.
    expect(totalsOf(['项目 | 数量', '甲 | 1', '乙 | 2', '**合 计** | 4'], '处')).toEqual(['3:1:mismatch:sum']);
    expect(totalsOf(['项目 | 数量', '甲 | 1', '乙 | 2', '收入合计 | 4'], '处')).toEqual(['3:1:mismatch:sum']);
    // 合计数 does not end with 合计: no total row, no verdict.
    expect(totalsOf(['项目 | 数量', '甲 | 1', '乙 | 2', '合计数 | 4'], '处')).toEqual([]);
  });
});

describe('table totals: the groups a total proves', () => {
  it('finds a sub-total written without a mark after its children', () => {
    // 1 + 2 = 3, the row after them: 丙 sums 甲 and 乙, two levels. The rows after a row are
    // tried too (no run after 1, 2 or 3 makes it).
    expect(totalsOf(['项目 | 金额', '甲 | 1.0', '乙 | 2.0', '丙 | 3.0', '丁 | 4.0', '合计 | 10.0'], '亿元')).toEqual(['5:1:not-assessable:hierarchy']);
    // 1, 2, 4, 8: no run of two or more next to a row adds up to it (2+4, 4+8, 1+2, 2+4+8…).
    expect(totalsOf(['项目 | 金额', '甲 | 1.0', '乙 | 2.0', '丙 | 4.0', '丁 | 8.0', '合计 | 15.0'], '亿元')).toEqual(['5:1:holds:sum']);
  });

  it('needs two rows, labelled and with figures, of one marker style or none', () => {
    expect(totalsOf(['项目 | 金额', '甲 | 1.0', '合计 | 1.0'], '亿元')).toEqual(['2:1:not-assessable:no-figures']);
    // A heading row without a figure heads the rows under it.
    expect(totalsOf(['项目 | 金额', '一般收入 | —', '甲 | 1.0', '乙 | 2.0', '合计 | 3.0'], '亿元')).toEqual(['4:1:not-assessable:hierarchy']);
    // All marked alike: one level, judged (1.0 + 2.0 = 3.0).
    expect(totalsOf(['项目 | 金额', '一、甲 | 1.0', '二、乙 | 2.0', '合计 | 3.0'], '亿元')).toEqual(['3:1:holds:sum']);
    // Marked rows among unmarked ones may head them.
    expect(totalsOf(['项目 | 金额', '一、甲 | 1.0', '乙 | 2.0', '合计 | 3.0'], '亿元')).toEqual(['3:1:not-assessable:hierarchy']);
    // A 共计 row among the parts is itself a total.
    expect(totalsOf(['项目 | 金额', '甲 | 1.0', '乙共计 | 2.0', '合计 | 3.0'], '亿元')).toEqual(['3:1:not-assessable:hierarchy']);
    // Text in a figure column: a unit column or blocks that do not repeat.
    expect(totalsOf(['项目 | 金额', '甲 | 1.0', '乙 | 见注 ', '丙 | 2.0', '合计 | 3.0'], '亿元')).toEqual(['4:1:not-assessable:side-by-side']);
  });
});

describe('# and 其中 rows against their parent', () => {
  it('judges each child alone against the nearest row above that is no child and no total', () => {
    // 税收收入 100 with #增值税 60 and #所得税 30 (each within, not added); 非税收入 50 with
    // #罚没 70 (over). Exact counts in 处.
    const rows = ['项目 | 数量', '税收收入 | 100', '#增值税 | 60', '＃所得税 | 30', '非税收入 | 50', '#罚没 | 70', '合计 | 150'];
    expect(childrenOf(rows, '处')).toEqual(['1:1:2,3:holds', '4:1:5:mismatch:5']);
  });

  it('takes no parent after a 其中 row until a total, and one again after it', () => {
    // 其中：城镇 is part of 全市 (60 ≤ 100). 乡村 after it may be a sibling of 全市, so no parent:
    // #农业 80 is not judged against 乡村 40. After 合计 the rows are parents again: #戊 12 > 丁 10.
    const rows = ['指标 | 人数', '全市 | 100', '其中：城镇 | 60', '乡村 | 40', '#农业 | 80', '合计 | 100', '丁 | 10', '#戊 | 12'];
    expect(childrenOf(rows, '人')).toEqual(['1:1:2:holds', '6:1:7:mismatch:7']);
  });

  it('compares at the rounding of the figures, and leaves out negatives, dashes and percents', () => {
    // 12 against 11: exact in 处 (a mismatch); in 万元 12 is at least 11.5 and 11 at most 11.5: holds.
    const rows = ['项目 | 数量', '甲 | 11', '#乙 | 12'];
    expect(childrenOf(rows, '处')).toEqual(['1:1:2:mismatch:2']);
    expect(childrenOf(rows, '万元')).toEqual(['1:1:2:holds']);
    // A negative parent or child, an empty child cell and a percent column: nothing judged there.
    expect(childrenOf(['项目 | 数量 | 增长% | 支出', '甲 | -5 | 3.0 | 10', '#乙 | 2 | 9.0 | —'], '处')).toEqual([]);
    expect(childrenOf(['项目 | 数量 | 支出', '甲 | 5 | 10', '#乙 | -2 | 12'], '处')).toEqual(['1:2:2:mismatch:2']);
  });
});

describe('rate cells: what they are computed from', () => {
  const ratesOf = (rows: string[], unit?: string) => tableOf(rows, unit).rates;

  it('records the rate the figures give and the bounds rounding allows', () => {
    // 完成预算%: 110.0 ÷ 100.0 × 100 = 110; low 109.95 ÷ 100.05 × 100 = 109.8951…, high
    // 110.05 ÷ 99.95 × 100 = 110.1050…; 110.0 holds. 105.0 is below: a mismatch.
    const [held, off] = ratesOf(['项目 | 预算数 | 执行数 | 完成预算%', '甲 | 100.0 | 110.0 | 110.0', '乙 | 100.0 | 110.0 | 105.0'], '亿元');
    expect(held).toMatchObject({ row: 1, column: 3, kind: 'completion', numerator: 2, base: 1, verdict: 'holds', reason: 'rate' });
    expect(held!.expected).toBeCloseTo(110, 9);
    expect(held!.low).toBeCloseTo((109.95 / 100.05) * 100, 9);
    expect(held!.high).toBeCloseTo((110.05 / 99.95) * 100, 9);
    expect(off).toMatchObject({ row: 2, verdict: 'mismatch' });
    // A growth rate: (11.0 − 10.0) ÷ 10.0 = 10%, from 10.95 ÷ 10.05 − 1 to 11.05 ÷ 9.95 − 1.
    const [growth] = ratesOf(['项目 | 本年数 | 上年数 | 增长%', '甲 | 11.0 | 10.0 | 10.0'], '亿元');
    expect(growth!.expected).toBeCloseTo(10, 9);
    expect(growth!.low).toBeCloseTo((10.95 / 10.05) * 100 - 100, 9);
    expect(growth!.high).toBeCloseTo((11.05 / 9.95) * 100 - 100, 9);
  });

  it('takes whole counts as exact in a unit without multiplier', () => {
    // 11 ÷ 10 = 110% exactly in 个; 110.4 is [110.35, 110.45]: a mismatch. In 万元 the
    // bounds are 10.5 ÷ 10.5 to 11.5 ÷ 9.5: holds.
    const rows = ['项目 | 预算数 | 执行数 | 完成率', '甲 | 10 | 11 | 110.4'];
    expect(ratesOf(rows, '个').map((r) => r.verdict)).toEqual(['mismatch']);
    expect(ratesOf(rows, '万元').map((r) => r.verdict)).toEqual(['holds']);
  });

  it('leaves a row without two usable figures unjudged', () => {
    // A negative numerator: no-figures; a numerator of 0 is a rate of 0 (0 ÷ 10.0), which holds.
    const rows = ['项目 | 预算数 | 执行数 | 完成率', '甲 | 10.0 | -1.0 | 10.0', '丙 | 10.0 | 0 | 0.0'];
    expect(ratesOf(rows, '亿元').map((r) => `${r.row}:${r.verdict}:${r.reason}`)).toEqual(['1:not-assessable:no-figures', '2:holds:rate']);
    // A % anywhere in the 执行数 column makes it a rate column: no amounts to pair.
    expect(ratesOf(['项目 | 预算数 | 执行数 | 完成率', '甲 | 10.0 | 5.0% | 50.0'], '亿元').map((r) => r.reason)).toEqual(['unpaired']);
  });

  it('pairs this year with the prior year by their words', () => {
    const pairOf = (header: string) => ratesOf([header, '甲 | 11.0 | 10.0 | 10.0'], '亿元').map((r) => `${r.numerator}/${r.base}`);
    // 本年执行数 beside 上年执行数, and 执行数 beside 上年执行数.
    expect(pairOf('项目 | 本年执行数 | 上年执行数 | 增长%')).toEqual(['1/2']);
    expect(pairOf('项目 | 执行数 | 上年执行数 | 增长%')).toEqual(['1/2']);
    // 当年数 beside 上年数; 上年数 beside 执行数 names no year: unpaired.
    expect(pairOf('项目 | 当年数 | 上年数 | 增长%')).toEqual(['1/2']);
    expect(pairOf('项目 | 执行数 | 上年数 | 增长%')).toEqual(['null/null']);
    // 上年 alone beside 本年.
    expect(pairOf('项目 | 本年 | 上年 | 增长%')).toEqual(['1/2']);
    // Two prior-year columns: unpaired.
    expect(ratesOf(['项目 | 执行数 | 上年执行数 | 上年决算数 | 增长%', '甲 | 11.0 | 10.0 | 10.0 | 10.0'], '亿元').map((r) => `${r.numerator}/${r.base}`)).toEqual(['null/null']);
  });

  it('pairs two years a year apart, choosing the current column the prior one is named like', () => {
    // 2025年预算数 | 2025年执行数 | 2024年执行数: the 2025 执行数 (column 2) over the 2024 one (3).
    expect(ratesOf(['项目 | 2025年预算数 | 2025年执行数 | 2024年执行数 | 增长%', '甲 | 12.0 | 11.0 | 10.0 | 10.0'], '亿元').map((r) => `${r.numerator}/${r.base}:${r.verdict}`)).toEqual(['2/3:holds']);
  });
});

describe('share cells: the whole and the amounts', () => {
  const sharesOf = (rows: string[], unit?: string) => tableOf(rows, unit).shares;
  const brief = (rows: string[], unit?: string) => sharesOf(rows, unit).map((s) => `${s.row}:${s.amount}/${s.whole}:${s.of ?? '-'}:${s.verdict}:${s.reason}`);

  it('records the share the figures give and the bounds rounding allows', () => {
    // 6.0 ÷ 10.0 = 60%; low 5.95 ÷ 10.05 = 59.2039…%, high 6.05 ÷ 9.95 = 60.8040…%.
    const [share] = sharesOf(['指标 | 金额 | 比重', '合计 | 10.0 | 100.0', '甲 | 6.0 | 60.0'], '亿元');
    expect(share).toMatchObject({ row: 2, column: 2, amount: 1, whole: 1, of: 1, verdict: 'holds', reason: 'share' });
    expect(share!.expected).toBeCloseTo(60, 9);
    expect(share!.low).toBeCloseTo((5.95 / 10.05) * 100, 9);
    expect(share!.high).toBeCloseTo((6.05 / 9.95) * 100, 9);
  });

  it('is a mismatch just beyond rounding on either side', () => {
    // In 个, 3 ÷ 8 = 37.5% exactly: 37.4 ([37.35, 37.45]) and 37.6 are off, 37.5 holds.
    const rows = (share: string) => ['指标 | 数量 | 占比', '合计 | 8 | 100', `甲 | 3 | ${share}`];
    expect(['37.4', '37.5', '37.6'].map((s) => brief(rows(s), '个')[0])).toEqual(['2:1/1:-:mismatch:share', '2:1/1:1:holds:share', '2:1/1:-:mismatch:share']);
  });

  it('takes a share of a row above it, but not of a row below it', () => {
    // 丙 3.0 at 75.0: 3.0 ÷ 10.0 is 30%, but 3.0 ÷ 4.0 (乙, above it) is 75%: of row 2.
    expect(brief(['指标 | 金额 | 比重', '合计 | 10.0 | 100.0', '乙 | 4.0 | 40.0', '#丙 | 3.0 | 75.0'], '亿元')).toEqual(['2:1/1:1:holds:share', '3:1/1:2:holds:parent']);
    // 乙 3.0 at 75.0 with 丙 4.0 below it: no row above but the whole; a mismatch.
    expect(brief(['指标 | 金额 | 比重', '合计 | 10.0 | 100.0', '乙 | 3.0 | 75.0', '丙 | 4.0 | 40.0'], '亿元')).toEqual(['2:1/1:-:mismatch:share', '3:1/1:1:holds:share']);
  });

  it('leaves a row in another unit than the whole unjudged', () => {
    // A 单位 column: 甲 in 万人 like the whole is judged, 乙 in 万户 is not.
    expect(brief(['指标 | 单位 | 数量 | 比重', '合计 | 万人 | 10.0 | 100.0', '甲 | 万人 | 6.0 | 60.0', '乙 | 万户 | 2.0 | 90.0'], '亿元')).toEqual([
      '2:2/1:1:holds:share',
      '3:2/1:-:not-assessable:no-figures',
    ]);
  });

  it('gives each run under a repeated header its own whole', () => {
    // The header written again opens a second run: its whole is row 4 (20.0), so 乙 5.0 is 25%.
    expect(brief(['指标 | 金额 | 比重', '合计 | 10.0 | 100.0', '甲 | 6.0 | 60.0', '指标 | 金额 | 比重', '合计 | 20.0 | 100.0', '乙 | 5.0 | 25.0'], '亿元')).toEqual([
      '2:1/1:1:holds:share',
      '5:1/4:4:holds:share',
    ]);
  });

  it('pairs a share header with the amounts it names, with or without a year', () => {
    // 占收入的比重 names 收入 (占 and 的 dropped); 2025年收入 is named by its rest.
    expect(brief(['指标 | 支出 | 收入 | 占收入的比重', '合计 | 5.0 | 10.0 | 100.0', '甲 | 1.0 | 6.0 | 60.0'], '亿元')).toEqual(['2:2/1:1:holds:share']);
    expect(brief(['指标 | 支出 | 2025年收入 | 收入比重', '合计 | 5.0 | 10.0 | 100.0', '甲 | 1.0 | 6.0 | 60.0'], '亿元')).toEqual(['2:2/1:1:holds:share']);
    // 2024年比重 beside one amount column names another year; 上年 too, and 去年.
    for (const header of ['2024年比重', '去年比重', '当年占比']) {
      expect(brief(['指标 | 金额 | ' + header, '合计 | 10.0 | 100.0', '甲 | 6.0 | 60.0'], '亿元')).toEqual(['2:null/1:-:not-assessable:unpaired']);
    }
    // Two share columns beside one amount: each must name it.
    expect(brief(['指标 | 金额 | 比重 | 构成', '合计 | 10.0 | 100.0 | 100.0', '甲 | 6.0 | 60.0 | 60.0'], '亿元')).toEqual(['2:null/1:-:not-assessable:unpaired', '2:null/1:-:not-assessable:unpaired']);
  });
});

describe('verdicts in reading order', () => {
  it('lists rates, shares and children by row, then column', () => {
    // Two rate columns over two rows: judged column by column, listed row by row.
    const rates = tableOf(['项目 | 预算数 | 执行数 | 完成预算% | 完成率', '甲 | 10.0 | 11.0 | 110.0 | 110.0', '乙 | 10.0 | 9.0 | 90.0 | 90.0'], '亿元').rates;
    expect(rates.map((r) => `${r.row}:${r.column}:${r.verdict}`)).toEqual(['1:3:holds', '1:4:holds', '2:3:holds', '2:4:holds']);
    // Two share columns, each naming its amounts: 甲 6 of 10 and 1 of 5; 乙 4 of 10 and 4 of 5.
    const shares = tableOf(['指标 | 收入 | 支出 | 占收入比重 | 占支出比重', '合计 | 10.0 | 5.0 | 100.0 | 100.0', '甲 | 6.0 | 1.0 | 60.0 | 20.0', '乙 | 4.0 | 4.0 | 40.0 | 80.0'], '亿元').shares;
    expect(shares.map((s) => `${s.row}:${s.column}:${s.amount}:${s.verdict}`)).toEqual(['2:3:1:holds', '2:4:2:holds', '3:3:1:holds', '3:4:2:holds']);
    // Side by side: the 收入 block's family (乙, row 2, with #戊) is found before the 支出 block's
    // (丙, row 1, with #丁), and listed after it.
    expect(childrenOf(['收入 | 金额 | 支出 | 金额', '甲 | 10 | 丙 | 5', '乙 | 8 | #丁 | 2', '#戊 | 3 | 己 | 1'], '处')).toEqual(['1:3:2:holds', '2:1:3:holds']);
  });
});
