/**
 * `fill` checks what it wrote: the report is linted before and after, and a
 * finding the values brought about (a total the returned parts no longer add up
 * to) is one line naming the values file's row, exit 1 when it is an error.
 * `--check-only` says the same and writes nothing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { huibao, workspace } from './helpers.js';
import { para, wordDocument } from './word.js';

// The second sentence's parts exceed its total before any filling: not the fill's doing.
const REPORT = ['一、教育', '全县共有学校*所，其中小学*所，初中12所。全县共有幼儿园10所，其中公办8所，民办5所。', ''].join('\n');

/** The exported sheet with 填写值 typed in by 序号, as an office returns it. */
async function returnedSheet(dir: string, file: string, values: Record<number, string | number>): Promise<string> {
  if (!existsSync(join(dir, '待填清单.xlsx'))) expect(huibao(['placeholders', file, '--format', 'xlsx', '-o', '待填清单.xlsx'], { cwd: dir }).status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, '待填清单.xlsx'));
  workbook.worksheets[0]!.eachRow((row, n) => {
    const value = values[Number(row.getCell(1).value)];
    if (n > 1 && value !== undefined) row.getCell(6).value = value;
  });
  const returned = existsSync(join(dir, '收回.xlsx')) ? '收回-2.xlsx' : '收回.xlsx';
  await workbook.xlsx.writeFile(join(dir, returned));
  return returned;
}

function textWorkspace(config?: object): string {
  const dir = workspace();
  writeFileSync(join(dir, '报告.txt'), REPORT);
  if (config) writeFileSync(join(dir, '.huibaorc.json'), JSON.stringify(config));
  return dir;
}

const CAUSED = '报告.txt 第 2 行：填写后出现错误：17所 + 12所 = 29所，超过总数 25所（total-mismatch）；来自 收回.xlsx 第 2 行（第 1 处待填「25」）、第 3 行（第 2 处待填「17」）';

describe('huibao fill: what the values cause', () => {
  it('reports a total the returned parts exceed, naming the rows, and exits 1', async () => {
    const dir = textWorkspace();
    const values = await returnedSheet(dir, '报告.txt', { 1: 25, 2: '17' });
    const run = huibao(['fill', '报告.txt', '--values', values], { cwd: dir });
    expect(run.stderr).toBe(`huibao: 已填写 报告.txt：2 处；尚余 0 处待填\nhuibao: ${CAUSED}\n`);
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, '报告.txt'), 'utf8')).toContain('全县共有学校25所，其中小学17所，初中12所。');
  });

  it('says nothing more for values that add up, though the report had a mismatch before', async () => {
    const dir = textWorkspace();
    const values = await returnedSheet(dir, '报告.txt', { 1: 29, 2: 17 });
    const run = huibao(['fill', '报告.txt', '--values', values], { cwd: dir });
    expect(run.stderr).toBe('huibao: 已填写 报告.txt：2 处；尚余 0 处待填\n');
    expect(run.status).toBe(0);
    // The older mismatch is still there for lint to report.
    expect(huibao(['lint', '报告.txt', '--format', 'json'], { cwd: dir }).stdout).toContain('total-mismatch');
  });

  it('--check-only: the same report in the future tense; the file stays byte-identical', async () => {
    const dir = textWorkspace();
    const values = await returnedSheet(dir, '报告.txt', { 1: 25, 2: 17 });
    const files = readdirSync(dir).sort();
    const run = huibao(['fill', '报告.txt', '--values', values, '--check-only'], { cwd: dir });
    expect(run.stderr).toBe(
      `huibao: 报告.txt：可填写 2 处；尚余 0 处待填（--check-only，文件未改动）\nhuibao: ${CAUSED.replace('填写后出现', '填写后将出现')}\n`,
    );
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, '报告.txt'), 'utf8')).toBe(REPORT);
    expect(readdirSync(dir).sort()).toEqual(files);
    const consistent = await returnedSheet(dir, '报告.txt', { 1: 29, 2: 17 });
    expect(huibao(['fill', '报告.txt', '--values', consistent, '--check-only'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, '报告.txt'), 'utf8')).toBe(REPORT);
  });

  it('a config in draft mode: the mismatch is a warning, exit 0; JSON values are named by place; English', async () => {
    const dir = textWorkspace({ mode: 'draft' });
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ 1: '25', 2: '17' }));
    const run = huibao(['fill', '报告.txt', '--values', 'v.json', '--locale', 'en'], { cwd: dir });
    expect(run.stderr).toContain(
      'huibao: 报告.txt line 2: filling causes warning: 17所 + 12所 = 29所, more than the total 25所 (total-mismatch); from v.json placeholder 1 (“25”); placeholder 2 (“17”)\n',
    );
    expect(run.status).toBe(0);
  });
});

describe('huibao fill 报告.docx: what the values cause', () => {
  it('reports the mismatch for the copy it writes; --check-only writes no copy', async () => {
    const dir = workspace();
    const original = await wordDocument([para('全县共有学校*所，其中小学*所，初中12所。')]);
    writeFileSync(join(dir, '报告.docx'), original);
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ 1: '25', 2: '17' }));
    const check = huibao(['fill', '报告.docx', '--values', 'v.json', '--check-only'], { cwd: dir });
    expect(check.stderr).toContain('huibao: 报告.docx 第 1 行：填写后将出现错误：17所 + 12所 = 29所，超过总数 25所（total-mismatch）；来自 v.json 第 1 处待填「25」、第 2 处待填「17」\n');
    expect(check.status).toBe(1);
    expect(existsSync(join(dir, '报告.filled.docx'))).toBe(false);
    expect(readFileSync(join(dir, '报告.docx')).equals(original)).toBe(true);

    const run = huibao(['fill', '报告.docx', '--values', 'v.json'], { cwd: dir });
    expect(run.stderr).toContain('huibao: 已写入 报告.filled.docx（原文件未改动）');
    expect(run.stderr).toContain('填写后出现错误：17所 + 12所 = 29所，超过总数 25所（total-mismatch）');
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, '报告.filled.docx'))).toBe(true);
  });
});
