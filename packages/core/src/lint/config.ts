/**
 * Config validation and severity resolution. Pure: the files are found and read
 * by `node/config-files.ts`; this turns their JSON into settings or into one
 * clear message per problem.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { HuibaoConfig, RuleSetting } from '../model/config.js';
import { buildConfigSchema, configDefinitions } from '../model/config.js';
import type { Severity } from '../model/lint.js';
import type { Rule } from './rule.js';
import { allRules, ruleIds } from './rules/index.js';

export type ResolvedRules = Map<string, { severity: Severity; options: Record<string, unknown> }>;

export function resolveRuleSettings(
  rules: readonly Rule[],
  config: HuibaoConfig,
  mode: 'draft' | 'final',
  overrides: Record<string, 'off' | Severity> = {},
): ResolvedRules {
  const resolved: ResolvedRules = new Map();
  const strict = config.extends === 'strict';
  for (const rule of rules) {
    const { meta } = rule;
    if (!strict && !meta.recommended) continue;
    let severity: Severity = mode === 'final' && meta.finalSeverity ? meta.finalSeverity : meta.severity;
    if (strict && severity === 'warning') severity = 'error';
    let options: Record<string, unknown> = {};
    const setting: RuleSetting | undefined = config.rules?.[meta.id];
    if (setting !== undefined) {
      const [level, ruleOptions] = Array.isArray(setting) ? setting : [setting, {}];
      if (level === 'off') continue;
      severity = level;
      options = ruleOptions;
    }
    const override = overrides[meta.id];
    if (override === 'off') continue;
    if (override) severity = override;
    resolved.set(meta.id, { severity, options });
  }
  // A rule named only in config (strict-only rules in recommended) still runs.
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (resolved.has(id)) continue;
    const rule = rules.find((r) => r.meta.id === id);
    const [level, ruleOptions] = Array.isArray(setting) ? setting : [setting, {}];
    if (rule && level !== 'off' && overrides[id] !== 'off') resolved.set(id, { severity: overrides[id] ?? level, options: ruleOptions });
  }
  return resolved;
}

export interface ConfigProblem {
  /** Key path in the config, e.g. rules.total-mismatch. */
  path: string;
  message: string;
}

let validator: ReturnType<Ajv2020['compile']> | undefined;
function getValidator() {
  if (validator) return validator;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  for (const schema of configDefinitions) ajv.addSchema(schema);
  validator = ajv.compile(buildConfigSchema(ruleIds));
  return validator;
}

/**
 * Validates a parsed config object. Each problem names the key path and what
 * is allowed: `rules.total-mismatch must be one of off, info, warning, error`.
 */
export function validateConfig(value: unknown): { config: HuibaoConfig; problems: ConfigProblem[] } {
  const validate = getValidator();
  if (validate(value)) return { config: value as HuibaoConfig, problems: [] };
  return { config: {}, problems: describeErrors(validate.errors ?? []) };
}

function describeErrors(errors: ErrorObject[]): ConfigProblem[] {
  const byPath = new Map<string, ConfigProblem>();
  for (const error of errors) {
    const path = error.instancePath.split('/').slice(1).map(unescapePointer).join('.') || '(root)';
    let problem: ConfigProblem | undefined;
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const full = path === '(root)' ? key : `${path}.${key}`;
      const allowed = path === 'rules' ? ruleIds : Object.keys(topLevelKeys());
      problem = { path: full, message: `${full} is not a known ${path === 'rules' ? 'rule' : 'option'}; allowed: ${allowed.join(', ')}` };
    } else if (error.keyword === 'const' || error.keyword === 'enum' || error.keyword === 'anyOf') {
      const allowed = allowedValues(path);
      problem = { path, message: allowed ? `${path} must be one of ${allowed}` : `${path} ${error.message ?? 'is invalid'}` };
    } else if (!byPath.has(path)) {
      problem = { path, message: `${path} ${error.message ?? 'is invalid'}` };
    }
    // anyOf/const produce one error per branch: keep the clearest, the last written for the path.
    if (problem && (!byPath.has(path) || error.keyword === 'anyOf' || error.keyword === 'additionalProperties')) byPath.set(problem.path, problem);
  }
  return [...byPath.values()];
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function topLevelKeys(): Record<string, true> {
  return { $schema: true, extends: true, mode: true, locale: true, rules: true, placeholders: true, units: true, confusables: true, ignore: true };
}

function allowedValues(path: string): string | null {
  if (path.startsWith('rules.')) return 'off, info, warning, error (or [severity, options])';
  if (path === 'extends') return 'recommended, strict';
  if (path === 'mode') return 'draft, final';
  if (path === 'locale') return 'zh-CN, en';
  return null;
}

export { allRules };
