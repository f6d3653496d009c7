/**
 * Client settings (the `huibao.*` section of workspace/configuration or of
 * initializationOptions). Anything a client sends is checked field by field:
 * a wrong value falls back to its default instead of breaking the server.
 */
import type { Severity } from '@huibao/core';

/**
 * auto: check a document only when it looks like a Chinese report (core's
 * looksLikeReport); always: every Markdown and text document; never: none.
 * The booleans of earlier versions read as always (true) and never (false).
 */
export type EnableSetting = 'auto' | 'always' | 'never';

export interface ClientSettings {
  enable: EnableSetting;
  /** onType: lint as the writer types (debounced); onSave: only on open and save. */
  run: 'onType' | 'onSave';
  /** Overrides the config's mode when set. */
  mode: 'draft' | 'final' | null;
  /** A config file to use instead of searching; absolute or relative to the workspace root. */
  configPath: string | null;
  /** Rule severities on top of the config file. */
  rules: Record<string, 'off' | Severity>;
  /** Workspace trust: when true, only built-in defaults, never a workspace config file. */
  untrusted: boolean;
}

export const defaultSettings: ClientSettings = {
  enable: 'auto',
  run: 'onType',
  mode: null,
  configPath: null,
  rules: {},
  untrusted: false,
};

const ruleLevels = new Set(['off', 'info', 'warning', 'error']);

/** Reads settings from whatever the client sent (null, partial or wrong objects included). */
export function normalizeSettings(raw: unknown, base: ClientSettings = defaultSettings): ClientSettings {
  if (typeof raw !== 'object' || raw === null) return base;
  const value = raw as Record<string, unknown>;
  const settings: ClientSettings = { ...base, rules: { ...base.rules } };
  if (value.enable === true || value.enable === 'always') settings.enable = 'always';
  else if (value.enable === false || value.enable === 'never') settings.enable = 'never';
  else if (value.enable === 'auto') settings.enable = 'auto';
  if (value.run === 'onType' || value.run === 'onSave') settings.run = value.run;
  if (value.mode === 'draft' || value.mode === 'final') settings.mode = value.mode;
  if (typeof value.configPath === 'string') settings.configPath = value.configPath.trim() || null;
  if (typeof value.untrusted === 'boolean') settings.untrusted = value.untrusted;
  if (typeof value.rules === 'object' && value.rules !== null) {
    for (const [id, level] of Object.entries(value.rules as Record<string, unknown>)) {
      if (typeof level === 'string' && ruleLevels.has(level)) settings.rules[id] = level as 'off' | Severity;
    }
  }
  return settings;
}
