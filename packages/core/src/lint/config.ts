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
import { optionValidator, validOptions } from './rule-options.js';
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
      options = validOptions(rule, ruleOptions);
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
    if (rule && level !== 'off' && overrides[id] !== 'off') resolved.set(id, { severity: overrides[id] ?? level, options: validOptions(rule, ruleOptions) });
  }
  return resolved;
}

export interface ConfigProblem {
  /** Key path in the config, e.g. rules.total-mismatch or confusables[0].right; (root) for the whole value. */
  path: string;
  /** Names the key path and what is allowed: `rules.total-mismatch must be one of off, info, warning, error`. */
  message: string;
  /** The same in Chinese. */
  messageZh: string;
}

const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
const TOP_LEVEL_KEYS = ['$schema', 'extends', 'mode', 'locale', 'segmenter', 'rules', 'placeholders', 'departments', 'units', 'confusables', 'ignore'] as const;
/** Options whose value is one of a few words. */
const CHOICES: Record<string, readonly string[]> = {
  extends: ['recommended', 'strict'],
  mode: ['draft', 'final'],
  locale: ['zh-CN', 'en'],
  segmenter: ['nodejieba', 'node-rs'],
};

let validator: ReturnType<Ajv2020['compile']> | undefined;
function getValidator() {
  if (validator) return validator;
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
  for (const schema of configDefinitions) ajv.addSchema(schema);
  validator = ajv.compile(buildConfigSchema(ruleIds, ruleOptionSchemas()));
  return validator;
}

/** Each registered rule's option schema by id, as the config schema embeds them. */
export function ruleOptionSchemas(): Record<string, Rule['meta']['schema']> {
  return Object.fromEntries(allRules.map((rule) => [rule.meta.id, rule.meta.schema]));
}

/**
 * Validates a parsed config object. Each problem names the key path and what
 * is allowed, once per key: `rules.total-mismatch must be one of off, info,
 * warning, error`. Never throws.
 */
export function validateConfig(value: unknown): { config: HuibaoConfig; problems: ConfigProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { config: {}, problems: [problem('(root)', 'the config must be a JSON object, e.g. { "extends": "recommended" }', '配置必须是 JSON 对象，例如 { "extends": "recommended" }')] };
  }
  const validate = getValidator();
  if (validate(value)) return { config: value as HuibaoConfig, problems: [] };
  return { config: {}, problems: describeErrors(value as Record<string, unknown>, validate.errors ?? []) };
}

function problem(path: string, message: string, messageZh: string): ConfigProblem {
  return { path, message: path === '(root)' ? message : `${path} ${message}`, messageZh: path === '(root)' ? messageZh : `${path} ${messageZh}` };
}

/**
 * Turns ajv's errors into one message per key path. A rule setting is a union
 * (a severity or [severity, options]), for which ajv reports every branch; it is
 * judged from the value itself instead, so the message fits what was written.
 */
function describeErrors(config: Record<string, unknown>, errors: ErrorObject[]): ConfigProblem[] {
  const byPath = new Map<string, ConfigProblem>();
  const add = (p: ConfigProblem) => {
    if (!byPath.has(p.path)) byPath.set(p.path, p);
  };
  const rulesSeen = new Set<string>();
  for (const error of errors) {
    const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
    if (segments[0] === 'rules' && segments.length >= 2) {
      const id = segments[1]!;
      if (rulesSeen.has(id)) continue;
      rulesSeen.add(id);
      for (const p of describeRuleSetting(id, (config.rules as Record<string, unknown>)[id])) add(p);
      continue;
    }
    const path = formatPath(segments);
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(params.additionalProperty);
        const full = path === '(root)' ? key : `${path}.${key}`;
        if (path === 'rules') add(unknownRule(full, key));
        else {
          const allowed = path === '(root)' ? TOP_LEVEL_KEYS : allowedKeys(error);
          add(problem(full, `is not a known option; allowed: ${allowed.join(', ')}`, `不是可用的选项；可用：${allowed.join('、')}`));
        }
        break;
      }
      case 'required': {
        const key = String(params.missingProperty);
        add(problem(path === '(root)' ? key : `${path}.${key}`, 'is required', '为必填项'));
        break;
      }
      case 'const':
      case 'enum':
      case 'anyOf': {
        const choices = CHOICES[path];
        if (choices) add(problem(path, `must be one of ${choices.join(', ')}`, `必须是 ${choices.join('、')} 之一`));
        else add(problem(path, error.message ?? 'is invalid', '的值无效'));
        break;
      }
      case 'type': {
        const type = String(params.type);
        add(problem(path, `must be ${article(type)}`, `必须是${TYPE_ZH[type] ?? type}`));
        break;
      }
      case 'minLength':
        add(problem(path, params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters`, params.limit === 1 ? '不能为空' : `至少 ${String(params.limit)} 个字符`));
        break;
      case 'maxLength':
        add(problem(path, `must be at most ${String(params.limit)} characters`, `最多 ${String(params.limit)} 个字符`));
        break;
      default:
        add(problem(path, error.message ?? 'is invalid', error.message ?? '的值无效'));
    }
  }
  return [...byPath.values()];
}

const TYPE_ZH: Record<string, string> = { string: '字符串', boolean: '布尔值（true 或 false）', number: '数字', integer: '整数', array: '数组', object: '对象' };
const article = (type: string) => (type === 'array' || type === 'object' || type === 'integer' ? `an ${type}` : type === 'boolean' ? 'a boolean (true or false)' : `a ${type}`);

function describeRuleSetting(id: string, value: unknown): ConfigProblem[] {
  const path = `rules.${id}`;
  const severities = SEVERITIES.join(', ');
  if (Array.isArray(value)) {
    if (value.length !== 2) return [problem(path, `must be [severity, options] with two items, e.g. ["warning", {}]`, '必须是两项的 [严重程度, 选项]，例如 ["warning", {}]')];
    const problems: ConfigProblem[] = [];
    if (!SEVERITIES.includes(value[0] as (typeof SEVERITIES)[number])) problems.push(problem(`${path}[0]`, `must be one of ${severities}`, `必须是 ${SEVERITIES.join('、')} 之一`));
    const options: unknown = value[1];
    if (typeof options !== 'object' || options === null || Array.isArray(options)) problems.push(problem(`${path}[1]`, 'must be an object of rule options', '必须是规则选项对象'));
    else problems.push(...describeRuleOptions(id, `${path}[1]`, options));
    return problems;
  }
  return [problem(path, `must be one of ${severities}`, `必须是 ${SEVERITIES.join('、')} 之一`)];
}

/**
 * A rule's options against its `meta.schema`, one message per option: an
 * unknown key with the rule's options (`rules.duplicate-sentence[1].bogus is not
 * a known option; allowed: minTokens, threshold`), an ill-typed value with what
 * is allowed and what was written (`… threshold must be a number > 0 and
 * ≤ 1, not 7`).
 */
function describeRuleOptions(id: string, path: string, options: object): ConfigProblem[] {
  const rule = allRules.find((r) => r.meta.id === id);
  const validate = rule && optionValidator(rule);
  if (!validate || validate(options)) return [];
  const allowed = Object.keys((rule.meta.schema as { properties?: Record<string, unknown> }).properties ?? {});
  const problems = new Map<string, ConfigProblem>();
  for (const error of validate.errors ?? []) {
    const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
    // The option itself (threshold, allow), not an item in it: the message says what the whole option takes.
    const key = segments[0];
    if (error.keyword === 'additionalProperties' && key === undefined) {
      const name = String((error.params as Record<string, unknown>).additionalProperty);
      const full = `${path}.${name}`;
      if (problems.has(full)) continue;
      problems.set(
        full,
        allowed.length === 0
          ? problem(full, `is not a known option; ${id} takes no options`, `不是可用的选项；${id} 没有选项`)
          : problem(full, `is not a known option; allowed: ${allowed.join(', ')}`, `不是可用的选项；可用：${allowed.join('、')}`),
      );
      continue;
    }
    if (key === undefined) continue;
    const full = `${path}.${key}`;
    if (problems.has(full)) continue;
    const schema = (rule.meta.schema as { properties: Record<string, OptionSchema> }).properties[key]!;
    const expected = expectation(schema);
    const written = JSON.stringify((options as Record<string, unknown>)[key]);
    problems.set(full, problem(full, `must be ${expected.en}, not ${written}`, `应为${/^[\w-]/.test(expected.zh) ? ' ' : ''}${expected.zh}，实为 ${written}`));
  }
  return [...problems.values()];
}

interface OptionSchema {
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: OptionSchema;
  anyOf?: Array<{ const?: unknown }>;
  enum?: unknown[];
}

/** What an option schema allows, in words: `a number > 0 and ≤ 1` / `大于 0、不超过 1 的数`. */
function expectation(schema: OptionSchema): { en: string; zh: string } {
  const choices = schema.enum ?? schema.anyOf?.map((s) => s.const);
  if (choices && choices.every((c) => c !== undefined)) return { en: `one of ${choices.join(', ')}`, zh: `${choices.join('、')} 之一` };
  if (schema.type === 'array' && schema.items) {
    const item = expectation(schema.items);
    return { en: `an array of ${item.en.replace(/^one of /, 'values each one of ')}`, zh: `数组，每项为${/^[\w-]/.test(item.zh) ? ' ' : ''}${item.zh}` };
  }
  if (schema.type === 'number' || schema.type === 'integer') {
    const noun = schema.type === 'integer' ? { en: 'an integer', zh: '整数' } : { en: 'a number', zh: '数' };
    const { minimum: min, maximum: max, exclusiveMinimum: above, exclusiveMaximum: below } = schema;
    const en: string[] = [];
    const zh: string[] = [];
    if (min !== undefined && max !== undefined) {
      en.push(`from ${min} to ${max}`);
      zh.push(`${min}～${max} 之间`);
    } else {
      if (min !== undefined) en.push(`≥ ${min}`), zh.push(`不小于 ${min}`);
      if (above !== undefined) en.push(`> ${above}`), zh.push(`大于 ${above}`);
      if (max !== undefined) en.push(`≤ ${max}`), zh.push(`不超过 ${max}`);
    }
    if (below !== undefined) en.push(`< ${below}`), zh.push(`小于 ${below}`);
    return { en: en.length ? `${noun.en} ${en.join(' and ')}` : noun.en, zh: zh.length ? `${zh.join('、')}${/\d$/.test(zh.at(-1)!) ? ' ' : ''}的${noun.zh}` : noun.zh };
  }
  const type = schema.type ?? 'object';
  return { en: article(type), zh: TYPE_ZH[type] ?? type };
}

function unknownRule(path: string, id: string): ConfigProblem {
  const close = closest(id, ruleIds);
  const hint = close ? `; did you mean ${close}?` : '';
  const hintZh = close ? `；是否想写 ${close}？` : '';
  return problem(path, `is not a known rule${hint} Known rules: ${ruleIds.join(', ')}`, `不是已知规则${hintZh}已知规则：${ruleIds.join('、')}`);
}

/** The known id within edit distance 3 (typos such as total-mismatc), if any. */
function closest(id: string, candidates: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (distance <= 3 && (!best || distance < best.distance)) best = { id: candidate, distance };
  }
  return best?.id;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The keys the schema at an additionalProperties error allows. */
function allowedKeys(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

/** rules/x, confusables/0/right → rules.x, confusables[0].right */
function formatPath(segments: readonly string[]): string {
  if (segments.length === 0) return '(root)';
  let out = '';
  for (const segment of segments) out += /^\d+$/.test(segment) ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export { allRules };
