/**
 * The oracle of `pnpm eval`'s planted part changes (scripts/lib/planted-parts.mjs):
 * breakdowns of real bulletins found by arithmetic alone, each of its rules
 * against coincidences, and the planted change itself.
 */
import { describe, expect, it } from 'vitest';
import { findBreakdowns, plantPartChange, plantedValue, scanFigures } from '../scripts/lib/planted-parts.mjs';

type Figure = { text: string; value: number; half: number; change: boolean; average: boolean };
type Breakdown = { line: number; total: Figure; parts: Figure[] };
const found = (text: string) => (findBreakdowns(text) as Breakdown[]).map((b) => `${b.line}: ${b.total.text} = ${b.parts.map((p) => p.text).join(' + ')}`);

describe('scanFigures', () => {
  it('reads amounts and counts with their unit and rounding, and nothing else', () => {
    const figures: Figure[] = scanFigures('2025年全市生产总值668.10亿元，增长3.3%，提高1.2个百分点，有学校136所，第3名，用时2个月，80－120头，游客8403.85万人次。');
    expect(figures.map((f) => f.text)).toEqual(['668.10亿元', '136所', '8403.85万人次']);
    expect(figures[0]).toMatchObject({ value: 66810000000, half: 500000 });
    expect(figures[1]).toMatchObject({ value: 136, half: 0 });
  });

  it('reads a figure with grouped thousands as one figure', () => {
    const figures = scanFigures('社会保险基金预算收入1,356,722万元，加上上级补助收入361,456万元，共有12,34处');
    expect(figures.map((f) => f.text)).toEqual(['1,356,722万元', '361,456万元']);
    expect(figures[0]).toMatchObject({ value: 1356722e4, digits: '1356722', start: 10, digitsEnd: 19 });
  });

  it('marks changes and averages by their clause', () => {
    const [total, change, average] = scanFigures('常住人口70.15万人，比上年增加0.33万人，人均收入5.2万元');
    expect([total, change, average].every((f) => f !== undefined)).toBe(true);
    expect([total!.change, change!.change, average!.average]).toEqual([false, true, true]);
    expect(scanFigures('第一产业增加值100.86亿元')[0]?.change).toBe(false);
  });
});

describe('findBreakdowns', () => {
  it('finds a total and the parts after it that add up within rounding', () => {
    expect(found('全年地区生产总值668.10亿元，比上年增长3.3%。其中，第一产业增加值100.86亿元，增长3.7%；第二产业增加值325.19亿元；第三产业增加值242.05亿元。')).toEqual([
      '1: 668.10亿元 = 100.86亿元 + 325.19亿元 + 242.05亿元',
    ]);
    expect(found('游客8410.25万人次。其中，国内游客8403.85万人次；国外游客64055人次。')).toEqual(['1: 8410.25万人次 = 8403.85万人次 + 64055人次']);
    expect(found('第一行\n粮食总产量151.11万吨，其中夏粮76.51万吨，秋粮74.6万吨。')).toEqual(['2: 151.11万吨 = 76.51万吨 + 74.6万吨']);
  });

  it('takes whole counts as exact', () => {
    expect(found('旅游星级饭店20家，其中，四星级13家，三星级6家。')).toEqual([]);
    expect(found('A级景区51个，其中5A级1个，4A级11个，3A级25个，2A级13个，1A级1个。')).toEqual(['1: 51个 = 1个 + 11个 + 25个 + 13个 + 1个']);
  });

  it('leaves out changes, averages, interleaved attributes, siblings and table rows', () => {
    expect(found('常住人口70万人，比上年增加30万人，增加40万人。')).toEqual([]);
    expect(found('收入90万元，人均收入50万元，平均收入40万元。')).toEqual([]);
    expect(found('在校学生0.81万人，毕业生0.21万人；招生0.14万人，在校学生0.47万人。')).toEqual([]);
    expect(found('肉类4.09万吨，其中猪肉0.7万吨，牛肉2.05万吨，羊肉1.03万吨，禽肉0.32万吨，禽蛋0.68万吨。')).toEqual([
      '1: 4.09万吨 = 0.7万吨 + 2.05万吨 + 1.03万吨 + 0.32万吨',
    ]);
    expect(found('| 合计 | 30亿元 | 10亿元 | 20亿元 |')).toEqual([]);
  });

  it('keeps a nested breakdown of a part', () => {
    expect(found('水产品120.11万吨。其中，淡水1.89万吨；海水118.22万吨，其中近海59.27万吨，远洋8.91万吨，养殖50.04万吨。')).toEqual([
      '1: 120.11万吨 = 1.89万吨 + 118.22万吨',
      '1: 118.22万吨 = 59.27万吨 + 8.91万吨 + 50.04万吨',
    ]);
  });
});

describe('plantPartChange', () => {
  const text = '标题\r\n粮食总产量151.11万吨，其中夏粮76.51万吨，秋粮74.6万吨。\r\n结尾';
  const [breakdown] = findBreakdowns(text) as Breakdown[];

  it('changes one part by a tenth of the total in its own precision, and nothing else', () => {
    expect(plantedValue(breakdown, 0, 'up')).toBe('91.62');
    expect(plantedValue(breakdown, 1, 'down')).toBe('59.5');
    expect(plantPartChange(text, breakdown, 1, 'down')).toBe('标题\r\n粮食总产量151.11万吨，其中夏粮76.51万吨，秋粮59.5万吨。\r\n结尾');
  });

  it('never makes a part vanish', () => {
    const [small] = findBreakdowns('机构7个，其中A类1个，B类6个。') as Breakdown[];
    expect(plantedValue(small, 0, 'down')).toBeNull();
    expect(plantedValue(small, 0, 'up')).toBe('4');
  });
});
