/**
 * Each rule's docs page opens with a header generated from the rule's meta
 * (scripts/lib/rule-docs-header.mjs, written by `pnpm docs:rules`): category,
 * default severity, basis and fixes can no longer say one thing on the page
 * and another in the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/index.js';
import { HEADER_END, HEADER_START, headerIn, ruleDocsHeader, withHeader } from '../../../scripts/lib/rule-docs-header.mjs';

const repoRoot = join(import.meta.dirname, '../../..');

describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  it('opens with the header its meta gives (pnpm docs:rules writes it)', () => {
    const page = readFileSync(join(repoRoot, 'docs/rules', `${id}.md`), 'utf8');
    expect(headerIn(page)).toBe(ruleDocsHeader(rule.meta));
  });
});

describe('the generated header', () => {
  const meta = allRules.find((rule) => rule.meta.id === 'total-mismatch')!.meta;

  it('states the name, the category, both severities, the basis and the fix as the meta does', () => {
    const header = ruleDocsHeader(meta).split('\n');
    expect(header[0]).toBe(HEADER_START);
    expect(header.slice(1, -1)).toEqual([
      '- 名称：合计不符（Parts vs total），编辑器和校对报告中显示的规则名',
      `- 类别：${meta.category}`,
      '- 默认级别：warning（定稿模式 `mode: "final"` 下为 error）',
      `- 依据：${meta.basis}`,
      '- 自动修复：有（`--fix` 与保存时修复会应用）',
    ]);
    expect(header.at(-1)).toBe(HEADER_END);
  });

  it('replaces a header that drifted, and leaves the rest of the page as it was', () => {
    const drifted = ruleDocsHeader({ ...meta, basis: '旧的依据' });
    const page = `# total-mismatch\n\n${drifted}\n\n## 检查什么\n正文\n`;
    const fixed = withHeader(page, meta);
    expect(headerIn(fixed)).toBe(ruleDocsHeader(meta));
    expect(fixed.endsWith('\n\n## 检查什么\n正文\n')).toBe(true);
    expect(withHeader(fixed, meta)).toBe(fixed);
  });

  it('is inserted after the title of a page that has none', () => {
    const page = '# total-mismatch（合计不符）\n\n## 检查什么\n';
    expect(withHeader(page, meta)).toBe(`# total-mismatch（合计不符）\n\n${ruleDocsHeader(meta)}\n## 检查什么\n`);
  });
});
