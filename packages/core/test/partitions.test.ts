/** The complete splits of figure-words.json and how a part's name is matched to them. */
import { describe, expect, it } from 'vitest';
import figureWords from '../src/data/figure-words.json' with { type: 'json' };
import { completedPartition, continuesPartition } from '../src/parse/partitions.js';

describe('the complete splits (partitions)', () => {
  it.each(figureWords.partitions.map((p) => [p.members.map((m) => m[0]).join('/'), p] as const))('%s: its example names every member, and it has a definition', (_, partition) => {
    for (const words of partition.members) expect(words.some((w) => partition.example.includes(w)), `${words.join('|')} in ${partition.example}`).toBe(true);
    expect(partition.definition.length).toBeGreaterThan(4);
  });

  it('match a part by the longest word it holds: 非税收入 is never 税收收入', () => {
    expect(completedPartition(['税收收入', '非税收入'], '一般公共预算收入')).not.toBeNull();
    expect(completedPartition(['非税收入', '非税收入'], '一般公共预算收入')).toBeNull();
    expect(completedPartition(['公有经济', '非公有经济'], '增加值')).not.toBeNull();
  });

  it('need the names to count the same thing besides the member', () => {
    expect(completedPartition(['城镇消费品零售额', '乡村消费品零售额'], '社会消费品零售总额')).not.toBeNull();
    expect(completedPartition(['城镇新增就业', '农村劳动力转移就业'], '新增就业')).toBeNull();
    expect(completedPartition(['农业产值', '林业产值', '畜牧业产值', '渔业产值', '农林牧渔专业及辅助性活动产值'], '农林牧渔业总产值')).not.toBeNull();
  });

  it('need every member: the three industries do not complete 全社会用电量, which adds 城乡居民生活用电', () => {
    expect(completedPartition(['第一产业增加值', '第二产业增加值', '第三产业增加值'], '地区生产总值')).not.toBeNull();
    expect(completedPartition(['第一产业用电量', '第二产业用电量', '第三产业用电量'], '全社会用电量')).toBeNull();
    expect(completedPartition(['第一产业用电量', '第二产业用电量', '第三产业用电量', '城乡居民生活用电'], '全社会用电量')).not.toBeNull();
    expect(completedPartition(['第一产业增加值', '第二产业增加值'], '地区生产总值')).toBeNull();
  });

  it('read 本级 and 县区 as the whole of a 全市 figure, unless a rival part such as 开发区 stands beside them', () => {
    expect(completedPartition(['市本级', '县区'], '全市共偿还政府债务本息')).not.toBeNull();
    expect(completedPartition(['县本级', '乡镇'], '全县一般公共预算收入')).not.toBeNull();
    expect(completedPartition(['市本级', '高新区'], '全市共偿还政府债务本息')).toBeNull();
    expect(completedPartition(['市本级', '县区', '开发区'], '全市一般公共预算收入')).toBeNull();
  });

  it('tell when the next name goes on with a split the earlier ones began', () => {
    expect(continuesPartition(['第一产业增加值', '第二产业增加值'], '第三产业增加值')).toBe(true);
    expect(continuesPartition(['第一产业增加值', '第二产业增加值'], '第二产业投资')).toBe(false);
    expect(continuesPartition([], '城镇')).toBe(false);
  });
});
