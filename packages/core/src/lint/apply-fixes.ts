/**
 * Applying fixes: the edits of each diagnostic's fix, resolved so that no two
 * fixes touch the same text. A fix that overlaps one already taken waits for
 * the next pass, when it is recomputed on the changed text (as ESLint does).
 */
import type { Diagnostic, Fix, LintResult } from '../model/lint.js';
import { lint, type LintOptions } from './engine.js';

export interface ApplyFixesOptions {
  /** true (the default): only safe fixes, as --fix. false: also the first suggestion. */
  safeOnly?: boolean;
}

export interface AppliedFixes {
  text: string;
  /** The diagnostics whose fix was applied, in text order. */
  applied: Diagnostic[];
  /** Fixable diagnostics left out because their edits overlap an applied fix. */
  skipped: Diagnostic[];
}

interface Candidate {
  diagnostic: Diagnostic;
  edits: Array<{ start: number; end: number; newText: string }>;
  start: number;
  end: number;
}

/** Applies one fix per diagnostic to `text`, the text the diagnostics were computed on. */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[], options: ApplyFixesOptions = {}): AppliedFixes {
  const safeOnly = options.safeOnly ?? true;
  const candidates: Candidate[] = [];
  for (const diagnostic of diagnostics) {
    const fix = chooseFix(diagnostic.fixes, safeOnly);
    if (!fix) continue;
    const candidate = toCandidate(diagnostic, fix, text.length);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);

  const applied: Diagnostic[] = [];
  const skipped: Diagnostic[] = [];
  const parts: string[] = [];
  let cursor = 0;
  for (const candidate of candidates) {
    if (candidate.start < cursor) {
      skipped.push(candidate.diagnostic);
      continue;
    }
    for (const edit of candidate.edits) {
      parts.push(text.slice(cursor, edit.start), edit.newText);
      cursor = edit.end;
    }
    applied.push(candidate.diagnostic);
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied, skipped };
}

function chooseFix(fixes: readonly Fix[] | undefined, safeOnly: boolean): Fix | undefined {
  if (!fixes?.length) return undefined;
  return fixes.find((f) => f.safe) ?? (safeOnly ? undefined : fixes[0]);
}

/** The fix's edits in order; null when they overlap each other or leave the text (never apply half a fix). */
function toCandidate(diagnostic: Diagnostic, fix: Fix, length: number): Candidate | null {
  const edits = fix.edits
    .map((e) => ({ start: e.range.start.offset, end: e.range.end.offset, newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let previousEnd = 0;
  for (const edit of edits) {
    if (edit.start < previousEnd || edit.end < edit.start || edit.end > length) return null;
    previousEnd = edit.end;
  }
  const first = edits[0];
  const last = edits[edits.length - 1];
  if (!first || !last) return null;
  return { diagnostic, edits, start: first.start, end: last.end };
}

export interface FixTextResult {
  /** The text with every safe fix applied. */
  text: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
  /** How many lint passes ran. */
  passes: number;
  /** The lint of the final text: what is left. */
  result: LintResult;
}

/** Bounded, so two fixes that undo each other cannot loop forever. */
export const MAX_FIX_PASSES = 10;

/**
 * Lints and applies safe fixes until none is left (or the pass limit), then
 * returns the final text and its diagnostics. `text` is decoded text without BOM.
 */
export function fixText(text: string, options: LintOptions = {}): FixTextResult {
  let current = text;
  let fixed = 0;
  let result = lint(current, options);
  let passes = 1;
  while (passes <= MAX_FIX_PASSES && result.summary.fixable > 0) {
    const step = applyFixes(current, result.diagnostics, { safeOnly: true });
    if (step.applied.length === 0 || step.text === current) break;
    current = step.text;
    fixed += step.applied.length;
    result = lint(current, options);
    passes++;
  }
  return { text: current, fixed, passes, result };
}
