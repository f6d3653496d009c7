/**
 * `huibao lint --enable auto|always|never` (the language server's
 * `huibao.enable`): files a folder or glob search finds are linted only when
 * they look like a Chinese report (auto, the default), all (always) or none
 * (never); a file named on the command line is always linted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { huibao, json, workspace } from './helpers.js';

type Run = { files: Array<{ path: string; diagnostics: Array<{ ruleId: string; line: number; column: number }> }>; summary: { warnings: number } };

const REPORT = '# 2025年工作总结\n\n一、主要工作\n\n今年完成产值100万元,同比增长5%。\n';
/** English with a few Han characters: linted, it has a finding (the half-width brackets), and *really* and 5 * 3 are no placeholders. */
const README = '# Project\n\nSee the 工作总结(2025) for the *really* long story: 5 * 3 = 15.\n';

const reportLines = ['', 'report.md', '  5:12  警告  中文里应使用全角标点“，”，此处为半角“,”（GB/T 15834-2011 §3.1）  punctuation', ''];
const readmeLines = ['', 'README.md', '  3:13  警告  中文里应使用全角括号“（）”，此处为半角“()”（GB/T 15834-2011 §4.9）  punctuation', ''];
const summary = (n: number) => [`✖ ${n} 个问题（0 个错误，${n} 个警告，0 个提示），其中 ${n} 个可自动修复（--fix）`, ''];

function folder(): string {
  const dir = workspace();
  writeFileSync(join(dir, 'report.md'), REPORT);
  writeFileSync(join(dir, 'README.md'), README);
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs/NOTES.md'), README);
  return dir;
}

describe('--enable: which files a folder or glob finds are linted', () => {
  it('auto (the default): a folder lints the report, skips the English READMEs and says so on stderr', () => {
    const dir = folder();
    const run = huibao(['lint', '.'], { cwd: dir });
    expect(run.stdout).toBe([...reportLines, ...summary(1)].join('\n'));
    expect(run.stderr).toBe('huibao: 跳过 2 个不像中文汇报的文件（--enable always 则一并检查）：README.md、docs/NOTES.md\n');
    expect(run.status).toBe(0);
    expect(huibao(['lint', '.', '--enable', 'auto'], { cwd: dir })).toEqual(run);
  });

  it('auto: the JSON run holds the report alone; a quoted glob is a search too', () => {
    const dir = folder();
    for (const args of [['.'], ['**/*.md']]) {
      const run = huibao(['lint', ...args, '--format', 'json', '--locale', 'en'], { cwd: dir });
      const result = json<Run>(run.stdout);
      expect(result.files.map((f) => f.path)).toEqual(['report.md']);
      expect(result.summary.warnings).toBe(1);
      expect(run.stderr).toBe('huibao: skipped 2 files that do not look like Chinese reports (--enable always checks them too): README.md, docs/NOTES.md\n');
      expect(run.status).toBe(0);
    }
  });

  it('auto: --fix on a folder leaves the README as it was', () => {
    const dir = folder();
    const run = huibao(['lint', '--fix', '.'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(README);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe(REPORT.replace('万元,', '万元，'));
  });

  it('a file named on the command line is linted whatever --enable says', () => {
    const dir = folder();
    for (const enable of [[], ['--enable', 'auto'], ['--enable', 'never']]) {
      const run = huibao(['lint', 'README.md', ...enable], { cwd: dir });
      expect(run.stdout).toBe([...readmeLines, ...summary(1)].join('\n'));
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    // Named beside a folder that also finds it: named wins.
    const both = huibao(['lint', '.', 'README.md', '--format', 'json'], { cwd: dir });
    expect(json<Run>(both.stdout).files.map((f) => f.path)).toEqual(['README.md', 'report.md']);
    expect(both.stderr).toBe('huibao: 跳过 1 个不像中文汇报的文件（--enable always 则一并检查）：docs/NOTES.md\n');
  });

  it('always lints every file found, the READMEs included', () => {
    const dir = folder();
    const run = huibao(['lint', '.', '--enable', 'always'], { cwd: dir });
    const notes = ['', 'docs/NOTES.md', readmeLines[2]!, ''];
    expect(run.stdout).toBe([...readmeLines.slice(0, -1), ...notes, ...reportLines.slice(1), ...summary(3)].join('\n'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('never lints nothing a search finds: exit 0 with the files named on stderr, yet a named file is linted', () => {
    const dir = folder();
    const run = huibao(['lint', '.', '--enable', 'never', '--format', 'json'], { cwd: dir });
    expect(json<Run>(run.stdout).files).toEqual([]);
    expect(run.stderr).toBe('huibao: 跳过目录或通配符找到的 3 个文件（--enable never）：README.md、docs/NOTES.md、report.md\n');
    expect(run.status).toBe(0);
    const named = huibao(['lint', 'docs', 'report.md', '--enable', 'never'], { cwd: dir });
    expect(named.stdout).toBe([...reportLines, ...summary(1)].join('\n'));
    expect(named.stderr).toBe('huibao: 跳过目录或通配符找到的 1 个文件（--enable never）：docs/NOTES.md\n');
  });

  it('auto: a config file up the folders makes every file under it a report, as in the language server', () => {
    const dir = folder();
    writeFileSync(join(dir, 'docs/.huibaorc.json'), '{}');
    const run = huibao(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(json<Run>(run.stdout).files.map((f) => f.path)).toEqual(['docs/NOTES.md', 'report.md']);
    expect(run.stderr).toBe('huibao: 跳过 1 个不像中文汇报的文件（--enable always 则一并检查）：README.md\n');
  });

  it('lists five skipped files and counts the rest', () => {
    const dir = workspace();
    for (let i = 1; i <= 7; i++) writeFileSync(join(dir, `r${i}.md`), README);
    const run = huibao(['lint', '.', '--locale', 'en'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('huibao: skipped 7 files that do not look like Chinese reports (--enable always checks them too): r1.md, r2.md, r3.md, r4.md, r5.md, …\n');
    expect(run.status).toBe(0);
  });

  it('rejects another value in one line, exit 2', () => {
    const run = huibao(['lint', '.', '--enable', 'sometimes'], { cwd: folder() });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("error: option '--enable <when>' argument 'sometimes' is invalid. Allowed choices are auto, always, never.\n");
  });
});
