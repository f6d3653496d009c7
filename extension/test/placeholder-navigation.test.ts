import { describe, expect, it } from 'vitest';
import { findContextStart, findPlaceholder, markGap, placeholdersTable, sectionPathAt, type OutlineSymbol, type PlaceholderRow } from '../src/placeholder-navigation.js';
import type { PlaceholderInfo } from '../src/protocol.js';

function at(line: number, character: number, mark = '*', context = ''): PlaceholderInfo {
  return { range: { start: { line, character }, end: { line, character: character + mark.length } }, mark, kind: 'number', unit: '户', context };
}

describe('findPlaceholder', () => {
  const list = [at(3, 5), at(0, 6), at(3, 1)];

  it('goes to the first placeholder after the cursor, in document order', () => {
    expect(findPlaceholder(list, { line: 0, character: 0 }, 'next')).toBe(list[1]);
    expect(findPlaceholder(list, { line: 0, character: 6 }, 'next')).toBe(list[2]);
    expect(findPlaceholder(list, { line: 3, character: 2 }, 'next')).toBe(list[0]);
  });

  it('wraps around at either end', () => {
    expect(findPlaceholder(list, { line: 9, character: 0 }, 'next')).toBe(list[1]);
    expect(findPlaceholder(list, { line: 0, character: 6 }, 'previous')).toBe(list[0]);
  });

  it('goes back to the placeholder before the cursor', () => {
    expect(findPlaceholder(list, { line: 3, character: 5 }, 'previous')).toBe(list[2]);
  });

  it('has nothing to go to in a report without placeholders', () => {
    expect(findPlaceholder([], { line: 0, character: 0 }, 'next')).toBeUndefined();
  });
});

describe('findContextStart and markGap', () => {
  it('finds the occurrence of the sentence that holds the placeholder', () => {
    // The same sentence twice on one line; the placeholder (column 6) is in the second, which starts at 5.
    const line = '共*户。 共*户。';
    const p = at(0, 6, '*', '共*户。');
    expect(findContextStart(line, p)).toBe(5);
    expect(markGap({ ...p, contextStart: 5, sectionPath: [] })).toBe('共【*】户。');
  });

  it('marks the right mark when the sentence has several', () => {
    const line = '拆违*处，面积*平方米。';
    const p = at(0, 7, '*', line);
    expect(findContextStart(line, p)).toBe(0);
    expect(markGap({ ...p, contextStart: 0, sectionPath: [] })).toBe('拆违*处，面积【*】平方米。');
  });

  it('leaves the sentence as is when it is not on the placeholder line', () => {
    const p = at(0, 2, '*', '别处的句子*。');
    expect(findContextStart('拆违*处。', p)).toBeNull();
    expect(markGap({ ...p, contextStart: null, sectionPath: [] })).toBe('别处的句子*。');
  });
});

describe('sectionPathAt', () => {
  const range = (from: number, to: number) => ({ start: { line: from, character: 0 }, end: { line: to, character: 0 } });
  const symbols: OutlineSymbol[] = [
    { name: '一、党建', range: range(0, 5), children: [] },
    {
      name: '二、攻坚',
      range: range(5, 20),
      children: [{ name: '（一）生态环保', range: range(6, 10), children: [] }],
    },
  ];

  it('names the nested sections, outermost first', () => {
    expect(sectionPathAt(symbols, { line: 7, character: 3 })).toEqual(['二、攻坚', '（一）生态环保']);
    expect(sectionPathAt(symbols, { line: 12, character: 0 })).toEqual(['二、攻坚']);
    expect(sectionPathAt(symbols, { line: 25, character: 0 })).toEqual([]);
  });
});

describe('placeholdersTable', () => {
  it('writes one Markdown row per placeholder in document order, pipes escaped', () => {
    const rows: PlaceholderRow[] = [
      { ...at(2, 1, '*', '共*户|人。'), contextStart: 0, sectionPath: ['一、党建', '（一）组织'] },
      { ...at(0, 0, '*', '*镇'), kind: 'name', unit: null, contextStart: 0, sectionPath: [] },
    ];
    const labels = {
      number: '序号', location: '行:列', section: '所在章节', kind: '类型', unit: '单位', sentence: '句子',
      kinds: { number: '数字', name: '名称', date: '日期', other: '其他' },
    };
    expect(placeholdersTable('清单', rows, labels)).toBe(
      [
        '# 清单',
        '',
        '| 序号 | 行:列 | 所在章节 | 类型 | 单位 | 句子 |',
        '| ---: | --- | --- | --- | --- | --- |',
        '| 1 | 1:1 |  | 名称 |  | 【*】镇 |',
        '| 2 | 3:2 | 一、党建 › （一）组织 | 数字 | 户 | 共【*】户\\|人。 |',
        '',
      ].join('\n'),
    );
  });
});
