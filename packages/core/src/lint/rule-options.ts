/**
 * Rule options against each rule's `meta.schema`: one compiled validator per
 * rule, shared by config validation (which explains what is wrong) and the
 * engine (which never hands a rule options its schema refuses).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Rule } from './rule.js';

let ajv: Ajv2020 | undefined;
const validators = new WeakMap<Rule, ValidateFunction>();

/** The rule's option validator; undefined for a rule without a schema (a rule built outside the registry may have none). */
export function optionValidator(rule: Rule): ValidateFunction | undefined {
  const schema = (rule.meta as { schema?: unknown }).schema;
  if (schema === undefined) return undefined;
  let validate = validators.get(rule);
  if (!validate) {
    ajv ??= new Ajv2020({ allErrors: true, strict: false, verbose: true });
    validate = ajv.compile(schema as object);
    validators.set(rule, validate);
  }
  return validate;
}

/** The options if the rule's schema accepts them, else none (the rule's defaults): a config that skipped validation cannot reach a rule ill-typed. */
export function validOptions(rule: Rule, options: Record<string, unknown>): Record<string, unknown> {
  const validate = optionValidator(rule);
  return !validate || validate(options) ? options : {};
}
