/**
 * `huibao report`: the 校对报告 as a page, checked as text here (Chromium
 * renders and prints it in test/e2e/office): counts by category, every finding
 * marked and numbered, the rules' basis, the writer's text escaped, English;
 * the first page's verdict, the findings worst first, what is still to fill by
 * section, the ledger and the lines to sign.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('opens with the verdict: which version was checked, counts by category, what blocks sign-off, the ledger’s tally, lines to sign', () => {
    const dir = workspace();
    copyFileSync(seed, join(dir, 'seed.txt'));
    // A fixed local time, so the page shows it as written here.
    const modified = new Date(2026, 4, 20, 9, 30);
    utimesSync(join(dir, 'seed.txt'), modified, modified);
    expect(huibao(['report', 'seed.txt', '-o', 'r.html'], { cwd: dir }).status).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    const findings = json<Run>(huibao(['lint', 'seed.txt', '--format', 'json'], { cwd: dir }).stdout).files[0]!.diagnostics;
    const bytes = readFileSync(seed);
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    const first = html.slice(html.indexOf('<section class="verdict"'), html.indexOf('</header>'));
    expect(first).toContain(
      `<dl class="document-facts"><dt>文件</dt><dd>seed.txt</dd><dt>大小</dt><dd>${bytes.length.toLocaleString('en-US')} 字节</dd><dt>修改时间</dt><dd>2026-05-20 09:30</dd><dt>内容摘要</dt><dd>SHA-256 ${hash}</dd></dl>`,
    );
    expect([...first.matchAll(/data-category="([^"]+)"/g)].map((m) => m[1])).toEqual(['数据', '结构', '用词', '标点', '待填']);
    const toFill = findings.filter((d) => d.category === '待填').length;
    expect(toFill).toBeGreaterThan(0);
    expect(first).toContain(`<p class="sign-off-status clear">没有阻碍签发的问题：没有错误，也没有数据警告。尚有 ${toFill} 处待填。</p>`);
    // The seed's five relations all still hold a * (lint's summary says the same).
    expect(first).toContain('<p class="figures">数据核对 5 处：0 处相符，0 处不符，0 处无法核对，5 处存疑（含待填数字）</p>');
    expect(first).toContain(
      '<section class="sign-off" aria-label="签发"><div class="sign"><span class="label">校对人</span><span class="blank"></span></div><div class="sign"><span class="label">审核人</span><span class="blank"></span></div><div class="sign"><span class="label">日期</span><span class="blank"></span></div></section>',
    );
    // Printed, the verdict is a page of its own, and every page says which of how many it is.
    expect(html).toContain('.verdict { break-after: page; }');
    expect(html).toContain('@page { @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页";');
  });

  it('lists the findings worst first, what is still to fill once by section, and the ledger with its arithmetic', () => {
    const dir = workspace();
    const text = [
      '一、总体情况',
      '全市一般公共预算收入120亿元，其中税收收入80.2亿元，占一般公共预算收入的70.0%。',
      '全年粮食总产量150.2万吨，其中夏粮40.1万吨，秋粮115.1万吨。',
      '二、下步打算',
      '计划新建*个站点，截止目前完成*项。',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'b.txt'), text);
    const html = huibao(['report', 'b.txt'], { cwd: dir }).stdout;
    expect(html).toContain('<p class="sign-off-status blocked">有阻碍签发的问题：0 个错误，2 个数据警告。尚有 2 处待填。</p>');
    expect(html).toContain('<p class="figures">数据核对 3 处：0 处相符，2 处不符，1 处无法核对</p>');
    // Findings: 数据 before 用词, each keeping its number in the text (the placeholders are 3 and 5); rules by their short
    // Chinese names, the description as the link's title, ids in an attribute.
    const findings = html.slice(html.indexOf('<table class="findings">'), html.indexOf('</table>', html.indexOf('<table class="findings">')));
    expect([...findings.matchAll(/<tr id="f(\d+)" class="sev-(\w+) cat-(\w+)">/g)].map((m) => `${m[1]} ${m[3]}`)).toEqual(['1 data', '2 data', '4 wording']);
    expect(findings).toContain('<a class="rule" href="https://github.com/huibao-dev/huibao/blob/main/docs/rules/share-mismatch.md" data-rule="share-mismatch" title="文中给出的占比与其分子、分母相符">占比不符</a>');
    expect(findings).toContain('data-rule="confusable" title="公文中易混、易错的词语（截止/截至、其它/其他、布署/部署…）">易混词</a>');
    expect(findings).not.toContain('>share-mismatch<');
    expect(findings).not.toContain('>confusable<');
    expect(findings).not.toContain('cat-fill');
    expect(html).toContain(
      [
        '<h2>待填清单</h2>',
        '<table class="findings placeholders"><thead><tr><th>部分</th><th>#</th><th>句子</th><th>类型</th><th>单位</th><th>位置</th></tr></thead>',
        '<tbody>',
        '<tr id="f3" class="sev-warning cat-fill" data-rule="placeholder"><th class="section" scope="rowgroup" rowspan="2">二 下步打算</th><td class="n"><a href="#t3">3</a></td><td class="clause">计划新建【待填】个站点，截止目前完成*项。</td><td class="kind">数字</td><td class="unit">个</td><td class="place">第 5 行第 5 列</td></tr>',
        '<tr id="f5" class="sev-warning cat-fill" data-rule="placeholder"><td class="n"><a href="#t5">5</a></td><td class="clause">计划新建*个站点，截止目前完成【待填】项。</td><td class="kind">数字</td><td class="unit">项</td><td class="place">第 5 行第 16 列</td></tr>',
        '</tbody></table>',
      ].join('\n'),
    );
    expect(html).toContain(
      [
        '<h2>数据核对</h2>',
        '<table class="ledger"><thead><tr><th>行</th><th>陈述</th><th>算式</th><th>结论</th><th>说明</th></tr></thead>',
        '<tbody>',
        '<tr class="verdict-not-assessable" data-kind="parts"><td class="line">2</td><td class="statement">收入120亿元，其中税收收入80.2亿元</td><td class="arithmetic">80.2亿元 &lt; 120亿元</td><td class="verdict">无法核对</td><td class="reason">分项未列全</td></tr>',
        '<tr class="verdict-mismatch" data-kind="share"><td class="line">2</td><td class="statement">收入120亿元，其中税收收入80.2亿元，占一般公共预算收入的70.0%</td><td class="arithmetic">80.2亿元 ÷ 120亿元 = 66.8% ≠ 70.0%</td><td class="verdict">不符</td><td class="reason">超出修约误差</td></tr>',
        '<tr class="verdict-mismatch" data-kind="sum"><td class="line">3</td><td class="statement">粮食总产量150.2万吨，其中夏粮40.1万吨，秋粮115.1万吨</td><td class="arithmetic">40.1万吨 + 115.1万吨 = 155.2万吨 ≠ 150.2万吨</td><td class="verdict">不符</td><td class="reason">各项应合成总数</td></tr>',
        '</tbody></table>',
      ].join('\n'),
    );
    // The verdict page, then findings, what is still to fill, the ledger, and the text last.
    const order = ['<section class="verdict"', '<h2>问题清单</h2>', '<h2>待填清单</h2>', '<h2>数据核对</h2>', '<h2>正文</h2>'].map((h) => html.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);

    // --final: the placeholders and the figure rules count as errors.
    expect(huibao(['report', 'b.txt', '--final'], { cwd: dir }).stdout).toContain('<p class="sign-off-status blocked">有阻碍签发的问题：4 个错误，0 个数据警告。尚有 2 处待填。</p>');
    const en = huibao(['report', 'b.txt', '--locale', 'en'], { cwd: dir }).stdout;
    expect(en).toContain('<p class="sign-off-status blocked">Sign-off is blocked: 0 errors, 2 figure warnings. 2 places are still to fill.</p>');
    expect(en).toContain('<p class="figures">3 figure checks: 0 hold, 2 do not, 1 cannot be judged</p>');
    expect(en).toContain('<span class="label">Proofread by</span>');
    expect(en).toContain('<th>Line</th><th>Statement</th><th>Arithmetic</th><th>Verdict</th><th>Why</th>');
    expect(en).toContain('<td class="verdict">does not hold</td><td class="reason">beyond the rounding of its figures</td>');
    expect(en).toContain('data-rule="share-mismatch" title="A stated share agrees with the part and whole it is computed from">Share mismatch</a>');
    expect(en).toContain('@page { @bottom-center { content: "Page " counter(page) " of " counter(pages);');
  });

  it('says a clean report is clear to sign, and that it states no figure relation to check', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'ok.md'), '# 工作总结\n\n一、总体情况\n\n全年完成各项任务。\n');
    const html = huibao(['report', 'ok.md'], { cwd: dir }).stdout;
    expect(html).toContain('<p class="sign-off-status clear">没有阻碍签发的问题：没有错误，也没有数据警告。</p>');
    expect(html).toContain('<p class="figures">数据核对 0 处：0 处相符，0 处不符，0 处无法核对</p>');
    expect(html).toContain('<p class="none">文中没有可核对的数据关系。</p>');
    expect(html).not.toContain('<h2>待填清单</h2>');
  });
});
