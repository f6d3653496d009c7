/**
 * One document's outline and lint result, computed once per version and
 * reused by diagnostics, code actions, symbols, hover and the placeholder list.
 */
import { lint, parseReport, type HuibaoConfig, type LintResult, type Locale, type ReportOutline, type Severity } from '@huibao/core';

export interface AnalysisInput {
  text: string;
  version: number;
  format: 'markdown' | 'text';
  path?: string;
  config: HuibaoConfig;
  mode: 'draft' | 'final' | null;
  locale: Locale;
  ruleOverrides: Record<string, 'off' | Severity>;
}

export interface Analysis {
  version: number;
  /** Identifies the settings and config it was computed with. */
  key: string;
  text: string;
  outline: ReportOutline;
  result: LintResult;
  /** The mode the lint ran in: the setting, else the config's, else draft. */
  mode: 'draft' | 'final';
  /** The locale the lint ran in (the config's, else the editor's): rule names follow it, as the messages do. */
  locale: Locale;
}

export function analyze(input: AnalysisInput, key: string): Analysis {
  const { config } = input;
  const outline = parseReport(input.text, {
    format: input.format,
    path: input.path,
    placeholderMarks: config.placeholders?.marks,
    units: config.units,
  });
  const locale = config.locale ?? input.locale;
  const result = lint(outline, {
    text: input.text,
    config,
    locale,
    ruleOverrides: input.ruleOverrides,
    ...(input.mode ? { mode: input.mode } : {}),
  });
  const mode = input.mode ?? config.mode ?? 'draft';
  return { version: input.version, key, text: input.text, outline, result, mode, locale };
}
