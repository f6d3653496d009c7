/**
 * What a figure counts and the role it plays, read from the short clause
 * before it (and, when that clause names nothing, the few words after its
 * measure word: 走访慰问*名困难党员). Only these short spans are segmented:
 * nodejieba never sees a whole paragraph.
 */
import type { Metric, MetricRole, ReportOutline } from '../model/outline.js';
import { jiebaSegmenter, registerSegmenterMemo, type Segmenter, type TaggedWord } from '../segment/segmenter.js';
import { BoundedMemo } from '../segment/bounded-memo.js';
import { figureWords, OTHER_WORDS, SCOPE_WORDS } from './figure-words.js';
import { codeSet, isHan, type CodeSet } from '../text/char-codes.js';
import { CLAUSE_MARKS, LENTICULAR_BRACKETS, LINE_BREAKS, LIST_COMMA, PAREN_CLOSES, PAREN_OPENS, SENTENCE_ENDS, TABLE_BAR, TITLE_MARKS } from '../text/lexicon.js';

/** Characters that end a clause. Quotes do not: “两新”党组织 is one clause. */
const CLAUSE_BREAKS = codeSet(CLAUSE_MARKS + SENTENCE_ENDS + LINE_BREAKS + PAREN_OPENS + PAREN_CLOSES + LIST_COMMA + TABLE_BAR + LENTICULAR_BRACKETS + TITLE_MARKS);
/** A clause longer than this is cut: its subject is near the figure anyway. */
export const MAX_CLAUSE = 40;
const MAX_AFTER = 12;
const MAX_SUBJECT_WORDS = 4;

/** What a figure's clause says before the figure (其中一般性转移支付 for 13.65亿元), and where that starts. */
export function clauseBeforeFigure(outline: ReportOutline, text: string, figure: Metric): { text: string; start: number } {
  const sentenceStart = outline.sentences[figure.sentence]!.range.start.offset;
  const start = clauseStart(text, figure.range.start.offset, sentenceStart);
  return { text: text.slice(start, figure.range.start.offset), start };
}

/** Start of the clause that ends at `at`, never before `floor`. */
export function clauseStart(text: string, at: number, floor: number): number {
  const limit = Math.max(floor, at - MAX_CLAUSE);
  let i = at;
  while (i > limit && !CLAUSE_BREAKS.has(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End of the span after a figure in which its noun may stand (*名困难党员，). */
export function clauseEnd(text: string, at: number, ceiling: number): number {
  const limit = Math.min(ceiling, at + MAX_AFTER);
  let i = at;
  while (i < limit && !CLAUSE_BREAKS.has(text.charCodeAt(i))) i++;
  return i;
}

/** Words that link a subject to its figure and are not part of it: 达, 为, 共计. */
const LINK_WORDS = new Set([
  '达', '达到', '为', '是', '有', '了', '共', '共计', '合计', '总计', '累计', '总共', '一共', '共有', '约', '近', '超过', '逾', '不到', '不足',
  '大约', '将近', '分别', '分别为', '分别是', '计', '的', '总数', '数', '至', '到', '已', '均', '等', '各',
]);
const TOTAL_WORDS = new Set(figureWords.totalWords);
const PART_WORDS = new Set(figureWords.partWords);
const CHANGE_WORDS = new Set(figureWords.changeWords);
const CHANGE_PHRASES = ['比上年', '比去年', '比年初', '比上月', '比上季', '较上年', '较去年', '同比', '环比'];
const SHARE_WORDS = figureWords.shareWords;

const SCOPE_OR_OTHER = new Set([...SCOPE_WORDS, ...OTHER_WORDS]);

function isPunctuation(word: string): boolean {
  // Nearly every word starts with a Han character, which is neither punctuation, symbol nor space.
  if (isHan(word.charCodeAt(0))) return false;
  return /^[\p{P}\p{S}\s]+$/u.test(word);
}

function isNounLike(w: TaggedWord): boolean {
  if (isPunctuation(w.word) || LINK_WORDS.has(w.word)) return false;
  if (SCOPE_OR_OTHER.has(w.word)) return false;
  const tag = w.tag;
  if (tag === 'x' || tag === 'eng') return /^[\u4e00-\u9fff]+$/u.test(w.word);
  return tag.startsWith('n') || tag === 'vn' || tag === 'l' || tag === 'j' || tag === 'an' || tag === 'b' || tag === 'i';
}

/** The noun phrase that ends the word list: 塑料/加工/经营户 → 经营户 (a verbal noun inside breaks it). */
function trailingNounPhrase(words: readonly TaggedWord[]): string {
  let end = words.length;
  while (end > 0 && (LINK_WORDS.has(words[end - 1]!.word) || isPunctuation(words[end - 1]!.word))) end--;
  let start = end;
  while (start > 0 && end - start < MAX_SUBJECT_WORDS) {
    const w = words[start - 1]!;
    if (!isNounLike(w)) break;
    if (w.tag === 'vn' && start < end) break;
    start--;
  }
  return joinWords(words, start, end);
}

function joinWords(words: readonly TaggedWord[], start: number, end: number): string {
  let phrase = '';
  for (let k = start; k < end; k++) phrase += words[k]!.word;
  return phrase;
}

/** A verb-final subject when nothing else names it: 拆违*处, 其他个人信访*人. */
function verbFinalPhrase(words: readonly TaggedWord[]): string {
  let end = words.length;
  while (end > 0 && (LINK_WORDS.has(words[end - 1]!.word) || isPunctuation(words[end - 1]!.word))) end--;
  if (end === 0) return '';
  const last = words[end - 1]!;
  if (TOTAL_WORDS.has(last.word) || PART_WORDS.has(last.word) || CHANGE_WORDS.has(last.word) || !/^[\u4e00-\u9fff]+$/u.test(last.word)) return '';
  return trailingNounPhrase(words.slice(0, end - 1)) + last.word;
}

function leadingNounPhrase(words: readonly TaggedWord[]): string {
  let end = 0;
  while (end < words.length && end < MAX_SUBJECT_WORDS && isNounLike(words[end]!)) end++;
  return joinWords(words, 0, end);
}

export interface FigureReading {
  subject: string | null;
  /** Offsets of the subject in the source, when found in one piece. */
  subjectStart: number;
  role: MetricRole;
  roleWord: string | null;
}

/** The text around one figure that its reading needs. */
export interface FigureClause {
  /** The clause before the figure (approximation words removed) and its offset. */
  before: string;
  beforeStart: number;
  /** The short span after the figure's unit and its offset. */
  after: string;
  afterStart: number;
  percent: boolean;
  hasMeasure: boolean;
}

type RoleReading = { role: MetricRole; roleWord: string | null };

/**
 * What the clause before a figure says, whatever the figure: the noun phrase
 * that ends it, the verb-final phrase to fall back on, and the role its
 * words give a figure and a percentage. Offsets are within the clause.
 */
interface ClauseReading {
  noun: string;
  nounAt: number;
  /** Only read when the clause ends in no noun. */
  verbFinal: string;
  verbFinalAt: number;
  roles: RoleFacts;
}

function readClause(clause: string, words: readonly TaggedWord[]): ClauseReading {
  const noun = trailingNounPhrase(words);
  const verbFinal = noun ? '' : verbFinalPhrase(words);
  return {
    noun,
    nounAt: noun ? clause.lastIndexOf(noun) : -1,
    verbFinal,
    verbFinalAt: verbFinal ? clause.lastIndexOf(verbFinal) : -1,
    roles: roleFactsOf(words, clause),
  };
}

/**
 * Room for every clause of a 1 MB report even when none repeats (the bench's
 * 1 MB input has 23,000 figures, 1,600 distinct clauses before them); a
 * report has ~300.
 */
const READINGS_KEPT = 40_000;

/**
 * Readings of the process-wide segmenter's clauses, by clause text. A hit
 * skips nodejieba and the word scans; the reading is a few objects where the
 * tagged words were a dozen, and everything kept here outlives a parse,
 * which the garbage collector pays for. Emptied by clearSegmenterMemo.
 */
const clauseReadings = new BoundedMemo<ClauseReading>(READINGS_KEPT, MAX_CLAUSE);
registerSegmenterMemo(clauseReadings);

/**
 * Tags every text, one call after another with nothing in between. jieba's
 * dictionary is a trie of hash maps far bigger than the CPU caches; between
 * two figures the parser's own work pushes it out of them, and a call then
 * costs 2–3 times what it does in a run of calls (measured on the seed:
 * ~9 µs against ~3.6 µs a clause). A segmenter that throws must not take
 * the parse down: its texts get no words.
 */
function tagInOneRun(segmenter: Segmenter, texts: readonly string[]): TaggedWord[][] {
  const answers: TaggedWord[][] = [];
  for (const text of texts) {
    let words: TaggedWord[] = [];
    try {
      words = text.length > 0 ? segmenter.tag(text) : [];
    } catch {
      words = [];
    }
    answers.push(words);
  }
  return answers;
}

/**
 * The reading of each clause. jiebaSegmenter's readings are remembered, and
 * a clause that repeats within the batch is tagged once; another segmenter
 * may cut differently and is asked for every clause.
 */
function readClauses(segmenter: Segmenter, clauses: readonly string[]): ClauseReading[] {
  const remember = segmenter === jiebaSegmenter;
  const readings = new Array<ClauseReading>(clauses.length);
  // Clauses to tag, each with the figures that share it.
  const groups: number[][] = [];
  const groupOf = new Map<string, number[]>();
  clauses.forEach((clause, k) => {
    const known = remember ? clauseReadings.peek(clause) : undefined;
    if (known) {
      readings[k] = known;
      return;
    }
    const group = remember ? groupOf.get(clause) : undefined;
    if (group) {
      group.push(k);
      return;
    }
    const fresh = [k];
    groups.push(fresh);
    if (remember) groupOf.set(clause, fresh);
  });
  const words = tagInOneRun(
    segmenter,
    groups.map((group) => clauses[group[0]!]!),
  );
  groups.forEach((group, j) => {
    const clause = clauses[group[0]!]!;
    const reading = readClause(clause, words[j]!);
    if (remember) clauseReadings.put(clause, reading);
    for (const k of group) readings[k] = reading;
  });
  return readings;
}

/**
 * Reads subject and role of every figure: first what each clause before a
 * figure says, then, for figures whose clause names no noun, the short span
 * after their measure word (走访慰问*名困难党员). Each step sends its texts to
 * the segmenter in one run (see tagInOneRun).
 */
export function readFigures(segmenter: Segmenter, figures: readonly FigureClause[]): FigureReading[] {
  const clauses = readClauses(segmenter, figures.map((f) => f.before));
  const needAfter: number[] = [];
  figures.forEach((f, k) => {
    if (!clauses[k]!.noun && f.hasMeasure && f.after.length > 0) needAfter.push(k);
  });
  const afterWords = tagInOneRun(
    segmenter,
    needAfter.map((k) => figures[k]!.after),
  );
  const afterNouns = new Map<number, string>();
  needAfter.forEach((k, j) => afterNouns.set(k, leadingNounPhrase(afterWords[j]!)));
  return figures.map((f, k) => readingOf(f, clauses[k]!, afterNouns.get(k) ?? ''));
}

function readingOf(f: FigureClause, clause: ClauseReading, afterNoun: string): FigureReading {
  const role = roleFor(clause.roles, f.percent);
  if (clause.noun) return reading(clause.noun, clause.nounAt >= 0 ? f.beforeStart + clause.nounAt : -1, role);
  if (afterNoun) return reading(afterNoun, f.after.startsWith(afterNoun) ? f.afterStart : -1, role);
  if (clause.verbFinal) return reading(clause.verbFinal, clause.verbFinalAt >= 0 ? f.beforeStart + clause.verbFinalAt : -1, role);
  return reading(null, -1, role);
}

function reading(subject: string | null, subjectStart: number, role: RoleReading): FigureReading {
  return { subject, subjectStart, role: role.role, roleWord: role.roleWord };
}

/** The last characters of SHARE_WORDS (率, 比, 重…): a clause without any of them holds none. */
const SHARE_WORD_ENDS = codeSet(SHARE_WORDS.map((word) => word[word.length - 1]!));
/** The first characters of CHANGE_PHRASES: a clause without any of them holds none. */
const CHANGE_PHRASE_STARTS = codeSet(CHANGE_PHRASES.map((phrase) => phrase[0]!));

function hasCodeFrom(text: string, codes: CodeSet): boolean {
  for (let k = 0; k < text.length; k++) if (codes.has(text.charCodeAt(k))) return true;
  return false;
}

/** The role words of a clause; which role a figure gets also depends on whether it is a percentage. */
interface RoleFacts {
  /** A change phrase (比上年) or the last change word (增长). */
  change: RoleReading | null;
  /** The first share word the clause holds (占比, 覆盖率), in list order. */
  shareWord: string | null;
  hasZhan: boolean;
  endsWithRate: boolean;
  /** The last part or total word (其中, 共计). */
  partOrTotal: RoleReading | null;
  /** A rate that may pass 100%: 完成率, 毛入学率, 升初中入学率, or one taken of a plan (完成预算的). */
  unboundedRate: string | null;
}

/** 小学升初中入学率: a transition rate written out (升学率 split by the level entered). */
const TRANSITION_RATE = /升[\u4e00-\u9fff]{1,3}入学率/;

/** The word that makes a percentage a rate free to pass 100%, or null. */
function unboundedRateIn(clause: string): string | null {
  const rate = figureWords.unboundedRates.find((w) => clause.includes(w)) ?? TRANSITION_RATE.exec(clause)?.[0];
  if (rate) return rate;
  // 完成预算的112.6%, 占年度预算的131.0%: a percentage of a plan is a completion rate.
  return figureWords.planWords.find((w) => clause.includes(`${w}的`) || clause.endsWith(w)) ?? null;
}

function roleFactsOf(words: readonly TaggedWord[], clause: string): RoleFacts {
  let change: RoleReading | null = null;
  if (hasCodeFrom(clause, CHANGE_PHRASE_STARTS)) {
    for (const phrase of CHANGE_PHRASES) {
      if (clause.includes(phrase)) {
        change = { role: 'change', roleWord: phrase };
        break;
      }
    }
  }
  let partOrTotal: RoleReading | null = null;
  for (let k = words.length - 1; k >= 0 && (change === null || partOrTotal === null); k--) {
    const word = words[k]!.word;
    if (change === null && CHANGE_WORDS.has(word)) change = { role: 'change', roleWord: word };
    if (partOrTotal === null) {
      if (PART_WORDS.has(word)) partOrTotal = { role: 'part', roleWord: word };
      else if (TOTAL_WORDS.has(word)) partOrTotal = { role: 'total', roleWord: word };
    }
  }
  let shareWord: string | null = null;
  if (hasCodeFrom(clause, SHARE_WORD_ENDS)) {
    for (const word of SHARE_WORDS) {
      if (clause.includes(word)) {
        shareWord = word;
        break;
      }
    }
  }
  return { change, shareWord, hasZhan: clause.includes('占'), endsWithRate: clause.endsWith('率'), partOrTotal, unboundedRate: unboundedRateIn(clause) };
}

/** Change first; then, for a percentage or a clause with 占, a share; then part or total. */
function roleFor(facts: RoleFacts, percent: boolean): RoleReading {
  if (facts.change) return facts.change;
  if (percent && facts.unboundedRate) return { role: 'rate', roleWord: facts.unboundedRate };
  if (percent || facts.hasZhan) {
    if (facts.shareWord) return { role: 'share', roleWord: facts.shareWord };
    if (facts.hasZhan && percent) return { role: 'share', roleWord: '占' };
    if (percent && facts.endsWithRate) return { role: 'share', roleWord: '率' };
  }
  return facts.partOrTotal ?? PLAIN;
}

const PLAIN: RoleReading = { role: 'plain', roleWord: null };
