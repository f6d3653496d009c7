/**
 * Tables in the outline (parse/tables.ts) and the verdicts on their 合计 rows
 * (checks/table-verdicts.ts): cells with their numbers as written, the header
 * row, the unit of a 单位 line; a total judged only where the table proves
 * which rows it sums.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { readNumber } from '../src/parse/tables.js';

const tablesOf = (text: string, path = 'case.txt') => parseReport(text, { path }).tables;
const verdictsOf = (text: string, path = 'case.txt') =>
  tablesOf(text, path).flatMap((t) => t.totals.map((v) => `${v.column}:${v.verdict}:${v.reason}`));

describe('tables in the outline', () => {
  it('reads text rows: cells, ranges, numbers as written, header and unit', () => {
    const text = '表1  收入\n单位：亿元\n项目 | 2025年 | 增长%\n税收收入 | 1,234.50 | -3.87%\n非税收入 |  | 4.5%\n';
    const [table] = tablesOf(text);
    expect(table).toBeDefined();
    expect(table!.unit?.text).toBe('亿元');
    expect(table!.header).toBe(0);
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目', '2025年', '增长%'],
      ['税收收入', '1,234.50', '-3.87%'],
      ['非税收入', '', '4.5%'],
    ]);
    const cell = table!.rows[1]!.cells[1]!;
    expect({ value: cell.value, decimals: cell.decimals, percent: cell.percent }).toEqual({ value: 1234.5, decimals: 2, percent: false });
    expect(text.slice(cell.range.start.offset, cell.range.end.offset)).toBe('1,234.50');
    expect(table!.rows[1]!.cells[2]!).toMatchObject({ value: -3.87, percent: true });
    expect(table!.rows[2]!.cells[1]!).toMatchObject({ text: '', value: null, valueText: null });
  });

  it('reads a Markdown table without its delimiter row, the outer bars framing each row', () => {
    const [table] = tablesOf('单位：万元\n\n| 项目 | 金额 |\n|---|---:|\n| 甲 | 1 |\n| 乙 | 2 |\n| 合计 | 3 |\n', 'case.md');
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['项目', '金额'], ['甲', '1'], ['乙', '2'], ['合计', '3']]);
    expect(table!.unit?.text).toBe('万元');
    expect(table!.totals.map((v) => v.verdict)).toEqual(['holds']);
  });

  it('keeps an empty first cell of a text row that opens with a bar', () => {
    const [table] = tablesOf('项目 | 数 | 项目 | 数\n | | 教育支出 | 9\n');
    expect(table!.rows[1]!.cells.map((c) => c.text)).toEqual(['', '', '教育支出', '9']);
  });

  it('reads a number only when the whole cell is one', () => {
    expect(readNumber('12,340')).toEqual({ value: 12340, decimals: 0, percent: false });
    expect(readNumber('0.50％')).toEqual({ value: 0.5, decimals: 2, percent: true });
    for (const cell of ['1,23', '12,3456', '2025年', '-', '3.', '约5', '1.2.3']) expect(readNumber(cell), cell).toBeNull();
  });
});

describe('verdicts on 合计 rows', () => {
  const table = (rows: string) => `单位：亿元\n项目 | 金额\n${rows}`;
  it('holds within rounding and is a mismatch beyond it', () => {
    expect(verdictsOf(table('甲 | 1.1\n乙 | 2.2\n合计 | 3.3\n'))).toEqual(['1:holds:sum']);
    expect(verdictsOf(table('甲 | 1.1\n乙 | 2.2\n合计 | 3.5\n'))).toEqual(['1:mismatch:sum']);
  });
  it('is not assessable where the table has levels, 其中 rows, side-by-side blocks or percents', () => {
    expect(verdictsOf(table('甲 | 1.1\n其中：丙 | 0.5\n乙 | 2.2\n合计 | 3.5\n'))).toEqual(['1:not-assessable:hierarchy']);
    expect(verdictsOf(table('一、甲 | 1.1\n（一）丙 | 0.5\n二、乙 | 2.2\n合计 | 3.5\n'))).toEqual(['1:not-assessable:hierarchy']);
    expect(verdictsOf(table('甲 | 3.0\n丙 | 1.0\n丁 | 2.0\n乙 | 2.2\n合计 | 5.2\n'))).toEqual(['1:not-assessable:hierarchy']);
    // Blocks side by side whose shapes differ (a unit column on one side): not split.
    expect(verdictsOf('项目 | 金额 | 项目 | 单位 | 金额\n甲 | 1 | 丙 | 个 | 2\n乙 | 2 | 丁 | 个 | 2\n合计 | 4 | 合计 | 个 | 4\n')).toEqual(['1:not-assessable:side-by-side', '4:not-assessable:side-by-side']);
    expect(verdictsOf('项目 | 比重%\n甲 | 40\n乙 | 50\n合计 | 100\n')).toEqual(['1:not-assessable:percent-column']);
    expect(verdictsOf(table('甲 | 1.1\n乙 | 2.2\n合计 | 3.3\n丙 | 1\n丁 | 1\n总计 | 9\n'))).toEqual(['1:holds:sum', '1:not-assessable:second-total']);
  });
});

describe('side-by-side blocks, 小计 groups and totals above their parts', () => {
  const unit = '单位：亿元\n';
  it('splits 收入 | 支出 blocks at each label column and judges each, padding rows left out', () => {
    const text = `${unit}收入 | 金额 | 支出 | 金额\n税收 | 1.1 | 教育 | 2.0\n非税 | 2.2 | 卫生 | 1.0\n | | 交通 | 0.5\n收入合计 | 3.3 | 支出合计 | 3.9\n`;
    expect(verdictsOf(text)).toEqual(['1:holds:sum', '3:mismatch:sum']);
    const [table] = tablesOf(text);
    expect(table!.totals[1]!.parts).toEqual([1, 2, 3]);
  });
  it('does not split blocks whose figure columns are headed differently', () => {
    expect(verdictsOf(`${unit}收入 | 预算数 | 支出 | 执行数\n税收 | 1.1 | 教育 | 2.0\n非税 | 2.2 | 卫生 | 1.0\n收入合计 | 3.3 | 支出合计 | 3.0\n`)).toEqual([
      '1:not-assessable:side-by-side',
      '3:not-assessable:side-by-side',
    ]);
  });
  it('judges a 小计 against its group and the total against the 小计 rows and the rows after the last', () => {
    const text = `${unit}项目 | 金额\n甲 | 1.0\n乙 | 2.0\n小计 | 3.0\n丙 | 4.0\n丁 | 5.0\n合计 | 12.0\n`;
    expect(verdictsOf(text)).toEqual(['1:holds:sum', '1:holds:sum']);
    expect(tablesOf(text)[0]!.totals.map((v) => v.parts)).toEqual([[1, 2], [3, 4, 5]]);
    expect(verdictsOf(`${unit}项目 | 金额\n甲 | 1.0\n乙 | 2.0\n小计 | 3.5\n丙 | 4.0\n丁 | 5.0\n合计 | 13.0\n`)).toEqual(['1:mismatch:sum', '1:mismatch:sum']);
  });
  it('blames the 小计 alone when the total is the sum of the rows', () => {
    expect(verdictsOf(`${unit}项目 | 金额\n甲 | 1.0\n乙 | 2.0\n小计 | 3.5\n丙 | 4.0\n丁 | 5.0\n合计 | 12.0\n`)).toEqual(['1:mismatch:sum', '1:holds:sum']);
  });
  it('skips a 小计 whose group start is unproved, and the total with it', () => {
    // 小计 right after another: it may sum the rows below it (转移性收入小计 above its parts).
    expect(verdictsOf(`${unit}项目 | 金额\n甲 | 1.0\n乙 | 2.0\n小计 | 3.0\n转移性收入小计 | 9.0\n丙 | 4.0\n丁 | 5.0\n合计 | 12.0\n`)).toEqual([
      '1:not-assessable:hierarchy',
      '1:not-assessable:hierarchy',
      '1:not-assessable:hierarchy',
    ]);
    // The last rows of the group alone make the 小计: the group may start later.
    expect(verdictsOf(`${unit}项目 | 金额\n甲 | 4.0\n乙 | 3.0\n丙 | 2.0\n小计 | 5.0\n丁 | 1.0\n合计 | 10.0\n`)).toEqual([
      '1:not-assessable:hierarchy',
      '1:not-assessable:hierarchy',
    ]);
  });
  it('judges a total right under the header against the flat rows below it', () => {
    expect(verdictsOf(`${unit}地区 | 金额\n总计 | 7.0\n甲 | 1.0\n乙 | 2.0\n丙 | 4.0\n`)).toEqual(['1:holds:sum']);
    expect(verdictsOf(`${unit}地区 | 金额\n总计 | 7.5\n甲 | 1.0\n乙 | 2.0\n丙 | 4.0\n`)).toEqual(['1:mismatch:sum']);
    // Two breakdowns of one total (城镇 | 乡村, 男 | 女): the first rows already make it.
    expect(verdictsOf(`${unit}指标 | 人数\n总计 | 10.0\n城镇 | 6.0\n乡村 | 4.0\n男 | 5.5\n女 | 4.5\n`)).toEqual(['1:not-assessable:hierarchy']);
    expect(verdictsOf(`${unit}指标 | 人数\n总计 | 10.0\n城镇 | 6.0\n其中：城区 | 4.0\n乡村 | 4.0\n`)).toEqual(['1:not-assessable:hierarchy']);
  });

  describe('rate cells against their row', () => {
    const ratesOf = (text: string) => tablesOf(`单位：亿元\n${text}`).flatMap((t) => t.rates.map((r) => `${r.column}:${r.kind}:${r.numerator}/${r.base}:${r.verdict}:${r.reason}`));
    it('pairs a completion rate with the columns its header names', () => {
      expect(ratesOf('项目 | 预算数 | 执行数 | 完成预算%\n甲 | 10.0 | 11.0 | 110.0\n乙 | 10.0 | 9.0 | 80.0\n')).toEqual(['3:completion:2/1:holds:rate', '3:completion:2/1:mismatch:rate']);
      // 为调整预算% divides by 调整预算数, not by 年初预算数 beside it; a unit in brackets names no column.
      expect(ratesOf('项目 | 年初预算数 | 调整预算数（亿元） | 执行数 | 为调整预算%\n甲 | 10.0 | 12.0 | 11.0 | 91.7\n')).toEqual(['4:completion:3/2:holds:rate']);
      // 完成率 with two budget columns, or two 执行-like columns: not assessable.
      expect(ratesOf('项目 | 年初预算数 | 调整预算数 | 执行数 | 完成率\n甲 | 10.0 | 12.0 | 11.0 | 50.0\n')).toEqual(['4:completion:null/null:not-assessable:unpaired']);
      expect(ratesOf('项目 | 预算数 | 执行数 | 决算数 | 完成率\n甲 | 10.0 | 11.0 | 11.0 | 50.0\n')).toEqual(['4:completion:null/null:not-assessable:unpaired']);
      // A dash, a zero or negative base: not assessable.
      expect(ratesOf('项目 | 预算数 | 执行数 | 完成率\n甲 | — | 11.0 | 50.0\n乙 | 0 | 1.0 | 50.0\n丙 | 10.0 | 1.0 | —\n')).toEqual([
        '3:completion:2/1:not-assessable:no-figures',
        '3:completion:2/1:not-assessable:no-figures',
      ]);
    });
    it('pairs a growth rate with this year and the prior year, by 上年/本年 words or by years', () => {
      expect(ratesOf('项目 | 本年数 | 上年数 | 增长%\n甲 | 11.0 | 10.0 | 10.0\n')).toEqual(['3:growth:1/2:holds:rate']);
      expect(ratesOf('项目 | 执行数 | 上年执行数 | 比上年增长（%）\n甲 | 11.0 | 10.0 | 1.0\n')).toEqual(['3:growth:1/2:mismatch:rate']);
      expect(ratesOf('项目 | 2024年决算数 | 2025年执行数 | 增减%\n甲 | 10.0 | 9.0 | -10.0\n')).toEqual(['3:growth:2/1:holds:rate']);
      // Two columns of 2025 and none named as the 2024 one; two years apart; no prior year; two growth columns.
      expect(ratesOf('项目 | 2025年预算数 | 2025年执行数 | 2024年决算数 | 增长%\n甲 | 10.0 | 9.0 | 8.0 | 50.0\n')).toEqual(['4:growth:null/null:not-assessable:unpaired']);
      expect(ratesOf('项目 | 2023年决算数 | 2025年执行数 | 增长%\n甲 | 10.0 | 9.0 | 50.0\n')).toEqual(['3:growth:null/null:not-assessable:unpaired']);
      expect(ratesOf('指标 | 绝对数 | 比上年增长%\n甲 | 10.0 | 50.0\n')).toEqual(['2:growth:null/null:not-assessable:unpaired']);
      expect(ratesOf('项目 | 执行数 | 上年执行数 | 增长% | 增减%\n甲 | 11.0 | 10.0 | 10.0 | 10.0\n')).toEqual([
        '3:growth:null/null:not-assessable:unpaired',
        '4:growth:null/null:not-assessable:unpaired',
      ]);
    });
  });

  describe('share cells against the whole', () => {
    const sharesOf = (text: string) => tablesOf(`单位：亿元\n${text}`).flatMap((t) => t.shares.map((s) => `${s.row}:${s.amount}/${s.whole}:${s.verdict}:${s.reason}`));
    it('divides by the one row at 100, and takes a share of a row above it in a nested table', () => {
      expect(sharesOf('指标 | 金额 | 比重（%）\n合计 | 10.0 | 100.0\n甲 | 6.0 | 60.0\n乙 | 4.0 | 30.0\n')).toEqual(['2:1/1:holds:share', '3:1/1:mismatch:share']);
      // 其中：城镇 at 75.0 of 乡村's parent: 3.0 ÷ 4.0.
      expect(sharesOf('指标 | 金额 | 比重\n合计 | 10.0 | 100.0\n乙 | 4.0 | 40.0\n#丙 | 3.0 | 75.0\n')).toEqual(['2:1/1:holds:share', '3:1/1:holds:parent']);
      // The share on the rounding edge: 12.3 ÷ 600.0 = 2.05.
      expect(sharesOf('指标 | 金额 | 构成%\n总计 | 600.0 | 100.0\n甲 | 12.3 | 2.0\n')).toEqual(['2:1/1:holds:share']);
    });
    it('judges nothing without one whole, one amount column, or the figures', () => {
      expect(sharesOf('指标 | 金额 | 比重\n甲 | 6.0 | 60.0\n乙 | 4.0 | 30.0\n')).toEqual(['1:1/null:not-assessable:no-whole', '2:1/null:not-assessable:no-whole']);
      expect(sharesOf('指标 | 金额 | 比重\n合计 | 10.0 | 100.0\n甲 | 10.0 | 100.0\n乙 | 4.0 | 30.0\n')).toEqual(['1:1/null:not-assessable:no-whole', '2:1/null:not-assessable:no-whole', '3:1/null:not-assessable:no-whole']);
      expect(sharesOf('指标 | 收入 | 支出 | 比重\n合计 | 10.0 | 5.0 | 100.0\n甲 | 6.0 | 1.0 | 20.0\n')).toEqual(['2:null/1:not-assessable:unpaired']);
      expect(sharesOf('指标 | 收入 | 支出 | 占支出比重\n合计 | 10.0 | 5.0 | 100.0\n甲 | 6.0 | 1.0 | 20.0\n')).toEqual(['2:2/1:holds:share']);
      expect(sharesOf('指标 | 金额 | 上年比重\n合计 | 10.0 | 100.0\n甲 | 6.0 | 50.0\n')).toEqual(['2:null/1:not-assessable:unpaired']);
      expect(sharesOf('指标 | 金额 | 比重\n合计 | 10.0 | 100.0\n甲 | — | 50.0\n乙 | -1.0 | 5.0\n')).toEqual(['2:1/1:not-assessable:no-figures', '3:1/1:not-assessable:no-figures']);
      expect(sharesOf('指标 | 金额 | 比重\n合计 | 0 | 100.0\n甲 | 1.0 | 50.0\n')).toEqual(['2:1/1:not-assessable:no-figures']);
    });
  });
});
