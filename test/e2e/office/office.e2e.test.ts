/**
 * The office round trip read by other programs: LibreOffice opens what fill and
 * lint --fix write (and re-saves a report as its own .docx, which Huibao must
 * read with its list numbers) and prints the 待填 workbook to PDF, Chromium
 * renders, prints and photographs the 校对报告. Run by run.mjs, which installs both from Debian's packages.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huibao, json, root, workspace } from '../../cli/helpers.js';
import { draftReport } from '../../cli/word.js';

type Diagnostic = { ruleId: string; category: string; message: string; range: { start: { offset: number } } };
type Run = { files: Array<{ diagnostics: Diagnostic[] }> };

/** Where the screenshot and PDF are kept for a person to look at. */
const OUT = join(root, 'test/artifacts/office');

/** LibreOffice's own reading of a document, as plain text, or the path of its conversion (its profile in a temp folder, nothing in ~). */
function libreOffice(dir: string, file: string, to: 'txt:Text' | 'docx:MS Word 2007 XML' | 'pdf' = 'txt:Text'): string {
  const outdir = join(dir, 'lo');
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', to, '--outdir', outdir, join(dir, file)], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  const extension = to.split(':')[0]!;
  const converted = join(outdir, file.replace(/\.[^.]+$/, `.${extension}`));
  expect(existsSync(converted), `${converted}: ${result.stdout}${result.stderr}`).toBe(true);
  return extension === 'txt' ? readFileSync(converted, 'utf8').replace(/^\ufeff/, '') : converted;
}

async function draft(): Promise<string> {
  const dir = workspace();
  writeFileSync(join(dir, '报告.docx'), await draftReport());
  writeFileSync(join(dir, '.huibaorc.json'), JSON.stringify({ placeholders: { marks: ['××'] } }));
  return dir;
}

describe('LibreOffice reads what Huibao writes', () => {
  it('a filled copy: the same text as the original with the values in the marks, and nothing left to fill', async () => {
    const dir = await draft();
    expect(huibao(['placeholders', '报告.docx', '-f', 'xlsx', '-o', '清单.xlsx'], { cwd: dir }).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, '清单.xlsx'));
    const values = ['12', '7', '1,200', '3.5', '2.1'];
    workbook.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) row.getCell(6).value = values[n - 2]!;
    });
    await workbook.xlsx.writeFile(join(dir, '收回.xlsx'));
    expect(huibao(['fill', '报告.docx', '--values', '收回.xlsx'], { cwd: dir }).status).toBe(0);

    const original = libreOffice(dir, '报告.docx');
    const filled = libreOffice(dir, '报告.filled.docx');
    // LibreOffice's text export leaves text boxes out; the four other marks, in order.
    let expected = original;
    for (const [mark, value] of [['*', '12'], ['××', '7'], ['*', '1,200'], ['*', '3.5']] as const) expected = expected.replace(mark, value);
    expect(filled).toBe(expected);
    expect(filled).toContain('截止目前，共排查企业12家，整改隐患7处。');
    expect(filled).toContain('一、');
    // Linted again as LibreOffice reads it: no gap left.
    writeFileSync(join(dir, 'lo.txt'), filled);
    const left = json<Run>(huibao(['lint', 'lo.txt', '--format', 'json'], { cwd: dir }).stdout).files[0]!.diagnostics;
    expect(left.filter((d) => d.ruleId === 'placeholder')).toEqual([]);
  });

  it('a fixed copy and a tracked-changes copy open; the fix is the only change', async () => {
    const dir = await draft();
    expect(huibao(['lint', '--fix', '报告.docx'], { cwd: dir }).status).toBe(0);
    const original = libreOffice(dir, '报告.docx');
    expect(libreOffice(dir, '报告.fixed.docx')).toBe(original.replace('截止目前', '截至目前'));
    copyFileSync(join(dir, '报告.docx'), join(dir, '修订.docx'));
    huibao(['lint', '--fix', '--track-changes', '--in-place', '修订.docx'], { cwd: dir });
    // LibreOffice shows a document with revisions: the deleted and the inserted text both.
    expect(libreOffice(dir, '修订.docx')).toContain('截止截至目前');
  });

  it('the 待填 list (Calc) prints on A4 landscape, one page wide, though its columns are wider than the page', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '报告.txt'), ['一、抓好安全生产', '全镇共排查企业*家，整改隐患*处。', '二、推进乡村振兴', '*村完成改厕*户，2024年*月通过验收。', ''].join('\n'));
    // Office names as long as real ones get: unscaled, the columns would run onto a second page across.
    const office = '县应急管理局安全生产基础股和危险化学品安全监督管理股联合工作组';
    writeFileSync(join(dir, '.huibaorc.json'), JSON.stringify({ departments: { 一: office, 二: `${office}（乡村振兴）` } }));
    expect(huibao(['placeholders', '报告.txt', '-f', 'xlsx', '-o', '清单.xlsx'], { cwd: dir }).status).toBe(0);
    const pdf = readFileSync(libreOffice(dir, '清单.xlsx', 'pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // Five rows: one page tall, and so one page in all only when it is one page wide.
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    // A4 landscape in points: 297 mm × 210 mm.
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([842, 595]);
  });

  it('a report LibreOffice saved as .docx is read with its list numbers', async () => {
    const dir = await draft();
    const saved = libreOffice(dir, '报告.docx', 'docx:MS Word 2007 XML');
    copyFileSync(saved, join(dir, 'lo.docx'));
    const outline = huibao(['outline', 'lo.docx'], { cwd: dir }).stdout;
    expect(outline).toContain('├─ 一、抓好安全生产');
    expect(outline).toContain('│  ├─ （一）开展隐患排查');
    expect(outline).toContain('│  └─ （二）整治违法建设');
    expect(outline).toContain('└─ 二、下半年工作打算');
  });
});

describe('the 校对报告 in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => browser?.close());

  it('shows the text with every finding highlighted and numbered, the counts by category, and prints on A4', async () => {
    const dir = await draft();
    const run = huibao(['report', '报告.docx', '-o', '校对报告.html'], { cwd: dir });
    expect(run.status).toBe(0);
    const findings = json<Run>(huibao(['lint', '报告.docx', '--format', 'json'], { cwd: dir }).stdout).files[0]!.diagnostics;
    expect(findings.length).toBeGreaterThanOrEqual(6);
    const html = readFileSync(join(dir, '校对报告.html'), 'utf8');
    // Self-contained: nothing is fetched.
    expect(html).not.toMatch(/<(script|link)\b|src=|url\(/);

    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${join(dir, '校对报告.html')}`);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(await page.title()).toBe('校对报告：报告.docx');

    for (const category of ['待填', '数据', '结构', '用词', '标点']) {
      const shown = await page.locator(`.summary .count[data-category="${category}"] .value`).innerText();
      expect(Number(shown), category).toBe(findings.filter((d) => d.category === category).length);
    }
    // One number in the margin, one in the text and one row per finding, in text order.
    expect(await page.locator('.margin a.badge').count()).toBe(findings.length);
    expect(await page.locator('.document a.ref').count()).toBe(findings.length);
    expect(await page.locator('table.findings tbody tr').count()).toBe(findings.length);
    const covered = new Set((await page.locator('mark.hl').evaluateAll((marks) => marks.flatMap((m) => (m.getAttribute('data-f') ?? '').split(' ')))).map(Number));
    expect([...covered].sort((a, b) => a - b)).toEqual(findings.map((_, i) => i + 1));
    // The slip is highlighted as written, and its row names the rule's basis.
    const confusable = findings.findIndex((d) => d.ruleId === 'confusable') + 1;
    expect(await page.locator(`mark.hl[data-f~="${confusable}"]`).first().innerText()).toBe('截止');
    expect(await page.locator(`#f${confusable} .basis`).innerText()).toContain('现代汉语词典');
    expect(await page.locator(`#f${confusable} .place`).innerText()).toBe('第 4 段');
    // Highlights are visibly coloured.
    const background = await page.locator('mark.hl.cat-fill').first().evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: join(OUT, 'report.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    // A4 is 595 × 842 points (Chromium writes 594.96 × 841.92).
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBe(pages);
    for (const box of boxes) expect(box).toEqual([595, 842]);
    await page.close();
  });
});
