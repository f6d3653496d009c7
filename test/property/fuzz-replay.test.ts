/**
 * Replays every counterexample `pnpm fuzz` (or a failing property) saved in
 * fixtures/fuzz/. A <property>-<hash>.json names the property it failed, and
 * that same property must now hold on it; a bare .txt (older inputs) must
 * parse and lint without throwing, with exact ranges and a valid outline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, parseReport } from '../../packages/core/src/index.js';
import { decodeInput, fuzzDir, type SavedCase } from './arbitraries.js';
import { assertOutlineValid, rangeFailures } from './outline-checks.js';
import { PROPERTIES } from './properties.js';
import { expectedOf, type TotalsCase } from './totals.js';

const files = readdirSync(fuzzDir).sort();
const texts = files.filter((name) => name.endsWith('.txt'));
const cases = files.filter((name) => name.endsWith('.json'));
const read = (name: string) => JSON.parse(readFileSync(join(fuzzDir, name), 'utf8')) as SavedCase;

describe('saved fuzz inputs (fixtures/fuzz/)', () => {
  it('the folder holds the seed inputs, so this replay cannot silently run nothing', () => {
    expect(texts).toContain('seed-hostile.txt');
    expect(cases).toContain('total-mismatch-rounding-edge.json');
  });

  it('the hand-written totals case holds both sides of each edge', () => {
    const saved = decodeInput(read('total-mismatch-rounding-edge.json').input) as TotalsCase[];
    expect(saved.map((c) => expectedOf(c).finding)).toEqual([false, true, false, true]);
  });

  for (const name of cases) {
    it(`${name}: the property it once failed holds`, () => {
      const saved = read(name);
      const property = PROPERTIES.find((p) => p.name === saved.property);
      expect(property, `no property named ${saved.property}`).toBeDefined();
      property!.predicate(decodeInput(saved.input) as never);
    });
  }

  for (const name of texts) {
    it(name, () => {
      const bytes = new Uint8Array(readFileSync(join(fuzzDir, name)));
      // As bytes (decoded as a file is) …
      const outline = parseReport(bytes);
      assertOutlineValid(outline);
      lint(bytes);
      // … and as the UTF-8 string, where ranges can be checked against the text.
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      const fromText = parseReport(text);
      assertOutlineValid(fromText);
      expect(rangeFailures(text, fromText, lint(text).diagnostics)).toEqual([]);
    });
  }
});
