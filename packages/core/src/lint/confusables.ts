import type { ConfusableEntry } from '../model/config.js';
import dictionary from '../data/confusables.json' with { type: 'json' };

/** The built-in dictionary (src/data/confusables.json, validated by schemas/confusables.schema.json). */
export const builtinConfusables: readonly ConfusableEntry[] = dictionary.entries as ConfusableEntry[];
