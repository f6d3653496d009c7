// The built language server driven over stdio by a plain protocol client:
// the seed report's diagnostics, code actions, symbols, hovers, an edit, and
// a clean shutdown. Expected values are worked out from the seed by hand
// (162 `*` marks, 截止目前 three times, sections 一 to 四) and located in the
// text here, not taken from the server's output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules, docsUrl, ruleIds } from '../../packages/core/src/index.js';
import { startClient, uriOf, type Client } from './lsp-client.mjs';
import { assertServerBuilt, positionOf, rangesOf, ruleOf, seedLines, seedPath, seedText, slice, type LspRange } from './helpers.js';

const uri = uriOf(seedPath);
const ruleMeta = (id: string) => allRules.find((r) => r.meta.id === id)?.meta;

describe('language server over stdio: the seed report', () => {
  let client: Client;
  let diagnostics: any[];

  beforeAll(async () => {
    assertServerBuilt();
    client = await startClient();
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: seedText } });
    diagnostics = (await client.waitForDiagnostics(uri, (p) => p.version === 1)).diagnostics;
  });
  afterAll(() => client?.child.kill());

  it('initializes with the capabilities the editor needs', () => {
    const caps = client.init.capabilities;
    expect(client.init.serverInfo.name).toBe('huibao-language-server');
    expect(caps.textDocumentSync.change).toBe(2); // incremental
    expect(caps.codeActionProvider.codeActionKinds).toEqual(expect.arrayContaining(['quickfix', 'source.fixAll.huibao']));
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.hoverProvider).toBe(true);
    // Config files are watched through a dynamic registration.
    expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles');
  });

  it('publishes every diagnostic with source 汇报, the rule name as code, docs link and the rule id in data', () => {
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.source).toBe('汇报');
      const meta = ruleMeta(d.data.ruleId);
      expect(meta).toBeDefined();
      expect(d.code).toBe(meta!.name.zh);
      expect(d.codeDescription.href).toBe(docsUrl(d.data.ruleId));
      expect(d.data).toMatchObject({ version: 1 });
      expect(Array.isArray(d.data.fixes)).toBe(true);
    }
    // What the Problems panel shows of them (source, code, message) names no rule by its id.
    const anyRuleId = new RegExp(`\\b(${ruleIds.join('|')})\\b`);
    for (const d of diagnostics) expect(`${d.source}(${d.code}) ${d.message}`).not.toMatch(anyRuleId);
    expect([...new Set(diagnostics.map((d) => d.code))]).toEqual(expect.arrayContaining(['待填', '易混词', '标点用法']));
  });

  it('reports the 162 placeholders, each range covering exactly one *', () => {
    const placeholders = diagnostics.filter((d) => ruleOf(d) === 'placeholder');
    expect(placeholders).toHaveLength(162);
    for (const d of placeholders) expect(d.code).toBe('待填');
    for (const d of placeholders) expect(slice(seedText, d.range)).toBe('*');
    // And they are the seed's marks, in order.
    expect(placeholders.map((d) => d.range)).toEqual(rangesOf(seedText, '*'));
  });

  it('flags 截止目前 three times, on the words themselves, never 截至目前', () => {
    const confusables = diagnostics.filter((d) => ruleOf(d) === 'confusable' && slice(seedText, d.range) === '截止');
    for (const d of confusables) expect(d.code).toBe('易混词');
    const expected = rangesOf(seedText, '截止目前').map((r) => ({ start: r.start, end: { line: r.start.line, character: r.start.character + 2 } }));
    expect(expected).toHaveLength(3);
    expect(confusables.map((d) => d.range)).toEqual(expected);
    expect(rangesOf(seedText, '截至目前').length).toBeGreaterThan(0);
    for (const r of rangesOf(seedText, '截至目前')) {
      expect(diagnostics.some((d) => ruleOf(d) === 'confusable' && d.range.start.line === r.start.line && d.range.start.character === r.start.character)).toBe(false);
    }
  });

  it('offers 截至 as the preferred quick fix, and fixing all three', async () => {
    const target = diagnostics.find((d) => ruleOf(d) === 'confusable' && slice(seedText, d.range) === '截止')!;
    const actions: any[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] },
    });
    const quickFix = actions.find((a) => a.isPreferred && a.diagnostics?.[0]?.range.start.line === target.range.start.line);
    expect(quickFix).toMatchObject({ kind: 'quickfix', edit: { changes: { [uri]: [{ range: target.range, newText: '截至' }] } } });
    expect(quickFix.title).toContain('截至');
    const all = actions.find((a) => a.title === '修复本文件中所有“易混词”问题');
    const allEdits = all.edit.changes[uri] as Array<{ range: LspRange; newText: string }>;
    expect(allEdits.filter((e) => e.newText === '截至').map((e) => e.range.start)).toEqual(rangesOf(seedText, '截止目前').map((r) => r.start));
    // Plain text has no comment syntax: no 在此行禁用 there.
    expect(actions.some((a) => a.title.startsWith('在此行禁用'))).toBe(false);
  });

  it('answers source.fixAll.huibao with every safe fix and no overlapping edits', async () => {
    const actions: any[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: seedLines.length, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.huibao'] },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe('source.fixAll.huibao');
    const edits = actions[0].edit.changes[uri] as Array<{ range: LspRange; newText: string }>;
    expect(edits.filter((e) => e.newText === '截至')).toHaveLength(3);
    // The half-width ; after 境外返乡人员*人 (GB/T 15834) becomes ；.
    const semicolon = positionOf(seedText, ';', 0, '境外返乡人员');
    expect(edits).toContainEqual({ range: { start: semicolon, end: { ...semicolon, character: semicolon.character + 1 } }, newText: '；' });
    const key = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
    const sorted = [...edits].sort((a, b) => key(a.range.start) - key(b.range.start));
    for (let i = 1; i < sorted.length; i++) expect(key(sorted[i]!.range.start)).toBeGreaterThanOrEqual(key(sorted[i - 1]!.range.end));
    // No placeholder is "fixed": only a person knows the figure.
    for (const e of edits) expect(slice(seedText, e.range)).not.toBe('*');
  });

  it('gives the outline as symbols: 4 sections, 3 under 三 and 5 under 四', async () => {
    const symbols: any[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual([
      '一、牢牢把握坚持和加强党的领导作用',
      '二、突出把服务园区作为我们的重中之重',
      '三、强化生态环保、安全生产、控建拆违三大攻坚行动',
      '四、因地制宜，结合实际，全力推进五项具体工作',
    ]);
    expect(symbols.map((s) => s.children.length)).toEqual([0, 0, 3, 5]);
    expect(symbols[2].children.map((c: any) => c.name)).toEqual(['（一）严守生态环保“防护线”', '（二）严守安全生产“责任线”', '（三）严守控建拆违“警戒线”']);
    expect(symbols[3].children.map((c: any) => c.name.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
    // selectionRange is the heading: marker and title, on the heading's line.
    const three = symbols[2];
    const headingLine = seedLines.findIndex((l) => l.startsWith('三、'));
    expect(three.selectionRange).toEqual({ start: { line: headingLine, character: 0 }, end: { line: headingLine, character: three.name.length } });
    expect(three.range.start).toEqual({ line: headingLine, character: 0 });
    // Section 三 ends before 四 begins, and holds its children.
    const fourLine = seedLines.findIndex((l) => l.startsWith('四、'));
    expect(three.range.end.line).toBe(fourLine - 1);
    for (const child of three.children) expect(child.range.start.line).toBeGreaterThan(headingLine);
  });

  it('hovers a total with its role and the arithmetic of its parts', async () => {
    // 上半年共计拆违*处 … 其中 eight kinds of 违建, each *处: nothing is filled in yet.
    const position = positionOf(seedText, '*', 0, '上半年共计拆违');
    const hover: any = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('总数');
    expect(hover.contents.value).toContain(`总数 *处 = ${Array(8).fill('*').join(' + ')}`);
    expect(hover.contents.value).toContain('9 处待填');
    expect(hover.range.start).toEqual(position);
  });

  it('hovers a numeric slogan with what it counts and the section it names', async () => {
    const position = positionOf(seedText, '三大攻坚', 1);
    const hover: any = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    expect(hover.contents.value).toContain('“三大攻坚”');
    expect(hover.contents.value).toContain('共 3 项攻坚');
    expect(hover.contents.value).toContain('三、强化生态环保、安全生产、控建拆违三大攻坚行动，下设 3 个小节');
  });

  it('hovers a diagnostic with the rule name, its basis and docs link', async () => {
    const position = positionOf(seedText, '截止目前', 1);
    const hover: any = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    const meta = ruleMeta('confusable')!;
    // Opens with the rule's name, not its id.
    expect(hover.contents.value).toContain('**易混词** · 用词：');
    expect(hover.contents.value).not.toContain('**confusable**');
    expect(hover.contents.value).toContain(meta.description.zh);
    expect(hover.contents.value).toContain(`依据：${meta.basis}`);
    expect(hover.contents.value).toContain(`](${docsUrl('confusable')})`);
  });

  it('lists placeholders for the extension (huibao/placeholders)', async () => {
    const result: any = await client.connection.sendRequest('huibao/placeholders', { textDocument: { uri } });
    expect(result.version).toBe(1);
    expect(result.placeholders.map((p: any) => p.range)).toEqual(rangesOf(seedText, '*'));
    expect(result.placeholders.every((p: any) => p.mark === '*')).toBe(true);
  });

  it('re-lints an edit: a filled figure and a fixed 截止 disappear', async () => {
    const star = positionOf(seedText, '*', 0, '共走访慰问');
    const jiezhi = rangesOf(seedText, '截止目前')[0]!;
    const from = client.published.length;
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        // Later edit first, so the earlier position stays valid (LSP applies them in order).
        { range: { start: jiezhi.start, end: { line: jiezhi.start.line, character: jiezhi.start.character + 2 } }, text: '截至' },
        { range: { start: star, end: { line: star.line, character: star.character + 1 } }, text: '12' },
      ],
    });
    const after = (await client.waitForDiagnostics(uri, (p) => p.version === 2, { from })).diagnostics;
    expect(after.filter((d) => ruleOf(d) === 'placeholder')).toHaveLength(161);
    expect(after.some((d) => d.range.start.line === star.line && d.range.start.character === star.character)).toBe(false);
    expect(after.filter((d) => ruleOf(d) === 'confusable' && d.message.includes('截止'))).toHaveLength(2);
    for (const d of after) expect(d.data.version).toBe(2);
  });

  it('shuts down and exits with code 0', async () => {
    expect(await client.stop()).toEqual({ code: 0, signal: null });
    expect(client.stderr()).toBe('');
  });
});
