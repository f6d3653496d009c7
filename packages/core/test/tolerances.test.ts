/**
 * Every documented tolerance pinned on both sides of its edge, with one-line
 * inputs: just inside, no finding; just outside, the finding with its exact
 * message. The expected values are worked out by hand from the rule docs
 * (docs/rules/total-mismatch.md, docs/rules/share-sum.md), not taken from
 * the code's output.
 *
 * - 约/左右: ±10% (`aboutTolerance`, default 0.1), and the figure's own
 *   rounding to its last digit: 约100万元 is 90万–110万 widened by half a 万,
 *   89.5万–110.5万 元.
 * - Rounding (精度): each figure is the interval of its last written digit;
 *   a whole count written in full (12,340人) is exact. 3.5万人 is
 *   34,500–35,500 人; 12.5亿元 is 12.45–12.55 亿元, and parts 8.2 + 4.x
 *   each add their own ±0.05.
 * - share-sum: shares sum to 100 within the sum of their parts' rounding
 *   (three parts to one decimal: 99.85–100.15); a ratio is read as a
 *   composition only when it sums within 5 of 100.
 */
import { describe, expect, it } from 'vitest';
import { lint, parseReport, type HuibaoConfig } from '../src/index.js';

function findings(text: string, ruleId: string, options?: Record<string, unknown>) {
  const config: HuibaoConfig = { rules: { [ruleId]: options ? ['warning', options] : 'warning' } };
  return lint(text, { format: 'text', config }).diagnostics.filter((d) => d.ruleId === ruleId);
}

const totalMismatch = (text: string, options?: Record<string, unknown>) => findings(text, 'total-mismatch', options).map((d) => d.message);
const shareSum = (text: string) => findings(text, 'share-sum').map((d) => d.message);

/**
 * A "no finding" must come from the comparison, not from a sentence the
 * parser did not read as a total and its parts: one relation, exhaustive, of
 * the two parts written.
 */
function expectExhaustivePair(text: string): void {
  const relations = parseReport(text, { format: 'text' }).relations;
  expect(relations).toHaveLength(1);
  expect(relations[0]!.coverage).toBe('exhaustive');
  expect(relations[0]!.parts).toHaveLength(2);
}

describe('约: ±10% (aboutTolerance 0.1) and the rounding of the total’s last digit', () => {
  // 约100万元 → 100万 × (1 ± 0.1) = 90万…110万, ± 0.5万 for its last digit → 89.5万…110.5万 (895,000…1,105,000 元).
  it('allows parts summing to 110.5万元, the upper edge', () => {
    const text = '全县项目投资约100万元，其中城镇600000元，乡村505000元。';
    expectExhaustivePair(text);
    expect(totalMismatch(text)).toEqual([]);
  });

  it('reports parts summing to 110.6万元, just above it', () => {
    expect(totalMismatch('全县项目投资约100万元，其中城镇600000元，乡村506000元。')).toEqual(['600000元 + 506000元 = 110.6万元，与总数 100万元 不符']);
  });

  it('allows parts summing to 89.5万元, the lower edge', () => {
    const text = '全县项目投资约100万元，其中城镇500000元，乡村395000元。';
    expectExhaustivePair(text);
    expect(totalMismatch(text)).toEqual([]);
  });

  it('reports parts summing to 89.4万元, just below it', () => {
    expect(totalMismatch('全县项目投资约100万元，其中城镇500000元，乡村394000元。')).toEqual(['500000元 + 394000元 = 89.4万元，与总数 100万元 不符']);
  });

  it('treats 左右 as 约', () => {
    expect(totalMismatch('全县项目投资100万元左右，其中城镇600000元，乡村505000元。')).toEqual([]);
    expect(totalMismatch('全县项目投资100万元左右，其中城镇600000元，乡村506000元。')).toEqual(['600000元 + 506000元 = 110.6万元，与总数 100万元 不符']);
  });

  it('without 约 the same 110.5万元 is a mismatch: 100万元 is only 99.5万…100.5万', () => {
    expect(totalMismatch('全县项目投资100万元，其中城镇600000元，乡村505000元。')).toEqual(['600000元 + 505000元 = 110.5万元，与总数 100万元 不符']);
    const inside = '全县项目投资100万元，其中城镇600000元，乡村405000元。';
    expectExhaustivePair(inside);
    expect(totalMismatch(inside)).toEqual([]);
  });

  it('follows the aboutTolerance option: 0.05 makes 约100万元 94.5万…105.5万', () => {
    const options = { aboutTolerance: 0.05 };
    expect(totalMismatch('全县项目投资约100万元，其中城镇600000元，乡村455000元。', options)).toEqual([]);
    expect(totalMismatch('全县项目投资约100万元，其中城镇600000元，乡村456000元。', options)).toEqual(['600000元 + 456000元 = 105.6万元，与总数 100万元 不符']);
    expect(totalMismatch('全县项目投资约100万元，其中城镇500000元，乡村445000元。', options)).toEqual([]);
    expect(totalMismatch('全县项目投资约100万元，其中城镇500000元，乡村444000元。', options)).toEqual(['500000元 + 444000元 = 94.4万元，与总数 100万元 不符']);
  });
});

describe('精度: each figure is the interval of its last written digit', () => {
  // 3.5万人 → 34,500…35,500 人; counts written in full are exact.
  it('allows whole counts summing to 35,500 人 under 3.5万人, and reports 35,501', () => {
    const text = '全县参保人数3.5万人，其中城镇12,340人，乡村23,160人。';
    expectExhaustivePair(text);
    expect(totalMismatch(text)).toEqual([]);
    expect(totalMismatch('全县参保人数3.5万人，其中城镇12,340人，乡村23,161人。')).toEqual(['12,340人 + 23,161人 = 3.5501万人，与总数 3.5万人 不符']);
  });

  it('allows whole counts summing to 34,500 人 under 3.5万人, and reports 34,499', () => {
    const text = '全县参保人数3.5万人，其中城镇12,340人，乡村22,160人。';
    expectExhaustivePair(text);
    expect(totalMismatch(text)).toEqual([]);
    expect(totalMismatch('全县参保人数3.5万人，其中城镇12,340人，乡村22,159人。')).toEqual(['12,340人 + 22,159人 = 3.4499万人，与总数 3.5万人 不符']);
  });

  // 12.5亿元 is 12.45…12.55; 8.2 is 8.15…8.25; 4.x is ±0.05: written sums within 0.15 of 12.5 may be true.
  it('allows one-decimal parts summing to 12.6亿元 under 12.5亿元, and reports 12.7', () => {
    const text = '全年完成投资12.5亿元，其中城镇8.2亿元，乡村4.4亿元。';
    expectExhaustivePair(text);
    expect(totalMismatch(text)).toEqual([]);
    expect(totalMismatch('全年完成投资12.5亿元，其中城镇8.2亿元，乡村4.5亿元。')).toEqual(['8.2亿元 + 4.5亿元 = 12.7亿元，与总数 12.5亿元 不符']);
  });

  it('allows one-decimal parts summing to 12.4亿元 under 12.5亿元, and reports 12.3', () => {
    const text = '全年完成投资12.5亿元，其中城镇8.2亿元，乡村4.2亿元。';
    expectExhaustivePair(text);
    expect(totalMismatch(text)).toEqual([]);
    expect(totalMismatch('全年完成投资12.5亿元，其中城镇8.2亿元，乡村4.1亿元。')).toEqual(['8.2亿元 + 4.1亿元 = 12.3亿元，与总数 12.5亿元 不符']);
  });
});

describe('share-sum: 100 within the rounding of the parts', () => {
  // Three parts to one decimal: 100 ± 3 × 0.05 = 99.85…100.15.
  it('allows 33.3∶33.3∶33.3 (99.9) and reports 33.3∶33.3∶33.2 (99.8)', () => {
    expect(shareSum('三次产业结构为33.3∶33.3∶33.3。')).toEqual([]);
    expect(shareSum('三次产业结构为33.3∶33.3∶33.2。')).toEqual(['“三次产业结构”各项之和为 99.8（33.3 + 33.3 + 33.2 = 99.8），应为 100']);
  });

  it('allows 33.4∶33.4∶33.3 (100.1) and reports 33.4∶33.4∶33.4 (100.2)', () => {
    expect(shareSum('三次产业结构为33.4∶33.4∶33.3。')).toEqual([]);
    expect(shareSum('三次产业结构为33.4∶33.4∶33.4。')).toEqual(['“三次产业结构”各项之和为 100.2（33.4 + 33.4 + 33.4 = 100.2），应为 100']);
  });

  // Three parts to two decimals: 100 ± 3 × 0.005 = 99.985…100.015.
  it('narrows with more decimals: allows 99.99, reports 99.98', () => {
    expect(shareSum('三次产业结构为33.33∶33.33∶33.33。')).toEqual([]);
    expect(shareSum('三次产业结构为33.33∶33.33∶33.32。')).toEqual(['“三次产业结构”各项之和为 99.98（33.33 + 33.33 + 33.32 = 99.98），应为 100']);
  });

  // Parts to 1, 1 and 2 decimals: 100 ± (0.05 + 0.05 + 0.005) = 99.895…100.105, an edge that falls between tenths.
  it('adds each part’s own rounding: allows 33.3∶33.3∶33.30 (99.9), reports 33.3∶33.3∶33.29 (99.89)', () => {
    expect(shareSum('三次产业结构为33.3∶33.3∶33.30。')).toEqual([]);
    expect(shareSum('三次产业结构为33.3∶33.3∶33.29。')).toEqual(['“三次产业结构”各项之和为 99.89（33.3 + 33.3 + 33.29 = 99.89），应为 100']);
    expect(shareSum('三次产业结构为33.4∶33.4∶33.30。')).toEqual([]);
    expect(shareSum('三次产业结构为33.4∶33.4∶33.31。')).toEqual(['“三次产业结构”各项之和为 100.11（33.4 + 33.4 + 33.31 = 100.11），应为 100']);
  });

  it('checks shares listed over the three industries the same way: 99.9% allowed, 99.8% reported', () => {
    expect(shareSum('第一、二、三产业增加值占地区生产总值的比重分别为3.1%、35.0%和61.8%。')).toEqual([]);
    const outside = findings('第一、二、三产业增加值占地区生产总值的比重分别为3.1%、35.0%和61.7%。', 'share-sum');
    expect(outside.map((d) => d.messageId)).toEqual(['listed-sum']);
    expect(outside[0]!.message).toContain('99.8%');
  });

  // A ratio is a composition only when its parts sum within 5 of 100; 95.0 and 105.0 are, 94.9 and 105.1 are not.
  it('reads a ratio summing to 95.0 or 105.0 as a composition, and one summing to 94.9 or 105.1 as none', () => {
    expect(shareSum('三次产业结构为10.0∶40.0∶45.0。')).toEqual(['“三次产业结构”各项之和为 95.0（10.0 + 40.0 + 45.0 = 95.0），应为 100']);
    expect(shareSum('三次产业结构为10.0∶40.0∶44.9。')).toEqual([]);
    expect(shareSum('三次产业结构为10.0∶40.0∶55.0。')).toEqual(['“三次产业结构”各项之和为 105.0（10.0 + 40.0 + 55.0 = 105.0），应为 100']);
    expect(shareSum('三次产业结构为10.0∶40.0∶55.1。')).toEqual([]);
  });
});
