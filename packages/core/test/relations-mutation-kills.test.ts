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
