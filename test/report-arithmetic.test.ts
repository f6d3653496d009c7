/**
 * The hand-written reports of fixtures/reports state their arithmetic in a
 * <name>.arithmetic.json beside them; scripts/check-report-arithmetic.mjs
 * recomputes it without @huibao/core. Every stated relation must hold, so a
 * consistency finding on these reports is the linter's error, never the report's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arithmeticFiles, checkArithmetic, parseFigure, sloganCount, writtenOn } from '../scripts/check-report-arithmetic.mjs';

describe('stated arithmetic of the hand-written reports', () => {
  const files: string[] = arithmeticFiles();

  it('covers at least two reports', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files.map((f) => [f.split('/').pop(), f] as const))('%s: every relation holds', (_name, file) => {
    expect(checkArithmetic(file)).toEqual([]);
  });
});

describe('the arithmetic checker', () => {
  it('reads figures with their multiplier and precision', () => {
    expect(parseFigure('1.28亿元')).toMatchObject({ value: 1.28, decimals: 2, multiplier: 1e8, unit: '元', scaled: 128000000 });
    expect(parseFigure('5600万元')).toMatchObject({ multiplier: 1e4, unit: '元', scaled: 56000000 });
    expect(parseFigure('12千米')).toMatchObject({ multiplier: 1, unit: '千米' });
    expect(parseFigure('94.8%')).toMatchObject({ value: 94.8, decimals: 1, unit: '%' });
    expect(sloganCount('四个聚焦')).toBe(4);
    expect(sloganCount('十二项')).toBe(12);
    expect(sloganCount('三保')).toBe(3);
  });

  it('finds a figure only where it is written whole', () => {
    expect(writtenOn('县级重点项目114个', '14个')).toBe(false);
    expect(writtenOn('生师比15.2∶1', '15.2')).toBe(true);
    expect(writtenOn('比重为15.25', '15.2')).toBe(false);
    expect(writtenOn('省级12个，市级112个', '12个')).toBe(true);
  });

  it('fails every kind of relation that does not hold, and a figure not on its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huibao-arith-'));
    writeFileSync(
      join(dir, 'r.txt'),
      [
        '资金1.28亿元，其中技改补助5600万元，研发奖励4300万元，人才补贴2800万元。',
        '受理326件，办结309件，办结率94.9%。',
        '税收9.62亿元，增加0.53亿元，增长5.9%。',
        '突出“三个重点”：一是招商，二是项目。',
        '占比分别为49.7%、38.3%、12.5%。',
        '三科平均分88.5分，语文88.6分，数学86.2分，英语90.4分。',
      ].join('\n'),
    );
    const relations = [
      { kind: 'sum', line: 1, total: '1.28亿元', parts: ['5600万元', '4300万元', '2800万元'] },
      { kind: 'share', line: 2, part: '309件', whole: '326件', share: '94.9%' },
      { kind: 'growth', line: 3, current: '9.62亿元', change: '0.53亿元', rate: '5.9%' },
      { kind: 'count', line: 4, slogan: '三个重点', items: ['一是招商', '二是项目'] },
      { kind: 'shareSum', line: 5, shares: ['49.7%', '38.3%', '12.5%'] },
      { kind: 'mean', line: 6, values: ['88.6分', '86.2分', '90.4分'], mean: '88.5分' },
      { kind: 'difference', line: 1, minuend: '1.28亿元', subtrahends: ['5600万元'], result: '7300万元' },
      { kind: 'sum', line: 2, total: '1.28亿元', parts: ['5600万元', '7200万元'] },
    ];
    writeFileSync(join(dir, 'r.arithmetic.json'), JSON.stringify({ report: 'r.txt', relations }));
    const failures: string[] = checkArithmetic(join(dir, 'r.arithmetic.json'));
    for (let i = 1; i <= 7; i++) expect(failures.some((f) => f.includes(`#${i} `)), `relation #${i}`).toBe(true);
    expect(failures.some((f) => f.includes('#8 ') && f.includes('is not on line 2'))).toBe(true);
    // and the same relations written correctly hold
    const fixed = [
      { kind: 'sum', line: 1, total: '1.28亿元', parts: ['5600万元', '4300万元', { figure: '2800万元', line: 1 }, '100万元'] },
    ];
    writeFileSync(join(dir, 'r.txt'), '资金1.28亿元，其中技改补助5600万元，研发奖励4300万元，人才补贴2800万元，其他100万元。\n');
    writeFileSync(join(dir, 'ok.arithmetic.json'), JSON.stringify({ report: 'r.txt', relations: fixed }));
    expect(checkArithmetic(join(dir, 'ok.arithmetic.json'))).toEqual([]);
  });
});
