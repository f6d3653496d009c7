import { describe, expect, it } from 'vitest';
import { allRules, lint, resolveRuleSettings, validateConfig, type HuibaoConfig } from '../src/index.js';

const messages = (value: unknown) => validateConfig(value).problems.map((p) => p.message);

describe('validateConfig', () => {
  it('accepts a full, valid config', () => {
    const config = {
      $schema: 'https://huibao.dev/schemas/config.schema.json',
      extends: 'strict',
      mode: 'final',
      locale: 'en',
      rules: { punctuation: 'off', 'duplicate-sentence': ['warning', { minTokens: 10 }] },
      placeholders: { marks: ['××'] },
      units: [{ unit: '公顷', dimension: '平方米', factor: 10000 }],
      confusables: [{ wrong: '网格员', right: '网格管理员', reason: '统一称谓', basis: '本单位规范', safe: true }],
      ignore: ['drafts/**'],
    };
    expect(validateConfig(config)).toEqual({ config, problems: [] });
  });

  it('names the key path and the allowed severities for a bad rule level', () => {
    expect(messages({ rules: { punctuation: 'warn' } })).toEqual(['rules.punctuation must be one of off, info, warning, error']);
  });

  it('judges [severity, options] by what was written', () => {
    expect(messages({ rules: { punctuation: ['warn', {}] } })).toEqual(['rules.punctuation[0] must be one of off, info, warning, error']);
    expect(messages({ rules: { punctuation: ['warning'] } })).toEqual(['rules.punctuation must be [severity, options] with two items, e.g. ["warning", {}]']);
    expect(messages({ rules: { punctuation: ['warning', 3] } })).toEqual(['rules.punctuation[1] must be an object of rule options']);
  });

  it('names an unknown rule, suggests the closest id and lists the known ones', () => {
    const [message] = messages({ rules: { 'punctuatoin': 'error' } });
    expect(message).toMatch(/^rules\.punctuatoin is not a known rule; did you mean punctuation\? Known rules: /);
    for (const rule of allRules) expect(message).toContain(rule.meta.id);
    expect(messages({ rules: { zzz: 'error' } })[0]).not.toContain('did you mean');
  });

  it('names an unknown top-level option and the allowed ones', () => {
    expect(messages({ mdoe: 'final' })).toEqual(['mdoe is not a known option; allowed: $schema, extends, mode, locale, segmenter, rules, placeholders, departments, units, confusables, ignore']);
  });

  it('lists the allowed values of extends, mode and locale', () => {
    expect(messages({ extends: 'eslint:recommended', mode: 'release', locale: 'zh' })).toEqual([
      'extends must be one of recommended, strict',
      'mode must be one of draft, final',
      'locale must be one of zh-CN, en',
    ]);
  });

  it('gives one message per problem with array indexes in the path', () => {
    expect(
      messages({
        placeholders: { marks: [''] },
        confusables: [{ wrong: '其它', right: '其他', reason: '', basis: 'x', safe: 'yes' }, { wrong: 'a' }],
        ignore: 'drafts/**',
      }),
    ).toEqual([
      'placeholders.marks[0] must not be empty',
      'confusables[0].reason must not be empty',
      'confusables[0].safe must be a boolean (true or false)',
      'confusables[1].right is required',
      'confusables[1].reason is required',
      'confusables[1].basis is required',
      'confusables[1].safe is required',
      'ignore must be an array',
    ]);
  });

  it('names an unknown key inside a confusable entry with the keys it allows', () => {
    const [message] = messages({ confusables: [{ wrong: 'a', right: 'b', reason: 'r', basis: 'b', safe: true, because: 'x' }] });
    expect(message).toMatch(/^confusables\[0\]\.because is not a known option; allowed: wrong, right, /);
  });

  it('has the same messages in Chinese', () => {
    expect(validateConfig({ rules: { punctuation: 'warn' } }).problems[0]!.messageZh).toBe('rules.punctuation 必须是 off、info、warning、error 之一');
  });

  it('never throws on values that are not objects', () => {
    for (const value of [null, 3, 'x', [], undefined]) {
      expect(messages(value)).toEqual(['the config must be a JSON object, e.g. { "extends": "recommended" }']);
    }
  });
});

describe('resolveRuleSettings', () => {
  const severity = (config: HuibaoConfig, mode: 'draft' | 'final' = 'draft', id = 'placeholder') =>
    resolveRuleSettings(allRules, config, mode).get(id)?.severity;

  it('uses each rule’s default severity, and finalSeverity in final mode', () => {
    expect(severity({})).toBe('warning');
    expect(severity({}, 'final')).toBe('error');
    expect(severity({}, 'final', 'duplicate-sentence')).toBe('info');
  });

  it('lets the config set a severity, turn a rule off or pass options', () => {
    expect(severity({ rules: { placeholder: 'info' } }, 'final')).toBe('info');
    expect(resolveRuleSettings(allRules, { rules: { punctuation: 'off' } }, 'draft').has('punctuation')).toBe(false);
    expect(resolveRuleSettings(allRules, { rules: { 'duplicate-sentence': ['warning', { minTokens: 12 }] } }, 'draft').get('duplicate-sentence')).toEqual({
      severity: 'warning',
      options: { minTokens: 12 },
    });
  });

  it('raises warnings to errors under the strict preset', () => {
    expect(severity({ extends: 'strict' }, 'draft', 'punctuation')).toBe('error');
    expect(severity({ extends: 'strict' }, 'draft', 'duplicate-sentence')).toBe('info');
  });

  it('makes placeholders errors when lint is given mode final (config or option)', () => {
    const text = '一、基本情况\n共走访慰问*名困难党员。\n';
    const levels = (options: Parameters<typeof lint>[1]) => lint(text, { path: 'a.txt', ...options }).diagnostics.filter((d) => d.ruleId === 'placeholder').map((d) => d.severity);
    expect(levels({})).toEqual(['warning']);
    expect(levels({ config: { mode: 'final' } })).toEqual(['error']);
    expect(levels({ mode: 'final' })).toEqual(['error']);
    expect(levels({ config: { mode: 'final' }, mode: 'draft' })).toEqual(['warning']);
  });
});
