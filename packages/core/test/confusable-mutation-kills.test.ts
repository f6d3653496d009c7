/**
 * What a writer sees from confusable, written against its likely surviving mutants (issue 26,
 * docs/mutation.md): the message in both languages (a config entry without reasonEn shows its
 * reason in English too), the range in a later sentence, the fix's title, edit and `safe` as
 * the entry gives it, `data`, and a word in inline code left alone beside the same word
 * outside it. The fixtures in fixtures/rules/confusable/ label only the message id and range.
 * Offsets were counted by hand; each test lints inside itself.
 */
import { describe, expect, it } from 'vitest';
import { lint, type HuibaoConfig } from '../src/index.js';

function seen(text: string, locale?: 'en', config: HuibaoConfig = {}, format: 'text' | 'markdown' = 'text') {
  return lint(text, { format, locale, config: { ...config, rules: { confusable: 'warning' } } })
    .diagnostics.filter((d) => d.ruleId === 'confusable')
    .map((d) => ({
      line: d.line,
      column: d.column,
      start: d.range.start.offset,
      end: d.range.end.offset,
      message: d.message,
      data: d.data,
      fixes: d.fixes?.map((f) => ({ title: f.title, safe: f.safe, edits: f.edits.map((e) => [e.range.start.offset, e.range.end.offset, e.newText]) })),
    }));
}

const QITA = '“其他”可指人也可指事物，公文统一用“其他”；“其它”只用于事物，是“其他”的分化字';
const QITA_BASIS = '《现代汉语词典》第7版“其他”“其它”条';

describe('confusable as a writer sees it', () => {
  it('shows a built-in slip in a later sentence, with its fix, in both languages', () => {
    // 全年完成投资12亿元。 is 11 units; 截止 is 11–13, 其它 16–18.
    const text = '全年完成投资12亿元。截止目前，其它工作正常推进。';
    const zh = seen(text);
    expect(zh.map((d) => [d.line, d.column, d.start, d.end])).toEqual([
      [1, 12, 11, 13],
      [1, 17, 16, 18],
    ]);
    expect(zh[1]).toEqual({
      line: 1,
      column: 17,
      start: 16,
      end: 18,
      message: `“其它”应为“其他”：${QITA}（${QITA_BASIS}）`,
      data: { wrong: '其它', right: '其他', basis: QITA_BASIS },
      fixes: [{ title: '改为“其他”', safe: true, edits: [[16, 18, '其他']] }],
    });
    expect(seen(text, 'en')[1]).toMatchObject({
      message: `“其它” should be “其他”: 其他 covers people and things and is the form official documents use; 其它 is a narrower variant (${QITA_BASIS})`,
      fixes: [{ title: 'Change to “其他”', safe: true, edits: [[16, 18, '其他']] }],
    });
  });

  it('shows a config entry as given: its reason in English too, its fix not safe when it says so', () => {
    const config: HuibaoConfig = { confusables: [{ wrong: '网格员', right: '网格管理员', reason: '统一称谓', basis: '本单位规范', safe: false }] };
    const text = '全年完成投资12亿元。网格员已到位。';
    const fixes = (title: string) => [{ title, safe: false, edits: [[11, 14, '网格管理员']] }];
    const data = { wrong: '网格员', right: '网格管理员', basis: '本单位规范' };
    expect(seen(text, undefined, config)).toEqual([{ line: 1, column: 12, start: 11, end: 14, message: '“网格员”应为“网格管理员”：统一称谓（本单位规范）', data, fixes: fixes('改为“网格管理员”') }]);
    expect(seen(text, 'en', config)).toEqual([
      { line: 1, column: 12, start: 11, end: 14, message: '“网格员” should be “网格管理员”: 统一称谓 (本单位规范)', data, fixes: fixes('Change to “网格管理员”') },
    ]);
  });

  it('leaves a word in inline code alone, not the same word after it', () => {
    // # 说明, a blank line: the paragraph starts at 6; `其它` is 11–15, the second 其它 20–22.
    expect(seen('# 说明\n\n代码里的 `其它` 不检查，其它要检查。', undefined, {}, 'markdown').map((d) => [d.line, d.column, d.start, d.end])).toEqual([[3, 15, 20, 22]]);
  });
});
