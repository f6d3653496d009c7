/**
 * Config for a document, found exactly as the CLI finds it (core's
 * findConfigFile / readConfigFile), cached per folder until a config file
 * changes on disk.
 */
import { readFileSync } from 'node:fs';
import { dirname, parse as parsePath } from 'node:path';
import { CONFIG_FILE_NAMES, findConfigFile, readConfigFile, type LoadedConfig as CoreLoadedConfig } from '@huibao/core';

export interface LoadedConfig extends CoreLoadedConfig {
  /** The file's text, to place problems on the right line; empty when unreadable. */
  text: string;
}

export const builtinDefaults: LoadedConfig = { config: {}, configPath: null, problems: [], text: '' };

function load(path: string, explicit: boolean): LoadedConfig {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // readConfigFile reports the unreadable file as a problem.
  }
  return { ...readConfigFile(path, { explicit }), text };
}

export class ConfigCache {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();

  /** The config that applies to a file on disk (search upward from its folder). */
  forFile(filePath: string): LoadedConfig {
    const dir = dirname(filePath);
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      const found = findConfigFile(dir);
      loaded = found ? this.file(found, false) : builtinDefaults;
      this.byDir.set(dir, loaded);
    }
    return loaded;
  }

  /** A file named by the huibao.configPath setting: no search. */
  explicit(path: string): LoadedConfig {
    return this.file(path, true);
  }

  private file(path: string, explicit: boolean): LoadedConfig {
    let loaded = this.byFile.get(path);
    if (!loaded) {
      loaded = load(path, explicit);
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
  return (CONFIG_FILE_NAMES as readonly string[]).includes(parsePath(path).base);
}
