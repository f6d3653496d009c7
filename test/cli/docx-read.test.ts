/**
 * Reading Word documents: Word's list numbers kept in headings, table rows and
 * text boxes read, footnotes and headers named as skipped, places given as
 * paragraph numbers with the paragraph quoted in every format, and files that
 * are not Word documents refused with a clear line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { huibao, json, workspace } from './helpers.js';
import { draftReport, heading, para, wordDocument } from './word.js';

type Diagnostic = { ruleId: string; message: string; data?: Record<string, unknown> };
type Run = { files: Array<{ path: string; diagnostics: Diagnostic[] }> };

async function withDocx(bytes: Buffer | Promise<Buffer>, name = 'report.docx'): Promise<string> {
  const dir = workspace();
  writeFileSync(join(dir, name), await bytes);
  return dir;
}

describe('Word list numbering', () => {
  it('keeps the numbers Word gives headings, so a typed 三、 after two numbered ones is no gap', async () => {
    const dir = await withDocx(
      wordDocument([heading(0, '抓好安全生产'), para('全年无事故。'), heading(0, '推进乡村振兴'), heading(1, '发展产业'), heading(1, '改善人居环境'), para('三、下半年工作打算')]),
    );
    const outline = huibao(['outline', 'report.docx'], { cwd: dir });
    expect(outline.stdout).toContain('├─ 一、抓好安全生产');
    expect(outline.stdout).toContain('│  ├─ （一）发展产业');
    expect(outline.stdout).toContain('│  └─ （二）改善人居环境');
    expect(outline.stdout).toContain('└─ 三、下半年工作打算');
    const run = json<Run>(huibao(['lint', 'report.docx', '--format', 'json'], { cwd: dir }).stdout);
    expect(run.files[0]!.diagnostics.filter((d) => d.ruleId.startsWith('heading'))).toEqual([]);
  });

  it('still finds a real gap among Word-numbered and typed headings', async () => {
    const dir = await withDocx(wordDocument([heading(0, '抓好安全生产'), heading(0, '推进乡村振兴'), para('四、下半年工作打算')]));
    const run = json<Run>(huibao(['lint', 'report.docx', '--format', 'json'], { cwd: dir }).stdout);
    const gaps = run.files[0]!.diagnostics.filter((d) => d.ruleId === 'heading-sequence');
    expect(gaps.map((d) => d.data?.docxParagraph)).toEqual([3]);
  });
});

describe('what a .docx holds', () => {
  it('reads table rows and text boxes, names footnotes and headers as not checked, and places findings by paragraph', async () => {
    const dir = await withDocx(draftReport());
    const run = huibao(['lint', 'report.docx'], { cwd: dir });
    expect(run.stderr).toContain('report.docx：未检查脚注 1 条、页眉页脚 2 处');
    // The table's second row, its cells joined as a plain-text table is written.
    expect(run.stdout).toMatch(/第 8 段（表 1 第 2 行）「\*」 +警告 +内容待填：新建道路（公里） \| \*/);
    expect(run.stdout).toMatch(/第 10 段（文本框）「\*万元。」 +警告 +数值待填/);
    expect(run.stdout).toMatch(/第 4 段「截止目前，共排查企业…」 +警告 +“截止”应为“截至”/);
    const placeholders = huibao(['placeholders', 'report.docx'], { cwd: dir }).stdout;
    expect(placeholders).toMatch(/1 +一（一） +数字 +家 +截止目前，共排查企业【待填】家/);
  });

  it('gives the paragraph and its text in JSON, SARIF and GitHub output', async () => {
    const dir = await withDocx(draftReport());
    const result = json<Run>(huibao(['lint', 'report.docx', '--format', 'json'], { cwd: dir }).stdout);
    const confusable = result.files[0]!.diagnostics.find((d) => d.ruleId === 'confusable')!;
    expect(confusable.data).toMatchObject({
      docxParagraph: 4,
      docxSnippet: '截止目前，共排查企业…',
      docxParagraphText: '截止目前，共排查企业*家，整改隐患××处。',
      docxPlace: { kind: 'body' },
    });
    const sarif = json<{ runs: Array<{ artifacts: Array<Record<string, unknown>>; results: Array<Record<string, any>> }> }>(
      huibao(['lint', 'report.docx', '--format', 'sarif'], { cwd: dir }).stdout,
    );
    const sarifRun = sarif.runs[0]!;
    expect(sarifRun.artifacts[0]).toMatchObject({ mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const sarifResult = sarifRun.results.find((r) => r.ruleId === "confusable")!;
    const { region } = sarifResult.locations[0].physicalLocation;
    expect(region.snippet.text).toBe('截止目前，共排查企业*家，整改隐患××处。');
    expect(region.message.text).toBe('第 4 段「截止目前，共排查企业…」');
    expect(region.startLine).toBeUndefined();
    expect(sarifResult.locations[0].logicalLocations[0]).toMatchObject({ kind: 'element', name: '第 4 段' });
    expect(sarifResult.fixes).toBeUndefined();
    const github = huibao(['lint', 'report.docx', '--format', 'github'], { cwd: dir }).stdout;
    expect(github).toContain('title=confusable::第 4 段「截止目前，共排查企业…」：“截止”应为“截至”');
  });
});

describe('files that are not Word documents', () => {
  const cases: Array<[string, string, Buffer | (() => Promise<Buffer>)]> = [
    ['password-protected (an OLE container)', '是受密码保护（加密）的文档或旧版 .doc 文件', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['a truncated ZIP', '文件已损坏（ZIP 包不完整或内容无法解析）', async () => (await draftReport()).subarray(0, 3000)],
    ['plain text named .docx', '不是 Word 文档（.docx 应为 ZIP 包）', Buffer.from('一、总体情况\n')],
  ];
  it.each(cases)('%s: one clear line and exit 2', async (_name, message, bytes) => {
    const dir = await withDocx(typeof bytes === 'function' ? bytes() : bytes);
    const run = huibao(['lint', 'report.docx'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`huibao: report.docx：${message}${message.endsWith('件') ? '，无法读取；请在 Word 中取消密码或另存为 .docx' : ''}\n`);
  });
});
