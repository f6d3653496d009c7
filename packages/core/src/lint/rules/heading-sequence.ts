import { defineRule } from '../rule.js';
import type { Section } from '../../model/outline.js';
import { standardMarker } from '../../parse/markers.js';

/**
 * At each level the ordinals run 一、二、三… without gap, repeat or wrong
 * restart; numbering restarts under each parent section.
 */
export default defineRule({
  meta: {
    id: 'heading-sequence',
    category: '结构',
    severity: 'warning',
    description: { zh: '各级标题序号连续，不跳号、不重号，在上级标题下从一开始', en: 'Heading ordinals run without gaps or repeats and restart under each parent' },
    basis: 'GB/T 9704-2012 §7.3.3',
    fixable: false,
    hasSuggestions: true,
    recommended: true,
    messages: {
      gap: { zh: '标题序号跳号：{{expected}}之后应为{{next}}，此处为{{actual}}', en: 'Heading number skips: after {{expected}} comes {{next}}, found {{actual}}' },
      repeat: { zh: '标题序号重复：{{actual}}与上一个同级标题相同', en: 'Heading number repeats: {{actual}} is the same as the previous one' },
      start: { zh: '标题序号应从{{next}}开始，此处为{{actual}}', en: 'Headings should start at {{next}}, found {{actual}}' },
      renumber: { zh: '改为{{next}}', en: 'Change to {{next}}' },
    },
  },
  check(context) {
    const visit = (siblings: Section[]) => {
      let previous: Section | null = null;
      siblings.forEach((section, index) => {
        const expectedOrdinal = previous ? previous.ordinal + 1 : 1;
        // A heading that fits its position is right even after a wrong one
        // (一、四、三: only 四 is wrong), so one slip is reported once.
        if (section.ordinal !== expectedOrdinal && section.ordinal !== index + 1) {
          const next = standardMarker(section.level as 1 | 2 | 3 | 4, expectedOrdinal);
          const messageId = !previous ? 'start' : section.ordinal === previous.ordinal ? 'repeat' : 'gap';
          context.report({
            messageId,
            data: { expected: previous?.marker ?? '', next, actual: section.marker },
            span: section.markerRange,
            fixes: [{ messageId: 'renumber', data: { next }, edits: [{ span: section.markerRange, newText: next }], safe: false }],
            details: { level: section.level, expected: expectedOrdinal, actual: section.ordinal },
          });
        }
        previous = section;
        visit(section.children);
      });
    };
    visit(context.outline.sections);
  },
});
