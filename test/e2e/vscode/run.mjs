// The extension in a real VS Code: code-server 4.100.x (VS Code 1.100.3) with
// the packaged .vsix installed, driven by playwright-core in Debian's Chromium.
// Opens the seed report and checks, as a writer would see them: squiggles and
// their hover (汇报, the rule by its Chinese name), the
// Problems panel, the 待填 N 处 status item, the Outline view with the report's
// sections, a quick fix that changes the text, 修复全部 and 导出待填清单; then
// workspace trust (restricted mode ignores .huibaorc.json, trusting applies it).
// A negative control first runs the same first checks without the extension and
// requires them to fail. Screenshots go to test/artifacts/vscode/. Before that,
// `pnpm package` builds every target's .vsix and ./vsix.mjs checks each carries its
// own target's segmenter binary and the dictionary; linux-x64 is the one installed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installExtension, isolatedEnv, startCodeServer } from './code-server.mjs';
import { chromiumPath, ensureAptPackages, ensureCodeServer } from './setup.mjs';
import { builtVsixFiles, checkAllVsix } from './vsix.mjs';
import { ownEnv } from '../own-env.mjs';

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

/** The workspace config of the trust scenario: final mode, where placeholders are errors and so counted as problems. */
const trustConfig = { mode: 'final' };

/** What the extension must show, computed independently with @huibao/core on the same file. */
async function expectations(seed) {
  const core = await import(join(repo, 'packages/core/dist/index.js'));
  // As the server reads them: seed.txt as plain text, seed.md as Markdown.
  const outline = core.parseReport(seed, { path: 'seed.txt' });
  const { diagnostics } = core.lint(seed, { path: 'seed.txt' });
  const markdownPlaceholders = core.parseReport(seed, { path: 'seed.md' }).placeholders.length;
  // The quick fix to run: the first safe single-edit fix (截止目前 → 截至目前, or a half-width ;).
  const fixable = diagnostics.find((d) => d.fixes?.[0]?.safe && d.fixes[0].edits.length === 1);
  if (!fixable) throw new Error('core reports no safely fixable diagnostic on the seed');
  const edit = fixable.fixes[0].edits[0];
  const fixedText = seed.slice(0, edit.range.start.offset) + edit.newText + seed.slice(edit.range.end.offset);
  const configured = core.lint(seed, { path: 'seed.txt', config: trustConfig }).diagnostics.length;
  const safeFixesLeft = (text) => core.lint(text, { path: 'seed.txt' }).diagnostics.filter((d) => d.fixes?.some((f) => f.safe)).length;
  return {
    safeFixesLeft,
    placeholders: outline.placeholders.length,
    markdownPlaceholders,
    firstPlaceholder: outline.placeholders.map((p) => p.range).sort((a, b) => a.start.offset - b.start.offset)[0],
    topSections: outline.sections.map((s) => `${s.marker}${s.title}`),
    // While drafting, placeholders are hints: the status bar and the Problems panel leave them out.
    diagnostics: diagnostics.filter((d) => d.ruleId !== 'placeholder').length,
    configured,
    fix: { line: fixable.line, column: fixable.column, ruleId: fixable.ruleId, text: fixable.text, fixedText },
    // A zh-CN writer sees rules by their Chinese names (易混词), never by id.
    ruleNames: core.allRules.map((r) => r.meta.name.zh),
    anyRuleId: new RegExp(`\\b(${core.ruleIds.join('|')})\\b`),
  };
}

/**
 * VS Code runs in zh-cn only when a language pack declares it; the real one is
 * not reachable offline, so a stub that declares zh-cn (and translates nothing)
 * stands in, and Huibao's own package.nls.zh-cn.json and l10n bundle apply.
 * code-server does not write the language-pack index on a CLI install, so the
 * test writes user-data/languagepacks.json the way VS Code's LanguagePacksCache does.
 */
function installLocaleStub(bin, env, dirs, work) {
  const source = join(work, 'zh-cn-pack');
  cpSync(join(repo, 'test/e2e/vscode/zh-cn-pack'), source, { recursive: true });
  const vsix = join(work, 'zh-cn-pack.vsix');
  const vsce = join(repo, 'extension/node_modules/@vscode/vsce/vsce');
  // vsce lists dependencies with npm: npm's own environment, not the pnpm script's (own-env.mjs).
  const result = spawnSync(process.execPath, [vsce, 'package', '--out', vsix], { cwd: source, encoding: 'utf8', env: ownEnv() });
  if (result.status !== 0) throw new Error(`packaging the zh-cn stub failed:\n${result.stdout}\n${result.stderr}`);
  installExtension(bin, env, dirs, vsix);
  const { publisher, name, version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  const translations = join(dirs.extensions, `${publisher}.${name}-${version}`, 'translations/main.i18n.json');
  if (!existsSync(translations)) throw new Error(`the zh-cn stub is not where expected: ${translations}`);
  const index = {
    'zh-cn': {
      hash: `${name}-${version}`,
      extensions: [{ extensionIdentifier: { id: `${publisher}.${name}` }, version }],
      translations: { vscode: translations },
      label: '中文(简体)',
    },
  };
  writeFileSync(join(dirs.userData, 'languagepacks.json'), JSON.stringify(index));
}

async function packageExtension() {
  const result = spawnSync('pnpm', ['package'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('pnpm package failed');
  // Every target's .vsix carries its own segmenter binary and the dictionary (./vsix.mjs);
  // the linux-x64 one is then installed and driven below.
  await checkAllVsix();
  return builtVsixFiles()['linux-x64'];
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
/** The faint marks of hint diagnostics: draft placeholders, in the active editor. */
const hints = (page) => page.locator('.editor-group-container.active .monaco-editor .squiggly-hint');

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

/** The counts in a status-bar label added up ("Warnings: 167, Infos: 2" → 169). */
const sumOfCounts = (label) => (label.match(/\d+/g) ?? []).reduce((sum, n) => sum + Number(n), 0);

/** The number of problems the status bar counts. */
async function problemCount(page) {
  return sumOfCounts((await page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '');
}

/** The status bar's problem count once it reaches `expected`, or what it shows when `timeout` ms have passed. */
async function settledProblemCount(page, expected, timeout) {
  const deadline = Date.now() + timeout;
  let count = await problemCount(page);
  while (count !== expected && Date.now() < deadline) {
    await page.waitForTimeout(250);
    count = await problemCount(page);
  }
  return count;
}

/**
 * Workspace trust: in restricted mode the server lints with built-in defaults
 * and ignores the workspace's .huibaorc.json; once trusted, the extension
 * restarts it and the config applies.
 */
async function trustScenario(browser, bin, env, work, vsix, expected) {
  const dirs = { userData: join(work, 'trust-user-data'), extensions: join(work, 'trust-extensions') };
  installExtension(bin, env, dirs, vsix);
  const folder = join(work, 'untrusted-workspace');
  mkdirSync(folder);
  copyFileSync(seedPath, join(folder, 'seed.txt'));
  writeFileSync(join(folder, '.huibaorc.json'), JSON.stringify(trustConfig));
  const server = await startCodeServer(bin, env, dirs, { workspaceTrust: true });
  try {
    const page = await openWorkbench(browser, server.url, folder);
    await page.locator('.monaco-dialog-box .monaco-button', { hasText: /don't trust|不信任/i }).first().click({ timeout: 30_000 });
    await openFile(page, 'seed.txt');
    await squiggles(page).first().waitFor({ timeout: 60_000 });
    const untrusted = await settledProblemCount(page, expected.diagnostics, 30_000);
    await page.screenshot({ path: join(artifacts, '6-restricted-mode.png') });
    check(untrusted === expected.diagnostics, `restricted mode: ${untrusted} problems, the built-in defaults (.huibaorc.json ignored)`);

    await runCommand(page, 'Manage Workspace Trust');
    await page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first().click({ timeout: 20_000 });
    const trusted = await settledProblemCount(page, expected.configured, 60_000);
    await page.screenshot({ path: join(artifacts, '7-trusted.png') });
    check(trusted === expected.configured, `trusted: ${trusted} problems, with .huibaorc.json's mode: final, placeholders as errors (core: ${expected.configured})`);
    await page.close();
  } catch (error) {
    console.error(server.log().slice(-3000));
    throw error;
  } finally {
    server.stop();
  }
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
  installLocaleStub(bin, env, dirs, work);
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
    check(statusText.endsWith(`待填 ${expected.placeholders} 处`), `status item reads "${statusText}" (core counts ${expected.placeholders} placeholders)`);
    check(expected.placeholders === 162, 'the seed has 162 placeholders');

    // Hover a squiggle: the diagnostic message from the server, from 汇报, the rule by its Chinese name.
    const box = await squiggles(page).first().boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await hover.waitFor({ timeout: 15_000 });
    const hoverText = (await hover.textContent()) ?? '';
    const named = expected.ruleNames.filter((name) => hoverText.includes(name));
    check(hoverText.includes('汇报') && named.length > 0, `hover on a squiggle shows a 汇报 diagnostic named ${named.join('、')}: "${hoverText.slice(0, 80)}…"`);
    check(!expected.anyRuleId.test(hoverText), `the hover names no rule by its id: "${hoverText.match(expected.anyRuleId)?.[0] ?? ''}"`);
    await page.screenshot({ path: join(artifacts, '1-squiggles-hover.png') });
    await page.mouse.move(5, 500);

    // The Problems panel lists the diagnostics.
    const problems = page.locator('[id="status.problems"]');
    const problemsLabel = (await problems.getAttribute('aria-label')) ?? '';
    check(sumOfCounts(problemsLabel) === expected.diagnostics, `status bar problems "${problemsLabel}" add up to core's ${expected.diagnostics} diagnostics`);
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    check((await rows.count()) > 1, `Problems panel shows rows (${await rows.count()} rendered)`);
    const panelText = (await page.locator('.markers-panel').textContent()) ?? '';
    check(!/待填/.test(panelText), 'Problems panel leaves draft placeholders (hints) out');
    const panelNames = expected.ruleNames.filter((name) => panelText.includes(`汇报${name}`) || panelText.includes(`汇报(${name})`));
    check(panelNames.length > 0 && !expected.anyRuleId.test(panelText), `Problems panel rows show 汇报 and the rule names (${panelNames.join('、')}), no rule id: "${panelText.match(expected.anyRuleId)?.[0] ?? panelText.slice(0, 120)}"`);

    // Outline view via the 显示报告结构 command; the folder pane is collapsed so the outline has the height.
    await page.locator('.pane-header', { hasText: /^workspace$/i }).first().click();
    await runCommand(page, '显示报告结构');
    const outlineRows = page.locator('.outline-pane .monaco-list-row, [id="outline"] .monaco-list-row, .pane-body .monaco-tl-row', { hasText: '一、' });
    await outlineRows.first().waitFor({ timeout: 20_000 });
    const outlineText = (await page.locator('.pane', { has: page.locator('.pane-header', { hasText: /大纲|Outline/i }) }).textContent()) ?? '';
    for (const title of expected.topSections) check(outlineText.includes(title), `Outline view shows “${title}”`);
    await page.screenshot({ path: join(artifacts, '2-problems-outline-status.png') });
    // The Marketplace README's picture (extension/images/screenshot.png is a copy).
    await page.screenshot({ path: join(artifacts, 'screenshot.png') });

    // 转到下一处待填 selects the first placeholder after the cursor.
    // Clicking the 待填 status item runs 转到下一处待填.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await statusItem(page).click();
    await page.waitForFunction(() => /\(.*1.*\)/.test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''), null, { timeout: 10_000 });
    const selection = (await page.locator('[id="status.editor.selection"]').textContent()) ?? '';
    // The status shows the selection's active end ("Ln 1, Col 8 (1 selected)"): the * is one character.
    const [line, column, selected] = (selection.match(/\d+/g) ?? []).map(Number);
    const first = expected.firstPlaceholder;
    check(
      line === first.end.line && column === first.end.column && selected === first.end.offset - first.start.offset,
      `clicking the status item selects the first * (${first.start.line}:${first.start.column}–${first.end.column}): "${selection.trim()}"`,
    );
    await runCommand(page, '转到下一处待填');
    await page.waitForFunction((before) => document.querySelector('[id="status.editor.selection"]')?.textContent !== before, selection, { timeout: 10_000 });
    const second = ((await page.locator('[id="status.editor.selection"]').textContent()) ?? '').trim();
    check(second !== selection.trim(), `转到下一处待填 from the palette moves on to the next *: "${second}"`);

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

    // 修复全部 applies every safe fix: core finds none left in the saved file.
    const before = expected.safeFixesLeft(readFileSync(seedOnDisk, 'utf8'));
    await runCommand(page, '修复全部');
    await page.waitForTimeout(1000);
    await page.keyboard.press('Control+S');
    const fixAllDeadline = Date.now() + 15_000;
    while (expected.safeFixesLeft(readFileSync(seedOnDisk, 'utf8')) > 0 && Date.now() < fixAllDeadline) await new Promise((r) => setTimeout(r, 500));
    const after = expected.safeFixesLeft(readFileSync(seedOnDisk, 'utf8'));
    check(before > 0 && after === 0, `修复全部 fixed every safely fixable problem (${before} before, ${after} after)`);

    // 导出待填清单 opens a table of every placeholder.
    await runCommand(page, '导出待填清单');
    await page.locator('.tab', { hasText: /Untitled|无标题/ }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(artifacts, '4-export-placeholders.png') });
    const tableText = (await page.locator('.editor-group-container.active .view-lines').textContent()) ?? '';
    check(tableText.includes('【*】') && /\|\s*1\s*\|/.test(tableText), '导出待填清单 opens a Markdown table with the gaps marked 【*】');

    // The Markdown copy: read as Markdown by the server, so its own count.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('seed.md');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'seed.md' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'seed.md' }).waitFor({ timeout: 15_000 });
    // Its first screen holds only placeholders, which drafts show as hints (faint marks, no squiggle).
    await hints(page).first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      (n) => document.querySelector('[id="huibao.huibao-vscode.huibao.placeholders"]')?.textContent?.trim().endsWith(`待填 ${n} 处`),
      expected.markdownPlaceholders,
      { timeout: 30_000 },
    );
    const markdownStatus = (await statusItem(page).textContent())?.trim() ?? '';
    check(markdownStatus.endsWith(`待填 ${expected.markdownPlaceholders} 处`), `seed.md (Markdown) status reads "${markdownStatus}", core's count for Markdown`);
    check((await hints(page).count()) > 0, `seed.md marks its draft placeholders as hints (${await hints(page).count()} in view)`);
    await page.screenshot({ path: join(artifacts, '5-markdown.png') });
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
    step('packaging the extension for every target and checking each .vsix');
    const vsix = await packageExtension();
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
    step('workspace trust: restricted mode, then trusted');
    await trustScenario(browser, bin, env, work, vsix, expected);
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
