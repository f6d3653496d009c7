/**
 * Linting one file: read it, lint it (and fix it when asked), and return a
 * plain, cloneable outcome. Runs the same in the main thread and in a worker.
 */
import { applyFixes, fixText, lint, looksLikeReport, MAX_FIX_PASSES, selectSegmenter, type SegmenterBackend, type Diagnostic, type Encoding, type FigureChecks, type LintResult, type HuibaoConfig, type LintOptions, type Locale, type Severity } from '@huibao/core';
import { locateInDocx, skippedNote } from './docx.js';
import { changeDocx, docxWriteRefusal, revisionNow, saveDocx, type DocxWriteOptions } from './docx-output.js';
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
  /** --segmenter or config `segmenter`; none: the process default (HUIBAO_SEGMENTER, else nodejieba). */
  segmenter?: SegmenterBackend;
  mode?: 'draft' | 'final';
  locale: Locale;
  ruleOverrides: Record<string, 'off' | Severity>;
  fix: FixMode;
  /** For stdin: the bytes read, instead of reading `path`. */
  bytes?: Uint8Array;
  /** How --fix writes a .docx: a copy (default) or in place, tracked changes or not. */
  docxWrite?: DocxWriteOptions;
  /**
   * Found by searching a folder or a glob under `--enable auto`, with no config
   * file up its folders: linted only if core's looksLikeReport says its text is a report.
   */
  onlyIfReport?: boolean;
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
  /** The figure relations the checks judged, by verdict (the ledger's tally). */
  figures?: FigureChecks;
  /** For a .docx fixed into a copy (or in place): where the result went, and the backup of the original. */
  writtenTo?: string;
  backup?: string;
  /** Read, but not a report (LintTask.onlyIfReport): neither linted nor fixed, and left out of the run. */
  skipped?: boolean;
}

export async function runLintTask(task: LintTask): Promise<FileOutcome> {
  const read = task.bytes ? await decodeInput(task.path, task.bytes) : await readInput(task.path);
  const path = task.display;
  if (isFailure(read)) return { path, encoding: 'utf-8', diagnostics: [], fixed: 0, failure: { ...read, path }, notes: [] };
  const input: Input = read;
  if (task.onlyIfReport && !looksLikeReport(input.text)) return { path, encoding: input.encoding, diagnostics: [], fixed: 0, notes: [], skipped: true };
  // Per file, as configs are: a run whose configs differ loads both backends.
  selectSegmenter(task.segmenter);
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
    await fixDocxTask(input, task, options, outcome);
    locateDocxFindings(input, outcome, task.locale);
    return outcome;
  } else if (task.fix !== 'none') {
    const fixed = fixText(input.text, options);
    take(outcome, fixed.result);
    outcome.fixed = fixed.fixed;
    if (task.fix === 'dry-run' || task.bytes) {
      outcome.output = fixed.text;
    } else {
      const problem = notWrittenMessage(await writeBack(input, fixed.text), path, task.locale);
      if (problem) {
        // Nothing written: report what the file had, as read.
        notes.push(problem);
        outcome.notWritten = true;
        take(outcome, lint(input.text, options));
        outcome.fixed = 0;
      }
    }
    return outcome;
  }

  take(outcome, lint(input.text, options));
  locateDocxFindings(input, outcome, task.locale);
  return outcome;
}

/** The findings of a lint, and what its figure checks looked at. */
function take(outcome: FileOutcome, result: LintResult): void {
  outcome.diagnostics = result.diagnostics;
  if (result.summary.figures) outcome.figures = result.summary.figures;
}

/** In a .docx, each finding gets its paragraph and text; parts not read are named. */
export function locateDocxFindings(input: Input, outcome: Pick<FileOutcome, 'path' | 'notes' | 'diagnostics'>, locale: Locale): void {
  const docx = input.docx;
  if (!docx) return;
  const skipped = skippedNote(docx, outcome.path, locale);
  if (skipped) outcome.notes.push(skipped);
  for (const d of outcome.diagnostics) {
    const where = locateInDocx(docx, d.range.start.offset);
    d.data = { ...d.data, docxParagraph: where.paragraph, docxSnippet: where.snippet, docxParagraphText: where.paragraphText, docxPlace: where.place };
  }
}

/**
 * --fix on a Word document: pass after pass, the safe fixes become changes of
 * the runs they cover (or tracked revisions), and the result is written to
 * `报告.fixed.docx` (or in place after a backup). A fix touching text Word
 * generates (a list number) is left for the writer.
 */
async function fixDocxTask(input: Input, task: LintTask, options: LintOptions, outcome: FileOutcome): Promise<void> {
  const refusal = task.fix === 'write' ? docxWriteRefusal(input, task.locale) : undefined;
  if (refusal) {
    outcome.notes.push(refusal);
    outcome.notWritten = true;
    take(outcome, lint(input.text, options));
    return;
  }
  const revision = task.docxWrite?.trackChanges ? revisionNow() : undefined;
  let result = lint(input.text, options);
  let fixed = 0;
  for (let pass = 1; pass <= MAX_FIX_PASSES && result.summary.fixable > 0; pass++) {
    const { applied } = applyFixes(input.text, result.diagnostics, { safeOnly: true });
    const changes = applied.map((d) => (d.fixes?.find((f) => f.safe)?.edits ?? []).map((e) => ({ start: e.range.start.offset, end: e.range.end.offset, newText: e.newText })));
    const changed = await changeDocx(input, changes, revision);
    if (changed.applied.length === 0) break;
    fixed += changed.applied.length;
    input.docx = changed.docx;
    input.text = changed.docx.text;
    result = lint(input.text, options);
  }
  take(outcome, result);
  outcome.fixed = fixed;
  if (fixed === 0 || task.fix === 'dry-run') return;
  const saved = await saveDocx(input, 'fixed', task.docxWrite ?? {}, task.locale);
  if (saved.status === 'refused') {
    outcome.notes.push(saved.message);
    outcome.notWritten = true;
    outcome.fixed = 0;
    return;
  }
  outcome.writtenTo = saved.path;
  if (saved.backup) outcome.backup = saved.backup;
}
