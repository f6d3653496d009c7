/**
 * What a writer sees from slogan-count, written against the mutants `pnpm mutation` found
 * surviving (issue 26, docs/mutation.md): each message in both languages, its line and
 * column, the places it points at and its data; and the edges of what the rule compares
 * (the count one away, the set cited by name, the colon, the measure word, the gap between
 * listed slogans). The fixtures in fixtures/rules/slogan-count/ label only the message id
 * and range. Offsets were counted by hand from the text in each test; each test lints
 * inside itself (nothing at collection, nothing memoized).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

interface Seen {
  messageId: string;
  line: number;
  column: number;
  start: number;
  end: number;
  message: string;
  data?: Record<string, unknown>;
  related?: Array<[number, number, string]>;
}

function seen(text: string, locale?: 'en', format: 'text' | 'markdown' = 'text'): Seen[] {
  return lint(text, { format, locale, config: { rules: { 'slogan-count': 'warning' } } })
    .diagnostics.filter((d) => d.ruleId === 'slogan-count')
    .map((d) => ({
      messageId: d.messageId,
      line: d.line,
      column: d.column,
      start: d.range.start.offset,
      end: d.range.end.offset,
      message: d.message,
      ...(d.data ? { data: d.data } : {}),
      ...(d.related ? { related: d.related.map((r): [number, number, string] => [r.range.start.offset, r.range.end.offset, r.message]) } : {}),
    }));
}

/** The messages only, in Chinese. */
const messages = (text: string, format: 'text' | 'markdown' = 'text'): string[] => seen(text, undefined, format).map((d) => d.message);

describe('slogan-count: a count against the list it stands by', () => {
  it('names the count, the items listed and each item, in both languages', () => {
    const text = '涉及四个项目，环湖路、车站大道、南科地块。';
    const related: Array<[number, number, string]> = [
      [7, 10, '此处：环湖路'],
      [11, 15, '此处：车站大道'],
      [16, 20, '此处：南科地块'],
    ];
    expect(seen(text)).toEqual([
      { messageId: 'list', line: 1, column: 3, start: 2, end: 6, message: '“四个项目”说的是4项，但列出了3项：环湖路、车站大道、南科地块', data: { stated: 4, listed: 3 }, related },
    ]);
    expect(seen(text, 'en')).toEqual([
      {
        messageId: 'list',
        line: 1,
        column: 3,
        start: 2,
        end: 6,
        message: '“四个项目” counts 4, but 3 items are listed: 环湖路、车站大道、南科地块',
        data: { stated: 4, listed: 3 },
        related: related.map(([s, e, m]) => [s, e, m.replace('此处：', 'Here: ')]),
      },
    ]);
  });

  it('reports one item too many as well as one too few', () => {
    expect(messages('涉及三个项目，环湖路、车站大道、南科地块、东湖。')).toEqual(['“三个项目”说的是3项，但列出了4项：环湖路、车站大道、南科地块、东湖']);
  });

  it('says nothing when the count is right, or two or more away', () => {
    expect(messages('涉及三个项目，环湖路、车站大道、南科地块。')).toEqual([]);
    expect(messages('涉及五个项目，环湖路、车站大道、南科地块。')).toEqual([]);
    expect(messages('涉及两个项目，环湖路、车站大道、南科地块、东湖。')).toEqual([]);
  });

  it('lets a last item joined by 和 count as two when the count is one more', () => {
    // 交通和消防 may be one trade or two: 3 items against 四 fits; against 两 it does not (the count is one less).
    expect(messages('加强矿山、燃气、交通和消防四个重点行业安全监管。')).toEqual([]);
    expect(messages('加强矿山、燃气、交通消防四个重点行业安全监管。')).toEqual(['“四个重点行业”说的是4项，但列出了3项：矿山、燃气、交通消防']);
    expect(messages('加强矿山、燃气、交通和消防两个重点行业安全监管。')).toEqual(['“两个重点行业”说的是2项，但列出了3项：矿山、燃气、交通和消防']);
  });

  it('quotes the slogan after a list with its quotes made single', () => {
    expect(seen('坚持“严防松懈、严防输入”的三防原则，确保政令畅通。')).toEqual([
      {
        messageId: 'list',
        line: 1,
        column: 15,
        start: 14,
        end: 18,
        message: '“三防原则”说的是3项，但列出了2项：严防松懈、严防输入',
        data: { stated: 3, listed: 2 },
        related: [
          [3, 7, '此处：严防松懈'],
          [8, 12, '此处：严防输入'],
        ],
      },
    ]);
  });
});

describe('slogan-count: a slogan against the 一是… items after it', () => {
  it('names the count, the items and their markers, in both languages', () => {
    const text = '我局采取“四个一”措施。一是设立一个举报电话；二是下达一份整改通知书；三是开展一轮集中执法行动。';
    expect(seen(text)).toEqual([
      {
        messageId: 'enumeration',
        line: 1,
        column: 6,
        start: 5,
        end: 8,
        message: '“四个一”说的是4项，但其后列举了3项（一是至三是）',
        data: { stated: 4, found: 3, kind: 'shi' },
        related: [
          [12, 14, '此处：一是'],
          [23, 25, '此处：二是'],
          [35, 37, '此处：三是'],
        ],
      },
    ]);
    expect(seen(text, 'en').map((d) => d.message)).toEqual(['“四个一” counts 4, but 3 items follow (一是 to 三是)']);
  });

  it('does not count a set cited by its name: “…”精神, “…”重要讲话', () => {
    expect(messages('严格落实“三项规定”。一是精简会议文件；二是规范公务接待。')).toEqual(['“三项规定”说的是3项，但其后列举了2项（一是至二是）']);
    expect(messages('严格落实“三项规定”精神。一是精简会议文件；二是规范公务接待。')).toEqual([]);
    expect(messages('认真学习“三个一”。一是精简会议文件；二是规范公务接待。')).toEqual(['“三个一”说的是3项，但其后列举了2项（一是至二是）']);
    expect(messages('认真学习“三个一”重要讲话。一是精简会议文件；二是规范公务接待。')).toEqual([]);
  });
});

describe('slogan-count: which 一是… items a slogan introduces', () => {
  it('takes the items in the next sentence, or the next paragraph, but not two sentences on', () => {
    const message = '“四项工作”说的是4项，但其后列举了3项（一是至三是）';
    expect(messages('抓好“四项工作”。一是抓项目；二是抓招商；三是抓民生。')).toEqual([message]);
    expect(messages('抓好“四项工作”，一是抓项目；二是抓招商；三是抓民生。')).toEqual([message]);
    expect(seen('抓好“四项工作”。\n一是抓项目；二是抓招商；三是抓民生。').map((d) => d.related)).toEqual([
      [
        [10, 12, '此处：一是'],
        [16, 18, '此处：二是'],
        [22, 24, '此处：三是'],
      ],
    ]);
    expect(messages('抓好“四项工作”。今年形势好。一是抓项目；二是抓招商；三是抓民生。')).toEqual([]);
    expect(messages('抓好“四项工作”。\n今年形势好。\n一是抓项目；二是抓招商；三是抓民生。')).toEqual([]);
  });

  it('gives the items to the numeric slogan nearest them', () => {
    expect(messages('抓好“四项工作”，落实“两个确保”。一是抓项目；二是抓招商；三是抓民生。')).toEqual(['“两个确保”说的是2项，但其后列举了3项（一是至三是）']);
  });

  it('takes the first 一是… enumeration after the slogan, not a 、 list nor one before it', () => {
    expect(seen('一是抓项目；二是抓招商。抓好“四项工作”，一是抓项目；二是抓招商；三是抓民生。').map((d) => [d.start, d.end, d.message, d.related])).toEqual([
      [
        15,
        19,
        '“四项工作”说的是4项，但其后列举了3项（一是至三是）',
        [
          [21, 23, '此处：一是'],
          [27, 29, '此处：二是'],
          [33, 35, '此处：三是'],
        ],
      ],
    ]);
    expect(messages('抓好“两项工作”，确保项目、招商、民生落地。一是抓项目；二是抓招商。')).toEqual([]);
  });

  it('lets a numeric slogan inside the items stand', () => {
    expect(seen('抓好“四项工作”。一是落实“两个确保”；二是抓招商；三是抓民生。').map((d) => [d.message, d.related])).toEqual([
      [
        '“四项工作”说的是4项，但其后列举了3项（一是至三是）',
        [
          [9, 11, '此处：一是'],
          [20, 22, '此处：二是'],
          [26, 28, '此处：三是'],
        ],
      ],
    ]);
  });

  it('takes the enumeration right after the slogan, not a later one in the paragraph', () => {
    expect(messages('抓好“四项工作”：一是抓项目；二是抓招商；三是抓民生。同时，第一，要实；第二，要细。')).toEqual(['“四项工作”说的是4项，但其后列举了3项（一是至三是）']);
    expect(messages('抓好“两项工作”，涉及环湖路、车站大道、南科地块。一是抓项目；二是抓招商。')).toEqual([]);
  });

  it('does not take a slogan counting one as a count', () => {
    expect(messages('突出“一个重点”：一是抓项目；二是抓招商。')).toEqual([]);
  });

  it('does not let a name without a count stand between, but does a count quoted right after', () => {
    expect(messages('推进“四项工作”的“一三五”思路。一是抓项目；二是抓招商；三是抓民生。')).toEqual(['“四项工作”说的是4项，但其后列举了3项（一是至三是）']);
    expect(messages('抓好“四项工作”“两个确保”。一是抓项目；二是抓招商；三是抓民生。')).toEqual(['“两个确保”说的是2项，但其后列举了3项（一是至三是）']);
  });

  it('takes a colon only at the end of the lead', () => {
    expect(messages('开展“三清”行动：主要是，一是清垃圾；二是清河道。')).toEqual([]);
  });

  it('takes items two or more away from the count only after a colon', () => {
    expect(messages('抓好“五项工作”。一是抓项目；二是抓招商；三是抓民生。')).toEqual([]);
    expect(messages('抓好“五项工作”：一是抓项目；二是抓招商；三是抓民生。')).toEqual(['“五项工作”说的是5项，但其后列举了3项（一是至三是）']);
  });

  it('takes items after a name without a measure word only after a colon with no sentence end before it', () => {
    expect(seen('开展“三清”行动：一是清垃圾；二是清河道。')).toEqual([
      {
        messageId: 'enumeration',
        line: 1,
        column: 4,
        start: 3,
        end: 5,
        message: '“三清”说的是3项，但其后列举了2项（一是至二是）',
        data: { stated: 3, found: 2, kind: 'shi' },
        related: [
          [9, 11, '此处：一是'],
          [15, 17, '此处：二是'],
        ],
      },
    ]);
    expect(messages('落实“三农”工作：一是稳粮；二是增收。')).toEqual(['“三农”说的是3项，但其后列举了2项（一是至二是）']);
    expect(messages('开展“三清”行动。一是清垃圾；二是清河道。')).toEqual([]);
    expect(messages('落实“三农”工作，一是稳粮；二是增收。')).toEqual([]);
    expect(messages('开展“三清”行动。主要是：一是清垃圾；二是清河道。')).toEqual([]);
    expect(messages('推进“三大工程”，一是道路；二是管网。')).toEqual(['“三大工程”说的是3项，但其后列举了2项（一是至二是）']);
  });
});

describe('slogan-count: a slogan against the section that counts it', () => {
  const text = [
    '今年以来，我镇强化“三大攻坚”，各项工作取得新进展。',
    '一、强化三大攻坚行动',
    '（一）生态环保攻坚',
    '关停企业12家。',
    '（二）安全生产攻坚',
    '排查隐患120处。',
    '（三）控建拆违攻坚',
    '拆除违建35处。',
    '（四）信访维稳攻坚',
    '化解矛盾纠纷48件。',
  ].join('\n');

  it('names the section and points at its title and each part, in both languages', () => {
    const related: Array<[number, number, string]> = [
      // The first line is 26 units and its line break; the title's range leaves out 一、.
      [29, 37, '此处：一、强化三大攻坚行动'],
      [38, 41, '此处：（一）生态环保攻坚'],
      [57, 60, '此处：（二）安全生产攻坚'],
      [77, 80, '此处：（三）控建拆违攻坚'],
      [96, 99, '此处：（四）信访维稳攻坚'],
    ];
    expect(seen(text)).toEqual([
      { messageId: 'section', line: 1, column: 11, start: 10, end: 14, message: '“三大攻坚”说的是3项，但对应的“一、强化三大攻坚行动”下有4个部分', data: { stated: 3, found: 4, section: 0 }, related },
    ]);
    expect(seen(text, 'en').map((d) => d.message)).toEqual(['“三大攻坚” counts 3, but “一、强化三大攻坚行动” has 4 parts']);
  });
});

describe('slogan-count: which section counts a slogan', () => {
  /** A report whose slogan is `slogan` and whose first section, titled `title`, has four parts. */
  const report = (slogan: string, title: string, more: string[] = []): string =>
    [
      `今年以来，我镇强化“${slogan}”，各项工作取得新进展。`,
      `一、${title}`,
      '（一）生态环保',
      '关停企业12家。',
      '（二）安全生产',
      '排查隐患120处。',
      '（三）控建拆违',
      '拆除违建35处。',
      '（四）信访维稳',
      '化解矛盾48件。',
      ...more,
    ].join('\n');
  const reported = (title: string) => [`“三大攻坚”说的是3项，但对应的“一、${title}”下有4个部分`];

  it('takes a title with a numeral right before the noun, with a measure word and a qualifier between', () => {
    for (const title of [
      '强化三大攻坚',
      '强化三项攻坚行动',
      '强化三个方面的攻坚',
      '强化三个方面攻坚',
      '强化三方面的攻坚',
      '强化三方面攻坚',
      '强化三个攻坚',
      '强化三条攻坚',
      '强化三类攻坚',
      '强化三种攻坚',
      '强化三件攻坚',
      '强化三项重点攻坚',
      '强化三项主要攻坚',
      '强化三攻坚',
      '攻坚与三大攻坚',
    ])
      expect(messages(report('三大攻坚', title))).toEqual(reported(title));
  });

  it('does not take a title that names the noun without a count', () => {
    for (const title of ['强化攻坚行动', '大攻坚', '强化三批攻坚', '强化三项重要攻坚', '强化三个方面重点的攻坚']) expect(messages(report('三大攻坚', title))).toEqual([]);
  });

  it('points at the title without its marker and at each part', () => {
    // The first line is 26 units and its line break; 强化三大攻坚 runs 29 to 35.
    expect(seen(report('三大攻坚', '强化三大攻坚')).map((d) => d.related)).toEqual([
      [
        [29, 35, '此处：一、强化三大攻坚'],
        [36, 39, '此处：（一）生态环保'],
        [53, 56, '此处：（二）安全生产'],
        [71, 74, '此处：（三）控建拆违'],
        [88, 91, '此处：（四）信访维稳'],
      ],
    ]);
  });

  it('needs a noun of two characters or more, one section with parts and no other counting it', () => {
    expect(messages(report('三农', '强化三农工作'))).toEqual([]);
    expect(messages(report('三大攻坚', '强化三大攻坚', ['二、三大攻坚成效', '（一）甲', '（二）乙']))).toEqual([]);
    expect(messages(report('三大攻坚', '强化三大攻坚', ['二、三大攻坚成效']))).toEqual(reported('强化三大攻坚'));
    expect(messages(report('四大攻坚', '强化四大攻坚'))).toEqual([]);
  });
});

describe('slogan-count: a count announced before headings', () => {
  it('counts the headings of the first level after it, from the first, at any depth', () => {
    expect(seen('今年抓了以下三个方面的工作：\n一、项目\n（一）甲\n（二）乙\n二、招商\n三、民生\n四、安全')).toEqual([
      {
        messageId: 'headings',
        line: 1,
        column: 7,
        start: 6,
        end: 13,
        message: '“三个方面的工作”说的是3项，但其后有4个同级标题：一、至四、',
        data: { stated: 3, found: 4, level: 1 },
        related: [
          [15, 17, '此处：一、项目'],
          [30, 32, '此处：二、招商'],
          [35, 37, '此处：三、民生'],
          [40, 42, '此处：四、安全'],
        ],
      },
    ]);
    expect(messages('今年抓了以下三个方面的工作：\n二、项目\n三、招商\n四、民生\n五、安全')).toEqual([]);
    expect(messages('今年抓了以下四个方面的工作：\n一、项目\n二、招商\n三、民生\n四、安全')).toEqual([]);
    expect(seen('一、总体\n主要做了以下三个方面的工作：\n（一）甲\n（二）乙\n二、下步').map((d) => [d.line, d.column, d.message, d.data])).toEqual([
      [2, 7, '“三个方面的工作”说的是3项，但其后有2个同级标题：（一）至（二）', { stated: 3, found: 2, level: 2 }],
    ]);
  });

  it('names the headings that follow, in both languages', () => {
    const text = ['# 工作总结', '', '## 一、主要工作', '', '今年以来，我局重点抓了以下四个方面的工作：', '', '### （一）项目建设', '', '新开工项目12个。', '', '### （二）招商引资', '', '引进项目8个。', '', '### （三）营商环境', '', '办结率100%。'].join('\n');
    // Line 5 starts at 19 (6 + 1, 1, 9 + 1, 1); each heading's marker is 4 units into its line.
    expect(seen(text, undefined, 'markdown')).toEqual([
      {
        messageId: 'headings',
        line: 5,
        column: 14,
        start: 32,
        end: 39,
        message: '“四个方面的工作”说的是4项，但其后有3个同级标题：（一）至（三）',
        data: { stated: 4, found: 3, level: 2 },
        related: [
          [46, 49, '此处：（一）项目建设'],
          [70, 73, '此处：（二）招商引资'],
          [92, 95, '此处：（三）营商环境'],
        ],
      },
    ]);
    expect(seen(text, 'en', 'markdown').map((d) => d.message)).toEqual(['“四个方面的工作” counts 4, but 3 headings follow: （一） to （三）']);
  });
});

describe('slogan-count: a name that sums up the slogans before it', () => {
  it('names the numbers and the slogans listed, in both languages', () => {
    const text = '今年，我镇提出突出“一个重点”，强化“三大攻坚”，推进“四项工作”的“一三五”工作总思路。';
    const related: Array<[number, number, string]> = [
      [10, 14, '此处：一个重点'],
      [19, 23, '此处：三大攻坚'],
      [28, 32, '此处：四项工作'],
    ];
    expect(seen(text)).toEqual([
      {
        messageId: 'name',
        line: 1,
        column: 36,
        start: 35,
        end: 38,
        message: '“一三五”的数字（1、3、5）与前面列出的提法（“一个重点”1、“三大攻坚”3、“四项工作”4）不符',
        data: { expected: [1, 3, 5], found: [1, 3, 4] },
        related,
      },
    ]);
    expect(seen(text, 'en').map((d) => d.message)).toEqual(['The numbers of “一三五” (1、3、5) do not match the slogans listed before it (“一个重点”1、“三大攻坚”3、“四项工作”4)']);
  });

  it('takes the slogans joined to the name by nothing, 的, 等, 即 or 这, and by nothing else', () => {
    const message = '“一三五”的数字（1、3、5）与前面列出的提法（“一个重点”1、“三大攻坚”3、“四项工作”4）不符';
    for (const glue of ['', '等', '即', '这']) expect(messages(`突出“一个重点”，强化“三大攻坚”，推进“四项工作”${glue}“一三五”思路。`)).toEqual([message]);
    for (const glue of ['和', '之', '，']) expect(messages(`突出“一个重点”，强化“三大攻坚”，推进“四项工作”${glue}“一三五”思路。`)).toEqual([]);
  });

  it('stops the list at a sentence end, a semicolon or a gap of more than 12 units', () => {
    expect(seen('突出“一个重点”。强化“三大攻坚”，推进“四项工作”的“一三五”思路。').map((d) => [d.message, d.data])).toEqual([
      ['“一三五”的数字（1、3、5）与前面列出的提法（“三大攻坚”3、“四项工作”4）不符', { expected: [1, 3, 5], found: [3, 4] }],
    ]);
    expect(messages('突出“一个重点”，强化“三大攻坚”；推进“四项工作”的“一三五”思路。')).toEqual([]);
    // The gap ，全力以赴持续不断地强化 is 12 units; with 深入 for 地 it is 13.
    expect(seen('突出“一个重点”，全力以赴持续不断地强化“三大攻坚”的“一三五”思路。').map((d) => [d.message, d.related])).toEqual([
      [
        '“一三五”的数字（1、3、5）与前面列出的提法（“一个重点”1、“三大攻坚”3）不符',
        [
          [3, 7, '此处：一个重点'],
          [21, 25, '此处：三大攻坚'],
        ],
      ],
    ]);
    expect(messages('突出“一个重点”，全力以赴持续不断深入强化“三大攻坚”的“一三五”思路。')).toEqual([]);
  });

  it('needs two listed slogans and a name whose numbers rise', () => {
    expect(messages('推进“四项工作”的“一三五”思路。')).toEqual([]);
    // 三一 does not rise: it names no list, though 一、三 before it would not match it.
    expect(messages('突出“一个重点”，强化“三大攻坚”的“三一”思路。')).toEqual([]);
  });

  it('says nothing when the numbers match, comparing the nearest slogans only', () => {
    expect(messages('突出“一个重点”，强化“三大攻坚”的“一三”思路。')).toEqual([]);
    expect(messages('突出“两个重点”，突出“一个重点”，强化“三大攻坚”的“一三”思路。')).toEqual([]);
  });

  it('checks a name of two numbers, and not one whose numbers repeat', () => {
    expect(seen('突出“一个重点”，强化“三大攻坚”的“一二”思路。').map((d) => [d.start, d.end, d.message, d.data])).toEqual([
      [19, 21, '“一二”的数字（1、2）与前面列出的提法（“一个重点”1、“三大攻坚”3）不符', { expected: [1, 2], found: [1, 3] }],
    ]);
    expect(messages('突出“一个重点”，强化“三大攻坚”的“三三”思路。')).toEqual([]);
  });

  it('does not take a slogan counting one as a name', () => {
    expect(messages('突出“两个重点”，强化“三大攻坚”的“一个目标”。')).toEqual([]);
  });
});

describe('slogan-count: a name that sums up the slogans before it (en)', () => {
  it('is shown in English', () => {
    const text = '今年，我镇提出突出“一个重点”，强化“三大攻坚”，推进“四项工作”的“一三五”工作总思路。';
    expect(seen(text, 'en').map((d) => d.message)).toEqual(['The numbers of “一三五” (1、3、5) do not match the slogans listed before it (“一个重点”1、“三大攻坚”3、“四项工作”4)']);
  });
});
