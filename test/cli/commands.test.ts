/**
 * outline, placeholders, fill and metrics on fixtures/cli/fill.md, whose three
 * gaps were read by hand: 企业*家 and 隐患*处 in 一（一）, 植树造林*亩 in 二.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, huibao, iconv, json, schemaValidator, workspace } from './helpers.js';

const fillText = readFileSync(fixture('fill.md'), 'utf8');

describe('outline', () => {
  it('draws the numbered structure as a tree', () => {
    const run = huibao(['outline', 'fixtures/cli/fill.md']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      ['某镇工作汇报', '├─ 一、安全生产', '│  └─ （一）隐患排查', '└─ 二、乡村振兴', '', '3 个章节，6 段，3 个数字，3 处待填', ''].join('\n'),
    );
  });

  it('prints JSON that validates against schemas/outline.schema.json, and Markdown headings', () => {
    const run = huibao(['outline', 'fixtures/cli/fill.md', '--format', 'json']);
    const validate = schemaValidator('outline');
    const outline = json(run.stdout);
    expect(validate(outline), JSON.stringify(validate.errors)).toBe(true);
    const markdown = huibao(['outline', 'fixtures/cli/fill.md', '--format', 'markdown']).stdout;
    expect(markdown.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# 某镇工作汇报', '## 一、安全生产', '### （一）隐患排查', '## 二、乡村振兴']);
  });

  it('2 with one line for a file that does not exist', () => {
    const run = huibao(['outline', 'missing.md']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('huibao: 找不到文件或目录：missing.md');
  });
});

describe('placeholders', () => {
  it('lists number, section path, kind, unit and the sentence with the gap marked', () => {
    const rows = json<Array<Record<string, unknown>>>(huibao(['placeholders', 'fixtures/cli/fill.md', '--format', 'json']).stdout);
    expect(rows.map(({ number, section, kind, unit, sentence }) => ({ number, section, kind, unit, sentence }))).toEqual([
      { number: 1, section: '一（一）', kind: 'number', unit: '家', sentence: '全镇共排查企业【待填】家，整改隐患*处。' },
      { number: 2, section: '一（一）', kind: 'number', unit: '处', sentence: '全镇共排查企业*家，整改隐患【待填】处。' },
      { number: 3, section: '二', kind: 'number', unit: '亩', sentence: '完成植树造林【待填】亩。' },
    ]);
    const table = huibao(['placeholders', 'fixtures/cli/fill.md']).stdout.split('\n');
    expect(table[0]).toMatch(/^序号 +位置 +类型 +单位 +句子$/);
    expect(table[3]).toMatch(/^3 +二 +数字 +亩 +完成植树造林【待填】亩。$/);
  });

  it('writes CSV with a BOM (for Excel) and a value column to fill in', () => {
    const csv = huibao(['placeholders', 'fixtures/cli/fill.md', '--format', 'csv']).stdout;
    expect(csv.startsWith('\ufeff序号,位置,类型,单位,句子,填写值\r\n')).toBe(true);
    expect(csv).toContain('\r\n3,二,数字,亩,完成植树造林【待填】亩。,\r\n');
  });
});

describe('fill', () => {
  it('round trip: export CSV, fill two values, write them in exactly those places; a stale list is refused', () => {
    const dir = workspace('fill.md');
    const csv = huibao(['placeholders', 'fill.md', '--format', 'csv'], { cwd: dir }).stdout;
    const filled = csv.replace('【待填】家，整改隐患*处。,\r\n', '【待填】家，整改隐患*处。,12\r\n').replace('【待填】亩。,\r\n', '【待填】亩。,300\r\n');
    writeFileSync(join(dir, 'values.csv'), filled);
    const run = huibao(['fill', 'fill.md', '--values', 'values.csv'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('已填写 fill.md：2 处；尚余 1 处待填');
    expect(run.stderr).toContain('尚未填写：2');
    const after = fillText.replace('企业*家', '企业12家').replace('植树造林*亩', '植树造林300亩');
    expect(readFileSync(join(dir, 'fill.md'), 'utf8')).toBe(after);
    // Numbers have moved since: the sentences no longer match, so nothing is written.
    const again = huibao(['fill', 'fill.md', '--values', 'values.csv'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('第 1 处待填的句子已变化');
    expect(readFileSync(join(dir, 'fill.md'), 'utf8')).toBe(after);
  });

  it('takes JSON values by number and keeps a GBK file in GBK with CRLF', () => {
    const dir = workspace();
    const crlf = fillText.replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'gbk.md'), iconv.encode(crlf, 'gbk'));
    writeFileSync(join(dir, 'values.json'), JSON.stringify({ 2: '5' }));
    const run = huibao(['fill', 'gbk.md', '--values', 'values.json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'gbk.md')).equals(iconv.encode(crlf.replace('隐患*处', '隐患5处'), 'gbk'))).toBe(true);
  });

  it('2 for a number that does not exist', () => {
    const dir = workspace('fill.md');
    writeFileSync(join(dir, 'values.json'), JSON.stringify({ 9: '1' }));
    const run = huibao(['fill', 'fill.md', '--values', 'values.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('huibao: values.json：第 9 处待填不存在（共 3 处）');
    expect(readFileSync(join(dir, 'fill.md'), 'utf8')).toBe(fillText);
  });
});

describe('metrics', () => {
  it('lists every figure with section, subject, unit and role', () => {
    const dir = workspace('fill.md');
    writeFileSync(join(dir, 'm.md'), '一、农业\n\n全年共完成造林300亩，其中新造林120亩。\n');
    const rows = json<Array<Record<string, unknown>>>(huibao(['metrics', 'm.md', '--format', 'json'], { cwd: dir }).stdout);
    expect(rows.map(({ section, text, value, unit, role }) => ({ section, text, value, unit, role }))).toEqual([
      { section: '一', text: '300亩', value: 300, unit: '亩', role: 'total' },
      { section: '一', text: '120亩', value: 120, unit: '亩', role: 'part' },
    ]);
    const table = huibao(['metrics', 'm.md'], { cwd: dir }).stdout;
    expect(table.split('\n')[0]).toMatch(/^序号 +位置 +行:列 +对象 +原文 +数值 +单位 +角色$/);
  });
});

describe('ledger', () => {
  // 城镇 + 乡村 make the population (a complete split): 350.1 + 162.2 = 512.3, holds.
  // 夏粮 + 秋粮 make the grain: 40.1 + 115.1 = 155.2, not 150.2.
  // 其中住宅 is one kind of housing among others: within its total, not judged.
  const text = [
    '一、综合',
    '',
    '年末全市常住人口512.3万人，其中城镇人口350.1万人，乡村人口162.2万人。',
    '',
    '全年粮食总产量150.2万吨，其中夏粮40.1万吨，秋粮115.1万吨。',
    '',
    '全年商品房销售面积520.4万平方米，其中住宅450.2万平方米。',
    '',
  ].join('\n');

  it('lists every relation with its arithmetic as written and its verdict', () => {
    const dir = workspace('fill.md');
    writeFileSync(join(dir, 'l.md'), text);
    const entries = json<Array<Record<string, unknown>>>(huibao(['ledger', 'l.md', '--format', 'json'], { cwd: dir }).stdout);
    expect(entries.map(({ line, kind, arithmetic, verdict, reason }) => ({ line, kind, arithmetic, verdict, reason }))).toEqual([
      { line: 3, kind: 'sum', arithmetic: '350.1万人 + 162.2万人 = 512.3万人', verdict: 'holds', reason: 'sum' },
      { line: 5, kind: 'sum', arithmetic: '40.1万吨 + 115.1万吨 = 155.2万吨 ≠ 150.2万吨', verdict: 'mismatch', reason: 'sum' },
      { line: 7, kind: 'parts', arithmetic: '450.2万平方米 < 520.4万平方米', verdict: 'not-assessable', reason: 'partial-list' },
    ]);
    expect(entries[0]).toMatchObject({ column: 9, statement: '人口512.3万人，其中城镇人口350.1万人，乡村人口162.2万人' });
    const table = huibao(['ledger', 'l.md'], { cwd: dir }).stdout.split('\n');
    expect(table[0]).toMatch(/^行:列 +类型 +陈述 +算式 +结论 +说明$/);
    expect(table[2]).toMatch(/^5:\d+ +合计 .* 40\.1万吨 \+ 115\.1万吨 = 155\.2万吨 ≠ 150\.2万吨 +不符 +各项应合成总数$/);
    expect(table[3]).toMatch(/ +无法核对 +分项未列全$/);
  });

  it('lists a share with its part ÷ whole, in the kind and reason words of either locale', () => {
    const dir = workspace('fill.md');
    writeFileSync(join(dir, 's.md'), '全市发电装机容量1000万千瓦。可再生能源装机容量256万千瓦，占发电装机容量的比重为40%。\n');
    const table = huibao(['ledger', 's.md'], { cwd: dir }).stdout.split('\n');
    expect(table[1]).toMatch(/^1:9 +占比 +装机容量1000万千瓦。.*比重为40% +256万千瓦 ÷ 1000万千瓦 = 25\.6% ≠ 40% +不符 +超出修约误差$/);
    const en = huibao(['ledger', 's.md', '--locale', 'en'], { cwd: dir }).stdout.split('\n');
    expect(en[1]).toMatch(/^1:9 +share .* 256万千瓦 ÷ 1000万千瓦 = 25\.6% ≠ 40% +does not hold +beyond the rounding of its figures$/);
    expect(huibao(['lint', 's.md'], { cwd: dir }).stdout.trimEnd().split('\n').at(-1)).toBe('核对 1 处数据关系：0 处相符，1 处不符');
  });

  it('is counted in the summary of lint: the line after the problems, and summary.figures in JSON', () => {
    const dir = workspace('fill.md');
    writeFileSync(join(dir, 'l.md'), text);
    const stylish = huibao(['lint', 'l.md'], { cwd: dir });
    expect(stylish.stdout.trimEnd().split('\n').at(-1)).toBe('核对 3 处数据关系：1 处相符，1 处不符，1 处无法核对');
    const run = json<{ summary: Record<string, unknown> }>(huibao(['lint', 'l.md', '--format', 'json'], { cwd: dir }).stdout);
    expect(run.summary.figures).toEqual({ checked: 3, holds: 1, mismatch: 1, uncertain: 0, notAssessable: 1 });
    const validate = schemaValidator('lint-result');
    expect(validate(run), JSON.stringify(validate.errors)).toBe(true);
    // A clean report says what was checked, and holds: it is not an unchecked one.
    writeFileSync(join(dir, 'clean.md'), text.replace('115.1万吨', '110.1万吨'));
    const clean = huibao(['lint', 'clean.md'], { cwd: dir });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('核对 3 处数据关系：2 处相符，1 处无法核对\n');
    expect(huibao(['lint', 'clean.md', '--locale', 'en'], { cwd: dir }).stdout).toBe('3 figure relations checked: 2 hold, 1 cannot be judged\n');
  });
});
