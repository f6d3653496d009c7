/**
 * Finding and loading config files for a document, the way the CLI does:
 * from the document's folder upwards, the first of .huibaorc.json,
 * huibao.config.json or a package.json with a "huibao" key wins.
 *
 * This is an adapter: when core's `loadConfigFor` (packages/core/src/node/
 * config-files.ts) lands, `loadConfigFor` below becomes a call to it and
 * only the caching stays here.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import { validateConfig, type ConfigProblem, type HuibaoConfig } from '@huibao/core';

export const CONFIG_FILE_NAMES = ['.huibaorc.json', 'huibao.config.json', 'package.json'] as const;

export interface LoadedConfig {
  config: HuibaoConfig;
  /** The file it came from; null for built-in defaults. */
  path: string | null;
  problems: ConfigProblem[];
  /** The file's text, to place problems on the right line. */
  text: string;
}

export const builtinDefaults: LoadedConfig = { config: {}, path: null, problems: [], text: '' };

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads one config file; a syntax or schema error becomes problems, never an exception. */
export function loadConfigFile(path: string, jsonSyntaxMessage: (message: string) => string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { config: {}, path, problems: [{ path: '(root)', message: String((error as Error).message) }], text: '' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { config: {}, path, problems: [{ path: '(root)', message: jsonSyntaxMessage((error as Error).message) }], text };
  }
  if (path.endsWith('package.json')) json = (json as Record<string, unknown> | null)?.huibao;
  const { config, problems } = validateConfig(json);
  return { config, path, problems, text };
}

function hasHuibaoKey(packageJson: string): boolean {
  try {
    const value = JSON.parse(readFileSync(packageJson, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && 'huibao' in value;
  } catch {
    return false;
  }
}

/** The config file that applies to files in `dir`, or null. */
export function findConfigFile(dir: string): string | null {
  let current = dir;
  const { root } = parsePath(dir);
  for (let depth = 0; depth < 64; depth++) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(current, name);
      if (!isFile(candidate)) continue;
      if (name === 'package.json' && !hasHuibaoKey(candidate)) continue;
      return candidate;
    }
    if (current === root) break;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return null;
}

/** Caches lookups per folder until a config file changes on disk. */
export class ConfigCache {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();

  constructor(private readonly jsonSyntaxMessage: (message: string) => string) {}

  forFile(filePath: string): LoadedConfig {
    const dir = dirname(filePath);
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      const found = findConfigFile(dir);
      loaded = found ? this.explicit(found) : builtinDefaults;
      this.byDir.set(dir, loaded);
    }
    return loaded;
  }

  /** A file named by the huibao.configPath setting. */
  explicit(path: string): LoadedConfig {
    let loaded = this.byFile.get(path);
    if (!loaded) {
      loaded = loadConfigFile(path, this.jsonSyntaxMessage);
      this.byFile.set(path, loaded);
    }
    return loaded;
  }

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }
}

/** Is this the name of a file that can hold config? */
export function isConfigFileName(path: string): boolean {
  const name = parsePath(path).base;
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name);
}
