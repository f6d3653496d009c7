// `pnpm demo`: the outline and the findings of the sample report, with the CLI
// exactly as a user runs it. Findings are the point of the demo, not a failure:
// exit 0 when they are shown (lint exit 0 or 1), else the CLI's own code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const sample = 'fixtures/reports/seed.txt';
const cli = 'packages/cli/dist/bin.js';

if (!existsSync(cli)) {
  // setup.sh builds everything; build what the demo needs when it has not run.
  for (const pkg of ['@huibao/core', 'huibao']) {
    const build = spawnSync('pnpm', ['--filter', pkg, 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

const run = (args) => spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
const bold = (text) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\u001b[1m${text}\u001b[0m` : text);
const title = (text) => console.log(`\n${bold(text)}\n`);

title(`$ huibao outline ${sample}`);
const outline = run(['outline', sample]);
if (outline.status !== 0) process.exit(outline.status ?? 2);

title(`$ huibao lint ${sample}`);
const lint = run(['lint', sample]);
process.exit(lint.status === 0 || lint.status === 1 ? 0 : lint.status ?? 2);
