import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type Diagnostic } from '../src/index.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturePath = (...parts: string[]) => join(repoRoot, 'fixtures', ...parts);
export const readFixture = (...parts: string[]) => readFileSync(fixturePath(...parts), 'utf8');
export const listFixtures = (...parts: string[]) => readdirSync(fixturePath(...parts));
export const readSchema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')) as object;

/** The diagnostics of one rule, turned on alone as a warning, on a small text (call it inside a test: nothing lints at collection). */
export function diagnosticsOf(ruleId: string, text: string, options: { locale?: 'en'; format?: 'text' | 'markdown' } = {}): Diagnostic[] {
  return lint(text, { format: options.format ?? 'text', locale: options.locale, config: { rules: { [ruleId]: 'warning' } } }).diagnostics.filter((d) => d.ruleId === ruleId);
}
