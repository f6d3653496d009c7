/**
 * Properties of parseReport and lint over generated reports and hostile input:
 * they never throw, every range is exact, and the outline validates.
 * (Time linear in input is measured in `pnpm bench`, not asserted here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../packages/core/src/index.js';
import { checkAndSave, hostileBytes, hostileText, realisticReport } from './arbitraries.js';
import { hostileBytesHold, parseExact, parseExactPlainText } from './properties.js';

describe('properties of parseReport and lint', () => {
  it('realistic reports: never throw, every range exact, outline valid', () => {
    checkAndSave(parseExact, realisticReport, 80);
  });

  it('realistic reports read as plain text: the same holds', () => {
    checkAndSave(parseExactPlainText, realisticReport, 60);
  });

  it('hostile text (binary, lone surrogates, NUL, 10⁵ brackets or quotes, 1 MB lines): never throws, ranges exact', () => {
    checkAndSave(parseExact, hostileText, 25);
  });

  it('hostile bytes (random, truncated UTF-8 and GB18030, NUL): never throws, the outline is valid', () => {
    checkAndSave(hostileBytesHold, hostileBytes, 60);
  });

  it('the generators produce what they claim (sections, figures, slogans, CRLF)', () => {
    // A guard against a generator that silently stopped producing reports.
    const sample = fcSample();
    expect(sample.some((o) => o.sections.length > 0)).toBe(true);
    expect(sample.some((o) => o.slogans.length > 0)).toBe(true);
    expect(sample.some((o) => o.placeholders.length > 0)).toBe(true);
    expect(sample.some((o) => o.source.lineEnding === 'crlf')).toBe(true);
  });
});

function fcSample() {
  return fc.sample(realisticReport, { seed: 1, numRuns: 60 }).map((text) => parseReport(text));
}
