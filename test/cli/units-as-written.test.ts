/**
 * Issue 27, units and values as written, on fixtures/cli/units.md (read by
 * hand): four gaps, 项目*个 and 总投资达*亿元 in 一, 就业*人 and 补贴*万元 in
 * 二; the last paragraph has three figures whose scaled values are exact.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, huibao, json, workspace } from './helpers.js';

const unitsText = readFileSync(fixture('units.md'), 'utf8');

describe('placeholders ask for the unit as written', () => {
  it('JSON: 亿元 and 万元, not 元', () => {
    const rows = json<Array<Record<string, unknown>>>(huibao(['placeholders', 'fixtures/cli/units.md', '--format', 'json']).stdout);
    expect(rows.map(({ number, unit }) => [number, unit])).toEqual([
      [1, '个'],
      [2, '亿元'],
      [3, '人'],
      [4, '万元'],
    ]);
  });

  it('CSV and the table', () => {
    const csv = huibao(['placeholders', 'fixtures/cli/units.md', '--format', 'csv']).stdout;
    expect(csv).toContain('\r\n2,一,数字,亿元,全年共签约项目*个，协议总投资达【待填】亿元。,\r\n');
    expect(csv).toContain('\r\n4,二,数字,万元,新增城镇就业*人，发放稳岗补贴【待填】万元。,\r\n');
    const table = huibao(['placeholders', 'fixtures/cli/units.md']).stdout.split('\n');
    expect(table[2]).toMatch(/^2 +一 +数字 +亿元 +全年共签约项目\*个，协议总投资达【待填】亿元。$/);
  });

  it('xlsx: the 单位 column and the 填写值 hint', async () => {
    const dir = workspace('units.md');
    huibao(['placeholders', 'units.md', '--format', 'xlsx', '-o', '待填清单.xlsx'], { cwd: dir });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, '待填清单.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('D3').value).toBe('亿元');
    expect(JSON.stringify(sheet.getCell('F3').dataValidation)).toContain('亿元');
  });

  it('the placeholder diagnostic names 亿元', () => {
    const run = huibao(['lint', 'fixtures/cli/units.md']);
    expect(run.stdout).toContain('数值待填：协议总投资达 * 亿元');
  });
});

describe('metrics: scaled values are exact', () => {
  it('4.1亿元 is 410000000, 0.07万元 is 700, 1.005亿元 is 100500000', () => {
    const rows = json<Array<{ text: string; value: number | null; unit: string | null }>>(huibao(['metrics', 'fixtures/cli/units.md', '--format', 'json']).stdout);
    expect(rows.filter((r) => r.value !== null).map(({ text, value, unit }) => [text, value, unit])).toEqual([
      ['4.1亿元', 410000000, '元'],
      ['0.07万元', 700, '元'],
      ['1.005亿元', 100500000, '元'],
    ]);
    expect(huibao(['metrics', 'fixtures/cli/units.md']).stdout).toMatch(/4\.1亿元 +410000000 +元/);
  });
});

describe('fill checks each value against its gap', () => {
  const csvWith = (dir: string, values: Record<number, string>) => {
    let csv = huibao(['placeholders', 'units.md', '--format', 'csv'], { cwd: dir }).stdout;
    for (const [n, value] of Object.entries(values)) csv = csv.replace(new RegExp(`(\\r\\n${n},[^\\r]*),\\r\\n`), `$1,${value}\r\n`);
    writeFileSync(join(dir, 'values.csv'), csv);
  };

  it('refuses 3500000000 in a 亿元 gap and 三十 in a number gap, naming the row; writes the rest; exits 1', () => {
    const dir = workspace('units.md');
    csvWith(dir, { 1: '12', 2: '3500000000', 3: '三十', 4: '85.5' });
    const run = huibao(['fill', 'units.md', '--values', 'values.csv'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        'huibao: values.csv 第 3 行：第 2 处待填的单位是“亿元”，「3500000000」不小于 1亿，将写成“3500000000亿元”，疑似未换算（换算后为 35），未填写',
        'huibao: values.csv 第 4 行：第 3 处待填应为阿拉伯数字（带单位的数字用阿拉伯数字，如 30、3.5），「三十」不符，未填写',
        'huibao: 已填写 units.md：2 处；尚余 2 处待填',
        'huibao: 尚未填写：2, 3',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'units.md'), 'utf8')).toBe(unitsText.replace('项目*个', '项目12个').replace('补贴*万元', '补贴85.5万元'));
  });

  it('in English with --locale en', () => {
    const dir = workspace('units.md');
    csvWith(dir, { 2: '3500000000', 3: '三十' });
    const run = huibao(['fill', 'units.md', '--values', 'values.csv', '--locale', 'en'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'huibao: values.csv row 3: placeholder 2 is in “亿元”; “3500000000” is 1亿 or more and would read “3500000000亿元”, as if not converted (35 once converted); not written',
    );
    expect(run.stderr).toContain('huibao: values.csv row 4: placeholder 3 takes Arabic digits (a figure with a unit is written in them: 30, 3.5); “三十” does not fit and was not written');
    expect(readFileSync(join(dir, 'units.md'), 'utf8')).toBe(unitsText);
  });

  it('JSON values: the place number stands for the row; the scale is checked with the value’s own 万/亿', () => {
    const dir = workspace('units.md');
    // 3.5亿 in 亿元 is 3.5亿亿元; 2万 in 万元 is 2万万元; 0.5万 in 亿元 (5000亿元) and 9999 in 万元 fit.
    writeFileSync(join(dir, 'values.json'), JSON.stringify({ 2: '3.5亿', 4: '2万' }));
    const refused = huibao(['fill', 'units.md', '--values', 'values.json'], { cwd: dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('huibao: values.json：第 2 处待填的单位是“亿元”，「3.5亿」不小于 1亿，将写成“3.5亿亿元”，疑似未换算（换算后为 3.5），未填写');
    expect(refused.stderr).toContain('huibao: values.json：第 4 处待填的单位是“万元”，「2万」不小于 1万，将写成“2万万元”，疑似未换算（换算后为 2），未填写');
    expect(readFileSync(join(dir, 'units.md'), 'utf8')).toBe(unitsText);

    writeFileSync(join(dir, 'values.json'), JSON.stringify({ 2: '0.5万', 3: 99999, 4: '9999' }));
    const run = huibao(['fill', 'units.md', '--values', 'values.json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'units.md'), 'utf8')).toBe(
      unitsText.replace('达*亿元', '达0.5万亿元').replace('就业*人', '就业99999人').replace('补贴*万元', '补贴9999万元'),
    );
  });
});
