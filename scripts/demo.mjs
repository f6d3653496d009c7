// `pnpm demo`: the outline and the findings of the sample report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const sample = 'fixtures/reports/seed.txt';
const cli = 'packages/cli/dist/bin.js';
if (existsSync(cli)) {
  spawnSync(process.execPath, [cli, 'outline', sample], { stdio: 'inherit' });
  const lint = spawnSync(process.execPath, [cli, 'lint', sample], { stdio: 'inherit' });
  // Findings are the point of the demo, not a failure of it.
  process.exit(lint.status === 2 ? 2 : 0);
} else {
  const { readReport, lint } = await import('@huibao/core');
  const outline = await readReport(sample);
  const print = (s, depth = 0) => {
    console.log(`${'  '.repeat(depth)}${s.marker}${s.title}`);
    s.children.forEach((c) => print(c, depth + 1));
  };
  outline.sections.forEach((s) => print(s));
  for (const d of lint(outline, {}).diagnostics) console.log(`${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`);
}
