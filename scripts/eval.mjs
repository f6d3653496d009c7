#!/usr/bin/env node
// `pnpm eval`: precision and recall of every rule over the labelled fixtures,
// measured on the built core (@huibao/core, as users run it):
//   - fixtures/rules/<rule-id>/*: the expected files label that rule's diagnostics exactly;
//   - fixtures/mutations/*.json: each labels the planted diagnostics (rule and line)
//     among the consistency rules of issue 3;
//   - consistent reports (the filled seed, the county summary, fixtures/corpus/*):
//     any consistency diagnostic there is a false positive.
// Exits 1 when a labelled rule is below 100% precision or recall.
import { lint, ruleIds, allRules } from '@huibao/core';
import {
  CONSISTENCY_RULES,
  LABEL_FIELDS,
  applyMutation,
  caseConfig,
  consistentReports,
  corpusReports,
  listedFindings,
  loadMutations,
  loadRuleCases,
  toLabel,
} from './lib/labelled-fixtures.mjs';

const tally = new Map(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0, misses: [] }]));
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
  score(`mutations/${mutation.name}`, mutation.expect, consistency(text, path), byLine);
}
for (const report of consistentReports()) score(report.path, [], consistency(report.text, report.path), byLine);

const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
const header = ['rule', 'TP', 'FP', 'FN', 'precision', 'recall'];
const table = rows.map(([id, t]) => [id, t.tp, t.fp, t.fn, pct(t.tp, t.tp + t.fp), pct(t.tp, t.tp + t.fn)].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));

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

const failing = rows.filter(([, t]) => t.fp > 0 || t.fn > 0 || t.misses.length > 0);
if (failing.length > 0) {
  console.log('\nBelow 100%:');
  for (const [id, t] of failing) for (const miss of t.misses) console.log(`  ${id}  ${miss}`);
  process.exit(1);
}
console.log('\nEvery rule at 100% precision and recall on the labelled fixtures.');
