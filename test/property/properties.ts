/**
 * Every property of test/property/, by name. A property test checks one of
 * these over generated input; a counterexample it saves in fixtures/fuzz/
 * names the property, and fuzz-replay.test.ts asserts that same property on it.
 */
import { applyFixes, fixText, lint, MAX_FIX_PASSES, parseReport, type Diagnostic } from '../../packages/core/src/index.js';
import type { NamedProperty } from './arbitraries.js';
import { assertOutlineValid, decodedSource, rangeFailures } from './outline-checks.js';
import { expectedOf, knownMiss, renderCase, type TotalsCase } from './totals.js';

function parseAndLintExactly(input: string): void {
  const text = decodedSource(input);
  const outline = parseReport(input);
  assertOutlineValid(outline);
  const { diagnostics } = lint(input);
  const failures = rangeFailures(text, outline, diagnostics);
  if (failures.length) throw new Error(failures.slice(0, 5).join('\n'));
}

/** The edits applyFixes took, in text order. */
function appliedEdits(applied: readonly Diagnostic[]) {
  return applied
    .flatMap((d) => d.fixes!.find((f) => f.safe)!.edits)
    .map((e) => ({ start: e.range.start.offset, end: e.range.end.offset, newText: e.newText }))
    .sort((a, b) => a.start - b.start);
}

export const parseExact: NamedProperty<string> = { name: 'parse-exact', predicate: parseAndLintExactly };

export const parseExactPlainText: NamedProperty<string> = {
  name: 'parse-exact-plain-text',
  predicate: (input) => {
    const outline = parseReport(input, { format: 'text' });
    assertOutlineValid(outline);
    const failures = rangeFailures(input, outline, lint(input, { format: 'text' }).diagnostics);
    if (failures.length) throw new Error(failures.slice(0, 5).join('\n'));
  },
};

export const hostileBytesHold: NamedProperty<Uint8Array> = {
  name: 'hostile-bytes',
  predicate: (bytes) => {
    const outline = parseReport(bytes);
    assertOutlineValid(outline);
    lint(bytes);
    // Offsets count the decoded text: every paragraph and sentence lies within it.
    for (const node of [...outline.paragraphs, ...outline.sentences]) {
      if (node.range.end.offset > outline.source.length) throw new Error(`range past the decoded length ${outline.source.length}`);
    }
  },
};

export const fixSettles: NamedProperty<string> = {
  name: 'fix-settles',
  predicate: (text) => {
    const fixed = fixText(text);
    if (fixed.passes <= MAX_FIX_PASSES && fixed.result.summary.fixable !== 0) {
      throw new Error(`still fixable after ${fixed.passes} passes: ${fixed.result.diagnostics.filter((d) => d.fixes?.some((f) => f.safe)).map((d) => `${d.ruleId} ${JSON.stringify(d.text)}`).join('; ')}`);
    }
    const again = fixText(fixed.text);
    if (again.text !== fixed.text) throw new Error(`a second fix pass changed ${JSON.stringify(fixed.text.slice(0, 80))}`);
    if (again.fixed !== 0) throw new Error(`a second pass applied ${again.fixed} fixes`);
  },
};

export const fixKeepsTheRest: NamedProperty<string> = {
  name: 'fix-keeps-the-rest',
  predicate: (text) => {
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
  },
};

/**
 * total-mismatch against the oracle of totals.ts: each case is a paragraph of
 * its own; the parser finds its relation, and a finding lands on the case's
 * line exactly when the oracle expects one.
 */
export const totalsAgreeWithOracle: NamedProperty<TotalsCase[]> = {
  name: 'total-mismatch',
  predicate: (cases) => {
    const text = cases.map(renderCase).join('\n\n');
    const outline = parseReport(text);
    const findings = lint(text).diagnostics.filter((d) => d.ruleId === 'total-mismatch');
    const problems: string[] = [];
    cases.forEach((c, i) => {
      const line = 1 + 2 * i;
      const sentence = renderCase(c);
      if (knownMiss(c)) return;
      const relations = outline.relations.filter((r) => r.totals.some((id) => outline.metrics[id]!.range.start.line === line));
      if (!relations.some((r) => r.parts.length === c.parts.length)) {
        problems.push(`${sentence}\n    no relation of ${c.parts.length} parts found (got ${relations.map((r) => r.parts.length).join(', ') || 'none'})`);
      }
      const expected = expectedOf(c);
      const here = findings.filter((d) => d.range.start.line === line);
      if (expected.finding !== here.length > 0) {
        problems.push(`${sentence}  [${c.mode}]\n    expected ${expected.finding ? 'a finding' : 'no finding'} (${expected.why}), got ${here.length ? here.map((d) => d.message).join('; ') : 'none'}`);
      }
    });
    const stray = findings.filter((d) => d.range.start.line % 2 === 0 || d.range.start.line > 2 * cases.length);
    if (stray.length) problems.push(`findings off the cases' lines: ${stray.map((d) => `${d.range.start.line}: ${d.message}`).join('; ')}`);
    if (problems.length) throw new Error(problems.join('\n'));
  },
};

export const PROPERTIES: ReadonlyArray<NamedProperty<never>> = [parseExact, parseExactPlainText, hostileBytesHold, fixSettles, fixKeepsTheRest, totalsAgreeWithOracle];
