import { describe, expect, it } from 'vitest';
import { lint, parseReport, type ReportOutline } from '../src/index.js';
import { readFixture } from './helpers.js';

const parse = (text: string) => parseReport(text, { format: 'text' });
/** Each relation as total text → part subjects, for readable assertions. */
function summary(outline: ReportOutline) {
  return outline.relations.map((r) => ({
    totals: r.totals.map((id) => outline.metrics[id]!.text),
    coverage: r.coverage,
    parts: r.parts.map((p) => p.metrics.map((id) => outline.metrics[id]!.text).join('+')),
  }));
}

// The seeds are parsed in each test, not at collection: see docs/mutation.md ("What the
// harness must not hide").
describe('relations in the seed', () => {
  const seedOutline = () => parseReport(readFixture('reports', 'seed.txt'), { path: 'seed.txt' });

  it('reads the 拆违 paragraph as one relation of 8 parts in 处 and 平方米', () => {
    const outline = seedOutline();
    const paragraph = outline.paragraphs.find((p) => p.text.startsWith('上半年共计拆违'))!;
    const relations = outline.relations.filter((r) => r.paragraph === paragraph.id);
    expect(relations).toHaveLength(1);
    const [relation] = relations;
    expect(relation!.dimensions).toEqual(['处', '平方米']);
    expect(relation!.parts).toHaveLength(8);
    for (const part of relation!.parts) expect(part.metrics.map((id) => outline.metrics[id]!.unit)).toEqual(['处', '平方米']);
    expect(relation!.parts.map((p) => p.subject)).toEqual([
      '房屋新建违建', '房屋存量违建', '棚屋新建违建', '棚屋存量违建', '棚亭新建违建', '棚亭存量违建', '设施新增', '存量',
    ]);
    expect(relation!.parts.map((p) => p.other)).toEqual([false, false, false, false, false, false, true, false]);
    expect(relation!.coverage).toBe('exhaustive');
    // The inner 共计*平方米 belongs to its part: it is not a new total.
    const inner = outline.metrics[relation!.parts[0]!.metrics[1]!]!;
    expect(inner).toMatchObject({ text: '*平方米', role: 'part' });
  });

  it('reads the 信访 sentence as an exhaustive list ending in 其他', () => {
    const outline = seedOutline();
    const relation = outline.relations.find((r) => outline.metrics[r.totals[0]!]!.subject === '重点稳控对象')!;
    expect(relation.coverage).toBe('exhaustive');
    expect(relation.parts.map((p) => p.subject)).toEqual(['军人群体', '民办教师群体', '政治安全对象', '精神病人', '个人信访']);
    expect(relation.parts.at(-1)!.other).toBe(true);
  });

  it('stops a list at a figure of another dimension', () => {
    const outline = seedOutline();
    const relation = outline.relations.find((r) => outline.metrics[r.totals[0]!]!.subject === '经营户')!;
    expect(relation.parts.map((p) => p.subject)).toEqual(['洗料', '加工破碎']);
  });
});

describe('relations in bulletins', () => {
  it('takes the figure before 其中 as the total, skipping change figures, and reads a partition', () => {
    const outline = parse('全年实现地区生产总值668.10亿元，比上年增长3.3%。其中，第一产业增加值100.86亿元，增长3.7%；第二产业增加值325.19亿元，增长0.1%；第三产业增加值242.05亿元，增长6.9%。');
    expect(summary(outline)).toEqual([{ totals: ['668.10亿元'], coverage: 'exhaustive', parts: ['100.86亿元', '325.19亿元', '242.05亿元'] }]);
    expect(outline.metrics.find((m) => m.text === '3.3%')!.role).toBe('change');
  });

  it('does not make the next statement a part (粮食…其中夏粮…秋粮…。棉花…)', () => {
    const outline = parse('全年粮食总产量96.1万吨，比上年增长0.4%，其中夏粮产量27.8万吨，秋粮产量68.3万吨。棉花产量1.2万吨，油料产量2.0万吨。');
    // 夏粮 and 秋粮 split the year's grain where no early rice is grown: exhaustive.
    expect(summary(outline)).toEqual([{ totals: ['96.1万吨'], coverage: 'exhaustive', parts: ['27.8万吨', '68.3万吨'] }]);
  });

  it('ends a list at a ；-item that no longer fits the total', () => {
    const outline = parse('全年粮食种植面积11.66万亩。其中，谷物种植面积11.56万亩；棉花种植面积12.39万亩；瓜果类种植面积30.26万亩。');
    expect(summary(outline)[0]!.parts).toEqual(['11.56万亩']);
  });

  it('marks cross-cutting breakdowns as overlapping', () => {
    const outline = parse('规模以上工业增加值100亿元，其中国有控股企业增加值40亿元，股份制企业增加值70亿元，外商投资企业增加值20亿元。');
    expect(summary(outline)[0]!.coverage).toBe('overlapping');
  });

  it('takes 其他服务业 for a category, not the rest', () => {
    const outline = parse('第三产业增加值242.05亿元。其中，金融业增加值11.68亿元；房地产业增加值28.32亿元；其他服务业增加值132.44亿元。');
    expect(summary(outline)[0]).toMatchObject({ coverage: 'subset', parts: ['11.68亿元', '28.32亿元', '132.44亿元'] });
  });

  it('leaves figures in brackets and averages out', () => {
    const brackets = parse('共有营运汽车36662辆。其中，客运车辆6694辆（含公交车2990辆），货运汽车29968辆。');
    expect(summary(brackets)[0]!.parts).toEqual(['6694辆', '29968辆']);
    const average = parse('全体居民人均可支配收入80796元，其中城镇居民人均可支配收入90125元，农村居民人均可支配收入51303元。');
    expect(average.relations).toEqual([]);
  });

  it('refers a sentence-opening 其中 after a parts list back to its total', () => {
    const outline = parse('发电装机容量1443.2万千瓦。其中，火电装机容量1064.3万千瓦；太阳能发电装机容量330.6万千瓦。其中，可再生能源装机容量408.9万千瓦。');
    expect(summary(outline).map((r) => r.totals)).toEqual([['1443.2万千瓦'], ['1443.2万千瓦']]);
  });

  it('reads a first part whose name opens with a scope word (其中全国哲学社会科学规划课题…)', () => {
    const outline = parse('全年共立项科研课题36项，其中全国哲学社会科学规划课题4项，省级课题12项，市级课题20项。');
    expect(summary(outline)).toEqual([{ totals: ['36项'], coverage: 'subset', parts: ['4项', '12项', '20项'] }]);
    // After the parts, 全年… still opens a new statement.
    const after = parse('年末共有文物保护单位964处，其中国家级44处，省级128处，全年接待游客300处。');
    expect(summary(after)[0]!.parts).toEqual(['44处', '128处']);
  });

  it('takes no age for a total or a part (60周岁及以上 bounds a group)', () => {
    // As a bulletin's table reads in Markdown (the rows run into one paragraph).
    const outline = parseReport(['指标 | 年末数（万人） | 比重（%）', '60周岁及以上 | 9.37 | 13.4', '其中：65周岁及以上 | 5.67 | 8.1', ''].join('\n'), { format: 'markdown' });
    const ages = outline.metrics.filter((m) => m.dimension === '岁').map((m) => m.id);
    expect(ages.length).toBeGreaterThan(0);
    expect(outline.relations.filter((r) => r.totals.some((id) => ages.includes(id)) || r.parts.some((p) => p.metrics.some((id) => ages.includes(id))))).toEqual([]);
  });

  it('reads a remainder: a whole, what 剔除/扣除 takes out of it and what is left', () => {
    const outline = parse('全县一般公共预算支出总计52.40亿元，剔除上解上级支出和债务还本支出等3.15亿元后，全县一般公共预算支出安排49.25亿元，增长2.1%。');
    expect(summary(outline)).toEqual([{ totals: ['52.40亿元'], coverage: 'exhaustive', parts: ['3.15亿元', '49.25亿元'] }]);
    expect(outline.relations[0]).toMatchObject({ form: 'remainder', cue: '剔除' });
    expect(outline.relations[0]!.parts.map((p) => p.name)).toEqual(['上解上级支出和债务还本支出', '全县一般公共预算支出安排']);
    expect(outline.relations[0]!.verdicts.map((v) => v.verdict)).toEqual(['holds']);
    // Several amounts taken out: each is a term.
    const two = parse('政府性基金预算支出总计9.86亿元，扣除补助下级支出2.40亿元、专项债务还本支出1.20亿元后，政府性基金支出安排6.26亿元。');
    expect(summary(two)).toEqual([{ totals: ['9.86亿元'], coverage: 'exhaustive', parts: ['2.40亿元', '1.20亿元', '6.26亿元'] }]);
  });

  it('reads no remainder where the text does not state one', () => {
    for (const text of [
      // No amount taken out, and a rate after 后.
      '全年一般公共预算收入总计86.2亿元，剔除一次性收入因素后，同口径增长5.3%。',
      // 减去 a balance: the whole also counts an earlier balance in.
      '预计年底可补充3.87亿元，减去2026年预算动用3.2亿元后余额为0.71亿元。',
      // The figure before 剔除 is not called a whole.
      '全市一般公共预算支出574.55亿元，剔除上解上级支出等12.42亿元后，全市一般公共预算支出安排560.13亿元。',
      // A rate, not a level, right after 后.
      '支出总计20.5亿元，剔除上解支出1.5亿元后，增长3.2%，支出安排18亿元。',
      // The amount does not end at 后.
      '支出总计20.5亿元，剔除上解支出1.5亿元，支出安排18亿元后增长。',
    ]) {
      expect(parse(text).relations.filter((r) => r.form === 'remainder'), text).toEqual([]);
    }
    // A figure in brackets details what is taken out; it is not another term.
    const bracket = parse('支出总计37.15亿元，剔除补助下级支出（含专项债务还本付息支出1.2亿元）23.47亿元后，政府性基金支出安排13.68亿元。');
    expect(summary(bracket)).toEqual([{ totals: ['37.15亿元'], coverage: 'exhaustive', parts: ['23.47亿元', '13.68亿元'] }]);
  });

  it('reads the members named between a total and 分别 as the parts\' names', () => {
    const visits = parse('全年诊疗人次1200万人次，门诊和住院分别为1000万人次、150万人次。');
    expect(summary(visits)).toEqual([{ totals: ['1200万人次'], coverage: 'subset', parts: ['1000万人次', '150万人次'] }]);
    expect(visits.relations[0]!.parts.map((p) => p.name)).toEqual(['门诊', '住院']);
    const split = parse('全年新增就业12000人，城镇和乡村分别为8000人、3000人。');
    expect(summary(split)).toEqual([{ totals: ['12000人'], coverage: 'exhaustive', parts: ['8000人', '3000人'] }]);
    // Three figures for two members: not this reading.
    expect(parse('全年新增就业12000人，城镇和乡村分别为8000人、3000人、1000人。').relations).toEqual([]);
    // A clause that says more than names (比上年增长5%): no members.
    expect(parse('全年诊疗人次1200万人次，比上年增长5%，门诊和住院分别为1000万人次、150万人次。').relations).toEqual([]);
  });

  it('reads 分别 only after a stated total', () => {
    const outline = parse('共培训*人次，城镇、农村分别为*人次、*人次。');
    // 城镇、农村 name the parts, and they are a complete split of the total.
    expect(summary(outline)).toEqual([{ totals: ['*人次'], coverage: 'exhaustive', parts: ['*人次', '*人次'] }]);
    expect(parse('城镇、农村分别为3人、5人。').relations).toEqual([]);
  });
});

describe('the filled seed', () => {
  const text = readFixture('reports', 'seed-filled.txt');
  const filledOutline = () => parseReport(text, { path: 'seed-filled.txt' });

  it('adds up: its 拆违 parts sum to 69 处 and 7906 平方米', () => {
    const outline = filledOutline();
    const relation = outline.relations.find((r) => r.cue === '其中' && r.dimensions.join() === '处,平方米')!;
    expect(relation.parts).toHaveLength(8);
    const sum = (k: number) => relation.parts.reduce((s, p) => s + outline.metrics[p.metrics[k]!]!.value!, 0);
    expect([sum(0), sum(1)]).toEqual([69, 7906]);
    expect(relation.totals.map((id) => outline.metrics[id]!.text)).toEqual(['69处', '7906平方米']);
  });

  it('gives no figure finding', () => {
    const ids = ['total-mismatch', 'share-mismatch', 'percent-range', 'range-order'];
    const config = { rules: Object.fromEntries(ids.map((id) => [id, 'warning' as const])) };
    expect(lint(text, { path: 'seed-filled.txt', config }).diagnostics.filter((d) => ids.includes(d.ruleId))).toEqual([]);
  });

  it('keeps every part of a list written as prose table when one total is off by one', () => {
    const mutated = parseReport(text.replace('共计拆违69处', '共计拆违68处'), { path: 'seed-filled.txt' });
    const relation = mutated.relations.find((r) => r.dimensions.join() === '处,平方米')!;
    expect(relation.parts).toHaveLength(8);
  });
});
