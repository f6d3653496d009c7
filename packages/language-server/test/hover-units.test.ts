// Hover on a gap names the unit as written (亿元), the one the value is asked in;
// a relation's arithmetic compares parts in the total's unit without float noise.
import { describe, expect, it } from 'vitest';
import { parseReport } from '@huibao/core';
import { metricHover } from '../src/hover.js';

describe('metric hover', () => {
  it('a placeholder asks for the unit as written', () => {
    const text = '协议总投资达*亿元。';
    const outline = parseReport(text, { format: 'text' });
    const hover = metricHover(outline, text, outline.metrics[0]!, 'zh-CN');
    expect(hover).toContain('待填，单位：亿元');
    expect(metricHover(outline, text, outline.metrics[0]!, 'en')).toContain('to fill, in 亿元');
  });

  it('parts in 万元 sum exactly against a 亿元 total', () => {
    const text = '全年共投资4.1亿元，其中省级资金39000万元、市级资金2000万元。';
    const outline = parseReport(text, { format: 'text' });
    const total = outline.metrics.find((m) => m.text === '4.1亿元')!;
    expect(metricHover(outline, text, total, 'zh-CN')).toContain('总数 4.1亿元 = 39000 + 2000 = 4.1 ✓');
  });
});
