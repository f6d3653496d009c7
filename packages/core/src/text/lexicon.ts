/**
 * The characters and words that core reads reports with, named once.
 *
 * Before this module every phase kept its own copy of "the marks that end a
 * clause", of the Chinese numerals and of the range dashes, and the copies had
 * drifted apart without anyone deciding it. Here each block is named and
 * documented; a phase composes the set it needs from the blocks
 * (`codeSet(CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA)`), so a difference
 * between two phases is written where it is made and can be read as a choice.
 *
 * The blocks are plain strings of single UTF-16 code units: `codeSet` takes
 * any of them, or a concatenation, and scans test the result with
 * `charCodeAt` so that no hot loop allocates (see char-codes.ts).
 */
import type { FigureWordsFile } from '../model/wordlists.js';
import wordsFile from '../data/figure-words.json' with { type: 'json' };
import { codeSet } from './char-codes.js';

// ---------------------------------------------------------------------------
// Punctuation

// The single marks the blocks below are made of. A phase whose set is not one
// of the blocks (the comma and semicolon without the colon, the full stop
// alone) composes it from these, so what it leaves out can be read.

/** The full-width full stop 。, which ends a statement. */
export const FULL_STOP = '。';
/** The full-width exclamation mark ！. */
export const FULL_EXCLAMATION = '！';
/** The full-width question mark ？. */
export const FULL_QUESTION = '？';
/** The full-width comma ，. */
export const FULL_COMMA = '，';
/** The full-width semicolon ；, which ends an item of a list sentence. */
export const FULL_SEMICOLON = '；';
/** The full-width colon ：, which opens what it introduces. */
export const FULL_COLON = '：';
/** The half-width comma , of mixed text. */
export const HALF_COMMA = ',';
/** The half-width semicolon ; of mixed text. */
export const HALF_SEMICOLON = ';';
/** The half-width colon : of mixed text. */
export const HALF_COLON = ':';

/** Full-width marks that end a sentence: 。！？. */
export const SENTENCE_ENDS_FULL = FULL_STOP + FULL_EXCLAMATION + FULL_QUESTION;
/** Half-width marks that end a sentence in mixed text: ! ?. The half-width full stop is left out: it is a decimal point. */
export const SENTENCE_ENDS_HALF = '!?';
/** Every mark that ends a sentence. */
export const SENTENCE_ENDS = SENTENCE_ENDS_FULL + SENTENCE_ENDS_HALF;
/** The ellipsis mark; two of them (……) end a sentence. */
export const ELLIPSIS = '…';

/** Full-width marks that end a clause inside a sentence: ，；：. */
export const CLAUSE_MARKS_FULL = FULL_COMMA + FULL_SEMICOLON + FULL_COLON;
/** Half-width marks that end a clause: , ; :. */
export const CLAUSE_MARKS_HALF = HALF_COMMA + HALF_SEMICOLON + HALF_COLON;
/** Every mark that ends a clause inside a sentence (without the list comma, which separates items). */
export const CLAUSE_MARKS = CLAUSE_MARKS_FULL + CLAUSE_MARKS_HALF;

/** The enumeration comma, which separates the items of a list: 工业、农业. */
export const LIST_COMMA = '、';
/** The words that join the members of a named set (门诊和住院, 城镇、乡村及其他), longest first. */
export const MEMBER_JOINS: readonly string[] = ['以及', LIST_COMMA, '和', '及', '与'];
/** MEMBER_JOINS as a pattern, to split a run of names on them. */
export const MEMBER_JOIN_PATTERN = /以及|[、和及与]/u;

/** The line feed alone, for a scan that stops at it and not at \r. */
export const LINE_FEED = '\n';
/** Line breaks, which end a clause in tables and in text pasted from PDF. */
export const LINE_BREAKS = LINE_FEED + '\r';
/** The cell separator of a Markdown table row. */
export const TABLE_BAR = '|';

/** Round brackets that open an aside, full- and half-width. */
export const PAREN_OPENS = '（(';
/** Round brackets that close an aside, full- and half-width. */
export const PAREN_CLOSES = '）)';
/** 【】, the lenticular brackets of headings and labels. */
export const LENTICULAR_BRACKETS = '【】';
/** 《》, the marks around a title of a document or law. */
export const TITLE_MARKS = '《》';
/** Closing marks that stay with the sentence they close when they follow its end mark: 。” 。） 。》. */
export const CLOSING_MARKS = '”’）)」』》】';

/** Chinese double quotes, open and close. */
export const DOUBLE_QUOTES = '“”';

/** Marks between the two ends of a range: 3—5, 3～5, 3-5, 3至5. */
export const RANGE_DASHES = '—－-～~–';
/** The wave dash 〜 (U+301C) of Japanese input methods, which a check may take for a range dash too: 9〜16亿. */
export const WAVE_DASH = '〜';
/** Words that join the two ends of a range the way a dash does: 3至5, 3到5. */
export const RANGE_WORDS = '至到';

// ---------------------------------------------------------------------------
// Digits and Chinese numerals

/** The ASCII digits 0–9. */
export const ASCII_DIGITS = '0123456789';

/** The Chinese digits, 〇 and 零 for zero and 两 for two. */
export const CHINESE_DIGIT_CHARS = '零〇一二两三四五六七八九';
/** The multipliers: 十 百 千 multiply the digit before them, 万 亿 everything before them. */
export const CHINESE_NUMERAL_UNITS = '十百千万亿';
/** Every character of a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = CHINESE_DIGIT_CHARS + CHINESE_NUMERAL_UNITS;
/** The numerals of an ordinal marker (一、 （三） 第十): one to ten, without 两, which counts but never numbers. */
export const ORDINAL_NUMERAL_CHARS = '一二三四五六七八九十';
/** The numerals that count a few things (三个, 两项, 十大, “四个意识”): one to ten, without zero or the larger units. */
export const COUNT_NUMERAL_CHARS = '一二两三四五六七八九十';

export function isChineseNumeralChar(ch: string): boolean {
  return ch.length === 1 && CHINESE_NUMERAL_CHARS.includes(ch);
}

const CHINESE_NUMERAL_CODES = codeSet(CHINESE_NUMERAL_CHARS);

/** isChineseNumeralChar for a code unit, for scans that must not allocate. */
export function isChineseNumeralCode(code: number): boolean {
  return CHINESE_NUMERAL_CODES.has(code);
}

/** Code units of the Chinese digits and their values (两 is 2, 〇 is 0), in the order of CHINESE_DIGIT_CHARS. */
const DIGIT_CODES = [...CHINESE_DIGIT_CHARS].map((ch) => ch.charCodeAt(0));
const DIGIT_VALUES = [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9];
const UNIT_CODES = [...CHINESE_NUMERAL_UNITS].map((ch) => ch.charCodeAt(0));
const UNIT_VALUES = [10, 100, 1000, 1e4, 1e8];

/**
 * Parses a Chinese numeral such as 三, 十二, 二十一, 一百零五, 三千五百万, 两万:
 * the one reader of Chinese numerals in core. Digit strings without units
 * (二〇二二) are read digit by digit. Returns null when the token is not a
 * well-formed numeral. Reads code units: figures and markers call it for every
 * numeral in a report.
 */
export function parseChineseNumeral(token: string): number | null {
  if (token.length === 0 || token.length > 24) return null;
  let hasUnit = false;
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    if (UNIT_CODES.includes(code)) hasUnit = true;
    else if (!DIGIT_CODES.includes(code)) return null;
  }
  if (!hasUnit) {
    // 二〇二二 → 2022; 三 → 3.
    let value = 0;
    for (let k = 0; k < token.length; k++) value = value * 10 + DIGIT_VALUES[DIGIT_CODES.indexOf(token.charCodeAt(k))]!;
    return value;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    const d = DIGIT_CODES.indexOf(code);
    if (d >= 0) {
      digit = DIGIT_VALUES[d]!;
      continue;
    }
    const unit = UNIT_VALUES[UNIT_CODES.indexOf(code)]!;
    if (unit < 1e4) {
      section += (digit ?? 1) * unit;
    } else {
      total = (total + section + (digit ?? 0)) * unit;
      section = 0;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

// ---------------------------------------------------------------------------
// Change words

const figureWords = wordsFile as FigureWordsFile;

/**
 * Which way each verb or noun of a change points. The words come from
 * figure-words.json `changeWords` (which the parser reads too), so a word added
 * there reaches the change checks; this table only gives its direction, and a
 * test fails when a change word has none and is not a comparison.
 */
const INCREASING = ['增长', '增加', '提高', '上涨', '增速', '增幅', '扩大', '净增', '新增加', '多出', '增收'];
const DECREASING = ['下降', '减少', '降低', '下跌', '回落', '降幅', '缩小', '减收'];
/** Change words that say what is compared, not which way: 比上年, 同比. */
export const COMPARISON_WORDS: readonly string[] = ['比上年', '比去年', '比上年末', '同比', '环比'];

/** The change words of figure-words.json that say an increase: 增长, 上涨, 增幅. */
export const INCREASE_WORDS: readonly string[] = figureWords.changeWords.filter((word) => INCREASING.includes(word));
/** The change words of figure-words.json that say a decrease: 下降, 下跌, 降幅. */
export const DECREASE_WORDS: readonly string[] = figureWords.changeWords.filter((word) => DECREASING.includes(word));

/** Change words of figure-words.json with neither a direction nor a comparison: a test keeps this empty. */
export function undirectedChangeWords(): string[] {
  return figureWords.changeWords.filter((word) => !INCREASING.includes(word) && !DECREASING.includes(word) && !COMPARISON_WORDS.includes(word));
}

/**
 * Verbs that open a clause of a work report and govern what follows (全面落实耕地
 * 地力保护、农机购置…四项补贴; 加快推进城市更新). jieba's tagger misreads some of
 * them in that place (落实 as an adjective after 全面), so a reader that must
 * find where the governed list begins checks this list beside the tags.
 */
export const GOVERNING_VERBS: ReadonlySet<string> = new Set([
  '落实', '推进', '推动', '加强', '强化', '实施', '开展', '完善', '深化', '做好', '抓好', '建立', '健全',
  '提高', '提升', '加快', '扩大', '优化', '保障', '发放', '兑现', '执行', '贯彻', '组织', '统筹',
]);

/**
 * Verbs that stand between a figure's name and the figure (一般公共预算收入完成18.62亿元,
 * 收入安排19.4亿元, 总投资达到3亿元): the name is what comes before them.
 */
export const FIGURE_VERBS: readonly string[] = ['完成', '实现', '达到', '达', '为', '安排', '预计', '预期', '共计', '累计', '合计', '总计', '共'];

/** The administrative levels whose governments keep a budget of their own, highest first. */
const ADMINISTRATIVE_LEVELS = '省市州盟县区旗镇乡';

/** Names of the levels an award, a listing or a protected site is granted at: 国家级…，省级…，市级…. */
export const GRANTING_LEVELS: readonly string[] = ['世界级', '国际级', '国家级', '省级', '自治区级', '市级', '州级', '地级', '县级', '区级', '乡级', '镇级', '村级'];

/**
 * Words that name whose figures a statement gives: a whole area (全市) or one level's
 * own government (市本级, 市级), and 中央 beside 地方. A budget report states each
 * thing for 全市 and again for 市本级 in the same words; the two are statements
 * about two budgets, not one said twice.
 */
export const GOVERNMENT_LEVEL_WORDS: readonly string[] = [
  ...[...ADMINISTRATIVE_LEVELS].flatMap((level) => [`全${level}`, `${level}本级`, `${level}级`]),
  '本级',
  '中央',
  '地方',
].sort((a, b) => b.length - a.length);

/**
 * One-character function words (particles, prepositions, conjunctions, adverbs)
 * that are never doubled on purpose in written Chinese: 的的, 在在, 和和 are slips.
 * repeated-word reports two adjacent copies of one of them as the segmenter cuts
 * them (不了了之, 的的确确, 是是非非 are one word there, so they never pair).
 */
export const UNDOUBLED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  '的', '地', '得', '了', '在', '和', '与', '及', '对', '把', '被', '向', '从', '为',
  '将', '是', '也', '都', '就', '而', '并', '或', '以', '于', '按', '由', '给',
]);

/**
 * jieba's tags of two-character words that are never doubled on purpose (ABAB):
 * adverbs (不断不断), conjunctions (并且并且), prepositions (根据根据), pronouns
 * (我们我们), adverbial adjectives, time and place words, particles. Verbs
 * (研究研究, 讨论讨论) are left out, and so are nouns and adjectives, which the
 * tagger gives to verbs used as ABAB (商量商量, 交流交流, 热闹热闹).
 */
export const UNDOUBLED_TWO_CHARACTER_TAGS: ReadonlySet<string> = new Set(['d', 'c', 'p', 'r', 'ad', 't', 'f', 'u']);

/**
 * jieba's tags of words that are doubled on purpose at any length: numerals and
 * measures (一步一步, 一年一年), onomatopoeia and interjections (哈哈哈哈),
 * state adjectives (雪白雪白), and what is no word (x, eng).
 */
export const DOUBLED_ON_PURPOSE_TAGS: ReadonlySet<string> = new Set(['m', 'mq', 'q', 'o', 'e', 'y', 'z', 'x', 'eng']);
