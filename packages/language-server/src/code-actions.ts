/**
 * Code actions, built from what the diagnostics carry in `data` (the server
 * keeps no state per diagnostic):
 * - each fix as a quick fix, safe ones preferred;
 * - 修复本文件中所有“<rule name>”问题: every safe fix of that rule in the file;
 * - source.fixAll.huibao: every safe fix in the file, for fix-on-save;
 * - 在此行禁用“<rule name>” (Markdown): a disable-next-line comment (with the
 *   rule's id) above the line.
 * Titles name rules by their short name (易混词), never by id.
 */
import { ruleName, type Diagnostic as CoreDiagnostic, type Fix, type Locale } from '@huibao/core';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis.js';
import { isHuibaoData, isOwnSource, toLspEdits } from './convert.js';
import { t } from './i18n.js';

/** The kind editors ask for on save (`editor.codeActionsOnSave`): an identifier, never translated. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.huibao`;

/** Does the request's `only` filter admit this kind? (A kind admits its sub-kinds.) */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((filter) => kind === filter || kind.startsWith(`${filter}.`));
}

/**
 * The first safe fix of each diagnostic, leaving out any fix that overlaps one
 * already taken: one WorkspaceEdit must not overlap, and the next lint
 * (or save) picks up what was left.
 */
export function collectSafeEdits(diagnostics: readonly CoreDiagnostic[]): TextEdit[] {
  const fixes = diagnostics
    .map((d) => d.fixes?.find((f) => f.safe))
    .filter((f): f is Fix => f !== undefined)
    .sort((a, b) => start(a) - start(b));
  const taken: Array<{ start: number; end: number }> = [];
  const edits: TextEdit[] = [];
  for (const fix of fixes) {
    const spans = fix.edits.map((e) => ({ start: e.range.start.offset, end: e.range.end.offset }));
    // Two insertions at one point conflict too: their order would be arbitrary.
    const overlaps = spans.some((s) => taken.some((t) => (s.start < t.end && t.start < s.end) || s.start === t.start));
    if (overlaps) continue;
    taken.push(...spans);
    edits.push(...toLspEdits(fix));
  }
  return edits;
}

function start(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.range.start.offset));
}

const DISABLE_NEXT_LINE = '<!-- huibao-disable-next-line';

/**
 * Inserts `<!-- huibao-disable-next-line rule -->` above the diagnostic's line,
 * or adds the rule to such a comment already there (one comment per line, as
 * markdownlint users keep them).
 */
function disableLineEdit(document: TextDocument, diagnostic: Diagnostic, ruleId: string): TextEdit {
  const line = diagnostic.range.start.line;
  if (line > 0) {
    const above = document.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/\r?\n$/, '');
    const trimmed = above.trim();
    const rules = trimmed.slice(DISABLE_NEXT_LINE.length, -3).trim();
    // A comment without rules disables them all; narrowing it would change its meaning.
    if (trimmed.startsWith(DISABLE_NEXT_LINE) && trimmed.endsWith('-->') && rules) {
      const start = above.indexOf(DISABLE_NEXT_LINE);
      return {
        range: { start: { line: line - 1, character: start }, end: { line: line - 1, character: start + trimmed.length } },
        newText: `${DISABLE_NEXT_LINE} ${rules} ${ruleId} -->`,
      };
    }
  }
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]{0,16}/.exec(lineText)?.[0] ?? '';
  const eol = lineText.endsWith('\r\n') ? '\r\n' : '\n';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}${DISABLE_NEXT_LINE} ${ruleId} -->${eol}`,
  };
}

export interface CodeActionContext {
  document: TextDocument;
  /** The analysis of the document's current version. */
  analysis: Analysis;
  markdown: boolean;
  locale: Locale;
}

export function codeActions(params: CodeActionParams, { document, analysis, markdown, locale }: CodeActionContext): CodeAction[] {
  const { only } = params.context;
  const uri = document.uri;
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });

  if (wanted(only, CodeActionKind.QuickFix)) {
    const offeredFixAll = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      if (!isOwnSource(diagnostic.source) || !isHuibaoData(diagnostic.data)) continue;
      const data = diagnostic.data;
      const name = ruleName(data.ruleId, locale);
      // Ranges in stale data point at text that has moved; the next publish brings fresh ones.
      if (data.version !== document.version) continue;
      for (const fix of data.fixes) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.safe, edit: edit(fix.edits) });
      }
      if (!offeredFixAll.has(data.ruleId)) {
        offeredFixAll.add(data.ruleId);
        const sameRule = analysis.result.diagnostics.filter((d) => d.ruleId === data.ruleId);
        const edits = collectSafeEdits(sameRule);
        if (sameRule.filter((d) => d.fixes?.some((f) => f.safe)).length > 1 && edits.length > 0) {
          actions.push({ title: t(locale, 'fixAllOfRule', { rule: name }), kind: CodeActionKind.QuickFix, edit: edit(edits) });
        }
      }
      if (markdown) {
        actions.push({
          title: t(locale, 'disableLine', { rule: name }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([disableLineEdit(document, diagnostic, data.ruleId)]),
        });
      }
    }
  }
  if (only && wanted(only, FIX_ALL_KIND)) {
    const edits = collectSafeEdits(analysis.result.diagnostics);
    if (edits.length > 0) actions.push({ title: t(locale, 'fixAllSafe'), kind: FIX_ALL_KIND, edit: edit(edits) });
  }
  return actions;
}
