/** Every built-in rule, in the stable order diagnostics of equal position are reported. */
import type { Locale, Rule } from '../rule.js';
import headingSequence from './heading-sequence.js';
import placeholder from './placeholder.js';
import confusable from './confusable.js';
import punctuation from './punctuation.js';
import numberUsage from './number-usage.js';
import duplicateSentence from './duplicate-sentence.js';
import headingLevel from './heading-level.js';
import sloganCount from './slogan-count.js';
import enumerationSequence from './enumeration-sequence.js';
import totalMismatch from './total-mismatch.js';
import shareMismatch from './share-mismatch.js';
import identityMismatch from './identity-mismatch.js';
import percentRange from './percent-range.js';
import rangeOrder from './range-order.js';
import dateCheck from './date-check.js';
import growthMismatch from './growth-mismatch.js';
import shareSum from './share-sum.js';
import tableTotal from './table-total.js';
import magnitude from './magnitude.js';
import figureConflict from './figure-conflict.js';
import repeatedWord from './repeated-word.js';
import paragraphEnd from './paragraph-end.js';

export const allRules: readonly Rule[] = [headingSequence, placeholder, confusable, punctuation, numberUsage, duplicateSentence, headingLevel, sloganCount, enumerationSequence, totalMismatch, shareMismatch, identityMismatch, percentRange, rangeOrder, dateCheck, growthMismatch, shareSum, tableTotal, magnitude, figureConflict, repeatedWord, paragraphEnd] as Rule[];
export const ruleIds: readonly string[] = allRules.map((r) => r.meta.id);

/** A rule's short name in the locale (易混词, Confusable word); the id itself for a rule not built in. */
export function ruleName(ruleId: string, locale: Locale): string {
  const meta = allRules.find((r) => r.meta.id === ruleId)?.meta;
  if (!meta) return ruleId;
  return locale === 'en' ? meta.name.en : meta.name.zh;
}
