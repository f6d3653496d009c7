/**
 * From the command line's paths, folders and globs to the list of files to
 * lint. Folders are searched recursively for report files; node_modules and
 * .git never are. Ignore patterns (--ignore-pattern, config `ignore`) drop files.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

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
  /** Patterns that name no file, folder or glob match. */
  missing: string[];
}

export function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Discovered {
  const found = new Set<string>();
  const missing: string[] = [];
  const ignore = [...ALWAYS_IGNORED, ...options.ignore];
  const ignored = ignoredFiles(options.ignore, options.cwd);
  for (const pattern of patterns) {
    const absolute = resolve(options.cwd, pattern);
    const kind = statKind(absolute);
    if (kind === 'file') {
      // A file named on the command line is linted whatever its extension.
      if (!ignored.has(absolute)) found.add(absolute);
    } else if (kind === 'folder') {
      const files = globSync(`**/*.{${REPORT_EXTENSIONS.join(',')}}`, { cwd: absolute, absolute: true, ignore, dot: false, caseSensitiveMatch: false });
      for (const file of files) if (!ignored.has(resolve(file))) found.add(resolve(file));
    } else if (isDynamicPattern(pattern)) {
      const files = globSync(pattern, { cwd: options.cwd, absolute: true, ignore, onlyFiles: true });
      for (const file of files) if (!ignored.has(resolve(file))) found.add(resolve(file));
    } else {
      missing.push(pattern);
    }
  }
  return { files: [...found].sort(), missing };
}

/** The files the ignore globs name under `base`: matched by the same globbing as the search. */
export function ignoredFiles(patterns: readonly string[], base: string): Set<string> {
  if (patterns.length === 0) return new Set();
  return new Set(globSync([...patterns], { cwd: base, absolute: true, dot: true, ignore: ALWAYS_IGNORED }).map((f) => resolve(f)));
}

function statKind(path: string): 'file' | 'folder' | 'missing' {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}
