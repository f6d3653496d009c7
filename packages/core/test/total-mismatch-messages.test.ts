/**
 * total-mismatch's messages let a writer check them in their head: the
 * figures as written, then their sum in the total's unit, then the total.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

const messages = (text: string, locale?: 'en') =>
  lint(text, { format: 'text', locale, config: { rules: { 'total-mismatch': 'warning' } } })
    .diagnostics.filter((d) => d.ruleId === 'total-mismatch')
    .map((d) => d.message);

/** Everything a writer and a tool see of each total-mismatch diagnostic, offsets into the text. */
const seen = (text: string, locale?: 'en') =>
  lint(text, { format: 'text', locale, config: { rules: { 'total-mismatch': 'warning' } } })
    .diagnostics.filter((d) => d.ruleId === 'total-mismatch')
    .map((d) => ({
      messageId: d.messageId,
      severity: d.severity,
      column: d.column,
      message: d.message,
      data: d.data,
      related: d.related?.map((r) => [r.range.start.offset, r.range.end.offset, r.message]),
      fixes: d.fixes?.map((f) => ({ title: f.title, safe: f.safe, edits: f.edits.map((e) => [e.range.start.offset, e.range.end.offset, e.newText]) })),
    }));

describe('total-mismatch messages', () => {
  it('show the sum to the places its parts are written to, when they share the total\'s unit', () => {
    // 3.15 + 48.95 = 52.10: two places, as the parts show; a trailing zero is kept.
    expect(messages('支出总计52.40亿元，剔除上解上级支出3.15亿元后，支出安排48.95亿元。')).toEqual(['3.15亿元 + 48.95亿元 = 52.10亿元，与总数 52.40亿元 不符']);
    // Parts in another unit than the total: the sum as computed in the total's unit.
    expect(messages('拆除违建面积1.5万平方米，其中新建违建8200平方米，存量违建5300平方米。')).toEqual(['8200平方米 + 5300平方米 = 1.35万平方米，与总数 1.5万平方米 不符']);
  });

  it('group the sum in thousands when the total is written so, and not otherwise', () => {
    expect(messages('平衡情况：国有资本经营预算收入6,875万元，转移支付收入292万元，上年结转1,337万元，收入总计8,540万元。')).toEqual([
      '6,875万元 + 292万元 + 1,337万元 = 8,504万元，与总数 8,540万元 不符',
    ]);
    expect(messages('全县一般公共预算收入1,234,567万元，其中税收收入1234000万元，非税收入10000万元。')).toEqual([
      '1234000万元 + 10000万元 = 1,244,000万元，与总数 1,234,567万元 不符',
    ]);
    expect(messages('全县一般公共预算收入1234567万元，其中税收收入1,234,000万元，非税收入10,000万元。')).toEqual([
      '1,234,000万元 + 10,000万元 = 1244000万元，与总数 1234567万元 不符',
    ]);
  });

  it('show the parts as written and their sum in the unit of the total', () => {
    expect(messages('拆除违建面积1.5万平方米，其中新建违建8200平方米，存量违建5300平方米。')).toEqual([
      '8200平方米 + 5300平方米 = 1.35万平方米，与总数 1.5万平方米 不符',
    ]);
    expect(messages('拆除违建面积1.5万平方米，其中新建违建8200平方米，存量违建5300平方米。', 'en')).toEqual([
      '8200平方米 + 5300平方米 = 1.35万平方米, not the total 1.5万平方米',
    ]);
  });

  it('name the one part that exceeds its total, with quotes inside the name turned to ‘’', () => {
    expect(messages('全镇共有党组织12个，其中“两新”党组织15个。')).toEqual(['“‘两新’党组织” 15个，超过总数 12个']);
  });

  it('show a sum beyond the total of a list that need not be complete', () => {
    expect(messages('今年取缔非法经营户20户，其中洗料12户，加工破碎15户。')).toEqual(['12户 + 15户 = 27户，超过总数 20户']);
  });

  it('say the same in English', () => {
    expect(messages('今年取缔非法经营户20户，其中洗料12户，加工破碎15户。', 'en')).toEqual(['12户 + 15户 = 27户, more than the total 20户']);
    expect(messages('规模以上工业增加值100亿元，其中国有控股企业增加值40亿元，股份制企业增加值120亿元。', 'en')).toEqual([
      'The part “股份制企业增加值” (120亿元) exceeds the total 100亿元',
    ]);
    expect(messages('全镇现有信访重点对象5人，其中退役军人群体4人，民办教师群体3人，其他个人信访*人。', 'en')).toEqual([
      'The filled-in parts already add up to more than the total 5人: 4人 + 3人 = 7人',
    ]);
  });
});

describe('total-mismatch diagnostics', () => {
  it('point at the total and name it and every part, with the sum in the total’s unit', () => {
    expect(seen('拆除违建面积1.5万平方米，其中新建违建8200平方米，存量违建5300平方米。')).toEqual([
      {
        messageId: 'sumMismatch',
        severity: 'warning',
        column: 7,
        message: '8200平方米 + 5300平方米 = 1.35万平方米，与总数 1.5万平方米 不符',
        data: { relation: 0, coverage: 'exhaustive', dimension: '平方米', total: 1.5, parts: [0.82, 0.53], sum: 1.35, unit: '万平方米' },
        related: [
          [6, 13, '总数 1.5万平方米'],
          [20, 27, '分项 8200平方米'],
          [32, 39, '分项 5300平方米'],
        ],
        fixes: undefined,
      },
    ]);
    expect(seen('今年取缔非法经营户20户，其中洗料12户，加工破碎15户。', 'en').map((d) => [d.messageId, d.related])).toEqual([
      [
        'subsetExceeds',
        [
          [9, 12, 'Total 20户'],
          [17, 20, 'Part 12户'],
          [25, 28, 'Part 15户'],
        ],
      ],
    ]);
  });

  it('sum only the filled-in parts against the total, and still point at the open one', () => {
    expect(seen('全镇现有信访重点对象5人，其中退役军人群体4人，民办教师群体3人，其他个人信访*人。')).toEqual([
      {
        messageId: 'knownExceed',
        severity: 'warning',
        column: 11,
        message: '已填各项 4人 + 3人 = 7人，已超过总数 5人',
        data: { relation: 0, coverage: 'exhaustive', dimension: '人', total: 5, parts: [4, 3], sum: 7, unit: '人' },
        related: [
          [10, 12, '总数 5人'],
          [21, 23, '分项 4人'],
          [30, 32, '分项 3人'],
          [39, 41, '分项 *人'],
        ],
        fixes: undefined,
      },
    ]);
  });

  it('report each part above its total on that part, named by the part or else by its figure', () => {
    expect(seen('全镇共有企业12家，其中国有企业15家，民营企业20家。').map((d) => [d.messageId, d.column, d.message, d.data])).toEqual([
      ['partExceeds', 17, '“国有企业” 15家，超过总数 12家', { relation: 0, coverage: 'overlapping', dimension: '家', total: 12, parts: [15], sum: 15, unit: '家' }],
      ['partExceeds', 25, '“民营企业” 20家，超过总数 12家', { relation: 0, coverage: 'overlapping', dimension: '家', total: 12, parts: [20], sum: 20, unit: '家' }],
    ]);
    // A part the text names only after its figure is not quoted as “15个” 15个: the figure alone names it.
    expect(messages('全镇共有党组织12个，其中15个是两新党组织。')).toEqual(['分项 15个 超过总数 12个']);
  });

  it('offer the sum of a complete split for an open total, as an info with a safe fix on the placeholder', () => {
    expect(seen('上半年共计拆违*处。其中房屋违建3处；其他设施2处。', 'en')).toEqual([
      {
        messageId: 'fillTotal',
        severity: 'info',
        column: 8,
        message: 'The total is still to fill in; the parts add up to 3处 + 2处 = 5处',
        data: { relation: 0, coverage: 'exhaustive', dimension: '处', total: null, parts: [3, 2], sum: 5, unit: '处' },
        related: [
          [7, 9, 'Total *处'],
          [16, 18, 'Part 3处'],
          [23, 25, 'Part 2处'],
        ],
        fixes: [{ title: 'Fill in the sum 5', safe: true, edits: [[7, 8, '5']] }],
      },
    ]);
    expect(seen('拆违面积*亩，其中房屋1.25亩，其他设施2.5亩。').map((d) => [d.message, d.fixes])).toEqual([
      ['总数待填；其中各项 1.25亩 + 2.5亩 = 3.75亩', [{ title: '填入合计 3.75', safe: true, edits: [[4, 5, '3.75']] }]],
    ]);
    // 1.25 平方米 is 0.000125 万平方米: written to as many places as the finest part needs in the total's unit
    expect(seen('拆违面积*万平方米，其中房屋1.25平方米，其他设施2平方米。').map((d) => [d.message, d.data, d.fixes])).toEqual([
      [
        '总数待填；其中各项 1.25平方米 + 2平方米 = 0.000325万平方米',
        { relation: 0, coverage: 'exhaustive', dimension: '平方米', total: null, parts: [0.000125, 0.0002], sum: 0.000325, unit: '万平方米' },
        [{ title: '填入合计 0.000325', safe: true, edits: [[4, 5, '0.000325']] }],
      ],
    ]);
  });

  it('offer no sum for an open total unless every part is written in full and the split is complete', () => {
    for (const text of [
      '今年取缔非法经营户*户，其中洗料12户，加工破碎15户。',
      '上半年拆违*处，其中房屋违建3处，其他设施约2处。',
      '上半年拆违*处，其中房屋违建3处，其他设施*处。',
      '上半年拆违*～*处，其中房屋违建3处，其他设施2处。',
      '全镇共有党组织*个，其中两新党组织15个。',
    ])
      expect(seen(text), text).toEqual([]);
  });
});

describe('total-mismatch at the edges of its figures (issue 26: its surviving mutants)', () => {
  it('show the sum to the most places a part shows, and as computed when one part is in another unit', () => {
    // 3.15 + 48.9 = 52.05: two places, the most any part shows (not one, the fewest).
    expect(messages('支出总计52.40亿元，其中上解上级支出3.15亿元，其他支出48.9亿元。')).toEqual(['3.15亿元 + 48.9亿元 = 52.05亿元，与总数 52.40亿元 不符']);
    // 0.82 + 0.5 万平方米 = 1.32: 8200平方米 is not in the total's unit, so the sum is not cut to 0.5's one place.
    expect(messages('拆除违建面积1.5万平方米，其中新建违建8200平方米，存量违建0.5万平方米。')).toEqual([
      '8200平方米 + 0.5万平方米 = 1.32万平方米，与总数 1.5万平方米 不符',
    ]);
  });

  it('fill an open total in 公顷 or 平方米 to the places its parts need in that unit', () => {
    // 1 公顷 = 10000 平方米: 500 + 1200 平方米 = 0.05 + 0.12 = 0.17 公顷, four places trimmed.
    expect(seen('绿化面积*公顷，其中公园500平方米，其他绿地1200平方米。').map((d) => [d.messageId, d.message, d.fixes])).toEqual([
      ['fillTotal', '总数待填；其中各项 500平方米 + 1200平方米 = 0.17公顷', [{ title: '填入合计 0.17', safe: true, edits: [[4, 5, '0.17']] }]],
    ]);
    // 1万平方米 = 1公顷: 1.5 + 2.2 = 3.7, one place as written.
    expect(seen('绿化面积*公顷，其中公园1.5万平方米，其他绿地2.2万平方米。').map((d) => [d.messageId, d.message, d.fixes])).toEqual([
      ['fillTotal', '总数待填；其中各项 1.5万平方米 + 2.2万平方米 = 3.7公顷', [{ title: '填入合计 3.7', safe: true, edits: [[4, 5, '3.7']] }]],
    ]);
    // 1.255 + 2.5 公顷 = 12550 + 25000 = 37550 平方米: no places.
    expect(seen('绿化面积*平方米，其中公园1.255公顷，其他绿地2.5公顷。').map((d) => [d.messageId, d.message, d.fixes])).toEqual([
      ['fillTotal', '总数待填；其中各项 1.255公顷 + 2.5公顷 = 37550平方米', [{ title: '填入合计 37550', safe: true, edits: [[4, 5, '37550']] }]],
    ]);
  });

  it('offer no sum for an open total of a single part, nor in a unit some part has no figure in', () => {
    // 其他设施 alone makes the split complete, but one part is no sum to fill in.
    expect(seen('上半年拆违*处，其中其他设施3处。')).toEqual([]);
    // 其他设施 has no 处: only the 平方米 total is offered (300 + 200), not 3处 as the number of 处.
    expect(seen('上半年拆违*处、*平方米，其中房屋违建3处、300平方米，其他设施200平方米。').map((d) => [d.messageId, d.message, d.fixes])).toEqual([
      ['fillTotal', '总数待填；其中各项 300平方米 + 200平方米 = 500平方米', [{ title: '填入合计 500', safe: true, edits: [[8, 9, '500']] }]],
    ]);
  });
});
