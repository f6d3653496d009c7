// Shared by the LSP tests: the built server must be current, the seed and its
// positions are computed here from the text itself, independently of the server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, serverBin } from './lsp-client.mjs';

/** Fails loudly when dist/ is older than src/: a stale build would test old code. */
export function assertServerBuilt(): void {
  const built = (() => {
    try {
      return statSync(serverBin).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const src = join(repoRoot, 'packages/language-server/src');
  const newest = Math.max(...readdirSync(src).map((name) => statSync(join(src, name)).mtimeMs));
  if (built < newest) {
    throw new Error('packages/language-server/dist is missing or older than src: run `pnpm --filter @huibao/core build && pnpm --filter @huibao/language-server build`');
  }
}

export const seedPath = join(repoRoot, 'fixtures/reports/seed.txt');
export const seedText = readFileSync(seedPath, 'utf8');
export const seedLines = seedText.split('\n');

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** The text an LSP range covers in `text` (lines split on \n; the fixtures use LF). */
export function slice(text: string, range: LspRange): string {
  const lines = text.split('\n');
  const offset = (p: LspPosition) => lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

/** Every occurrence of `needle` in `text`, as LSP ranges. */
export function rangesOf(text: string, needle: string): LspRange[] {
  const ranges: LspRange[] = [];
  text.split('\n').forEach((line, index) => {
    for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + needle.length)) {
      ranges.push({ start: { line: index, character: at }, end: { line: index, character: at + needle.length } });
    }
  });
  return ranges;
}

/** The position of `needle` in `text` (first occurrence after `after`), plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, after = ''): LspPosition {
  const from = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, Math.max(from, 0));
  if (offset < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** The rule a published diagnostic comes from: its code shows the rule's name, `data.ruleId` keeps the id. */
export function ruleOf(diagnostic: { data?: unknown }): string | undefined {
  const data = diagnostic.data as { ruleId?: unknown } | undefined;
  return typeof data?.ruleId === 'string' ? data.ruleId : undefined;
}
