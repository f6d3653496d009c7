/**
 * Properties of fixing: after all safe fixes no safe-fixable diagnostic is
 * left and a second pass changes nothing; text outside the fixed ranges is
 * unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../packages/core/src/index.js';
import { checkAndSave, realisticReport, runParams } from './arbitraries.js';
import { fixKeepsTheRest, fixSettles } from './properties.js';

describe('properties of fixing', () => {
  it('after fixText no safe fix is left, and fixing again changes nothing', () => {
    checkAndSave(fixSettles, realisticReport, 60);
  });

  it('one pass of applyFixes changes only the fixed ranges', () => {
    checkAndSave(fixKeepsTheRest, realisticReport, 60);
  });

  it('the generated reports do exercise fixes', () => {
    // Without this the two properties above could pass on reports with nothing to fix.
    const samples = fc.sample(realisticReport, { seed: runParams(1).seed, numRuns: 40 });
    expect(samples.filter((text) => lint(text).summary.fixable > 0).length).toBeGreaterThan(3);
  });
});
