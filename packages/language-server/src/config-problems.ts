/**
 * A bad config file shows as one diagnostic on the file itself, placed on the
 * first offending key (or the JSON syntax error), listing every problem.
 */
import { LineIndex, type ConfigProblem } from '@huibao/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { SOURCE, toLspRange } from './convert.js';
import type { LoadedConfig } from './config-files.js';

/** Where a problem's key path (rules.total-mismatch) or syntax error sits in the file's text. */
function locate(text: string, problem: ConfigProblem): { start: number; end: number } {
  const position = /position (\d{1,9})/.exec(problem.message);
  if (position) {
    const at = Math.min(Number(position[1]), text.length);
    return { start: at, end: Math.min(at + 1, text.length) };
  }
  let from = 0;
  let found: { start: number; end: number } | null = null;
  for (const key of problem.path === '(root)' ? [] : problem.path.split('.')) {
    const at = text.indexOf(JSON.stringify(key), from);
    if (at < 0) break;
    found = { start: at, end: at + JSON.stringify(key).length };
    from = found.end;
  }
  return found ?? { start: 0, end: 0 };
}

export function configDiagnostic(loaded: LoadedConfig): Diagnostic | null {
  const [first] = loaded.problems;
  if (!first) return null;
  const lines = new LineIndex(loaded.text);
  const span = locate(loaded.text, first);
  return {
    range: toLspRange(lines.range(span.start, span.end)),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config',
    message: loaded.problems.map((p) => p.message).join('\n'),
  };
}
