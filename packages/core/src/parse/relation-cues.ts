/**
 * The words that open a list of parts, found in each sentence's own text:
 *
 *   cue       — 其中, 分别, 包含 or 含 opening a bracket (（包含挂车0.48万辆）), 含 or 包括 after a
 *               figure's comma (医院129个，含公立医院39个、民营医院90个), and a bare bracket after a
 *               figure that lists its parts (债务余额…（一般债务…，专项债务…）);
 *   breakdown — a classification of a total stated before it, opening a
 *               clause: 按经营地分，/ 按城乡划分，/ 分产业看，/ 从构成看，;
 *   within    — the parts of a figure named before: 专任教师中，小学教师…,
 *               在医院中有公立医院…
 *
 * A cue inside brackets details the figure before the bracket: its parts end
 * where the bracket closes.
 */
import type { RelationForm, Sentence } from '../model/outline.js';
import { codeSet } from '../text/char-codes.js';
import { CLAUSE_MARKS, FULL_COLON, FULL_STOP, HALF_COLON, PAREN_CLOSES, PAREN_OPENS } from '../text/lexicon.js';

export interface Cue {
  word: string;
  form: RelationForm;
  start: number;
  end: number;
  sentence: Sentence;
  /** Parts are read up to here: the next cue that opens a list of its own, or the paragraph's end. */
  stopAt: number;
  /** For a cue inside brackets, where the bracket closes (the sentence's end when it never does); otherwise null. */
  closeAt: number | null;
  /**
   * For a list of main items (主要是…), where it ends; the list it may stand in goes on after it, so it
   * stops no other cue's parts. Otherwise absent.
   */
  listEnd?: number;
  /** For `within`: the name of the figure whose parts follow (专任教师). */
  whole: string | null;
}

const WORD_CUES = ['其中', '分别', '包含', '含'];
/** 含 and 包括 after a comma: the parts of the figure before it (…129个，含公立医院39个、民营医院90个). */
export const DETAIL_WORDS = ['含', '包括'];
const FULL_COMMA = 0xff0c;
/** 包含 and 含 open parts only where they open a bracket (（包含挂车0.48万辆）, （含技工学校10所）). */
const BRACKET_OPENS = codeSet(PAREN_OPENS);
const BRACKET_ONLY_CUES = new Set(['包含', '含']);
/**
 * A bracket right after a figure that lists figures of its kind details it
 * (债务余额9,457,590万元（一般债务2,289,795万元，专项债务7,167,795万元）); its cue is the bracket as written.
 */
export const isBracketCue = (word: string): boolean => word.length === 1 && BRACKET_OPENS.has(word.charCodeAt(0));
/**
 * Brackets that open with these say something else (（不含幼儿园）, （扣除…后）, （下同）) or
 * hold a cue of their own (（其中…）, （含…）): no bare-bracket list.
 */
const NOT_A_BRACKET_LIST = ['其中', '分别', '包含', '含', '包括', '不含', '不包括', '扣除', '剔除', '除', '下同', '以下', '详见', '见'];
/** What may stand before a breakdown or `within` cue: it opens a clause. */
const CLAUSE_OPENS = codeSet(CLAUSE_MARKS + FULL_STOP + PAREN_CLOSES);

/**
 * 主要是, 主要包括, 主要收入项目为： opening a clause: the main items of the figure before it, so a
 * list that need not be complete. Only these forms: 主要农产品产量为… opens a statement of its own.
 */
const MAIN_ITEMS = /主要(?:(?:收入|支出|资金)?项目)?(?:是|有|包括|用于|为)[：:]?/uy;

/** 按经营地分， 按城乡划分， 分产业看， 从构成看：(a few Han characters name the classification). */
const BREAKDOWN = /(?:按|分|从)[\u4e00-\u9fff]{1,8}?(?:划分|来看|分|看)(?=[，：,:])/uy;
/** 专任教师中， 在医院中有… (the name is checked against the figures before it). */
const WITHIN = /(?:在)?([\u4e00-\u9fff]{2,12}?)中(?:有|(?=[，：,:]))/uy;

/** Every cue of a paragraph's sentences, in text order. */
export function findCues(sentences: readonly Sentence[]): Cue[] {
  const cues: Cue[] = [];
  for (const sentence of sentences) {
    const base = sentence.range.start.offset;
    const text = sentence.text;
    const add = (word: string, form: RelationForm, at: number, whole: string | null = null) => {
      const close = closingBracket(text, at);
      cues.push({ word, form, start: base + at, end: base + at + word.length, sentence, stopAt: 0, closeAt: close === null ? null : base + close, whole });
    };
    for (const word of WORD_CUES) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        if (BRACKET_ONLY_CUES.has(word) && !BRACKET_OPENS.has(text.charCodeAt(at - 1))) continue;
        add(word, 'cue', at);
      }
    }
    // 医院129个，含公立医院39个、民营医院90个；: a 含 or 包括 right after a figure's comma details that
    // figure, as a bracket would, up to the end of its clause group (the next ；, or the sentence's end).
    for (const word of DETAIL_WORDS) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        if (text.charCodeAt(at - 1) !== FULL_COMMA) continue;
        // 包括：A…；B…: after a colon the ；joins the items, the list runs to the sentence's end.
        const groupEnd = text.startsWith('：', at + word.length) ? -1 : text.indexOf('；', at);
        cues.push({ word, form: 'cue', start: base + at, end: base + at + word.length, sentence, stopAt: 0, closeAt: base + (groupEnd < 0 ? text.length : groupEnd), whole: null });
      }
    }
    // 调入资金91,898万元（从政府性基金预算调入57,355万元，…，其他调入31,631万元）: whether a figure
    // stands right before the bracket, and whether it holds two parts or more, relations.ts decides.
    for (let at = 0; at < text.length; at++) {
      if (!BRACKET_OPENS.has(text.charCodeAt(at)) || at === 0) continue;
      if (NOT_A_BRACKET_LIST.some((w) => text.startsWith(w, at + 1))) continue;
      const close = closingBracket(text, at + 1)!;
      cues.push({ word: text[at]!, form: 'cue', start: base + at, end: base + at + 1, sentence, stopAt: 0, closeAt: base + close, whole: null });
    }
    const opens = clauseOpenings(text);
    for (const at of opens) {
      const match = matchAt(BREAKDOWN, text, at);
      if (match) add(match[0], 'breakdown', at);
    }
    // 12亿元，主要是A 2.8亿元、B 2.8亿元…等，县区25.3亿元: the main items run to the clause's end (they are
    // joined by 、), or after a colon to the sentence's end; the list they stand in goes on after them.
    for (const at of opens) {
      const match = matchAt(MAIN_ITEMS, text, at);
      if (!match) continue;
      const after = at + match[0].length;
      const colon = COLONS.has(text.charCodeAt(after - 1));
      const clauseEnd = colon ? -1 : nextClauseMark(text, after);
      cues.push({ word: match[0], form: 'cue', start: base + at, end: base + after, sentence, stopAt: 0, closeAt: null, listEnd: base + (clauseEnd < 0 ? text.length : clauseEnd), whole: null });
    }
    for (const at of opens) {
      const match = matchAt(WITHIN, text, at);
      if (!match) continue;
      const after = at + match[0].length;
      // 在医院中，其中，公立医院…: the 其中 reads it.
      if (/^[，：,:]?其中/u.test(text.slice(after, after + 3))) continue;
      add(match[0], 'within', at, match[1]!);
    }
  }
  cues.sort((a, b) => a.start - b.start);
  setStops(cues, sentences.at(-1)!.range.end.offset);
  return cues;
}

/** The colons a list may be announced with (其中：, 包括：, 主要收入项目为：). */
export const COLONS = codeSet(FULL_COLON + HALF_COLON);
/** What ends a clause of 、-joined items. */
const ITEM_CLAUSE_ENDS = codeSet(CLAUSE_MARKS);

/** Where the clause that goes on at `from` ends (its next clause mark), or -1 at the sentence's end. */
function nextClauseMark(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (ITEM_CLAUSE_ENDS.has(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Where a clause opens in a sentence: its start and after each clause mark. Breakdown and `within`
 * cues only count there, so they are tried only there, anchored, rather than searched for at every
 * character. No match can span a clause mark (each is Han characters only), so a match found
 * elsewhere could never have hidden one found here: the cues are those a full search would keep.
 */
function clauseOpenings(text: string): number[] {
  const opens = [0];
  for (let i = 1; i < text.length; i++) if (CLAUSE_OPENS.has(text.charCodeAt(i - 1))) opens.push(i);
  return opens;
}

/** The match of sticky `pattern` starting exactly at `at`, or null. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * Where each cue's parts stop: at the next cue that opens a list of its own
 * (a 其中, a breakdown or a `within`, outside brackets), or the paragraph's
 * end; a cue in brackets stops where its bracket closes.
 */
function setStops(cues: Cue[], paragraphEnd: number): void {
  let stopAt = paragraphEnd;
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    cue.stopAt = cue.closeAt ?? cue.listEnd ?? stopAt;
    if (cue.closeAt === null && cue.listEnd === undefined && cue.word !== '分别') stopAt = cue.start;
  }
}

/**
 * The brackets these scans count, as code units: comparing text[i] with '（' would make a
 * one-character string of every Han character scanned, garbage on long texts.
 */
const OPEN = 0xff08; // （
const CLOSE = 0xff09; // ）
const ASCII_OPEN = 0x28; // (
const ASCII_CLOSE = 0x29; // )

/** Where the bracket around text[at] closes (the text's end when it never does), or null when `at` is in no bracket. */
function closingBracket(text: string, at: number): number | null {
  if (bracketDepth(text, 0, at, 0) === 0) return null;
  let depth = 1;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN || code === ASCII_OPEN) depth++;
    else if ((code === CLOSE || code === ASCII_CLOSE) && --depth === 0) return i;
  }
  return text.length;
}

/** The bracket depth at `to`, starting from `depth` at `from`. */
export function bracketDepth(text: string, from: number, to: number, depth: number): number {
  let d = depth;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN || code === ASCII_OPEN) d++;
    else if ((code === CLOSE || code === ASCII_CLOSE) && d > 0) d--;
  }
  return d;
}

/** A bracket opened before `from` closes before `to`. */
export function closesBracket(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN || code === ASCII_OPEN) depth++;
    else if (code === CLOSE || code === ASCII_CLOSE) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
