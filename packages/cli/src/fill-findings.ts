/**
 * What the values `fill` writes do to the report: the text is linted as it was
 * and as it is once filled, and the findings of the filled text that were not
 * there before, and that touch a filled value, are the fill's. Each names the
 * values it touches, so the writer can go back to the office and the row.
 */
import { lint, type Diagnostic, type HuibaoConfig, type Locale } from '@huibao/core';
import type { Input } from './inputs.js';

/** One value written over its mark: the mark's offsets in the text before filling. */
export interface FillEdit {
  number: number;
  start: number;
  end: number;
  newText: string;
  /** The values file's row it came from (sheet row, CSV line); none for JSON. */
  row?: number;
}

/** A finding of the filled text that the fill brought about, and the values in its ranges. */
export interface CausedFinding {
  diagnostic: Diagnostic;
  values: FillEdit[];
}

export function applyEdits(text: string, edits: readonly FillEdit[]): string {
  let out = text;
  // From the end, so earlier offsets stay valid.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/**
 * Lints the text before and after the edits, with the report's config. The
 * mode is the config's, else final: the values returned are the figures that
 * will be signed, so a total they break is an error, as `lint --final` says.
 */
export function findingsCausedByFill(input: Input, config: HuibaoConfig, edits: readonly FillEdit[], locale: Locale): CausedFinding[] {
  const options = { path: input.path, format: input.format, config, locale, mode: config.mode ?? ('final' as const) };
  const before = lint(input.text, options).diagnostics;
  const after = lint(applyEdits(input.text, edits), options).diagnostics;
  return causedFindings(before, after, edits);
}

/**
 * Filling shifts every column after a value, and changes the messages that
 * quote figures (`* + 12` becomes `17 + 12`), so findings are matched neither
 * by position nor by text. Instead each finding of the filled text has its
 * range mapped back into the text before filling (a position inside a value
 * maps to its mark), and it is old when a finding of the same rule and message
 * id held that same range before; each old finding is matched once. Of the new
 * ones, only those whose range or related ranges overlap a filled value are
 * kept: a finding away from every value is not the value's doing.
 */
export function causedFindings(before: readonly Diagnostic[], after: readonly Diagnostic[], edits: readonly FillEdit[]): CausedFinding[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  // Where each value lies in the filled text.
  let shift = 0;
  const placed = sorted.map((edit) => {
    const start = edit.start + shift;
    shift += edit.newText.length - (edit.end - edit.start);
    return { edit, start, end: start + edit.newText.length };
  });
  const back = (offset: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (const { edit, start, end } of placed) {
      if (offset < start || (offset === start && side === 'end')) break;
      if (offset < end || (offset === end && side === 'start')) return side === 'start' ? edit.start : edit.end;
      delta = end - edit.end;
    }
    return offset - delta;
  };
  const key = (d: Diagnostic, start: number, end: number) => `${d.ruleId}\u0000${d.messageId}\u0000${start}\u0000${end}`;
  const old = new Map<string, number>();
  for (const d of before) {
    const k = key(d, d.range.start.offset, d.range.end.offset);
    old.set(k, (old.get(k) ?? 0) + 1);
  }
  const caused: CausedFinding[] = [];
  for (const d of after) {
    const k = key(d, back(d.range.start.offset, 'start'), back(d.range.end.offset, 'end'));
    const left = old.get(k) ?? 0;
    if (left > 0) {
      old.set(k, left - 1);
      continue;
    }
    const ranges = [d.range, ...(d.related ?? []).map((r) => r.range)];
    const values = placed
      .filter((p) => ranges.some((r) => p.start < r.end.offset && r.start.offset < p.end))
      .map((p) => p.edit);
    if (values.length) caused.push({ diagnostic: d, values });
  }
  return caused;
}
