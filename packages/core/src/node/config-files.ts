/**
 * Finding and reading config files. The CLI and the language server both load
 * config through here, so a file means the same thing to both.
 *
 * A config is found by searching upward from the linted file, nearest first:
 * in each folder `.huibaorc.json`, then `huibao.config.json`, then a `"huibao"`
 * key in `package.json`. The first found wins; configs do not cascade.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { HuibaoConfig } from '../model/config.js';
import { validateConfig } from '../lint/config.js';
import { LineIndex } from '../text/line-index.js';

export const CONFIG_FILE_NAMES = ['.huibaorc.json', 'huibao.config.json', 'package.json'] as const;

export interface LoadedConfig {
  config: HuibaoConfig;
  /** The file the config came from; null when none was found (defaults apply). */
  configPath: string | null;
  /** One line per problem, each naming the file, the key and what is allowed. Empty when the config is usable. */
  problems: string[];
}

export interface LoadConfigOptions {
  /** An explicit config file (the CLI's --config): no search. */
  configPath?: string;
}

/** The config that applies to `filePath` (a file, or a folder for stdin). Never throws. */
export function loadConfigFor(filePath: string, options: LoadConfigOptions = {}): LoadedConfig {
  if (options.configPath !== undefined) return readConfigFile(resolve(options.configPath), { explicit: true });
  const found = findConfigFile(dirname(resolve(filePath)));
  return found ? readConfigFile(found) : { config: {}, configPath: null, problems: [] };
}

/** The nearest config file at or above `directory`, or null. */
export function findConfigFile(directory: string): string | null {
  let dir = resolve(directory);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (!existsSync(candidate)) continue;
      // A package.json counts only when it has a "huibao" key.
      if (name !== 'package.json' || packageHasConfig(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Reads, parses and validates one config file. Never throws. */
export function readConfigFile(path: string, { explicit = false } = {}): LoadedConfig {
  const shown = displayPath(path);
  const failed = (problem: string): LoadedConfig => ({ config: {}, configPath: path, problems: [`${shown}: ${problem}`] });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failed(explicit ? '配置文件不存在 (config file not found)' : '配置文件无法读取 (cannot read)');
    return failed(`配置文件无法读取 (cannot read: ${code ?? String(error)})`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return failed(parsed.message);
  let value = parsed.value;
  if (path.endsWith('package.json')) {
    value = isRecord(value) ? value.huibao : undefined;
    if (value === undefined) return failed('package.json 中没有 "huibao" 键 (no "huibao" key)');
  }
  const { config, problems } = validateConfig(value);
  const prefix = path.endsWith('package.json') ? 'huibao.' : '';
  return {
    config,
    configPath: path,
    problems: problems.map((p) => `${shown}: ${p.path === '(root)' ? p.message : prefix + p.message}`),
  };
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse with the line and column of a syntax error, as the writer's editor shows them. */
function parseJson(raw: string): Parsed {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names a position for most errors and says "end of JSON input" when the text stops short.
    const at = /at position (\d{1,9})/.exec(message);
    const offset = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : null;
    const reason = withoutQuotedSource(message.replace(/ in JSON at position \d{1,9}.*$/s, ''));
    if (offset === null) return { ok: false, message: `JSON 语法错误 (JSON syntax error): ${firstLine(reason)}` };
    const { line, column } = new LineIndex(text).position(offset);
    return { ok: false, message: `第 ${line} 行第 ${column} 列 JSON 语法错误 (JSON syntax error at ${line}:${column}): ${firstLine(reason)}` };
  }
}

/** Drops V8's `, "…source…" is not valid JSON` tail, which repeats the user's text. */
function withoutQuotedSource(message: string): string {
  const tail = '" is not valid JSON';
  if (!message.endsWith(tail)) return message;
  const start = message.indexOf(', "');
  return start >= 0 ? message.slice(0, start) : message;
}

function packageHasConfig(path: string): boolean {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return isRecord(value) && value.huibao !== undefined;
  } catch {
    // A broken package.json is not ours to report; keep searching upward.
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? text;
}

/** Relative to the working folder when inside it, so messages stay short. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
