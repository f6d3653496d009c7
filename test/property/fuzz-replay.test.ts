/**
 * Replays every input `pnpm fuzz` (or a failing property) saved in
 * fixtures/fuzz/: each once made a property fail, and each must now hold —
 * parse and lint do not throw, every range is exact, the outline is valid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, parseReport } from '../../packages/core/src/index.js';
import { fuzzDir } from './arbitraries.js';
import { assertOutlineValid, rangeFailures } from './outline-checks.js';

const saved = readdirSync(fuzzDir).filter((name) => name.endsWith('.txt')).sort();

describe('saved fuzz inputs (fixtures/fuzz/)', () => {
  it('the folder holds the seed input, so this replay cannot silently run nothing', () => {
    expect(saved).toContain('seed-hostile.txt');
  });

  for (const name of saved) {
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
