import { Type } from '@sinclair/typebox';
import { defineRule } from '../rule.js';
import type { DuplicateMessageId } from '../duplicates/context.js';
import { framingSentences } from '../duplicates/compared-sentences.js';
import { findRepeatedPassages } from '../duplicates/repeated-passages.js';
import { contentUnit, cutCacheFor, frameUnit } from '../duplicates/sentence-words.js';
import { findDuplicateSentences } from '../duplicates/similar-sentences.js';
import { findRepeatsInARow } from '../duplicates/repeated-in-a-row.js';
import { topSectionBySentence } from '../../model/queries.js';

/**
 * The same or nearly the same sentence twice in one report, and a long passage
 * repeated inside different sentences (以“零容忍”的态度坚决打击非法塑料加工 in
 * two places). Compared on nodejieba words, never characters, with punctuation
 * and spaces dropped, so 以“零容忍”的态度 and 以零容忍的态度 match.
 *
 * Two units, both reported at the later occurrence with the first as related:
 *  - sentence: Jaccard similarity of word bigrams ≥ `threshold` (0.7: one word
 *    changed in a 12-word sentence still counts);
 *  - passage: a run of ≥ `minTokens` (8) identical words shared with an earlier
 *    sentence, for a clause repeated inside longer sentences.
 * Shorter runs are boilerplate (今年以来, 取得了明显成效) and never reported,
 * except a sentence repeated right after itself in one paragraph, which is a
 * slip at any length (../duplicates/repeated-in-a-row).
 * A near-identical sentence or a shared passage counts only inside one part of
 * the report (one top-level section): a report states its guiding formulation
 * (以…为指导, 实施积极的财政政策和稳健的货币政策) in the review and again in the
 * plan by design; a draft's slip repeats a clause within one part. The same
 * sentence word for word is reported wherever it stands.
 *
 * Only claims are compared, and a repeat is the same claim with the same figures.
 * A report's parallel parts (全市 and 市本级, 执行情况 and 预算草案) repeat by
 * design what frames their statements, so (../duplicates/compared-sentences)
 * headings, numbered lead phrases (2.政府性基金预算收支完成情况。), table rows
 * and title lines take part in no comparison; a sentence
 * with figures repeats another only word for word; and two sentences that both
 * carry figures share no reported passage: what they share is the frame. Two
 * sentences about two governments (全市… / 市本级…, 中央… / 地方…) are the same
 * statement made for each budget: neither a near repeat nor a passage of the other
 * (../duplicates/government-levels).
 *
 * The work is in ../duplicates/: sentence-words (the words compared),
 * similar-sentences and repeated-passages.
 *
 * Near-linear on large reports: candidate sentences come from an inverted index
 * of bigrams that skips bigrams found in too many sentences, and passages from a
 * hash of word 4-grams keeping a few earliest occurrences each. Repeated text is
 * cheap: each distinct sentence text is cut once (and kept for the next run),
 * and sentences with the same words share one entry (a wording) in the index,
 * one similarity per pair and one best match until the index around them changes.
 */
const DEFAULTS = { minTokens: 8, threshold: 0.7 };

const schema = Type.Object(
  {
    minTokens: Type.Optional(
      Type.Integer({ minimum: 2, default: DEFAULTS.minTokens, description: 'How many words a sentence or passage needs to be compared (and a repeated passage reported).' }),
    ),
    threshold: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 1, default: DEFAULTS.threshold, description: 'The least similarity (Jaccard of word bigrams, above 0, at most 1) for two sentences to count as nearly the same.' }),
    ),
  },
  { additionalProperties: false },
);

export default defineRule<DuplicateMessageId, typeof schema>({
  meta: {
    id: 'duplicate-sentence',
    name: { zh: '重复语句', en: 'Repeated sentence' },
    category: '用词',
    severity: 'info',
    description: { zh: '同一报告中重复或几乎相同的句子、重复的长句段', en: 'The same or nearly the same sentence, or a long passage, twice in one report' },
    basis: '《党政机关公文处理工作条例》第十九条（文字精炼）',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema,
    messages: {
      sentence: { zh: '此句与第{{line}}行的句子重复', en: 'This sentence repeats the one on line {{line}}' },
      nearSentence: { zh: '此句与第{{line}}行的句子几乎相同（相似度{{percent}}%）', en: 'This sentence is nearly the same as the one on line {{line}} ({{percent}}% alike)' },
      passage: { zh: '“{{excerpt}}”与第{{line}}行的表述重复（{{count}}个词）', en: '“{{excerpt}}” repeats wording from line {{line}} ({{count}} words)' },
      first: { zh: '首次出现', en: 'First occurrence' },
    },
  },
  check(context) {
    const minTokens = context.options.minTokens ?? DEFAULTS.minTokens;
    const threshold = context.options.threshold ?? DEFAULTS.threshold;
    const cuts = cutCacheFor(context.segmenter);
    const framing = framingSentences(context.outline, context.text);
    // A heading, numbered lead phrase, table row or title line takes part in no comparison: it has no words to compare.
    const units = context.outline.sentences.map((sentence) => (framing[sentence.id] ? frameUnit(sentence) : contentUnit(context, sentence, cuts)));
    const parts = topSectionBySentence(context.outline);
    const duplicates = findDuplicateSentences(context, units, minTokens, threshold, parts);
    findRepeatsInARow(context, units, duplicates);
    findRepeatedPassages(context, units, minTokens, duplicates, parts);
  },
});
