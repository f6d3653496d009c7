import { describe, expect, it } from 'vitest';
import { jiebaSegmenter, lint, parseReport, type Diagnostic, type Placeholder } from '../src/index.js';
import { contextWindow } from '../src/lint/rules/placeholder.js';
import { convertDate, shiftDecimal } from '../src/lint/rules/number-usage.js';
import { toChineseNumeral } from '../src/lint/chinese-text.js';
import { readFixture } from './helpers.js';

const seed = readFixture('reports', 'seed.txt');
// The seed is linted in each test that reads it, not at collection: see docs/mutation.md
// ("What the harness must not hide").
const seedDiagnostics = () => lint(seed, { path: 'seed.txt' }).diagnostics;
const of = (ruleId: string, diagnostics: Diagnostic[] = seedDiagnostics()) => diagnostics.filter((d) => d.ruleId === ruleId);

/** Applies every safe fix of the given diagnostics (last first). */
function applySafe(source: string, diagnostics: Diagnostic[]): string {
  const edits = diagnostics.flatMap((d) => d.fixes?.find((f) => f.safe)?.edits ?? []).sort((a, b) => b.range.start.offset - a.range.start.offset);
  let text = source;
  for (const edit of edits) text = text.slice(0, edit.range.start.offset) + edit.newText + text.slice(edit.range.end.offset);
  return text;
}

describe('the seed report', () => {
  it('has 162 unfilled placeholders', () => {
    expect(of('placeholder')).toHaveLength(162);
  });

  it('says what to fill, with a short window of context', () => {
    const messages = of('placeholder').map((d) => d.message);
    expect(messages).toContain('数值待填：取缔非法塑料加工经营户 * 户');
    expect(messages.filter((m) => m.startsWith('名称待填：* 镇')).length).toBeGreaterThan(0);
  });

  it('flags 截止目前 three times and leaves 截至目前 alone', () => {
    const found = of('confusable');
    expect(found.map((d) => [d.line, d.text])).toEqual([
      [32, '截止'],
      [34, '截止'],
      [37, '截止'],
    ]);
    for (const d of found) expect(seed.slice(d.range.end.offset, d.range.end.offset + 2)).toBe('目前');
    expect(found.some((d) => d.line === 3)).toBe(false);
  });

  it('finds the half-width ; after 境外返乡人员*人 and the 顿号 between quoted items', () => {
    const found = of('punctuation');
    expect(found.map((d) => [d.messageId, d.text])).toEqual([
      ['dunBetweenQuoted', '“三个必须”、“一岗双责”、“党政同责”'],
      ['halfWidth', ';'],
    ]);
    expect(seed.slice(found[1]!.range.start.offset - 7, found[1]!.range.start.offset)).toBe('境外返乡人员*人'.slice(-7));
    const fixed = applySafe(seed, found);
    expect(fixed).toContain('“三个必须”“一岗双责”“党政同责”');
    expect(fixed).toContain('境外返乡人员*人；');
  });

  it('reports the two clauses repeated from paragraph 9 in paragraph 12, pointing back', () => {
    const found = of('duplicate-sentence');
    expect(found.map((d) => [d.line, d.text, d.severity])).toEqual([
      [12, '今年，我镇以“刮骨疗毒、壮士断腕”的决心', 'info'],
      [12, '以“零容忍”的态度坚决打击非法塑料加工', 'info'],
    ]);
    expect(found.map((d) => d.related?.[0]?.range.start.line)).toEqual([9, 9]);
    const firstClause = found[1]!.related![0]!.range;
    expect(seed.slice(firstClause.start.offset, firstClause.end.offset)).toBe('以零容忍的态度坚决打击非法塑料加工');
  });

  it('has no number-usage slip (it writes 2022年 throughout)', () => {
    expect(of('number-usage')).toEqual([]);
  });
});

describe('placeholder', () => {
  const placeholder = (context: string, mark: string, kind: Placeholder['kind'], following: string, unit: string | null = null): Placeholder => {
    const at = context.indexOf(mark);
    const pos = (offset: number) => ({ line: 1, column: offset + 1, offset });
    return {
      id: 0, mark, kind, unit, following, context, metric: null, sentence: 0, section: null,
      range: { start: pos(at), end: pos(at + mark.length) },
      contextRange: { start: pos(0), end: pos(context.length) },
    };
  };

  it('keeps at most 12 characters of the clause before the mark, cut between words', () => {
    expect(contextWindow(placeholder('今年我们已陆续取缔非法塑料加工经营户*户，其中洗料*户。', '*', 'number', '户', '户'), jiebaSegmenter)).toBe('取缔非法塑料加工经营户 * 户');
    expect(contextWindow(placeholder('*镇党委政府高度重视。', '*', 'name', '镇'), jiebaSegmenter)).toBe('* 镇');
    expect(contextWindow(placeholder('于2022年*月召开会议。', '*', 'date', '月'), jiebaSegmenter)).toBe('于2022年 * 月');
  });

  it('reads only the end of a long clause: a paragraph of marks with no clause break (a property seed that hung)', () => {
    // 共计*处 two hundred times: each mark's clause runs back to the paragraph's start. The window is the
    // same as if the whole clause were read, and a megabyte of such marks lints in seconds, not hours.
    const text = `${'共计*处'.repeat(200)}。\n全镇    排查企业 *家，整改     *处。`;
    const messages = of('placeholder', lint(text, { path: 'a.txt' }).diagnostics).map((d) => d.message);
    expect(messages.slice(0, 3)).toEqual(['数值待填：共计 * 处', '数值待填：共计*处共计 * 处', '数值待填：共计*处共计*处共计 * 处']);
    expect(messages[150]).toBe('数值待填：*处共计*处共计*处共计 * 处');
    // Spaces inside a short clause stay; around it they go.
    expect(messages.slice(-2)).toEqual(['数值待填：全镇    排查企业 * 家', '数值待填：整改 * 处']);
  });

  it('speaks English when asked', () => {
    const result = lint('一、基本情况\n共走访慰问*名困难党员。\n', { path: 'a.txt', locale: 'en' });
    expect(of('placeholder', result.diagnostics).map((d) => d.message)).toEqual(['Figure to fill in: 共走访慰问 * 名']);
  });
});

describe('punctuation', () => {
  const found = (text: string, format: 'markdown' | 'text' = 'text') => of('punctuation', lint(text, { format }).diagnostics).map((d) => `${d.messageId}:${d.text}`);

  it('treats a placeholder mark as part of the Chinese text around a half-width mark', () => {
    expect(found('人员*,核查数据。')).toEqual(['halfWidth:,']);
  });

  it('leaves URLs, inline code and English alone', () => {
    expect(found('访问 https://example.com/a?b=1,2 查看，代码 `甲,乙` 不改。Hello, world!', 'markdown')).toEqual([]);
  });

  it('leaves a Markdown link target alone even when it holds Chinese', () => {
    expect(found('详见[工作方案](./附件/方案.md)，请遵照执行。', 'markdown')).toEqual([]);
    expect(found('详见工作方案(附件一)，请遵照执行。', 'markdown')).toEqual(['halfWidthParens:(附件一)']);
  });

  it('replaces the spaces around a half-width mark with the full-width mark', () => {
    const result = lint('一、基本情况\n主要措施 : 加强巡查。\n', { path: 'a.txt' });
    expect(applySafe('一、基本情况\n主要措施 : 加强巡查。\n', of('punctuation', result.diagnostics))).toBe('一、基本情况\n主要措施：加强巡查。\n');
  });
});

describe('number-usage helpers', () => {
  it('moves the decimal point instead of multiplying floats', () => {
    expect(shiftDecimal('3', 3)).toBe('3000');
    expect(shiftDecimal('2.5', 3)).toBe('2500');
    expect(shiftDecimal('0.44', 3)).toBe('440');
    expect(shiftDecimal('1.2345', 2)).toBe('123.45');
  });

  it('writes integers as Chinese numerals', () => {
    expect([0, 10, 12, 20, 105, 1010, 30000, 100005].map(toChineseNumeral)).toEqual(['零', '十', '十二', '二十', '一百零五', '一千零一十', '三万', '十万零五']);
  });

  it('converts dates between the two styles', () => {
    expect(convertDate('2022年5月', 'chinese')).toEqual(['二〇二二年五月']);
    expect(convertDate('二〇二二年十二月三十一日', 'arabic')).toEqual(['2022年12月31日']);
  });
});

describe('duplicate-sentence', () => {
  it('never flags short boilerplate repeated many times', () => {
    const text = '一、基本情况\n' + '各项工作有序推进。取得了明显成效。\n'.repeat(30);
    expect(of('duplicate-sentence', lint(text, { path: 'a.txt' }).diagnostics)).toEqual([]);
  });

  it('compares words, so a changed word in a long sentence still matches and the options apply', () => {
    const a = '各村要严格落实属地管理责任，全面排查整治各类安全隐患，确保不发生重大事故。';
    const b = '各村要严格落实属地管理责任，全面排查整治各类风险隐患，确保不发生重大事故。';
    const text = `一、安全生产\n（一）责任落实\n${a}\n（二）隐患排查\n${b}\n`;
    expect(of('duplicate-sentence', lint(text, { path: 'a.txt' }).diagnostics).map((d) => d.messageId)).toEqual(['nearSentence']);
    // In another part of the report (another top-level section) a nearly equal sentence is framing said again.
    const apart = `一、基本情况\n${a}\n二、下步打算\n${b}\n`;
    expect(of('duplicate-sentence', lint(apart, { path: 'a.txt' }).diagnostics)).toEqual([]);
    const strict = lint(text, { path: 'a.txt', config: { rules: { 'duplicate-sentence': ['info', { threshold: 0.95 }] } } });
    expect(of('duplicate-sentence', strict.diagnostics).map((d) => d.messageId)).not.toContain('nearSentence');
  });

  it('reads the outline, not the text: skipped code blocks are not compared', () => {
    const sentence = '全镇上下要进一步统一思想认识，切实把安全生产工作摆在更加突出的位置。';
    const md = `${sentence}\n\n\`\`\`\n${sentence}\n\`\`\`\n`;
    expect(parseReport(md).sentences.length).toBe(1);
    expect(of('duplicate-sentence', lint(md, { format: 'markdown' }).diagnostics)).toEqual([]);
  });
});
