/**
 * The default format, as ESLint's stylish: findings grouped by file, one per
 * line as `line:column  severity  message  rule-id`, columns aligned by display
 * width, and a summary line. In a .docx, the place is a paragraph and a snippet.
 */
import { createColors } from 'picocolors';
import type { Diagnostic, LintRun, Severity, Summary } from '@huibao/core';
import { describeDocxPlace } from '../docx.js';
import { t } from '../messages.js';
import { alignRows } from './columns.js';
import type { FormatContext } from './context.js';

/** Place, severity, message: messages wider than this are not padded further. */
const MESSAGE_CAPS = [Infinity, Infinity, 60];

export function formatStylish(run: LintRun, context: FormatContext): string {
  const c = createColors(context.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const file of run.files) {
    if (file.diagnostics.length === 0) continue;
    const rows = file.diagnostics.map((d) => [place(d, context), t(context.locale, d.severity), d.message, d.ruleId]);
    const painters = [c.dim, (cell: string, row: number) => paint[file.diagnostics[row]!.severity](cell), (cell: string) => cell, c.dim];
    out.push('', c.underline(file.path));
    for (const line of alignRows(rows, (cell, column, row) => painters[column]!(cell, row), MESSAGE_CAPS)) out.push(`  ${line}`);
  }
  const total = run.summary.errors + run.summary.warnings + run.summary.infos;
  const figures = figuresLine(run.summary.figures, context);
  if (total > 0) {
    const colour = run.summary.errors > 0 ? c.red : run.summary.warnings > 0 ? c.yellow : c.blue;
    out.push('', c.bold(colour(summaryLine(run.summary, context))));
    if (figures) out.push(figures);
    out.push('');
  } else if (figures) {
    // A clean report says what was checked: it cannot be told from an unchecked one otherwise.
    out.push(figures, '');
  }
  return out.join('\n');
}

/** 核对 38 处数据关系：36 处相符，1 处不符，1 处无法核对 — the verdicts that are there; none when nothing was judged. */
export function figuresLine(figures: Summary['figures'], context: Pick<FormatContext, 'locale'>): string | null {
  if (!figures || figures.checked === 0) return null;
  const { locale } = context;
  const counts = [
    t(locale, 'figuresHold', { n: figures.holds }),
    ...(figures.mismatch > 0 ? [t(locale, 'figuresMismatch', { n: figures.mismatch })] : []),
    ...(figures.uncertain > 0 ? [t(locale, 'figuresUncertain', { n: figures.uncertain })] : []),
    ...(figures.notAssessable > 0 ? [t(locale, 'figuresNotAssessable', { n: figures.notAssessable })] : []),
  ];
  return t(locale, 'figuresChecked', { checked: figures.checked }) + counts.join(t(locale, 'figuresSeparator'));
}

export function summaryLine(summary: Summary, context: Pick<FormatContext, 'locale'>): string {
  const total = summary.errors + summary.warnings + summary.infos;
  let line = `✖ ${t(context.locale, 'summary', { total, errors: summary.errors, warnings: summary.warnings, infos: summary.infos })}`;
  if (summary.fixable > 0) line += t(context.locale, 'summaryFixable', { fixable: summary.fixable });
  return line;
}

function place(d: Diagnostic, context: FormatContext): string {
  const paragraph = d.data?.docxParagraph;
  if (typeof paragraph === 'number') return `${describeDocxPlace(paragraph, d.data?.docxPlace, context.locale)}「${String(d.data?.docxSnippet ?? '')}」`;
  return `${d.line}:${d.column}`;
}
