import { NO_OPTIONS, defineRule } from '../rule.js';
import type { Section } from '../../model/outline.js';
import { topLevelRuns } from '../../model/queries.js';
import { standardMarker } from '../../parse/markers.js';
import { reportSequenceSlips } from '../sequence/slips.js';

/**
 * At each level the ordinals run 一、二、三… without gap, repeat or wrong
 * restart; numbering restarts under each parent section. A heading that fits
 * the one before it or its own place is right, so one slip is reported once
 * (一、四、三: only 四), a step back is 序号倒退, and two swapped numbers are
 * one finding. An appendix (附件2) numbers afresh: its headings are a run of their own.
 */
export default defineRule({
  meta: {
    id: 'heading-sequence',
    name: { zh: '标题序号', en: 'Heading numbering' },
    category: '结构',
    severity: 'warning',
    description: { zh: '各级标题序号连续，不跳号、不重号，在上级标题下从一开始', en: 'Heading ordinals run without gaps or repeats and restart under each parent' },
    basis: 'GB/T 9704-2012《党政机关公文格式》§7.3.3',
    fixable: false,
    hasSuggestions: true,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      gap: { zh: '标题序号跳号：{{previous}}之后应为{{next}}，此处为{{actual}}', en: 'Heading number skips: after {{previous}} comes {{next}}, found {{actual}}' },
      repeat: { zh: '标题序号重复：{{actual}}与上一个同级标题相同', en: 'Heading number repeats: {{actual}} is the same as the previous one' },
      start: { zh: '标题序号应从{{next}}开始，此处为{{actual}}', en: 'Headings should start at {{next}}, found {{actual}}' },
      backwards: {
        zh: '标题序号倒退：{{previous}}之后应为{{next}}，此处为{{actual}}',
        en: 'Heading number goes backwards: after {{previous}} comes {{next}}, found {{actual}}',
      },
      swap: {
        zh: '标题序号颠倒：“{{actual}}”与“{{other}}”互换了位置，应依次为“{{next}}”“{{after}}”',
        en: 'Heading numbers swapped: “{{actual}}” and “{{other}}” stand in each other’s place; write “{{next}}” then “{{after}}”',
      },
      renumber: { zh: '改为{{next}}', en: 'Change to {{next}}' },
      reorder: { zh: '依次改为“{{next}}”“{{after}}”', en: 'Change to “{{next}}” then “{{after}}”' },
    },
  },
  check(context) {
    const visit = (siblings: Section[]) => {
      const level = siblings[0]?.level as 1 | 2 | 3 | 4 | undefined;
      if (level === undefined) return;
      const entries = siblings.map((s) => ({ ordinal: s.ordinal, marker: s.marker, span: s.markerRange }));
      reportSequenceSlips(context, entries, (ordinal) => standardMarker(level, ordinal), { level });
      for (const section of siblings) visit(section.children);
    };
    for (const run of topLevelRuns(context.outline.sections)) visit(run);
  },
});
