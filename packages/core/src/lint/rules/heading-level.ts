import { Type } from '@sinclair/typebox';
import { defineRule } from '../rule.js';
import { MarkerStyleSchema, type MarkerStyle, type Section } from '../../model/outline.js';
import { STANDARD_STYLE, standardMarker } from '../../parse/markers.js';

type Level = 1 | 2 | 3 | 4;

/** Forms GB/T 9704 uses; a config may accept further ones (`allow`). */
const STANDARD_STYLES = new Set<MarkerStyle>(Object.values(STANDARD_STYLE));

/**
 * The shape of a marker with its number taken out: 1. → #. and 1． → #．,
 * （一） → （#）. Two shapes at one level read as two different levels.
 */
function shapeOf(marker: string): string {
  let shape = '';
  for (const ch of marker) {
    const numeral = /[0-9０-９一二三四五六七八九十]/.test(ch);
    if (!numeral) shape += ch;
    else if (!shape.endsWith('#')) shape += '#';
  }
  return shape;
}

const schema = Type.Object(
  {
    allow: Type.Optional(
      Type.Array(Type.Union(MarkerStyleSchema.anyOf), {
        default: [],
        description: 'Marker forms accepted besides the GB/T 9704 ones, e.g. arabic-comma (1、); mixing forms at one level is still reported.',
      }),
    ),
  },
  { additionalProperties: false },
);

/**
 * Heading levels and marker forms: no level skipped (（1） right under 一、),
 * only the GB/T 9704 forms 一、 （一） 1. （1）, one form per level.
 */
export default defineRule({
  meta: {
    id: 'heading-level',
    name: { zh: '标题层级', en: 'Heading levels' },
    category: '结构',
    severity: 'warning',
    description: {
      zh: '标题层级不跳级，序号采用公文规定的“一、（一）1.（1）”格式，同级格式一致',
      en: 'Heading levels are not skipped; markers use the GB/T 9704 forms 一、 （一） 1. （1）, one form per level',
    },
    basis: 'GB/T 9704-2012《党政机关公文格式》§7.3.3',
    fixable: true,
    hasSuggestions: true,
    recommended: true,
    schema,
    messages: {
      skipped: {
        zh: '标题跳级：{{marker}}直接位于{{parent}}之下，中间缺少“{{missing}}”一级',
        en: 'Heading level skipped: {{marker}} sits right under {{parent}}, without a “{{missing}}” level between',
      },
      form: {
        zh: '标题序号“{{marker}}”不是公文规定的格式，第{{level}}级应写作“{{standard}}”',
        en: 'Heading marker “{{marker}}” is not a GB/T 9704 form; level {{level}} is written “{{standard}}”',
      },
      mixed: {
        zh: '同级标题序号格式不一致：此处为“{{marker}}”，同级其他标题写作“{{usual}}”',
        en: 'Mixed marker forms at one level: “{{marker}}” here, “{{usual}}” elsewhere at this level',
      },
      firstForm: { zh: '同级标题首次写作“{{usual}}”', en: 'This level is first written “{{usual}}”' },
      toStandard: { zh: '改为“{{standard}}”', en: 'Change to “{{standard}}”' },
      toUsual: { zh: '改为“{{usual}}”', en: 'Change to “{{usual}}”' },
    },
  },
  check(context) {
    const allowed = new Set<string>([...STANDARD_STYLES, ...(context.options.allow ?? [])]);
    const all: Section[] = [];

    const { paragraphs } = context.outline;
    const visit = (sections: Section[], parent: Section | null) => {
      let inList = false;
      for (const section of sections) {
        // 注：1.…… 2.……: numbered items introduced by a colon are a list, not headings.
        inList = section.heading ? false : inList || followsColon(paragraphs, section);
        if (inList) continue;
        all.push(section);
        const level = section.level as Level;
        if (parent && level > parent.level + 1) {
          context.report({
            messageId: 'skipped',
            data: { marker: section.marker, parent: parent.marker, missing: standardMarker((parent.level + 1) as Level, 1) },
            span: section.markerRange,
            details: { level, parentLevel: parent.level },
          });
        }
        if (!allowed.has(section.markerStyle)) {
          const standard = standardMarker(level, section.ordinal);
          context.report({
            messageId: 'form',
            data: { marker: section.marker, level, standard },
            span: section.markerRange,
            fixes: [{ messageId: 'toStandard', data: { standard }, edits: [{ span: section.markerRange, newText: standard }], safe: true }],
            details: { style: section.markerStyle, standardStyle: STANDARD_STYLE[level] },
          });
        }
        visit(section.children, section);
      }
    };
    visit(context.outline.sections, null);

    // Among accepted forms, the shape used first at a level is the usual one.
    const usualShape = new Map<number, Section>();
    for (const section of all) {
      if (!allowed.has(section.markerStyle)) continue;
      const first = usualShape.get(section.level);
      if (!first) {
        usualShape.set(section.level, section);
        continue;
      }
      const shape = shapeOf(section.marker);
      if (shape === shapeOf(first.marker)) continue;
      const usual = withOrdinal(first.marker, section.marker);
      context.report({
        messageId: 'mixed',
        data: { marker: section.marker, usual: first.marker },
        span: section.markerRange,
        related: [{ span: first.markerRange, messageId: 'firstForm', data: { usual: first.marker } }],
        fixes: usual ? [{ messageId: 'toUsual', data: { usual }, edits: [{ span: section.markerRange, newText: usual }], safe: false }] : [],
        details: { level: section.level, shape, usualShape: shapeOf(first.marker) },
      });
    }
  },
});

/** `first`'s shape filled with `marker`'s number: (1．, 2.) → 2．. */
function withOrdinal(first: string, marker: string): string | null {
  const number = /[0-9０-９一二三四五六七八九十]+/.exec(marker)?.[0];
  const shape = shapeOf(first);
  return number && shape.includes('#') ? shape.replace('#', number) : null;
}

function followsColon(paragraphs: ReadonlyArray<{ kind: string; text: string }>, section: Section): boolean {
  const before = paragraphs[(section.paragraphs[0] ?? 0) - 1];
  return before !== undefined && before.kind === 'body' && /[：:]\s*$/.test(before.text);
}
