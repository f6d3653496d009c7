/**
 * `huibao report`: the 校对报告 as a page, checked as text here (Chromium
 * renders and prints it in test/e2e/office): counts by category, every finding
 * marked and numbered, the rules' basis, the writer's text escaped, English.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { huibao, json, seed, workspace } from './helpers.js';

type Run = { files: Array<{ diagnostics: Array<{ ruleId: string; category: string }> }> };

describe('huibao report', () => {
  it('writes one self-contained page for a text report: counts by category, each finding marked, numbered and listed', () => {
    const dir = workspace();
    const run = huibao(['report', seed, '-o', join(dir, 'r.html')]);
    expect(run.status).toBe(0);
    const findings = json<Run>(huibao(['lint', seed, '--format', 'json']).stdout).files[0]!.diagnostics;
    expect(run.stderr).toBe(`huibao: 已写入 ${join(dir, 'r.html')}：${findings.length} 个问题\n`);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<(script|link|img)\b/);
    for (const category of ['待填', '数据', '结构', '用词', '标点']) {
      const count = findings.filter((d) => d.category === category).length;
      expect(html, category).toContain(`data-category="${category}"><span class="label">${category}</span><span class="value">${count}</span>`);
    }
    expect(html.match(/<a class="badge /g)).toHaveLength(findings.length);
    expect(html.match(/<tr id="f\d+"/g)).toHaveLength(findings.length);
    expect(html).toContain('<mark class="hl cat-wording sev-warning" data-f=');
    expect(html).toContain('>截止</mark>');
    expect(html).toContain('GB/T 15834-2011');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<div class="where">第 3 行</div>');
  });

  it('escapes the writer’s text, speaks English, and never overwrites a file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.txt'), '一、总体情况\n截止目前，<b>共</b>完成*项。\n');
    const html = huibao(['report', 'a.txt', '--locale', 'en'], { cwd: dir }).stdout;
    expect(html).toContain('&lt;b&gt;共&lt;/b&gt;');
    expect(html).not.toContain('<b>共');
    expect(html).toContain('<title>Proofreading report: a.txt</title>');
    expect(html).toContain('<span class="label">To fill</span><span class="value">1</span>');
    writeFileSync(join(dir, 'r.html'), 'mine');
    expect(huibao(['report', 'a.txt', '-o', 'r.html'], { cwd: dir }).status).toBe(2);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toBe('mine');
  });

  it('says so when there is nothing to report', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'ok.md'), '# 工作总结\n\n一、总体情况\n\n全年完成各项任务。\n');
    const html = huibao(['report', 'ok.md'], { cwd: dir }).stdout;
    expect(html).toContain('<p class="none">没有发现问题。</p>');
    expect(html).not.toContain('<mark');
  });
});
