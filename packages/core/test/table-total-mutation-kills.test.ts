/**
 * table-total as a writer sees it, written against the mutants `pnpm mutation` left surviving in
 * packages/core/src/lint/rules/table-total.ts (issue 26, docs/mutation.md). The fixtures in
 * fixtures/rules/table-total/ label only the message id and range; these tests pin each message
 * in both languages, the cells it names (`related`) and `data`. Each expected value is worked out
 * by hand in the comments: table rows count from the header row (0), columns from 0 in `data` and
 * from 1 in a line's text.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from './helpers.js';

function seen(lines: string[], locale?: 'en') {
  return diagnosticsOf('table-total', `${lines.join('\n')}\n`, { locale })
    .map((d) => ({
      messageId: d.messageId,
      line: d.line,
      column: d.column,
      message: d.message,
      data: d.data,
      related: d.related?.map((r) => [r.range.start.line, r.range.start.column, r.message]),
    }));
}

describe('table-total: a total row against its parts', () => {
  const townships = ['表1  乡镇拆违情况', '单位：处', '乡镇 | 房屋违建 | 棚屋违建', '城关镇 | 12 | 30', '新桥镇 | 8 | 14', '合 计 | 21 | 44'];

  it('names the total row as written, the column by its header, the sum, and each part', () => {
    // 房屋违建: 12 + 8 = 20 against 21, a mismatch; 棚屋违建: 30 + 14 = 44, which holds.
    // The total row is row 3 (乡镇 0, 城关镇 1, 新桥镇 2), column 1; line 6, where 21 starts at
    // column 7 (合, space, 计, space, |, space). The parts: 12 and 8 at column 7 of lines 4 and 5
    // (城关镇 and 新桥镇 are three characters, then “ | ”). The unit is the table's 处.
    const expected = {
      messageId: 'mismatch',
      line: 6,
      column: 7,
      data: { table: 0, row: 3, column: 1, total: 21, sum: 20, unit: '处' },
      related: [
        [4, 7, '“城关镇” 12'],
        [5, 7, '“新桥镇” 8'],
      ],
    };
    expect(seen(townships)).toEqual([{ ...expected, message: '“合 计”行“房屋违建”列 21 与上面各行之和 20 不符' }]);
    expect(seen(townships, 'en')).toEqual([{ ...expected, message: 'The “合 计” row, column “房屋违建”: 21 is not the sum of the rows above it, 20' }]);
  });

  it('writes the sum to as many decimals as the most precise figure, and no unit when none is given', () => {
    // 320.5 + 210.25 = 530.75, shown to 2 decimals (the most of 0, 1 and 2), against 533.
    // 533 is at column 6 of line 4 (合计, space, |, space); the parts at column 5 of lines 2, 3.
    expect(seen(['项目 | 执行数', '甲 | 320.5', '乙 | 210.25', '合计 | 533'])).toEqual([
      {
        messageId: 'mismatch',
        line: 4,
        column: 6,
        message: '“合计”行“执行数”列 533 与上面各行之和 530.75 不符',
        data: { table: 0, row: 3, column: 1, total: 533, sum: 530.75, unit: null },
        related: [
          [2, 5, '“甲” 320.5'],
          [3, 5, '“乙” 210.25'],
        ],
      },
    ]);
  });

  it('says “below” for a total written before its parts', () => {
    // 60 + 30 = 90 against 100, the total in row 1 above its parts (rows 2, 3).
    const lines = ['项目 | 执行数', '合计 | 100', '甲 | 60', '乙 | 30'];
    const expected = { messageId: 'mismatchBelow', line: 2, column: 6, data: { table: 0, row: 1, column: 1, total: 100, sum: 90, unit: null }, related: [[3, 5, '“甲” 60'], [4, 5, '“乙” 30']] };
    expect(seen(lines)).toEqual([{ ...expected, message: '“合计”行“执行数”列 100 与下面各行之和 90 不符' }]);
    expect(seen(lines, 'en')).toEqual([{ ...expected, message: 'The “合计” row, column “执行数”: 100 is not the sum of the rows below it, 90' }]);
  });

  it('names the 支出 side of a side-by-side table by its own label column', () => {
    // The 收入 side holds (96.74 + 95.35 = 192.09, 93.00 + 99.68 = 192.68), and so do the 支出
    // 预算数 (54.53 + 22.48 + 91.95 + 10.59 = 179.55); the 支出 执行数 sums to
    // 50.11 + 21.74 + 92.45 + 11.07 = 175.37 against 174.37. Its label is in column 3 (支 出 合 计,
    // not 收 入 合 计), the figure in column 5 (“执行数”, the header's second 执行数), row 5.
    const lines = [
      '表9  2025年全市一般公共预算收支总表',
      '单位：亿元',
      '收入项目 | 预算数 | 执行数 | 支出项目 | 预算数 | 执行数',
      '一、税收收入 | 96.74 | 93.00 | 一、一般公共服务支出 | 54.53 | 50.11',
      '二、非税收入 | 95.35 | 99.68 | 二、公共安全支出 | 22.48 | 21.74',
      ' |  |  | 三、教育支出 | 91.95 | 92.45',
      ' |  |  | 四、科学技术支出 | 10.59 | 11.07',
      '收 入 合 计 | 192.09 | 192.68 | 支 出 合 计 | 179.55 | 174.37',
    ];
    expect(seen(lines).map((d) => [d.messageId, d.message, d.data, d.related?.map((r) => r[2])])).toEqual([
      [
        'mismatch',
        '“支 出 合 计”行“执行数”列 174.37 与上面各行之和 175.37 不符',
        { table: 0, row: 5, column: 5, total: 174.37, sum: 175.37, unit: '亿元' },
        ['“一、一般公共服务支出” 50.11', '“二、公共安全支出” 21.74', '“三、教育支出” 92.45', '“四、科学技术支出” 11.07'],
      ],
    ]);
  });
});

describe('table-total: a # row more than its parent', () => {
  it('names the child and the parent row, and points at the parent figure', () => {
    // 税收收入 100 (row 1) and its #增值税 120 (row 2): the part is more than its parent. The
    // 合计 holds: 100 + 50 = 150 (the # row is not summed). 120 is at column 8 of line 4
    // (#增值税 four characters, then “ | ”); the parent's 100 at column 8 of line 3 (税收收入).
    const lines = ['单位：万元', '项目 | 执行数', '税收收入 | 100', '#增值税 | 120', '非税收入 | 50', '合计 | 150'];
    const base = { messageId: 'childExceeds', line: 4, column: 8, data: { table: 0, row: 2, parentRow: 1, column: 1, value: 120, whole: 100, unit: '万元' } };
    expect(seen(lines)).toEqual([{ ...base, message: '“#增值税”行“执行数”列 120 大于其所属的“税收收入”行 100：分项不能超过总数', related: [[3, 8, '所属的“税收收入”行 100']] }]);
    expect(seen(lines, 'en')).toEqual([
      { ...base, message: 'The “#增值税” row, column “执行数”: 120 is more than 100 in the “税收收入” row it is part of', related: [[3, 8, 'The “税收收入” row it is part of: 100']] },
    ]);
    // Without the 单位 line the table has no unit: `unit` is null, and every line moves up one.
    expect(seen(lines.slice(1)).map((d) => [d.line, d.column, d.data])).toEqual([[3, 8, { ...base.data, unit: null }]]);
  });
});

describe('table-total: a rate or share cell its row cannot give', () => {
  it('recomputes a completion rate, to one decimal at least', () => {
    // 执行数 ÷ 预算数 = 110 ÷ 100 = 110%, shown to max(0, 1) = 1 decimal: 110.0, against 120.
    // Line 3: 税收收入 (1–4), “ | ” , 100 at 8, “ | ”, 110 at 14, “ | ”, 120 at 20.
    const lines = ['单位：万元', '项目 | 预算数 | 执行数 | 完成预算%', '税收收入 | 100 | 110 | 120'];
    const base = { messageId: 'rateMismatch', line: 3, column: 20, data: { table: 0, row: 1, column: 3, kind: 'completion', rate: 120, expected: 110, numerator: 110, base: 100 } };
    expect(seen(lines)).toEqual([{ ...base, message: '“税收收入”行“完成预算%”列 120 与本行数字不符：110 ÷ 100 = 110.0%', related: [[3, 14, '“执行数”列 110'], [3, 8, '“预算数”列 100']] }]);
    expect(seen(lines, 'en')).toEqual([
      {
        ...base,
        message: 'The “税收收入” row, column “完成预算%”: 120 does not follow from the row’s own figures: 110 ÷ 100 = 110.0%',
        related: [[3, 14, 'column “执行数”: 110'], [3, 8, 'column “预算数”: 100']],
      },
    ]);
  });

  it('recomputes a growth rate from the two years', () => {
    // (11.65 − 11.07) ÷ 11.07 = 0.58 ÷ 11.07 = 5.2394%, shown to the stated 15.2's one decimal: 5.2;
    // data.expected to six decimals, 5.239386. Line 3: 科学技术支出 (1–6), 11.07 at 10, 11.65 at 18, 15.2 at 26.
    const lines = ['单位：亿元', '项目 | 2024年决算数 | 2025年执行数 | 增长%', '科学技术支出 | 11.07 | 11.65 | 15.2'];
    const base = { messageId: 'growthMismatch', line: 3, column: 26, data: { table: 0, row: 1, column: 3, kind: 'growth', rate: 15.2, expected: 5.239386, numerator: 11.65, base: 11.07 } };
    expect(seen(lines)).toEqual([
      { ...base, message: '“科学技术支出”行“增长%”列 15.2 与本行数字不符：(11.65 − 11.07) ÷ 11.07 = 5.2%', related: [[3, 18, '“2025年执行数”列 11.65'], [3, 10, '“2024年决算数”列 11.07']] },
    ]);
    expect(seen(lines, 'en')).toEqual([
      {
        ...base,
        message: 'The “科学技术支出” row, column “增长%”: 15.2 does not follow from the row’s own figures: (11.65 − 11.07) ÷ 11.07 = 5.2%',
        related: [[3, 18, 'column “2025年执行数”: 11.65'], [3, 10, 'column “2024年决算数”: 11.07']],
      },
    ]);
  });

  it('recomputes a share over the whole row at 100', () => {
    // 1071.04 ÷ 1313.8 = 81.5223% (81.5 to the stated 75.0's one decimal) and
    // 242.76 ÷ 1313.8 = 18.4777% (18.5): both stated shares are off. The whole is row 1, 全市常住人口,
    // its 1313.8 at column 10 of line 2. Line 3: 其中：城镇 (1–5), 1071.04 at 9, 75.0 at 19;
    // line 4: 乡村 (1–2), 242.76 at 6, 25.0 at 15.
    const lines = ['指标 | 年末数（万人） | 比重（%）', '全市常住人口 | 1313.8 | 100.0', '其中：城镇 | 1071.04 | 75.0', '乡村 | 242.76 | 25.0'];
    expect(seen(lines)).toEqual([
      {
        messageId: 'shareMismatch',
        line: 3,
        column: 19,
        message: '“其中：城镇”行“比重（%）”列 75.0 与本行数字不符：1071.04 ÷ 1313.8 = 81.5%',
        data: { table: 0, row: 2, column: 2, wholeRow: 1, share: 75, expected: 81.522302, amount: 1071.04, whole: 1313.8 },
        related: [[3, 9, '“年末数（万人）”列 1071.04'], [2, 10, '“全市常住人口” 1313.8']],
      },
      {
        messageId: 'shareMismatch',
        line: 4,
        column: 15,
        message: '“乡村”行“比重（%）”列 25.0 与本行数字不符：242.76 ÷ 1313.8 = 18.5%',
        data: { table: 0, row: 3, column: 2, wholeRow: 1, share: 25, expected: 18.477698, amount: 242.76, whole: 1313.8 },
        related: [[4, 6, '“年末数（万人）”列 242.76'], [2, 10, '“全市常住人口” 1313.8']],
      },
    ]);
    expect(seen(lines, 'en').map((d) => [d.message, d.related])).toEqual([
      [
        'The “其中：城镇” row, column “比重（%）”: 75.0 does not follow from the row’s amount: 1071.04 ÷ 1313.8 = 81.5%',
        [[3, 9, 'column “年末数（万人）”: 1071.04'], [2, 10, '“全市常住人口” 1313.8']],
      ],
      [
        'The “乡村” row, column “比重（%）”: 25.0 does not follow from the row’s amount: 242.76 ÷ 1313.8 = 18.5%',
        [[4, 6, 'column “年末数（万人）”: 242.76'], [2, 10, '“全市常住人口” 1313.8']],
      ],
    ]);
  });
});
