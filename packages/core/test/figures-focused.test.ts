/**
 * Small focused reports, one per number form (fixtures/reports/focused), each
 * with the outline excerpt it must yield beside it (<name>.expected.json):
 * the metrics and the placeholders, position by position.
 * UPDATE_EXPECTED=1 rewrites the expected files; review the diff by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { fixturePath, listFixtures, readFixture } from './helpers.js';

const UPDATE = process.env.UPDATE_EXPECTED === '1';
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
  it.each(inputs)('%s', (name) => {
    const actual = excerpt(name);
    const expectedPath = fixturePath('reports', 'focused', name.replace(/\.(txt|md)$/, '.expected.json'));
    if (UPDATE) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
