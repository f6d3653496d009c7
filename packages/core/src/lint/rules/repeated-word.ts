import { NO_OPTIONS, defineRule } from '../rule.js';
import type { Segmenter, TaggedWord } from '../../segment/segmenter.js';
import { DOUBLED_ON_PURPOSE_TAGS, UNDOUBLED_FUNCTION_WORDS, UNDOUBLED_TWO_CHARACTER_TAGS } from '../../text/lexicon.js';

/** The longest word looked for twice in a row; longer doubled words are left alone. */
const MAX_WORD = 8;

const HAN_WORD = /^\p{Script=Han}+$/u;
const QUOTE_OPENS = '“‘「『';
const QUOTE_CLOSES = '”’」』';

/** A word of a sentence as the segmenter cut it, at its offset in the sentence. */
interface WordAt extends TaggedWord {
  at: number;
}

/**
 * Whether the sentence may hold a slip: a one-character function word twice
 * (的的) or a longer run of characters twice (进一步进一步). Only such a
 * sentence is tagged, so most are never cut.
 */
function mayRepeat(text: string): boolean {
  // Compared code by code, from Han characters only (a slip is a Han word; 100 and …… are not):
  // a string per position and length made this the rule's whole cost on long reports.
  for (let i = 0; i + 1 < text.length; i++) {
    if (!isHanCode(text.charCodeAt(i))) continue;
    // A one-character slip is only ever a function word (的的, 在在): 常常 and 人人 need no tagging.
    if (text.charCodeAt(i) === text.charCodeAt(i + 1) && UNDOUBLED_FUNCTION_WORDS.has(text[i]!)) return true;
    for (let k = 2; k <= MAX_WORD && i + 2 * k <= text.length; k++) {
      let same = true;
      for (let m = 0; m < k && same; m++) same = text.charCodeAt(i + m) === text.charCodeAt(i + k + m);
      if (same) return true;
    }
  }
  return false;
}

/** The CJK unified ideographs and extension A: what a repeated word is written in. */
function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** The tagged words with their offsets; null when the words do not spell the text. */
function wordsOf(segmenter: Segmenter, text: string): WordAt[] | null {
  const words: WordAt[] = [];
  let at = 0;
  for (const { word, tag } of segmenter.tag(text)) {
    if (!text.startsWith(word, at)) return null;
    words.push({ word, tag, at });
    at += word.length;
  }
  return at === text.length ? words : null;
}

/** Whether `at` lies inside quoted text of the sentence (“…”, ‘…’, 「…」, "…"). */
function insideQuote(text: string, at: number): boolean {
  let depth = 0;
  let ascii = 0;
  for (let i = 0; i < at; i++) {
    const ch = text[i]!;
    if (QUOTE_OPENS.includes(ch)) depth++;
    else if (QUOTE_CLOSES.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') ascii++;
  }
  return depth > 0 || ascii % 2 === 1;
}

/**
 * Whether a word said twice in a row is a slip: a one-character function word
 * (的的, 在在) that is not the first half of an AABB form (和和美美), or a
 * longer word never doubled on purpose (进一步进一步, 不断不断) whose doubled
 * form is no dictionary word. Two-character verbs, nouns and adjectives are
 * left alone: ABAB is how a writer says 研究研究, 商量商量.
 */
function isSlip(segmenter: Segmenter, text: string, run: WordAt[]): boolean {
  const { word } = run[0]!;
  if (!HAN_WORD.test(word)) return false;
  const start = run[0]!.at;
  const end = run[run.length - 1]!.at + word.length;
  if (word.length === 1) {
    if (!UNDOUBLED_FUNCTION_WORDS.has(word)) return false;
    // AABB and BBAA: 和和美美 cut as 和/和/美美.
    const after = text[end];
    const before = text[start - 1];
    if (after !== undefined && after === text[end + 1]) return false;
    if (before !== undefined && before === text[start - 2]) return false;
    return true;
  }
  if (run.some((w) => DOUBLED_ON_PURPOSE_TAGS.has(w.tag))) return false;
  if (word.length === 2) {
    const alone = segmenter.tag(word);
    const tags = [...run.map((w) => w.tag), ...alone.map((w) => w.tag)];
    if (alone.length !== 1 || !tags.every((tag) => UNDOUBLED_TWO_CHARACTER_TAGS.has(tag))) return false;
  }
  // A doubled form the dictionary holds as one word is meant.
  return segmenter.cut(word + word).length > 1;
}

/**
 * A word typed twice by a slip: 的的重大意义, 在在全镇范围内, 加强和和改进,
 * 进一步进一步加强. Each sentence is cut into words, and two (or more)
 * adjacent copies of one word are reported when the word is a one-character
 * function word of a closed list or a longer word never doubled on purpose.
 * Reduplication is everywhere in Chinese (实实在在, 研究研究, 人人, 等等), so
 * the rule keeps silent wherever a doubling may be meant; a word repeated
 * across a clause break, in quotes, in numbers or code is never read.
 */
export default defineRule({
  meta: {
    id: 'repeated-word',
    name: { zh: '重复字词', en: 'Repeated word' },
    category: '用词',
    severity: 'warning',
    description: {
      zh: '同一个字词误写两遍（的的、在在、和和、进一步进一步），有意的叠用（实实在在、研究研究、人人）不报',
      en: 'A word typed twice by a slip (的的, 在在, 和和, 进一步进一步); deliberate reduplication (实实在在, 研究研究, 人人) is left alone',
    },
    basis: '《党政机关公文处理工作条例》第十九条（文字精炼）；文字差错',
    fixable: true,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      repeated: { zh: '“{{word}}”重复：{{written}}', en: '“{{word}}” is repeated: {{written}}' },
      remove: { zh: '删去重复的“{{word}}”', en: 'Delete the repeated “{{word}}”' },
    },
  },
  check(context) {
    const { outline, segmenter, text: source } = context;
    for (const sentence of outline.sentences) {
      const { text } = sentence;
      if (!mayRepeat(text)) continue;
      const words = wordsOf(segmenter, text);
      if (!words) continue;
      const base = sentence.range.start.offset;
      for (let i = 0; i < words.length; ) {
        let j = i + 1;
        while (j < words.length && words[j]!.word === words[i]!.word) j++;
        const run = words.slice(i, j);
        i = j;
        if (run.length < 2) continue;
        const { word } = run[0]!;
        const start = base + run[0]!.at;
        const keep = start + word.length;
        const end = base + run[run.length - 1]!.at + word.length;
        const written = source.slice(start, end);
        if (written !== word.repeat(run.length)) continue;
        if (context.isSkipped(start, end) || insideQuote(text, run[0]!.at)) continue;
        if (!isSlip(segmenter, text, run)) continue;
        context.report({
          messageId: 'repeated',
          data: { word, written },
          span: { start, end },
          fixes: [{ messageId: 'remove', data: { word }, edits: [{ span: { start: keep, end }, newText: '' }], safe: true }],
          details: { word, times: run.length },
        });
      }
    }
  },
});
