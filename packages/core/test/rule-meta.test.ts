/**
 * Meta test over every registered rule (as ESLint and markdownlint do): the
 * id names the file, the docs page and the fixtures; every message is used
 * and has the same placeholders in both languages; `fixable` and
 * `hasSuggestions` say what the rule really emits; the config accepts it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, buildConfigSchema, ruleIds, ruleName, validateConfig, type Rule } from '../src/index.js';
import { placeholdersOf } from '../src/lint/messages.js';
import { repoRoot } from './helpers.js';

const rulesDir = join(repoRoot, 'packages/core/src/lint/rules');
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

/** The rule each file exports by default, loaded from the file itself (not through the registry). */
const byFile = new Map<string, Rule>();
for (const file of ruleFiles) {
  const module = (await import(join(rulesDir, file))) as { default?: Rule };
  if (module.default) byFile.set(file.replace(/\.ts$/, ''), module.default);
}

/**
 * Quoted string literals in a rule's source, except object keys (the messages
 * table's own keys) and type aliases (`type MessageId = 'a' | 'b'` lists every
 * id whether used or not).
 */
function literalsOf(ruleSource: string): Set<string> {
  const found = new Set<string>();
  const source = ruleSource.replace(/\btype\s+\w+\s*=[^;]*;/g, '');
  for (const m of source.matchAll(/(['"`])([A-Za-z][\w-]{0,60})\1/g)) {
    const before = source.slice(Math.max(0, m.index - 40), m.index).trimEnd();
    const after = source.slice(m.index + m[0].length, m.index + m[0].length + 20).trimStart();
    const isKey = after.startsWith(':') && /[{,]$|^$/.test(before);
    if (!isKey) found.add(m[2]!);
  }
  return found;
}

/**
 * A rule's source: its file, and the modules of a helper folder of lint/ it
 * imports (duplicate-sentence's ../duplicates/*), which report with its messages.
 * Shared modules directly in lint/ (rule.ts, chinese-text.ts) are not part of it.
 */
function ruleSource(path: string, seen = new Set<string>()): string {
  if (seen.has(path)) return '';
  seen.add(path);
  const text = readFileSync(path, 'utf8');
  const inHelperFolder = dirname(path) !== rulesDir;
  let source = text;
  for (const m of text.matchAll(/from '(\.\.?\/[\w./-]+)\.js'/g)) {
    const target = resolve(dirname(path), `${m[1]}.ts`);
    const helperFolder = dirname(dirname(target)) === dirname(rulesDir) && dirname(target) !== rulesDir;
    if ((helperFolder || (inHelperFolder && dirname(target) === dirname(path))) && existsSync(target)) source += '\n' + ruleSource(target, seen);
  }
  return source;
}

describe('rule registry', () => {
  it('registers every rule file, once, and nothing else', () => {
    expect([...allRules].map((r) => r.meta.id).sort()).toEqual([...byFile.keys()].sort());
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
  });

  it('gives every rule a short name: 2–6 Chinese characters, distinct, and a short English one', () => {
    for (const { meta } of allRules) {
      expect(meta.name.zh, meta.id).toMatch(/^[\u4e00-\u9fff]{2,6}$/);
      expect(meta.name.en.trim(), meta.id).not.toBe('');
      expect(meta.name.en.length, meta.id).toBeLessThanOrEqual(24);
      // Written as a name (Number usage), not as an id (number-usage); shorter than the description.
      expect(meta.name.en, meta.id).toMatch(/^[A-Z][A-Za-z ]*$/);
      expect(meta.description.zh.length, meta.id).toBeGreaterThan(meta.name.zh.length);
    }
    const zh = allRules.map((r) => r.meta.name.zh);
    const en = allRules.map((r) => r.meta.name.en.toLowerCase());
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
    expect(ruleName('confusable', 'zh-CN')).toBe('易混词');
    expect(ruleName('confusable', 'en')).toBe('Confusable word');
    expect(ruleName('no-such-rule', 'zh-CN')).toBe('no-such-rule');
  });

  it('publishes every rule id in the config schema and accepts it in a config', () => {
    const schema = buildConfigSchema(ruleIds) as unknown as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...ruleIds].sort());
    const everyRule = Object.fromEntries(ruleIds.map((id) => [id, 'warning']));
    expect(validateConfig({ rules: everyRule }).problems).toEqual([]);
    expect(validateConfig({ rules: { 'no-such-rule': 'warning' } }).problems).not.toEqual([]);
  });

  it('names in the docs of final mode every rule that final mode makes an error, and no other', () => {
    const raised = [...allRules].filter((r) => r.meta.finalSeverity === 'error' && r.meta.id !== 'placeholder').map((r) => r.meta.id).sort();
    const named = (line: string | undefined) => allRules.map((r) => r.meta.id).filter((id) => id !== 'placeholder' && line?.includes(id)).sort();
    const configuration = readFileSync(join(repoRoot, 'docs/configuration.md'), 'utf8').split('\n');
    const cli = readFileSync(join(repoRoot, 'docs/cli.md'), 'utf8').split('\n');
    expect(raised.length).toBeGreaterThan(0);
    expect(named(configuration.find((l) => l.startsWith('| `mode`')))).toEqual(raised);
    expect(named(configuration.find((l) => l.includes('`mode` (`draft` | `final`')))).toEqual(raised);
    expect(named(cli.find((l) => l.startsWith('| `--final`')))).toEqual(raised);
  });
});

describe.each([...allRules].map((rule) => ({ id: rule.meta.id, rule })))('$id', ({ id, rule }) => {
  const { meta } = rule;
  const sourcePath = join(rulesDir, `${id}.ts`);
  const source = existsSync(sourcePath) ? ruleSource(sourcePath) : '';

  it('declares its options as a closed object schema, each option described with a default', () => {
    const schema = meta.schema as unknown as { type: string; additionalProperties: boolean; properties: Record<string, { description?: string; default?: unknown }> };
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    for (const option of Object.values(schema.properties)) {
      expect(option.description).toBeTruthy();
      expect(option.default).toBeDefined();
    }
    // A rule that reads an option declares it.
    for (const m of source.matchAll(/context\.options\.(\w+)/g)) expect(Object.keys(schema.properties)).toContain(m[1]);
  });

  it('is defined in packages/core/src/lint/rules/<id>.ts under a kebab-case id', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(byFile.get(id)).toBe(rule);
  });

  it('has a basis, descriptions and messages in zh-CN and en', () => {
    expect(meta.basis.trim()).not.toBe('');
    expect(meta.description.zh.trim()).not.toBe('');
    expect(meta.description.en.trim()).not.toBe('');
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(meta.messages)) {
      expect(message.zh.trim()).not.toBe('');
      expect(message.en.trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in zh-CN and en for every message', () => {
    for (const [messageId, message] of Object.entries(meta.messages)) {
      const zh = placeholdersOf({ zh: message.zh, en: '' }).sort();
      // A datum that is itself localized may be passed twice: {{reason}} in zh, {{reasonEn}} in en.
      const en = placeholdersOf({ zh: '', en: message.en })
        .map((name) => (name.endsWith('En') && zh.includes(name.slice(0, -2)) ? name.slice(0, -2) : name))
        .sort();
      expect(en, `${id}.${messageId}`).toEqual(zh);
    }
  });

  it('uses every messageId it declares', () => {
    const literals = literalsOf(source);
    expect(Object.keys(meta.messages).filter((messageId) => !literals.has(messageId))).toEqual([]);
  });

  it('declares fixable exactly when it emits safe fixes, hasSuggestions exactly when it emits suggestions', () => {
    // Under `pnpm mutation` the file is Stryker's instrumented copy, which switches a literal in
    // place (`safe: stryMutAct_9fa48("12") ? true : (stryCov_9fa48("12"), false)`); read it as written.
    const written = source.replace(/stryMutAct_\w+\("\d+"\) \? (?:true|false) : \(stryCov_\w+\("\d+"\), (true|false)\)/g, '$1');
    expect(/\bsafe:\s*(true|[a-z])/i.test(written.replace(/safe:\s*false/g, ''))).toBe(meta.fixable);
    expect(/\bsafe:\s*(false|[a-z])/i.test(written.replace(/safe:\s*true/g, ''))).toBe(meta.hasSuggestions);
  });

  it('has its docs page docs/rules/<id>.md naming the rule', () => {
    const docsPath = join(repoRoot, 'docs/rules', `${id}.md`);
    expect(existsSync(docsPath), docsPath).toBe(true);
    expect(readFileSync(docsPath, 'utf8')).toContain(id);
  });
});
