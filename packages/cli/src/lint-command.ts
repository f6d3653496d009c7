/**
 * `huibao lint`: lint, print the chosen format on stdout, notes on stderr,
 * and decide the exit code (0 clean, 1 problems, 2 usage/config/input errors).
 */
import { isAbsolute, relative } from 'node:path';
import { summarize, type LintRun, type Locale, type SegmenterBackend, type Severity } from '@huibao/core';
import { EXIT, UsageError } from './errors.js';
import { useColor, type EnableSetting } from './args.js';
import type { FormatContext } from './format/context.js';
import { formatGithub } from './format/github.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatStylish } from './format/stylish.js';
import { lintFiles, type LintFilesOptions } from './lint-files.js';
import type { FileOutcome } from './lint-task.js';
import { describeFailure } from './inputs.js';
import { t } from './messages.js';

export type LintFormat = 'stylish' | 'json' | 'sarif' | 'github';

export interface LintCommandOptions {
  format: LintFormat;
  config?: string;
  rule?: Record<string, 'off' | Severity>;
  final?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  locale: Locale;
  segmenter?: SegmenterBackend;
  color: boolean;
  ignorePattern?: string[];
  stdinFilename?: string;
  concurrency?: number;
  /** .docx: overwrite the original (after a backup) instead of writing 报告.fixed.docx. */
  inPlace?: boolean;
  /** .docx: fixes as tracked changes (Word revisions by 汇报). */
  trackChanges?: boolean;
  /** Files found by folders and globs: auto (those that look like reports), always or never. */
  enable: EnableSetting;
}

/** The skipped files named on stderr; more are counted, not listed. */
const SKIPPED_LISTED = 5;

/** A few files finish before a progress line would be read. */
const PROGRESS_FROM = 20;

export async function runLintCommand(patterns: string[], options: LintCommandOptions, version: string): Promise<number> {
  const { locale } = options;
  const useStdin = patterns.includes('-');
  const paths = patterns.filter((p) => p !== '-');
  if (paths.length === 0 && !useStdin) paths.push('.');
  const fix = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'none';
  const progress = process.stderr.isTTY ? progressLine(locale) : undefined;

  const request: LintFilesOptions = {
    locale,
    fix,
    enable: options.enable,
    ...(options.config ? { configPath: options.config } : {}),
    ...(options.final ? { mode: 'final' as const } : {}),
    ...(options.segmenter ? { segmenter: options.segmenter } : {}),
    ...(options.rule ? { ruleOverrides: options.rule } : {}),
    ...(options.ignorePattern ? { ignorePatterns: options.ignorePattern } : {}),
    ...(useStdin ? { stdin: { bytes: await readStdin(), ...(options.stdinFilename ? { filename: options.stdinFilename } : {}) } } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
    ...(options.concurrency ? { threads: options.concurrency } : {}),
    ...(options.inPlace || options.trackChanges ? { docxWrite: { ...(options.inPlace ? { inPlace: true } : {}), ...(options.trackChanges ? { trackChanges: true } : {}) } } : {}),
  };
  const stop = stopOnSignals();
  const result = await lintFiles(paths, { ...request, signal: stop.signal }).finally(stop.dispose);
  progress?.clear();

  if (result.missing.length) throw new UsageError(result.missing.map((path) => t(locale, 'notFound', { path })).join('\n'));
  if (result.configProblems.length) throw new UsageError(result.configProblems.join('\n'));
  if (result.skipped.length) process.stderr.write(`huibao: ${skippedLine(result.skipped, options.enable, locale)}\n`);
  if (result.outcomes.length === 0 && result.skipped.length === 0 && !result.interrupted) throw new UsageError(t(locale, 'noFiles', { patterns: patterns.join(' ') }));

  const failed = reportNotes(result.outcomes, locale, fix);
  if (result.interrupted) {
    // What was done is said above; no report for half a run, which a pipeline could take for the whole.
    const done = result.outcomes.filter((o) => !o.failure).length;
    process.stderr.write(`huibao: ${t(locale, 'interrupted', { done, total: result.interrupted.total })}\n`);
    return stop.exitCode();
  }
  const stdinOutput = useStdin && fix === 'write' ? result.outcomes.find((o) => o.output !== undefined)?.output : undefined;
  const run = options.quiet ? onlyErrors(result.run) : result.run;
  if (stdinOutput !== undefined) {
    // `huibao lint --fix -` is a filter: fixed text out, as textlint and prettier do.
    process.stdout.write(stdinOutput);
  } else {
    const context: FormatContext = { locale, color: useColor(process.stdout, options.color), cwd: process.cwd() };
    const text = formatRun(run, options.format, context, version);
    if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  if (failed) return EXIT.usage;
  if (run.summary.errors > 0) return EXIT.problems;
  const max = options.maxWarnings ?? -1;
  if (max >= 0 && run.summary.warnings > max) {
    process.stderr.write(`${t(locale, 'tooManyWarnings', { count: run.summary.warnings, max })}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

export function formatRun(run: LintRun, format: LintFormat, context: FormatContext, version: string): string {
  switch (format) {
    case 'json':
      return formatJson(run);
    case 'sarif':
      return formatSarif(run, context, version);
    case 'github':
      return formatGithub(run, context.locale);
    default:
      return formatStylish(run, context);
  }
}

/** Writes failures and notes to stderr; true when some input could not be linted or its fix not written. */
function reportNotes(outcomes: readonly FileOutcome[], locale: Locale, fix: string): boolean {
  let failed = false;
  for (const outcome of outcomes) {
    for (const note of outcome.notes) process.stderr.write(`huibao: ${note}\n`);
    if (outcome.notWritten) failed = true;
    if (outcome.failure) {
      failed = true;
      process.stderr.write(`huibao: ${describeFailure(outcome.failure, locale)}\n`);
    } else if (outcome.fixed > 0 && fix !== 'none') {
      process.stderr.write(`huibao: ${t(locale, fix === 'write' ? 'fixed' : 'wouldFix', { path: outcome.path, count: outcome.fixed })}\n`);
      if (outcome.writtenTo) process.stderr.write(`huibao: ${writtenLine(outcome.writtenTo, outcome.backup, locale)}\n`);
    }
  }
  return failed;
}

/** One line for the files a folder or glob found but --enable left out: how many, and the first few. */
function skippedLine(skipped: readonly string[], enable: EnableSetting, locale: Locale): string {
  const shown = skipped.slice(0, SKIPPED_LISTED).join(locale === 'en' ? ', ' : '、');
  const paths = skipped.length > SKIPPED_LISTED ? `${shown}${locale === 'en' ? ', …' : '等'}` : shown;
  return t(locale, enable === 'never' ? 'skippedNever' : 'skippedNotReports', { count: skipped.length, paths });
}

/** Where a fixed or filled Word document went: a copy, or the original with its backup. */
export function writtenLine(writtenTo: string, backup: string | undefined, locale: Locale): string {
  const shown = (path: string) => (isAbsolute(path) ? relative(process.cwd(), path) || path : path);
  return backup ? t(locale, 'docxWrittenInPlace', { path: shown(writtenTo), backup: shown(backup) }) : t(locale, 'docxWrittenTo', { path: shown(writtenTo) });
}

/** Exit codes for a run stopped by a signal: 128 + its number, as shells report it. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl+C (or a SIGTERM) stops the run between files rather than in the middle
 * of a write: files being fixed are finished or left as they were, never half
 * written, and no temporary file is left behind. A second signal exits at once.
 */
function stopOnSignals() {
  const controller = new AbortController();
  let received: keyof typeof SIGNAL_EXIT = 'SIGINT';
  const onSignal = (name: keyof typeof SIGNAL_EXIT) => {
    if (controller.signal.aborted) process.exit(SIGNAL_EXIT[name]);
    received = name;
    controller.abort();
  };
  const names = Object.keys(SIGNAL_EXIT) as Array<keyof typeof SIGNAL_EXIT>;
  for (const name of names) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of names) process.off(name, onSignal);
    },
    exitCode: () => SIGNAL_EXIT[received],
  };
}

/** --quiet: errors only, and the summary recounted so --max-warnings sees none. */
function onlyErrors(run: LintRun): LintRun {
  const files = run.files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') }));
  return { files, summary: summarize(files.flatMap((f) => f.diagnostics), run.summary.figures) };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function progressLine(locale: Locale) {
  let shown = false;
  return {
    update(done: number, total: number) {
      if (total < PROGRESS_FROM) return;
      shown = true;
      process.stderr.write(`\r${t(locale, 'progress', { done, total })}\u001b[K`);
    },
    clear() {
      if (shown) process.stderr.write('\r\u001b[K');
    },
  };
}
