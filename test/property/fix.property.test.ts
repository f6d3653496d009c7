/**
 * Properties of fixing: after all safe fixes no safe-fixable diagnostic is
 * left and a second pass changes nothing; text outside the fixed ranges is
 * unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixText, lint, MAX_FIX_PASSES, type Diagnostic } from '../../packages/core/src/index.js';
import { checkAndSave, realisticReport, runParams } from './arbitraries.js';

/** The edits applyFixes took, in text order. */
function appliedEdits(applied: readonly Diagnostic[]) {
  return applied
    .flatMap((d) => d.fixes!.find((f) => f.safe)!.edits)
    .map((e) => ({ start: e.range.start.offset, end: e.range.end.offset, newText: e.newText }))
    .sort((a, b) => a.start - b.start);
}

describe('properties of fixing', () => {
  it('after fixText no safe fix is left, and fixing again changes nothing', () => {
    checkAndSave(realisticReport, (text) => {
      const fixed = fixText(text);
      if (fixed.passes <= MAX_FIX_PASSES && fixed.result.summary.fixable !== 0) {
        throw new Error(`still fixable after ${fixed.passes} passes: ${fixed.result.diagnostics.filter((d) => d.fixes?.some((f) => f.safe)).map((d) => `${d.ruleId} ${JSON.stringify(d.text)}`).join('; ')}`);
      }
      const again = fixText(fixed.text);
      if (again.text !== fixed.text) throw new Error(`a second fix pass changed ${JSON.stringify(fixed.text.slice(0, 80))}`);
      if (again.fixed !== 0) throw new Error(`a second pass applied ${again.fixed} fixes`);
    }, 60);
  });

  it('one pass of applyFixes changes only the fixed ranges', () => {
    checkAndSave(realisticReport, (text) => {
      const { diagnostics } = lint(text);
      const { text: out, applied } = applyFixes(text, diagnostics);
      let shift = 0;
      let previousEnd = 0;
      for (const edit of appliedEdits(applied)) {
        if (out.slice(previousEnd + shift, edit.start + shift) !== text.slice(previousEnd, edit.start)) throw new Error(`text between ${previousEnd} and ${edit.start} changed`);
        shift += edit.newText.length - (edit.end - edit.start);
        previousEnd = edit.end;
      }
      if (out.slice(previousEnd + shift) !== text.slice(previousEnd)) throw new Error(`text after ${previousEnd} changed`);
      if (out.length !== text.length + shift) throw new Error('length does not match the edits');
    }, 60);
  });

  it('the generated reports do exercise fixes', () => {
    // Without this the two properties above could pass on reports with nothing to fix.
    const samples = fc.sample(realisticReport, { seed: runParams(1).seed, numRuns: 40 });
    expect(samples.filter((text) => lint(text).summary.fixable > 0).length).toBeGreaterThan(3);
  });
});
