/**
 * The oracle of `pnpm eval`'s planted growth-rate changes (scripts/lib/planted-growth.mjs):
 * rates of real sentences proved by arithmetic alone from a level and its amount of
 * change, or from a move between two figures; the coincidences it leaves out; and the
 * planted change itself. Each rate below was worked out by hand in its comment.
 */
import { describe, expect, it } from 'vitest';
import { findGrowthRates, plantRateChange, plantedRate } from '../scripts/lib/planted-growth.mjs';

type Figure = { text: string };
type Found = { line: number; kind: string; rate: { text: string; value: number; decimals: number }; level: Figure; amount: Figure };
const found = (text: string) => (findGrowthRates(text) as Found[]).map((g) => `${g.line} ${g.kind}: ${g.amount.text} → ${g.level.text} = ${g.rate.text}`);

describe('findGrowthRates', () => {
  it('finds a rate from its level and amount of change: 1.31 ÷ (52.91 − 1.31) = 2.54%', () => {
    expect(found('全年粮食产量52.91万吨，比上年增加1.31万吨，增长2.5%。')).toEqual(['1 rate: 1.31万吨 → 52.91万吨 = 2.5%']);
    // A decrease: 2 ÷ (98 + 2) = 2.0%.
    expect(found('标题\n货运量98万吨，比上年减少2万吨，下降2.0%。')).toEqual(['2 rate: 2万吨 → 98万吨 = 2.0%']);
  });

  it('finds a rate and a count of points from a move: (7703 − 5160) ÷ 5160 = 49.28%, 91 − 65 = 26', () => {
    expect(found('城乡居民收入由1997年的5160元增加到2002年的7703元，增长49.3%。')).toEqual(['1 rate: 5160元 → 7703元 = 49.3%']);
    expect(found('比重由65%提高到91%，提高26个百分点。')).toEqual(['1 points: 65% → 91% = 26个百分点']);
  });

  it('leaves out rates the figures do not explain, verbs going the other way, and table rows', () => {
    // 1.31 ÷ 51.60 = 2.5%, not 4.5% (a comparable-price or another figure's rate).
    expect(found('全年粮食产量52.91万吨，比上年增加1.31万吨，增长4.5%。')).toEqual([]);
    // 增加 an amount and 下降 a rate cannot both hold.
    expect(found('全年粮食产量52.91万吨，比上年增加1.31万吨，下降2.5%。')).toEqual([]);
    // No level before the amount in its unit.
    expect(found('全年粮食产量52.91万亩，比上年增加1.31万吨，增长2.5%。')).toEqual([]);
    // 从 or 由 must open the move: 5160元…7703元 alone is two figures, not a move.
    expect(found('城乡居民收入5160元增加到7703元，增长49.3%。')).toEqual([]);
    // 91 − 65 = 26 points, not 30.
    expect(found('比重由65%提高到91%，提高30个百分点。')).toEqual([]);
    expect(found('| 粮食 | 52.91万吨，比上年增加1.31万吨，增长2.5% |')).toEqual([]);
  });
});

describe('plantRateChange', () => {
  it('moves the rate by 15% of itself, at least one point and three units of its last digit, in its own precision', () => {
    const text = '全年粮食产量52.91万吨，比上年增加1.31万吨，增长2.5%。';
    const [rate] = findGrowthRates(text) as Found[];
    // 2.5 + max(0.375, 1, 0.3) = 3.5
    expect(plantRateChange(text, rate, 'up')).toBe('全年粮食产量52.91万吨，比上年增加1.31万吨，增长3.5%。');
    // 49.3 × 0.15 = 7.395: 41.9 down
    expect(plantedRate({ value: 49.3, decimals: 1 }, 'down')).toBe('41.9');
    expect(plantedRate({ value: 26, decimals: 0 }, 'up')).toBe('30');
    expect(plantedRate({ value: 0.8, decimals: 1 }, 'down')).toBeNull();
  });
});
