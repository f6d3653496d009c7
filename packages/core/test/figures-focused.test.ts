/**
 * Small focused reports, one per number form (fixtures/reports/focused), each
 * with the outline excerpt it must yield beside it (<name>.expected.json):
 * the metrics and the placeholders, position by position.
 * UPDATE_EXPECTED=1 writes the current excerpt to each expected file that
 * differs, as a convenience, and the test then fails showing the diff against
 * the old expected excerpt (review it by hand): a passing run has never
 * rewritten an expected file. Under CI it is refused: the test fails and
 * nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { fixturePath, listFixtures, readFixture } from './helpers.js';

const UPDATE = process.env.UPDATE_EXPECTED === '1';
const CI = Boolean(process.env.CI);
const inputs = listFixtures('reports', 'focused').filter((f) => /\.(txt|md)$/.test(f));

function excerpt(name: string) {
  const outline = parseReport(readFixture('reports', 'focused', name), { path: name });
  return {
    metrics: outline.metrics.map((m) => ({
      text: m.text,
      line: m.range.start.line,
      column: m.range.start.column,
      value: m.value,
      decimals: m.decimals,
      multiplier: m.multiplier,
      unit: m.unit,
      dimension: m.dimension,
      ...(m.unitFactor ? { unitFactor: m.unitFactor } : {}),
      percent: m.percent,
      approx: m.approx,
      placeholder: m.placeholder,
      ...(m.upper ? { upper: m.upper.valueText } : {}),
    })),
    placeholders: outline.placeholders.map((p) => ({ mark: p.mark, line: p.range.start.line, column: p.range.start.column, kind: p.kind, following: p.following, metric: p.metric })),
  };
}

describe('focused number-form fixtures', () => {
  it('are there to check', () => {
    expect(inputs.length).toBeGreaterThan(0);
  });

  it.each(inputs)('%s', (name) => {
    const actual = excerpt(name);
    const expectedPath = fixturePath('reports', 'focused', name.replace(/\.(txt|md)$/, '.expected.json'));
    // Read before any write: the comparison is always with the expected file as it was.
    const expected: unknown = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : null;
    if (UPDATE) {
      expect(CI, 'UPDATE_EXPECTED is refused under CI: expected files are written and reviewed by hand, never by a CI run').toBe(false);
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(actual)), expected)) {
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
        console.warn(`UPDATE_EXPECTED: wrote ${expectedPath} — review the diff; this run fails`);
      }
    }
    expect(expected, `missing ${expectedPath} (run with UPDATE_EXPECTED=1, then check it by hand)`).not.toBeNull();
    expect(actual).toEqual(expected);
  });
});
