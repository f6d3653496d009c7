import { NO_OPTIONS, defineRule } from '../rule.js';
import type { Enumeration } from '../../model/outline.js';
import { toChineseOrdinal } from '../../parse/markers.js';
import { reportSequenceSlips } from '../sequence/slips.js';

type Numbered = Enumeration & { kind: 'shi' | 'di' };

/** The marker an item of this kind and ordinal should have: 二是, 第二. */
function markerFor(kind: 'shi' | 'di', ordinal: number): string {
  return kind === 'shi' ? `${toChineseOrdinal(ordinal)}是` : `第${toChineseOrdinal(ordinal)}`;
}

/**
 * 一是、二是、三是… and 第一、第二… run in order from 一, without gap or repeat.
 * The parser has already joined the items of one enumeration, also across
 * paragraphs under the same lead and section (一是… ¶ detail ¶ 二是…), and
 * started a new one where a new lead starts again at 一是; so every slip this
 * rule reports lies within one enumeration, and each is reported once.
 */
export default defineRule({
  meta: {
    id: 'enumeration-sequence',
    name: { zh: '列举序号', en: 'Enumeration order' },
    category: '结构',
    severity: 'warning',
    description: {
      zh: '“一是、二是……”“第一、第二……”按顺序排列，不跳号、不重号',
      en: 'Enumerations 一是、二是… and 第一、第二… run in order without gaps or repeats',
    },
    basis: '序次语用法（GB/T 15834-2011《标点符号用法》§4.5.3 附注）；公文行文惯例',
    fixable: false,
    hasSuggestions: true,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      gap: { zh: '列举序号跳号：{{previous}}之后应为{{next}}，此处为{{actual}}', en: 'Enumeration skips: after {{previous}} comes {{next}}, found {{actual}}' },
      repeat: { zh: '列举序号重复：{{actual}}出现了两次', en: 'Enumeration repeats {{actual}}' },
      start: { zh: '列举应从{{next}}开始，此处为{{actual}}', en: 'Enumeration should start at {{next}}, found {{actual}}' },
      backwards: {
        zh: '列举序号倒退：{{previous}}之后应为{{next}}，此处为{{actual}}',
        en: 'Enumeration goes backwards: after {{previous}} comes {{next}}, found {{actual}}',
      },
      swap: {
        zh: '列举序号颠倒：“{{actual}}”与“{{other}}”互换了位置，应依次为“{{next}}”“{{after}}”',
        en: 'Enumeration numbers swapped: “{{actual}}” and “{{other}}” stand in each other’s place; write “{{next}}” then “{{after}}”',
      },
      renumber: { zh: '改为{{next}}', en: 'Change to {{next}}' },
      reorder: { zh: '依次改为“{{next}}”“{{after}}”', en: 'Change to “{{next}}” then “{{after}}”' },
    },
  },
  check(context) {
    for (const enumeration of context.outline.enumerations) {
      if (enumeration.kind === 'list') continue;
      const { kind, items } = enumeration as Numbered;
      const entries = items.flatMap((item) => (item.markerRange ? [{ ordinal: item.ordinal, marker: item.marker, span: item.markerRange }] : []));
      reportSequenceSlips(context, entries, (ordinal) => markerFor(kind, ordinal), { kind });
    }
  },
});
