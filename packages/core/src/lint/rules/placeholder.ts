import { NO_OPTIONS, defineRule } from '../rule.js';
import type { Placeholder, PlaceholderKind } from '../../model/outline.js';
import { isClauseBreak } from '../chinese-text.js';
import type { Segmenter } from '../../segment/segmenter.js';

/** At most this many characters of context before the mark, whole words only. */
const WINDOW = 12;

/** One message per kind, so each reads naturally in both languages. */
const MESSAGE_BY_KIND = { number: 'number', name: 'name', date: 'date', other: 'other' } as const satisfies Record<PlaceholderKind, string>;

/**
 * Every unfilled placeholder (*, ＊ or a configured mark such as ××), with its
 * kind and a short window of context so a list of them reads like a to-do list:
 * 数值待填：取缔非法塑料加工经营户 * 户. A warning while drafting, an error in
 * final mode.
 */
export default defineRule({
  meta: {
    id: 'placeholder',
    name: { zh: '待填', en: 'To fill' },
    category: '待填',
    severity: 'warning',
    finalSeverity: 'error',
    description: { zh: '未填写的占位符（* 号等）', en: 'Placeholders (* and the like) not yet filled in' },
    basis: '《党政机关公文处理工作条例》第十九条（公文内容准确、数据可靠）',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      number: { zh: '数值待填：{{context}}', en: 'Figure to fill in: {{context}}' },
      name: { zh: '名称待填：{{context}}', en: 'Name to fill in: {{context}}' },
      date: { zh: '日期待填：{{context}}', en: 'Date to fill in: {{context}}' },
      other: { zh: '内容待填：{{context}}', en: 'Text to fill in: {{context}}' },
    },
  },
  check(context) {
    for (const placeholder of context.outline.placeholders) {
      if (context.isSkipped(placeholder.range.start.offset, placeholder.range.end.offset)) continue;
      context.report({
        messageId: MESSAGE_BY_KIND[placeholder.kind],
        data: { context: contextWindow(placeholder, context.segmenter) },
        span: placeholder.range,
        details: { kind: placeholder.kind, unit: placeholder.unit, following: placeholder.following },
      });
    }
  },
});

/**
 * The clause text before the mark (at most WINDOW characters, cut at a word
 * boundary), the mark set off by spaces, then the word that follows it.
 */
export function contextWindow(placeholder: Placeholder, segmenter: Segmenter): string {
  const clause = clauseBefore(placeholder.context, Math.max(placeholder.range.start.offset - placeholder.contextRange.start.offset, 0));
  let kept = '';
  if (clause.length <= WINDOW) kept = clause;
  else {
    // Whole words from the end, so the window never starts mid-word.
    const words = segmenter.cut(clause.slice(-2 * WINDOW));
    for (let i = words.length - 1; i >= 0 && kept.length + words[i]!.length <= WINDOW; i--) kept = words[i]! + kept;
  }
  const after = placeholder.kind === 'number' ? placeholder.unit ?? placeholder.following : placeholder.following;
  return [kept, placeholder.mark, after].filter((part) => part.length > 0).join(' ');
}

/**
 * The clause before `end` in `text`, trimmed; only its last 2 × WINDOW characters
 * matter once it is longer than WINDOW. The walk back stops there: a paragraph of
 * marks with no clause break (共计*处共计*处…, a megabyte of them) would otherwise
 * cost the whole paragraph for every mark.
 */
function clauseBefore(text: string, end: number): string {
  const floor = Math.max(0, end - 2 * WINDOW - 1);
  let start = end;
  while (start > floor && !isClauseBreak(text[start - 1])) start--;
  const tail = text.slice(start, end);
  if (start === 0 || isClauseBreak(text[start - 1])) return tail.trim();
  // Longer than the walk: what is kept comes from its end, unless white space ends it (then read it all).
  if (tail.trimEnd().length > WINDOW) return tail.trimEnd();
  while (start > 0 && !isClauseBreak(text[start - 1])) start--;
  return text.slice(start, end).trim();
}
