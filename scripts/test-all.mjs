// `pnpm test:all`: every test — unit and end-to-end (vitest), the eval against its
// baseline (a rule that got worse on the labelled cases or the corpus fails here), then
// the end-to-end tests with real clients (Neovim, VS Code in code-server, LibreOffice).
import { spawnSync } from 'node:child_process';

const steps = [
  ['pnpm', ['test']],
  ['pnpm', ['eval', '--check']],
  ['pnpm', ['test:e2e']],
];
for (const [command, args] of steps) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
