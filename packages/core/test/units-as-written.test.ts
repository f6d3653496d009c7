/**
 * Issue 27, "units and values as written": a gap asks for the unit the text
 * writes after it (亿元, not 元), and a figure's value in base units is exact
 * (4.1亿元 is 410000000, not 409999999.99999994). Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { dimensionValue, parseReport, scaledValue } from '../src/index.js';

const parse = (text: string) => parseReport(text, { format: 'text' });

describe('a placeholder asks for the unit as written', () => {
  it.each([
    ['协议总投资达*亿元。', '亿元', 1e8],
    ['新增存款*万元。', '万元', 1e4],
    ['取缔经营户*户。', '户', 1],
    ['带动就业*余万人。', '万人', 1e4],
    ['新增*万。', '万', 1e4],
    ['参保率达*%。', '%', 1],
    ['参保率达百分之*。', '%', 1],
  ])('%s → %s', (text, unit, multiplier) => {
    const [placeholder] = parse(text).placeholders;
    expect(placeholder).toMatchObject({ kind: 'number', unit, multiplier });
  });

  it('both ends of a range ask for the unit after the range', () => {
    expect(parse('投资*—*亿元。').placeholders.map((p) => [p.unit, p.multiplier])).toEqual([
      ['亿元', 1e8],
      ['亿元', 1e8],
    ]);
  });

  it('a name or date gap has no unit', () => {
    expect(parse('*镇*月完成。').placeholders.map((p) => [p.kind, p.unit, p.multiplier])).toEqual([
      ['name', null, 1],
      ['date', null, 1],
    ]);
  });

  it('the metric keeps its base unit and multiplier', () => {
    expect(parse('协议总投资达*亿元。').metrics[0]).toMatchObject({ unit: '元', multiplier: 1e8 });
  });
});

describe('scaled values are exact', () => {
  it.each([
    ['总投资4.1亿元。', 410000000],
    ['补贴0.07万元。', 700],
    ['投资1.005亿元。', 100500000],
    ['产值668.10亿元。', 66810000000],
    ['增加0.3万人。', 3000],
    ['收入12,340元。', 12340],
    ['造林3.5万亩。', 35000],
    ['建成2.5千米。', 2.5], // 千米 is a unit (of 米), not 千 × 米: the value stays in 千米
    ['三万元。', 30000],
  ])('%s → %d', (text, expected) => {
    const [metric] = parse(text).metrics;
    expect(scaledValue(metric!)).toBe(expected);
  });

  it('the value in the dimension applies the unit factor exactly too: 1.3万公顷 is 130000000 平方米', () => {
    const [metric] = parse('复垦1.3万公顷。').metrics;
    expect(metric).toMatchObject({ unit: '公顷', unitFactor: 10000, multiplier: 1e4 });
    expect(scaledValue(metric!)).toBe(13000);
    expect(dimensionValue(metric!)).toBe(130000000);
  });

  it('a placeholder has no value', () => {
    expect(scaledValue(parse('投资*亿元。').metrics[0]!)).toBeNull();
  });
});
