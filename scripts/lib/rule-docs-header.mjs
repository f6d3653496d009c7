// The header of a rule's docs page (docs/rules/<id>.md), generated from the rule's meta so the
// two cannot drift: the short name editors show, category, default severity (and what final mode makes it), basis, and
// whether it fixes. `pnpm docs:rules` writes it; packages/core/test/rule-docs-header.test.ts
// fails when a page's header differs from what its meta says.

export const HEADER_START = '<!-- 以下由规则的 meta 生成（pnpm docs:rules）：改规则文件，不要改这里 -->';
export const HEADER_END = '<!-- meta 生成部分结束 -->';

/** @param {import('@huibao/core').RuleMeta} meta */
export function ruleDocsHeader(meta) {
  const final = meta.finalSeverity && meta.finalSeverity !== meta.severity ? `（定稿模式 \`mode: "final"\` 下为 ${meta.finalSeverity}）` : '';
  const fix = meta.fixable ? '有（`--fix` 与保存时修复会应用）' : '无';
  const suggestions = meta.hasSuggestions ? '；提供修改建议（由用户选择）' : '';
  return [
    HEADER_START,
    `- 名称：${meta.name.zh}（${meta.name.en}），编辑器和校对报告中显示的规则名`,
    `- 类别：${meta.category}`,
    `- 默认级别：${meta.severity}${final}`,
    `- 依据：${meta.basis}`,
    `- 自动修复：${fix}${suggestions}`,
    HEADER_END,
  ].join('\n');
}

/** The page's generated header as written, or null when it has none. */
export function headerIn(page) {
  const start = page.indexOf(HEADER_START);
  const end = page.indexOf(HEADER_END);
  if (start < 0 || end < start) return null;
  return page.slice(start, end + HEADER_END.length);
}

/** The page with its header replaced by the one `meta` gives (inserted after the title when it has none). */
export function withHeader(page, meta) {
  const header = ruleDocsHeader(meta);
  const written = headerIn(page);
  if (written !== null) return page.replace(written, header);
  const titleEnd = page.indexOf('\n') + 1;
  return `${page.slice(0, titleEnd)}\n${header}\n${page.slice(titleEnd).replace(/^\n/, '')}`;
}
