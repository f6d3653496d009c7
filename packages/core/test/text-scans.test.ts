import { describe, expect, it } from 'vitest';
import { codeSet, isHan, isSpaceCode } from '../src/text/char-codes.js';
import { clearSegmenterMemo, jiebaSegmenter } from '../src/index.js';

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
    const first = jiebaSegmenter.tag(clause);
    const again = jiebaSegmenter.tag(clause);
    expect(again).toBe(first);
    clearSegmenterMemo();
    const fresh = jiebaSegmenter.tag(clause);
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
    expect(first.map((w) => w.word).join('')).toBe(clause);
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
