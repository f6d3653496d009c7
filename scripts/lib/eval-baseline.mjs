// The eval's baseline (fixtures/eval/baseline.json): what passed when it was last
// written, so CI can fail on a regression while the known misses stay in the set.
// A regression is:
//   - a labelled case that passed and now fails, or is gone;
//   - a failing case that is neither in the baseline's failing list nor marked as a
//     known miss (a new case must pass, or say why it does not);
//   - a corpus finding more than the baseline holds for that file, line and rule
//     (a new false finding: FINDINGS.md lists the real ones, which never count);
//   - a planted change (a part, a share or a growth rate) that was caught and is now missed.
// Everything that moves the other way is printed as an improvement, to be kept by
// writing the baseline again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fixturesRoot, repoRoot } from './labelled-fixtures.mjs';

export const baselinePath = join(fixturesRoot, 'eval/baseline.json');

/**
 * @typedef {{ pass: boolean, known?: string }} CaseOutcome
 * @typedef {{ cases: Record<string, CaseOutcome>, corpusFindings: string[], plantedCaught: string[] }} Outcome
 * @typedef {{ passing: string[], failing: string[], corpusFindings: Record<string, number>, plantedCaught: string[] }} Baseline
 */

/** @returns {Baseline} */
export function readBaseline(path = baselinePath) {
  if (!existsSync(path)) throw new Error(`${relative(repoRoot, path)} is missing: write it with \`pnpm eval --write-baseline\``);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Counts of each `file:line:rule` key. */
function tally(keys) {
  const counts = {};
  for (const key of [...keys].sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/**
 * @param {Outcome} outcome
 * @returns {Baseline & { $comment: string }}
 */
export function baselineOf(outcome) {
  const ids = Object.keys(outcome.cases).sort();
  return {
    $comment: 'Written by `pnpm eval --write-baseline`; `pnpm eval --check` (run by CI) fails on a regression against it. See scripts/lib/eval-baseline.mjs.',
    passing: ids.filter((id) => outcome.cases[id].pass),
    failing: ids.filter((id) => !outcome.cases[id].pass),
    corpusFindings: tally(outcome.corpusFindings),
    plantedCaught: [...outcome.plantedCaught].sort(),
  };
}

/**
 * Writes the baseline. A failing case must be a known miss first: the baseline records
 * the misses the set admits to, never one nobody has explained.
 * @param {Outcome} outcome
 */
export function writeBaseline(outcome, path = baselinePath) {
  const unexplained = Object.entries(outcome.cases).filter(([id, c]) => !c.pass && !c.known && !id.startsWith('rules/') && !id.startsWith('clean/'));
  if (unexplained.length > 0) {
    throw new Error(`these cases fail without a "miss" reason; give each one, or fix the code:\n${unexplained.map(([id]) => `  ${id}`).join('\n')}`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(baselineOf(outcome), null, 2) + '\n');
  return relative(repoRoot, path);
}

/**
 * @param {Outcome} outcome
 * @param {Baseline} baseline
 * @returns {{ regressions: string[], improvements: string[] }}
 */
export function compareWithBaseline(outcome, baseline) {
  const regressions = [];
  const improvements = [];
  const passing = new Set(baseline.passing);
  const failing = new Set(baseline.failing);
  for (const id of baseline.passing) {
    const now = outcome.cases[id];
    if (!now) regressions.push(`${id} passed and is gone`);
    else if (!now.pass) regressions.push(`${id} passed and now fails`);
  }
  for (const [id, now] of Object.entries(outcome.cases)) {
    if (passing.has(id)) continue;
    if (now.pass) improvements.push(`${id} now passes`);
    else if (!failing.has(id) && !now.known) regressions.push(`${id} is new and fails without a "miss" reason`);
  }
  const findings = tally(outcome.corpusFindings);
  for (const [key, n] of Object.entries(findings)) {
    const before = baseline.corpusFindings[key] ?? 0;
    if (n > before) regressions.push(`corpus ${key}: ${n - before} new unexplained finding(s)`);
  }
  for (const [key, before] of Object.entries(baseline.corpusFindings)) {
    const n = findings[key] ?? 0;
    if (n < before) improvements.push(`corpus ${key}: ${before - n} finding(s) fewer`);
  }
  const caught = new Set(outcome.plantedCaught);
  const caughtBefore = new Set(baseline.plantedCaught);
  for (const id of caughtBefore) if (!caught.has(id)) regressions.push(`planted ${id} was caught and is now missed`);
  const newlyCaught = [...caught].filter((id) => !caughtBefore.has(id)).length;
  if (newlyCaught > 0) improvements.push(`${newlyCaught} planted change(s) caught that were missed`);
  return { regressions, improvements };
}
