/**
 * total-mismatch over generated totals and parts (test/property/totals.ts):
 * real bulletin frames and report frames, complete splits and ordinary 其中
 * lists, parts left, raised or lowered, totals at the edge of their rounding
 * and of 约's ±10%. Whether a finding is due comes from the oracle in
 * totals.ts, arithmetic written from docs/rules/total-mismatch.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAndSave } from './arbitraries.js';
import { totalsAgreeWithOracle } from './properties.js';
import { CORPUS_FRAMES, expectedOf, knownMiss, renderCase, templateOf, totalsCase, totalsReport, type TotalsCase } from './totals.js';

describe('properties of total-mismatch', () => {
  it('a finding on a case’s line exactly when the oracle expects one', () => {
    checkAndSave(totalsAgreeWithOracle, totalsReport, 120);
  });

  it('the generator reaches every kind of case, on both sides of the oracle', () => {
    // Without this the property could pass on cases that never expect a finding, or never test an edge.
    // A fixed seed: this checks what the generator can produce, not the code, and must not flicker.
    const sample = fc.sample(totalsCase, { seed: 1, numRuns: 1500 });
    const asserted = sample.filter((c) => !knownMiss(c));
    // The known miss (see knownMiss) stays a small share, so the property keeps asserting on nearly every case.
    expect(sample.length - asserted.length).toBeLessThan(sample.length * 0.1);
    const kinds = new Set(asserted.map((c) => `${c.mode} ${templateOf(c).complete ? 'complete' : 'partial'} ${expectedOf(c).finding}`));
    for (const mode of ['raised', 'rounding-edge', 'about-edge']) {
      for (const split of ['complete', 'partial']) {
        expect(kinds).toContain(`${mode} ${split} true`);
        expect(kinds).toContain(`${mode} ${split} false`);
      }
    }
    // Lowering a part: a finding for a complete split, silence for a list that may be partial.
    expect(kinds).toContain('lowered complete true');
    expect(kinds).toContain('lowered partial false');
    expect(kinds).not.toContain('lowered partial true');
    expect(kinds).toContain('consistent complete false');
    expect(kinds).toContain('consistent partial false');
    expect(kinds).not.toContain('consistent complete true');
    const templates = new Set(sample.map((c) => c.template));
    for (const frame of CORPUS_FRAMES) expect(templates).toContain(frame.id);
  });

  it('the oracle reads the documented edges as the docs state them', () => {
    const insured = (total: TotalsCase['total'], parts: number[]): TotalsCase => ({
      template: 'insured-urban-rural',
      mode: 'rounding-edge',
      total,
      parts: parts.map((n) => ({ n, d: 0, s: 0, about: '' })),
    });
    // 3.5万人 is 34,500 to 35,500.
    expect(renderCase(insured({ n: 35, d: 1, s: 4, about: '' }, [12_340, 22_160]))).toBe('全县参保人数3.5万人，其中城镇12340人，乡村22160人。');
    expect(expectedOf(insured({ n: 35, d: 1, s: 4, about: '' }, [12_340, 22_160])).finding).toBe(false);
    expect(expectedOf(insured({ n: 35, d: 1, s: 4, about: '' }, [12_340, 22_159])).finding).toBe(true);
    expect(expectedOf(insured({ n: 35, d: 1, s: 4, about: '' }, [12_340, 23_160])).finding).toBe(false);
    expect(expectedOf(insured({ n: 35, d: 1, s: 4, about: '' }, [12_340, 23_161])).finding).toBe(true);
    // 约100人 is 90 to 110; 100人 is exact.
    expect(expectedOf(insured({ n: 100, d: 0, s: 0, about: '约' }, [60, 50])).finding).toBe(false);
    expect(expectedOf(insured({ n: 100, d: 0, s: 0, about: '约' }, [60, 51])).finding).toBe(true);
    expect(expectedOf(insured({ n: 100, d: 0, s: 0, about: '左右' }, [40, 50])).finding).toBe(false);
    expect(expectedOf(insured({ n: 100, d: 0, s: 0, about: '左右' }, [40, 49])).finding).toBe(true);
    expect(expectedOf(insured({ n: 100, d: 0, s: 0, about: '' }, [60, 41])).finding).toBe(true);
    // An ordinary list may fall short; it may not exceed.
    const shops = (parts: number[]): TotalsCase => ({ template: 'shops-partial', mode: 'lowered', total: { n: 20, d: 0, s: 0, about: '' }, parts: parts.map((n) => ({ n, d: 0, s: 0, about: '' })) });
    expect(expectedOf(shops([5, 6])).finding).toBe(false);
    expect(expectedOf(shops([12, 9])).finding).toBe(true);
  });
});
