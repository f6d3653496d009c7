/**
 * Opening one report for the outline, placeholders, metrics and fill commands:
 * read it (any encoding, or .docx), find its config, parse it. Anything that
 * stops this is a UsageError: one line, exit code 2.
 */
import { resolve } from 'node:path';
import { loadConfigFor, parseReport, selectSegmenter, type HuibaoConfig, type SegmenterBackend, type ReportOutline, type Section } from '@huibao/core';
import { UsageError } from './errors.js';
import { describeFailure, isFailure, readInput, type Input } from './inputs.js';
import type { Locale } from '@huibao/core';

export interface OpenedReport {
  input: Input;
  outline: ReportOutline;
  config: HuibaoConfig;
}

export async function openReport(path: string, options: { configPath?: string; locale: Locale; segmenter?: SegmenterBackend }): Promise<OpenedReport> {
  const read = await readInput(path);
  if (isFailure(read)) throw new UsageError(describeFailure(read, options.locale));
  const loaded = loadConfigFor(resolve(path), options.configPath ? { configPath: options.configPath } : {});
  if (loaded.problems.length) throw new UsageError(loaded.problems.join('\n'));
  const { config } = loaded;
  // --segmenter over config `segmenter`; neither: HUIBAO_SEGMENTER, else nodejieba.
  selectSegmenter(options.segmenter ?? config.segmenter);
  const outline = parseReport(read.text, {
    path,
    format: read.format,
    ...(config.placeholders ? { placeholderMarks: config.placeholders.marks } : {}),
    ...(config.units ? { units: config.units } : {}),
  });
  return { input: read, outline, config };
}

/** The section's place as writers cite it: 三（一）2. Markers lose their trailing 、 and dot. */
export function sectionPath(outline: ReportOutline, sectionId: number | null): string {
  if (sectionId === null) return '';
  const trail = findTrail(outline.sections, sectionId);
  return trail ? trail.map((s) => s.marker.replace(/[、.．]$/u, '')).join('') : '';
}

/** The sections from the outermost down to this one (empty when there is none). */
export function sectionTrail(outline: ReportOutline, sectionId: number | null): Section[] {
  return sectionId === null ? [] : (findTrail(outline.sections, sectionId) ?? []);
}

function findTrail(sections: readonly Section[], id: number): Section[] | null {
  for (const section of sections) {
    if (section.id === id) return [section];
    const below = findTrail(section.children, id);
    if (below) return [section, ...below];
  }
  return null;
}
