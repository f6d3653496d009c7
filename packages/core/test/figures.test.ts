import { describe, expect, it } from 'vitest';
import { parseReport, type Metric } from '../src/index.js';

const metricsOf = (text: string) => parseReport(text, { format: 'text' }).metrics;
const only = (text: string): Metric => {
  const metrics = metricsOf(text);
  expect(metrics).toHaveLength(1);
  return metrics[0]!;
};

describe('number forms', () => {
  it('reads decimals, multipliers and units as written', () => {
    expect(only('全年实现地区生产总值668.10亿元。')).toMatchObject({
      text: '668.10亿元', valueText: '668.10', value: 668.1, decimals: 2, multiplier: 1e8, unit: '元', dimension: '元', percent: false, approx: 'none',
    });
  });

  it('reads thousands separators and full-width digits', () => {
    expect(only('参保人数12,340人。')).toMatchObject({ value: 12340, decimals: 0, unit: '人' });
    expect(only('新增就业３５０人。')).toMatchObject({ value: 350, valueText: '３５０' });
  });

  it('reads Chinese numerals before a unit, and mixed forms', () => {
    expect(only('共有党员两百名。')).toMatchObject({ value: 200, unit: '名', dimension: '人' });
    expect(only('仅十天时间完成签约。')).toMatchObject({ value: 10, unit: '天' });
    expect(only('接待游客3.5万人次。')).toMatchObject({ value: 3.5, multiplier: 1e4, unit: '人次', dimension: '人次' });
    expect(only('发放资金一万元。')).toMatchObject({ value: 1, multiplier: 1e4, unit: '元' });
  });

  it('normalises units with a factor to their dimension', () => {
    expect(only('装机容量1443.2万千瓦。')).toMatchObject({ multiplier: 1e4, unit: '千瓦', dimension: '瓦', unitFactor: 1000 });
    expect(only('建成区面积1.2平方公里。')).toMatchObject({ unit: '平方公里', dimension: '平方米', unitFactor: 1e6 });
  });

  it('reads percent forms', () => {
    expect(only('覆盖率达95.5%。')).toMatchObject({ value: 95.5, percent: true, unit: '%' });
    expect(only('覆盖率达百分之三十。')).toMatchObject({ value: 30, percent: true, text: '百分之三十' });
    expect(only('比上年末提高1.51个百分点。')).toMatchObject({ unit: '个百分点', dimension: '百分点', percent: false, role: 'change' });
  });

  it('reads approximation words before and after the figure', () => {
    expect(only('全镇*余名干部。')).toMatchObject({ text: '*余名', placeholder: true, value: null, approx: 'lower', approxWords: ['余'] });
    expect(only('争取资金*多万元。')).toMatchObject({ text: '*多万元', multiplier: 1e4, approx: 'lower' });
    expect(only('投入约5万元。')).toMatchObject({ text: '5万元', approx: 'about', approxWords: ['约'] });
    expect(only('达标率50%以上。')).toMatchObject({ text: '50%', approx: 'lower', approxWords: ['以上'] });
    expect(only('近3000人参加。')).toMatchObject({ approx: 'upper' });
  });

  it('reads ranges with their upper end', () => {
    const range = only('养牛场（存栏量300－200头）。');
    expect(range).toMatchObject({ text: '300－200头', value: 300, unit: '头' });
    expect(range.upper).toMatchObject({ valueText: '200', value: 200, placeholder: false });
    const open = only('养牛场（存栏量*－*头）。');
    expect(open).toMatchObject({ text: '*－*头', placeholder: true });
    expect(open.upper).toMatchObject({ valueText: '*', placeholder: true });
  });

  it('takes no date, ordinal, slogan or name for a figure', () => {
    for (const text of [
      '2022年*月*日召开会议。',
      '二〇二二年工作总结。',
      '发布时间：2026-04-22。',
      '2021-2025年地区生产总值。',
      '严格执行“一岗双责”和“三大攻坚”。',
      '喜迎二十大，一是抓党建，第一要务。',
      'PM2.5浓度下降，5G基站建设。',
      '千家万户，一以贯之，清零行动。',
      '表1  2025年年末人口数',
    ]) {
      expect(metricsOf(text).map((m) => m.text), text).toEqual([]);
    }
  });

  it('reads a caption word before a number as a caption only when no unit follows (表1, but 贷款113.58亿元)', () => {
    for (const text of ['见表1。', '如附表2所示，', '图3为近五年走势。', '详见附3。']) expect(metricsOf(text).map((m) => m.text), text).toEqual([]);
    expect(only('其中，住户贷款113.58亿元。')).toMatchObject({ text: '113.58亿元', subject: '住户贷款' });
    expect(only('住户存款462.23亿元。')).toMatchObject({ text: '462.23亿元' });
    expect(only('出席代表300名。')).toMatchObject({ text: '300名', dimension: '人' });
    expect(only('发表论文30篇。')).toMatchObject({ text: '30篇' });
    expect(only('下拨专项资金拨款500万元。')).toMatchObject({ text: '500万元' });
  });

  it('records where a decrease is stated as a multiple, as written', () => {
    const text = '能耗降低3倍，成本减少了一倍；产量增长2倍，降幅为3倍以上的说法不当。';
    const outline = parseReport(text, { format: 'text' });
    expect(outline.decreaseMultiples.map((r) => text.slice(r.start.offset, r.end.offset))).toEqual(['降低3倍', '减少了一倍']);
    // 能耗降低3倍: 降 is the third character; the four of 降低3倍 end before the seventh.
    expect(outline.decreaseMultiples[0]).toMatchObject({ start: { line: 1, column: 3 }, end: { line: 1, column: 7 } });
  });

  it('reads 种 as a count of kinds (矿产69种)', () => {
    expect(only('全年已发现的矿产69种。')).toMatchObject({ text: '69种', value: 69, unit: '种', dimension: '种' });
  });

  it('reads a figure after 期 (预期, 同期, 工期): 期 comes after an ordinal number (第3期), never before it', () => {
    expect(only('全县一般公共预算收入预期192100万元。')).toMatchObject({ text: '192100万元', value: 192100 });
    expect(only('经济增长预期7%左右。')).toMatchObject({ text: '7%', value: 7, percent: true });
    expect(only('项目工期180天。')).toMatchObject({ text: '180天', value: 180 });
  });
});

describe('subject and role', () => {
  it('finds the counted subject in the clause before the figure', () => {
    expect(only('今年我们已陆续取缔非法塑料加工经营户*户。').subject).toBe('经营户');
    expect(only('共走访慰问*名困难党员。').subject).toBe('困难党员');
  });

  it('reads the role word', () => {
    expect(only('上半年共计拆违*处。')).toMatchObject({ role: 'total', roleWord: '共计' });
    expect(metricsOf('全年增加值100亿元，比上年增长3.3%。')[1]).toMatchObject({ role: 'change', roleWord: '比上年' });
    expect(only('党组织覆盖率达*%。')).toMatchObject({ role: 'share', roleWord: '覆盖率' });
    // 增加值 is a value added, not an increase.
    expect(only('第一产业增加值100.86亿元。').role).toBe('plain');
  });
});

describe('placeholders', () => {
  const kinds = (text: string) => parseReport(text, { format: 'text' }).placeholders.map((p) => [p.kind, p.following]);

  it('classifies each mark by what follows it', () => {
    expect(kinds('*镇党委*书记到*中学调研。')).toEqual([['name', '镇'], ['name', '书记'], ['name', '中学']]);
    expect(kinds('到*月*日止，2022年*月完成。')).toEqual([['date', '月'], ['date', '日止'], ['date', '月']]);
    expect(kinds('举报电话*，取缔*户。')).toEqual([['other', ''], ['number', '户']]);
  });

  it('points a number placeholder at its metric and carries its sentence', () => {
    const outline = parseReport('前言。取缔经营户*户，其中洗料*户。', { format: 'text' });
    const [first] = outline.placeholders;
    expect(first).toMatchObject({ kind: 'number', unit: '户', metric: 0, context: '取缔经营户*户，其中洗料*户。' });
    expect(outline.metrics[first!.metric!]!.valueText).toBe('*');
  });

  it('honours configured marks and leaves ** emphasis alone', () => {
    const outline = parseReport('**重点**：新建××个网格。', { format: 'markdown', placeholderMarks: ['××'] });
    expect(outline.placeholders.map((p) => p.mark)).toEqual(['××']);
    expect(outline.metrics.map((m) => m.text)).toEqual(['××个']);
  });
});

describe('odd input', () => {
  it('never throws and reads what it can', () => {
    for (const text of ['*', '－－－', '\ud800*户', '其中', '共计其中分别为', '百分之', '百分之*', '3－', '*－', '一一一一一一一一一一一一一一一一一一一一一一一一一一一一一', '9'.repeat(500), '*'.repeat(300), '其中1人'.repeat(200)]) {
      expect(() => parseReport(text, { format: 'text' }), text.slice(0, 20)).not.toThrow();
    }
    expect(only('累计12,345,678元。')).toMatchObject({ value: 12345678 });
    // 1,2345 is not a thousands separator: the comma ends the first number.
    expect(metricsOf('1,2345元').map((m) => m.text)).toEqual(['1', '2345元']);
    expect(metricsOf('百分之*的覆盖率').map((m) => [m.text, m.percent, m.placeholder])).toEqual([['百分之*', true, true]]);
  });
});
