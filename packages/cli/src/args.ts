/**
 * Checking option values that commander cannot check by itself. Each problem
 * is a UsageError naming the option and the allowed values.
 */
import { ruleIds, SEGMENTER_BACKENDS, type Locale, type SegmenterBackend, type Severity } from '@huibao/core';
import { UsageError } from './errors.js';

const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export const LOCALES = ['zh-CN', 'en'] as const;
export const SEGMENTERS: readonly SegmenterBackend[] = SEGMENTER_BACKENDS;
/** `--enable`: the language server's `huibao.enable` values, for files a folder or glob search finds. */
export const ENABLE_SETTINGS = ['auto', 'always', 'never'] as const;
export type EnableSetting = (typeof ENABLE_SETTINGS)[number];

/** `--rule id:severity`, repeatable; the last one for a rule wins. */
export function parseRuleOption(value: string, previous: Record<string, 'off' | Severity> = {}): Record<string, 'off' | Severity> {
  const at = value.lastIndexOf(':');
  const id = at < 0 ? value : value.slice(0, at);
  const severity = at < 0 ? '' : value.slice(at + 1);
  if (!ruleIds.includes(id)) throw new UsageError(`--rule ${value}: unknown rule "${id}"; allowed: ${ruleIds.join(', ')}`);
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new UsageError(`--rule ${value}: severity must be one of ${SEVERITIES.join(', ')}`);
  }
  return { ...previous, [id]: severity as 'off' | Severity };
}

export function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!/^-?\d{1,9}$/.test(value.trim()) || n < -1) throw new UsageError(`--max-warnings ${value}: must be a whole number ≥ 0 (or -1 for no limit)`);
  return n;
}

/** `--concurrency n`: how many threads lint at once (1 = the main thread alone). */
export function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!/^\d{1,4}$/.test(value.trim()) || n < 1) throw new UsageError(`--concurrency ${value}: must be a whole number ≥ 1`);
  return n;
}

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** Colours on a terminal only; NO_COLOR (any value) and --no-color turn them off, FORCE_COLOR on. */
export function useColor(stream: NodeJS.WriteStream, flag: boolean): boolean {
  if (!flag || (process.env.NO_COLOR ?? '') !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
