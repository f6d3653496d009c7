// The server's own small pieces, apart from the protocol: fix selection for
// one WorkspaceEdit, settings read defensively, locale, config problem placement.
import { describe, expect, it } from 'vitest';
import { LineIndex, type Diagnostic } from '@huibao/core';
import { collectSafeEdits } from '../src/code-actions.js';
import { configDiagnostic } from '../src/config-problems.js';
import { localeFromClient } from '../src/i18n.js';
import { defaultSettings, normalizeSettings } from '../src/settings.js';

const text = '截止目前，完成整改12处,其它3处。';
const lines = new LineIndex(text);

function diagnostic(fixes: Array<{ safe: boolean; edits: Array<[number, number, string]> }>): Diagnostic {
  const range = lines.range(0, 1);
  return {
    ruleId: 'r',
    messageId: 'm',
    severity: 'warning',
    category: '用词',
    message: '',
    range,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    text: '',
    docsUrl: '',
    basis: '',
    fixes: fixes.map((f) => ({ title: 't', safe: f.safe, edits: f.edits.map(([s, e, newText]) => ({ range: lines.range(s, e), newText })) })),
  };
}

describe('collectSafeEdits', () => {
  it('takes the first safe fix of each diagnostic and skips suggestions', () => {
    const edits = collectSafeEdits([
      diagnostic([{ safe: false, edits: [[0, 2, '截至']] }, { safe: true, edits: [[0, 2, '截至']] }]),
      diagnostic([{ safe: false, edits: [[13, 15, '其他']] }]),
      diagnostic([{ safe: true, edits: [[12, 13, '，']] }]),
    ]);
    expect(edits).toEqual([
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, newText: '截至' },
      { range: { start: { line: 0, character: 12 }, end: { line: 0, character: 13 } }, newText: '，' },
    ]);
  });

  it('leaves out a fix that overlaps one already taken, and two insertions at one point', () => {
    const edits = collectSafeEdits([
      diagnostic([{ safe: true, edits: [[1, 4, 'B']] }]),
      diagnostic([{ safe: true, edits: [[0, 2, 'A']] }]),
      diagnostic([{ safe: true, edits: [[6, 6, 'X']] }]),
      diagnostic([{ safe: true, edits: [[6, 6, 'Y']] }]),
      diagnostic([{ safe: true, edits: [[4, 6, 'C']] }]),
    ]);
    // Sorted by start: A (0–2) taken, B (1–4) overlaps it, C (4–6) taken, X at 6 taken, Y at 6 conflicts.
    expect(edits.map((e) => e.newText)).toEqual(['A', 'C', 'X']);
  });
});

describe('normalizeSettings', () => {
  it('keeps valid fields and ignores wrong ones', () => {
    const settings = normalizeSettings({ enable: 'yes', run: 'onSave', mode: 'final!', configPath: '  ', rules: { placeholder: 'off', confusable: 'loud', x: 3 } });
    expect(settings).toEqual({ ...defaultSettings, run: 'onSave', rules: { placeholder: 'off' } });
  });

  it('reads huibao.enable as auto, always or never, the old booleans as always and never', () => {
    expect(defaultSettings.enable).toBe('auto');
    const enable = (value: unknown) => normalizeSettings({ enable: value }).enable;
    expect([true, 'always', false, 'never', 'auto', 'sometimes'].map(enable)).toEqual(['always', 'always', 'never', 'never', 'auto', 'auto']);
    expect(normalizeSettings({ run: 'onSave' }, { ...defaultSettings, enable: 'never' }).enable).toBe('never');
  });

  it('falls back to the base for null and non-objects', () => {
    expect(normalizeSettings(null)).toBe(defaultSettings);
    expect(normalizeSettings('huibao')).toBe(defaultSettings);
  });
});

describe('localeFromClient', () => {
  it('is English only for en tags', () => {
    expect(['en', 'en-US', 'EN-gb'].map(localeFromClient)).toEqual(['en', 'en', 'en']);
    expect(['zh-cn', 'zh-TW', 'fr', undefined, null, 'ena'].map(localeFromClient)).toEqual(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
  });
});

describe('configDiagnostic', () => {
  const base = { config: {}, configPath: '/w/.huibaorc.json' };
  it('places a schema problem on its key and lists every problem', () => {
    const text = '{\n  "mode": "draft",\n  "rules": {\n    "mode": 1,\n    "placeholder": "loud"\n  }\n}\n';
    const problems = ['/w/.huibaorc.json: rules.placeholder must be one of off, info, warning, error', '/w/.huibaorc.json: other'];
    const d = configDiagnostic({ ...base, text, problems }, 'zh-CN')!;
    // The "placeholder" inside "rules", line 5 (0-based 4), after four spaces.
    expect(d.range).toEqual({ start: { line: 4, character: 4 }, end: { line: 4, character: 17 } });
    expect(d.message).toBe(problems.join('\n'));
    // Shown as 汇报(配置文件) in zh-CN, Huibao(config) in English.
    expect(d).toMatchObject({ source: '汇报', code: '配置文件' });
    expect(configDiagnostic({ ...base, text, problems }, 'en')).toMatchObject({ source: 'Huibao', code: 'config' });
  });

  it('places a JSON syntax error at its line and column', () => {
    const text = '{\n  "mode": "final",\n  oops\n}\n';
    const d = configDiagnostic({ ...base, text, problems: ['/w/.huibaorc.json: 第 3 行第 3 列 JSON 语法错误 (JSON syntax error at 3:3): Unexpected token'] }, 'zh-CN')!;
    expect(d.range).toEqual({ start: { line: 2, character: 2 }, end: { line: 2, character: 3 } });
  });

  it('is null for a good config', () => {
    expect(configDiagnostic({ ...base, text: '{}', problems: [] }, 'zh-CN')).toBeNull();
  });
});
