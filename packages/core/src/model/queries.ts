/**
 * Questions several rules ask of the outline, answered once here rather than in
 * each rule.
 */
import type { Metric, ReportOutline, Section, ShareRelation } from './outline.js';

/**
 * The top-level sections as runs that number on their own: the main text's, then
 * each appendix's (附件2 numbers 一、二… afresh), in order.
 */
export function topLevelRuns(sections: readonly Section[]): Section[][] {
  const runs = new Map<number | undefined, Section[]>();
  for (const section of sections) {
    const run = runs.get(section.appendix);
    if (run) run.push(section);
    else runs.set(section.appendix, [section]);
  }
  return [...runs.values()];
}

/**
 * For each sentence, the top-level section it stands in (its id), or -1 before the
 * first heading: the part of the report it belongs to (一、上半年工作 / 二、下半年打算).
 */
export function topSectionBySentence(outline: ReportOutline): Int32Array {
  const topOf = new Map<number, number>();
  const visit = (section: Section, top: number) => {
    topOf.set(section.id, top);
    for (const child of section.children) visit(child, top);
  };
  for (const section of outline.sections) visit(section, section.id);
  const parts = new Int32Array(outline.sentences.length).fill(-1);
  for (const sentence of outline.sentences) {
    const section = outline.paragraphs[sentence.paragraph]?.section;
    if (section !== null && section !== undefined) parts[sentence.id] = topOf.get(section) ?? -1;
  }
  return parts;
}

/** The figures grouped by the paragraph or sentence they stand in, each group in source order. */
export function metricsBy(metrics: readonly Metric[], key: 'paragraph' | 'sentence'): Map<number, Metric[]> {
  const groups = new Map<number, Metric[]>();
  // Figures come in source order, so a group's figures mostly follow one another: reuse the
  // last group while the key stays the same rather than look it up for every figure.
  let lastKey = -1;
  let last: Metric[] | undefined;
  for (const metric of metrics) {
    const id = key === 'paragraph' ? metric.paragraph : metric.sentence;
    if (last === undefined || id !== lastKey) {
      lastKey = id;
      last = groups.get(id);
      if (last === undefined) groups.set(id, (last = []));
    }
    last.push(metric);
  }
  return groups;
}

/**
 * A share of a whole: not a named rate (办结率), a ratio (城乡居民收入比) or a share of a base written
 * beside it (完成预算的112.6%). Only these make up their whole with the shares of its other parts.
 */
export function isShareOfWhole(share: ShareRelation): boolean {
  return share.rate === undefined && !share.ratio && share.verb === undefined;
}
