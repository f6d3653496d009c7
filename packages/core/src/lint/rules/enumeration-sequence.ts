import { defineRule } from '../rule.js';
import type { Enumeration, EnumerationItem } from '../../model/outline.js';
import { toChineseOrdinal } from '../../parse/markers.js';

/** The marker an item of this kind and ordinal should have: 二是, 第二. */
function markerFor(kind: 'shi' | 'di', ordinal: number): string {
  return kind === 'shi' ? `${toChineseOrdinal(ordinal)}是` : `第${toChineseOrdinal(ordinal)}`;
}

/**
 * 一是、二是、三是… and 第一、第二… run in order from 一, without gap or repeat.
 * An enumeration may run over several paragraphs (一是… ¶ 三是…): the parser
 * joins only items that follow on, so a paragraph that opens with a later
 * ordinal is read here as the continuation of the enumeration just before it.
 */
export default defineRule({
  meta: {
    id: 'enumeration-sequence',
    category: '结构',
    severity: 'warning',
    description: {
      zh: '“一是、二是……”“第一、第二……”按顺序排列，不跳号、不重号',
      en: 'Enumerations 一是、二是… and 第一、第二… run in order without gaps or repeats',
    },
    basis: '《党政机关公文处理工作条例》行文规范；GB/T 15834-2011 §4.5.3（序次语）',
    fixable: false,
    hasSuggestions: true,
    recommended: true,
    messages: {
      gap: { zh: '列举序号跳号：{{previous}}之后应为{{next}}，此处为{{actual}}', en: 'Enumeration skips: after {{previous}} comes {{next}}, found {{actual}}' },
      repeat: { zh: '列举序号重复：{{actual}}出现了两次', en: 'Enumeration repeats {{actual}}' },
      start: { zh: '列举应从{{next}}开始，此处为{{actual}}', en: 'Enumeration should start at {{next}}, found {{actual}}' },
      renumber: { zh: '改为{{next}}', en: 'Change to {{next}}' },
    },
  },
  check(context) {
    const ordered = context.outline.enumerations.filter((e): e is Enumeration & { kind: 'shi' | 'di' } => e.kind !== 'list');
    let previous: (Enumeration & { kind: 'shi' | 'di' }) | null = null;
    for (const enumeration of ordered) {
      const { kind } = enumeration;
      const continues = previous !== null && previous.kind === kind && followsInNextParagraph(context.outline.paragraphs, previous, enumeration);
      let last: EnumerationItem | null = continues ? previous!.items[previous!.items.length - 1]! : null;
      enumeration.items.forEach((item, index) => {
        const expected = last ? last.ordinal + 1 : 1;
        // An item that fits its place is right even after a slip (一是、三是、三是: only the first 三是 is wrong).
        const fitsPlace = !continues && item.ordinal === index + 1;
        if (item.ordinal !== expected && !fitsPlace && item.markerRange) {
          const next = markerFor(kind, expected);
          const messageId = !last ? 'start' : item.ordinal === last.ordinal ? 'repeat' : 'gap';
          context.report({
            messageId,
            data: { previous: last?.marker ?? '', next, actual: item.marker },
            span: item.markerRange,
            fixes: [{ messageId: 'renumber', data: { next }, edits: [{ span: item.markerRange, newText: next }], safe: false }],
            details: { kind, expected, actual: item.ordinal },
          });
        }
        last = item;
      });
      previous = enumeration;
    }
  },
});

/** The enumeration opens the paragraph right after the one where `before` ends, with a later ordinal. */
function followsInNextParagraph(
  paragraphs: ReadonlyArray<{ range: { start: { offset: number }; end: { offset: number } } }>,
  before: Enumeration,
  after: Enumeration,
): boolean {
  const first = after.items[0];
  if (!first || first.ordinal <= 1) return false;
  const opening = paragraphs[after.paragraph];
  if (!opening || opening.range.start.offset !== first.range.start.offset) return false;
  const previousParagraph = paragraphs[after.paragraph - 1];
  if (!previousParagraph) return false;
  const end = before.range.end.offset;
  return previousParagraph.range.start.offset <= end && end <= previousParagraph.range.end.offset;
}
