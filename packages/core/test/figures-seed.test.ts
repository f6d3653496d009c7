import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { parseReport } from '../src/index.js';
import { parseMarkdownTree } from '../src/parse/read-markdown.js';
import { listFixtures, readFixture } from './helpers.js';

const seed = readFixture('reports', 'seed.txt');

describe('placeholders of the seed', () => {
  it('finds all 162 marks, as text and as Markdown', () => {
    const stars = [...seed].filter((ch) => ch === '*').length;
    expect(stars).toBe(162);
    for (const format of ['text', 'markdown'] as const) {
      const outline = parseReport(seed, { format });
      expect(outline.placeholders).toHaveLength(162);
      for (const p of outline.placeholders) expect(seed.slice(p.range.start.offset, p.range.end.offset)).toBe('*');
    }
  });

  it('has no placeholder inside emphasis when read as Markdown', () => {
    const tree = parseMarkdownTree(seed);
    const emphasis: Array<[number, number]> = [];
    let literalStars = 0;
    const visit = (node: Nodes) => {
      if ((node.type === 'emphasis' || node.type === 'strong') && node.position) emphasis.push([node.position.start.offset!, node.position.end.offset!]);
      if (node.type === 'text') literalStars += [...node.value].filter((ch) => ch === '*').length;
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    visit(tree);
    expect(emphasis).toEqual([]);
    expect(literalStars).toBe(162);
  });

  it('classifies the seed marks', () => {
    const outline = parseReport(seed, { path: 'seed.txt' });
    const byFollowing = (following: string) => outline.placeholders.filter((p) => p.following.startsWith(following)).map((p) => p.kind);
    expect(byFollowing('书记')).toEqual(['name']);
    expect(byFollowing('镇长')).toEqual(['name']);
    expect(byFollowing('完小').every((k) => k === 'name')).toBe(true);
    expect(new Set(byFollowing('月'))).toEqual(new Set(['date']));
    const numbers = outline.placeholders.filter((p) => p.kind === 'number');
    expect(numbers.length).toBeGreaterThan(0);
    // Every number placeholder stands in a metric whose value is that mark.
    for (const p of numbers) expect(outline.metrics[p.metric!]!.placeholder).toBe(true);
    expect(outline.placeholders.filter((p) => p.metric !== null).every((p) => p.kind === 'number')).toBe(true);
  });
});

describe('every figure slices the source to its text', () => {
  const sources = [
    ...listFixtures('reports').filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ name: f, text: readFixture('reports', f) })),
    ...listFixtures('reports', 'focused').filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ name: f, text: readFixture('reports', 'focused', f) })),
    ...listFixtures('corpus').filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: readFixture('corpus', f) })),
  ];

  it.each(sources)('$name', ({ name, text }) => {
    const outline = parseReport(text, { path: name });
    const slice = (r: { start: { offset: number }; end: { offset: number } }) => text.slice(r.start.offset, r.end.offset);
    // Every source is a report with figures: none passes by having no metric to check.
    expect(outline.metrics.length).toBeGreaterThan(0);
    for (const m of outline.metrics) {
      expect(slice(m.range)).toBe(m.text);
      expect(slice(m.valueRange)).toBe(m.valueText);
      if (m.upper) expect(slice(m.upper.range)).toBe(m.upper.valueText);
      if (m.subjectRange) expect(slice(m.subjectRange)).toBe(m.subject);
    }
    for (const p of outline.placeholders) {
      expect(slice(p.range)).toBe(p.mark);
      expect(slice(p.contextRange)).toBe(p.context);
    }
    for (const r of outline.relations) {
      // The cue as written: 其中/分别/包含/含, a breakdown (按经营地分) or a named whole (专任教师中).
      expect(slice(r.cueRange)).toBe(r.cue);
      if (r.form === 'cue' && !r.cue.startsWith('主要')) expect(['其中', '分别', '包含', '含', '包括', '（', '(']).toContain(r.cue);
      for (const part of r.parts) for (const id of part.metrics) expect(slice(part.range)).toContain(outline.metrics[id]!.text);
    }
    // Ids are array indices, in source order.
    outline.metrics.forEach((m, i) => expect(m.id).toBe(i));
    outline.placeholders.forEach((p, i) => expect(p.id).toBe(i));
  });
});
