/**
 * `--format github`: GitHub Actions workflow commands, one annotation per
 * finding (`::warning file=…,line=…::message`), shown inline on pull requests.
 */
import type { LintRun, Locale, Severity } from '@huibao/core';
import { describeDocxPlace } from '../docx.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(run: LintRun, locale: Locale = 'zh-CN'): string {
  const lines: string[] = [];
  for (const file of run.files) {
    for (const d of file.diagnostics) {
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      // In a Word document lines mean nothing to the writer: the message starts with the paragraph.
      const paragraph = d.data?.docxParagraph;
      const where = typeof paragraph === 'number' ? `${describeDocxPlace(paragraph, d.data?.docxPlace, locale)}「${String(d.data?.docxSnippet ?? '')}」：` : '';
      lines.push(`::${COMMAND[d.severity]} ${properties}::${escapeData(where + d.message)}`);
    }
  }
  return lines.join('\n');
}

/** As @actions/core escapes command data. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
