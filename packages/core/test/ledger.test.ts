/**
 * The ledger reads the outline's verdicts and words their arithmetic with the
 * figures as written; each case was worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { figureChecksOf, ledgerOf, lint, parseReport, tallyLedger } from '../src/index.js';

const ledger = (text: string) => ledgerOf(parseReport(text), text).map(({ arithmetic, verdict, reason }) => ({ arithmetic, verdict, reason }));

describe('ledger', () => {
  it('says a complete split holds exactly, or within the rounding of its figures (≈)', () => {
    expect(ledger('年末常住人口512.3万人，其中城镇人口350.1万人，乡村人口162.2万人。')).toEqual([
      { arithmetic: '350.1万人 + 162.2万人 = 512.3万人', verdict: 'holds', reason: 'sum' },
    ]);
    // 350 + 162 = 512, one off 513: each figure may stand for half a unit either way.
    expect(ledger('年末常住人口513万人，其中城镇人口350万人，乡村人口162万人。')).toEqual([
      { arithmetic: '350万人 + 162万人 = 512万人 ≈ 513万人', verdict: 'holds', reason: 'sum' },
    ]);
  });

  it('shows a mismatch with ≠, parts above their total with >, and one part above it alone', () => {
    expect(ledger('全年粮食总产量150.2万吨，其中夏粮40.1万吨，秋粮115.1万吨。')[0]).toEqual({
      arithmetic: '40.1万吨 + 115.1万吨 = 155.2万吨 ≠ 150.2万吨',
      verdict: 'mismatch',
      reason: 'sum',
    });
    expect(ledger('全镇共拆除违建20处，其中学校周边12处，河道沿线15处。')[0]).toEqual({
      arithmetic: '12处 + 15处 = 27处 > 20处',
      verdict: 'mismatch',
      reason: 'subset-exceeds',
    });
    expect(ledger('全年共接待游客120万人次，其中过夜游客150万人次。')[0]).toEqual({ arithmetic: '150万人次 > 120万人次', verdict: 'mismatch', reason: 'part-exceeds' });
  });

  it('leaves a partial list and an open figure unjudged, and says so', () => {
    expect(ledger('全年商品房销售面积520.4万平方米，其中住宅450.2万平方米。')).toEqual([
      { arithmetic: '450.2万平方米 < 520.4万平方米', verdict: 'not-assessable', reason: 'partial-list' },
    ]);
    expect(ledger('全镇共拆除违建*处，其中学校周边12处，河道沿线*处。')).toEqual([{ arithmetic: '12处 + *处 ？ *处', verdict: 'uncertain', reason: 'placeholder' }]);
  });

  it('lists a change stated two ways with its recomputation and the words as written: =, ≈ within rounding, ≠ beyond it', () => {
    expect(ledger('全年接待游客1250万人次，比上年的1120万人次增长12.6%。')).toEqual([
      { arithmetic: '(1250 − 1120) ÷ 1120 = 11.6% ≠ 增长12.6%', verdict: 'mismatch', reason: 'outside-rounding' },
    ]);
    expect(ledger('全年接待游客1250万人次，比上年的1120万人次增长11.6%。')).toEqual([
      { arithmetic: '(1250 − 1120) ÷ 1120 = 11.6% = 增长11.6%', verdict: 'holds', reason: 'within-rounding' },
    ]);
    // 1.9 ÷ 60.5 = 3.14%: shown as 3.1%, yet 下降3.2% is within what the rounding of 58.6 and 1.9 allows.
    expect(ledger('全年完成固定资产投资58.6亿元，较上年下降3.2%，减少1.9亿元。')).toEqual([
      { arithmetic: '1.9 ÷ (58.6 + 1.9) = 1.9 ÷ 60.5 = 3.1% ≈ 下降3.2%', verdict: 'holds', reason: 'within-rounding' },
    ]);
    const outline = parseReport('全年接待游客1250万人次，比上年的1120万人次增长12.6%。');
    expect(outline.changes.map((c) => ({ kind: c.kind, verb: c.verb, statedValue: c.statedValue, roles: c.figures.map((f) => f.role), verdict: c.verdict }))).toEqual([
      { kind: 'rate', verb: '增长', statedValue: 12.6, roles: ['from', 'to'], verdict: 'mismatch' },
    ]);
    expect(figureChecksOf(outline)).toEqual({ checked: 1, holds: 0, mismatch: 1, uncertain: 0, notAssessable: 0 });
  });

  it('lists a table total the table proves the rows of, and leaves out one it does not', () => {
    const table = (total: string) => `单位：处\n项目 | 数量\n新增违建 | 20\n存量违建 | 31\n合计 | ${total}\n`;
    const entries = (text: string) => ledgerOf(parseReport(text, { format: 'text' }), text).map(({ kind, statement, arithmetic, verdict }) => ({ kind, statement, arithmetic, verdict }));
    expect(entries(table('53'))).toEqual([{ kind: 'table', statement: '“合计”行“数量”列 53', arithmetic: '20 + 31 = 51 ≠ 53', verdict: 'mismatch' }]);
    expect(entries(table('51'))).toEqual([{ kind: 'table', statement: '“合计”行“数量”列 51', arithmetic: '20 + 31 = 51 = 51', verdict: 'holds' }]);
    // 其中 rows: the table does not prove which rows the total sums, so the 合计 is not listed; the
    // 其中 row is checked against the row it is part of, and not more than it.
    expect(entries('单位：处\n项目 | 数量\n违建 | 51\n其中：新增 | 20\n合计 | 53\n')).toEqual([
      { kind: 'table', statement: '“其中：新增”行“数量”列 20', arithmetic: '20 ≤ 51（“违建”行）', verdict: 'holds' },
    ]);
    expect(entries('单位：处\n项目 | 数量\n违建 | 51\n其中：新增 | 60\n合计 | 53\n')).toEqual([
      { kind: 'table', statement: '“其中：新增”行“数量”列 60', arithmetic: '60 > 51（“违建”行）', verdict: 'mismatch' },
    ]);
  });

  it('lists a rate cell the header pairs with two columns, and leaves out one it does not; the tally counts the same', () => {
    const text = '单位：万元\n项目 | 预算数 | 执行数 | 完成预算% | 比上年增长%\n税收收入 | 100,000 | 110,000 | 110.0 | 5.0\n合计 | 150,000 | 155,000 | 113.3 | 2.9\n';
    const outline = parseReport(text, { format: 'text' });
    const rates = ledgerOf(outline, text).filter((entry) => entry.reason === 'rate').map(({ statement, arithmetic, verdict }) => ({ statement, arithmetic, verdict }));
    // 比上年增长% without a prior-year column: not assessable, not listed.
    expect(rates).toEqual([
      { statement: '“税收收入”行“完成预算%”列 110.0', arithmetic: '110,000 ÷ 100,000 = 110.0% = 110.0', verdict: 'holds' },
      { statement: '“合计”行“完成预算%”列 113.3', arithmetic: '155,000 ÷ 150,000 = 103.3% ≠ 113.3', verdict: 'mismatch' },
    ]);
    expect(outline.tables[0]!.rates.filter((rate) => rate.verdict === 'not-assessable').map((rate) => rate.reason)).toEqual(['unpaired', 'unpaired']);
    expect(figureChecksOf(outline)).toEqual(tallyLedger(ledgerOf(outline, text)));
  });

  it('lists a share cell of a block with one row at 100, and leaves out one without; the tally counts the same', () => {
    const text = '指标 | 年末数（万人） | 比重（%）\n全市常住人口 | 1313.8 | 100.0\n其中：城镇 | 1071.04 | 75.0\n乡村 | 242.76 | 18.5\n\n指标 | 金额 | 比重\n甲 | 6.0 | 60.0\n乙 | 4.0 | 40.0\n';
    const outline = parseReport(text, { format: 'text' });
    const shares = ledgerOf(outline, text).filter((entry) => entry.reason === 'share-of').map(({ statement, arithmetic, verdict }) => ({ statement, arithmetic, verdict }));
    // The second table has no row at 100: not assessable, not listed.
    expect(shares).toEqual([
      { statement: '“其中：城镇”行“比重（%）”列 75.0', arithmetic: '1071.04 ÷ 1313.8 = 81.5% ≠ 75.0', verdict: 'mismatch' },
      { statement: '“乡村”行“比重（%）”列 18.5', arithmetic: '242.76 ÷ 1313.8 = 18.5% = 18.5', verdict: 'holds' },
    ]);
    expect(figureChecksOf(outline)).toEqual(tallyLedger(ledgerOf(outline, text)));
  });

  it('tallies by verdict, and lint carries the tally in its summary', () => {
    const text = ['年末常住人口512.3万人，其中城镇人口350.1万人，乡村人口162.2万人。', '全年粮食总产量150.2万吨，其中夏粮40.1万吨，秋粮115.1万吨。', '全年商品房销售面积520.4万平方米，其中住宅450.2万平方米。'].join('\n');
    const expected = { checked: 3, holds: 1, mismatch: 1, uncertain: 0, notAssessable: 1 };
    expect(tallyLedger(ledgerOf(parseReport(text), text))).toEqual(expected);
    expect(figureChecksOf(parseReport(text))).toEqual(expected);
    expect(lint(text, { path: 'a.txt' }).summary.figures).toEqual(expected);
    expect(lint('今年工作有序推进。', { path: 'a.txt' }).summary.figures).toEqual({ checked: 0, holds: 0, mismatch: 0, uncertain: 0, notAssessable: 0 });
  });

  it('lists a share with its part ÷ whole as written: = as shown, ≈ within rounding, ≠ beyond it', () => {
    const text = '全市一般公共预算收入120亿元，其中税收收入80.2亿元，占一般公共预算收入的66.8%。';
    const [parts, share] = ledgerOf(parseReport(text), text);
    expect(parts!.kind).toBe('parts');
    expect(share).toEqual({
      line: 1,
      column: 11,
      kind: 'share',
      statement: '收入120亿元，其中税收收入80.2亿元，占一般公共预算收入的66.8%',
      arithmetic: '80.2亿元 ÷ 120亿元 = 66.8%',
      verdict: 'holds',
      reason: 'within-rounding',
      // The share, its part and its whole: an editor shows the entry on each.
      figures: [2, 1, 0],
    });
    const at = (stated: string) => ledger(`全市发电装机容量1000万千瓦。可再生能源装机容量256万千瓦，占发电装机容量的比重为${stated}。`);
    // 256 ÷ 1000 = 25.6%; 26% and 25.7% are within the rounding of 256 and 1000.
    expect(at('26%')).toEqual([{ arithmetic: '256万千瓦 ÷ 1000万千瓦 = 25.6% ≈ 26%', verdict: 'holds', reason: 'within-rounding' }]);
    expect(at('25.7%')).toEqual([{ arithmetic: '256万千瓦 ÷ 1000万千瓦 = 25.6% ≈ 25.7%', verdict: 'holds', reason: 'within-rounding' }]);
    expect(at('40%')).toEqual([{ arithmetic: '256万千瓦 ÷ 1000万千瓦 = 25.6% ≠ 40%', verdict: 'mismatch', reason: 'outside-rounding' }]);
    expect(at('*%')).toEqual([{ arithmetic: '256万千瓦 ÷ 1000万千瓦 = 25.6% ？ *%', verdict: 'uncertain', reason: 'placeholder' }]);
    expect(at('约26%')).toEqual([{ arithmetic: '256万千瓦 ÷ 1000万千瓦 = 25.6% < 26%', verdict: 'not-assessable', reason: 'approximate' }]);
  });

  it('lists an income ratio as a ratio (比值), a share cut off at its last digit as uncertain', () => {
    const ratio = '全年城镇居民人均可支配收入45516元，农村居民人均可支配收入22758元，城乡居民收入比为2.00。';
    // 45516 ÷ 22758 = 2.000: a quotient, shown without a percent sign, and no share of a whole.
    expect(ledgerOf(parseReport(ratio), ratio).map(({ kind, arithmetic, verdict }) => ({ kind, arithmetic, verdict }))).toEqual([
      { kind: 'ratio', arithmetic: '45516元 ÷ 22758元 = 2.00', verdict: 'holds' },
    ]);
    // 92.78 ÷ 132.62 = 69.96%: 69.9% is that cut off, not rounded; 69.8% is neither.
    const at = (stated: string) => ledger(`农林牧渔业总产值132.62亿元。其中：农业产值92.78亿元，占农林牧渔业总产值的${stated}。`).at(-1);
    expect(at('69.9%')).toMatchObject({ verdict: 'uncertain', reason: 'truncated' });
    expect(at('69.8%')).toMatchObject({ verdict: 'mismatch', reason: 'outside-rounding' });
  });

  it('counts shares in the tally, and lint carries them in its summary', () => {
    const text = ['全市发电装机容量1000万千瓦。可再生能源装机容量256万千瓦，占发电装机容量的比重为40%。', '全市一般公共预算收入120亿元，其中税收收入80.2亿元，占一般公共预算收入的66.8%。'].join('\n');
    const expected = { checked: 3, holds: 1, mismatch: 1, uncertain: 0, notAssessable: 1 };
    expect(tallyLedger(ledgerOf(parseReport(text), text))).toEqual(expected);
    expect(figureChecksOf(parseReport(text))).toEqual(expected);
    expect(lint(text, { path: 'a.txt' }).summary.figures).toEqual(expected);
  });
});

describe('ledger: identities and dimensions without parts', () => {
  it('words an identity with its named terms, and checks a dimension only where parts are stated', () => {
    const text = '全年进出口总额520.3亿元。出口320.5亿元，增长9.2%；进口199.8亿元，增长6.4%。贸易顺差130.7亿元。';
    expect(ledger(text)).toEqual([
      { arithmetic: '出口 320.5亿元 + 进口 199.8亿元 = 进出口总额 520.3亿元', verdict: 'holds', reason: 'within-rounding' },
      { arithmetic: '出口 320.5亿元 − 进口 199.8亿元 = 120.7亿元 ≠ 贸易顺差 130.7亿元', verdict: 'mismatch', reason: 'outside-rounding' },
    ]);
    // 86处 has its parts; 2.35万平方米 has none stated, so it is no relation checked.
    const split = '共拆除违法建设86处，面积2.35万平方米，其中新增违建31处，存量违建55处。';
    expect(ledger(split)).toEqual([{ arithmetic: '31处 + 55处 = 86处', verdict: 'holds', reason: 'sum' }]);
    expect(figureChecksOf(parseReport(split))).toEqual({ checked: 1, holds: 1, mismatch: 0, uncertain: 0, notAssessable: 0 });
  });
});

describe('ledger: where a 其中 list ends', () => {
  it('ends the list at a ；that goes on in a unit no part stated', () => {
    // 完成投资 is not a third part, nor a second figure of 新建项目: the 个 list ended at the ；.
    const text = '上半年共实施重点项目12个，总投资58.6亿元，其中续建项目7个，新建项目5个；完成投资21.3亿元。';
    expect(ledger(text)).toEqual([{ arithmetic: '7个 + 5个 = 12个', verdict: 'not-assessable', reason: 'partial-list' }]);
    const relation = parseReport(text).relations[0]!;
    expect(relation.parts.map((p) => p.name)).toEqual(['续建项目', '新建项目']);
  });
});
