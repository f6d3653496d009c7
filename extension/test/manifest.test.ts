// The manifest and the localisation files agree: every %key% the manifest uses
// has an English and a Chinese string, and every runtime string passed to
// vscode.l10n.t has a Chinese translation. A missing one shows the raw key (or
// English) to a Chinese writer, which no other test would notice.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const manifestText = readFileSync(join(root, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as {
  contributes: { commands: { command: string; title: string }[]; configuration: { properties: Record<string, Record<string, unknown>> } };
};
const english = readJson('package.nls.json');
const chinese = readJson('package.nls.zh-cn.json');
const bundle = readJson('l10n/bundle.l10n.zh-cn.json');

describe('manifest localisation', () => {
  const used = [...manifestText.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);

  it('has an English and a Chinese string for every %key% the manifest uses', () => {
    expect(used.length).toBe(24); // 2 names, 2 capability notes, 6 commands, 14 setting texts
    expect(used.filter((key) => !(key in english))).toEqual([]);
    expect(used.filter((key) => !(key in chinese))).toEqual([]);
  });

  it('keeps the English and Chinese files to the same keys, none unused', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    expect(Object.keys(english).filter((key) => !used.includes(key))).toEqual([]);
  });

  it('gives the commands their Chinese titles', () => {
    const titles = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, chinese[c.title.slice(1, -1)]]));
    expect(titles).toEqual({
      'huibao.nextPlaceholder': '转到下一处待填',
      'huibao.previousPlaceholder': '转到上一处待填',
      'huibao.fixAll': '修复全部',
      'huibao.showOutline': '显示报告结构',
      'huibao.exportPlaceholders': '导出待填清单',
      'huibao.restartServer': '重启 Huibao 服务',
    });
  });

  it('describes every setting', () => {
    expect(Object.keys(manifest.contributes.configuration.properties).length).toBeGreaterThan(0);
    for (const [name, schema] of Object.entries(manifest.contributes.configuration.properties)) {
      expect(schema.description ?? schema.markdownDescription, name).toMatch(/^%huibao\.config\./);
    }
  });
});

describe('runtime strings (vscode.l10n)', () => {
  const sources = readdirSync(join(root, 'src')).map((file) => readFileSync(join(root, 'src', file), 'utf8'));
  // Single-quoted literals only: the code passes every message as one.
  const messages = sources.flatMap((text) => [...text.matchAll(/l10n\.t\('((?:[^'\\\n]|\\.){1,200})'/g)].map((m) => m[1]!));

  it('translates every message to Chinese, with the same {n} placeholders', () => {
    expect(messages.length).toBeGreaterThan(10);
    for (const message of messages) {
      const translated = bundle[message];
      expect(translated, message).toBeTypeOf('string');
      const slots = (text: string) => (text.match(/\{\d\}/g) ?? []).sort();
      expect(slots(translated as string), message).toEqual(slots(message));
    }
  });

  it('shows the status item as 待填 N 处', () => {
    expect(bundle['{0} to fill']).toBe('待填 {0} 处');
  });

  it('has no translations for messages the code no longer uses', () => {
    expect(Object.keys(bundle).filter((key) => !messages.includes(key))).toEqual([]);
  });
});
