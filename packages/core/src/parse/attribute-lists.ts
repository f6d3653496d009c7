/**
 * Lists whose items each carry the total's several attributes, as bulletins write schools and
 * accidents:
 *
 *   全年全市有各类学校136所，招生3.08万人，在校学生12.53万人，毕业生3.19万人。其中，高等职业学校1所，
 *   招生0.31万人，在校学生0.81万人，毕业生0.21万人；中等职业学校3所，招生0.14万人，…
 *
 *   全年共发生各类生产安全事故209起、死亡113人、受伤142人。其中：工矿商贸行业领域生产安全事故87起、
 *   死亡64人、受伤35人；生产经营性道路交通事故122起、死亡49人、受伤107人。
 *
 * Three of the total's figures count people (招生, 在校学生, 毕业生), so a unit alone cannot say which
 * total an item's figure belongs to; the attribute's name can. Each attribute is its own relation:
 * the head figure (136所 — its items start a new part: 高等职业学校1所) and every attribute named
 * alike in the items (招生0.31万人 belongs to 招生3.08万人). The items run to the end of the 其中's
 * sentence, never past it; a figure matching no attribute ends the list.
 *
 * Read only where the ordinary reading found nothing (relations.ts asks here when 其中's parts
 * came out empty), so no list read before changes.
 */
import type { Metric, Relation, RelationPart } from '../model/outline.js';
import type { ParseContext } from './context.js';
import type { Cue } from './relation-cues.js';
import { rangeOf } from './context.js';
import { bracketDepth } from './relation-cues.js';

/** What relations.ts lends this reading: its tests of a figure and its way of naming one. */
export interface AttributeReading {
  countable: (metric: Metric) => boolean;
  nameBefore: (text: string, floor: number, at: number) => string;
  coverage: (parts: readonly RelationPart[], whole: string) => Relation['coverage'];
}

interface Attribute {
  total: Metric;
  name: string;
  parts: RelationPart[];
}

/** The relations of an attribute list at `cue`, one per attribute with two parts or more; [] when the text is no such list. */
export function attributeRelations(ctx: ParseContext, cue: Cue, metrics: readonly Metric[], reading: AttributeReading): Relation[] {
  const { text } = ctx;
  const totals = totalFigures(ctx, cue, metrics, reading);
  if (totals.length < 2 || new Set(totals.map((m) => m.dimension)).size === totals.length) return [];
  const attributes: Attribute[] = totals.map((total, k) => ({
    total,
    name: reading.nameBefore(text, k === 0 ? ctx.outline.sentences[total.sentence]!.range.start.offset : totals[k - 1]!.range.end.offset, total.range.start.offset),
    parts: [],
  }));
  const head = attributes[0]!;
  const sentenceEnd = ctx.outline.sentences[cue.sentence.id]!.range.end.offset;
  const end = Math.min(cue.stopAt, sentenceEnd);
  let floor = cue.end;
  let depth = 0;
  let item: { name: string; start: number; seen: Set<Attribute> } | null = null;
  for (const metric of metrics) {
    if (metric.range.start.offset < cue.end) continue;
    if (metric.range.start.offset >= end) break;
    depth = bracketDepth(text, floor, metric.range.start.offset, depth);
    const gapStart = floor;
    floor = metric.range.end.offset;
    if (depth > 0 || !reading.countable(metric)) continue;
    const name = reading.nameBefore(text, gapStart, metric.range.start.offset);
    const named = attributes.find((a) => a !== head && a.total.dimension === metric.dimension && sameAttribute(a.name, name));
    let attribute: Attribute | undefined = named;
    if (!attribute && metric.dimension === head.total.dimension) {
      attribute = head;
      item = { name, start: metric.subjectRange?.start.offset ?? metric.range.start.offset, seen: new Set() };
    }
    // A figure no attribute names, or an attribute before any item, or twice in one item: not this list.
    if (!attribute || !item || item.seen.has(attribute)) return [];
    item.seen.add(attribute);
    attribute.parts.push({
      subject: metric.subject,
      name: item.name,
      metrics: [metric.id],
      other: false,
      range: rangeOf(ctx, Math.min(item.start, metric.range.start.offset), metric.range.end.offset),
    });
  }
  return attributes
    .filter((a) => a.parts.length >= 2)
    .map((a) => {
      a.total.role = 'total';
      for (const part of a.parts) ctx.outline.metrics[part.metrics[0]!]!.role = 'part';
      const whole = a === head ? a.name : `${head.name}${a.name}`;
      return {
        id: 0,
        form: 'cue' as const,
        cue: cue.word,
        cueRange: rangeOf(ctx, cue.start, cue.end),
        totals: [a.total.id],
        dimensions: [a.total.dimension!],
        parts: a.parts,
        coverage: reading.coverage(a.parts, whole),
        verdicts: [],
        range: rangeOf(ctx, a.total.range.start.offset, a.parts.at(-1)!.range.end.offset),
        paragraph: cue.sentence.paragraph,
      };
    });
}

/** The countable figures of the sentence that holds the last one before the cue, up to the cue. */
function totalFigures(ctx: ParseContext, cue: Cue, metrics: readonly Metric[], reading: AttributeReading): Metric[] {
  const before = metrics.filter((m) => m.range.end.offset <= cue.start && reading.countable(m));
  const last = before.at(-1);
  if (!last || last.sentence < cue.sentence.id - 1) return [];
  return before.filter((m) => m.sentence === last.sentence);
}

/** 招生 and 招生, 在校学生 and 在校生? Only a name equal to the attribute's, or ending in it (小学招生 → 招生). */
function sameAttribute(attribute: string, name: string): boolean {
  return attribute.length >= 2 && (name === attribute || name.endsWith(attribute) || attribute.endsWith(name) && name.length >= 2);
}
