/**
 * The verdicts of checks/changes.ts as the outline records them (parseReport(...).changes),
 * written against the mutants `pnpm mutation` found surviving (issue 26, docs/mutation.md):
 * the kind, the verb and the words quoted, the figures and their roles, the arithmetic, the
 * recomputed value, the interval rounding allows, holds or not, and at the edge or not.
 * growth-mismatch's messages (rules-mutation-kills.test.ts) show only the mismatches, and
 * never `edge`, the interval or a holding verdict. Each case was worked out by hand; each
 * test parses inside itself (nothing at collection, nothing memoized).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

/** Rounded to 6 places: the float noise of a subtraction is not what these tests pin. */
const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;

interface Seen {
  kind: string;
  verb: string;
  statedValue: number;
  stated: string;
  written: string;
  range: string;
  figures: string[];
  arithmetic: string;
  computed: number;
  computedText: string;
  low: number;
  high: number;
  edge: boolean;
  verdict: string;
  slip?: { ratio: string; growth: string; ratioArithmetic: string };
}

/** Each change the outline records, with its figures and words as written. */
function changes(text: string): Seen[] {
  const outline = parseReport(text, { format: 'text' });
  const slice = (range: { start: { offset: number }; end: { offset: number } }) => text.slice(range.start.offset, range.end.offset);
  return outline.changes.map((c) => ({
    kind: c.kind,
    verb: c.verb,
    statedValue: c.statedValue,
    stated: outline.metrics[c.stated]!.text,
    written: slice(c.written),
    range: slice(c.range),
    figures: c.figures.map((f) => `${f.role} ${outline.metrics[f.metric]!.text}`),
    arithmetic: c.arithmetic,
    computed: r6(c.computed),
    computedText: c.computedText,
    low: r6(c.low),
    high: r6(c.high),
    edge: c.edge,
    verdict: c.verdict,
    ...(c.slip ? { slip: c.slip } : {}),
  }));
}

/** Kind, verb, signed stated value and verdict: enough to tell a shape was read, and how. */
const read = (text: string) => changes(text).map((c) => [c.kind, c.verb, c.statedValue, c.verdict]);

describe('changes: current, amount and rate', () => {
  it('recomputes an increase, with the figures, the words quoted and the interval', () => {
    expect(changes('城镇居民人均可支配收入42180元，比上年增加1560元，增长4.9%。')).toEqual([
      {
        kind: 'rate',
        verb: '增长',
        statedValue: 4.9,
        stated: '4.9%',
        written: '增长4.9%',
        range: '42180元，比上年增加1560元，增长4.9%',
        figures: ['current 42180元', 'amount 1560元'],
        arithmetic: '1560 ÷ (42180 − 1560) = 1560 ÷ 40620',
        computed: 3.840473,
        computedText: '3.8',
        low: 3.840473,
        high: 3.840473,
        edge: false,
        verdict: 'mismatch',
      },
    ]);
    // 1.31 ÷ 51.6 = 2.539%; 1.305 ÷ (52.915 − 1.305) = 2.5286%, 1.315 ÷ (52.905 − 1.315) = 2.5489%
    expect(changes('粮食产量52.91万吨，比上年增加1.31万吨，增长2.5%。')).toEqual([
      expect.objectContaining({
        arithmetic: '1.31 ÷ (52.91 − 1.31) = 1.31 ÷ 51.6',
        computed: 2.53876,
        computedText: '2.5',
        low: 2.52858,
        high: 2.548944,
        edge: false,
        verdict: 'holds',
      }),
    ]);
  });

  it('adds a decrease back, and gives the stated rate the sign of its verb', () => {
    expect(changes('全市规模以上工业企业1000家，比上年减少100家，下降10%。')).toEqual([
      expect.objectContaining({
        kind: 'rate',
        verb: '下降',
        statedValue: -10,
        arithmetic: '100 ÷ (1000 + 100) = 100 ÷ 1100',
        computed: -9.090909,
        computedText: '-9.1',
        low: -9.090909,
        high: -9.090909,
        verdict: 'mismatch',
      }),
    ]);
    expect(read('全市企业1000家，比上年减少100家，下滑9.1%。')).toEqual([['rate', '下滑', -9.1, 'holds']]);
    expect(read('全市企业1000家，比上年增多100家，上升11.1%。')).toEqual([['rate', '上升', 11.1, 'holds']]);
  });

  it('says a rate that holds only within rounding is at the edge', () => {
    // 1.9 ÷ 60.5 = 3.14%, shown 3.1%; 1.95 ÷ (58.55 + 1.95) = 3.2231% allows 3.2%
    expect(changes('全年完成固定资产投资58.6亿元，较上年下降3.2%，减少1.9亿元。')).toEqual([
      {
        kind: 'rate',
        verb: '下降',
        statedValue: -3.2,
        stated: '3.2%',
        written: '下降3.2%',
        range: '58.6亿元，较上年下降3.2%',
        figures: ['current 58.6亿元', 'amount 1.9亿元'],
        arithmetic: '1.9 ÷ (58.6 + 1.9) = 1.9 ÷ 60.5',
        computed: -3.140496,
        computedText: '-3.1',
        low: -3.228477,
        high: -3.052805,
        edge: true,
        verdict: 'holds',
      },
    ]);
    expect(changes('全年完成固定资产投资58.6亿元，较上年下降3.1%，减少1.9亿元。')).toEqual([expect.objectContaining({ edge: false, verdict: 'holds' })]);
  });

  it('reads 了 after either verb, and the comparison words before the rate', () => {
    expect(changes('全市企业1000家，比上年增加100家，增长了10%。')).toEqual([
      expect.objectContaining({ verb: '增长', written: '增长了10%', computedText: '11.1', verdict: 'mismatch' }),
    ]);
    expect(changes('全市企业1000家，比上年增加了100家，同比增长10%。')).toEqual([expect.objectContaining({ verb: '增长', written: '增长10%', verdict: 'mismatch' })]);
    expect(read('全市企业1000家，比上年末增加100家，比上年增长11.1%。')).toEqual([['rate', '增长', 11.1, 'holds']]);
    expect(read('全市企业1000家，比上年末增加100家，较上年增长11.1%。')).toEqual([['rate', '增长', 11.1, 'holds']]);
    expect(read('全市企业1000家，比上年末增加100家，同期增长11.1%。')).toEqual([]);
    expect(read('全市企业1000家，比上年多100家，多11.1%。')).toEqual([]);
    expect(read('全市企业1000家，比上年多100家，增长11.1%。')).toEqual([['rate', '增长', 11.1, 'holds']]);
  });

  it('takes a comparison of up to 12 characters before the amount, without a mark or a digit in it', () => {
    expect(read('全市企业1000家，比上年同期全省预计执行数增加100家，增长11.1%。')).toEqual([['rate', '增长', 11.1, 'holds']]);
    expect(read('全市企业1000家，比上年同期全省的预计执行数增加100家，增长11.1%。')).toEqual([]);
    expect(read('全市企业1000家，比上年、同期增加100家，增长11.1%。')).toEqual([]);
    expect(read('全市企业1000家，比2023年增加100家，增长11.1%。')).toEqual([]);
    expect(read('全市企业1000家，上年增加100家，增长11.1%。')).toEqual([]);
    expect(read('全市企业1000家比上年增加100家，增长11.1%。')).toEqual([]);
  });
});

describe('changes: current, earlier level and rate', () => {
  it('recomputes from the earlier level to the current one', () => {
    expect(changes('年末常住人口98.6万人，较上年末的99.2万人下降0.6%。')).toEqual([
      {
        kind: 'rate',
        verb: '下降',
        statedValue: -0.6,
        stated: '0.6%',
        written: '下降0.6%',
        range: '98.6万人，较上年末的99.2万人下降0.6%',
        figures: ['from 99.2万人', 'to 98.6万人'],
        arithmetic: '(98.6 − 99.2) ÷ 99.2',
        computed: -0.604839,
        computedText: '-0.6',
        low: -0.706001,
        high: -0.503778,
        edge: false,
        verdict: 'holds',
      },
    ]);
    expect(changes('全年接待游客1250万人次，比上年的1120万人次增长了11.6%。')).toEqual([expect.objectContaining({ verb: '增长', written: '增长了11.6%', verdict: 'holds' })]);
    expect(read('全年接待游客1250万人次，较2023年同期的1120万人次增长11.6%。')).toEqual([['rate', '增长', 11.6, 'holds']]);
    expect(read('全年接待游客1250万人次,比去年的1120万人次增长11.6%。')).toEqual([['rate', '增长', 11.6, 'holds']]);
  });

  it('needs the verb alone after the earlier level, and a level above zero to divide by', () => {
    expect(read('全年接待游客1250万人次，比上年的1120万人次，增长11.6%。')).toEqual([]);
    expect(read('全年接待游客1250万人次，比上年的1120万人次实际增长11.6%。')).toEqual([]);
    expect(read('全年接待游客1250万人次，相比上年的1120万人次增长11.6%。')).toEqual([]);
    // a verb of one character states an amount (减100人次), not a rate
    expect(read('全年接待游客1250万人次，比上年的1300万人次减3.8%。')).toEqual([]);
    expect(read('全年接待游客1250万人次，比上年的1120万吨增长11.6%。')).toEqual([]);
    expect(read('全年接待游客1250万人次，比上年的0万人次增长11.6%。')).toEqual([]);
  });
});

describe('changes: from one figure to another', () => {
  it('reads the words before the first figure and between the two', () => {
    for (const text of [
      '社会消费品零售总额从上年末的5160亿元增加到7703亿元，增长49.3%。',
      '社会消费品零售总额由基期5160亿元提高至2024年末的7703亿元，增长49.3%。',
      '社会消费品零售总额由5160亿元增加到今年的7703亿元，增长49.3%。',
      '社会消费品零售总额由5160亿元增加到本年7703亿元，增长49.3%。',
    ])
      expect(changes(text), text).toEqual([
        expect.objectContaining({ kind: 'rate', figures: ['from 5160亿元', 'to 7703亿元'], arithmetic: '(7703 − 5160) ÷ 5160', computed: 49.282946, verdict: 'holds' }),
      ]);
    expect(read('社会消费品零售总额由5160亿元增加7703亿元，增长49.3%。')).toEqual([]);
    expect(read('社会消费品零售总额自5160亿元增加到7703亿元，增长49.3%。')).toEqual([]);
  });

  it('recomputes a fall, and never a fall stated as a multiple', () => {
    expect(changes('零售总额由7703亿元降至5160亿元，下降33.0%。')).toEqual([
      expect.objectContaining({ verb: '下降', statedValue: -33, computed: -33.013112, computedText: '-33', low: -33.028238, high: -32.997988, verdict: 'holds' }),
    ]);
    expect(read('零售总额由7703亿元减少到5160亿元，下降2倍。')).toEqual([]);
  });

  it('tells an increase of x times from x times the base', () => {
    expect(changes('出口额由20亿元增加到60亿元，增长2倍。')).toEqual([
      {
        kind: 'growth-times',
        verb: '增长',
        statedValue: 2,
        stated: '2倍',
        written: '增长2倍',
        range: '20亿元增加到60亿元，增长2倍',
        figures: ['from 20亿元', 'to 60亿元'],
        arithmetic: '(60 − 20) ÷ 20',
        computed: 2,
        computedText: '2',
        low: 1.902439,
        high: 2.102564,
        edge: false,
        verdict: 'holds',
      },
    ]);
    expect(changes('出口额由20亿元增加到60亿元，增长3倍。')).toEqual([
      expect.objectContaining({ kind: 'growth-times', verdict: 'mismatch', slip: { ratio: '3', growth: '2', ratioArithmetic: '60 ÷ 20 = 3' } }),
    ]);
    expect(changes('进口额由20亿元增加到60亿元，是原来的2倍。')).toEqual([
      expect.objectContaining({
        kind: 'ratio-times',
        verb: '是原来的',
        written: '是原来的2倍',
        arithmetic: '60 ÷ 20',
        computed: 3,
        low: 2.902439,
        high: 3.102564,
        verdict: 'mismatch',
        slip: { ratio: '3', growth: '2', ratioArithmetic: '60 ÷ 20 = 3' },
      }),
    ]);
    // 50 ÷ 20 = 2.5 times the base, an increase of 1.5: both shown to one place though 3倍 has none
    expect(changes('出口额由20亿元增加到50亿元，增长3倍。')).toEqual([
      expect.objectContaining({ kind: 'growth-times', computed: 1.5, computedText: '1.5', verdict: 'mismatch', slip: { ratio: '2.5', growth: '1.5', ratioArithmetic: '50 ÷ 20 = 2.5' } }),
    ]);
    expect(changes('出口额由20亿元增加到50亿元，是原来的1.5倍。')).toEqual([
      expect.objectContaining({ kind: 'ratio-times', computed: 2.5, low: 2.414634, high: 2.589744, verdict: 'mismatch', slip: { ratio: '2.5', growth: '1.5', ratioArithmetic: '50 ÷ 20 = 2.5' } }),
    ]);
    // neither reading: no slip
    const five = changes('进口额由20亿元增加到60亿元，是原来的5倍。');
    expect(five).toEqual([expect.objectContaining({ kind: 'ratio-times', verdict: 'mismatch' })]);
    expect(five[0]).not.toHaveProperty('slip');
    const far = changes('社会消费品零售总额由5160亿元增加到7703亿元，增长2.8倍。');
    expect(far).toEqual([expect.objectContaining({ kind: 'growth-times', computed: 0.492829, computedText: '0.5', verdict: 'mismatch' })]);
    expect(far[0]).not.toHaveProperty('slip');
  });

  it('reads the words before a multiple of the base', () => {
    expect(changes('进口额由20亿元增加到60亿元，为上年的3倍。')).toEqual([expect.objectContaining({ kind: 'ratio-times', verb: '为上年的', written: '为上年的3倍', verdict: 'holds' })]);
    expect(changes('进口额由20亿元增加到60亿元，相当于2020年的3倍。')).toEqual([expect.objectContaining({ verb: '相当于2020年的', written: '相当于2020年的3倍', verdict: 'holds' })]);
    expect(changes('进口额由20亿元增加到60亿元,达到3倍。')).toEqual([expect.objectContaining({ verb: '达到', written: '达到3倍', verdict: 'holds' })]);
    expect(changes('进口额由20亿元增加到60亿元，增加到原来的3倍。')).toEqual([expect.objectContaining({ verb: '增加到原来的', written: '增加到原来的3倍', verdict: 'holds' })]);
    expect(read('进口额由20亿元增加到60亿元，约为原来的3倍。')).toEqual([]);
  });

  it('recomputes the points from one rate to another', () => {
    expect(changes('森林覆盖率由65%提高到91%，提高了26个百分点。')).toEqual([
      {
        kind: 'points',
        verb: '提高',
        statedValue: 26,
        stated: '26个百分点',
        written: '提高了26个百分点',
        range: '65%提高到91%，提高了26个百分点',
        figures: ['from 65%', 'to 91%'],
        arithmetic: '91% − 65%',
        computed: 26,
        computedText: '26',
        low: 25,
        high: 27,
        edge: false,
        verdict: 'holds',
      },
    ]);
    expect(read('覆盖率由65%提高到91%，增长40%。')).toEqual([]);
  });
});

describe('changes: a rate, the earlier rate and the points', () => {
  it('recomputes the points, with the sign of the verb', () => {
    expect(changes('全市常住人口城镇化率为65.2%，比上年的64.1%提高1.2个百分点。')).toEqual([
      {
        kind: 'points',
        verb: '提高',
        statedValue: 1.2,
        stated: '1.2个百分点',
        written: '提高1.2个百分点',
        range: '65.2%，比上年的64.1%提高1.2个百分点',
        figures: ['from 64.1%', 'current 65.2%'],
        arithmetic: '65.2% − 64.1%',
        computed: 1.1,
        computedText: '1.1',
        low: 1,
        high: 1.2,
        edge: true,
        verdict: 'holds',
      },
    ]);
    expect(changes('全市常住人口城镇化率为63.0%，比上年的64.1%下降1.1个百分点。')).toEqual([
      expect.objectContaining({ verb: '下降', statedValue: -1.1, arithmetic: '63.0% − 64.1%', computed: -1.1, computedText: '-1.1', low: -1.2, high: -1, edge: false, verdict: 'holds' }),
    ]);
    expect(changes('全市常住人口城镇化率为65.2%，较2023年末的64.1%提高了1.1个百分点。')).toEqual([
      expect.objectContaining({ written: '提高了1.1个百分点', edge: false, verdict: 'holds' }),
    ]);
    expect(read('全市常住人口城镇化率为65.2%，比上年的64.1%，提高1.1个百分点。')).toEqual([]);
    expect(read('全市常住人口城镇化率为65.2%，与上年的64.1%相比提高1.1个百分点。')).toEqual([]);
  });
  it('lets the points stand when their interval just touches the rates\' (float noise aside), and no further', () => {
    // 65.2% − 64%: 65.15 − 64.5 = 0.65 to 65.25 − 63.5 = 1.75; 0.6 ± 0.05 and 1.8 ± 0.05 touch it
    expect(changes('城镇化率为65.2%，比上年的64%提高0.6个百分点。')).toEqual([
      expect.objectContaining({ computed: 1.2, computedText: '1.2', low: 0.65, high: 1.75, edge: true, verdict: 'holds' }),
    ]);
    expect(read('城镇化率为65.2%，比上年的64%提高1.8个百分点。')).toEqual([['points', '提高', 1.8, 'holds']]);
    expect(read('城镇化率为65.2%，比上年的64%提高0.5个百分点。')).toEqual([['points', '提高', 0.5, 'mismatch']]);
    expect(read('城镇化率为65.2%，比上年的64%提高1.9个百分点。')).toEqual([['points', '提高', 1.9, 'mismatch']]);
  });
});

describe('changes: the record', () => {
  it('numbers each change in source order, in its sentence and paragraph, and never joins sentences', () => {
    const text = '全市企业1000家，比上年增加100家，增长11.1%。出口额由20亿元增加到60亿元，增长2倍。\n\n城镇化率为65.2%，比上年的64%提高0.6个百分点。';
    const outline = parseReport(text, { format: 'text' });
    expect(outline.changes.map((c) => ({ id: c.id, sentence: c.sentence, paragraph: c.paragraph, stated: outline.metrics[c.stated]!.text, line: c.range.start.line }))).toEqual([
      { id: 0, sentence: 0, paragraph: 0, stated: '11.1%', line: 1 },
      { id: 1, sentence: 1, paragraph: 0, stated: '2倍', line: 1 },
      { id: 2, sentence: 2, paragraph: 1, stated: '0.6个百分点', line: 3 },
    ]);
    expect(read('全市企业1000家，比上年增加100家。增长11.1%。')).toEqual([]);
  });
});

describe('changes: what is not read as a change stated two ways', () => {
  it('needs a comma before the comparison, and takes an ASCII comma before 同比 too', () => {
    expect(read('全市企业1000家：比上年增加100家，增长11.1%。')).toEqual([]);
    expect(read('全市企业1000家,比上年增加100家,同比增长11.1%。')).toEqual([['rate', '增长', 11.1, 'holds']]);
  });

  it('never recomputes a stated figure that is about, or a range', () => {
    expect(read('全市企业1000家，比上年增加100家，增长11.1%左右。')).toEqual([]);
    expect(read('全市企业1000家，比上年增加100家，增长10%～12%。')).toEqual([]);
    expect(read('出口额由20亿元增加到60亿元，增长2倍左右。')).toEqual([]);
    expect(read('城镇化率为65.2%，比上年的64.1%提高1.1个百分点左右。')).toEqual([]);
    expect(read('出口额由20亿元增加到60亿元，增长2～3倍。')).toEqual([]);
    expect(read('城镇化率为65.2%，比上年的64.1%提高1～2个百分点。')).toEqual([]);
  });

  it('never takes a change or a share as the current value', () => {
    expect(read('全市企业1000家，比上年增长11.1%，增加100家。')).toEqual([['rate', '增长', 11.1, 'holds']]);
    for (const text of [
      '全市企业增加1000家，比上年增加100家，增长11.1%。',
      '全市企业占比1000家，比上年增加100家，增长11.1%。',
      '全市企业增加1000家，比上年增长11.1%，增加100家。',
      '全市企业占比1000家，比上年增长11.1%，增加100家。',
      '全年增加游客1250万人次，比上年的1120万人次增长11.6%。',
      '全年游客占比1250万人次，比上年的1120万人次增长11.6%。',
    ])
      expect(read(text), text).toEqual([]);
  });

  it('reads only the shapes it knows: no multiple or points where a rate belongs, no mixed units', () => {
    for (const text of [
      '全市企业1000家，比上年增长2倍，增加100家。',
      '全市企业1000家，比上年增长11.1%，增加100吨。',
      '全市企业1000家，占11.1%，增加100家。',
      '全年接待游客1250万人次，比上年的1120万人次增长2倍。',
      '城镇化率65%，比上年的64%增长1.6%。',
      '出口额由20亿元增加到60万吨，增长200%。',
      '出口额由20亿元增加到60亿元，提高3个百分点。',
      // a figure to fill in is no level to recompute from
      '出口额由20亿元增加到*亿元，增长2倍。',
      // from nothing there is no rate to recompute
      '全市企业由0家增加到60家，增长3倍。',
    ])
      expect(read(text), text).toEqual([]);
  });
});

describe('changes: multiples after an amount', () => {
  it('names both readings of a multiple after a current value and an amount', () => {
    // 40 ÷ (60 − 40) = 2, an increase of two times; 60 ÷ 20 = 3 times the base
    expect(changes('收入60元，比上年增加40元，增长3倍。')).toEqual([
      expect.objectContaining({
        kind: 'growth-times',
        arithmetic: '40 ÷ (60 − 40) = 40 ÷ 20',
        computed: 2,
        verdict: 'mismatch',
        slip: { ratio: '3', growth: '2', ratioArithmetic: '60 ÷ (60 − 40) = 60 ÷ 20 = 3' },
      }),
    ]);
  });

  it('names no slip for a multiple that holds, though its rounding also allows the other reading', () => {
    // 3 ÷ 2 = 1.5 and 5 ÷ 2 = 2.5 both lie within 2 ± 0.5: it holds as an increase, and that is all
    const held = changes('出口额由20亿元增加到50亿元，增长2倍。');
    expect(held).toEqual([expect.objectContaining({ kind: 'growth-times', computed: 1.5, verdict: 'holds' })]);
    expect(held[0]).not.toHaveProperty('slip');
    expect(Object.keys(parseReport('出口额由20亿元增加到50亿元，增长2倍。', { format: 'text' }).changes[0]!)).not.toContain('slip');
  });
});
