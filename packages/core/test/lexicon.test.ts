/**
 * The lexicon: the named character blocks and word lists that core composes its
 * sets from, and the change words that growth-mismatch now shares with the parser.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { codeSet } from '../src/text/char-codes.js';
import {
  CHINESE_NUMERAL_CHARS,
  CLAUSE_MARKS,
  CLOSING_MARKS,
  COMPARISON_WORDS,
  COUNT_NUMERAL_CHARS,
  DECREASE_WORDS,
  INCREASE_WORDS,
  LIST_COMMA,
  RANGE_DASHES,
  SENTENCE_ENDS,
  isChineseNumeralChar,
  parseChineseNumeral,
  undirectedChangeWords,
} from '../src/text/lexicon.js';

const growthFindings = (text: string) => lint(text).diagnostics.filter((d) => d.ruleId === 'growth-mismatch');

describe('lexicon blocks', () => {
  it('holds single code units that compose into code sets', () => {
    for (const block of [CLAUSE_MARKS, SENTENCE_ENDS, LIST_COMMA, CLOSING_MARKS, RANGE_DASHES, CHINESE_NUMERAL_CHARS, COUNT_NUMERAL_CHARS]) {
      expect(() => codeSet(block)).not.toThrow();
    }
    const nameBreaks = codeSet(CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA);
    expect(nameBreaks.has('、'.charCodeAt(0))).toBe(true);
    expect(nameBreaks.has('.'.charCodeAt(0))).toBe(false); // a decimal point, never a break
  });

  it('keeps the list comma apart from the clause marks', () => {
    expect(CLAUSE_MARKS).not.toContain(LIST_COMMA);
    expect(SENTENCE_ENDS).not.toContain('.');
  });

  it('reads Chinese numerals with one reader', () => {
    expect(parseChineseNumeral('三')).toBe(3);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('三千五百万')).toBe(35_000_000);
    expect(parseChineseNumeral('两万')).toBe(20_000);
    expect(parseChineseNumeral('二〇二二')).toBe(2022);
    expect(parseChineseNumeral('三个')).toBeNull();
    expect(isChineseNumeralChar('亿')).toBe(true);
    expect(isChineseNumeralChar('')).toBe(false);
    expect([...COUNT_NUMERAL_CHARS].every((ch) => CHINESE_NUMERAL_CHARS.includes(ch))).toBe(true);
  });
});

describe('change words', () => {
  it('gives every change word of figure-words.json a direction or calls it a comparison', () => {
    expect(undirectedChangeWords()).toEqual([]);
    expect(INCREASE_WORDS).toEqual(expect.arrayContaining(['增长', '上涨', '增幅']));
    expect(DECREASE_WORDS).toEqual(expect.arrayContaining(['下降', '下跌', '降幅']));
    expect(INCREASE_WORDS.filter((word) => DECREASE_WORDS.includes(word) || COMPARISON_WORDS.includes(word))).toEqual([]);
  });

  // By hand: 1560 ÷ (42180 − 1560) = 1560 ÷ 40620 = 3.84%, so 4.9% is a mismatch and 3.8% holds.
  it('checks a rate after 上涨 like one after 增长', () => {
    const found = growthFindings('城镇居民人均可支配收入42180元，比上年增加1560元，上涨4.9%。');
    expect(found.map((d) => d.text)).toEqual(['4.9%']);
    expect(found[0]!.message).toContain('3.8');
    expect(growthFindings('城镇居民人均可支配收入42180元，比上年增加1560元，上涨3.8%。')).toEqual([]);
  });

  it('checks a rate after 增幅 like one after 增长', () => {
    expect(growthFindings('城镇居民人均可支配收入42180元，比上年增加1560元，增幅4.9%。').map((d) => d.text)).toEqual(['4.9%']);
    expect(growthFindings('城镇居民人均可支配收入42180元，比上年增加1560元，增幅3.8%。')).toEqual([]);
  });

  // 100 ÷ (1000 + 100) = 9.09%: 降幅10% is a mismatch, 降幅9.1% holds.
  it('checks a rate after 降幅 and 下跌 like one after 下降', () => {
    expect(growthFindings('全市规模以上工业企业1000家，比上年减少100家，降幅10%。').map((d) => d.text)).toEqual(['10%']);
    expect(growthFindings('全市规模以上工业企业1000家，比上年减少100家，下跌10%。').map((d) => d.text)).toEqual(['10%']);
    expect(growthFindings('全市规模以上工业企业1000家，比上年减少100家，降幅9.1%。')).toEqual([]);
  });
});
