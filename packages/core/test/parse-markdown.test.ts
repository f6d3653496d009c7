import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../src/index.js';
import { parseReport } from '../src/index.js';
import { parseMarkdownTree } from '../src/parse/read-markdown.js';

type Node = { type: string; children?: Node[]; value?: string };
const countNodes = (node: Node, type: string): number =>
  (node.type === type ? 1 : 0) + (node.children ?? []).reduce((n, c) => n + countNodes(c, type), 0);
const textOf = (source: string, p: Paragraph) => source.slice(p.range.start.offset, p.range.end.offset);

describe('Markdown reading', () => {
  it('keeps a lone * as text and never pairs it into emphasis', () => {
    const tree = parseMarkdownTree('共计拆违*处，拆除总面积*平方米，其中*户。') as Node;
    expect(countNodes(tree, 'emphasis')).toBe(0);
  });

  it('leaves a * away from Chinese text to CommonMark: emphasis or a literal star, never a placeholder', () => {
    const source = 'It is *really* fast; 5 * 3 and a*b hold no gap.';
    expect(countNodes(parseMarkdownTree(source) as Node, 'emphasis')).toBe(1);
    expect(parseReport(source, { format: 'markdown' }).placeholders).toEqual([]);
  });

  it('keeps a * beside Chinese text a placeholder, even with spaces between (增长 *%, 按照 *)', () => {
    const source = '共计拆违*处，同比增长 *%，按照 *\n\n采用*Agile*方法。';
    const marks = parseReport(source, { format: 'markdown' }).placeholders.map((p) => p.range.start.offset);
    expect(marks).toEqual([4, 12, 18, 23, 29]);
  });

  it('still reads **bold** and __bold__, including CJK punctuation before the closer', () => {
    const tree = parseMarkdownTree('**重点工作。**后文，__次要__。**文字**。') as Node;
    expect(countNodes(tree, 'strong')).toBe(3);
  });

  it('reads sections from # headings and from ordered-list markers', () => {
    const source = '# 2022年上半年工作总结\n\n## 一、总体情况\n\n### （一）党建工作\n\n1. 强化组织领导。成立专班。\n2. 加强巡查。\n';
    const outline = parseReport(source);
    expect(outline.title?.text).toBe('2022年上半年工作总结');
    const one = outline.sections[0]!;
    expect(one).toMatchObject({ marker: '一、', title: '总体情况', heading: true, level: 1 });
    const sub = one.children[0]!;
    expect(sub).toMatchObject({ marker: '（一）', title: '党建工作', level: 2 });
    expect(sub.children.map((c) => [c.marker, c.title, c.level])).toEqual([
      ['1.', '强化组织领导', 3],
      ['2.', '加强巡查', 3],
    ]);
    expect(source.slice(sub.children[0]!.markerRange.start.offset, sub.children[0]!.markerRange.end.offset)).toBe('1.');
  });

  it('starts a new paragraph at a marker line or a sentence end even without a blank line', () => {
    const source = '一、总体情况\n党建引领，喜迎二十大。今年工作\n继续推进。\n（一）生态\n正文。';
    const outline = parseReport(source, { format: 'markdown' });
    expect(outline.paragraphs.map((p) => textOf(source, p))).toEqual(['一、总体情况', '党建引领，喜迎二十大。今年工作\n继续推进。', '（一）生态', '正文。']);
  });

  it('skips code, HTML and link targets, and reads huibao comments as directives', () => {
    const source = '正文`代码*`见[链接](http://a.cn/x*y)。\n\n```\n共*处\n```\n\n<!-- huibao-disable-next-line placeholder -->\n共*处。';
    const outline = parseReport(source);
    const skipped = outline.skipped.map((r) => source.slice(r.start.offset, r.end.offset));
    expect(skipped).toContain('`代码*`');
    expect(skipped).toContain('](http://a.cn/x*y)');
    expect(skipped.some((s) => s.startsWith('```'))).toBe(true);
    expect(outline.directives).toEqual([
      expect.objectContaining({ kind: 'disable-next-line', rules: ['placeholder'] }),
    ]);
  });

  it('reads plain text line by line', () => {
    const source = '一、总体情况\r\n\r\n  正文一。\r\n正文二。';
    const outline = parseReport(source, { path: 'a.txt' });
    expect(outline.source.format).toBe('text');
    expect(outline.paragraphs.map((p) => textOf(source, p))).toEqual(['一、总体情况', '正文一。', '正文二。']);
    expect(outline.paragraphs[1]!.range.start).toEqual({ line: 3, column: 3, offset: 12 });
  });

  it('tells marker forms apart and does not take decimals or years for markers', () => {
    const source = ['（一）、甲', '(二)乙', '1、丙', '(1)丁', '1.5万元已拨付。', '2022、2023年。'].join('\n');
    const outline = parseReport(source, { format: 'text' });
    const all = outline.sections.flatMap(function flat(s): typeof outline.sections {
      return [s, ...s.children.flatMap(flat)];
    });
    expect(all.map((s) => [s.marker, s.markerStyle, s.level])).toEqual([
      ['（一）、', 'cjk-paren-comma', 2],
      ['(二)', 'cjk-halfwidth-paren', 2],
      ['1、', 'arabic-comma', 3],
      ['(1)', 'arabic-halfwidth-paren', 4],
    ]);
  });

  it('skips autolinks and bare URLs, so no placeholder or slip is found inside them', () => {
    const source = '详见<https://a.cn/x*y>，或访问https://b.cn/p*q,r;s。共*处。';
    const outline = parseReport(source);
    const skipped = outline.skipped.map((r) => source.slice(r.start.offset, r.end.offset));
    expect(skipped).toEqual(['<https://a.cn/x*y>', 'https://b.cn/p*q,r;s']);
    expect(outline.placeholders.map((p) => p.range.start.offset)).toEqual([source.indexOf('共*') + 1]);
  });
});
