/** Every built-in rule, in the stable order diagnostics of equal position are reported. */
import type { Rule } from '../rule.js';
import headingSequence from './heading-sequence.js';

export const allRules: readonly Rule[] = [headingSequence] as Rule[];
export const ruleIds: readonly string[] = allRules.map((r) => r.meta.id);
