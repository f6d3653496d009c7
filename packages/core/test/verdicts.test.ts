/**
 * Relation verdicts (checks/verdicts.ts): one per dimension, judged once, and only
 * `mismatch` is a slip the figures prove. Each case is one sentence whose
 * arithmetic is worked out in its comment.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { judgeRelation } from '../src/checks/verdicts.js';

function verdictsOf(text: string) {
  const outline = parseReport(text, { path: 'case.txt' });
  expect(outline.relations).toHaveLength(1);
  return outline.relations[0]!.verdicts.map(({ verdict, reason, exceeding }) => ({ verdict, reason, ...(exceeding ? { exceeding: exceeding.map((id) => outline.metrics[id]!.text) } : {}) }));
}

describe('relation verdicts', () => {
  it('holds: a complete split whose parts make the total (27.8 + 68.3 = 96.1)', () => {
    expect(verdictsOf('全年粮食产量96.1万吨，其中夏粮27.8万吨，秋粮68.3万吨。')).toEqual([{ verdict: 'holds', reason: 'sum' }]);
  });

  it('mismatch: a complete split off by more than rounding (27.8 + 69.3 = 97.1 ≠ 96.1)', () => {
    expect(verdictsOf('全年粮食产量96.1万吨，其中夏粮27.8万吨，秋粮69.3万吨。')).toEqual([{ verdict: 'mismatch', reason: 'sum' }]);
  });

  it('mismatch: disjoint parts above their total (12 + 15 = 27 > 20)', () => {
    expect(verdictsOf('今年取缔非法经营户20户，其中洗料12户，加工破碎15户。')).toEqual([{ verdict: 'mismatch', reason: 'subset-exceeds' }]);
  });

  it('mismatch: one part alone above its total (22 > 20), naming the part', () => {
    expect(verdictsOf('今年取缔非法经营户20户，其中洗料22户。')).toEqual([{ verdict: 'mismatch', reason: 'part-exceeds', exceeding: ['22户'] }]);
  });

  it('mismatch: the first parts already pass the total (12 + 15 = 27 > 20), so they do not make it and the list is not a second classification', () => {
    expect(verdictsOf('今年取缔非法经营户20户，其中洗料12户，加工破碎15户，运输3户。')).toEqual([{ verdict: 'mismatch', reason: 'subset-exceeds' }]);
  });

  it('mismatch: the parts written already pass the total (12 + 15 = 27 > 20) while one part is still a placeholder', () => {
    expect(verdictsOf('今年取缔非法经营户20户，其中洗料12户，加工破碎15户，运输*户。')).toEqual([{ verdict: 'mismatch', reason: 'known-exceed' }]);
  });

  it('uncertain: a part is still a placeholder and the parts written stay within the total (12 ≤ 20)', () => {
    expect(verdictsOf('今年取缔非法经营户20户，其中洗料12户，运输*户。')).toEqual([{ verdict: 'uncertain', reason: 'placeholder' }]);
  });

  it('uncertain: the total is still a placeholder', () => {
    expect(verdictsOf('上半年共计拆违*处，其中房屋新建违建6处，房屋存量违建14处。')).toEqual([{ verdict: 'uncertain', reason: 'placeholder' }]);
  });

  it('not assessable: a list the text does not call complete, within its total (12 ≤ 20)', () => {
    expect(verdictsOf('今年取缔非法经营户20户，其中洗料12户。')).toEqual([{ verdict: 'not-assessable', reason: 'partial-list' }]);
  });

  it('not assessable: the first parts make the total (1572 + 1042 = 2614), the last classifies it again', () => {
    expect(verdictsOf('全校学生2614人，其中小学部1572人，初中部1042人，寄宿生836人。')).toEqual([{ verdict: 'not-assessable', reason: 'second-classification' }]);
  });

  it('not assessable: a breakdown cue after two figures that both fit as its total (进出口总额, 对东盟进出口)', () => {
    const outline = parseReport('全年货物进出口总额1200亿元。对东盟进出口300亿元，增长8%。分贸易方式看，一般贸易进出口900亿元，加工贸易进出口250亿元。', { path: 'case.txt' });
    const breakdown = outline.relations.find((r) => r.form === 'breakdown')!;
    expect(breakdown.alternatives?.map((id) => outline.metrics[id]!.text)).toEqual(['1200亿元']);
    expect(breakdown.verdicts.map((v) => [v.verdict, v.reason])).toEqual([['not-assessable', 'ambiguous-total']]);
  });

  it('a breakdown cue splits the figure whose name fits its parts, not the nearest one (贸易顺差)', () => {
    const outline = parseReport('全年货物进出口总额1200亿元。其中，出口800亿元，进口400亿元。贸易顺差400亿元。分贸易方式看，一般贸易进出口900亿元，加工贸易进出口250亿元，其他贸易进出口50亿元。', { path: 'case.txt' });
    const breakdown = outline.relations.find((r) => r.form === 'breakdown')!;
    expect(breakdown.totals.map((id) => outline.metrics[id]!.range.start.offset)).toEqual([outline.metrics[0]!.range.start.offset]);
    expect(breakdown.alternatives).toBeUndefined();
    expect(breakdown.verdicts.map((v) => v.verdict)).toEqual(['holds']);
  });

  it('judges 约 at the tolerance asked for: 60 + 52 = 112 is above 约100 at ±10% (110.5), within it at ±30%', () => {
    const text = '全县投入约100万元，其中甲项60万元，乙项52万元。';
    expect(verdictsOf(text)).toEqual([{ verdict: 'mismatch', reason: 'subset-exceeds' }]);
    const outline = parseReport(text, { path: 'case.txt' });
    expect(judgeRelation(outline, outline.relations[0]!, 0.3).map((v) => v.verdict)).toEqual(['not-assessable']);
  });

  it('judges each dimension apart: 处 holds while 平方米 is open', () => {
    const outline = parseReport('上半年共计拆违20处，拆除总面积*平方米。其中房屋新建违建6处，拆除面积300平方米；房屋存量违建14处，拆除面积500平方米。', { path: 'case.txt' });
    expect(outline.relations[0]!.verdicts.map((v) => [v.dimension, v.verdict])).toEqual([
      ['处', 'holds'],
      ['平方米', 'uncertain'],
    ]);
  });
});
