import { NO_OPTIONS, defineRule } from '../rule.js';
import { FULL_COMMA, FULL_STOP, HALF_COMMA, LIST_COMMA } from '../../text/lexicon.js';

type MessageId = 'open' | 'useStop';

/** The marks that leave a statement open: a clause or an item goes on after them. */
const OPEN_MARKS: readonly string[] = [FULL_COMMA, HALF_COMMA, LIST_COMMA];

/**
 * A paragraph that ends with ，/, or 、 right before a heading, or at the end of the report:
 * the statement is left open where nothing can go on with it (力争全年完成投资50亿元，增长8%以上，
 * then （二）…). A paragraph that goes on in the next body paragraph (text pasted with a
 * broken line, …校企合作，⏎深入实施…) is not reported: the sentence may continue there.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'paragraph-end',
    name: { zh: '段末标点', en: 'Paragraph end' },
    category: '标点',
    severity: 'warning',
    description: { zh: '段落在标题前或文末以逗号、顿号结尾，句子没有结束', en: 'A paragraph ends with a comma before a heading or at the end: the sentence is left open' },
    basis: 'GB/T 15834-2011 §4.1（陈述句末尾用句号）',
    fixable: false,
    hasSuggestions: true,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      open: { zh: '段落以“{{mark}}”结尾，句子没有结束（GB/T 15834-2011 §4.1）', en: 'The paragraph ends with “{{mark}}”: the sentence is left open (GB/T 15834-2011 §4.1)' },
      useStop: { zh: '改为“。”', en: 'Change to “。”' },
    },
  },
  check(context) {
    const { paragraphs } = context.outline;
    for (const paragraph of paragraphs) {
      if (paragraph.tableRow) continue;
      const next = paragraphs[paragraph.id + 1];
      if (next !== undefined && next.kind !== 'heading') continue;
      const text = paragraph.text.trimEnd();
      const mark = text.at(-1);
      if (mark === undefined || !OPEN_MARKS.includes(mark)) continue;
      const start = paragraph.range.start.offset + text.length - 1;
      if (context.isSkipped(start, start + 1)) continue;
      context.report({
        messageId: 'open',
        data: { mark },
        span: { start, end: start + 1 },
        fixes: [{ messageId: 'useStop', edits: [{ span: { start, end: start + 1 }, newText: FULL_STOP }], safe: false }],
        details: { mark, beforeHeading: next !== undefined },
      });
    }
  },
});
