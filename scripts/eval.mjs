#!/usr/bin/env node
// `pnpm eval`: precision and recall of every rule over the labelled fixtures,
// measured on the built core (@huibao/core, as users run it):
//   - fixtures/rules/<rule-id>/*: the expected files label that rule's diagnostics exactly;
//   - fixtures/mutations/*.json: each labels the planted diagnostics (rule, line and,
//     where the label gives it, the message) among the consistency rules;
//   - consistent reports (the filled seed, the county summary, the guarded corpus files):
//     any consistency diagnostic there is a false positive.
// The hand-written reports with their arithmetic beside them (fixtures/reports/
// <name>.arithmetic.json) and their mutations are scored in a table of their own,
// apart from the fixtures the rules were built with.
// Then the real documents of fixtures/corpus: every consistency finding there is a
// misreading unless FINDINGS.md lists it; and, on the bulletins and budget reports,
// planted part changes: breakdowns found by arithmetic alone (scripts/lib/planted-parts.mjs),
// one part changed up or down by a clear amount, and whether total-mismatch lands on that line;
// planted share changes: shares of two of a line's figures found by arithmetic alone
// (scripts/lib/planted-shares.mjs), moved up or down, and whether share-mismatch lands there;
// planted growth-rate changes: rates of a level and its amount of change (scripts/lib/planted-growth.mjs),
// moved up or down, and whether growth-mismatch lands there.
//
// Precision and recall are printed as they are. A labelled case the code misses stays in
// the set: a mutation with `"miss": "why"` is a known miss, counted against its rule and
// listed with its reason. Each case's outcome is compared with fixtures/eval/baseline.json,
// the outcomes when it was last written:
//   pnpm eval --check           exits 1 on a regression only (scripts/lib/eval-baseline.mjs);
//   pnpm eval --write-baseline  records today's outcomes (refused under CI);
//   --corpus-details, --planted-details  list the corpus findings and the planted misses on dev files.
import { lint, ruleIds, allRules } from '@huibao/core';
import {
  CONSISTENCY_RULES,
  LABEL_FIELDS,
  applyMutation,
  caseConfig,
  checkedReports,
  consistentReports,
  corpusReports,
  listedFindings,
  loadMutations,
  loadRuleCases,
  repoRoot,
  toLabel,
} from './lib/labelled-fixtures.mjs';
import { findBreakdowns, plantPartChange } from './lib/planted-parts.mjs';
import { findShares, plantShareChange } from './lib/planted-shares.mjs';
import { findGrowthRates, plantRateChange } from './lib/planted-growth.mjs';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compareWithBaseline, readBaseline, writeBaseline } from './lib/eval-baseline.mjs';

const args = new Set(process.argv.slice(2));

/** A source file of core newer than its build (the eval measures the build), or null. */
function staleBuild() {
  const core = join(repoRoot, 'packages/core');
  const built = statSync(join(core, 'dist/index.js')).mtimeMs;
  for (const dir of ['src', 'src/data']) {
    for (const entry of readdirSync(join(core, dir), { recursive: true })) {
      const path = join(core, dir, entry);
      if (statSync(path).isFile() && statSync(path).mtimeMs > built) return relative(repoRoot, path);
    }
  }
  return null;
}

const newTally = () => new Map(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0, misses: [] }]));
/** `old`: the rules' fixtures, the first reports and their mutations; `new`: the reports with an arithmetic file. */
const tallies = { old: newTally(), new: newTally() };
const newReports = new Set(checkedReports());
const groupOf = (reportPath) => (newReports.has(reportPath) ? 'new' : 'old');
let tally = tallies.old;
const count = (ruleId) => {
  if (!tally.has(ruleId)) tally.set(ruleId, { tp: 0, fp: 0, fn: 0, misses: [] });
  return tally.get(ruleId);
};

/** What this run measured, compared with the baseline at the end. */
const outcome = { cases: {}, corpusFindings: [], plantedCaught: [] };

/**
 * Pairs what was found with what was expected (`matches` says when a finding answers a
 * label); every unmatched side is a miss. Returns whether the case passed.
 */
function score(where, expected, found, matches) {
  let pass = true;
  const pending = [...expected];
  for (const f of found) {
    const t = count(f.ruleId);
    const at = pending.findIndex((e) => matches(e, f));
    if (at >= 0) {
      pending.splice(at, 1);
      t.tp++;
    } else {
      pass = false;
      t.fp++;
      t.misses.push(`FP ${where}: ${f.line}:${f.column} ${f.text} — ${f.message}`);
    }
  }
  for (const e of pending) {
    pass = false;
    const t = count(e.ruleId);
    t.fn++;
    t.misses.push(`FN ${where}: ${e.line}${e.column ? ':' + e.column : ''} ${e.text ?? e.message ?? ''}`);
  }
  return pass;
}

const severity = new Map(allRules.map((r) => [r.meta.id, r.meta.severity]));
const sameLabel = (e, f) => LABEL_FIELDS.every((k) => e[k] === f[k]);
for (const c of loadRuleCases()) {
  const found = lint(c.source, { path: c.inputPath, config: caseConfig(c, severity.get(c.ruleId) ?? 'warning') })
    .diagnostics.filter((d) => d.ruleId === c.ruleId)
    .map((d) => ({ ...toLabel(d), message: d.message }));
  const expected = c.nearMiss ? [] : (c.expected ?? []);
  if (!c.nearMiss && c.expected === null) count(c.ruleId).misses.push(`unlabelled rules/${c.ruleId}/${c.name} (no expected file)`);
  const id = `rules/${c.ruleId}/${c.name}`;
  outcome.cases[id] = { pass: score(id, expected, found, sameLabel) && (c.nearMiss || c.expected !== null) };
}

const strict = { extends: 'strict' };
const consistency = (text, path) => lint(text, { path, config: strict }).diagnostics.filter((d) => CONSISTENCY_RULES.includes(d.ruleId));
/** A planted diagnostic: same rule and line, and the same message where the label writes it. */
const plantedMatch = (e, f) => e.ruleId === f.ruleId && e.line === f.line && (e.message === undefined || e.message === f.message);
const knownMisses = [];
for (const mutation of loadMutations()) {
  const { text, path } = applyMutation(mutation);
  tally = tallies[groupOf(mutation.base)];
  const id = `mutations/${mutation.name}`;
  const pass = score(id, mutation.expect, consistency(text, path), plantedMatch);
  outcome.cases[id] = { pass, ...(mutation.miss ? { known: mutation.miss } : {}) };
  if (mutation.miss) knownMisses.push({ id, pass, reason: mutation.miss });
}
for (const report of consistentReports()) {
  tally = tallies[groupOf(report.path)];
  const id = `clean/${report.path}`;
  outcome.cases[id] = { pass: score(id, [], consistency(report.text, report.path), plantedMatch) };
}
tally = tallies.old;

const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const header = ['rule', 'TP', 'FP', 'FN', 'precision', 'recall'];
function printTable(rowsOf) {
  const table = rowsOf.map(([id, t]) => [id, t.tp, t.fp, t.fn, pct(t.tp, t.tp + t.fp), pct(t.tp, t.tp + t.fn)].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
}
const sortedRows = (t) => [...t.entries()].sort(([a], [b]) => a.localeCompare(b));
const rows = sortedRows(tallies.old);
printTable(rows);
const newRows = sortedRows(tallies.new).filter(([, t]) => t.tp + t.fp + t.fn > 0);
console.log(`\nThe hand-written reports with their arithmetic (${[...newReports].join(', ')}): their mutations and near misses, and the reports themselves`);
printTable(newRows);

if (knownMisses.length > 0) {
  console.log(`\nKnown misses (${knownMisses.filter((m) => !m.pass).length} of ${knownMisses.length} still missed):`);
  for (const m of knownMisses) console.log(`  ${m.pass ? 'now caught' : 'missed'}  ${m.id}: ${m.reason}`);
}
const failing = [...rows, ...newRows].filter(([, t]) => t.misses.length > 0);
if (failing.length > 0) {
  console.log('\nEvery miss and false finding on the labelled cases:');
  for (const [id, t] of failing) for (const miss of t.misses) console.log(`  ${id}  ${miss}`);
}

// Real documents: every consistency finding is a misreading unless FINDINGS.md lists it.
// Printed per part of the split, so a change can be judged on files nobody tuned for.
const listed = listedFindings();
const parts = ['dev', 'holdout'];
const corpus = Object.fromEntries(parts.map((p) => [p, new Map()]));
const unexplained = [];
const reports = corpusReports();
// duplicate-sentence is no consistency rule, but a repeated frame read as a repeated claim is
// the same kind of misreading (parallel 全市/市本级 parts of a budget report), so it is counted here too;
// and repeated-word: professionally edited text holds next to no doubled word, so a finding there is
// a reduplication read as a slip unless FINDINGS.md lists it; and paragraph-end: a paragraph left open before a
// heading is as rare there.
const corpusRules = [...CONSISTENCY_RULES, 'duplicate-sentence', 'repeated-word', 'paragraph-end'];
const corpusFindingsOf = (text, path) => lint(text, { path, config: strict }).diagnostics.filter((d) => corpusRules.includes(d.ruleId));
for (const report of reports) {
  for (const d of corpusFindingsOf(report.text, report.path)) {
    const key = `${report.file}:${d.line}:${d.ruleId}`;
    const isListed = listed.has(key);
    const t = corpus[report.part].get(d.ruleId) ?? { all: 0, listed: 0 };
    t.all++;
    if (isListed) t.listed++;
    else {
      outcome.corpusFindings.push(key);
      unexplained.push(`${report.part} ${report.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
    }
    corpus[report.part].set(d.ruleId, t);
  }
}
console.log('\nConsistency, duplicate-sentence, repeated-word and paragraph-end findings on the corpus (fixtures/corpus; listed = a real inconsistency in FINDINGS.md):');
for (const part of parts) {
  const files = reports.filter((r) => r.part === part).length;
  const entries = [...corpus[part].entries()].sort(([a], [b]) => a.localeCompare(b));
  const all = entries.reduce((n, [, t]) => n + t.all, 0);
  const real = entries.reduce((n, [, t]) => n + t.listed, 0);
  console.log(`  ${part.padEnd(7)} ${files} files, ${all} findings, ${real} listed as real` + (entries.length ? ': ' + entries.map(([id, t]) => `${id} ${t.all}${t.listed ? ` (${t.listed} real)` : ''}`).join(', ') : ''));
}
if (args.has('--corpus-details')) for (const u of unexplained) console.log(`    ${u}`);

// Planted part changes on the real bulletins and budget reports (the 政府工作报告 gwr-* hold few breakdowns).
// A breakdown the text states as a definition (收入135.42亿元，支出120.35亿元，收支结余15.07亿元) is
// judged by identity-mismatch, a list of parts by total-mismatch: either is the right rule for its line.
const SUM_RULES = ['total-mismatch', 'identity-mismatch'];
const totalsOnly = { rules: Object.fromEntries(ruleIds.map((id) => [id, SUM_RULES.includes(id) ? 'warning' : 'off'])) };
const totalFindingsOn = (text, path, line) => lint(text, { path, config: totalsOnly }).diagnostics.filter((d) => SUM_RULES.includes(d.ruleId) && d.line === line).length;
const planted = Object.fromEntries(parts.map((p) => [p, { breakdowns: 0, up: [0, 0], down: [0, 0], misses: [] }]));
for (const report of reports.filter((r) => !r.file.startsWith('gwr-'))) {
  const p = planted[report.part];
  const before = new Map();
  for (const breakdown of findBreakdowns(report.text)) {
    p.breakdowns++;
    if (!before.has(breakdown.line)) before.set(breakdown.line, totalFindingsOn(report.text, report.path, breakdown.line));
    breakdown.parts.forEach((part, index) => {
      for (const direction of ['up', 'down']) {
        const text = plantPartChange(report.text, breakdown, index, direction);
        if (text === null) continue;
        const caught = totalFindingsOn(text, report.path, breakdown.line) > before.get(breakdown.line);
        p[direction][1]++;
        if (caught) {
          p[direction][0]++;
          outcome.plantedCaught.push(`${report.file}:${breakdown.line}:${breakdown.total.text}:${index}:${direction}`);
        } else if (report.part === 'dev') p.misses.push(`${report.file}:${breakdown.line} ${breakdown.total.text} = ${breakdown.parts.map((x) => x.text).join(' + ')}: ${part.text} ${direction}`);
      }
    });
  }
}
console.log('\nPlanted part changes on the corpus bulletins and budget reports (breakdowns found by arithmetic alone; one part up or down by a tenth of the total; caught = a new total-mismatch or identity-mismatch on its line):');
for (const part of parts) {
  const p = planted[part];
  const all = [p.up[0] + p.down[0], p.up[1] + p.down[1]];
  console.log(`  ${part.padEnd(7)} ${p.breakdowns} breakdowns, ${all[1]} changes: caught ${all[0]} (${pct(...all)}); part up ${p.up[0]}/${p.up[1]} (${pct(...p.up)}), part down ${p.down[0]}/${p.down[1]} (${pct(...p.down)})`);
}
if (args.has('--planted-details')) for (const miss of planted.dev.misses) console.log(`    missed ${miss}`);

/**
 * Plants one kind of single-figure change on every corpus file and counts, per part of the split,
 * how many a rule catches: a new finding of `rule` on the changed line. `find` gives the figures
 * the text proves by arithmetic alone, `plant` the text with one moved up or down (or null),
 * `key` and `describe` name a case for the baseline and for --planted-details.
 */
function measurePlanted({ rule, find, plant, key, describe, heading, noun }) {
  const only = { rules: Object.fromEntries(ruleIds.map((id) => [id, id === rule ? 'warning' : 'off'])) };
  const findingsOn = (text, path, line) => lint(text, { path, config: only }).diagnostics.filter((d) => d.ruleId === rule && d.line === line).length;
  const tally = Object.fromEntries(parts.map((p) => [p, { found: 0, caught: 0, all: 0, misses: [] }]));
  for (const report of reports) {
    const p = tally[report.part];
    const before = new Map();
    for (const found of find(report.text)) {
      p.found++;
      if (!before.has(found.line)) before.set(found.line, findingsOn(report.text, report.path, found.line));
      for (const direction of ['up', 'down']) {
        const text = plant(report.text, found, direction);
        if (text === null) continue;
        p.all++;
        if (findingsOn(text, report.path, found.line) > before.get(found.line)) {
          p.caught++;
          outcome.plantedCaught.push(`${key(found, report.file)}:${direction}`);
        } else if (report.part === 'dev') p.misses.push(`${report.file}:${found.line} ${describe(found)}: ${direction}`);
      }
    }
  }
  console.log(`\n${heading}:`);
  for (const part of parts) {
    const p = tally[part];
    console.log(`  ${part.padEnd(7)} ${p.found} ${noun}, ${p.all} changes: caught ${p.caught} (${pct(p.caught, p.all)})`);
  }
  if (args.has('--planted-details')) for (const miss of tally.dev.misses) console.log(`    missed ${miss}`);
}

// Planted share changes: the shares a document states of two of its figures, found by arithmetic
// alone (scripts/lib/planted-shares.mjs), each moved up and down by a clear amount.
measurePlanted({
  rule: 'share-mismatch',
  find: findShares,
  plant: plantShareChange,
  key: (found, file) => `share:${file}:${found.line}:${found.share.text}`,
  describe: (found) => `${found.part.text} ÷ ${found.whole.text} = ${found.share.text}`,
  heading: 'Planted share changes on the corpus (shares whose part and whole the line states, found by arithmetic alone; the share moved by 15% of itself, at least 3 points; caught = a new share-mismatch on its line)',
  noun: 'shares',
});

// Planted growth-rate changes: the rates a document states beside the level and the amount of
// change they come from, found by arithmetic alone (scripts/lib/planted-growth.mjs), each moved
// up and down by a clear amount.
measurePlanted({
  rule: 'growth-mismatch',
  find: findGrowthRates,
  plant: plantRateChange,
  key: (found, file) => `growth:${file}:${found.line}:${found.rate.text}`,
  describe: (found) => `${found.amount.text}, ${found.level.text} → ${found.rate.text}`,
  heading: 'Planted growth-rate changes on the corpus (rates whose level and amount of change, or whose move, the sentence states, found by arithmetic alone; the rate moved by 15% of itself, at least 1 point; caught = a new growth-mismatch on its line)',
  noun: 'rates',
});

if (args.has('--write-baseline')) {
  const stale = staleBuild();
  if (stale) {
    console.error(`\neval: ${stale} is newer than the built core: run \`pnpm build\` first, or the baseline records yesterday's code.`);
    process.exit(2);
  }
  if (process.env.CI) {
    console.error('\neval: --write-baseline is refused under CI: the baseline is written by a person, then reviewed in the diff.');
    process.exit(2);
  }
  const path = writeBaseline(outcome);
  console.log(`\nWrote ${path}: review its diff before committing.`);
} else {
  const verdict = compareWithBaseline(outcome, readBaseline());
  console.log('');
  for (const line of verdict.improvements) console.log(`  better: ${line}`);
  for (const line of verdict.regressions) console.log(`  REGRESSION: ${line}`);
  if (verdict.regressions.length > 0) {
    console.log(`${verdict.regressions.length} regression(s) against fixtures/eval/baseline.json.`);
    if (args.has('--check')) process.exit(1);
  } else {
    console.log(`No regression against fixtures/eval/baseline.json${verdict.improvements.length ? `; ${verdict.improvements.length} improvement(s): keep them with --write-baseline` : ''}.`);
  }
}
