// The extension in a real VS Code: code-server 4.100.x (VS Code 1.100.3) with
// the packaged .vsix installed, driven by playwright-core in Debian's Chromium.
// Opens the seed report and checks, as a writer would see them: squiggles, the
// Problems panel, the 待填 N 处 status item, the Outline view with the report's
// sections, a quick fix that changes the text, and 导出待填清单. A negative
// control first runs the same first checks without the extension and requires
// them to fail. Screenshots go to test/artifacts/vscode/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installExtension, isolatedEnv, startCodeServer } from './code-server.mjs';
import { chromiumPath, ensureAptPackages, ensureCodeServer } from './setup.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const artifacts = join(repo, 'test/artifacts/vscode');
const seedPath = join(repo, 'fixtures/reports/seed.txt');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const step = (message) => console.log(`[vscode e2e ${elapsed()}] ${message}`);

function check(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
  console.log(`  ✓ ${message}`);
}

/** What the extension must show, computed independently with @huibao/core on the same file. */
async function expectations(seed) {
  const core = await import(join(repo, 'packages/core/dist/index.js'));
  const outline = core.parseReport(seed);
  const { diagnostics } = core.lint(seed);
  // The quick fix to run: the first safe single-edit fix (截止目前 → 截至目前, or a half-width ;).
  const fixable = diagnostics.find((d) => d.fixes?.[0]?.safe && d.fixes[0].edits.length === 1);
  if (!fixable) throw new Error('core reports no safely fixable diagnostic on the seed');
  const edit = fixable.fixes[0].edits[0];
  const fixedText = seed.slice(0, edit.range.start.offset) + edit.newText + seed.slice(edit.range.end.offset);
  return {
    placeholders: outline.placeholders.length,
    topSections: outline.sections.map((s) => `${s.marker}${s.title}`),
    diagnostics: diagnostics.length,
    fix: { line: fixable.line, column: fixable.column, ruleId: fixable.ruleId, text: fixable.text, fixedText },
  };
}

function packageExtension() {
  const result = spawnSync('pnpm', ['package'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('pnpm package failed');
  const dir = join(repo, 'extension');
  const vsix = readdirSync(dir).filter((f) => /^huibao-vscode-linux-x64-.*\.vsix$/.test(f));
  if (vsix.length !== 1) throw new Error(`expected one linux-x64 .vsix in extension/, found: ${vsix.join(', ') || 'none'}`);
  return join(dir, vsix[0]);
}

async function openWorkbench(browser, url, folder) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return page;
}

async function openFile(page, name) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/** The status item the extension contributes (id = <publisher>.<name>.<item id>). */
const statusItem = (page) => page.locator('[id="huibao.huibao-vscode.huibao.placeholders"]');
const squiggles = (page) => page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info');

/** Runs a command from the palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** Negative control: without the extension, the first checks must fail. */
async function negativeControl(browser, bin, env, work, folder) {
  const dirs = { userData: join(work, 'control-user-data'), extensions: join(work, 'control-extensions') };
  const server = await startCodeServer(bin, env, dirs);
  try {
    const page = await openWorkbench(browser, server.url, folder);
    await openFile(page, 'seed.txt');
    let failed = false;
    try {
      await squiggles(page).first().waitFor({ timeout: 15_000 });
      await statusItem(page).waitFor({ timeout: 5_000 });
    } catch {
      failed = true;
    }
    await page.screenshot({ path: join(artifacts, '0-control-no-extension.png') });
    check(failed, 'without the extension installed, no squiggles / 待填 status item appear (the test can fail)');
    await page.close();
  } finally {
    server.stop();
  }
}

async function scenario(browser, bin, env, work, folder, vsix, expected) {
  const dirs = { userData: join(work, 'user-data'), extensions: join(work, 'extensions') };
  installExtension(bin, env, dirs, vsix);
  step('installed the .vsix; starting code-server with the extension (locale zh-cn)');
  const server = await startCodeServer(bin, env, dirs, { locale: 'zh-cn' });
  try {
    const page = await openWorkbench(browser, server.url, folder);
    await openFile(page, 'seed.txt');

    // Diagnostics as squiggles.
    await squiggles(page).first().waitFor({ timeout: 60_000 });
    check((await squiggles(page).count()) > 0, `squiggles shown in the editor (${await squiggles(page).count()} in view)`);

    // The 待填 N 处 status item, the count equal to core's outline.placeholders.
    const item = statusItem(page);
    await item.waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      (n) => document.querySelector('[id="huibao.huibao-vscode.huibao.placeholders"]')?.textContent?.includes(String(n)),
      expected.placeholders,
      { timeout: 30_000 },
    );
    const statusText = (await item.textContent())?.trim() ?? '';
    check(new RegExp(`(待填 ${expected.placeholders} 处|${expected.placeholders} to fill)`).test(statusText), `status item reads "${statusText}" (core counts ${expected.placeholders} placeholders)`);
    check(expected.placeholders === 162, 'the seed has 162 placeholders');

    // Hover a squiggle: the diagnostic message from the server.
    const box = await squiggles(page).first().boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.monaco-hover').first().waitFor({ timeout: 15_000 });
    const hoverText = (await page.locator('.monaco-hover').first().textContent()) ?? '';
    check(/huibao/i.test(hoverText), `hover on a squiggle shows a Huibao diagnostic: "${hoverText.slice(0, 80)}…"`);
    await page.screenshot({ path: join(artifacts, '1-squiggles-hover.png') });
    await page.mouse.move(5, 500);

    // The Problems panel lists the diagnostics.
    const problems = page.locator('[id="status.problems"]');
    const problemsLabel = (await problems.getAttribute('aria-label')) ?? '';
    const problemCount = (problemsLabel.match(/\d+/g) ?? []).reduce((sum, n) => sum + Number(n), 0);
    check(problemCount === expected.diagnostics, `status bar problems "${problemsLabel}" add up to core's ${expected.diagnostics} diagnostics`);
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    check((await rows.count()) > 1, `Problems panel shows rows (${await rows.count()} rendered)`);
    const panelText = (await page.locator('.markers-panel').textContent()) ?? '';
    check(/placeholder|待填/.test(panelText), 'Problems panel lists placeholder diagnostics');

    // Outline view via the 显示报告结构 command.
    await runCommand(page, '显示报告结构');
    const outlineRows = page.locator('.outline-pane .monaco-list-row, [id="outline"] .monaco-list-row, .pane-body .monaco-tl-row', { hasText: '一、' });
    await outlineRows.first().waitFor({ timeout: 20_000 });
    const outlineText = (await page.locator('.pane', { has: page.locator('.pane-header', { hasText: /大纲|Outline/i }) }).textContent()) ?? '';
    for (const title of expected.topSections) check(outlineText.includes(title), `Outline view shows “${title}”`);
    await page.screenshot({ path: join(artifacts, '2-problems-outline-status.png') });

    // 转到下一处待填 selects the first placeholder after the cursor.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await runCommand(page, '转到下一处待填');
    await page.waitForFunction(() => /1 个选择|1 selected|\(1/.test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''), null, { timeout: 10_000 });
    const selection = (await page.locator('[id="status.editor.selection"]').textContent()) ?? '';
    check(/1[,，]\s*列?\s*7|Col 7/.test(selection), `转到下一处待填 selects the first * (line 1, column 7): "${selection.trim()}"`);

    // A quick fix from the server changes the text.
    await goTo(page, expected.fix.line, expected.fix.column);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget .monaco-list-row.action');
    await menu.first().waitFor({ timeout: 15_000 });
    const fixTitle = (await menu.first().textContent()) ?? '';
    await page.screenshot({ path: join(artifacts, '3-quick-fix-menu.png') });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+S');
    const seedOnDisk = join(folder, 'seed.txt');
    const deadline = Date.now() + 15_000;
    while (readFileSync(seedOnDisk, 'utf8') !== expected.fix.fixedText && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    check(readFileSync(seedOnDisk, 'utf8') === expected.fix.fixedText, `quick fix “${fixTitle.trim()}” on ${expected.fix.ruleId} “${expected.fix.text}” at ${expected.fix.line}:${expected.fix.column} changed the text exactly`);

    // 导出待填清单 opens a table of every placeholder.
    await runCommand(page, '导出待填清单');
    await page.locator('.tab', { hasText: /Untitled|无标题/ }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(artifacts, '4-export-placeholders.png') });
    const tableText = (await page.locator('.editor-group-container.active .view-lines').textContent()) ?? '';
    check(tableText.includes('【*】') && /\|\s*1\s*\|/.test(tableText), '导出待填清单 opens a Markdown table with the gaps marked 【*】');

    // Back to the report for the README screenshot.
    await openFile(page, 'seed.md');
    await squiggles(page).first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(artifacts, 'screenshot.png') });
  } catch (error) {
    console.error(server.log().slice(-4000));
    throw error;
  } finally {
    server.stop();
  }
}

async function main() {
  mkdirSync(artifacts, { recursive: true });
  const work = mkdtempSync(join(process.env.HUIBAO_E2E_TMP ?? tmpdir(), 'huibao-vscode-e2e-'));
  const env = isolatedEnv(work);
  let browser;
  try {
    step('installing Chromium / code-server when missing');
    ensureAptPackages();
    const bin = ensureCodeServer(env.TMPDIR);
    step('packaging the extension');
    const vsix = packageExtension();
    const seed = readFileSync(seedPath, 'utf8');
    const expected = await expectations(seed);
    const folder = join(work, 'workspace');
    mkdirSync(folder);
    copyFileSync(seedPath, join(folder, 'seed.txt'));
    writeFileSync(join(folder, 'seed.md'), seed);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      env,
    });
    step('negative control: code-server without the extension');
    await negativeControl(browser, bin, env, work, folder);
    step('scenario with the extension');
    await scenario(browser, bin, env, work, folder, vsix, expected);
    step('passed');
  } finally {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[vscode e2e ${elapsed()}] FAILED: ${error.stack ?? error}`);
  process.exit(1);
});
