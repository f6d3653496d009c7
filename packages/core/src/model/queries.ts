/**
 * Questions several rules ask of the outline, answered once here rather than in
 * each rule.
 */
import type { Section } from './outline.js';

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
