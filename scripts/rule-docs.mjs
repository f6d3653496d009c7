// `pnpm docs:rules [--check]`: writes each rule docs page's header from the rule's meta
// (scripts/lib/rule-docs-header.mjs). With --check, writes nothing and exits 1 when a page
// would change. Uses the BUILT core: run `pnpm build` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '@huibao/core';
import { withHeader } from './lib/rule-docs-header.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const rule of allRules) {
  const path = join(repoRoot, 'docs/rules', `${rule.meta.id}.md`);
  const page = readFileSync(path, 'utf8');
  const next = withHeader(page, rule.meta);
  if (next === page) continue;
  stale++;
  if (check) console.error(`docs/rules/${rule.meta.id}.md: header differs from the rule's meta`);
  else writeFileSync(path, next);
}
if (check && stale > 0) process.exit(1);
console.log(check ? 'docs:rules: every header matches its meta' : `docs:rules: ${stale} page(s) written`);
