/**
 * The 待填 list as an Excel sheet, read back here with exceljs as an office
 * would open it: header, frozen first row, widths for Chinese text, number
 * validation, grouping by 责任科室; and returned workbooks that cannot be read
 * unambiguously (a second sheet, a range merged over what fill reads, a value
 * beside an empty 填写值) refused by row and column with nothing written.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { huibao, workspace } from './helpers.js';

const REPORT = [
  '一、抓好安全生产',
  '（一）开展隐患排查',
  '全镇共排查企业*家，整改隐患*处。',
  '二、推进乡村振兴',
  '*村完成改厕*户，2024年*月通过验收。',
  '',
].join('\n');

async function exported(config?: object): Promise<{ dir: string; sheet: ExcelJS.Worksheet; workbook: ExcelJS.Workbook }> {
  const dir = workspace();
  writeFileSync(join(dir, '报告.txt'), REPORT);
  if (config) writeFileSync(join(dir, '.huibaorc.json'), JSON.stringify(config));
  const run = huibao(['placeholders', '报告.txt', '--format', 'xlsx', '-o', '待填清单.xlsx'], { cwd: dir });
  expect(run.stderr).toBe('huibao: 已写入 待填清单.xlsx：5 处待填\n');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, '待填清单.xlsx'));
  return { dir, sheet: workbook.worksheets[0]!, workbook };
}

const rowValues = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

/**
 * `fill` refuses the values file: these lines (line `en.index` in English), exit 2 in both
 * languages, and the report byte for byte as it was, with no copy or backup beside it.
 */
function expectRefused(dir: string, values: string, lines: readonly string[], en: { index: number; line: string }): void {
  const run = huibao(['fill', '报告.txt', '--values', values], { cwd: dir });
  expect(run.stderr).toBe(lines.map((line) => `huibao: ${line}\n`).join(''));
  expect(run.status).toBe(2);
  const english = huibao(['fill', '报告.txt', '--values', values, '--locale', 'en'], { cwd: dir });
  expect(english.stderr.split('\n')[en.index]).toBe(`huibao: ${en.line}`);
  expect(english.status).toBe(2);
  expect(readFileSync(join(dir, '报告.txt')).equals(Buffer.from(REPORT))).toBe(true);
  expect(readdirSync(dir).filter((f) => f.includes('报告'))).toEqual(['报告.txt']);
}

describe('huibao placeholders --format xlsx', () => {
  it('writes one row per placeholder, the gap marked, an empty 填写值, under a frozen header', async () => {
    const { sheet, workbook } = await exported();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['待填清单']);
    expect(rowValues(sheet)).toEqual([
      ['序号', '章节', '类型', '单位', '上下文', '填写值'],
      [1, '一（一）', '数字', '家', '全镇共排查企业【待填】家，整改隐患*处。', ''],
      [2, '一（一）', '数字', '处', '全镇共排查企业*家，整改隐患【待填】处。', ''],
      [3, '二', '名称', '', '【待填】村完成改厕*户，2024年*月通过验收。', ''],
      [4, '二', '数字', '户', '*村完成改厕【待填】户，2024年*月通过验收。', ''],
      [5, '二', '日期', '', '*村完成改厕*户，2024年【待填】月通过验收。', ''],
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.autoFilter).toBeTruthy();
    // Widths count a Chinese character as two: 上下文 is wide (capped, wrapped), 序号 narrow.
    const widths = sheet.columns.map((c) => c.width ?? 0);
    expect(widths[4]).toBeGreaterThanOrEqual(40);
    expect(widths[4]).toBeLessThanOrEqual(60);
    expect(widths[0]).toBeLessThan(10);
    expect(sheet.getColumn(5).alignment?.wrapText).toBe(true);
    // Number places warn on text; name and date places take anything.
    const validation = (row: number) => sheet.getCell(row, 6).dataValidation;
    expect(validation(2)).toMatchObject({ type: 'decimal', errorStyle: 'warning', showErrorMessage: true });
    expect(validation(5)).toMatchObject({ type: 'decimal' });
    expect(validation(4)?.type).toBeUndefined();
  });

  it('groups the rows by 责任科室 when the config maps sections (by place or title word) to offices', async () => {
    // 乡村振兴 matches the title of 二; 一 the place of 一 and so of 一（一） below it.
    const { sheet } = await exported({ departments: { 乡村振兴: '农业农村办', 一: '安监办' } });
    expect(rowValues(sheet).map((r) => r.slice(0, 3))).toEqual([
      ['序号', '责任科室', '章节'],
      [1, '安监办', '一（一）'],
      [2, '安监办', '一（一）'],
      [3, '农业农村办', '二'],
      [4, '农业农村办', '二'],
      [5, '农业农村办', '二'],
    ]);
  });

  it('prints on A4 landscape, one page wide, the header row on every page, long text wrapped', async () => {
    // An office name wider than the cap wraps too; short columns do not.
    const { dir, sheet } = await exported({ departments: { 一: '县应急管理局安全生产基础股和危险化学品安全监督管理股联合工作组' } });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    // As Excel and LibreOffice read it: the print titles are a defined name of the workbook.
    const xml = await (await JSZip.loadAsync(readFileSync(join(dir, '待填清单.xlsx')))).file('xl/workbook.xml')!.async('string');
    expect(xml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;待填清单&apos;!$1:$1</definedName>');
    const wraps = sheet.columns.map((c) => c.alignment?.wrapText === true);
    const header = rowValues(sheet)[0]!;
    expect(header.filter((_, i) => wraps[i])).toEqual(['责任科室', '上下文']);
  });

  it('needs -o, and never overwrites a file', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '报告.txt'), REPORT);
    const run = huibao(['placeholders', '报告.txt', '--format', 'xlsx'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('huibao: --format xlsx 需要用 -o 指定输出文件，如 -o 待填清单.xlsx\n');
    writeFileSync(join(dir, '已有.xlsx'), 'mine');
    expect(huibao(['placeholders', '报告.txt', '-f', 'xlsx', '-o', '已有.xlsx'], { cwd: dir }).status).toBe(2);
    expect(readFileSync(join(dir, '已有.xlsx'), 'utf8')).toBe('mine');
  });
});

describe('huibao fill --values 收回.xlsx', () => {
  it('fills numbers typed as numbers or text, and checks a month', async () => {
    const { dir, workbook, sheet } = await exported();
    const values: Record<number, unknown> = { 1: 12, 2: '3', 3: '东风', 4: 1.5, 5: 13 };
    sheet.eachRow((row, n) => {
      if (n > 1) row.getCell(6).value = values[Number(row.getCell(1).value)] as ExcelJS.CellValue;
    });
    await workbook.xlsx.writeFile(join(dir, '收回.xlsx'));
    const run = huibao(['fill', '报告.txt', '--values', '收回.xlsx'], { cwd: dir });
    expect(run.stderr).toContain('huibao: 收回.xlsx 第 6 行：第 5 处待填应为月份（1～12），「13」不符，未填写');
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, '报告.txt'), 'utf8')).toContain('全镇共排查企业12家，整改隐患3处。\n二、推进乡村振兴\n东风村完成改厕1.5户，2024年*月通过验收。');
  });

  it('refuses a workbook with a second sheet, or merged cells, naming them; nothing is written', async () => {
    const { dir, workbook, sheet } = await exported();
    sheet.getCell(2, 6).value = 12;
    workbook.addWorksheet('说明');
    await workbook.xlsx.writeFile(join(dir, 'two.xlsx'));
    workbook.removeWorksheet(workbook.getWorksheet('说明')!.id);
    sheet.mergeCells('F2:F3');
    await workbook.xlsx.writeFile(join(dir, 'merged.xlsx'));
    const two = huibao(['fill', '报告.txt', '--values', 'two.xlsx'], { cwd: dir });
    expect(two.status).toBe(2);
    expect(two.stderr).toBe('huibao: two.xlsx：含 2 个工作表（待填清单、说明），无法确定填写的是哪一张；请只保留待填清单那一张\n');
    const merged = huibao(['fill', '报告.txt', '--values', 'merged.xlsx'], { cwd: dir });
    expect(merged.status).toBe(2);
    expect(merged.stderr).toBe('huibao: merged.xlsx 第 2 行 F 列（填写值）：在合并单元格 F2:F3 中，无法确定数值属于哪一处；请取消合并后再填写\n');
    writeFileSync(join(dir, 'bad.xlsx'), 'not a workbook');
    expect(huibao(['fill', '报告.txt', '--values', 'bad.xlsx'], { cwd: dir }).stderr).toBe('huibao: bad.xlsx：不是可读的 Excel 工作簿（.xlsx）\n');
    expect(readFileSync(join(dir, '报告.txt'), 'utf8')).toBe(REPORT);
    expect(readdirSync(dir).filter((f) => f.includes('报告'))).toEqual(['报告.txt']);
  });

  it('refuses a value in a range merged over 填写值 or 序号, naming each row and column; nothing is written', async () => {
    const { dir, workbook, sheet } = await exported();
    // Across 填写值 and the column to its right, and 序号 across two rows.
    sheet.getCell('F2').value = 12;
    sheet.mergeCells('F2:G2');
    sheet.getCell('F3').value = 3;
    sheet.mergeCells('A5:A6');
    await workbook.xlsx.writeFile(join(dir, 'merged.xlsx'));
    expectRefused(
      dir,
      'merged.xlsx',
      [
        'merged.xlsx 第 2 行 F 列（填写值）：在合并单元格 F2:G2 中，无法确定数值属于哪一处；请取消合并后再填写',
        'merged.xlsx 第 5 行 A 列（序号）：在合并单元格 A5:A6 中，无法确定数值属于哪一处；请取消合并后再填写',
      ],
      { index: 0, line: 'merged.xlsx row 2, column F (填写值): part of the merged cells F2:G2; which place a value belongs to cannot be told: unmerge them' },
    );
  });

  it('fills as usual when cells are merged only where fill reads nothing (章节 over a group of rows)', async () => {
    const { dir, workbook, sheet } = await exported();
    sheet.mergeCells('B2:B3');
    sheet.getCell('F2').value = 12;
    sheet.getCell('F3').value = 3;
    await workbook.xlsx.writeFile(join(dir, '收回.xlsx'));
    const run = huibao(['fill', '报告.txt', '--values', '收回.xlsx'], { cwd: dir });
    expect(run.stderr).toBe('huibao: 已填写 报告.txt：2 处；尚余 3 处待填\nhuibao: 尚未填写：3, 4, 5\n');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, '报告.txt'), 'utf8')).toContain('全镇共排查企业12家，整改隐患3处。');
  });

  it('refuses a value typed beside an empty 填写值, naming its row and column; nothing is written', async () => {
    const { dir, workbook, sheet } = await exported();
    sheet.getCell('G1').value = '备注';
    sheet.getCell('D2').value = 12; // over the unit 家
    sheet.getCell('H4').value = '东风'; // a column without a header
    sheet.getCell('G6').value = '6'; // a month, in the office's own 备注 column
    sheet.getCell('F5').value = 1.5; // in its place, and still not written
    await workbook.xlsx.writeFile(join(dir, '收回.xlsx'));
    expectRefused(
      dir,
      '收回.xlsx',
      [
        '收回.xlsx 第 2 行 D 列（单位）：有「12」，而第 1 处待填的填写值（F 列）为空；数值应填在 F 列',
        '收回.xlsx 第 4 行 H 列（无列名）：有「东风」，而第 3 处待填的填写值（F 列）为空；数值应填在 F 列',
        '收回.xlsx 第 6 行 G 列（备注）：有「6」，而第 5 处待填的填写值（F 列）为空；数值应填在 F 列',
      ],
      { index: 1, line: '收回.xlsx row 4, column H (no header): holds “东风” while the value of placeholder 3 (column F) is empty; values go in column F' },
    );
  });

  it('takes a note in a column the office added, or an empty row, as a gap still to fill', async () => {
    const { dir, workbook, sheet } = await exported();
    sheet.getCell('G1').value = '备注';
    sheet.getCell('G2').value = '数据未出';
    sheet.getCell('G4').value = '待村里确认';
    sheet.getCell('F3').value = 3;
    await workbook.xlsx.writeFile(join(dir, '收回.xlsx'));
    const run = huibao(['fill', '报告.txt', '--values', '收回.xlsx'], { cwd: dir });
    expect(run.stderr).toBe('huibao: 已填写 报告.txt：1 处；尚余 4 处待填\nhuibao: 尚未填写：1, 3, 4, 5\n');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, '报告.txt'), 'utf8')).toContain('全镇共排查企业*家，整改隐患3处。');
  });
});
