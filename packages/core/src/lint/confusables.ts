/**
 * The confusables dictionary and its matcher. Entries are data
 * (src/data/confusables.json, validated by schemas/confusables.schema.json);
 * users add their own under `confusables` in the config.
 *
 * Matching is an indexOf loop per entry with fixed-string context checks, so it
 * stays linear in the text and cannot backtrack.
 */
import type { ConfusableEntry } from '../model/config.js';
import dictionary from '../data/confusables.json' with { type: 'json' };
import { isArabicDigit, isChineseNumeral, isPlaceholderChar, indexesOf, startsWithAny, endsWithAny } from './chinese-text.js';
import { codeSet } from '../text/char-codes.js';
import { CLAUSE_MARKS, DOUBLE_QUOTES, LINE_FEED, LIST_COMMA, PAREN_CLOSES, PAREN_OPENS, SENTENCE_ENDS } from '../text/lexicon.js';

/** The built-in dictionary (src/data/confusables.json, validated by schemas/confusables.schema.json). */
export const builtinConfusables: readonly ConfusableEntry[] = dictionary.entries as ConfusableEntry[];

/** Words that are themselves a point in time (截至目前, 截至今年). */
const TIME_WORDS = [
  '目前', '当前', '现在', '此时', '今年', '去年', '前年', '上年', '本年', '当年', '今日', '今天', '昨日', '昨天', '日前',
  '本月', '上月', '当月', '本周', '上周', '年底', '年末', '年初', '月底', '月末', '上半年', '下半年', '本季度', '上季度',
  '第一季度', '第二季度', '第三季度', '第四季度', '一季度', '二季度', '三季度', '四季度', '发稿时',
];
/** What may follow a number to make it a time: 2022年, *月, 6月底, 12时. */
const TIME_UNITS = '年月日号时点';
/** A number before a time unit is at most this long (二〇二二, 2022, 12). */
const MAX_TIME_NUMBER = 8;

/** True when a point in time starts at `at`: a time word, or a number (or placeholder) before 年/月/日/时. */
export function isTimePointAt(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ' ') i++;
  if (startsWithAny(text, i, TIME_WORDS)) return true;
  const numberStart = i;
  while (i - numberStart < MAX_TIME_NUMBER && (isArabicDigit(text[i]) || isChineseNumeral(text[i]) || isPlaceholderChar(text[i]))) i++;
  return i > numberStart && TIME_UNITS.includes(text[i] ?? '\u0000');
}

export interface ConfusableHit {
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  entry: ConfusableEntry;
}

/**
 * What ends a clause: a followedBy word beyond one belongs to another clause.
 * Clause and sentence marks, 、, brackets, quotes, the half-width stop and a new line.
 */
const CLAUSE_BREAK_CODES = codeSet(CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA + '.' + PAREN_OPENS + PAREN_CLOSES + DOUBLE_QUOTES + LINE_FEED);

/**
 * The entry's followedBy word right after the slip or, with followedWithin, a few
 * characters on in the same clause (做出了重要贡献); 的 right behind the slip makes
 * it a modifier (做出的产品), whose noun is not its object.
 */
function followedByAt(entry: ConfusableEntry, text: string, end: number): { next: string; at: number } | null {
  const within = entry.followedWithin ?? 0;
  for (let at = end; at <= end + within && at < text.length; at++) {
    if (at > end && (CLAUSE_BREAK_CODES.has(text.charCodeAt(at - 1)) || text[end] === '的')) return null;
    const next = startsWithAny(text, at, entry.followedBy!);
    if (next) return { next, at };
  }
  return null;
}

/** True when the entry's context conditions hold for an occurrence at [start, end). */
export function entryApplies(entry: ConfusableEntry, text: string, start: number, end: number): boolean {
  if (entry.followedBy) {
    const found = followedByAt(entry, text, end);
    if (!found) return false;
    const { next, at } = found;
    // The followedBy word closing the text reads as a noun (工作得到积极的推进), like one before a listed word.
    const after = at + next.length;
    if (entry.thenNotFollowedBy && (after >= text.length || startsWithAny(text, after, entry.thenNotFollowedBy))) return false;
  }
  if (entry.notFollowedBy && startsWithAny(text, end, entry.notFollowedBy)) return false;
  if (entry.precededBy && !endsWithAny(text, start, entry.precededBy)) return false;
  if (entry.notPrecededBy && endsWithAny(text, start, entry.notPrecededBy)) return false;
  if (entry.followedByTime && !isTimePointAt(text, end)) return false;
  return true;
}

/**
 * Every slip in `text`. Where entries overlap (截止到 and 截止), the first match
 * at a position wins and the longer entry is tried first.
 */
export function findConfusables(text: string, entries: readonly ConfusableEntry[]): ConfusableHit[] {
  const hits: ConfusableHit[] = [];
  const taken: Array<[number, number]> = [];
  for (const entry of longestFirst(entries)) {
    for (const start of indexesOf(text, entry.wrong)) {
      const end = start + entry.wrong.length;
      if (!entryApplies(entry, text, start, end)) continue;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      hits.push({ start, end, entry });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Entries sorted longest first, once per dictionary array: the confusable rule calls findConfusables once per sentence. */
const sortedDictionaries = new WeakMap<readonly ConfusableEntry[], readonly ConfusableEntry[]>();

function longestFirst(entries: readonly ConfusableEntry[]): readonly ConfusableEntry[] {
  let ordered = sortedDictionaries.get(entries);
  if (!ordered) {
    ordered = [...entries].sort((a, b) => b.wrong.length - a.wrong.length);
    sortedDictionaries.set(entries, ordered);
  }
  return ordered;
}
