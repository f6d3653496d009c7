/**
 * Total/part relations as the outline records them (parse/relations.ts), on one-line texts, written
 * against the mutants the corpus and the fixtures left alive (docs/mutation.md, "Notable surviving
 * mutants (parse/relations.ts)"). Each expected value is worked out by hand in the comments: offsets
 * are counted in UTF-16 units from the text's start, a range's end is exclusive. Every text is
 * parsed inside its test, never at collection (docs/mutation.md, "What the harness must not hide").
 */
import { describe, expect, it } from 'vitest';
import { parseReport, type ReportOutline } from '../src/index.js';

const parse = (text: string) => parseReport(text, { format: 'text' });
const span = (r: { start: { offset: number }; end: { offset: number } }) => [r.start.offset, r.end.offset];

/** Each relation with its figures as written, so a test reads like the sentence. */
function relations(outline: ReportOutline) {
  const text = (id: number) => outline.metrics[id]!.text;
  return outline.relations.map((r) => ({
    cue: r.cue,
    cueRange: span(r.cueRange),
    totals: r.totals.map(text),
    coverage: r.coverage,
    names: r.parts.map((p) => p.name),
    parts: r.parts.map((p) => p.metrics.map(text).join('+')),
    verdicts: r.verdicts.map((v) => `${v.verdict}/${v.reason}`),
    range: span(r.range),
    ...(r.alternatives ? { alternatives: r.alternatives.map(text) } : {}),
  }));
}

describe('the parts of a list', () => {
  it('keeps a ；-item too large for the total after 其中：, and ends the list at it without the colon', () => {
    // 肉0类1总2产3量4 20万吨[5,9) ，9 其10中11 ：12 猪肉产量13–16 10万吨[17,21) ；21 牛肉产量22–25 15万吨[26,30) 。30
    // After 其中： the colon announces the list, so the second ；-item is a part however large: 10 + 15 = 25 > 20.
    const withColon = parse('肉类总产量20万吨，其中：猪肉产量10万吨；牛肉产量15万吨。');
    expect(relations(withColon)).toEqual([
      {
        cue: '其中', cueRange: [10, 12], totals: ['20万吨'], coverage: 'subset', names: ['猪肉产量', '牛肉产量'], parts: ['10万吨', '15万吨'],
        verdicts: ['mismatch/subset-exceeds'], range: [5, 30],
      },
    ]);
    expect(withColon.relations[0]!.parts.map((p) => span(p.range))).toEqual([[13, 21], [22, 30]]);
    // Without the colon (one unit earlier from 猪 on: 10万吨 [16,20)), the item after the ；is loose and does
    // not fit (25 > 20), so the list ends before it: one part, the relation ends at 20.
    const without = parse('肉类总产量20万吨，其中猪肉产量10万吨；牛肉产量15万吨。');
    expect(relations(without)).toEqual([
      { cue: '其中', cueRange: [10, 12], totals: ['20万吨'], coverage: 'subset', names: ['猪肉产量'], parts: ['10万吨'], verdicts: ['not-assessable/partial-list'], range: [5, 20] },
    ]);
  });

  it('takes a ；-item that still fits as a part, and one after a comma that shares the head however large', () => {
    // 10 + 5 = 15 ≤ 20: the loose item fits.
    expect(relations(parse('肉类总产量20万吨，其中猪肉产量10万吨；禽蛋产量5万吨。'))[0]).toMatchObject({ parts: ['10万吨', '5万吨'], verdicts: ['not-assessable/partial-list'], range: [5, 28] });
    // After a ，the item is close: 禽蛋产量 and 猪肉产量 share the head 产量, so it is a part though 10 + 15 > 20.
    expect(relations(parse('肉类总产量20万吨，其中猪肉产量10万吨，禽蛋产量15万吨。'))[0]).toMatchObject({ parts: ['10万吨', '15万吨'], verdicts: ['mismatch/subset-exceeds'] });
  });

  it('keeps a list joined by ；alone going past the total, as long as its names are like items', () => {
    // 养0殖1场2 100个[3,7) ，7 其8中9 猪出栏10–12 20个[13,16) ；16 牛出栏17–19 30个[20,23) ；23 羊出栏24–26 60个[27,30)
    // 猪出栏/牛出栏 share the two-character measure and differ in one character: items of one ；list, so
    // 羊出栏 is a part though 20 + 30 + 60 = 110 > 100.
    expect(relations(parse('养殖场100个，其中猪出栏20个；牛出栏30个；羊出栏60个。'))[0]).toMatchObject({
      names: ['猪出栏', '牛出栏', '羊出栏'], parts: ['20个', '30个', '60个'], verdicts: ['mismatch/subset-exceeds'], range: [3, 30],
    });
    // 山羊出栏 has four characters: not like 牛出栏, and 110 > 100 ends the list before it.
    expect(relations(parse('养殖场100个，其中猪出栏20个；牛出栏30个；山羊出栏60个。'))[0]).toMatchObject({ parts: ['20个', '30个'], range: [3, 23] });
    // 生猪出栏 has four characters and 牛存栏 shares only 栏 with 猪出栏: neither pair is like items, so
    // the ；list is not one yet and the too-large third item ends it (养殖场 100个[3,7) as above).
    expect(relations(parse('养殖场100个，其中生猪出栏20个；牛出栏30个；羊出栏60个。'))[0]).toMatchObject({ parts: ['20个', '30个'], range: [3, 24] });
    expect(relations(parse('养殖场100个，其中猪出栏20个；牛存栏30个；羊出栏60个。'))[0]).toMatchObject({ parts: ['20个', '30个'], range: [3, 23] });
    // A comma between the first two: not a list joined by ；alone, so the too-large third item ends it.
    expect(relations(parse('养殖场100个，其中猪出栏20个，牛出栏30个；羊出栏60个。'))[0]).toMatchObject({ parts: ['20个', '30个'], range: [3, 23] });
  });

  it('passes over a figure in a bracket and a change figure, and stops at another unit', () => {
    // （含新能源车1000辆） details 公交车: its figure is no part of the 其中 list.
    expect(relations(parse('客运车辆6694辆，其中公交车2990辆（含新能源车1000辆），出租车2000辆。'))[0]).toMatchObject({ cue: '其中', parts: ['2990辆', '2000辆'], range: [4, 41] });
    // 医0院1 39家[2,5) ，5 其中6–7 公立医院8–11 12家[12,15) ，15 增16长17 5%[18,20) ，20 民营医院21–24 27家[25,28):
    // 增长5% is no part, and the list goes on past it.
    expect(relations(parse('医院39家，其中公立医院12家，增长5%，民营医院27家。'))[0]).toMatchObject({ parts: ['12家', '27家'], verdicts: ['holds/sum'], range: [2, 28] });
    // 床位500张 is in a unit the total does not have: the list ends.
    expect(relations(parse('医院39家，其中公立医院12家，床位500张。'))[0]).toMatchObject({ parts: ['12家'], range: [2, 15] });
  });

  it('goes on across a 。 only with the next member of the split or the rest', () => {
    // 民营医院 completes 公立/民营 (12 + 27 = 39); 其他医院 is the rest; 诊所 starts a new statement.
    expect(relations(parse('医院39家，其中公立医院12家。民营医院27家。'))[0]).toMatchObject({ coverage: 'exhaustive', parts: ['12家', '27家'], range: [2, 23] });
    expect(relations(parse('医院39家，其中公立医院12家。其他医院27家。'))[0]).toMatchObject({ coverage: 'exhaustive', parts: ['12家', '27家'], range: [2, 23] });
    expect(relations(parse('医院39家，其中公立医院12家。诊所27家。'))[0]).toMatchObject({ coverage: 'subset', parts: ['12家'], range: [2, 15] });
  });

  it('reads an item joined with 其他 as the rest (安装及其他产值)', () => {
    const outline = parse('产值100亿元，其中建筑产值60亿元，安装及其他产值40亿元。');
    expect(relations(outline)[0]).toMatchObject({ coverage: 'exhaustive', names: ['建筑产值', '安装及其他产值'], verdicts: ['holds/sum'] });
    expect(outline.relations[0]!.parts.map((p) => p.other)).toEqual([false, true]);
  });

  it('takes an item joined by 、 alone as a part however large, and ends the list after a comma', () => {
    // 古遗址 and 石窟寺 share no head; 1 + 26 = 27 > 10. Offsets: 10个 at 4, 1个 ends at 15, 26个 at 19–22.
    expect(relations(parse('保护单位10个，其中古遗址1个、石窟寺26个。'))[0]).toMatchObject({ parts: ['1个', '26个'], verdicts: ['mismatch/subset-exceeds'], range: [4, 22] });
    expect(relations(parse('保护单位10个，其中古遗址1个，石窟寺26个。'))[0]).toMatchObject({ parts: ['1个'], range: [4, 15] });
  });

  it('goes on after a comma with items named by the level they are granted at, however large (国家级…，省级…)', () => {
    // 国家级 and 省级 share no head, but both are levels of one listing: 1 + 26 = 27 > 10.
    expect(relations(parse('保护单位10个，其中国家级1个，省级26个。'))[0]).toMatchObject({ parts: ['1个', '26个'], verdicts: ['mismatch/subset-exceeds'], range: [4, 21] });
  });

  it('ends the list at a level the total keeps (稳定在…) and at a scope word (全市…)', () => {
    // 粮0食1产2量3 100万吨[4,9) ，9 其10中11 夏粮产量12–15 30万吨[16,20) ，20 连续六年稳定在…: the name ends in 在.
    const level = parse('粮食产量100万吨，其中夏粮产量30万吨，连续六年稳定在35万吨以上。');
    expect(relations(level)).toEqual([
      { cue: '其中', cueRange: [10, 12], totals: ['100万吨'], coverage: 'subset', names: ['夏粮产量'], parts: ['30万吨'], verdicts: ['not-assessable/partial-list'], range: [4, 20] },
    ]);
    // 医0院1 39家[2,5) ，5 其6中7 公立医院8–11 12家[12,15) ，15 全市民营医院16–21: 全市 opens a new statement.
    expect(relations(parse('医院39家，其中公立医院12家，全市民营医院27家。'))[0]).toMatchObject({ parts: ['12家'], range: [2, 15] });
  });

  it('reads a part named 其他 as the rest, which makes the list exhaustive', () => {
    // 12 + 27 + 5 = 44 ≠ 39: a complete list that does not add up.
    const outline = parse('医院39家，其中公立医院12家、民营医院27家，其他医院5家。');
    expect(relations(outline)[0]).toMatchObject({ coverage: 'exhaustive', names: ['公立医院', '民营医院', '其他医院'], verdicts: ['mismatch/sum'] });
    expect(outline.relations[0]!.parts.map((p) => p.other)).toEqual([false, false, true]);
  });

  it('gives a part the name before it without bracketed words or the linking 为', () => {
    // 农业（种植业）企业 → 农业企业; 工业企业为 → 工业企业.
    expect(relations(parse('企业100家，其中农业（种植业）企业30家，工业企业为50家。'))[0]!.names).toEqual(['农业企业', '工业企业']);
  });

  it('leaves ASCII brackets and the words that tie a name to its figure out of the name', () => {
    expect(relations(parse('企业100家，其中农业(种植业)企业30家，工业企业50家。'))[0]!.names).toEqual(['农业企业', '工业企业']);
    expect(relations(parse('企业100家，其中农业企业共有30家，工业企业共计50家。'))[0]!.names).toEqual(['农业企业', '工业企业']);
  });

  it('reads a total in two units and parts in both (a table written as prose)', () => {
    // 拆0违1 10处[2,5) ，5 拆除总面积6–10 500平方米[11,17) 。17 其18中19 房屋20–21 4处[22,24) 、24 200平方米[25,31)
    // ，31 棚屋32–33 6处[34,36) 、36 300平方米[37,43) 。43
    expect(relations(parse('拆违10处，拆除总面积500平方米。其中房屋4处、200平方米，棚屋6处、300平方米。'))).toEqual([
      {
        cue: '其中', cueRange: [18, 20], totals: ['10处', '500平方米'], coverage: 'subset', names: ['房屋', '棚屋'], parts: ['4处+200平方米', '6处+300平方米'],
        verdicts: ['not-assessable/partial-list', 'not-assessable/partial-list'], range: [2, 43],
      },
    ]);
  });
});

describe('the total', () => {
  it('skips the figure a share is taken of (占总任务10万亩的…)', () => {
    // 完0成1造2林3 7.35万亩[4,10) ，10 占总任务11–14 10万亩[15,19) 的19 73.5%[20,25) ，25 其26中27 …
    expect(relations(parse('完成造林7.35万亩，占总任务10万亩的73.5%，其中人工造林5万亩，封山育林2.35万亩。'))).toEqual([
      {
        cue: '其中', cueRange: [26, 28], totals: ['7.35万亩'], coverage: 'subset', names: ['人工造林', '封山育林'], parts: ['5万亩', '2.35万亩'],
        verdicts: ['not-assessable/partial-list'], range: [4, 46],
      },
    ]);
  });

  it('skips a figure in a bracket that closed before the cue', () => {
    // The （含…） details 18.68万辆 with one part; the 其中 after the bracket divides 18.68万辆 too, not 1.35万辆.
    expect(relations(parse('保有量18.68万辆（含农用车1.35万辆），其中小型车10万辆，大型车5万辆。')).map((r) => [r.cue, r.totals, r.parts])).toEqual([
      ['含', ['18.68万辆'], ['1.35万辆']],
      ['其中', ['18.68万辆'], ['10万辆', '5万辆']],
    ]);
  });

  it('divides the part a 其中 follows inside its sentence, and the list\'s total when a 其中 opens the next sentence', () => {
    // 医0院1 39家[2,5) ，5 其6中7 公立医院8–11 12家[12,15) ，15 其16中17 三级医院18–21 5家[22,24) ，24 二级医院25–28 3家[29,31)
    expect(relations(parse('医院39家，其中公立医院12家，其中三级医院5家，二级医院3家。')).map((r) => [r.cueRange, r.totals, r.parts, r.range])).toEqual([
      [[6, 8], ['39家'], ['12家'], [2, 15]],
      [[16, 18], ['12家'], ['5家', '3家'], [12, 31]],
    ]);
    // …民营医院16–19 27家[20,23) 。23 其24中25 ，26 三级医院27–30 5家[31,33) ，33 二级医院34–37 3家[38,40)
    expect(relations(parse('医院39家，其中公立医院12家，民营医院27家。其中，三级医院5家，二级医院3家。')).map((r) => [r.cueRange, r.totals, r.parts, r.range])).toEqual([
      [[6, 8], ['39家'], ['12家', '27家'], [2, 23]],
      [[24, 26], ['39家'], ['5家', '3家'], [2, 40]],
    ]);
  });

  it('reads 分别 only with its total in the same sentence', () => {
    expect(parse('机构1200个。门诊和住院分别为1000个、200个。').relations).toEqual([]);
  });

  it('finds the total of 专任教师中 in its sentence or the two before, by its name', () => {
    // 教师 is the end of 专任教师: the named total. 120 + 52 = 172 and 女/男 split it.
    expect(relations(parse('教师172人，专任教师中，女教师120人，男教师52人。'))[0]).toMatchObject({ cue: '专任教师中', cueRange: [7, 12], totals: ['172人'], verdicts: ['holds/sum'], range: [2, 27] });
    // Two sentences before the cue's: still found (专0任1教2师3 172人[4,8) 。8 学校30所。14 专任教师中[15,20)).
    expect(relations(parse('专任教师172人。学校30所。专任教师中，女教师120人，男教师52人。'))[0]).toMatchObject({ cueRange: [15, 20], totals: ['172人'], range: [4, 35] });
    // Three sentences before: too far.
    expect(parse('专任教师172人。学校30所。校舍20栋。专任教师中，女教师120人，男教师52人。').relations).toEqual([]);
  });
});

describe('coverage', () => {
  it('calls parts named by nothing before their figures overlapping', () => {
    expect(relations(parse('共有7个村，其中3个村被评为示范村，5个村完成改造。'))[0]).toMatchObject({ coverage: 'overlapping', names: ['', ''], verdicts: ['not-assessable/overlapping'] });
  });

  it('calls two bands above a bound overlapping, one band and another kind a subset', () => {
    // 5000万元 bounds the name (以上 then 项): it is no part, the name runs on over it.
    expect(relations(parse('项目100个，其中5000万元以上项目36个，亿元以上项目20个。'))[0]).toMatchObject({
      coverage: 'overlapping', names: ['5000万元以上项目', '亿元以上项目'], parts: ['36个', '20个'],
    });
    expect(relations(parse('项目100个，其中5000万元以上项目36个，小型项目20个。'))[0]).toMatchObject({ coverage: 'subset', parts: ['36个', '20个'] });
  });

  it('makes a 其中 list under 总收入 exhaustive only in a paragraph stating the balance (收支平衡)', () => {
    // 100 + 150 = 250 ≠ 300: a mismatch when the list is the whole, a partial list otherwise.
    expect(relations(parse('收支平衡情况：总收入300亿元，其中：税收收入100亿元，转移收入150亿元。'))[0]).toMatchObject({
      totals: ['300亿元'], coverage: 'exhaustive', names: ['税收收入', '转移收入'], verdicts: ['mismatch/sum'],
    });
    expect(relations(parse('经营情况：总收入300亿元，其中：税收收入100亿元，转移收入150亿元。'))[0]).toMatchObject({ coverage: 'subset', verdicts: ['not-assessable/partial-list'] });
  });
});

describe('cues', () => {
  it('reads a bracket after a figure as a list only with two named parts that are no periods', () => {
    // 医0院1 39家[2,5) （5 公立医院6–9 12家[10,13) ，13 民营医院14–17 27家[18,21) ）21
    expect(relations(parse('医院39家（公立医院12家，民营医院27家）。'))).toEqual([
      { cue: '（', cueRange: [5, 6], totals: ['39家'], coverage: 'exhaustive', names: ['公立医院', '民营医院'], parts: ['12家', '27家'], verdicts: ['holds/sum'], range: [2, 21] },
    ]);
    expect(parse('医院39家（公立医院12家）。').relations).toEqual([]);
    // Two figures, one of them with no name: the bracket may restate or qualify, it does not list.
    expect(parse('医院39家（公立医院12家，27家）。').relations).toEqual([]);
    expect(parse('医院39家（2024年为30家，2023年为27家）。').relations).toEqual([]);
  });

  it('reads （含…） as detailing the figure right before it, past an approximation word, and nothing further back', () => {
    // 图0书1馆2 30个[3,6) 以6上7 （8 含9 分馆10–11 20个[12,15) ）15
    expect(relations(parse('图书馆30个以上（含分馆20个）。'))).toEqual([
      { cue: '含', cueRange: [9, 10], totals: ['30个'], coverage: 'subset', names: ['分馆'], parts: ['20个'], verdicts: ['not-assessable/partial-list'], range: [3, 15] },
    ]);
    // ，全市 stands between 30个 and the bracket: the bracket details 全市, which has no figure.
    expect(parse('图书馆30个，全市（含分馆20个）。').relations).toEqual([]);
  });

  it('reads 分别 after a list of members as the whole split only when it gives one figure to each', () => {
    // 县、乡、村 is a list of three before 1200个 [13,18): three figures make the whole (100 + 300 + 700 = 1100 ≠ 1200).
    expect(relations(parse('县、乡、村三级医疗卫生机构1200个，分别为100个、300个、700个。'))[0]).toMatchObject({
      cue: '分别', cueRange: [19, 21], totals: ['1200个'], coverage: 'exhaustive', parts: ['100个', '300个', '700个'], verdicts: ['mismatch/sum'], range: [13, 36],
    });
    // Two figures for three members is a misreading: no relation.
    expect(parse('县、乡、村三级医疗卫生机构1200个，分别为100个、300个。').relations).toEqual([]);
  });

  it('splits a second classification of the same total into a relation of its own', () => {
    // 公立/民营 is a complete split (12 + 27 = 39); 三级/二级 then classify the 39 another way.
    expect(relations(parse('医院39家，其中公立医院12家，民营医院27家，三级医院5家，二级医院10家。'))).toEqual([
      { cue: '其中', cueRange: [6, 8], totals: ['39家'], coverage: 'exhaustive', names: ['公立医院', '民营医院'], parts: ['12家', '27家'], verdicts: ['holds/sum'], range: [2, 23] },
      { cue: '其中', cueRange: [6, 8], totals: ['39家'], coverage: 'subset', names: ['三级医院', '二级医院'], parts: ['5家', '10家'], verdicts: ['not-assessable/partial-list'], range: [2, 38] },
    ]);
  });

  it('takes for a breakdown the figure whose name shares most with the parts, and records a tie', () => {
    // The parts end in 贸易进出口. 进出口总额 shares 进出口 (3), 贸易顺差 only 贸易 (2): 500亿元 is the total.
    expect(relations(parse('进出口总额500亿元，贸易顺差100亿元。分贸易方式看，一般贸易进出口300亿元，加工贸易进出口150亿元。'))[0]).toMatchObject({
      cue: '分贸易方式看', totals: ['500亿元'], parts: ['300亿元', '150亿元'], verdicts: ['not-assessable/partial-list'], range: [5, 53],
    });
    expect(parse('进出口总额500亿元，贸易顺差100亿元。分贸易方式看，一般贸易进出口300亿元，加工贸易进出口150亿元。').relations[0]!.alternatives).toBeUndefined();
    // 对东盟进出口 shares 进出口 (3) too: a tie, the nearer figure is taken and the other recorded.
    expect(relations(parse('进出口总额500亿元，对东盟进出口100亿元。分贸易方式看，一般贸易进出口300亿元，加工贸易进出口150亿元。'))[0]).toMatchObject({
      totals: ['100亿元'], alternatives: ['500亿元'], verdicts: ['not-assessable/ambiguous-total'],
    });
  });
});

describe('a breakdown whose parts no total names', () => {
  it('takes the nearest figure and records the other when no name shares two characters with the parts', () => {
    // 从0业1人2员3 600人[4,8) ，8 退9休10人11员12 100人[13,17) 。17 分性别看[18,22) ，22 男职工23–25 300人[26,30) ，30
    // 女职工31–33 200人[34,38) 。38. The parts end alike in 职工 (two characters); neither 从业人员 nor 退休人员 holds 职
    // or 工, so no name scores: the nearest figure (100人) is taken, 600人 fits as well and is recorded.
    expect(relations(parse('从业人员600人，退休人员100人。分性别看，男职工300人，女职工200人。'))).toEqual([
      {
        cue: '分性别看', cueRange: [18, 22], totals: ['100人'], coverage: 'exhaustive', names: ['男职工', '女职工'], parts: ['300人', '200人'],
        verdicts: ['not-assessable/ambiguous-total'], range: [13, 38], alternatives: ['600人'],
      },
    ]);
  });

  it('takes a farther figure whose name shares a two-character ending with the parts', () => {
    // 在岗职工 holds 职工, the parts' two-character ending: it scores 2, 从业人员 0, so 500人 [4,8) is the total though
    // 600人 [13,17) is nearer, with nothing tied; 300 + 200 = 500 over the complete 男/女 split.
    expect(relations(parse('在岗职工500人，从业人员600人。分性别看，男职工300人，女职工200人。'))).toEqual([
      { cue: '分性别看', cueRange: [18, 22], totals: ['500人'], coverage: 'exhaustive', names: ['男职工', '女职工'], parts: ['300人', '200人'], verdicts: ['holds/sum'], range: [4, 38] },
    ]);
  });
});

describe('what a 其中 opening a sentence divides', () => {
  it('divides the last part when the list before it has only that part in its sentence', () => {
    // 医0院1 39家[2,5) ，5 其6中7 公立医院8–11 12家[12,15) 。15 其16中17 ，18 三级医院19–22 5家[23,25) ，25 二级医院26–29 3家[30,32)
    // The list of 39家 has one part (公立医院 12家): the 其中 opening the next sentence divides 公立医院, not the 39.
    expect(relations(parse('医院39家，其中公立医院12家。其中，三级医院5家，二级医院3家。')).map((r) => [r.cueRange, r.totals, r.parts, r.range])).toEqual([
      [[6, 8], ['39家'], ['12家'], [2, 15]],
      [[16, 18], ['12家'], ['5家', '3家'], [12, 32]],
    ]);
  });
});

describe('分别 and the members it assigns figures to', () => {
  it('reads members named after the total as the parts\' names', () => {
    // 诊0疗1人2次3 1200万人次[4,11) ，11 门诊12–13 和14 住院15–16 分别17–18 为19 1000万人次[20,27) 、27 200万人次[28,34) 。34
    expect(relations(parse('诊疗人次1200万人次，门诊和住院分别为1000万人次、200万人次。'))).toEqual([
      {
        cue: '分别', cueRange: [17, 19], totals: ['1200万人次'], coverage: 'subset', names: ['门诊', '住院'], parts: ['1000万人次', '200万人次'],
        verdicts: ['not-assessable/partial-list'], range: [4, 34],
      },
    ]);
  });

  it('reads no split from one member, a ；before the members, or a count of figures that is not theirs', () => {
    // One name is no list of members; 1200万人次 has no total word (共, 合计…) to introduce it either.
    expect(parse('诊疗人次1200万人次，门诊分别为1000万人次。').relations).toEqual([]);
    // Only a comma may stand between the total and the members it is split into.
    expect(parse('诊疗人次1200万人次；门诊和住院分别为1000万人次、200万人次。').relations).toEqual([]);
    // Three figures for two members is a misreading.
    expect(parse('诊疗人次1200万人次，门诊和住院分别为1000万人次、150万人次、50万人次。').relations).toEqual([]);
  });

  it('reads members listed between the total and 分别 by their names, not as an announcement before the total', () => {
    // 医0疗1卫2生3机4构5 1200个[6,11) ，11 县12、13乡14、15村16 分17别18 为19 100个[20,24) 、24 300个[25,29) 、29 700个[30,34) 。34
    // The 、 list stands after the total: it names the parts (县, 乡, 村); it does not announce the whole split.
    expect(relations(parse('医疗卫生机构1200个，县、乡、村分别为100个、300个、700个。'))).toEqual([
      {
        cue: '分别', cueRange: [17, 19], totals: ['1200个'], coverage: 'subset', names: ['县', '乡', '村'], parts: ['100个', '300个', '700个'],
        verdicts: ['not-assessable/partial-list'], range: [6, 34],
      },
    ]);
  });

  it('takes a list of members only from the total\'s own clause, before the total', () => {
    // 县、乡、村三级 is a list of three (the count names it). A ，between it and the total, or a 。: it is not the
    // total's list, and nothing else introduces 1200个.
    expect(parse('县、乡、村三级网络健全，医疗卫生机构1200个，分别为100个、300个、700个。').relations).toEqual([]);
    expect(parse('建成县、乡、村三级网络。医疗卫生机构1200个，分别为100个、300个、700个。').relations).toEqual([]);
    // A line of its own before the total's: no mark stands between, but the list is still not in the total's sentence.
    expect(parse('县、乡、村三级网络\n医疗卫生机构1200个，分别为100个、300个、700个。').relations).toEqual([]);
    // 医0疗1卫2生3机4构5 1200个[6,11) ，11 县12、13乡14、15村16三17级18 分别19–20 为21 100个[22,26) 、26 300个[27,31) 、31 700个[32,36) 。36
    // The list stands after the total: the members are named before 分别, but the total's clause announces no
    // split, so three figures for three members are a partial list, not the whole.
    expect(relations(parse('医疗卫生机构1200个，县、乡、村三级分别为100个、300个、700个。'))).toMatchObject([
      { cue: '分别', cueRange: [19, 21], totals: ['1200个'], coverage: 'subset', parts: ['100个', '300个', '700个'], verdicts: ['not-assessable/partial-list'], range: [6, 36] },
    ]);
  });

  it('reads 分别 after a total a total word introduces (共)', () => {
    // 两0类1机2构3 共4 1200个[5,10) ，10 分别11–12 为13 500个[14,18) 、18 700个[19,23) 。23
    expect(relations(parse('两类机构共1200个，分别为500个、700个。')).map((r) => [r.cueRange, r.totals, r.parts, r.range])).toEqual([[[11, 13], ['1200个'], ['500个', '700个'], [5, 23]]]);
    // Without 共 nothing says 1200个 is the whole the figures split.
    expect(parse('两类机构1200个，分别为500个、700个。').relations).toEqual([]);
  });

  it('does not hold a 其中 list to the number of members the total\'s clause announces', () => {
    // 县0、1乡2、3村4 三级医疗卫生机构5–12 1200个[13,18) ，18 其19中20 县级21–22 100个[23,27) 、27 乡级28–29 300个[30,34) 。34
    // Two parts of the three members after 其中 is a partial list, not a misreading.
    expect(relations(parse('县、乡、村三级医疗卫生机构1200个，其中县级100个、乡级300个。'))).toEqual([
      {
        cue: '其中', cueRange: [19, 21], totals: ['1200个'], coverage: 'subset', names: ['县级', '乡级'], parts: ['100个', '300个'],
        verdicts: ['not-assessable/partial-list'], range: [13, 34],
      },
    ]);
  });
});

describe('the named total of 专任教师中', () => {
  it('takes a figure whose name ends in the cue\'s name (全市专任教师)', () => {
    // 全0市1专任教师2–5 172人[6,10) ，10 专任教师中[11,16) ，16 女教师17–19 120人[20,24) ，24 男教师25–27 52人[28,31) 。31
    expect(relations(parse('全市专任教师172人，专任教师中，女教师120人，男教师52人。'))[0]).toMatchObject({ cueRange: [11, 16], totals: ['172人'], verdicts: ['holds/sum'], range: [6, 31] });
  });

  it('passes over a nearer figure with no name before it', () => {
    // 专0任1教2师3 172人[4,8) ，8 30所[9,12) 学校12–13 。14 专任教师中[15,20): 30所 has no name in its clause.
    expect(relations(parse('专任教师172人，30所学校。专任教师中，女教师120人，男教师52人。'))[0]).toMatchObject({ cueRange: [15, 20], totals: ['172人'], verdicts: ['holds/sum'], range: [4, 35] });
  });
});

describe('classifications and the 主要是 detail list', () => {
  it('keeps a part that stands beside the members of a split (开发区 beside 市本级, 县区) in one list', () => {
    // 全0市1支2出3 100亿元[4,9) ，9 其10中11 市本级12–14 30亿元[15,19) ，19 县区20–21 50亿元[22,26) ，26 开发区27–29 20亿元[30,34) 。34
    // 市本级/县区 would complete the split, but 开发区 is one more of the same kind: the members were not the whole.
    expect(relations(parse('全市支出100亿元，其中市本级30亿元，县区50亿元，开发区20亿元。'))).toEqual([
      {
        cue: '其中', cueRange: [10, 12], totals: ['100亿元'], coverage: 'subset', names: ['市本级', '县区', '开发区'], parts: ['30亿元', '50亿元', '20亿元'],
        verdicts: ['not-assessable/partial-list'], range: [4, 34],
      },
    ]);
    // 教育支出 after the complete 市本级/县区 split (30 + 70 = 100) classifies the 100 another way (县区70亿元[22,26), 教育支出27–30 20亿元[31,35)).
    expect(relations(parse('全市支出100亿元，其中市本级30亿元，县区70亿元，教育支出20亿元。')).map((r) => [r.names, r.coverage, r.verdicts, r.range])).toEqual([
      [['市本级', '县区'], 'exhaustive', ['holds/sum'], [4, 26]],
      [['教育支出'], 'subset', ['not-assessable/partial-list'], [4, 35]],
    ]);
  });

  it('leaves the figures after 主要是 out of the list they detail a part of', () => {
    // 全0市1支2出3 50亿元[4,8) ，8 其9中10 市本级11–13 12亿元[14,18) ，18 主要是19–21 教育22–23 2.8亿元[24,29) 、29 卫生30–31
    // 2.8亿元[32,37) 等37 ，38 县区39–40 25.3亿元[41,47) 。47. The 其中 list is 市本级 and 县区 (12 + 25.3 = 37.3 ≠ 50 over a
    // complete split); 主要是 details 12亿元 with two parts that leave room for more (等).
    expect(relations(parse('全市支出50亿元，其中市本级12亿元，主要是教育2.8亿元、卫生2.8亿元等，县区25.3亿元。'))).toEqual([
      { cue: '其中', cueRange: [9, 11], totals: ['50亿元'], coverage: 'exhaustive', names: ['市本级', '县区'], parts: ['12亿元', '25.3亿元'], verdicts: ['mismatch/sum'], range: [4, 47] },
      { cue: '主要是', cueRange: [19, 22], totals: ['12亿元'], coverage: 'subset', names: ['教育', '卫生'], parts: ['2.8亿元', '2.8亿元'], verdicts: ['not-assessable/partial-list'], range: [14, 37] },
    ]);
  });

  it('takes every item of a 含 clause as a part: the clause is the list itself, not a detail of its first item', () => {
    // 医0院1 129个[2,6) ，6 含7 公立医院8–11 39个[12,15) 、15 民营医院16–19 90个[20,23) 。23; 39 + 90 = 129.
    expect(relations(parse('医院129个，含公立医院39个、民营医院90个。'))).toEqual([
      { cue: '含', cueRange: [7, 8], totals: ['129个'], coverage: 'exhaustive', names: ['公立医院', '民营医院'], parts: ['39个', '90个'], verdicts: ['holds/sum'], range: [2, 23] },
    ]);
  });
});

describe('the word a total is recorded with', () => {
  it('keeps a total word the text gives the total, and names the cue otherwise', () => {
    const roleWords = (text: string) => {
      const outline = parse(text);
      return outline.relations.map((r) => r.totals.map((id) => outline.metrics[id]!.roleWord));
    };
    // 医院共39家: 共 introduces the total, and stays its word under 其中.
    expect(roleWords('医院共39家，其中公立医院12家，民营医院27家。')).toEqual([['共']]);
    expect(roleWords('医院39家，其中公立医院12家，民营医院27家。')).toEqual([['其中']]);
    // 18.68万辆 is first the total of （含…） and then of 其中: 含 is no total word, so the later cue names it.
    expect(roleWords('保有量18.68万辆（含农用车1.35万辆），其中小型车10万辆，大型车5万辆。')).toEqual([['其中'], ['其中']]);
  });
});

describe('a sum closing the list', () => {
  it('reads 合计 after two parts as their sum, not a third part', () => {
    // 医0院1 50家[2,5) ，5 其6中7 公立医院8–11 20家[12,15) ，15 民营医院16–19 30家[20,23) ，23 合计24–25 50家[26,29) 。29
    // The list ends at 30家: 合计50家 restates 20 + 30, so it is no part and the relation ends at 23.
    expect(relations(parse('医院50家，其中公立医院20家，民营医院30家，合计50家。'))).toEqual([
      { cue: '其中', cueRange: [6, 8], totals: ['50家'], coverage: 'exhaustive', names: ['公立医院', '民营医院'], parts: ['20家', '30家'], verdicts: ['holds/sum'], range: [2, 23] },
    ]);
  });

  it('reads a 共计 in a unit the last part has not stated as that part\'s own figure', () => {
    // 拆0违1 10处[2,5) ，5 拆除总面积6–10 500平方米[11,17) 。17 其18中19 房屋违建20–23 4处[24,26) ，26 共计27–28 200平方米[29,35)
    // ，35 棚屋违建36–39 6处[40,42) ，42 共计43–44 300平方米[45,51) 。51: each 共计…平方米 is its item's area, not a sum of the list.
    expect(relations(parse('拆违10处，拆除总面积500平方米。其中房屋违建4处，共计200平方米，棚屋违建6处，共计300平方米。'))).toEqual([
      {
        cue: '其中', cueRange: [18, 20], totals: ['10处', '500平方米'], coverage: 'subset', names: ['房屋违建', '棚屋违建'], parts: ['4处+200平方米', '6处+300平方米'],
        verdicts: ['not-assessable/partial-list', 'not-assessable/partial-list'], range: [2, 51],
      },
    ]);
  });
});

describe('figures that are never a total or a part', () => {
  it('reads a bound followed by 一 (5000万元以上一类项目) as part of the name', () => {
    // 项0目1 100个[2,6) ，6 其7中8 5000万元[9,15) 以上15–16 一类项目17–20 36个[21,24) ，24 其他项目25–28 64个[29,32) 。32
    // 一 (U+4E00) is the first Han character: 5000万元 still bounds the name, and 36 + 64 = 100 with the rest.
    expect(relations(parse('项目100个，其中5000万元以上一类项目36个，其他项目64个。'))).toEqual([
      { cue: '其中', cueRange: [7, 9], totals: ['100个'], coverage: 'exhaustive', names: ['5000万元以上一类项目', '其他项目'], parts: ['36个', '64个'], verdicts: ['holds/sum'], range: [2, 32] },
    ]);
  });

  it('passes over a change in the total\'s unit (比上年增加3家) for the figure before it', () => {
    // 医0院1 39家[2,5) ，5 比上年增加6–10 3家[11,13) ，13 其14中15 公立医院16–19 12家[20,23) ，23 民营医院24–27 27家[28,31) 。31
    expect(relations(parse('医院39家，比上年增加3家，其中公立医院12家，民营医院27家。'))).toEqual([
      { cue: '其中', cueRange: [14, 16], totals: ['39家'], coverage: 'exhaustive', names: ['公立医院', '民营医院'], parts: ['12家', '27家'], verdicts: ['holds/sum'], range: [2, 31] },
    ]);
  });

  it('passes over an age and a figure without a unit for the figure before them', () => {
    // 职0工1 500人[2,6) ，6 退休年龄7–10 60岁[11,14) ，14 其15中16 男职工17–19 300人[20,24) ，24 女职工25–27 200人[28,32) 。32
    expect(relations(parse('职工500人，退休年龄60岁，其中男职工300人，女职工200人。'))).toEqual([
      { cue: '其中', cueRange: [15, 17], totals: ['500人'], coverage: 'exhaustive', names: ['男职工', '女职工'], parts: ['300人', '200人'], verdicts: ['holds/sum'], range: [2, 32] },
    ]);
    // 医0院1 39家[2,5) ，5 评分6–7 85.5[8,12) ，12 其13中14 公立医院15–18 12家[19,22) ，22 民营医院23–26 27家[27,30): 85.5 counts nothing.
    expect(relations(parse('医院39家，评分85.5，其中公立医院12家，民营医院27家。'))[0]).toMatchObject({ totals: ['39家'], parts: ['12家', '27家'], range: [2, 30] });
  });
});

describe('a whole whose name announces its members', () => {
  it('reads a 其中 list as the whole when the total\'s name lists exactly its members (门诊和住院诊疗人次)', () => {
    // 门0诊1和2住3院4诊5疗6人7次8合9计10 1200万人次[11,18) ，18 其19中20 门诊21–22 1000万人次[23,30) ，30 住院31–32 200万人次[33,39) 。39
    expect(relations(parse('门诊和住院诊疗人次合计1200万人次，其中门诊1000万人次，住院200万人次。'))).toEqual([
      {
        cue: '其中', cueRange: [19, 21], totals: ['1200万人次'], coverage: 'exhaustive', names: ['门诊', '住院'], parts: ['1000万人次', '200万人次'],
        verdicts: ['holds/sum'], range: [11, 39],
      },
    ]);
    // 诊0疗1人2次3合4计5 1200万人次[6,13) ，13 其14中15 …: the name announces nothing, so the list is a partial one.
    expect(relations(parse('诊疗人次合计1200万人次，其中门诊1000万人次，住院200万人次。'))[0]).toMatchObject({ coverage: 'subset', verdicts: ['not-assessable/partial-list'], range: [6, 34] });
    // A third part (急诊) is not among the members the name announces.
    expect(relations(parse('门诊和住院诊疗人次合计1200万人次，其中门诊1000万人次，住院150万人次，急诊50万人次。'))[0]).toMatchObject({
      coverage: 'subset', names: ['门诊', '住院', '急诊'], verdicts: ['not-assessable/partial-list'], range: [11, 47],
    });
  });
});

describe('a breakdown after a list of parts', () => {
  it('classifies the list\'s total again, not its last part', () => {
    // 学0生1 1000人[2,7) ，7 其8中9 小学部10–12 600人[13,17) ，17 初中部18–20 400人[21,25) ；25 按性别分26–29 ，30 男生31–32
    // 520人[33,37) ，37 女生38–39 480人[40,44) 。44. 按性别分 splits the 1000 students (520 + 480), not the 400 of 初中部.
    expect(relations(parse('学生1000人，其中小学部600人，初中部400人；按性别分，男生520人，女生480人。'))).toEqual([
      { cue: '其中', cueRange: [8, 10], totals: ['1000人'], coverage: 'subset', names: ['小学部', '初中部'], parts: ['600人', '400人'], verdicts: ['not-assessable/partial-list'], range: [2, 25] },
      { cue: '按性别分', cueRange: [26, 30], totals: ['1000人'], coverage: 'exhaustive', names: ['男生', '女生'], parts: ['520人', '480人'], verdicts: ['holds/sum'], range: [2, 44] },
    ]);
  });
});

describe('a list going on across a 。', () => {
  it('takes the next member of a split after a 。 though its name shares no head with the part before', () => {
    // 常0住1人2口3 100万人[4,9) ，9 其10中11 城镇人口12–15 60万人[16,20) 。20 乡村21–22 40万人[23,27) 。27
    // 乡村 and 城镇人口 end differently, but 乡村 completes the 城镇/乡村 split: 60 + 40 = 100.
    expect(relations(parse('常住人口100万人，其中城镇人口60万人。乡村40万人。'))).toEqual([
      { cue: '其中', cueRange: [10, 12], totals: ['100万人'], coverage: 'exhaustive', names: ['城镇人口', '乡村'], parts: ['60万人', '40万人'], verdicts: ['holds/sum'], range: [4, 27] },
    ]);
  });
});
