/**
 * Word out: `fill` and `lint --fix` on a .docx write a copy (or, with
 * --in-place, the original after a backup), changing only the text of the runs
 * that held the marks or the slips, as plain edits or as tracked changes by 汇报.
 * Files Huibao must not write are refused with one line, nothing written.
 * (LibreOffice reads the results in test/e2e/office.)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { huibao, iconv, json, workspace } from './helpers.js';
import { asMacroEnabled, docxPart, docxParts, draftReport, heading, markupOnly, para, runTexts, wordDocument } from './word.js';

type Diagnostic = { ruleId: string; message: string; data?: Record<string, unknown> };
type Run = { files: Array<{ diagnostics: Diagnostic[] }> };

const CONFIG = JSON.stringify({ placeholders: { marks: ['××'] } });

async function draftWorkspace(): Promise<{ dir: string; original: Buffer }> {
  const dir = workspace();
  const original = await draftReport();
  writeFileSync(join(dir, '报告.docx'), original);
  writeFileSync(join(dir, '.huibaorc.json'), CONFIG);
  return { dir, original };
}

/** The values file as an office returns it: the exported sheet with 填写值 typed in by row number. */
async function filledSheet(dir: string, values: Record<number, string | number>): Promise<string> {
  expect(huibao(['placeholders', '报告.docx', '--format', 'xlsx', '-o', '待填清单.xlsx'], { cwd: dir }).status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, '待填清单.xlsx'));
  const sheet = workbook.worksheets[0]!;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const value = values[Number(row.getCell(1).value)];
    if (value !== undefined) row.getCell(6).value = value;
  });
  await workbook.xlsx.writeFile(join(dir, '收回.xlsx'));
  return '收回.xlsx';
}

const lintJson = (dir: string, file: string) => json<Run>(huibao(['lint', file, '--format', 'json'], { cwd: dir }).stdout).files[0]!.diagnostics;

describe('huibao fill 报告.docx', () => {
  it('writes the values into a copy, in the runs that held the marks, and leaves the original as it was', async () => {
    const { dir, original } = await draftWorkspace();
    const values = await filledSheet(dir, { 1: 12, 2: '7', 3: '1,200', 4: '3.5', 5: '2.1' });
    const run = huibao(['fill', '报告.docx', '--values', values], { cwd: dir });
    expect(run.stderr).toContain('huibao: 已填写 报告.docx：5 处；尚余 0 处待填');
    expect(run.stderr).toContain('huibao: 已写入 报告.filled.docx（原文件未改动）');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, '报告.docx')).equals(original)).toBe(true);

    const filled = readFileSync(join(dir, '报告.filled.docx'));
    const before = await docxParts(original);
    const after = await docxParts(filled);
    // Every part but the main document is the same text; in it, only the texts of runs changed.
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...before.keys()].filter((name) => name !== 'word/document.xml').length).toBeGreaterThan(0);
    for (const [name, text] of before) if (name !== 'word/document.xml') expect(after.get(name), name).toBe(text);
    const xmlBefore = before.get('word/document.xml')!;
    const xmlAfter = after.get('word/document.xml')!;
    expect(markupOnly(xmlAfter)).toBe(markupOnly(xmlBefore));
    const changed = runTexts(xmlBefore).flatMap((text, i) => (text === runTexts(xmlAfter)[i] ? [] : [[text, runTexts(xmlAfter)[i]]]));
    // The bold run that held *, the red and blue runs that held ×× between them, the plain run, the cell, the text box.
    expect(changed).toEqual([
      ['*', '12'],
      ['×', '7'],
      ['×处。', '处。'],
      ['共拆除违法建筑*平方米。', '共拆除违法建筑1,200平方米。'],
      ['*', '3.5'],
      ['文本框：计划完成投资*万元。', '文本框：计划完成投资2.1万元。'],
    ]);
    expect(xmlAfter).toContain('<w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">12</w:t>');

    // Linted again: nothing left to fill, the rest as before.
    const left = lintJson(dir, '报告.filled.docx');
    expect(left.filter((d) => d.ruleId === 'placeholder')).toEqual([]);
    expect(left.map((d) => d.ruleId)).toEqual(['confusable']);
  });

  it('--track-changes: each value is a revision by 汇报 (old mark deleted, value inserted) that Word can accept or reject', async () => {
    const { dir } = await draftWorkspace();
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ 1: '12', 3: '1200' }));
    const run = huibao(['fill', '报告.docx', '--values', 'v.json', '--track-changes'], { cwd: dir });
    expect(run.status).toBe(0);
    const xml = await docxPart(readFileSync(join(dir, '报告.filled.docx')));
    const revisions = [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]+)" w:date="([^"]+)">(.*?)<\/w:\1>/g)];
    expect(revisions.map((m) => [m[1], m[3], m[5]!.replace(/<w:rPr>.*?<\/w:rPr>/, '')])).toEqual([
      ['del', '汇报', '<w:r><w:delText>*</w:delText></w:r>'],
      ['ins', '汇报', '<w:r><w:t>12</w:t></w:r>'],
      ['del', '汇报', '<w:r><w:delText>*</w:delText></w:r>'],
      ['ins', '汇报', '<w:r><w:t>1200</w:t></w:r>'],
    ]);
    // The inserted run has the bold formatting of the run it replaces; ids are unique; dates are ISO 8601.
    expect(revisions[1]![5]).toContain('<w:b/>');
    expect(new Set(revisions.map((m) => m[2])).size).toBe(4);
    for (const m of revisions) expect(m[4]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // As the document now reads (insertions in, deletions out): two places filled, three left.
    expect(lintJson(dir, '报告.filled.docx').filter((d) => d.ruleId === 'placeholder')).toHaveLength(3);
  });

  it('--in-place: the original goes to a backup first, then is replaced; an older backup is kept', async () => {
    const { dir, original } = await draftWorkspace();
    writeFileSync(join(dir, '报告.backup.docx'), 'an older backup');
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ 3: '1200' }));
    const run = huibao(['fill', '报告.docx', '--values', 'v.json', '--in-place'], { cwd: dir });
    expect(run.stderr).toContain('huibao: 已写回 报告.docx，原文件备份为 报告.backup-2.docx');
    expect(readFileSync(join(dir, '报告.backup-2.docx')).equals(original)).toBe(true);
    expect(readFileSync(join(dir, '报告.backup.docx'), 'utf8')).toBe('an older backup');
    expect(await docxPart(readFileSync(join(dir, '报告.docx')))).toContain('共拆除违法建筑1200平方米。');
    expect(existsSync(join(dir, '报告.filled.docx'))).toBe(false);
  });

  it('reports a value that does not fit its place with its row, and does not write it', async () => {
    const { dir } = await draftWorkspace();
    const values = await filledSheet(dir, { 1: '十几', 2: '12处', 3: '1200' });
    const run = huibao(['fill', '报告.docx', '--values', values], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('huibao: 收回.xlsx 第 2 行：第 1 处待填应为数字（如 12、3.5、2.1万），「十几」不符，未填写');
    expect(run.stderr).toContain('huibao: 收回.xlsx 第 3 行：第 2 处待填应为数字（如 12、3.5、2.1万），「12处」不符，未填写');
    expect(run.stderr).toContain('huibao: 尚未填写：1, 2, 4, 5');
    const xml = await docxPart(readFileSync(join(dir, '报告.filled.docx')));
    expect(xml).toContain('共拆除违法建筑1200平方米。');
    expect(runTexts(xml)).toContain('*');
  });

  it('reads CSV values saved as GBK (Excel on Chinese Windows) and as UTF-8 with BOM', async () => {
    for (const encoding of ['gbk', 'utf-8-bom'] as const) {
      const { dir } = await draftWorkspace();
      const csv = '序号,章节,类型,单位,上下文,填写值\r\n3,一（二）,数字,平方米,共拆除违法建筑【待填】平方米。,"1,200"\r\n';
      writeFileSync(join(dir, '收回.csv'), encoding === 'gbk' ? iconv.encode(csv, 'gbk') : Buffer.from(`\ufeff${csv}`));
      const run = huibao(['fill', '报告.docx', '--values', '收回.csv'], { cwd: dir });
      expect(run.stderr, encoding).toContain('已填写 报告.docx：1 处');
      expect(await docxPart(readFileSync(join(dir, '报告.filled.docx')))).toContain('共拆除违法建筑1,200平方米。');
    }
  });

  it('with nothing to fill writes nothing; an existing copy is never overwritten', async () => {
    const { dir, original } = await draftWorkspace();
    writeFileSync(join(dir, 'empty.json'), JSON.stringify({ 1: '' }));
    const nothing = huibao(['fill', '报告.docx', '--values', 'empty.json'], { cwd: dir });
    expect(nothing.stderr).toContain('报告.docx：没有可填写的值，文件未改动');
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual(['报告.docx']);
    writeFileSync(join(dir, '报告.filled.docx'), 'mine');
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ 1: '3' }));
    const refused = huibao(['fill', '报告.docx', '--values', 'v.json'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('报告.filled.docx 已存在，未覆盖；请删除它或用 -o 指定其他文件');
    expect(readFileSync(join(dir, '报告.filled.docx'), 'utf8')).toBe('mine');
    expect(readFileSync(join(dir, '报告.docx')).equals(original)).toBe(true);
    const named = huibao(['fill', '报告.docx', '--values', 'v.json', '-o', '第二稿.docx'], { cwd: dir });
    expect(named.stderr).toContain('已写入 第二稿.docx');
  });
});

describe('huibao lint --fix 报告.docx', () => {
  it('applies the safe fixes into 报告.fixed.docx, keeping the runs; the original is untouched; a second run has nothing to do', async () => {
    const { dir, original } = await draftWorkspace();
    const run = huibao(['lint', '--fix', '报告.docx'], { cwd: dir });
    expect(run.stderr).toContain('huibao: 已修复 报告.docx：1 处');
    expect(run.stderr).toContain('huibao: 已写入 报告.fixed.docx（原文件未改动）');
    expect(readFileSync(join(dir, '报告.docx')).equals(original)).toBe(true);
    const before = await docxPart(original);
    const after = await docxPart(readFileSync(join(dir, '报告.fixed.docx')));
    expect(markupOnly(after)).toBe(markupOnly(before));
    expect(runTexts(after).filter((text, i) => text !== runTexts(before)[i])).toEqual(['截至目前，共排查企业']);
    expect(lintJson(dir, '报告.fixed.docx').filter((d) => d.ruleId === 'confusable')).toEqual([]);
    const again = huibao(['lint', '--fix', '报告.fixed.docx'], { cwd: dir });
    expect(again.stderr).not.toContain('已修复');
    expect(existsSync(join(dir, '报告.fixed.fixed.docx'))).toBe(false);
  });

  it('a slip split over runs of different formatting is fixed in the first run; --track-changes makes it a revision', async () => {
    const dir = workspace();
    const { TextRun } = await import('docx');
    writeFileSync(join(dir, 'a.docx'), await wordDocument([heading(0, '总体情况'), para(new TextRun({ text: '截', bold: true }), new TextRun({ text: '止目前', italics: true }), '，全镇无事故。')]));
    huibao(['lint', '--fix', 'a.docx'], { cwd: dir });
    const fixed = await docxPart(readFileSync(join(dir, 'a.fixed.docx')));
    // 截止 spans both runs: the bold run now holds 截至, the italic one keeps 目前.
    expect(runTexts(fixed).slice(-3)).toEqual(['截至', '目前', '，全镇无事故。']);
    huibao(['lint', '--fix', '--track-changes', '--in-place', 'a.docx'], { cwd: dir });
    const tracked = await docxPart(readFileSync(join(dir, 'a.docx')));
    const revision = (kind: string) => `<w:${kind} w:id="\\d+" w:author="汇报" w:date="[^"]+">`;
    const bold = '<w:rPr><w:b/><w:bCs/></w:rPr>';
    const italic = '<w:rPr><w:i/><w:iCs/></w:rPr>';
    expect(tracked).toMatch(
      new RegExp(
        `${revision('del')}<w:r>${bold}<w:delText>截</w:delText></w:r></w:del>${revision('ins')}<w:r>${bold}<w:t>截至</w:t></w:r></w:ins>` +
          `${revision('del')}<w:r>${italic}<w:delText>止</w:delText></w:r></w:del><w:r>${italic}<w:t>目前</w:t></w:r>`,
      ),
    );
    expect(lintJson(dir, 'a.docx').filter((d) => d.ruleId === 'confusable')).toEqual([]);
    expect(readFileSync(join(dir, 'a.backup.docx')).length).toBeGreaterThan(0);
  });
});

describe('Word files Huibao must not write', () => {
  it('a macro-enabled document (.docm): linted, but fill and --fix refuse, nothing written', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '报告.docm'), await asMacroEnabled(await draftReport()));
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ 1: '3' }));
    expect(huibao(['lint', '报告.docm'], { cwd: dir }).stdout).toContain('“截止”应为“截至”');
    const fill = huibao(['fill', '报告.docm', '--values', 'v.json'], { cwd: dir });
    expect(fill.status).toBe(2);
    expect(fill.stderr).toBe('huibao: 报告.docm：含宏（.docm），为安全起见不写入；请另存为不含宏的 .docx 后再填写或修复\n');
    const fix = huibao(['lint', '--fix', '报告.docm'], { cwd: dir });
    expect(fix.status).toBe(2);
    expect(fix.stderr).toContain('报告.docm：含宏（.docm），为安全起见不写入');
    expect(readdirSync(dir).sort()).toEqual(['v.json', '报告.docm']);
  });

  it.each([
    ['password-protected', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), '是受密码保护（加密）的文档'],
    ['truncated', 'truncated', '文件已损坏（ZIP 包不完整或内容无法解析）'],
  ])('a %s file: fill says why, exit 2, nothing written', async (_name, bytes, message) => {
    const dir = workspace();
    writeFileSync(join(dir, '报告.docx'), bytes === 'truncated' ? (await draftReport()).subarray(0, 2500) : bytes);
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ 1: '3' }));
    const run = huibao(['fill', '报告.docx', '--values', 'v.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`huibao: 报告.docx：${message}`);
    expect(readdirSync(dir).sort()).toEqual(['v.json', '报告.docx']);
  });
});
