import { describe, expect, it } from 'vitest';
import { codeSet, isHan, isSpaceCode } from '../src/text/char-codes.js';
import { readFileSync } from 'node:fs';
import { clearSegmenterMemo, jiebaSegmenter, parseReport } from '../src/index.js';
import { BoundedMemo } from '../src/segment/bounded-memo.js';

describe('character classes by code unit', () => {
  it('isHan and isSpaceCode agree with the regular expressions they replace, for every code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      expect(isHan(code), `U+${code.toString(16)}`).toBe(/[\u4e00-\u9fff]/.test(ch));
      expect(isSpaceCode(code), `U+${code.toString(16)}`).toBe(/\s/.test(ch));
    }
  });

  it('codeSet holds exactly its characters and refuses anything that is not one code unit', () => {
    const set = codeSet('，。；');
    expect([...set]).toEqual([0xff0c, 0x3002, 0xff1b]);
    expect(() => codeSet(['𠀀'])).toThrow(/single code units/);
    expect(() => codeSet(['\0'])).toThrow(/U\+0000/);
  });

  it('codeSet answers has() for every code unit as a Set of the same characters does, and false past the end of a text', () => {
    const chars = ['\n', '*', '，', '零', '〇', '亿', '\uffff', '\ud800', 'a'];
    const set = codeSet(chars);
    const reference = new Set(chars.map((ch) => ch.charCodeAt(0)));
    for (let code = 0; code <= 0xffff; code++) expect(set.has(code), `U+${code.toString(16)}`).toBe(reference.has(code));
    expect(set.has('abc'.charCodeAt(3))).toBe(false);
    expect(set.has(-1)).toBe(false);
  });
});

describe('BoundedMemo', () => {
  it('gives back what was put, and nothing after clear()', () => {
    const memo = new BoundedMemo<string>(10, 40);
    expect(memo.peek('上半年共计拆违')).toBeUndefined();
    memo.put('上半年共计拆违', 'read');
    expect(memo.peek('上半年共计拆违')).toBe('read');
    memo.clear();
    expect(memo.peek('上半年共计拆违')).toBeUndefined();
  });

  it('does not keep the answer for a text longer than its limit (a 1 MB line must not stay in memory)', () => {
    const memo = new BoundedMemo<string>(10, 8);
    memo.put('上半年共计拆违面积达到', 'kept?');
    expect(memo.peek('上半年共计拆违面积达到')).toBeUndefined();
    expect(memo.size).toBe(0);
  });

  it('drops the oldest half when full and never mixes answers up', () => {
    const memo = new BoundedMemo<string>(100, 40);
    const texts = Array.from({ length: 150 }, (_, i) => `第${i}项工作`);
    for (const text of texts) memo.put(text, `read ${text}`);
    expect(memo.size).toBe(100);
    expect(memo.peek(texts[0]!)).toBeUndefined();
    expect(memo.peek(texts[49]!)).toBeUndefined();
    for (const text of texts.slice(50)) expect(memo.peek(text)).toBe(`read ${text}`);
  });
});

describe('the clause-reading memo', () => {
  it('reads the clauses before figures the same from remembered readings as from nodejieba itself', () => {
    const seed = readFileSync(new URL('../../../fixtures/reports/seed.txt', import.meta.url), 'utf8');
    const bulletin = readFileSync(new URL('../../../bench/inputs/real-3.txt', import.meta.url), 'utf8');
    // A segmenter core does not know: nothing of its answers is remembered.
    const unremembered = { tag: (text: string) => jiebaSegmenter.tag(text), cut: (text: string) => jiebaSegmenter.cut(text) };
    for (const text of [seed, bulletin]) {
      const reference = parseReport(text, { segmenter: unremembered }).metrics;
      clearSegmenterMemo();
      const first = parseReport(text).metrics;
      const remembered = parseReport(text).metrics;
      expect(first).toEqual(reference);
      expect(remembered).toEqual(reference);
      expect(reference.filter((m) => m.subject !== null).length).toBeGreaterThan(reference.length / 2);
    }
  });
});
