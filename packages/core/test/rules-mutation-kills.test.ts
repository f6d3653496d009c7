/**
 * What a writer sees from the small figure rules, the heading and enumeration rules and date-check, written against the mutants
 * `pnpm mutation` found surviving (issue 26, docs/mutation.md): the message as
 * shown, the line and column, the suggestion, and the machine-readable data.
 * The fixtures in fixtures/rules/ label only the rule, message id and range.
 */
import { describe, expect, it } from 'vitest';
import { lint, type HuibaoConfig } from '../src/index.js';

interface Seen {
  messageId: string;
  line: number;
  column: number;
  message: string;
  data?: Record<string, unknown>;
  related?: Array<{ start: number; end: number; message: string }>;
  fixes?: Array<{ title: string; edits: Array<{ start: number; end: number; newText: string }>; safe: boolean }>;
}

function seen(ruleId: string, text: string, locale?: 'en'): Seen[] {
  return lint(text, { format: 'text', locale, config: { rules: { [ruleId]: 'warning' } } })
    .diagnostics.filter((d) => d.ruleId === ruleId)
    .map((d) => ({
      messageId: d.messageId,
      line: d.line,
      column: d.column,
      message: d.message,
      ...(d.data ? { data: d.data } : {}),
      ...(d.related ? { related: d.related.map((r) => ({ start: r.range.start.offset, end: r.range.end.offset, message: r.message })) } : {}),
      ...(d.fixes
        ? {
            fixes: d.fixes.map((f) => ({
              title: f.title,
              edits: f.edits.map((e) => ({ start: e.range.start.offset, end: e.range.end.offset, newText: e.newText })),
              safe: f.safe,
            })),
          }
        : {}),
    }));
}

/** Rule, severity and category of every diagnostic under the given config (the default: recommended, draft). */
function shown(text: string, config: HuibaoConfig = {}): Array<[string, string, string]> {
  return lint(text, { format: 'text', config }).diagnostics.map((d) => [d.ruleId, d.severity, d.category]);
}

describe('the figure rules under the default config', () => {
  it('run in draft and final mode; shares above 100% or not making 100 are errors in the final draft', () => {
    const text = '全民参保率达105%。存栏量300－200头。三次产业结构为8.6∶38.9∶51.6。';
    expect(shown(text)).toEqual([
      ['percent-range', 'warning', '数据'],
      ['range-order', 'warning', '数据'],
      ['share-sum', 'warning', '数据'],
    ]);
    expect(shown(text, { mode: 'final' })).toEqual([
      ['percent-range', 'error', '数据'],
      ['range-order', 'warning', '数据'],
      ['share-sum', 'error', '数据'],
    ]);
  });
});

describe('percent-range as a writer sees it', () => {
  it('names the share and the figure above 100%', () => {
    expect(seen('percent-range', '全民参保率达105%。')).toEqual([
      { messageId: 'above', line: 1, column: 7, message: '全民参保率为 105%，超过 100%', data: { value: 105, shareWord: '参保率' } },
    ]);
    expect(seen('percent-range', '全民参保率达105%。', 'en')).toEqual([
      { messageId: 'above', line: 1, column: 7, message: '全民参保率 is 105%, above 100%', data: { value: 105, shareWord: '参保率' } },
    ]);
  });

  it('checks the upper end of a range of shares', () => {
    expect(seen('percent-range', '参保率为95%～105%。')).toEqual([
      { messageId: 'above', line: 1, column: 5, message: '参保率为 105%，超过 100%', data: { value: 105, shareWord: '参保率' } },
    ]);
  });

  it('reports a range of shares past both ends by its end above 100%', () => {
    expect(seen('percent-range', '占比为-3%～120%。')).toEqual([
      { messageId: 'above', line: 1, column: 4, message: '占比为 120%，超过 100%', data: { value: 120, shareWord: '占比' } },
    ]);
  });

  it('reports a share below 0 with its figure', () => {
    expect(seen('percent-range', '参保率为95%。\n参保率为-5%～10%。')).toEqual([
      { messageId: 'below', line: 2, column: 5, message: '参保率为 -5%，小于 0', data: { value: -5, shareWord: '参保率' } },
    ]);
  });

  it('leaves a share of exactly 0% or 100% alone', () => {
    expect(seen('percent-range', '基本医疗保险参保率为0%，全民参保率达100%，占比为0%～100%。')).toEqual([]);
  });
});

describe('range-order as a writer sees it', () => {
  const swap = (start: number, end: number, newText: string) => ({ title: `改为 ${newText}`, edits: [{ start, end, newText }], safe: false });

  it('shows both ends of a reversed range and suggests them swapped, not as a safe fix', () => {
    expect(seen('range-order', '养牛场3个（存栏量300－200头）。')).toEqual([
      {
        messageId: 'reversed',
        line: 1,
        column: 10,
        message: '范围“300－200头”的下限 300 大于上限 200',
        data: { lower: 300, upper: 200 },
        fixes: [swap(9, 16, '200－300')],
      },
    ]);
    expect(seen('range-order', '存栏量300－200头。', 'en')).toEqual([
      expect.objectContaining({
        message: 'The range “300－200头” starts at 300, above its end 200',
        fixes: [{ title: 'Change to 200－300', edits: [{ start: 3, end: 10, newText: '200－300' }], safe: false }],
      }),
    ]);
  });

  it('keeps the dash as written, one or two characters of it', () => {
    expect(seen('range-order', '存栏量300——200头，200到100头，50~40头。').map((d) => [d.column, d.fixes])).toEqual([
      [4, [swap(3, 11, '200——300')]],
      [14, [swap(13, 20, '100到200')]],
      [23, [swap(22, 27, '40~50')]],
    ]);
  });

  it('reports but offers no swap when a multiplier or unit stands between the ends', () => {
    expect(seen('range-order', '存栏量3万—2万头。')).toEqual([
      { messageId: 'reversed', line: 1, column: 4, message: '范围“3万—2万头”的下限 3万 大于上限 2万', data: { lower: 3, upper: 2 } },
    ]);
    expect(seen('range-order', '增长6.2%～5.8%。').map((d) => [d.messageId, d.fixes])).toEqual([['reversed', undefined]]);
    // 百 after the upper end only is shared: 300 and 2百 read 300百 to 2百, reversed; the message shows each end as written.
    expect(seen('range-order', '存栏量300－2百头。').map((d) => d.message)).toEqual(['范围“300－2百头”的下限 300 大于上限 2百']);
    expect(seen('range-order', '增长6.2%～5.8%。').map((d) => d.message)).toEqual(['范围“6.2%～5.8%”的下限 6.2% 大于上限 5.8%']);
    expect(seen('range-order', '新增就业3万人～2万人。').map((d) => d.message)).toEqual(['范围“3万人～2万人”的下限 3万人 大于上限 2万人']);
  });

  it('leaves a range whose ends are equal alone', () => {
    expect(seen('range-order', '存栏量200－200头，增长5%～5%。')).toEqual([]);
  });

  it('leaves a range with a placeholder end alone, whatever the other end', () => {
    expect(seen('range-order', '存栏量300－*头，*－200头，*－*头。')).toEqual([]);
  });
});

describe('share-sum as a writer sees it', () => {
  it('shows the arithmetic of a ratio that does not make 100', () => {
    expect(seen('share-sum', '全年地区生产总值1000亿元，比上年增长5.5%。三次产业结构为8.6∶38.9∶51.6。')).toEqual([
      {
        messageId: 'ratio-sum',
        line: 1,
        column: 33,
        message: '“三次产业结构”各项之和为 99.1（8.6 + 38.9 + 51.6 = 99.1），应为 100',
        data: { kind: 'ratio', sum: 99.1, tolerance: expect.closeTo(0.15, 9), complete: true, values: [8.6, 38.9, 51.6] },
      },
    ]);
  });

  it('shows the arithmetic of a listed split that does not make 100%', () => {
    expect(seen('share-sum', '年末全市常住人口中，城镇和乡村人口分别占62.5%和36.5%。')).toEqual([
      {
        messageId: 'listed-sum',
        line: 1,
        column: 21,
        message: '“城镇和乡村人口”构成完整，各项占比之和应为 100%，文中为 99.0%（62.5 + 36.5 = 99.0%）',
        data: { kind: 'listed', sum: 99, tolerance: expect.closeTo(0.1, 9), complete: true, values: [62.5, 36.5] },
      },
    ]);
  });

  it('puts a complete set of parts on its last share and points at every share', () => {
    const text = '全市地区生产总值1000亿元。其中，第一产业增加值86亿元，占8.6%；第二产业增加值389亿元，占38.9%；第三产业增加值525亿元，占51.6%。';
    expect(seen('share-sum', text)).toEqual([
      {
        messageId: 'parts-sum',
        line: 1,
        column: 71,
        message: '地区生产总值的各分项构成完整，占比之和应为 100%，文中为 99.1%（8.6 + 38.9 + 51.6 = 99.1%）',
        related: [
          { start: 31, end: 35, message: '分项占比 8.6%' },
          { start: 50, end: 55, message: '分项占比 38.9%' },
          { start: 70, end: 75, message: '分项占比 51.6%' },
        ],
        data: { kind: 'parts', sum: 99.1, tolerance: expect.closeTo(0.15, 9), complete: true, values: [8.6, 38.9, 51.6] },
      },
    ]);
  });

  it('says disjoint parts that need not be complete run over 100%', () => {
    expect(seen('share-sum', '全镇共排查隐患120处，其中，道路交通隐患40处，占33.3%，消防隐患60处，占70%。')).toEqual([
      {
        messageId: 'parts-over',
        line: 1,
        column: 42,
        message: '隐患的各分项互不重叠，占比之和不应超过 100%，文中为 103.3%（33.3 + 70 = 103.3%）',
        related: [
          { start: 26, end: 31, message: '分项占比 33.3%' },
          { start: 41, end: 44, message: '分项占比 70%' },
        ],
        data: { kind: 'parts', sum: 103.3, tolerance: expect.closeTo(0.55, 9), complete: false, values: [33.3, 70] },
      },
    ]);
  });
});

describe('growth-mismatch as a writer sees it', () => {
  /** Message id, column and message of each diagnostic: enough to tell which figures were read and how. */
  const said = (text: string, locale?: 'en') => seen('growth-mismatch', text, locale).map((d) => [d.messageId, d.column, d.message]);
  const rate10 = (column: number, written: string) => [['rate', column, `按文中数字计算，应为增长约 10%（10 ÷ (110 − 10) = 10 ÷ 100），文中为“${written}”`]];

  it('recomputes a rate from the current value and the amount, naming both figures', () => {
    expect(seen('growth-mismatch', '城镇居民人均可支配收入42180元，比上年增加1560元，增长4.9%。')).toEqual([
      {
        messageId: 'rate',
        line: 1,
        column: 32,
        message: '按文中数字计算，应为增长约 3.8%（1560 ÷ (42180 − 1560) = 1560 ÷ 40620），文中为“增长4.9%”',
        related: [
          { start: 11, end: 17, message: '报告期数 42180元' },
          { start: 23, end: 28, message: '增减量 1560元' },
        ],
        data: { kind: 'rate', stated: 4.9, computed: 3.840473, low: expect.closeTo(3.8404727, 6), high: expect.closeTo(3.8404727, 6) },
      },
    ]);
    expect(seen('growth-mismatch', '收入110元，比上年增加10元，增长12%。', 'en')).toEqual([
      expect.objectContaining({
        message: 'Recomputed from the figures, the change is about 10% (增长; 10 ÷ (110 − 10) = 10 ÷ 100); the text says “增长12%”',
        related: [
          { start: 2, end: 6, message: 'Current value 110元' },
          { start: 12, end: 15, message: 'Change 10元' },
        ],
      }),
    ]);
  });

  it('adds a decrease back to find the prior value, and says the change is a fall', () => {
    expect(seen('growth-mismatch', '全市规模以上工业企业1000家，比上年减少100家，下降10%。')).toEqual([
      expect.objectContaining({
        column: 29,
        message: '按文中数字计算，应为下降约 9.1%（100 ÷ (1000 + 100) = 100 ÷ 1100），文中为“下降10%”',
        data: { kind: 'rate', stated: -10, computed: -9.090909, low: expect.closeTo(-9.0909091, 6), high: expect.closeTo(-9.0909091, 6) },
      }),
    ]);
    expect(said('收入90元，比上年少10元，下滑12%。')).toEqual([['rate', 17, '按文中数字计算，应为下降约 10%（10 ÷ (90 + 10) = 10 ÷ 100），文中为“下滑12%”']]);
    expect(said('收入90元，比上年减10元，下降12%。')).toEqual([['rate', 17, '按文中数字计算，应为下降约 10%（10 ÷ (90 + 10) = 10 ÷ 100），文中为“下降12%”']]);
  });

  it('takes each figure as an interval of its rounding, the rate after the current value too', () => {
    // 4.2 ÷ 308.3 = 1.36%; 4.15 ÷ (312.55 − 4.15) = 1.3457%, 4.25 ÷ (312.45 − 4.25) = 1.3790%.
    expect(seen('growth-mismatch', '年末人口312.5万人，比上年末增长2.1%，增加4.2万人。')).toEqual([
      expect.objectContaining({
        column: 19,
        message: '按文中数字计算，应为增长约 1.4%（4.2 ÷ (312.5 − 4.2) = 4.2 ÷ 308.3），文中为“增长2.1%”',
        related: [
          { start: 4, end: 11, message: '报告期数 312.5万人' },
          { start: 25, end: 30, message: '增减量 4.2万人' },
        ],
        data: { kind: 'rate', stated: 2.1, computed: 1.362309, low: expect.closeTo(1.345655, 5), high: expect.closeTo(1.378975, 5) },
      }),
    ]);
    expect(said('年末人口312.5万人，比上年末增长1.4%，增加4.2万人。')).toEqual([]);
    // figures in different units are written with their units, and so is the prior value, in the current one's
    expect(seen('growth-mismatch', '年末人口312.5万人，比上年末增加42000人，增长2.1%。')).toEqual([
      expect.objectContaining({
        column: 28,
        message: '按文中数字计算，应为增长约 1.4%（42000人 ÷ (312.5万人 − 42000人) = 42000人 ÷ 308.3万人），文中为“增长2.1%”',
        data: { kind: 'rate', stated: 2.1, computed: 1.362309, low: expect.closeTo(1.3620885, 6), high: expect.closeTo(1.3625304, 6) },
      }),
    ]);
    // (1.2亿 − 8000万) ÷ 8000万 = 50%; 1.15亿 to 1.25亿 against 7999.5万 to 8000.5万
    expect(seen('growth-mismatch', '总额由8000万元增加到1.2亿元，增长20%。')).toEqual([
      expect.objectContaining({
        column: 21,
        message: '按文中数字计算，应为增长约 50%（(1.2亿元 − 8000万元) ÷ 8000万元），文中为“增长20%”',
        data: { kind: 'rate', stated: 20, computed: 50, low: expect.closeTo(43.741016, 5), high: expect.closeTo(56.259766, 5) },
      }),
    ]);
    expect(said('年末人口312.5万人，增长2.1%，增加4.2万人。')).toEqual([['rate', 15, '按文中数字计算，应为增长约 1.4%（4.2 ÷ (312.5 − 4.2) = 4.2 ÷ 308.3），文中为“增长2.1%”']]);
  });

  it('lets a stated rate off by exactly half its last digit stand, and no more', () => {
    // 19 ÷ 200 = 9.5%: 9% and 10% are both 9.5% rounded, 8% is not.
    expect(said('收入219元，比上年增加19元，增长9%。')).toEqual([]);
    expect(said('收入219元，比上年增加19元，增长10%。')).toEqual([]);
    expect(said('收入219元，比上年增加19元，增长8%。')).toEqual([['rate', 19, '按文中数字计算，应为增长约 9.5%（19 ÷ (219 − 19) = 19 ÷ 200），文中为“增长8%”']]);
  });

  it('reads the comparison words before the amount and the verb before the rate', () => {
    expect(said('收入110元，较上年末多10元，增长了12%。')).toEqual(rate10(20, '增长了12%'));
    expect(said('收入110元，同比增加10元，增长12%。')).toEqual(rate10(18, '增长12%'));
    expect(said('收入110元，较上年增加10元，增长12%。')).toEqual(rate10(19, '增长12%'));
    expect(said('收入110元,比上年增加10元,增长12%。')).toEqual(rate10(19, '增长12%'));
    expect(said('收入110元，比上年增多10元，增多12%。')).toEqual(rate10(19, '增多12%'));
    expect(said('收入110元，比上年增加10元，上升12%。')).toEqual(rate10(19, '上升12%'));
    expect(said('收入110元，比上年增加10元，增加12%。')).toEqual(rate10(19, '增加12%'));
    expect(said('收入110元，比上年增加10元增长12%。')).toEqual(rate10(18, '增长12%'));
    expect(said('收入110元，比上年增加10元，同比增长12%。')).toEqual(rate10(21, '增长12%'));
    expect(said('收入110元，比上年增加10元同比增长12%。')).toEqual(rate10(20, '增长12%'));
    expect(said('收入110元，比上年增加10元，比上年增长12%。')).toEqual(rate10(22, '增长12%'));
    expect(said('收入110元，比上年增加10元，较上年增长12%。')).toEqual(rate10(22, '增长12%'));
    // a comparison of up to 12 characters before the amount
    expect(said('收入110元，比上年全年预计完成的数额多10元，增长12%。')).toEqual(rate10(27, '增长12%'));
  });

  it('leaves figures alone unless the words between them are exactly the connecting words', () => {
    for (const text of [
      '收入110元，比上年全年预计完成的总数额多10元，增长12%。', // 13 characters of comparison
      '收入110元，比上年10月多10元，增长12%。',
      '收入110元，比上年：多10元，增长12%。',
      '收入110元，比上年、去年多10元，增长12%。',
      '收入110元比上年增加10元，增长12%。',
      '收入110元，上年增加10元，增长12%。',
      '收入110元，比上年增加10元，比去年增长12%。',
      '收入110元，比上年增加10元，比上年多增长12%。',
      '收入110元，比上年增加10元，多12%。',
      '收入90元，比上年减少10元，少12%。',
      '收入90元，比上年减少10元，减12%。',
      '收入110元，比上年增加10元。增长12%。',
      '收入约110元，比上年增加10元，增长12%。',
      '收入110元，比上年增加约10元，增长12%。',
      '收入110元，比上年增加10元，增长约12%。',
      '收入*元，比上年增加10元，增长12%。',
      '收入110元，比上年增加10吨，增长12%。',
      '收入110个百分点，比上年增加10个百分点，增长12%。',
      // only levels with a unit are recomputed: not a bare number, a share, a multiple or a rate per mille
      '收入110，比上年增加10，增长12%。',
      '收入110%，比上年增加10%，增长12%。',
      '产量110倍，比上年增加10倍，增长12%。',
      '出生率11‰，比上年增加1‰，增长12%。',
      // nor a range, a placeholder or an approximate figure in any place
      '收入100～110元，比上年增加10元，增长12%。',
      '收入110元，比上年增加10元，增长*%。',
      '收入110元，比上年增加10元，增长10%～12%。',
      '出口额由20亿元增加到60亿元，增长约3倍。',
      '出口额由20亿元增加到60亿元，增长*倍。',
      '出口额由20亿元增加到约60亿元，增长3倍。',
      '城镇化率65.2%，比上年的64.1%提高约1.5个百分点。',
      '城镇化率约65.2%，比上年的64.1%提高1.5个百分点。',
      // an amount of change as large as the current value leaves no prior value to divide by
      '收入10元，比上年增加10元，增长12%。',
      '收入10元，比上年增加20元，增长12%。',
    ])
      expect(said(text), text).toEqual([]);
  });

  it('recomputes the rate of a change from one figure to another', () => {
    expect(seen('growth-mismatch', '社会消费品零售总额由1997年的5160亿元增加到2002年的7703亿元，增长39.3%。')).toEqual([
      {
        messageId: 'rate',
        line: 1,
        column: 41,
        message: '按文中数字计算，应为增长约 49.3%（(7703 − 5160) ÷ 5160），文中为“增长39.3%”',
        related: [
          { start: 16, end: 22, message: '基期数 5160亿元' },
          { start: 31, end: 37, message: '报告期数 7703亿元' },
        ],
        data: { kind: 'rate', stated: 39.3, computed: 49.282946, low: expect.closeTo(49.258793, 5), high: expect.closeTo(49.307103, 5) },
      },
    ]);
    const rate493 = (column: number) => [['rate', column, '按文中数字计算，应为增长约 49.3%（(7703 − 5160) ÷ 5160），文中为“增长39.3%”']];
    expect(said('社会消费品零售总额从上年末的5160亿元增加至7703亿元，增长39.3%。')).toEqual(rate493(33));
    expect(said('总额由2020年末的5160亿元增长到本年的7703亿元，增长39.3%。')).toEqual(rate493(32));
    expect(said('总额由基期5160亿元增加到今年的7703亿元，增长39.3%。')).toEqual(rate493(27));
    expect(said('总额由去年底5160亿元增加到7703亿元，增长39.3%。')).toEqual(rate493(25));
    // (80 − 100) ÷ 100 = −20%; with rounding, −21 ÷ 99.5 to −19 ÷ 100.5
    expect(seen('growth-mismatch', '总额由100亿元下降到80亿元，下降25%。')).toEqual([
      expect.objectContaining({
        column: 19,
        message: '按文中数字计算，应为下降约 20%（(80 − 100) ÷ 100），文中为“下降25%”',
        data: { kind: 'rate', stated: -25, computed: -20, low: expect.closeTo(-21.105528, 5), high: expect.closeTo(-18.905473, 5) },
      }),
    ]);
    expect(said('总额由100亿元减至80亿元，减少25%。')).toEqual([['rate', 18, '按文中数字计算，应为下降约 20%（(80 − 100) ÷ 100），文中为“减少25%”']]);
    expect(said('总额从100亿元降到80亿元，下降20%。')).toEqual([]);
    expect(said('出口额由0亿元增加到60亿元，增长3倍。')).toEqual([]);
  });

  it('recomputes the points between two rates, either way they are written', () => {
    expect(seen('growth-mismatch', '全市常住人口城镇化率为65.2%，比上年的64.1%提高1.5个百分点。')).toEqual([
      {
        messageId: 'points',
        line: 1,
        column: 29,
        message: '两个比率相差 1.1 个百分点（65.2% − 64.1%），文中为提高 1.5 个百分点',
        related: [
          { start: 21, end: 26, message: '基期数 64.1%' },
          { start: 11, end: 16, message: '报告期数 65.2%' },
        ],
        data: { kind: 'points', stated: 1.5, computed: 1.1, low: expect.closeTo(1.0, 9), high: expect.closeTo(1.2, 9) },
      },
    ]);
    expect(seen('growth-mismatch', '城镇化率65.2%，比上年的64.1%提高1.5个百分点。', 'en').map((d) => d.message)).toEqual([
      'The two rates differ by 1.1 percentage points (65.2% − 64.1%); the text says 提高 1.5',
    ]);
    expect(said('城镇化率65.2%，较2023年末的64.1%提高了1.5个百分点。')).toEqual([['points', 27, '两个比率相差 1.1 个百分点（65.2% − 64.1%），文中为提高 1.5 个百分点']]);
    expect(said('城镇化率65.2%，比上年64.1%下降1.1个百分点。')).toEqual([['points', 21, '两个比率相差 1.1 个百分点（65.2% − 64.1%），文中为下降 1.1 个百分点']]);
    expect(said('城镇化率65.2%，比上年同期的64.1%提高1.5个百分点。')).toEqual([['points', 24, '两个比率相差 1.1 个百分点（65.2% − 64.1%），文中为提高 1.5 个百分点']]);
    expect(said('全市常住人口城镇化率为65.2%，比上年的64.1%提高1.2个百分点。')).toEqual([]);
    expect(said('城镇化率65.2%，比上年的64.1%，提高1.5个百分点。')).toEqual([]);
    expect(said('城镇化率65.2%，比上年的64.1%增1.5个百分点。')).toEqual([]);
    // from one rate to another: 91 ± 0.5 − 65 ± 0.5 is 25 to 27
    expect(seen('growth-mismatch', '森林覆盖率由65%提高到91%，提高16个百分点。')).toEqual([
      {
        messageId: 'points',
        line: 1,
        column: 19,
        message: '两个比率相差 26 个百分点（91% − 65%），文中为提高 16 个百分点',
        related: [
          { start: 6, end: 9, message: '基期数 65%' },
          { start: 12, end: 15, message: '报告期数 91%' },
        ],
        data: { kind: 'points', stated: 16, computed: 26, low: 25, high: 27 },
      },
    ]);
    expect(said('森林覆盖率由65%提高到91%，提高16%。')).toEqual([]);
    expect(said('森林覆盖率由65%提高到91万人，提高16个百分点。')).toEqual([]);
  });

  it('tells an increase of x times from x times the base, and names a slip of one', () => {
    // 60 ÷ 20 = 3 times the base, an increase of 2 times; with rounding 39 ÷ 20.5 to 41 ÷ 19.5 and 59.5 ÷ 20.5 to 60.5 ÷ 19.5
    expect(seen('growth-mismatch', '出口额由20亿元增加到60亿元，增长3倍。')).toEqual([
      {
        messageId: 'times-slip',
        line: 1,
        column: 19,
        message: '“增长3倍”差了 1 倍：60 ÷ 20 = 3，即为基期的 3 倍、增长 2 倍',
        related: [
          { start: 4, end: 8, message: '基期数 20亿元' },
          { start: 11, end: 15, message: '报告期数 60亿元' },
        ],
        data: { kind: 'growth-times', stated: 3, computed: 2, low: expect.closeTo(1.902439, 5), high: expect.closeTo(2.102564, 5) },
      },
    ]);
    expect(seen('growth-mismatch', '进口额由20亿元增加到60亿元，是原来的2倍。')).toEqual([
      expect.objectContaining({
        messageId: 'times-slip',
        column: 21,
        message: '“是原来的2倍”差了 1 倍：60 ÷ 20 = 3，即为基期的 3 倍、增长 2 倍',
        data: { kind: 'ratio-times', stated: 2, computed: 3, low: expect.closeTo(2.902439, 5), high: expect.closeTo(3.102564, 5) },
      }),
    ]);
    expect(said('进口额由20亿元增加到60亿元，为上年的2倍。')).toEqual([['times-slip', 21, '“为上年的2倍”差了 1 倍：60 ÷ 20 = 3，即为基期的 3 倍、增长 2 倍']]);
    expect(said('进口额由20亿元增加到60亿元，相当于2019年的2倍。')).toEqual([['times-slip', 26, '“相当于2019年的2倍”差了 1 倍：60 ÷ 20 = 3，即为基期的 3 倍、增长 2 倍']]);
    expect(said('进口额由20亿元增加到60亿元，增加到原来的2倍。')).toEqual([['times-slip', 23, '“增加到原来的2倍”差了 1 倍：60 ÷ 20 = 3，即为基期的 3 倍、增长 2 倍']]);
    // 50 ÷ 20 = 2.5: the slip names it to one decimal even when the stated multiple has none
    expect(said('出口额由20亿元增加到50亿元，增长3倍。')).toEqual([['times-slip', 19, '“增长3倍”差了 1 倍：50 ÷ 20 = 2.5，即为基期的 2.5 倍、增长 1.5 倍']]);
    expect(said('进口额由20亿元增加到60亿元，达到基期的5倍。')).toEqual([['times-ratio', 22, '按文中数字计算，应为基期的约 3 倍（60 ÷ 20），文中为 5 倍']]);
    expect(said('社会消费品零售总额由5160亿元增加到7703亿元，增长2.8倍。')).toEqual([['times-growth', 29, '按文中数字计算，应增长约 0.5 倍（(7703 − 5160) ÷ 5160），文中为 2.8 倍']]);
    // 2.2 ± 0.05 is neither 1.90–2.10 (growth) nor 2.90–3.10 (ratio): no slip
    expect(said('出口额由20亿元增加到60亿元，增长2.2倍。')).toEqual([['times-growth', 19, '按文中数字计算，应增长约 2 倍（(60 − 20) ÷ 20），文中为 2.2 倍']]);
    expect(said('出口额由20亿元增加到60亿元，增长2倍。')).toEqual([]);
    expect(said('出口额由20亿元增加到60亿元，增长1.9倍。')).toEqual([]);
    expect(said('出口额由20亿元增加到60亿元，增长3倍。', 'en')).toEqual([
      ['times-slip', 19, '“增长3倍” is off by one: 60 ÷ 20 = 3, that is 3 times the base, an increase of 2 times'],
    ]);
    expect(said('出口额由20亿元增加到60亿元，增长2.5倍。', 'en')).toEqual([
      ['times-growth', 19, 'Recomputed from the figures, the increase is about 2 times the base ((60 − 20) ÷ 20); the text says 2.5'],
    ]);
    expect(said('进口额由20亿元增加到60亿元，是原来的5倍。', 'en')).toEqual([
      ['times-ratio', 21, 'Recomputed from the figures, the current value is about 3 times the base (60 ÷ 20); the text says 5'],
    ]);
  });

  it('names the base and current figures of a change from one to the other in English too', () => {
    expect(seen('growth-mismatch', '总额由100亿元下降到80亿元，下降25%。', 'en')).toEqual([
      expect.objectContaining({
        message: 'Recomputed from the figures, the change is about 20% (下降; (80 − 100) ÷ 100); the text says “下降25%”',
        related: [
          { start: 3, end: 8, message: 'Base value 100亿元' },
          { start: 11, end: 15, message: 'Current value 80亿元' },
        ],
      }),
    ]);
  });

  it('says nothing on a line where it is turned off', () => {
    const line = '收入110元，比上年增加10元，增长12%，能耗降低3倍。';
    const md = ['<!-- huibao-disable-next-line growth-mismatch -->', line, '', line, ''].join('\n');
    const shownAt = lint(md, { format: 'markdown', config: { rules: { 'growth-mismatch': 'warning' } } }).diagnostics.filter((d) => d.ruleId === 'growth-mismatch');
    expect(shownAt.map((d) => [d.messageId, d.line, d.column])).toEqual([
      ['rate', 4, 19],
      ['decrease-times', 4, 25],
    ]);
  });

  it('reports a decrease stated as a multiple whatever the figures', () => {
    expect(seen('growth-mismatch', '通过技术改造，单位产值能耗降低3倍，生产成本减少了一倍。')).toEqual([
      {
        messageId: 'decrease-times',
        line: 1,
        column: 14,
        message: '“降低3倍”不成立：减少不能用倍数表示（减少 1 倍即减到零），应写作减少百分之几或降到几分之几',
        data: { kind: 'decrease-times' },
      },
      expect.objectContaining({ column: 23, message: '“减少了一倍”不成立：减少不能用倍数表示（减少 1 倍即减到零），应写作减少百分之几或降到几分之几' }),
    ]);
    // only that: 下降5倍 is not then checked as an increase of 5 times against the figures
    expect(said('总额由100亿元增加到300亿元，下降5倍。')).toEqual([['decrease-times', 18, '“下降5倍”不成立：减少不能用倍数表示（减少 1 倍即减到零），应写作减少百分之几或降到几分之几']]);
    expect(said('成本下降10倍，能耗降低1.5倍，用水减少二十倍。').map(([id, column, message]) => [id, column, String(message).split('”')[0]])).toEqual([
      ['decrease-times', 3, '“下降10倍'],
      ['decrease-times', 11, '“降低1.5倍'],
      ['decrease-times', 20, '“减少二十倍'],
    ]);
    expect(said('能耗降低3倍。', 'en')).toEqual([
      ['decrease-times', 3, '“降低3倍” cannot be right: a decrease is not a multiple (down one time is down to zero); state a percentage or a fraction'],
    ]);
  });
});

describe('placeholder as a writer sees it', () => {
  // Survivors of `pnpm mutation` over placeholder.ts (docs/mutation.md). Columns count UTF-16 units from 1.

  it('names a mark with no word after it as text to fill in, and shows no context past a clause break', () => {
    // 负责人：* — 4 characters before the mark; the clause before it is empty (： ends a clause).
    const expected = { messageId: 'other', line: 1, column: 5, data: { kind: 'other', unit: null, following: '' } };
    expect(seen('placeholder', '负责人：*。')).toEqual([{ ...expected, message: '内容待填：*' }]);
    expect(seen('placeholder', '负责人：*。', 'en')).toEqual([{ ...expected, message: 'Text to fill in: *' }]);
  });

  it('names a figure by its unit, not by the word that follows it', () => {
    // 同比增长*%: no Han or Latin word follows the mark, but the figure's unit is %.
    expect(seen('placeholder', '同比增长*%。')).toEqual([
      { messageId: 'number', line: 1, column: 5, message: '数值待填：同比增长 * %', data: { kind: 'number', unit: '%', following: '' } },
    ]);
  });

  it('keeps whole words up to exactly 12 characters', () => {
    // 取缔 非法 塑料 加工 经营 大户: six two-character words, 12 characters; 陆续 would make 14.
    expect(seen('placeholder', '今年我们已陆续取缔非法塑料加工经营大户*户。').map((d) => d.message)).toEqual(['数值待填：取缔非法塑料加工经营大户 * 户']);
  });

  it('reads a clause back to its start when white space fills the last 25 characters before the mark', () => {
    const spaces = (n: number) => ' '.repeat(n);
    // 19 characters, 20 spaces, the mark at column 40: the walk back (25 characters) sees only 工经营大户 and spaces.
    expect(seen('placeholder', `今年我们已陆续取缔非法塑料加工经营大户${spaces(20)}*户。`)).toEqual([
      { messageId: 'number', line: 1, column: 40, message: '数值待填：取缔非法塑料加工经营大户 * 户', data: { kind: 'number', unit: '户', following: '户' } },
    ]);
    // 排查企业 after a comma, then 22 spaces: the clause is 排查企业, not 查企业 and not 进，排查企业.
    expect(seen('placeholder', `全年工作有序推进，排查企业${spaces(22)}*家。`).map((d) => [d.column, d.message])).toEqual([[36, '数值待填：排查企业 * 家']]);
    // Exactly 12 characters before 13 spaces (镇共排查整治塑料加工企业) is still read back to the clause's
    // start, so the window starts at a word: 共 排查 整治 塑料 加工 企业 (11); 全镇 would make 13.
    expect(seen('placeholder', `今年全镇共排查整治塑料加工企业${spaces(13)}*家。`).map((d) => [d.column, d.message])).toEqual([[29, '数值待填：共排查整治塑料加工企业 * 家']]);
    // A clause longer than the walk, two spaces before the mark: the spaces are not part of the window.
    expect(seen('placeholder', '今年以来我们已经陆续依法取缔非法塑料加工经营大户  *户。').map((d) => [d.column, d.message])).toEqual([[27, '数值待填：取缔非法塑料加工经营大户 * 户']]);
  });
});

describe('the structure rules under the default config', () => {
  it('run by default as warnings in the 结构 category, in draft and final mode', () => {
    // 一、 then （1）: a level skipped (heading-level).
    const text = '一、主要工作\n（1）重点项目\n完成投资3亿元。';
    const structure = [['heading-level', 'warning', '结构']];
    expect(shown(text)).toEqual(structure);
    expect(shown(text, { mode: 'final' })).toEqual(structure);
  });
});

describe('heading-level as a writer sees it', () => {
  // Survivors of `pnpm mutation` over heading-level.ts (docs/mutation.md). Offsets count UTF-16 units from 0.

  it('names the heading, its parent and the level left out between them', () => {
    // 一、安全生产工作 is 8 characters and a line break: （1） spans 9–12; the level under 一、 is written （一）.
    const expected = { messageId: 'skipped', line: 2, column: 1, data: { level: 4, parentLevel: 1 } };
    const text = '一、安全生产工作\n（1）开展隐患排查\n全年排查隐患120处。';
    expect(seen('heading-level', text)).toEqual([{ ...expected, message: '标题跳级：（1）直接位于一、之下，中间缺少“（一）”一级' }]);
    expect(seen('heading-level', text, 'en')).toEqual([
      { ...expected, message: 'Heading level skipped: （1） sits right under 一、, without a “（一）” level between' },
    ]);
    // Under （一） the missing level is the third, written 1.
    expect(seen('heading-level', '一、主要工作\n（一）项目建设\n（1）交通项目\n完成投资1.2亿元。')).toEqual([
      { messageId: 'skipped', line: 3, column: 1, message: '标题跳级：（1）直接位于（一）之下，中间缺少“1.”一级', data: { level: 4, parentLevel: 2 } },
    ]);
  });

  it('gives the GB/T 9704 form of a marker with its own number, as a safe fix', () => {
    // （一）、 spans 7–11 (line 2); (二) spans 22–25 (line 4, after 工作进展 and 进展顺利。).
    const text = '一、总体情况\n（一）、工作进展\n进展顺利。\n(二)存在问题\n资金缺口较大。';
    const form = (line: number, marker: string, standard: string, style: string, start: number, end: number) => ({
      messageId: 'form',
      line,
      column: 1,
      message: `标题序号“${marker}”不是公文规定的格式，第2级应写作“${standard}”`,
      data: { style, standardStyle: 'cjk-paren' },
      fixes: [{ title: `改为“${standard}”`, edits: [{ start, end, newText: standard }], safe: true }],
    });
    expect(seen('heading-level', text)).toEqual([form(2, '（一）、', '（一）', 'cjk-paren-comma', 7, 11), form(4, '(二)', '（二）', 'cjk-halfwidth-paren', 22, 25)]);
    expect(seen('heading-level', text, 'en').map((d) => [d.message, d.fixes?.map((f) => f.title)])).toEqual([
      ['Heading marker “（一）、” is not a GB/T 9704 form; level 2 is written “（一）”', ['Change to “（一）”']],
      ['Heading marker “(二)” is not a GB/T 9704 form; level 2 is written “（二）”', ['Change to “（二）”']],
    ]);
  });

  it('points a mixed form at the first one of its level and suggests that form, not as a safe fix', () => {
    // 1. spans 15–17 (line 3); 2． spans 31–33 (line 5, after 完成投资3亿元。).
    const text = '一、主要工作\n（一）项目建设\n1.重点项目\n完成投资3亿元。\n2．一般项目\n完成投资1亿元。';
    const expected = { messageId: 'mixed', line: 5, column: 1, data: { level: 3, shape: '#．', usualShape: '#.' } };
    expect(seen('heading-level', text)).toEqual([
      {
        ...expected,
        message: '同级标题序号格式不一致：此处为“2．”，同级其他标题写作“1.”',
        related: [{ start: 15, end: 17, message: '同级标题首次写作“1.”' }],
        fixes: [{ title: '改为“2.”', edits: [{ start: 31, end: 33, newText: '2.' }], safe: false }],
      },
    ]);
    expect(seen('heading-level', text, 'en')).toEqual([
      {
        ...expected,
        message: 'Mixed marker forms at one level: “2．” here, “1.” elsewhere at this level',
        related: [{ start: 15, end: 17, message: 'This level is first written “1.”' }],
        fixes: [{ title: 'Change to “2.”', edits: [{ start: 31, end: 33, newText: '2.' }], safe: false }],
      },
    ]);
  });

  it('reads a number of two digits as one number in a marker’s shape and in the suggestion', () => {
    // 1. and 10. have one shape, #.; 1． and 10. do not, and 10. becomes 10． (spans 31–34).
    expect(seen('heading-level', '一、主要工作\n（一）项目建设\n1.重点项目\n完成投资3亿元。\n10.其他项目\n完成投资1亿元。')).toEqual([]);
    expect(seen('heading-level', '一、主要工作\n（一）项目建设\n1．重点项目\n完成投资3亿元。\n10.其他项目\n完成投资1亿元。')).toEqual([
      {
        messageId: 'mixed',
        line: 5,
        column: 1,
        message: '同级标题序号格式不一致：此处为“10.”，同级其他标题写作“1．”',
        data: { level: 3, shape: '#.', usualShape: '#．' },
        related: [{ start: 15, end: 17, message: '同级标题首次写作“1．”' }],
        fixes: [{ title: '改为“10．”', edits: [{ start: 31, end: 34, newText: '10．' }], safe: false }],
      },
    ]);
    // （1） and （10） have one shape, （#）, though 10 does not stand right after the bracket.
    expect(seen('heading-level', '一、主要工作\n（一）项目建设\n1.重点项目\n（1）交通项目\n完成投资。\n（10）水利项目\n完成投资。')).toEqual([]);
  });

  it('leaves numbered notes after a colon alone, but not numbered headings under a heading that ends with one', () => {
    // 注: with a half-width colon, and 注： with a space after it: a list, not headings (its 1. and 2． differ).
    expect(seen('heading-level', '一、综合\n全年产值增长。\n注:\n1.本公报数据为初步统计结果。\n2．部分数据因四舍五入。')).toEqual([]);
    expect(seen('heading-level', '一、综合\n全年产值增长。\n注： \n1.本公报数据为初步统计结果。\n2．部分数据因四舍五入。')).toEqual([]);
    // A colon inside a paragraph does not make the headings after it a list: 2． is still mixed with 1..
    expect(seen('heading-level', '一、主要工作\n（一）项目建设\n完成情况如下：全年完成投资3亿元。\n1.重点项目\n完成投资。\n2．一般项目\n完成投资。').map((d) => [d.messageId, d.line])).toEqual([['mixed', 6]]);
    // Nor does a colon at the end of a heading's own first paragraph: 2． is read as a heading.
    expect(seen('heading-level', '一、主要工作\n（一）项目建设\n1.重点项目\n完成投资。\n2．一般项目\n主要做法如下：\n加强调度。').map((d) => [d.messageId, d.line])).toEqual([['mixed', 5]]);
    // 一、主要工作： is a heading, not a paragraph introducing a list: 1. and 2． are headings a level down too far.
    expect(seen('heading-level', '一、主要工作：\n1.重点项目\n2．其他').map((d) => [d.messageId, d.line])).toEqual([
      ['skipped', 2],
      ['skipped', 3],
      ['mixed', 3],
    ]);
  });
});

describe('heading-sequence as a writer sees it', () => {
  // Survivors of `pnpm mutation` over heading-sequence.ts (docs/mutation.md). Offsets count UTF-16 units from 0.

  it('names the heading before, the number expected and the one written, with the level in data', () => {
    // 一、主要工作 and a line break are 7 units, 完成投资3亿元。 and a line break 9: 三、 spans 16–18 (line 3).
    const text = '一、主要工作\n完成投资3亿元。\n三、存在问题\n资金缺口较大。';
    const expected = { messageId: 'gap', line: 3, column: 1, data: { level: 1, expected: 2, actual: 3 } };
    expect(seen('heading-sequence', text)).toEqual([
      { ...expected, message: '标题序号跳号：一、之后应为二、，此处为三、', fixes: [{ title: '改为二、', edits: [{ start: 16, end: 18, newText: '二、' }], safe: false }] },
    ]);
    expect(seen('heading-sequence', text, 'en')).toEqual([
      {
        ...expected,
        message: 'Heading number skips: after 一、 comes 二、, found 三、',
        fixes: [{ title: 'Change to 二、', edits: [{ start: 16, end: 18, newText: '二、' }], safe: false }],
      },
    ]);
  });

  it('reports two second-level headings in each other’s place once, pointing at the other', () => {
    // Lines: 一、主要工作 (0–7 with its break), （一）项目建设 (7–15), 完成投资。 (15–21),
    // （三）民生工程 (21–29), 完成投资。 (29–35), （二）环境整治 (35–): （三） spans 21–24, （二） 35–38.
    const text = '一、主要工作\n（一）项目建设\n完成投资。\n（三）民生工程\n完成投资。\n（二）环境整治\n完成投资。';
    const expected = { messageId: 'swap', line: 4, column: 1, data: { level: 2, expected: 2, actual: 3 } };
    const edits = [
      { start: 21, end: 24, newText: '（二）' },
      { start: 35, end: 38, newText: '（三）' },
    ];
    expect(seen('heading-sequence', text)).toEqual([
      {
        ...expected,
        message: '标题序号颠倒：“（三）”与“（二）”互换了位置，应依次为“（二）”“（三）”',
        related: [{ start: 35, end: 38, message: '改为（三）' }],
        fixes: [{ title: '依次改为“（二）”“（三）”', edits, safe: false }],
      },
    ]);
    expect(seen('heading-sequence', text, 'en')).toEqual([
      {
        ...expected,
        message: 'Heading numbers swapped: “（三）” and “（二）” stand in each other’s place; write “（二）” then “（三）”',
        related: [{ start: 35, end: 38, message: 'Change to （三）' }],
        fixes: [{ title: 'Change to “（二）” then “（三）”', edits, safe: false }],
      },
    ]);
  });
});

describe('enumeration-sequence as a writer sees it', () => {
  // Survivors of `pnpm mutation` over enumeration-sequence.ts (docs/mutation.md). Offsets count UTF-16 units from 0.

  it('names the 一是 item before, the 二是 expected and the 三是 written, with the kind in data', () => {
    // 强化协作机制。 is 7 units, 一是 spans 7–9, 整合执法力量； 9–16: 三是 spans 16–18 (column 17).
    const text = '强化协作机制。一是整合执法力量；三是建立预警机制；四是畅通举报渠道。';
    const expected = { messageId: 'gap', line: 1, column: 17, data: { kind: 'shi', expected: 2, actual: 3 } };
    expect(seen('enumeration-sequence', text)).toEqual([
      { ...expected, message: '列举序号跳号：一是之后应为二是，此处为三是', fixes: [{ title: '改为二是', edits: [{ start: 16, end: 18, newText: '二是' }], safe: false }] },
    ]);
    expect(seen('enumeration-sequence', text, 'en')).toEqual([
      {
        ...expected,
        message: 'Enumeration skips: after 一是 comes 二是, found 三是',
        fixes: [{ title: 'Change to 二是', edits: [{ start: 16, end: 18, newText: '二是' }], safe: false }],
      },
    ]);
  });

  it('writes the 第 form for 第一、第二 items: a repeated 第二 becomes 第三', () => {
    // 我们将抓好以下工作。 is 10 units: 第一 spans 10–12, 第二 20–22 and 30–32 (column 31).
    const text = '我们将抓好以下工作。第一，抓好项目建设；第二，抓好招商引资；第二，抓好民生保障。';
    const expected = { messageId: 'repeat', line: 1, column: 31, data: { kind: 'di', expected: 3, actual: 2 } };
    expect(seen('enumeration-sequence', text)).toEqual([
      { ...expected, message: '列举序号重复：第二出现了两次', fixes: [{ title: '改为第三', edits: [{ start: 30, end: 32, newText: '第三' }], safe: false }] },
    ]);
    expect(seen('enumeration-sequence', text, 'en')).toEqual([
      { ...expected, message: 'Enumeration repeats 第二', fixes: [{ title: 'Change to 第三', edits: [{ start: 30, end: 32, newText: '第三' }], safe: false }] },
    ]);
  });

  it('reports 第三 and 第二 in each other’s place once, with both written in the 第 form', () => {
    // 第一 spans 10–12, 第三 20–22, 第二 30–32 (as above).
    const text = '我们将抓好以下工作。第一，抓好项目建设；第三，抓好招商引资；第二，抓好民生保障。';
    expect(seen('enumeration-sequence', text)).toEqual([
      {
        messageId: 'swap',
        line: 1,
        column: 21,
        message: '列举序号颠倒：“第三”与“第二”互换了位置，应依次为“第二”“第三”',
        data: { kind: 'di', expected: 2, actual: 3 },
        related: [{ start: 30, end: 32, message: '改为第三' }],
        fixes: [
          {
            title: '依次改为“第二”“第三”',
            edits: [
              { start: 20, end: 22, newText: '第二' },
              { start: 30, end: 32, newText: '第三' },
            ],
            safe: false,
          },
        ],
      },
    ]);
  });
});

describe('date-check as a writer sees it', () => {
  // Survivors of `pnpm mutation` over date-check.ts (docs/mutation.md). Offsets count UTF-16 units from 0.
  // 2024-01-01 was a Monday; 2024-10-08 is day 282 of 2024 (a Tuesday), 2024-10-06 a Sunday, 2024-03-12
  // (day 72) a Tuesday. A title line 青云镇2024年上半年工作总结 is 15 units and a line break.
  const title = '青云镇2024年上半年工作总结';
  const severities = (text: string) => lint(text, { format: 'text' }).diagnostics.filter((d) => d.ruleId === 'date-check').map((d) => [d.messageId, d.severity]);

  it('names the weekday a date falls on and offers it in the word as written', () => {
    // 2024年10月8日 is 10 units: 星期三 spans 11–14 (column 12), its 三 13–14.
    const text = '2024年10月8日（星期三），县政府召开全县安全生产工作会议。';
    const expected = { messageId: 'weekday', line: 1, column: 12, data: { year: 2024, month: 10, day: 8, written: 3, actual: 2 } };
    const edits = [{ start: 13, end: 14, newText: '二' }];
    expect(seen('date-check', text)).toEqual([{ ...expected, message: '2024年10月8日是星期二，文中写作“星期三”', fixes: [{ title: '改为“星期二”', edits, safe: false }] }]);
    expect(seen('date-check', text, 'en')).toEqual([
      { ...expected, message: '2024年10月8日 is a Tuesday, the text says “星期三”', fixes: [{ title: 'Change to “星期二”', edits, safe: false }] },
    ]);
    // 周五 on a Sunday: 周 is at 10, 五 at 11; the fix keeps 周.
    expect(seen('date-check', '2024年10月6日周五召开会议。', 'en')).toEqual([
      {
        messageId: 'weekday',
        line: 1,
        column: 11,
        message: '2024年10月6日 is a Sunday, the text says “周五”',
        data: { year: 2024, month: 10, day: 6, written: 5, actual: 0 },
        fixes: [{ title: 'Change to “周日”', edits: [{ start: 11, end: 12, newText: '日' }], safe: false }],
      },
    ]);
  });

  it('takes a date’s year from the title’s period, and checks no weekday without a year', () => {
    // Line 2 starts at 16: 3月12日 spans 16–21, 星期一 22–25 (column 7), its 一 24–25.
    expect(seen('date-check', `${title}\n3月12日（星期一），我镇启动人居环境整治。`)).toEqual([
      {
        messageId: 'weekday',
        line: 2,
        column: 7,
        message: '2024年3月12日是星期二，文中写作“星期一”',
        data: { year: 2024, month: 3, day: 12, written: 1, actual: 2 },
        fixes: [{ title: '改为“星期二”', edits: [{ start: 24, end: 25, newText: '二' }], safe: false }],
      },
    ]);
    expect(seen('date-check', '10月8日（星期三）召开会议。')).toEqual([]);
    // The right weekday is not reported.
    expect(seen('date-check', '2024年10月8日（星期二），县政府召开会议。')).toEqual([]);
  });

  it('names the days of a month a date does not have, in a leap year or not', () => {
    // 我局于 is 3 units: 4月31日 spans 3–8 (column 4).
    const text = '我局于4月31日完成了全部排查工作。';
    const expected = { messageId: 'no-such-date', line: 1, column: 4, data: { year: null, month: 4, day: 31, daysInMonth: 30 } };
    expect(seen('date-check', text)).toEqual([{ ...expected, message: '“4月31日”不存在：4月只有 30 天' }]);
    expect(seen('date-check', text, 'en')).toEqual([{ ...expected, message: '“4月31日” does not exist: month 4 has 30 days' }]);
    expect(seen('date-check', '我局于4月30日完成了全部排查工作。')).toEqual([]);
    // 2023 is not a leap year; the year comes from the title (line 2, column 1).
    expect(seen('date-check', '青云镇2023年上半年工作总结\n2月29日，完成复查。')).toEqual([
      { messageId: 'no-such-date', line: 2, column: 1, message: '“2月29日”不存在：2月只有 28 天', data: { year: 2023, month: 2, day: 29, daysInMonth: 28 } },
    ]);
    expect(seen('date-check', `${title}\n2月29日，完成复查。`)).toEqual([]);
  });

  it('names a month past 12, and leaves 12月31日 alone', () => {
    const expected = { messageId: 'no-such-month', line: 1, column: 1, data: { month: 13, day: 5 } };
    expect(seen('date-check', '13月5日召开会议。')).toEqual([{ ...expected, message: '“13月5日”不存在：一年只有 12 个月，没有 13 月' }]);
    expect(seen('date-check', '13月5日召开会议。', 'en')).toEqual([{ ...expected, message: '“13月5日” does not exist: there is no month 13' }]);
    expect(seen('date-check', '12月31日召开会议。')).toEqual([]);
  });

  it('points out, as a hint, a date done after the period the title covers', () => {
    // Line 2 starts at 16; 3月12日，我镇启动人居环境整治。 is 17 units: 8月15日 spans 33–38 (column 18).
    const text = `${title}\n3月12日，我镇启动人居环境整治。8月15日，完成了全部河道清淤任务。`;
    const expected = { messageId: 'after-period', line: 2, column: 18, data: { lastMonth: 6, year: 2024, month: 8, day: 15 } };
    expect(seen('date-check', text)).toEqual([{ ...expected, message: '“青云镇2024年上半年工作总结”所述期间截至 6 月底，“8月15日”在其后' }]);
    expect(seen('date-check', text, 'en')).toEqual([
      { ...expected, message: '“青云镇2024年上半年工作总结” covers the period up to the end of month 6; “8月15日” is after it' },
    ]);
    expect(severities(text)).toEqual([['after-period', 'info']]);
    // The first day after the period is after it; its last day is not.
    expect(severities(`${title}\n7月1日，完成验收。6月30日，完成清淤。`)).toEqual([['after-period', 'info']]);
  });

  it('compares the year of a date with the title’s, when both have one', () => {
    expect(severities(`${title}\n2023年8月15日，完成清淤。`)).toEqual([]);
    expect(severities(`${title}\n2025年1月5日，完成清淤。`)).toEqual([['after-period', 'info']]);
    expect(severities(`${title}\n2024年8月15日，完成清淤。`)).toEqual([['after-period', 'info']]);
    // A title with a period and no year: a date with a year is not compared, one without is.
    expect(severities('青云镇上半年工作总结\n2024年8月15日，完成清淤。')).toEqual([]);
    expect(severities('青云镇上半年工作总结\n8月15日，完成清淤。')).toEqual([['after-period', 'info']]);
  });

  it('leaves plans, the sections that look ahead, the signing date and the title’s own date alone', () => {
    // A future word counts only in the date's own clause (between ，and ；).
    expect(severities(`${title}\n完成清淤任务，将于8月15日验收。`)).toEqual([]);
    expect(severities(`${title}\n下一步将继续巡查，8月15日完成验收。`)).toEqual([['after-period', 'info']]);
    expect(severities(`${title}\n8月15日完成验收，下一步将继续巡查。`)).toEqual([['after-period', 'info']]);
    // 前 just before the ，: still the clause before the date's.
    expect(severities(`${title}\n清淤赶在汛期之前，8月15日完成验收。`)).toEqual([['after-period', 'info']]);
    expect(severities(`${title}\n一、主要工作\n8月15日，完成清淤。\n二、下半年工作打算\n（一）防火工作\n9月1日起开展秋季防火检查。`)).toEqual([['after-period', 'info']]);
    expect(severities(`${title}\n一、主要工作\n3月1日，完成清淤。\n二、工作计划\n（一）防火工作\n9月1日起开展秋季防火检查。`)).toEqual([]);
    // The date a report is signed with: its own line, with or without a mark after it.
    expect(severities(`${title}\n上半年完成清淤。\n青云镇人民政府\n2024年7月5日`)).toEqual([]);
    expect(severities(`${title}\n上半年完成清淤。\n7月5日。`)).toEqual([]);
    expect(severities(`${title}\n上半年完成清淤。\n7月5日完成。`)).toEqual([['after-period', 'info']]);
    expect(severities('青云镇2024年上半年工作总结（7月5日）\n上半年完成清淤。')).toEqual([]);
  });

  it('reads a title only from a short first line that is not a sentence', () => {
    const body = '\n8月15日，完成清淤。';
    expect(severities(`${title}${body}`)).toEqual([['after-period', 'info']]);
    expect(severities(`${title}。${body}`)).toEqual([]);
    expect(severities(`${title}；${body}`)).toEqual([]);
    expect(severities(`青云镇2024年上半年工作总结。附表${body}`)).toEqual([]);
    // 41 units is too long for a title; 40 is not.
    expect(severities(`${'青'.repeat(26)}${title}${body}`)).toEqual([]);
    expect(severities(`${'青'.repeat(25)}${title}${body}`)).toEqual([['after-period', 'info']]);
    // A first line that is a heading is no title.
    expect(severities(`一、${title}${body}`)).toEqual([]);
  });

  it('does not check a lunar date as a Gregorian one', () => {
    expect(severities('农历二月三十日，举行庙会。')).toEqual([]);
    expect(severities('阴历二月三十日，举行庙会。')).toEqual([]);
    expect(severities('二月三十日，举行庙会。')).toEqual([['no-such-date', 'warning']]);
  });
});

describe('punctuation as a writer sees it', () => {
  const fix = (title: string, safe: boolean, ...edits: Array<[number, number, string]>) => ({ title, safe, edits: edits.map(([start, end, newText]) => ({ start, end, newText })) });
  const brief = (text: string, locale?: 'en') => seen('punctuation', text, locale).map((d) => [d.messageId, d.column, d.message, d.fixes]);

  it('names the half-width mark and its full-width form, and replaces the blanks around it too', () => {
    // 主要措施 : 加强: the colon at offset 5, the blanks at 4 and 6 go with it.
    expect(brief('主要措施 : 加强巡查。')).toEqual([
      ['halfWidth', 6, '中文里应使用全角标点“：”，此处为半角“:”（GB/T 15834-2011 §3.1）', [fix('改为“：”', true, [4, 7, '：'])]],
    ]);
    expect(brief('主要措施 : 加强巡查。', 'en')).toEqual([
      ['halfWidth', 6, 'Use the full-width “：” in Chinese text, not the half-width “:” (GB/T 15834-2011 §3.1)', [fix('Change to “：”', true, [4, 7, '：'])]],
    ]);
  });

  it('reads ? and ! after Chinese as Chinese unless ASCII or a [ follows, and a ; after a figure’s % when Chinese follows', () => {
    expect(brief('整改是否到位?全部到位!')).toEqual([
      ['halfWidth', 7, '中文里应使用全角标点“？”，此处为半角“?”（GB/T 15834-2011 §3.1）', [fix('改为“？”', true, [6, 7, '？'])]],
      ['halfWidth', 12, '中文里应使用全角标点“！”，此处为半角“!”（GB/T 15834-2011 §3.1）', [fix('改为“！”', true, [11, 12, '！'])]],
    ]);
    expect(brief('完成了? abc')).toEqual([]);
    expect(brief('详见图片![图](a.png)')).toEqual([]);
    expect(brief('下降2.1%;全年完成。')).toEqual([
      ['halfWidth', 7, '中文里应使用全角标点“；”，此处为半角“;”（GB/T 15834-2011 §3.1）', [fix('改为“；”', true, [6, 7, '；'])]],
    ]);
    expect(brief('下降2.1%;abc')).toEqual([]);
    // A full-width closing bracket before and an opening one after make both sides Chinese.
    expect(brief('完成（甲）,（乙）').map((d) => d.slice(0, 2))).toEqual([['halfWidth', 6]]);
    expect(brief('A,B两项')).toEqual([]);
  });

  it('turns a half-width pair around or after Chinese into （）, both ends in one safe fix', () => {
    expect(brief('生产总值(GDP)增长5%。')).toEqual([
      ['halfWidthParens', 5, '中文里应使用全角括号“（）”，此处为半角“()”（GB/T 15834-2011 §4.9）', [fix('改为“（…）”', true, [4, 5, '（'], [8, 9, '）'])]],
    ]);
    expect(brief('生产总值(GDP)增长5%。', 'en')).toEqual([
      ['halfWidthParens', 5, 'Use full-width brackets “（）” in Chinese text, not “()” (GB/T 15834-2011 §4.9)', [fix('Change to “（…）”', true, [4, 5, '（'], [8, 9, '）'])]],
    ]);
    // Nested: only the inner pair is a simple pair. ASCII inside and no Chinese before: left alone.
    expect(brief('甲(乙(丙)丁)').map((d) => [d[0], d[1], d[3]])).toEqual([['halfWidthParens', 4, [fix('改为“（…）”', true, [3, 4, '（'], [5, 6, '）'])]]]);
    expect(brief('see (GDP) 增长')).toEqual([]);
    // The ) is looked for 200 characters after the ( at most: 199 甲 put it at 200, 200 甲 at 201.
    expect(brief(`说明(${'甲'.repeat(199)})`).map((d) => [d[0], d[3]])).toEqual([['halfWidthParens', [fix('改为“（…）”', true, [2, 3, '（'], [202, 203, '）'])]]]);
    expect(brief(`说明(${'甲'.repeat(200)})`)).toEqual([]);
  });

  it('names the mark a pair lacks, and offers the closing quote for one typed the wrong way, not as safe', () => {
    expect(brief('严格执行“一岗双责“要求。')).toEqual([['wrongQuote', 10, '引号方向有误：此处应为后引号“””', [fix('改为“””', false, [9, 10, '”'])]]]);
    expect(brief('严格执行“一岗双责“要求。', 'en')).toEqual([
      ['wrongQuote', 10, 'Quote faces the wrong way: this should be the closing “””', [fix('Change to “””', false, [9, 10, '”'])]],
    ]);
    expect(brief('开展检查（共检查企业12家。')).toEqual([['unclosed', 5, '“（”没有对应的“）”（GB/T 15834-2011 §4.8、§4.9、§4.15）', undefined]]);
    expect(brief('开展检查（共检查企业12家。', 'en')).toEqual([['unclosed', 5, '“（” has no matching “）” (GB/T 15834-2011 §4.8, §4.9, §4.15)', undefined]]);
    expect(brief('整改完成率达到95%）。')).toEqual([['unopened', 11, '“）”前面没有对应的“（”（GB/T 15834-2011 §4.8、§4.9、§4.15）', undefined]]);
    expect(brief('整改完成率达到95%）。', 'en')).toEqual([['unopened', 11, '“）” has no matching “（” before it (GB/T 15834-2011 §4.8, §4.9, §4.15)', undefined]]);
    // A second “ with a ” still to come: the first is the one left open.
    expect(brief('他说“甲“乙”丙。').map((d) => d.slice(0, 2))).toEqual([['unclosed', 3]]);
    // An English apostrophe is no closing quote.
    expect(brief('他说“it’s fine”。')).toEqual([]);
  });

  it('leaves a quotation open at a paragraph’s end when the next paragraph opens with “ too', () => {
    expect(brief('“第一段\n“第二段。”')).toEqual([]);
    expect(brief('“第一段\n第二段。').map((d) => d.slice(0, 2))).toEqual([['unclosed', 1]]);
  });

  it('removes a doubled mark’s extra copies safely, and offers either of two stacked marks, not safely', () => {
    // 。。 at 8–9, ，，， at 16–18: the copies after the first go.
    expect(brief('全面完成年度任务。。各村积极配合，，，按期完成。')).toEqual([
      ['doubled', 9, '标点“。”重复', [fix('删去多余的“。”', true, [9, 10, ''])]],
      ['doubled', 17, '标点“，”重复', [fix('删去多余的“，”', true, [17, 19, ''])]],
    ]);
    expect(brief('全面完成年度任务。。', 'en')).toEqual([['doubled', 9, 'The mark “。” is doubled', [fix('Remove the extra “。”', true, [9, 10, ''])]]]);
    expect(brief('户，；二是')).toEqual([
      ['stacked', 2, '点号“，”“；”连用，只应保留一个（GB/T 15834-2011）', [fix('删去多余的“，”', false, [1, 2, '']), fix('删去多余的“；”', false, [2, 3, ''])]],
    ]);
    expect(brief('户，；二是', 'en')).toEqual([
      ['stacked', 2, 'Two marks “，；” in a row: keep one (GB/T 15834-2011)', [fix('Remove the extra “，”', false, [1, 2, '']), fix('Remove the extra “；”', false, [2, 3, ''])]],
    ]);
  });

  it('reports a run of quoted or titled items joined by 、 once, removing every 、 of the run', () => {
    expect(brief('严格执行“三个必须”、“一岗双责”、“党政同责”，认真学习《安全生产法》、《消防法》。')).toEqual([
      ['dunBetweenQuoted', 5, '标有引号的并列成分之间通常不用顿号（GB/T 15834-2011 §4.5.3.5）', [fix('删去多余的“、”', true, [10, 11, ''], [17, 18, ''])]],
      ['dunBetweenQuoted', 30, '标有书名号的并列成分之间通常不用顿号（GB/T 15834-2011 §4.5.3.5）', [fix('删去多余的“、”', true, [36, 37, ''])]],
    ]);
    expect(brief('执行“三个必须”、“一岗双责”。学习《安全生产法》、《消防法》。', 'en').map((d) => d.slice(0, 3))).toEqual([
      ['dunBetweenQuoted', 3, 'No 顿号 between items set off by quotation marks (GB/T 15834-2011 §4.5.3.5)'],
      ['dunBetweenQuoted', 19, 'No 顿号 between items set off by title marks (GB/T 15834-2011 §4.5.3.5)'],
    ]);
    // A ， ends a run: two runs, two reports.
    expect(brief('执行“三个必须”、“一岗双责”，“党政同责”、“四个意识”。').map((d) => [d[1], d[3]])).toEqual([
      [3, [fix('删去多余的“、”', true, [8, 9, ''])]],
      [17, [fix('删去多余的“、”', true, [22, 23, ''])]],
    ]);
    // The last item never closes: the run ends after its 、 (offsets 2 to 10), and the 《 is reported open.
    expect(seen('punctuation', '坚持《甲》、《乙》、《丙').map((d) => [d.messageId, d.column, d.fixes?.[0]?.edits])).toEqual([
      ['dunBetweenQuoted', 3, [{ start: 5, end: 6, newText: '' }, { start: 9, end: 10, newText: '' }]],
      ['unclosed', 11, undefined],
    ]);
    expect(lint('坚持《甲》、《乙》、《丙', { format: 'text' }).diagnostics.filter((d) => d.ruleId === 'punctuation').map((d) => d.text)).toEqual(['《甲》、《乙》、', '《']);
  });
});
