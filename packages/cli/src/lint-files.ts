/**
 * `lintFiles`: the CLI's lint as a function. Paths, folders and globs in; the
 * run's result (the JSON format's LintRun) and what went wrong out. Config is
 * found per file, upward from it, and must be valid before anything is linted.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import {
  findConfigFile,
  readConfigFile,
  summarize,
  type FigureChecks,
  type HuibaoConfig,
  type LintRun,
  type LoadedConfig,
  type Locale,
  type SegmenterBackend,
  type Severity,
} from '@huibao/core';
import type { EnableSetting } from './args.js';
import { discoverFiles, ignoredFiles, type Unreadable } from './discover.js';
import type { DocxWriteOptions } from './docx-output.js';
import type { FileOutcome, FixMode, LintTask } from './lint-task.js';
import { runTasks } from './worker-pool.js';

export interface LintFilesOptions {
  cwd?: string;
  /** An explicit config file (--config) used for every file. */
  configPath?: string;
  mode?: 'draft' | 'final';
  locale?: Locale;
  /** The word segmenter for every file (--segmenter), over each file's config `segmenter`. */
  segmenter?: SegmenterBackend;
  ruleOverrides?: Record<string, 'off' | Severity>;
  fix?: FixMode;
  /** How --fix writes .docx files: to a copy (default) or in place, tracked changes or not. */
  docxWrite?: DocxWriteOptions;
  ignorePatterns?: readonly string[];
  /** Text read from stdin, linted as `filename` (the `-` argument). */
  stdin?: { bytes: Uint8Array; filename?: string };
  threads?: number;
  onProgress?: (done: number, total: number) => void;
  /** Aborted (on Ctrl+C): no file is started after it; files being linted or written finish. */
  signal?: AbortSignal;
  /**
   * Which files found by searching a folder or a glob are linted, as the language
   * server's `huibao.enable`: auto (the default) those that look like a Chinese report
   * or have a config file up their folders, always all, never none. Files named
   * on the command line and stdin are always linted.
   */
  enable?: EnableSetting;
}

export interface LintFilesResult {
  run: LintRun;
  /** Per file, in the same order as run.files, with failures and notes. */
  outcomes: FileOutcome[];
  /** Config problems, one line each; when any, nothing was linted. */
  configProblems: string[];
  /** Arguments that matched nothing. */
  missing: string[];
  /** Files found by a folder or glob but not linted under `enable` (as displayed), in order. */
  skipped: string[];
  /** Set when the signal stopped the run: how many files there were to lint (outcomes has those done). */
  interrupted?: { total: number };
}

export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const cwd = options.cwd ?? process.cwd();
  const { files, named, missing, unreadable } = discoverFiles(patterns, { cwd, ignore: options.ignorePatterns ?? [] });
  const empty: LintRun = { files: [], summary: summarize([]) };
  // As ESLint: a path that names nothing is a mistake in the command, reported before any work.
  if (missing.length > 0) return { run: empty, outcomes: [], configProblems: [], missing, skipped: [] };
  const configs = new ConfigCache(options.configPath ? resolve(cwd, options.configPath) : undefined);

  const enable = options.enable ?? 'auto';
  const targets: Array<{ path: string; display: string; bytes?: Uint8Array; searched?: true }> = files.map((path) => ({
    path,
    display: displayPath(path, cwd),
    ...(named.has(path) ? {} : { searched: true as const }),
  }));
  if (options.stdin) {
    const name = options.stdin.filename ?? '<stdin>';
    targets.push({ path: resolve(cwd, options.stdin.filename ?? 'stdin.md'), display: name, bytes: options.stdin.bytes });
  }

  const withConfig = targets.map((target) => ({ ...target, loaded: configs.for(target.path) }));
  const configProblems = [...new Set(withConfig.flatMap((t) => t.loaded.problems))];
  if (configProblems.length > 0) return { run: empty, outcomes: [], configProblems, missing, skipped: [] };

  const wanted = withConfig.filter((t) => t.bytes !== undefined || !configs.ignores(t.loaded, t.path));
  // `never`: what a search found is not even read.
  const neverRead = enable === 'never' ? wanted.filter((t) => t.searched).map((t) => t.display) : [];
  const tasks: LintTask[] = wanted
    .filter((t) => !(enable === 'never' && t.searched))
    .map((t) => ({
      path: t.path,
      display: t.display,
      config: t.loaded.config,
      locale: options.locale ?? t.loaded.config.locale ?? 'zh-CN',
      ruleOverrides: options.ruleOverrides ?? {},
      // --segmenter over the file's config `segmenter`.
      ...((options.segmenter ?? t.loaded.config.segmenter) ? { segmenter: options.segmenter ?? t.loaded.config.segmenter } : {}),
      fix: options.fix ?? 'none',
      ...(options.docxWrite ? { docxWrite: options.docxWrite } : {}),
      ...(options.mode ? { mode: options.mode } : {}),
      ...(t.bytes ? { bytes: t.bytes } : {}),
      // As the language server: a config file up the folders makes a file a report.
      ...(enable === 'auto' && t.searched && !configs.found(t.path) ? { onlyIfReport: true } : {}),
    }));
  const linted = await runTasks(tasks, {
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  // Folders that could not be searched fail as a file that cannot be read does: the rest is still linted.
  const skipped = [...neverRead, ...linted.filter((o) => o.skipped).map((o) => o.path)];
  const outcomes = [...unreadable.map((u) => unreadableOutcome(u, cwd)), ...linted.filter((o) => !o.skipped)];
  const read = outcomes.filter((o) => !o.failure);
  const run: LintRun = {
    files: read.map((o) => ({ path: o.path, encoding: o.encoding, diagnostics: o.diagnostics })),
    summary: summarize(read.flatMap((o) => o.diagnostics), figuresOf(read)),
  };
  const interrupted = linted.length < tasks.length ? { interrupted: { total: tasks.length } } : {};
  return { run, outcomes, configProblems: [], missing, skipped, ...interrupted };
}

/** The run's figure checks: every file's added up; none when no file was checked. */
function figuresOf(outcomes: readonly FileOutcome[]): FigureChecks | undefined {
  const checked = outcomes.flatMap((o) => (o.figures ? [o.figures] : []));
  if (checked.length === 0) return undefined;
  const sum: FigureChecks = { checked: 0, holds: 0, mismatch: 0, uncertain: 0, notAssessable: 0 };
  for (const figures of checked) for (const key of Object.keys(sum) as Array<keyof FigureChecks>) sum[key] += figures[key];
  return sum;
}

/** Configs by folder and by file, so 1,000 files in one folder read their config once. */
class ConfigCache {
  private readonly byFolder = new Map<string, string | null>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly ignoredByConfig = new Map<string, Set<string>>();

  constructor(private readonly explicit: string | undefined) {}

  for(path: string): LoadedConfig {
    const configPath = this.explicit ?? this.find(dirname(path));
    if (configPath === null) return { config: {}, configPath: null, problems: [] };
    let loaded = this.byFile.get(configPath);
    if (!loaded) {
      loaded = readConfigFile(configPath, { explicit: configPath === this.explicit });
      this.byFile.set(configPath, loaded);
    }
    return loaded;
  }

  /** Whether a config file governs the file's folder (searched upward), whatever --config says: the language server's test. */
  found(path: string): boolean {
    return this.find(dirname(path)) !== null;
  }

  /** Config `ignore` globs are relative to the config file's folder. */
  ignores(loaded: LoadedConfig, path: string): boolean {
    const patterns = loaded.config.ignore;
    if (!loaded.configPath || !patterns?.length) return false;
    let ignored = this.ignoredByConfig.get(loaded.configPath);
    if (!ignored) {
      ignored = ignoredFiles(patterns, dirname(loaded.configPath));
      this.ignoredByConfig.set(loaded.configPath, ignored);
    }
    return ignored.has(path);
  }

  private find(folder: string): string | null {
    let found = this.byFolder.get(folder);
    if (found === undefined) {
      found = findConfigFile(folder);
      this.byFolder.set(folder, found);
    }
    return found;
  }
}

export type { HuibaoConfig };

function unreadableOutcome({ path, reason }: Unreadable, cwd: string): FileOutcome {
  const display = displayPath(path, cwd);
  return { path: display, encoding: 'utf-8', diagnostics: [], fixed: 0, notes: [], failure: { path: display, reason: 'unreadable', detail: reason } };
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
