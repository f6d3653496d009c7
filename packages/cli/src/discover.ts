/**
 * From the command line's paths, folders and globs to the list of files to
 * lint. Folders are searched recursively for report files; node_modules and
 * .git never are. Ignore patterns (--ignore-pattern, config `ignore`) drop files.
 */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern, type GlobOptions } from 'tinyglobby';
import { errorCode } from './inputs.js';

export const REPORT_EXTENSIONS = ['md', 'markdown', 'txt', 'docx'] as const;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface DiscoverOptions {
  cwd: string;
  /** Globs relative to cwd (--ignore-pattern). */
  ignore: readonly string[];
}

export interface Discovered {
  /** Absolute paths, each once, in a stable order. */
  files: string[];
  /** Those of `files` named on the command line themselves, not found by searching a folder or a glob. */
  named: Set<string>;
  /** Patterns that name no file, folder or glob match. */
  missing: string[];
  /** Folders that could not be searched and paths that could not be looked at (e.g. EACCES), with the reason. */
  unreadable: Unreadable[];
}

export interface Unreadable {
  path: string;
  reason: string;
}

export function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Discovered {
  const found = new Set<string>();
  const named = new Set<string>();
  const missing: string[] = [];
  const unreadable = new Map<string, string>();
  const ignore = [...ALWAYS_IGNORED, ...options.ignore];
  const ignored = ignoredFiles(options.ignore, options.cwd);
  // The glob skips folders it cannot read without a word; this adapter hears of them.
  const fs = reportingFolders(unreadable);
  for (const pattern of patterns) {
    const absolute = resolve(options.cwd, pattern);
    const kind = statKind(absolute);
    if (kind === 'file') {
      // A file named on the command line is linted whatever its extension.
      if (!ignored.has(absolute)) {
        found.add(absolute);
        named.add(absolute);
      }
    } else if (kind === 'folder') {
      const files = globSync(`**/*.{${REPORT_EXTENSIONS.join(',')}}`, { cwd: absolute, absolute: true, ignore, dot: false, caseSensitiveMatch: false, fs });
      for (const file of files) if (!ignored.has(resolve(file))) found.add(resolve(file));
    } else if (isDynamicPattern(pattern)) {
      const files = globSync(pattern, { cwd: options.cwd, absolute: true, ignore, onlyFiles: true, fs });
      for (const file of files) if (!ignored.has(resolve(file))) found.add(resolve(file));
    } else if (kind === 'missing') {
      missing.push(pattern);
    } else {
      // There, but not ours to look at (a folder on the way without permission): not "missing".
      unreadable.set(absolute, kind.unreadable);
    }
  }
  return { files: [...found].sort(), named, missing, unreadable: [...unreadable].map(([path, reason]) => ({ path, reason })).sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

/** The files the ignore globs name under `base`: matched by the same globbing as the search. */
export function ignoredFiles(patterns: readonly string[], base: string): Set<string> {
  if (patterns.length === 0) return new Set();
  return new Set(globSync([...patterns], { cwd: base, absolute: true, dot: true, ignore: ALWAYS_IGNORED }).map((f) => resolve(f)));
}

function statKind(path: string): 'file' | 'folder' | 'missing' | { unreadable: string } {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : { unreadable: code };
  }
}

/** A file system for the glob that records each folder whose listing fails, then fails as before. */
function reportingFolders(unreadable: Map<string, string>): GlobOptions['fs'] {
  const listFolder = ((path: string, options: unknown) => {
    try {
      return readdirSync(path, options as Parameters<typeof readdirSync>[1]);
    } catch (error) {
      unreadable.set(resolve(path), errorCode(error));
      throw error;
    }
  }) as typeof readdirSync;
  return { readdirSync: listFolder };
}
