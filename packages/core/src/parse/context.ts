import type { Range, ReportOutline } from '../model/outline.js';
import type { UnitEntry } from '../model/config.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { LineIndex } from '../text/line-index.js';

/** A block of prose found by the Markdown or text reader, before sections are known. */
export interface Block {
  start: number;
  end: number;
  /** A Markdown heading (its text range excludes the #s). */
  headingDepth?: number;
}

/** What every parse phase reads: the text, its line index and what earlier phases built. */
export interface ParseContext {
  text: string;
  lines: LineIndex;
  segmenter: Segmenter;
  placeholderMarks: readonly string[];
  extraUnits: readonly UnitEntry[];
  /** Sorted, non-overlapping spans that are not prose (code, HTML, URLs). */
  skipped: Array<{ start: number; end: number }>;
  outline: ReportOutline;
}

/** True when [start, end) touches a skipped span. */
export function isSkipped(ctx: Pick<ParseContext, 'skipped'>, start: number, end: number): boolean {
  const spans = ctx.skipped;
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (span.end <= start) low = mid + 1;
    else if (span.start >= end) high = mid - 1;
    else return true;
  }
  return false;
}

export function rangeOf(ctx: Pick<ParseContext, 'lines'>, start: number, end: number): Range {
  return ctx.lines.range(start, end);
}

/**
 * Index of the last node that starts at or before `offset`, in nodes sorted by
 * start (sentences, paragraphs): the node that holds the offset.
 */
export function indexAtOffset(nodes: ReadonlyArray<{ range: Range }>, offset: number): number {
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (nodes[mid]!.range.start.offset <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
