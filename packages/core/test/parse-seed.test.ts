import { describe, expect, it } from 'vitest';
import { parseReport, type Section } from '../src/index.js';
import { readFixture } from './helpers.js';

const seed = readFixture('reports', 'seed.txt');
// Parsed in each test, not at collection: see docs/mutation.md ("What the harness must not hide").
const seedOutline = () => parseReport(seed, { path: 'seed.txt' });

describe('the seed report', () => {
  it('has four top-level sections with their titles', () => {
    const outline = seedOutline();
    expect(outline.sections.map((s) => s.marker + s.title)).toEqual([
      '一、牢牢把握坚持和加强党的领导作用',
      '二、突出把服务园区作为我们的重中之重',
      '三、强化生态环保、安全生产、控建拆违三大攻坚行动',
      '四、因地制宜，结合实际，全力推进五项具体工作',
    ]);
  });

  it('nests 3 subsections under 三 and 5 under 四', () => {
    const outline = seedOutline();
    const [, , three, four] = outline.sections as [Section, Section, Section, Section];
    expect(three.children.map((c) => c.marker)).toEqual(['（一）', '（二）', '（三）']);
    expect(four.children.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(four.children.every((c) => c.level === 2)).toBe(true);
  });

  it('finds the lead phrase of a section', () => {
    const outline = seedOutline();
    expect(outline.sections[0]!.lead?.text).toBe('党建引领，喜迎二十大。');
    expect(outline.sections[2]!.children[0]!.lead?.text).toBe('生态保护，底线思维。');
  });

  it('reads “四个一” as a count of 4 and finds the 一是…四是 enumeration after it', () => {
    const outline = seedOutline();
    const slogan = outline.slogans.find((s) => s.text === '四个一')!;
    expect(slogan.count).toBe(4);
    const after = outline.enumerations.filter((e) => e.kind === 'shi' && e.range.start.offset > slogan.range.end.offset);
    expect(after[0]!.items.map((i) => i.marker)).toEqual(['一是', '二是', '三是', '四是']);
  });

  it('reads numeric slogans', () => {
    const outline = seedOutline();
    const byText = new Map(outline.slogans.map((s) => [s.text, s]));
    expect(byText.get('三大攻坚')).toMatchObject({ count: 3, items: [3], noun: '攻坚' });
    expect(byText.get('五项工作')).toMatchObject({ count: 5, noun: '工作' });
    expect(byText.get('一三五')).toMatchObject({ count: null, items: [1, 3, 5] });
    expect(byText.get('两断三清')).toMatchObject({ items: [2, 3] });
    expect(byText.get('一二三四')).toMatchObject({ count: null, items: [1, 2, 3, 4] });
    expect(byText.get('零容忍')).toMatchObject({ count: null, items: [] });
  });

  it('finds the 、-list after 涉及四个项目', () => {
    const outline = seedOutline();
    const list = outline.enumerations.find((e) => e.kind === 'list' && e.statedCount === 4)!;
    expect(list.items.map((i) => i.text)).toEqual(['环湖路', '晨威高科南科地块', '车站大道', '垃圾场*M范围内清零项目']);
  });

  it('reads the same structure from the seed as Markdown without blank lines', () => {
    const outline = seedOutline();
    const md = parseReport(seed, { format: 'markdown' });
    expect(md.sections.map((s) => s.title)).toEqual(outline.sections.map((s) => s.title));
    expect(md.paragraphs.length).toBe(outline.paragraphs.length);
  });
});
