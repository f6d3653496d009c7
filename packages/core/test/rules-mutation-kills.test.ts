/**
 * What a writer sees from the small figure rules, written against the mutants
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
