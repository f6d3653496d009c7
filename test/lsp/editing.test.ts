// Markdown reports in the server: total-mismatch with related locations, the
// arithmetic on hover, 填入合计, 在此行禁用 (and that core honours the comment
// it inserts), and duplicate-sentence pointing at the first occurrence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, uriOf, repoRoot, type Client } from './lsp-client.mjs';
import { assertServerBuilt, positionOf, ruleOf, slice } from './helpers.js';

let client: Client;
let version = 0;
const docUri = (name: string) => uriOf(`${repoRoot}test/lsp/virtual/${name}`);

async function open(name: string, text: string) {
  const uri = docUri(name);
  const from = client.published.length;
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: ++version, text } });
  const v = version;
  return { uri, diagnostics: (await client.waitForDiagnostics(uri, (p) => p.version === v, { from })).diagnostics };
}

async function edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string) {
  const from = client.published.length;
  client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text }] });
  const v = version;
  return (await client.waitForDiagnostics(uri, (p) => p.version === v, { from })).diagnostics;
}

const mismatch = ['# 上半年工作汇报', '', '一、控建拆违', '', '上半年共计拆违64处。其中房屋新建违建6处，棚屋新建违建9处，其他设施11处。', ''].join('\n');

beforeAll(async () => {
  assertServerBuilt();
  client = await startClient();
});
afterAll(async () => {
  if (client) expect(await client.stop()).toEqual({ code: 0, signal: null });
});

describe('total-mismatch in the editor', () => {
  it('reports 64 against 6 + 9 + 11 = 26, with the total and each part as related locations', async () => {
    const { uri, diagnostics } = await open('mismatch.md', mismatch);
    const found = diagnostics.filter((d) => ruleOf(d) === 'total-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ source: '汇报', code: '合计不符', data: { ruleId: 'total-mismatch' } });
    const related = found[0].relatedInformation as Array<{ location: { uri: string; range: any }; message: string }>;
    expect(related).toHaveLength(4);
    expect(related.every((r) => r.location.uri === uri)).toBe(true);
    const texts = related.map((r) => slice(mismatch, r.location.range));
    ['64', '6', '9', '11'].forEach((n, i) => expect(texts[i]).toContain(n));
  });

  it('hovers the total with the arithmetic', async () => {
    const uri = docUri('mismatch.md');
    const hover: any = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(mismatch, '64') });
    expect(hover.contents.value).toContain('总数 64处 = 6 + 9 + 11 = 26 ≠ 64');
  });

  it('offers 在此行禁用 in Markdown, and the comment it inserts silences the rule on that line', async () => {
    const uri = docUri('mismatch.md');
    const diagnostics = client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
    const target = diagnostics.find((d) => ruleOf(d) === 'total-mismatch');
    expect(target.code).toBe('合计不符');
    const actions: any[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    // Titled by the rule's name; the comment it inserts names the id, which is what core reads.
    const disable = actions.find((a) => a.title === '在此行禁用“合计不符”');
    const line = positionOf(mismatch, '上半年共计').line;
    expect(disable.edit.changes[uri]).toEqual([
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '<!-- huibao-disable-next-line total-mismatch -->\n' },
    ]);
    const after = await edit(uri, disable.edit.changes[uri][0].range, disable.edit.changes[uri][0].newText);
    expect(after.filter((d) => ruleOf(d) === 'total-mismatch')).toHaveLength(0);
  });

  it('adds a second rule to the disable comment already above the line', async () => {
    const text = mismatch.replace('其他设施11处。', '其他设施11处。截止目前已全部拆除。');
    const { uri, diagnostics } = await open('two-rules.md', text);
    const line = positionOf(text, '上半年共计').line;
    const actionFor = async (ruleId: string, name: string, ds: any[]) => {
      const target = ds.find((d) => ruleOf(d) === ruleId);
      expect(target.code).toBe(name);
      const actions: any[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
      return actions.find((a) => a.title === `在此行禁用“${name}”`).edit.changes[uri][0];
    };
    const first = await actionFor('total-mismatch', '合计不符', diagnostics);
    const afterFirst = await edit(uri, first.range, first.newText);
    expect(afterFirst.map(ruleOf)).toContain('confusable');
    expect(afterFirst.map(ruleOf)).not.toContain('total-mismatch');
    const second = await actionFor('confusable', '易混词', afterFirst);
    // The comment now sits on `line`; the report line moved one down.
    expect(second).toEqual({
      range: { start: { line, character: 0 }, end: { line, character: '<!-- huibao-disable-next-line total-mismatch -->'.length } },
      newText: '<!-- huibao-disable-next-line total-mismatch confusable -->',
    });
    const afterSecond = await edit(uri, second.range, second.newText);
    expect(afterSecond.filter((d) => d.range.start.line === line + 1)).toEqual([]);
  });

  it('drops the diagnostic when the figure is corrected', async () => {
    const { uri } = await open('corrected.md', mismatch);
    const at = positionOf(mismatch, '64');
    const after = await edit(uri, { start: at, end: { line: at.line, character: at.character + 2 } }, '26');
    expect(after.filter((d) => ruleOf(d) === 'total-mismatch')).toHaveLength(0);
  });

  it('fills a * total with the sum of its parts (填入合计)', async () => {
    const text = mismatch.replace('64处', '*处');
    const { uri, diagnostics } = await open('fill.md', text);
    const star = positionOf(text, '*');
    const target = diagnostics.find((d) => ruleOf(d) === 'total-mismatch');
    expect(target).toMatchObject({ code: '合计不符' });
    const actions: any[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    const fill = actions.find((a) => a.isPreferred && a.edit.changes[uri].some((e: any) => e.newText === '26'));
    expect(fill.edit.changes[uri]).toEqual([{ range: { start: star, end: { line: star.line, character: star.character + 1 } }, newText: '26' }]);
  });
});

describe('duplicate-sentence in the editor', () => {
  it('points at the first occurrence', async () => {
    const sentence = '我们以零容忍的态度坚决打击非法塑料加工。';
    const text = ['一、生态环保', '', `今年${sentence}全镇开展集中整治。`, '', `下一步，${sentence}`, ''].join('\n');
    const { uri, diagnostics } = await open('duplicate.md', text);
    const found = diagnostics.filter((d) => ruleOf(d) === 'duplicate-sentence');
    expect(found).toHaveLength(1);
    expect(found[0].code).toBe('重复语句');
    expect(found[0].range.start.line).toBe(4);
    const related = found[0].relatedInformation[0];
    expect(related.location.uri).toBe(uri);
    expect(related.location.range.start.line).toBe(2);
    expect(slice(text, related.location.range)).toContain('零容忍的态度坚决打击非法塑料加工');
  });
});
