/**
 * Linting one file: read it, lint it (and fix it when asked), and return a
 * plain, cloneable outcome. Runs the same in the main thread and in a worker.
 */
import { fixText, lint, type Diagnostic, type Encoding, type HuibaoConfig, type LintOptions, type Locale, type Severity } from '@huibao/core';
import { locateInDocx, skippedNote } from './docx.js';
import { decodeInput, isFailure, readInput, type Input, type InputFailure } from './inputs.js';
import { t } from './messages.js';
import { notWrittenMessage, writeBack } from './write-back.js';

export type FixMode = 'none' | 'write' | 'dry-run';

export interface LintTask {
  /** Where to read (and write) the file. */
  path: string;
  /** The path as reported to the user (relative to the working folder). */
  display: string;
  config: HuibaoConfig;
  mode?: 'draft' | 'final';
  locale: Locale;
  ruleOverrides: Record<string, 'off' | Severity>;
  fix: FixMode;
  /** For stdin: the bytes read, instead of reading `path`. */
  bytes?: Uint8Array;
}

export interface FileOutcome {
  path: string;
  encoding: Encoding;
  diagnostics: Diagnostic[];
  /** Fixes applied (or, in a dry run, that would be). */
  fixed: number;
  /** The fixed text, for stdin and dry runs. */
  output?: string;
  failure?: InputFailure;
  /** --fix computed changes but the file was not written (changed on disk, or the write failed). */
  notWritten?: boolean;
  /** Lines for stderr: decoding notes, refusals, files changed on disk. */
  notes: string[];
}

export async function runLintTask(task: LintTask): Promise<FileOutcome> {
  const read = task.bytes ? await decodeInput(task.path, task.bytes) : await readInput(task.path);
  const path = task.display;
  if (isFailure(read)) return { path, encoding: 'utf-8', diagnostics: [], fixed: 0, failure: { ...read, path }, notes: [] };
  const input: Input = read;
  const notes = input.note ? [t(task.locale, 'decodeNote', { path, message: input.note })] : [];
  const options: LintOptions = {
    path,
    format: input.format,
    config: task.config,
    locale: task.locale,
    ruleOverrides: task.ruleOverrides,
    ...(task.mode ? { mode: task.mode } : {}),
  };
  const outcome: FileOutcome = { path, encoding: input.encoding, diagnostics: [], fixed: 0, notes };

  if (task.fix !== 'none' && input.docx) {
    notes.push(t(task.locale, 'docxNoFix', { path }));
  } else if (task.fix !== 'none') {
    const fixed = fixText(input.text, options);
    outcome.diagnostics = fixed.result.diagnostics;
    outcome.fixed = fixed.fixed;
    if (task.fix === 'dry-run' || task.bytes) {
      outcome.output = fixed.text;
    } else {
      const problem = notWrittenMessage(await writeBack(input, fixed.text), path, task.locale);
      if (problem) {
        // Nothing written: report what the file had, as read.
        notes.push(problem);
        outcome.notWritten = true;
        outcome.diagnostics = lint(input.text, options).diagnostics;
        outcome.fixed = 0;
      }
    }
    return outcome;
  }

  outcome.diagnostics = lint(input.text, options).diagnostics;
  if (input.docx) {
    const docx = input.docx;
    const skipped = skippedNote(docx, path, task.locale);
    if (skipped) notes.push(skipped);
    for (const d of outcome.diagnostics) {
      const where = locateInDocx(docx, d.range.start.offset);
      d.data = { ...d.data, docxParagraph: where.paragraph, docxSnippet: where.snippet, docxParagraphText: where.paragraphText, docxPlace: where.place };
    }
  }
  return outcome;
}
