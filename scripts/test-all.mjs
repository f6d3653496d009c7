// `pnpm test:all`: every test — the type check of tests and scripts, the rule docs' headers
// against the rules' meta, unit and end-to-end (vitest), the eval against its
// baseline (a rule that got worse on the labelled cases or the corpus fails here) with
// the default segmenter (node-rs) and again with nodejieba, then the end-to-end tests
// with real clients (Neovim, VS Code in code-server, LibreOffice).
import { spawnSync } from 'node:child_process';

/**
 * nodejieba is an optional dependency (compiled at install, so a failed build does not
 * fail setup), but CI keeps it a tested backend: its eval step fails, saying why, when
 * it is missing or its binary does not load, rather than being skipped. Loaded through
 * the built core, as the eval will: the package stays when its build fails, and only
 * loading it tells.
 */
async function nodejiebaProblem() {
  try {
    const core = await import('@huibao/core');
    core.selectSegmenter('nodejieba');
    core.warmUpSegmenter();
    return undefined;
  } catch (error) {
    return String(error instanceof Error ? error.message : error).split('\n')[0];
  }
}

const steps = [
  // Tests and scripts are TypeScript too: vitest strips types without checking them.
  { command: 'pnpm', args: ['typecheck'] },
  { command: 'pnpm', args: ['docs:rules', '--check'] },
  { command: 'pnpm', args: ['test'] },
  { command: 'pnpm', args: ['eval', '--check'] },
  // Same baseline: the user words in packages/core/data/jieba/user.utf8 make both backends agree.
  { command: 'pnpm', args: ['eval', '--check'], env: { HUIBAO_SEGMENTER: 'nodejieba' }, requires: nodejiebaProblem },
  { command: 'pnpm', args: ['test:e2e'] },
];
for (const { command, args, env, requires } of steps) {
  const label = `${Object.entries(env ?? {}).map(([k, v]) => `${k}=${v} `).join('')}${command} ${args.join(' ')}`;
  console.log(`\n$ ${label}`);
  const problem = await requires?.();
  if (problem) {
    console.error(`test:all: ${label} needs nodejieba, which is not usable here: ${problem}`);
    process.exit(1);
  }
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
