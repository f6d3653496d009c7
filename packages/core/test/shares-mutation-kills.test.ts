/**
 * The share sets of checks/shares.ts as share-sum reports them (issue 26, docs/mutation.md): a
 * composition written as a ratio, shares listed over a complete split, the shares of the parts
 * of a total. Each sum, tolerance and column is worked out by hand in the comments (the
 * tolerance is half a unit of each share's last digit, added up).
 */
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from './helpers.js';

const seen = (text: string) => diagnosticsOf('share-sum', text).map((d) => [d.messageId, d.column, d.message, d.data]);

describe('share-sum: a composition written as a ratio', () => {
  it('names what is split, without its verb, and sums the parts', () => {
    // 8.6 + 38.9 + 51.6 = 99.1, three parts to one decimal: tolerance 0.15; 0.9 off. The ratio
    // starts at column 23 (全年…亿元。 is 15 characters, 三次产业结构为 7 more).
    expect(seen('全年地区生产总值1000亿元。三次产业结构为8.6∶38.9∶51.6。')).toEqual([
      ['ratio-sum', 23, '“三次产业结构”各项之和为 99.1（8.6 + 38.9 + 51.6 = 99.1），应为 100', { kind: 'ratio', sum: 99.1, tolerance: expect.closeTo(0.15, 9), complete: true, values: [8.6, 38.9, 51.6] }],
    ]);
    // 比例为 is dropped whole, not only its 为.
    expect(seen('三次产业比例为8.6∶38.9∶51.6。').map((d) => d[2])).toEqual(['“三次产业”各项之和为 99.1（8.6 + 38.9 + 51.6 = 99.1），应为 100']);
    // A year opening the clause dates the ratio; it is no part of its name (the label was once empty here).
    expect(seen('2024年三次产业结构为8.6∶38.9∶51.6。').map((d) => d[2])).toEqual(['“三次产业结构”各项之和为 99.1（8.6 + 38.9 + 51.6 = 99.1），应为 100']);
    expect(seen('2024年末三次产业结构为8.6∶38.9∶51.6。').map((d) => d[2])).toEqual(['“三次产业结构”各项之和为 99.1（8.6 + 38.9 + 51.6 = 99.1），应为 100']);
  });

  it('holds within the rounding of its parts, and not beyond', () => {
    // 100.1: 0.1 off, within 0.15. 100.15 with 8.6, 38.9, 52.65: tolerance 0.05 + 0.05 + 0.005 =
    // 0.105, 0.15 off: reported, the sum to two decimals.
    expect(seen('三次产业结构为8.6∶38.9∶52.6。')).toEqual([]);
    expect(seen('三次产业结构为8.6∶38.9∶52.65。').map((d) => d[2])).toEqual(['“三次产业结构”各项之和为 100.15（8.6 + 38.9 + 52.65 = 100.15），应为 100']);
  });

  it('reads a ratio as percentages only when it sums within 5 of 100, and not inside a longer number', () => {
    // 50 + 30 + 15 = 95, 5 off: read, and off by more than 1.5 (three whole parts); 94.9 is not read.
    expect(seen('结构为50∶30∶15。').map((d) => d[2])).toEqual(['“结构”各项之和为 95（50 + 30 + 15 = 95），应为 100']);
    expect(seen('结构为50∶30∶14.9。')).toEqual([]);
    // 1008.6∶…: the ratio the pattern finds starts inside 1008.6, after a digit.
    expect(seen('结构为1008.6∶38.9∶51.6。')).toEqual([]);
    // Without a composition word it is a ratio, not shares.
    expect(seen('男女为8.6∶38.9∶51.6。')).toEqual([]);
  });
});

describe('share-sum: shares listed over a complete split', () => {
  it('names the split and sums the shares, to the most decimals of any', () => {
    // 3.1 + 35.0 + 60.9 = 99.0 (one decimal), 1.0 off, tolerance 0.15. The first share at column 25.
    expect(seen('第一、二、三产业增加值占地区生产总值的比重分别为3.1%、35.0%和60.9%。')).toEqual([
      ['listed-sum', 25, '“第一、二、三产业增加值占地区生产总值的比重”构成完整，各项占比之和应为 100%，文中为 99.0%（3.1 + 35.0 + 60.9 = 99.0%）', { kind: 'listed', sum: 99, tolerance: expect.closeTo(0.15, 9), complete: true, values: [3.1, 35, 60.9] }],
    ]);
    // 城镇和乡村: a split of two; the label from after the ，.
    expect(seen('年末全市常住人口中，城镇和乡村人口分别占62.5%和36.5%。').map((d) => d[2])).toEqual(['“城镇和乡村人口”构成完整，各项占比之和应为 100%，文中为 99.0%（62.5 + 36.5 = 99.0%）']);
  });

  it('judges only a run as long as the split, of exact shares', () => {
    // Two shares for three industries; an approximate share (约): nothing judged.
    expect(seen('第一、二、三产业增加值占地区生产总值的比重分别为3.1%和35.0%。')).toEqual([]);
    expect(seen('第一、二、三产业增加值占地区生产总值的比重分别为约3.1%、35.0%和60.9%。')).toEqual([]);
    // A ，between 分别 and the first share ends the clause.
    expect(seen('城镇和乡村人口分别，占62.5%和36.5%。')).toEqual([]);
  });
});

describe('share-sum: the shares of the parts of a total', () => {
  it('sums the parts’ shares of a complete total, pointing at the last', () => {
    // 8.6 + 38.9 + 51.6 = 99.1 for the three industries of 地区生产总值; the last share, 51.6, at
    // column 71: 全市…1000亿元。 (15) + 其中，第一产业增加值86亿元，占8.6%； (21) + 第二产业增加值389亿元，占38.9%； (20)
    // + 第三产业增加值525亿元，占 (14) = 70 characters before it.
    expect(seen('全市地区生产总值1000亿元。其中，第一产业增加值86亿元，占8.6%；第二产业增加值389亿元，占38.9%；第三产业增加值525亿元，占51.6%。')).toEqual([
      ['parts-sum', 71, '地区生产总值的各分项构成完整，占比之和应为 100%，文中为 99.1%（8.6 + 38.9 + 51.6 = 99.1%）', { kind: 'parts', sum: 99.1, tolerance: expect.closeTo(0.15, 9), complete: true, values: [8.6, 38.9, 51.6] }],
    ]);
  });
});

// Added after the first Stryker run over shares.ts (docs/mutation.md, "shares.ts").
// The label and the sum as the message writes them: “label”…为 sum（ or label的各分项…为 sum%（.
const labels = (text: string) =>
  diagnosticsOf('share-sum', text).map((d) => {
    const m = /^(?:“(.*)”|(.*)的各分项).*为 ([0-9.]+)%?（/.exec(d.message);
    return [d.messageId, d.column, m?.[1] ?? m?.[2], m?.[3]];
  });

describe('share-sum: the edges of a ratio', () => {
  it('reads a label of at most 40 characters back, and never strips it to nothing', () => {
    // 43 characters stand before the ratio (it starts at column 44) with no ，；。 among them: the
    // label is the last 40, from 来 (今年以 dropped), and its trailing 为 is stripped.
    expect(labels('今年以来全市上下一心经过全体干部群众的不懈努力和艰苦奋斗本年度全市三次产业的经济结构为8.6∶38.9∶51.6。')).toEqual([
      ['ratio-sum', 44, '来全市上下一心经过全体干部群众的不懈努力和艰苦奋斗本年度全市三次产业的经济结构', '99.1'],
    ]);
    // 比例为 is the whole label: it is not stripped as a tail (the label would be empty), but its
    // 为 is. 50 + 30 + 15 = 95.
    expect(labels('比例为50∶30∶15。')).toEqual([['ratio-sum', 4, '比例', '95']]);
  });
});

describe('share-sum: the edges of a listed split', () => {
  it('reads the shares joined by 与, 及, a ， or a ,', () => {
    // 62.5 + 36.5 = 99.0 each time, one decimal each: tolerance 0.1, 1.0 off; the first share at column 11.
    for (const join of ['与', '及', '，', ',']) {
      expect(labels(`城镇和乡村人口分别占62.5%${join}36.5%。`)).toEqual([['listed-sum', 11, '城镇和乡村人口', '99.0']]);
    }
  });

  it('needs 分别, a share word after it or in the label, and shares from the first figure on', () => {
    // No 分别: a list, not a split.
    expect(labels('第一、二、三产业增加值比重为3.1%、35.0%和60.9%。')).toEqual([]);
    // 分别为 and no share word in the label (比重 stands in the clause before the ，): not read.
    expect(labels('第一、二、三产业增加值分别为3.1%、35.0%和60.9%。')).toEqual([]);
    expect(labels('比重稳定，第一、二、三产业增加值分别为3.1%、35.0%和60.9%。')).toEqual([]);
    // The first figure is an amount, not a share: the run from 36.5% is one share for two members
    // (620 + 36.5 is no sum of shares).
    expect(labels('城镇和乡村人口分别占620万人和36.5%。')).toEqual([]);
    // A figure that is not a percent ends the run: one share for two members.
    expect(labels('城镇和乡村人口分别占62.5%和36.5万人。')).toEqual([]);
  });

  it('goes on after a run it refused, from the figure after that run', () => {
    // The first run (约62.5%, 36.5%) is approximate; the next split starts at the third figure:
    // 60.5 + 38.5 = 99.0, at column 34.
    expect(labels('城镇和乡村人口分别占约62.5%和36.5%，城镇和乡村户数分别占60.5%和38.5%。')).toEqual([['listed-sum', 34, '城镇和乡村户数', '99.0']]);
  });
});

describe('share-sum: the edges of the shares of parts', () => {
  it('lets disjoint parts sum below or at 100, and not over their rounding', () => {
    // 33.3 + 60 = 93.3 and 33.3 + 66.7 = 100.0: both at most 100. 33.3 + 66.9 = 100.2, over
    // 100 + 0.05 + 0.05: reported on the last share, column 42.
    expect(labels('全镇共排查隐患120处，其中，道路交通隐患40处，占33.3%，消防隐患60处，占60%。')).toEqual([]);
    expect(labels('全镇共排查隐患120处，其中，道路交通隐患40处，占33.3%，消防隐患60处，占66.7%。')).toEqual([]);
    expect(labels('全镇共排查隐患120处，其中，道路交通隐患40处，占33.3%，消防隐患60处，占66.9%。')).toEqual([['parts-over', 42, '隐患', '100.2']]);
  });

  it('leaves out a set with an approximate share', () => {
    // 约33.3% + 70% would be 103.3, over 100: not judged, as 约 is not a figure to add.
    expect(labels('全镇共排查隐患120处，其中，道路交通隐患40处，占约33.3%，消防隐患60处，占70%。')).toEqual([]);
  });

  it('needs 100 only of shares of the total itself', () => {
    // 8.6 + 38.9 + 51.6 = 99.1 of 地区生产总值, each share written 占地区生产总值的比重为: complete,
    // reported on 51.6 at column 101.
    expect(labels('全市地区生产总值1000亿元。其中，第一产业增加值86亿元，占地区生产总值的比重为8.6%；第二产业增加值389亿元，占地区生产总值的比重为38.9%；第三产业增加值525亿元，占地区生产总值的比重为51.6%。')).toEqual([
      ['parts-sum', 101, '地区生产总值', '99.1'],
    ]);
    // 占全省的 for all three, or for one of them: the set is of another whole, 99.1 is at most 100.
    expect(labels('全市地区生产总值1000亿元。其中，第一产业增加值86亿元，占全省的8.6%；第二产业增加值389亿元，占全省的38.9%；第三产业增加值525亿元，占全省的51.6%。')).toEqual([]);
    expect(labels('全市地区生产总值1000亿元。其中，第一产业增加值86亿元，占8.6%；第二产业增加值389亿元，占全省的38.9%；第三产业增加值525亿元，占51.6%。')).toEqual([]);
  });
});
