// `pnpm mutation [--name=value...] [files...]`: StrykerJS over the check code
// (stryker.config.mjs), by default the whole scope there; given files, only those.
// Incremental: results are kept in reports/mutation/stryker-incremental.json, and the
// results of the files not run this time are carried over, so one file at a time builds up
// the whole picture. Prints the per-file scores (docs/mutation.md records them). Not run
// by `pnpm test` or test:all.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const incrementalFile = 'reports/mutation/stryker-incremental.json';
// `--name=value` options (e.g. `--concurrency=1` on a shared machine) go to Stryker as given.
const given = process.argv.slice(2).filter((arg) => arg !== '--');
const options = given.filter((arg) => arg.startsWith('--'));
const files = given.filter((arg) => !arg.startsWith('--'));
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`mutation: no such file: ${file}`);
    process.exit(2);
  }
}
const readReport = () => (existsSync(incrementalFile) ? JSON.parse(readFileSync(incrementalFile, 'utf8')) : undefined);
const before = readReport();

const args = ['stryker', 'run', 'stryker.config.mjs'];
if (files.length > 0) args.push('--mutate', files.map((file) => relative('.', resolve(file))).join(','));
args.push(...options);
const run = spawnSync('pnpm', ['exec', ...args], { stdio: 'inherit' });

const after = readReport();
if (after && before && files.length > 0) {
  // Stryker writes only this run's files; keep the others' earlier results.
  for (const [name, result] of Object.entries(before.files)) after.files[name] ??= result;
  writeFileSync(incrementalFile, JSON.stringify(after, null, 2));
}
if (after) printScores(after);
process.exit(run.status ?? 1);

function printScores(report) {
  const kinds = ['Killed', 'Survived', 'NoCoverage', 'Timeout'];
  const rows = [];
  const total = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, other: 0 };
  for (const [name, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const count = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, other: 0 };
    for (const { status } of mutants) count[kinds.includes(status) ? status : 'other'] += 1;
    for (const key of Object.keys(total)) total[key] += count[key];
    rows.push([name, count]);
  }
  rows.push(['**all measured**', total]);
  // Stryker's score: (killed + timeout) / (killed + timeout + survived + no coverage).
  const score = (c) => {
    const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
    return valid === 0 ? 'n/a' : `${(((c.Killed + c.Timeout) / valid) * 100).toFixed(1)}%`;
  };
  console.log('\n| file | killed | survived | no coverage | timeout | other | score |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, c] of rows) {
    console.log(`| ${name} | ${c.Killed} | ${c.Survived} | ${c.NoCoverage} | ${c.Timeout} | ${c.other} | ${score(c)} |`);
  }
}
