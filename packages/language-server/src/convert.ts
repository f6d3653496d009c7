/**
 * Core → LSP, in one place. Core positions are 1-based lines and 1-based
 * UTF-16 columns; LSP's are 0-based lines and 0-based UTF-16 characters, so a
 * position converts by subtracting one from each — never by re-measuring text.
 */
import { ruleName, type Diagnostic as CoreDiagnostic, type Fix, type Locale, type Range as CoreRange } from '@huibao/core';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';

/**
 * The diagnostics' `source`, which editors show next to the code (汇报(易混词)
 * in the Problems panel): the product's name as the writer knows it.
 */
export function sourceOf(locale: Locale): string {
  return locale === 'en' ? 'Huibao' : '汇报';
}

/** Is this diagnostic one of ours (in either language: the locale may have changed since it was published)? */
export function isOwnSource(source: string | undefined): boolean {
  return source === sourceOf('zh-CN') || source === sourceOf('en');
}

export function toLspRange(range: CoreRange): Range {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

export function toLspEdits(fix: Fix): TextEdit[] {
  return fix.edits.map((edit) => ({ range: toLspRange(edit.range), newText: edit.newText }));
}

/** A fix as carried in a diagnostic's `data`, already in LSP coordinates. */
export interface LspFix {
  title: string;
  safe: boolean;
  edits: TextEdit[];
}

/**
 * Everything a code action needs, carried by the diagnostic itself, so the
 * server keeps no state per diagnostic (as vale-ls does).
 */
export interface HuibaoDiagnosticData {
  /** The rule's id (total-mismatch): the code shows its name, tools and code actions go by this. */
  ruleId: string;
  /** Document version the ranges and edits belong to; stale data is ignored. */
  version: number;
  fixes: LspFix[];
  /** The rule's machine-readable details (the arithmetic of total-mismatch…). */
  details?: Record<string, unknown>;
}

export function isHuibaoData(value: unknown): value is HuibaoDiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<HuibaoDiagnosticData>;
  return typeof data.ruleId === 'string' && typeof data.version === 'number' && Array.isArray(data.fixes);
}

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

/**
 * The code is the rule's short name in the lint's locale (易混词, Confusable
 * word), linked to the rule's docs; the id stays in `data.ruleId`.
 * `mode` is the lint's effective mode. While drafting, an unfilled placeholder
 * is the writer's to-do, not a problem: it goes out as a Hint, which VS Code
 * marks faintly in the text and keeps out of the Problems panel. In final mode
 * it keeps core's severity (an error). The CLI is not concerned.
 */
export function toLspDiagnostic(diagnostic: CoreDiagnostic, uri: string, version: number, mode: 'draft' | 'final', locale: Locale): Diagnostic {
  const data: HuibaoDiagnosticData = {
    ruleId: diagnostic.ruleId,
    version,
    fixes: (diagnostic.fixes ?? []).map((fix) => ({ title: fix.title, safe: fix.safe, edits: toLspEdits(fix) })),
  };
  if (diagnostic.data) data.details = diagnostic.data;
  const result: Diagnostic = {
    range: toLspRange(diagnostic.range),
    severity: mode === 'draft' && diagnostic.ruleId === 'placeholder' ? DiagnosticSeverity.Hint : severities[diagnostic.severity],
    code: ruleName(diagnostic.ruleId, locale),
    codeDescription: { href: diagnostic.docsUrl },
    source: sourceOf(locale),
    message: diagnostic.message,
    data,
  };
  if (diagnostic.related?.length) {
    result.relatedInformation = diagnostic.related.map(
      (related): DiagnosticRelatedInformation => ({ location: { uri, range: toLspRange(related.range) }, message: related.message }),
    );
  }
  return result;
}

/** Does a core range contain a UTF-16 offset? Ends are inclusive so a cursor right after a figure still hovers it. */
export function containsOffset(range: CoreRange, offset: number): boolean {
  return range.start.offset <= offset && offset <= range.end.offset;
}
