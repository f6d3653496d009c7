/**
 * A bad config file shows as one diagnostic on the file itself, placed on the
 * first offending key (or the JSON syntax error), listing every problem.
 */
import { LineIndex } from '@huibao/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Locale } from '@huibao/core';
import { sourceOf, toLspRange } from './convert.js';
import { t } from './i18n.js';
import type { LoadedConfig } from './config-files.js';

/**
 * Where a problem sits in the file's text. Core's problems read
 * `<file>: 第 L 行第 C 列 JSON 语法错误 …` or `<file>: rules.total-mismatch must be …`.
 */
function locate(text: string, lines: LineIndex, problem: string): { start: number; end: number } {
  const syntax = /第 (\d{1,9}) 行第 (\d{1,9}) 列/.exec(problem);
  if (syntax) {
    const at = lines.offsetAt(Number(syntax[1]), Number(syntax[2]));
    return { start: at, end: Math.min(at + 1, lines.lineEnd(Number(syntax[1]))) };
  }
  const afterFile = problem.slice(problem.indexOf(': ') + 2);
  const keyPath = /^[^\s]{1,200}/.exec(afterFile)?.[0] ?? '';
  let from = 0;
  let found: { start: number; end: number } | null = null;
  for (const key of keyPath.split('.')) {
    const quoted = JSON.stringify(key);
    const at = text.indexOf(quoted, from);
    if (at < 0) break;
    found = { start: at, end: at + quoted.length };
    from = found.end;
  }
  return found ?? { start: 0, end: 0 };
}

export function configDiagnostic(loaded: LoadedConfig, locale: Locale): Diagnostic | null {
  const [first] = loaded.problems;
  if (first === undefined) return null;
  const lines = new LineIndex(loaded.text);
  const span = locate(loaded.text, lines, first);
  return {
    range: toLspRange(lines.range(span.start, span.end)),
    severity: DiagnosticSeverity.Error,
    source: sourceOf(locale),
    code: t(locale, 'configCode'),
    message: loaded.problems.join('\n'),
  };
}
