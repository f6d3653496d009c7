// The labelled fixtures, read one way for the tests (packages/core/test/*)
// and for `pnpm eval` (scripts/eval.mjs): rule cases with their expected
// diagnostics, mutations of consistent reports with their planted
// diagnostics, and the consistent reports themselves.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesRoot = join(repoRoot, 'fixtures');

/** The fields of a diagnostic a label fixes, in this order. */
export const LABEL_FIELDS = ['ruleId', 'messageId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'text'];

const INPUT = /^(?<name>[^.]+)\.(?<ext>md|txt)$/;

/**
 * @typedef {{ ruleId: string, messageId: string, severity: string, line: number, column: number, endLine: number, endColumn: number, text: string }} Label
 * @typedef {{ ruleId: string, name: string, inputPath: string, expectedPath: string, source: string, config: object | undefined, nearMiss: boolean, expected: Label[] | null }} RuleCase
 */

/** Every case of fixtures/rules/<rule-id>/: its input, config and expected labels (null when the file is missing). */
export function loadRuleCases(root = fixturesRoot) {
  const rulesDir = join(root, 'rules');
  if (!existsSync(rulesDir)) return [];
  /** @type {RuleCase[]} */
  const cases = [];
  for (const ruleId of readdirSync(rulesDir).sort()) {
    const dir = join(rulesDir, ruleId);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      const match = INPUT.exec(file);
      if (!match?.groups) continue;
      const name = match.groups.name;
      const expectedPath = join(dir, `${name}.expected.json`);
      const configPath = join(dir, `${name}.config.json`);
      cases.push({
        ruleId,
        name: file,
        inputPath: join(dir, file),
        expectedPath,
        source: readFileSync(join(dir, file), 'utf8'),
        config: existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : undefined,
        nearMiss: name.startsWith('ok-'),
        expected: existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : null,
      });
    }
  }
  return cases;
}

/** Files in a rule folder that belong to no input (an expected or config file whose input is gone). */
export function orphanFiles(root = fixturesRoot) {
  const rulesDir = join(root, 'rules');
  if (!existsSync(rulesDir)) return [];
  const orphans = [];
  for (const ruleId of readdirSync(rulesDir)) {
    const dir = join(rulesDir, ruleId);
    if (!statSync(dir).isDirectory()) continue;
    const files = new Set(readdirSync(dir));
    for (const file of files) {
      if (INPUT.test(file)) continue;
      const companion = /^(?<name>[^.]+)\.(expected|config)\.json$/.exec(file);
      const name = companion?.groups?.name;
      if (!name || !(files.has(`${name}.md`) || files.has(`${name}.txt`))) orphans.push(relative(root, join(dir, file)));
    }
  }
  return orphans;
}

/** The label of a diagnostic: only the fields an expected file holds. */
export function toLabel(diagnostic) {
  return Object.fromEntries(LABEL_FIELDS.map((key) => [key, diagnostic[key]]));
}

export function writeExpected(path, labels) {
  writeFileSync(path, JSON.stringify(labels, null, 2) + '\n');
}

/**
 * @typedef {{ find: string, with: string, occurrence?: number }} Replacement
 * @typedef {{ name: string, path: string, base: string, replace: Replacement[], expect: Array<{ ruleId: string, line: number, message?: string }>, note?: string, miss?: string }} Mutation
 */

/**
 * Every fixtures/mutations/*.json.
 * @returns {Mutation[]}
 */
export function loadMutations(root = fixturesRoot) {
  const dir = join(root, 'mutations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file, path: join(dir, file), ...JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

/**
 * Applies a mutation's replacements to its base report. Each `find` must
 * occur (its `occurrence`-th time, 1-based, default the only time): a
 * mutation whose anchor drifted fails loudly instead of testing nothing.
 */
export function applyMutation(mutation, root = fixturesRoot) {
  let text = readFileSync(join(root, mutation.base), 'utf8');
  for (const { find, with: replacement, occurrence } of mutation.replace) {
    const hits = [];
    for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) hits.push(at);
    if (hits.length === 0) throw new Error(`${mutation.name}: "${find}" is not in ${mutation.base}`);
    if (occurrence === undefined && hits.length > 1) {
      throw new Error(`${mutation.name}: "${find}" occurs ${hits.length} times in ${mutation.base}; say which occurrence`);
    }
    const at = hits[(occurrence ?? 1) - 1];
    if (at === undefined) throw new Error(`${mutation.name}: "${find}" occurs only ${hits.length} times`);
    text = text.slice(0, at) + replacement + text.slice(at + find.length);
  }
  return { text, path: mutation.base };
}

/** The corpus split (fixtures/corpus/split.json): dev, holdout and the files the tests guard. */
export function corpusSplit(root = fixturesRoot) {
  return JSON.parse(readFileSync(join(root, 'corpus/split.json'), 'utf8'));
}

/** Every real document of fixtures/corpus with the part of the split it belongs to. */
export function corpusReports(root = fixturesRoot) {
  const split = corpusSplit(root);
  const part = new Map([...split.dev.map((f) => [f, 'dev']), ...split.holdout.map((f) => [f, 'holdout'])]);
  return readdirSync(join(root, 'corpus'))
    .filter((file) => /\.(md|txt)$/.test(file) && file !== 'SOURCES.md' && file !== 'FINDINGS.md')
    .sort()
    .map((file) => {
      if (!part.has(file)) throw new Error(`corpus/${file} is in neither dev nor holdout of corpus/split.json`);
      return { path: `corpus/${file}`, file, part: part.get(file), text: readFileSync(join(root, 'corpus', file), 'utf8') };
    });
}

/**
 * The real inconsistencies of the corpus, as `file:line:rule` keys, read from
 * the rows of fixtures/corpus/FINDINGS.md (`| file | line | rule | … |`).
 */
export function listedFindings(root = fixturesRoot) {
  const path = join(root, 'corpus/FINDINGS.md');
  const keys = new Set();
  if (!existsSync(path)) return keys;
  for (const row of readFileSync(path, 'utf8').split('\n')) {
    const cells = row.split('|').map((c) => c.trim());
    if (cells.length < 5 || !/^\d+$/.test(cells[2] ?? '')) continue;
    keys.add(`${cells[1]}:${cells[2]}:${cells[3]}`);
  }
  return keys;
}

/**
 * The hand-written reports whose stated arithmetic is written down beside them
 * (fixtures/reports/<name>.arithmetic.json, checked by scripts/check-report-arithmetic.mjs):
 * their paths relative to fixtures, e.g. `reports/county-budget.txt`.
 */
export function checkedReports(root = fixturesRoot) {
  const dir = join(root, 'reports');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.arithmetic.json'))
    .sort()
    .map((f) => `reports/${JSON.parse(readFileSync(join(dir, f), 'utf8')).report}`);
}

/** Reports that are consistent with themselves: the issue-3 data and structure rules must find nothing there. */
export function consistentReports(root = fixturesRoot) {
  const reports = ['reports/seed-filled.txt', 'reports/county-bulletin.md', 'reports/seed.md', ...checkedReports(root)]
    .filter((p) => existsSync(join(root, p)))
    .map((p) => ({ path: p, text: readFileSync(join(root, p), 'utf8') }));
  const guarded = new Set(corpusSplit(root).guarded);
  for (const report of corpusReports(root)) if (guarded.has(report.file)) reports.push({ path: report.path, text: report.text });
  return reports;
}

/** The rules of issue 3: consistent reports must produce none of them. */
export const CONSISTENCY_RULES = [
  'total-mismatch',
  'share-mismatch',
  'identity-mismatch',
  'percent-range',
  'range-order',
  'slogan-count',
  'heading-sequence',
  'heading-level',
  'enumeration-sequence',
  'date-check',
  'growth-mismatch',
  'share-sum',
  'table-total',
  'magnitude',
  'figure-conflict',
];

/**
 * The config a rule case is linted with: the folder's rule on at its default
 * severity (even when it is not in `recommended`), then the case's own config.
 */
export function caseConfig(ruleCase, defaultSeverity) {
  return { ...ruleCase.config, rules: { [ruleCase.ruleId]: defaultSeverity, ...ruleCase.config?.rules } };
}
