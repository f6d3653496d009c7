#!/usr/bin/env bash
# Sets up a fresh clone: the pinned pnpm, dependencies (nodejieba compiles from
# source here, its prebuilt download being unreachable), and a build of every package.
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
