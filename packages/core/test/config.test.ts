import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { allRules, lint, resolveRuleSettings, validateConfig, type HuibaoConfig } from '../src/index.js';
import { readSchema } from './helpers.js';

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

describe('rule options (each rule’s meta.schema)', () => {
  const bogus = { rules: { 'duplicate-sentence': ['warning', { threshold: 7, bogus: true }] } };

  it('refuses an unknown option with its key path and the rule’s options', () => {
    const problems = validateConfig(bogus).problems;
    expect(problems.map((p) => p.path)).toEqual(['rules.duplicate-sentence[1].bogus', 'rules.duplicate-sentence[1].threshold']);
    expect(problems[0]!.message).toBe('rules.duplicate-sentence[1].bogus is not a known option; allowed: minTokens, threshold');
    expect(problems[0]!.messageZh).toBe('rules.duplicate-sentence[1].bogus 不是可用的选项；可用：minTokens、threshold');
  });

  it('refuses an ill-typed option, saying what it takes and what was written', () => {
    const [threshold] = validateConfig({ rules: { 'duplicate-sentence': ['warning', { threshold: 7 }] } }).problems;
    expect(threshold!.message).toBe('rules.duplicate-sentence[1].threshold must be a number > 0 and ≤ 1, not 7');
    expect(threshold!.messageZh).toBe('rules.duplicate-sentence[1].threshold 应为大于 0、不超过 1 的数，实为 7');
    expect(messages({ rules: { 'duplicate-sentence': ['info', { minTokens: '8' }] } })).toEqual(['rules.duplicate-sentence[1].minTokens must be an integer ≥ 2, not "8"']);
    expect(messages({ rules: { 'duplicate-sentence': ['info', { minTokens: 1 }] } })).toEqual(['rules.duplicate-sentence[1].minTokens must be an integer ≥ 2, not 1']);
    expect(validateConfig({ rules: { 'total-mismatch': ['warning', { aboutTolerance: -0.1 }] } }).problems[0]!.messageZh).toBe(
      'rules.total-mismatch[1].aboutTolerance 应为 0～1 之间的数，实为 -0.1',
    );
    const [allow] = messages({ rules: { 'heading-level': ['warning', { allow: ['arabic-comma', '1、'] }] } });
    expect(allow).toMatch(/^rules\.heading-level\[1\]\.allow must be an array of values each one of cjk-comma, .*arabic-comma, .*, not \["arabic-comma","1、"\]$/);
  });

  it('refuses any option to a rule that takes none, and still judges the severity', () => {
    expect(messages({ rules: { punctuation: ['warning', { fix: true }] } })).toEqual(['rules.punctuation[1].fix is not a known option; punctuation takes no options']);
    expect(messages({ rules: { punctuation: ['warn', { fix: true }] } })).toEqual([
      'rules.punctuation[0] must be one of off, info, warning, error',
      'rules.punctuation[1].fix is not a known option; punctuation takes no options',
    ]);
    expect(messages({ rules: { punctuation: ['warning', {}] } })).toEqual([]);
  });

  it('accepts valid options and the rule applies them', () => {
    const config: HuibaoConfig = { rules: { 'heading-level': ['warning', { allow: ['arabic-comma'] }], 'duplicate-sentence': ['info', { minTokens: 10, threshold: 0.8 }], 'total-mismatch': ['warning', { aboutTolerance: 0.05 }] } };
    expect(validateConfig(config)).toEqual({ config, problems: [] });
    const text = '一、基本情况\n（一）工作进展\n1、完成了某项工作。\n2、完成了另一项工作。\n';
    const forms = (c: HuibaoConfig) => lint(text, { path: 'a.md', config: c }).diagnostics.filter((d) => d.ruleId === 'heading-level').length;
    expect(forms({})).toBe(2);
    expect(forms(config)).toBe(0);
  });

  it('hands a rule no options its schema refuses, when a config skipped validation', () => {
    const setting = resolveRuleSettings(allRules, { rules: { 'duplicate-sentence': ['warning', { threshold: 7 }] } } as HuibaoConfig, 'draft').get('duplicate-sentence');
    expect(setting).toEqual({ severity: 'warning', options: {} });
  });

  it('publishes each rule’s options in schemas/config.schema.json for editors', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(readSchema('config.schema.json'));
    expect(validate({ rules: { 'duplicate-sentence': ['warning', { minTokens: 10, threshold: 0.8 }], 'heading-level': ['warning', { allow: ['arabic-comma'] }], punctuation: ['error', {}] } })).toBe(true);
    expect(validate(bogus)).toBe(false);
    expect(validate({ rules: { 'duplicate-sentence': ['warning', { threshold: 0.8, bogus: true }] } })).toBe(false);
    expect(validate({ rules: { punctuation: ['warning', { fix: true }] } })).toBe(false);
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
