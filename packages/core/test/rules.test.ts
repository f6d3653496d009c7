/**
 * The rule harness. Each fixtures/rules/<rule-id>/<case>.{md,txt} is linted
 * with the built-in rules; the diagnostics of that folder's rule must equal
 * <case>.expected.json exactly (ok-* cases are near misses: none). A case may
 * carry a <case>.config.json.
 *
 * UPDATE_EXPECTED=1 writes the current diagnostics to each expected file that
 * differs, as a convenience, and the test then fails showing the diff against
 * the old expected labels: a passing run has never rewritten an expected file.
 * Under CI it is refused: the test fails and nothing is written.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LineIndex, allRules, lint, type Diagnostic, type HuibaoConfig } from '../src/index.js';
// Shared with `pnpm eval`, so both read the labels the same way.
import { caseConfig, loadRuleCases, orphanFiles, toLabel, writeExpected } from '../../../scripts/lib/labelled-fixtures.mjs';

const UPDATE = process.env.UPDATE_EXPECTED === '1';
const CI = Boolean(process.env.CI);
const cases = loadRuleCases();

interface Case {
  ruleId: string;
  name: string;
  inputPath: string;
  expectedPath: string;
  source: string;
  config: HuibaoConfig | undefined;
  nearMiss: boolean;
  expected: unknown[] | null;
}

const defaultSeverity = new Map(allRules.map((r) => [r.meta.id, r.meta.severity]));

/**
 * The folder's rule runs at its default severity even when it is not in
 * `recommended`; a case's config may set its severity or options.
 */
function lintCase(c: Case, source = c.source): Diagnostic[] {
  return lintAll(c, source).filter((d) => d.ruleId === c.ruleId);
}

/** Every diagnostic of the case's input, of whatever rule the config runs. */
function lintAll(c: Case, source = c.source): Diagnostic[] {
  const config: HuibaoConfig = caseConfig(c, defaultSeverity.get(c.ruleId) ?? 'warning');
  return lint(source, { path: c.inputPath, config }).diagnostics;
}

const hasSafeFix = (d: Diagnostic) => d.fixes?.some((f) => f.safe) ?? false;

/** Applies the safe fixes of the diagnostics, last edit first; overlapping edits are a bug of the rule. */
function applySafeFixes(source: string, diagnostics: Diagnostic[]): string {
  const edits = diagnostics
    .flatMap((d) => (d.fixes ?? []).filter((f) => f.safe).slice(0, 1))
    .flatMap((f) => f.edits)
    .sort((a, b) => b.range.start.offset - a.range.start.offset);
  let text = source;
  let limit = Infinity;
  for (const edit of edits) {
    if (edit.range.end.offset > limit) throw new Error(`overlapping safe fixes at offset ${edit.range.start.offset}`);
    text = text.slice(0, edit.range.start.offset) + edit.newText + text.slice(edit.range.end.offset);
    limit = edit.range.start.offset;
  }
  return text;
}

describe('rule fixtures', () => {
  it('exist for every registered rule: at least one failing case and one ok- near miss', () => {
    const missing = allRules
      .map((r) => r.meta.id)
      .filter((id) => {
        const own = cases.filter((c) => c.ruleId === id);
        return !own.some((c) => !c.nearMiss) || !own.some((c) => c.nearMiss);
      });
    expect(missing).toEqual([]);
  });

  it('belong to registered rules only', () => {
    const known = new Set(allRules.map((r) => r.meta.id));
    expect([...new Set(cases.map((c) => c.ruleId))].filter((id) => !known.has(id))).toEqual([]);
  });

  it('have no expected or config file without its input', () => {
    expect(orphanFiles()).toEqual([]);
  });

  it('show a safe fix for every rule that declares itself fixable, and for no other', () => {
    // The per-case fix test below runs only where a case has safe fixes; this keeps it from vanishing unseen.
    const declared = allRules.filter((r) => r.meta.fixable).map((r) => r.meta.id).sort();
    const shown = [...new Set((cases as Case[]).filter((c) => lintCase(c).some(hasSafeFix)).map((c) => c.ruleId))].sort();
    expect(declared.length).toBeGreaterThan(0);
    expect(shown).toEqual(declared);
  });
});

describe.each(cases as Case[])('$ruleId/$name', (c) => {
  // Linted inside the tests, not while collecting them: a rule that throws then fails a test
  // (which `pnpm mutation` counts as a killed mutant) rather than the file's collection (which
  // Stryker's vitest runner does not count), and coverage is per test.
  let linted: { everyDiagnostic: Diagnostic[]; diagnostics: Diagnostic[] } | undefined;
  const run = () => {
    if (!linted) {
      const everyDiagnostic = lintAll(c);
      linted = { everyDiagnostic, diagnostics: everyDiagnostic.filter((d) => d.ruleId === c.ruleId) };
    }
    return linted;
  };

  it(c.nearMiss ? 'produces no diagnostic of its rule' : 'produces exactly the expected diagnostics', () => {
    const actual = run().diagnostics.map(toLabel);
    if (UPDATE) {
      expect(CI, 'UPDATE_EXPECTED is refused under CI: expected files are written and reviewed by hand, never by a CI run').toBe(false);
      if (!c.nearMiss && !isDeepStrictEqual(JSON.parse(JSON.stringify(actual)), c.expected)) {
        writeExpected(c.expectedPath, actual);
        console.warn(`UPDATE_EXPECTED: wrote ${c.expectedPath} (${actual.length} diagnostics) — review the diff; this run fails`);
      }
      // No return: the assertions below compare with the expected labels as they were, so the run fails on every rewrite.
    }
    if (c.nearMiss) {
      expect(actual).toEqual([]);
      if (c.expected !== null) expect(c.expected).toEqual([]);
      return;
    }
    expect(c.expected, `missing ${c.expectedPath} (run with UPDATE_EXPECTED=1, then check it by hand)`).not.toBeNull();
    expect(c.expected!.length, 'a failing case must expect at least one diagnostic').toBeGreaterThan(0);
    expect(actual).toEqual(c.expected);
  });

  it('reports ranges whose offsets, lines and columns agree and slice to the reported text', () => {
    // The count first, so a case whose diagnostics vanished cannot pass by checking none:
    // a near miss has none of its rule, a failing case as many as it expects.
    const { everyDiagnostic, diagnostics } = run();
    expect(diagnostics).toHaveLength(c.nearMiss ? 0 : (c.expected?.length ?? NaN));
    const lines = new LineIndex(c.source.charCodeAt(0) === 0xfeff ? c.source.slice(1) : c.source);
    // Every rule's diagnostics on this input, not only the folder's.
    for (const d of everyDiagnostic) {
      const { start, end } = d.range;
      expect(d.text).toBe(lines.text.slice(start.offset, end.offset));
      expect(lines.range(start.offset, end.offset)).toEqual(d.range);
      expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([start.line, start.column, end.line, end.column]);
      expect(d.message).not.toMatch(/\{\{/);
      for (const fix of d.fixes ?? []) for (const edit of fix.edits) expect(lines.range(edit.range.start.offset, edit.range.end.offset)).toEqual(edit.range);
    }
  });

  // A case with nothing to fix skips this test ('show a safe fix for every rule…' above checks that such cases exist).
  it('leaves no safe-fixable diagnostic of its rule once its safe fixes are applied', (ctx) => {
    const fixable = run().diagnostics.filter(hasSafeFix);
    if (fixable.length === 0) ctx.skip();
    const fixed = applySafeFixes(c.source, fixable);
    expect(fixed).not.toBe(c.source);
    expect(lintCase(c, fixed).filter(hasSafeFix).map(toLabel)).toEqual([]);
  });
});
