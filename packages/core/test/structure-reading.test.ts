/**
 * How the parser reads numbers in slogans, counted lists and slips of
 * numbering, and what the structure rules say about them (the messages a
 * writer reads, which fixture labels do not hold).
 */
import { describe, expect, it } from 'vitest';
import { lint, parseReport } from '../src/index.js';
import { readNumericSlogan } from '../src/parse/slogans.js';
import { findSequenceSlips } from '../src/lint/sequence/slips.js';

const messagesOf = (text: string, ruleId: string) =>
  lint(text, { path: 'x.txt', config: { extends: 'strict' } })
    .diagnostics.filter((d) => d.ruleId === ruleId)
    .map((d) => d.message);

describe('numbers in slogans', () => {
  it.each([
    ['三大攻坚', 3, '大'],
    ['四个一', 4, '个'],
    ['五项工作', 5, '项'],
    ['两断三清', 5, null],
    ['四位一体', 4, null],
    ['三证合一', 3, null],
    ['两个一百年', 2, '个'],
    ['三农', 3, null],
  ])('%s counts %d (measure %s)', (inner, count, measure) => {
    const read = readNumericSlogan(inner);
    expect(read.count).toBe(count);
    expect(read.measure).toBe(measure);
  });

  it.each(['十九大', '二十大精神', '二十届三中全会', '十一届三中全会以来', '十四五', '九五', '九二共识', '五五购物节'])('%s names something and counts nothing', (inner) => {
    expect(readNumericSlogan(inner)).toEqual({ count: null, items: [], noun: null, measure: null });
  });

  it('reads a slogan made of numerals as the items of a name', () => {
    expect(readNumericSlogan('一三五')).toMatchObject({ count: null, items: [1, 3, 5] });
  });
});

describe('slips in a run of ordinals', () => {
  it.each([
    [[1, 2, 3], []],
    [[1, 2, 4, 5], [['gap', 2]]],
    [[1, 2, 2, 4], [['repeat', 2]]],
    [[1, 2, 3, 2, 5], [['backwards', 3]]],
    [[1, 3, 2, 4], [['swap', 1]]],
    [[2, 3, 4], [['start', 0]]],
    [[1, 4, 3], [['gap', 1]]],
  ])('%j → %j', (ordinals, expected) => {
    expect(findSequenceSlips(ordinals).map((f) => [f.slip, f.index])).toEqual(expected);
  });
});

describe('messages quote what the writer wrote', () => {
  it('nests the quotes of a heading title inside the quoted title', () => {
    const text = ['今年我县聚焦“三大攻坚”。', '一、打好“三农”领域三大攻坚战', '（一）粮食安全', '（二）产业发展', '（三）人居环境', '（四）农村改革'].join('\n');
    expect(messagesOf(text, 'slogan-count')).toEqual(['“三大攻坚”说的是3项，但对应的“一、打好‘三农’领域三大攻坚战”下有4个部分']);
  });

  it('quotes an unquoted count up to the end of its noun, not into the next word', () => {
    expect(messagesOf('加强矿山、交通、消防、燃气三个重点行业安全监管。', 'slogan-count')).toEqual([
      '“三个重点行业”说的是3项，但列出了4项：矿山、交通、消防、燃气',
    ]);
  });

  it('quotes the slogan that sums up a list, whole', () => {
    expect(messagesOf('建成数据共享平台、政务服务平台等“三大平台”。', 'slogan-count')).toEqual(['“三大平台”说的是3项，但列出了2项：数据共享平台、政务服务平台']);
  });

  it('calls a heading that goes backwards 序号倒退, and a swap one slip', () => {
    expect(messagesOf('一、综合\n二、农业\n三、工业\n二、投资', 'heading-sequence')).toEqual(['标题序号倒退：三、之后应为四、，此处为二、']);
    expect(messagesOf('一、综合\n三、工业\n二、农业\n四、投资', 'heading-sequence')).toEqual(['标题序号颠倒：“三、”与“二、”互换了位置，应依次为“二、”“三、”']);
  });
});

describe('enumerations across paragraphs', () => {
  it('joins items that open paragraphs under one section, with detail paragraphs between', () => {
    const text = ['（一）推进乡村振兴', '一是稳定粮食生产。', '新建高标准农田8000亩。', '二是壮大特色产业。', '三是改善人居环境。', '（二）增进民生福祉', '一是稳就业。', '二是兜底线。'].join('\n');
    const numbered = parseReport(text, { path: 'x.txt' }).enumerations.filter((e) => e.kind === 'shi');
    expect(numbered.map((e) => e.items.map((i) => i.marker))).toEqual([
      ['一是', '二是', '三是'],
      ['一是', '二是'],
    ]);
  });

  it('starts again where a new lead starts again at 一是', () => {
    const text = '加强耕地保护。一是严守红线；二是复耕撂荒地。\n推进农业科技创新。一是建设科技园区；二是推广良种。';
    const numbered = parseReport(text, { path: 'x.txt' }).enumerations.filter((e) => e.kind === 'shi');
    expect(numbered.map((e) => e.items.length)).toEqual([2, 2]);
  });
});

describe('counts announced before what they count', () => {
  it('compares 以下四个方面的工作： with the headings that follow', () => {
    const text = ['一、主要工作', '今年以来，我局重点抓了以下四个方面的工作：', '（一）项目建设', '（二）招商引资', '（三）营商环境'].join('\n');
    expect(messagesOf(text, 'slogan-count')).toEqual(['“四个方面的工作”说的是4项，但其后有3个同级标题：（一）至（三）']);
  });

  it('compares 以下三点。 with the 第一… items of the next paragraphs', () => {
    const text = ['要把握好以下三点。', '第一，稳增长。', '第二，防风险。', '第三，保民生。', '第四，优作风。'].join('\n');
    expect(messagesOf(text, 'slogan-count')).toEqual(['“三点”说的是3项，但其后列举了4项（第一至第四）']);
  });
});

describe('table rows written as text', () => {
  it('marks a paragraph with a cell separator as a table row, and its number as no section marker', () => {
    const outline = parseReport('一、农业生产\n\n3.油料产量 | 万吨 | 1.52\n\n全年粮食产量保持稳定。\n', { path: 'x.txt' });
    expect(outline.paragraphs.map((p) => [p.kind, p.tableRow])).toEqual([
      ['heading', false],
      ['body', true],
      ['body', false],
    ]);
  });
});
