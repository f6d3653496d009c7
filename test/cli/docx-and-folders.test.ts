/**
 * Word documents (made here with the `docx` package) located by paragraph
 * number and snippet, --fix writing a copy; and a folder of 200 reports linted
 * on all cores with the same result as one by one.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { fixture, huibao, json, noFigures, workspace } from './helpers.js';

type Run = {
  files: Array<{ path: string; diagnostics: Array<{ ruleId: string; line: number; column: number; text: string; data?: Record<string, unknown> }> }>;
  summary: { errors: number; warnings: number; infos: number; fixable: number };
};

async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
  return Packer.toBuffer(doc);
}

describe('.docx', () => {
  it('locates findings by paragraph number and a quoted snippet', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'report.docx'), await makeDocx(['某镇工作汇报', '一、抓好安全生产', '截止目前，*镇排查企业12家。']));
    const run = huibao(['lint', 'report.docx'], { cwd: dir });
    expect(run.status).toBe(0);
    // The third paragraph; a snippet is the 10 characters from the finding on (截止目前，*镇排查企), then …
    expect(run.stdout).toMatch(/第 3 段「截止目前，\*镇排查企…」 +警告 +“截止”应为“截至”/);
    expect(run.stdout).toMatch(/第 3 段「\*镇排查企业12家。」 +警告 +名称待填/);
    const result = json<Run>(huibao(['lint', 'report.docx', '--format', 'json'], { cwd: dir }).stdout);
    const confusable = result.files[0]!.diagnostics.find((d) => d.ruleId === 'confusable');
    expect(confusable?.data).toMatchObject({ docxParagraph: 3, docxSnippet: '截止目前，*镇排查企…' });
  });

  it('--fix writes the fixes into a copy and leaves the original as it was', async () => {
    const dir = workspace();
    const bytes = await makeDocx(['截止目前，全镇排查企业12家。']);
    writeFileSync(join(dir, 'report.docx'), bytes);
    const run = huibao(['lint', '--fix', 'report.docx'], { cwd: dir });
    expect(run.stderr).toContain('huibao: 已写入 report.fixed.docx（原文件未改动）');
    expect(readFileSync(join(dir, 'report.docx')).equals(bytes)).toBe(true);
    expect(huibao(['lint', 'report.fixed.docx'], { cwd: dir }).stdout).not.toContain('confusable');
  });
});

describe('folders', () => {
  it('lints a folder of 200 reports in parallel with the same findings as one file alone', () => {
    const dir = workspace();
    const small = readFileSync(fixture('small.md'));
    for (let i = 0; i < 200; i++) {
      const sub = join(dir, 'reports', `town-${String(i % 10)}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `report-${String(i).padStart(3, '0')}.md`), small);
    }
    // Not reports: skipped by extension, and node_modules never searched.
    writeFileSync(join(dir, 'reports', 'notes.json'), '{}');
    mkdirSync(join(dir, 'reports', 'node_modules'));
    writeFileSync(join(dir, 'reports', 'node_modules', 'x.md'), small);

    const one = json<Run>(huibao(['lint', fixture('small.md'), '--format', 'json']).stdout);
    const run = huibao(['lint', 'reports', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    const all = json<Run>(run.stdout);
    expect(all.files).toHaveLength(200);
    expect(all.files.map((f) => f.path)).toEqual([...all.files.map((f) => f.path)].sort());
    for (const file of all.files) expect(file.diagnostics).toEqual(one.files[0]!.diagnostics);
    expect(all.summary).toEqual({ errors: 0, warnings: 600, infos: 0, fixable: 400, figures: noFigures });
  });

  it('honours --ignore-pattern and config ignore globs', () => {
    const dir = workspace();
    const small = readFileSync(fixture('small.md'));
    for (const name of ['a.md', 'drafts/b.md', 'old/c.txt']) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), small);
    }
    writeFileSync(join(dir, '.huibaorc.json'), JSON.stringify({ ignore: ['old/**'] }));
    const run = huibao(['lint', '.', '--ignore-pattern', 'drafts/**', '--format', 'json'], { cwd: dir });
    expect(json<Run>(run.stdout).files.map((f) => f.path)).toEqual(['a.md']);
  });
});
