import { describe, expect, it } from 'vitest';
import { codeSet, isHan, isSpaceCode } from '../src/text/char-codes.js';
import { readFileSync } from 'node:fs';
import { clearSegmenterMemo, jiebaSegmenter, parseReport } from '../src/index.js';

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

describe('the segmentation memo', () => {
  it('answers a repeated text exactly as a first call does, also after it is cleared', () => {
    const clause = '上半年共计拆违';
    clearSegmenterMemo();
    const first = jiebaSegmenter.cut(clause);
    const again = jiebaSegmenter.cut(clause);
    expect(again).toBe(first);
    clearSegmenterMemo();
    const fresh = jiebaSegmenter.cut(clause);
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
    expect(first.join('')).toBe(clause);
  });

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

  it('does not keep the answer for a long text (a 1 MB line must not stay in memory)', () => {
    clearSegmenterMemo();
    const long = '上半年共计拆违面积达到三千平方米以上';
    const first = jiebaSegmenter.cut(long);
    expect(jiebaSegmenter.cut(long)).not.toBe(first);
    expect(jiebaSegmenter.cut(long)).toEqual(first);
  });

  it('stays correct past its size limit (the oldest answers are dropped, not mixed up)', () => {
    clearSegmenterMemo();
    const texts = Array.from({ length: 40_500 }, (_, i) => `第${i}项工作`);
    const answers = texts.map((text) => jiebaSegmenter.cut(text));
    for (const i of [0, 1, 20_000, 40_499]) {
      expect(jiebaSegmenter.cut(texts[i]!)).toEqual(answers[i]);
      expect(answers[i]!.join('')).toBe(texts[i]);
    }
  });
});
