#!/usr/bin/env node
// `pnpm eval`: precision and recall of every rule over the labelled fixtures,
// measured on the built core (@huibao/core, as users run it):
//   - fixtures/rules/<rule-id>/*: the expected files label that rule's diagnostics exactly;
//   - fixtures/mutations/*.json: each labels the planted diagnostics (rule and line)
//     among the consistency rules of issue 3;
//   - consistent reports (the filled seed, the county summary, fixtures/corpus/*):
//     any consistency diagnostic there is a false positive.
// The hand-written reports with their arithmetic beside them (fixtures/reports/
// <name>.arithmetic.json) and their mutations are scored in a table of their own,
// apart from the fixtures the rules were built with.
// Then, on the real bulletins of fixtures/corpus, planted part changes: breakdowns
// found by arithmetic alone (scripts/lib/planted-parts.mjs), one part changed up or
// down by a clear amount, and whether total-mismatch lands on that line — per part
// of the split (`--planted-details` lists the misses on dev files only).
// Exits 1 when a labelled rule is below 100% precision or recall.
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
  toLabel,
} from './lib/labelled-fixtures.mjs';
import { findBreakdowns, plantPartChange } from './lib/planted-parts.mjs';

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

/** Matches found against expected by a key; every unmatched side is a miss. */
function score(where, expected, found, key) {
  const pending = new Map();
  for (const e of expected) pending.set(key(e), [...(pending.get(key(e)) ?? []), e]);
  for (const f of found) {
    const bucket = pending.get(key(f));
    const t = count(f.ruleId);
    if (bucket?.length) {
      bucket.pop();
      t.tp++;
    } else {
      t.fp++;
      t.misses.push(`FP ${where}: ${f.line}:${f.column} ${f.text}`);
    }
  }
  for (const bucket of pending.values()) {
    for (const e of bucket) {
      const t = count(e.ruleId);
      t.fn++;
      t.misses.push(`FN ${where}: ${e.line}${e.column ? ':' + e.column : ''} ${e.text ?? ''}`);
    }
  }
}

const severity = new Map(allRules.map((r) => [r.meta.id, r.meta.severity]));
const exact = (d) => LABEL_FIELDS.map((k) => d[k]).join('\u0000');
for (const c of loadRuleCases()) {
  const found = lint(c.source, { path: c.inputPath, config: caseConfig(c, severity.get(c.ruleId) ?? 'warning') })
    .diagnostics.filter((d) => d.ruleId === c.ruleId)
    .map(toLabel);
  const expected = c.nearMiss ? [] : (c.expected ?? []);
  if (!c.nearMiss && c.expected === null) count(c.ruleId).misses.push(`unlabelled rules/${c.ruleId}/${c.name} (no expected file)`);
  score(`rules/${c.ruleId}/${c.name}`, expected, found, exact);
}

const strict = { extends: 'strict' };
const consistency = (text, path) => lint(text, { path, config: strict }).diagnostics.filter((d) => CONSISTENCY_RULES.includes(d.ruleId));
const byLine = (d) => `${d.ruleId}\u0000${d.line}`;
for (const mutation of loadMutations()) {
  const { text, path } = applyMutation(mutation);
  tally = tallies[groupOf(mutation.base)];
  score(`mutations/${mutation.name}`, mutation.expect, consistency(text, path), byLine);
}
for (const report of consistentReports()) {
  tally = tallies[groupOf(report.path)];
  score(report.path, [], consistency(report.text, report.path), byLine);
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

// Real documents: every consistency finding is a misreading unless FINDINGS.md lists it.
// Printed per part of the split, so a change can be judged on files nobody tuned for.
const listed = listedFindings();
const corpus = { dev: new Map(), holdout: new Map() };
const unexplained = [];
for (const report of corpusReports()) {
  for (const d of consistency(report.text, report.path)) {
    const isListed = listed.has(`${report.file}:${d.line}:${d.ruleId}`);
    const tallyOf = corpus[report.part];
    const t = tallyOf.get(d.ruleId) ?? { all: 0, listed: 0 };
    t.all++;
    if (isListed) t.listed++;
    else unexplained.push(`${report.part} ${report.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
    tallyOf.set(d.ruleId, t);
  }
}
console.log('\nConsistency findings on the corpus (fixtures/corpus; listed = a real inconsistency in FINDINGS.md):');
for (const part of ['dev', 'holdout']) {
  const entries = [...corpus[part].entries()].sort(([a], [b]) => a.localeCompare(b));
  const all = entries.reduce((n, [, t]) => n + t.all, 0);
  const real = entries.reduce((n, [, t]) => n + t.listed, 0);
  console.log(`  ${part.padEnd(7)} ${all} findings, ${real} listed as real` + (entries.length ? ': ' + entries.map(([id, t]) => `${id} ${t.all}${t.listed ? ` (${t.listed} real)` : ''}`).join(', ') : ''));
}
if (process.argv.includes('--corpus-details')) for (const u of unexplained) console.log(`    ${u}`);

// Planted part changes on the real bulletins (the 政府工作报告 gwr-* are not bulletins).
const totalsOnly = { rules: Object.fromEntries(ruleIds.map((id) => [id, id === 'total-mismatch' ? 'warning' : 'off'])) };
const totalFindingsOn = (text, path, line) => lint(text, { path, config: totalsOnly }).diagnostics.filter((d) => d.ruleId === 'total-mismatch' && d.line === line).length;
const planted = { dev: { breakdowns: 0, up: [0, 0], down: [0, 0], misses: [] }, holdout: { breakdowns: 0, up: [0, 0], down: [0, 0], misses: [] } };
for (const report of corpusReports().filter((r) => !r.file.startsWith('gwr-'))) {
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
        if (caught) p[direction][0]++;
        else if (report.part === 'dev') p.misses.push(`${report.file}:${breakdown.line} ${breakdown.total.text} = ${breakdown.parts.map((x) => x.text).join(' + ')}: ${part.text} ${direction}`);
      }
    });
  }
}
console.log('\nPlanted part changes on the corpus bulletins (breakdowns found by arithmetic alone; one part up or down by a tenth of the total; caught = a new total-mismatch on its line):');
for (const part of ['dev', 'holdout']) {
  const p = planted[part];
  const all = [p.up[0] + p.down[0], p.up[1] + p.down[1]];
  console.log(`  ${part.padEnd(7)} ${p.breakdowns} breakdowns, ${all[1]} changes: caught ${all[0]} (${pct(...all)}); part up ${p.up[0]}/${p.up[1]} (${pct(...p.up)}), part down ${p.down[0]}/${p.down[1]} (${pct(...p.down)})`);
}
if (process.argv.includes('--planted-details')) for (const miss of planted.dev.misses) console.log(`    missed ${miss}`);

const failing = [...rows, ...newRows].filter(([, t]) => t.fp > 0 || t.fn > 0 || t.misses.length > 0);
if (failing.length > 0) {
  console.log('\nBelow 100%:');
  for (const [id, t] of failing) for (const miss of t.misses) console.log(`  ${id}  ${miss}`);
  process.exit(1);
}
console.log('\nEvery rule at 100% precision and recall on the labelled fixtures.');
