/** `--format json`: the run as one LintRun object (schemas/lint-result.schema.json). */
import type { LintRun } from '@huibao/core';

export function formatJson(run: LintRun): string {
  return JSON.stringify(run, null, 2);
}
