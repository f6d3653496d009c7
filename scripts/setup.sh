#!/usr/bin/env bash
# Sets up a fresh clone: the pinned pnpm, dependencies, and a build of every package.
# The default segmenter, @node-rs/jieba, is a prebuilt binary. nodejieba, the optional
# second backend, compiles from source here (its prebuilt download being unreachable);
# if that build fails pnpm warns and goes on, and only `pnpm test:all`'s nodejieba eval
# step (and selecting that backend) needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$want" ]; then
  echo "setup: installing pnpm $want" >&2
  npm install --global --no-fund --no-audit "pnpm@$want" >&2
fi
# nodejieba's install script runs npx; this machine's npm config answers "no" to its prompt.
export npm_config_yes=true
pnpm install --frozen-lockfile >&2
pnpm build >&2
