// Rules go by their short names in everything an editor shows (易混词, not
// confusable): the diagnostic's code, the code action titles and the hover.
// The id stays in the diagnostic's data, where code actions and tools read it.
import { describe, expect, it } from 'vitest';
import { docsUrl, ruleIds, type Locale } from '@huibao/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../src/analysis.js';
import { codeActions, FIX_ALL_KIND } from '../src/code-actions.js';
import { toLspDiagnostic } from '../src/convert.js';
import { hoverAt } from '../src/hover.js';

const text = '截止目前，已完成12处。截止目前，全年粮食产量96.1万吨，其中夏粮27.8万吨，秋粮69.3万吨。\n';
const uri = 'file:///w/a.md';

function setUp(locale: Locale) {
  const analysis = analyze({ text, version: 1, format: 'markdown', config: {}, mode: null, locale, ruleOverrides: {} }, 'k');
  const diagnostics = analysis.result.diagnostics.map((d) => toLspDiagnostic(d, uri, 1, analysis.mode, analysis.locale));
  const document = TextDocument.create(uri, 'markdown', 1, text);
  return { analysis, diagnostics, document };
}

/** Every rule id, as it must not appear in what a zh-CN writer reads. */
const anyRuleId = new RegExp(`\\b(${ruleIds.join('|')})\\b`);

describe.each([
  ['zh-CN', '汇报', '易混词', '合计不符', '修复本文件中所有“易混词”问题', '在此行禁用“易混词”'],
  ['en', 'Huibao', 'Confusable word', 'Parts vs total', 'Fix all “Confusable word” problems in this file', 'Disable “Confusable word” for this line'],
] as const)('in %s', (locale, source, confusable, totalMismatch, fixAll, disable) => {
  const { analysis, diagnostics, document } = setUp(locale);
  const byRule = (id: string) => diagnostics.filter((d) => (d.data as { ruleId: string }).ruleId === id);

  it('publishes the source and the rule name as the code, linked to the docs; the id stays in data', () => {
    expect(byRule('confusable')).toHaveLength(2);
    expect(byRule('total-mismatch')).toHaveLength(1);
    for (const d of byRule('confusable')) {
      expect(d).toMatchObject({ source, code: confusable, codeDescription: { href: docsUrl('confusable') }, data: { ruleId: 'confusable', version: 1 } });
    }
    expect(byRule('total-mismatch')[0]).toMatchObject({ source, code: totalMismatch, codeDescription: { href: docsUrl('total-mismatch') } });
    if (locale === 'zh-CN') for (const d of diagnostics) expect(`${d.source} ${d.code} ${d.message}`).not.toMatch(anyRuleId);
  });

  it('names the rule in the code action titles, and still inserts its id in the comment', () => {
    const target = byRule('confusable')[0]!;
    const actions = codeActions({ textDocument: { uri }, range: target.range, context: { diagnostics: [target] } }, { document, analysis, markdown: true, locale });
    const titles = actions.map((a) => a.title);
    expect(titles).toContain(fixAll);
    expect(titles).toContain(disable);
    if (locale === 'zh-CN') for (const title of titles) expect(title).not.toMatch(anyRuleId);
    const comment = actions.find((a) => a.title === disable)!.edit!.changes![uri]![0]!;
    expect(comment.newText).toBe('<!-- huibao-disable-next-line confusable -->\n');
    // Fix on save keeps its identifier, whatever the language.
    expect(FIX_ALL_KIND).toBe('source.fixAll.huibao');
  });

  it('opens the hover of a finding with the rule name', () => {
    const hover = hoverAt(analysis, 1, locale)!;
    const value = (hover.contents as { value: string }).value;
    expect(value.startsWith(`**${confusable}** · 用词：`)).toBe(true);
    if (locale === 'zh-CN') expect(value.replace(/\]\([^)]*\)/g, ']')).not.toMatch(anyRuleId);
  });
});

describe('code actions on diagnostics published in the other language', () => {
  it('still finds their rule by data.ruleId', () => {
    const { diagnostics } = setUp('en');
    const { analysis, document } = setUp('zh-CN');
    const target = diagnostics.find((d) => (d.data as { ruleId: string }).ruleId === 'confusable')!;
    const actions = codeActions({ textDocument: { uri }, range: target.range, context: { diagnostics: [target] } }, { document, analysis, markdown: true, locale: 'zh-CN' });
    expect(actions.map((a) => a.title)).toContain('修复本文件中所有“易混词”问题');
  });
});
