import { NO_OPTIONS, defineRule, type RuleContext } from '../rule.js';
import type { Paragraph } from '../../model/outline.js';
import { isHan, isPlaceholderChar } from '../chinese-text.js';
import { CLAUSE_MARKS_FULL, FULL_STOP, LIST_COMMA, SENTENCE_ENDS_FULL } from '../../text/lexicon.js';

/**
 * Punctuation in Chinese text (GB/T 15834-2011): half-width marks between
 * Chinese characters, unbalanced paired marks, doubled marks, and the 顿号
 * between quoted or titled items. Each paragraph is checked on its own; code,
 * URLs and HTML (context.isSkipped) are never touched, and a mark only counts
 * as Chinese punctuation when Chinese stands on its sides, so English text keeps
 * its own.
 */
type MessageId = 'halfWidth' | 'halfWidthParens' | 'unclosed' | 'unopened' | 'wrongQuote' | 'doubled' | 'stacked' | 'dunBetweenQuoted' | 'replace' | 'remove';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** By ASCII code, the half-width marks checkHalfWidth looks at: those of FULL_WIDTH but `)`, which closes a `(` it reads. */
const HALF_WIDTH_MARK = new Uint8Array(0x80);
for (const ch of ',;:?!(') HALF_WIDTH_MARK[ch.charCodeAt(0)] = 1;
/** Full-width marks that may stand next to a half-width slip and still make the side Chinese. */
const CHINESE_OPENERS = '“‘（《【〈「『';
const CHINESE_CLOSERS = '”’）》】〉」』';
const PAIRS: Array<[string, string]> = [['“', '”'], ['‘', '’'], ['（', '）'], ['《', '》'], ['【', '】']];
/** Marks that are never doubled (！！ and ？？ may express emphasis, …… and —— are single marks). */
const NEVER_DOUBLED = FULL_STOP + CLAUSE_MARKS_FULL + LIST_COMMA;
/** The full-width marks that end a sentence or a clause, or separate items: a Chinese side of a mark. */
const CHINESE_MARKS = SENTENCE_ENDS_FULL + CLAUSE_MARKS_FULL + LIST_COMMA;
/** A half-width bracket pair is looked for this far at most. */
const MAX_PAREN_SPAN = 200;

export default defineRule<MessageId>({
  meta: {
    id: 'punctuation',
    name: { zh: '标点用法', en: 'Punctuation' },
    category: '标点',
    severity: 'warning',
    description: { zh: '标点符号用法（半角标点、成对标点、重复或连用的点号、并列引号间的顿号）', en: 'Punctuation in Chinese text: half-width marks, unbalanced pairs, doubled or stacked marks, 顿号 between quoted items' },
    basis: 'GB/T 15834-2011《标点符号用法》',
    fixable: true,
    hasSuggestions: true,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      halfWidth: { zh: '中文里应使用全角标点“{{full}}”，此处为半角“{{half}}”（GB/T 15834-2011 §3.1）', en: 'Use the full-width “{{full}}” in Chinese text, not the half-width “{{half}}” (GB/T 15834-2011 §3.1)' },
      halfWidthParens: { zh: '中文里应使用全角括号“（）”，此处为半角“()”（GB/T 15834-2011 §4.9）', en: 'Use full-width brackets “（）” in Chinese text, not “()” (GB/T 15834-2011 §4.9)' },
      unclosed: { zh: '“{{open}}”没有对应的“{{close}}”（GB/T 15834-2011 §4.8、§4.9、§4.15）', en: '“{{open}}” has no matching “{{close}}” (GB/T 15834-2011 §4.8, §4.9, §4.15)' },
      unopened: { zh: '“{{close}}”前面没有对应的“{{open}}”（GB/T 15834-2011 §4.8、§4.9、§4.15）', en: '“{{close}}” has no matching “{{open}}” before it (GB/T 15834-2011 §4.8, §4.9, §4.15)' },
      wrongQuote: { zh: '引号方向有误：此处应为后引号“{{close}}”', en: 'Quote faces the wrong way: this should be the closing “{{close}}”' },
      doubled: { zh: '标点“{{mark}}”重复', en: 'The mark “{{mark}}” is doubled' },
      stacked: { zh: '点号“{{first}}”“{{second}}”连用，只应保留一个（GB/T 15834-2011）', en: 'Two marks “{{first}}{{second}}” in a row: keep one (GB/T 15834-2011)' },
      dunBetweenQuoted: { zh: '标有{{kind}}的并列成分之间通常不用顿号（GB/T 15834-2011 §4.5.3.5）', en: 'No 顿号 between items set off by {{kindEn}} (GB/T 15834-2011 §4.5.3.5)' },
      replace: { zh: '改为“{{text}}”', en: 'Change to “{{text}}”' },
      remove: { zh: '删去多余的“{{mark}}”', en: 'Remove the extra “{{mark}}”' },
    },
  },
  check(context) {
    const markerSpans = collectMarkerSpans(context);
    for (const paragraph of context.outline.paragraphs) {
      const start = paragraph.range.start.offset;
      const text = context.text.slice(start, paragraph.range.end.offset);
      const scan: Scan = { context, text, base: start, markerSpans };
      checkHalfWidth(scan);
      checkPairs(scan, paragraph);
      checkDoubled(scan);
      checkDunBetweenQuoted(scan);
    }
  },
});

interface Scan {
  context: RuleContext<MessageId>;
  /** The paragraph's source text. */
  text: string;
  /** Its offset in the source. */
  base: number;
  /** Section markers such as (一): the heading checks own them. */
  markerSpans: Array<{ start: number; end: number }>;
}

function collectMarkerSpans(context: RuleContext<MessageId>): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const visit = (sections: typeof context.outline.sections) => {
    for (const s of sections) {
      spans.push({ start: s.markerRange.start.offset, end: s.markerRange.end.offset });
      visit(s.children);
    }
  };
  visit(context.outline.sections);
  return spans;
}

const skipped = (scan: Scan, from: number, to: number) =>
  scan.context.isSkipped(scan.base + from, scan.base + to) || scan.markerSpans.some((m) => scan.base + from < m.end && scan.base + to > m.start);

/** A character that makes its side of a mark Chinese: a Han character, a placeholder mark or Chinese punctuation. */
function chineseBefore(ch: string | undefined): boolean {
  return isHan(ch) || isPlaceholderChar(ch) || (ch !== undefined && (CHINESE_CLOSERS.includes(ch) || CHINESE_MARKS.includes(ch)));
}
function chineseAfter(ch: string | undefined): boolean {
  return isHan(ch) || isPlaceholderChar(ch) || (ch !== undefined && CHINESE_OPENERS.includes(ch));
}
/** Signs that end a figure inside Chinese text (2.1%, 3‰). */
const FIGURE_ENDS = '%％‰';
const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u3000';
const isSpace = (ch: string | undefined) => ch !== undefined && (isBlank(ch) || ch === '\n' || ch === '\r');

function checkHalfWidth(scan: Scan): void {
  const { text } = scan;
  for (let i = 0; i < text.length; i++) {
    // Every half-width mark is ASCII: skip the rest by code, without making a string per character.
    const code = text.charCodeAt(i);
    if (code > 0x7f || HALF_WIDTH_MARK[code] === 0) continue;
    const ch = text[i]!;
    if (ch === '(') {
      i = checkParens(scan, i);
      continue;
    }
    let before = i - 1;
    while (before >= 0 && isSpace(text[before])) before--;
    let after = i + 1;
    while (after < text.length && isSpace(text[after])) after++;
    const terminal = ch === '?' || ch === '!';
    // ? and ! end a clause: Chinese before is enough, unless ASCII text follows (a URL, Markdown ![image]).
    // 下降2.1%;全年…: a figure's % or ‰ ends a Chinese clause as a Han character does.
    const closesClause = chineseBefore(text[before]) || (FIGURE_ENDS.includes(text[before] ?? '') && chineseAfter(text[after]));
    const chinese = terminal
      ? closesClause && (after >= text.length || !isAsciiWordChar(text[after]) && text[after] !== '[')
      : closesClause && chineseAfter(text[after]);
    if (!chinese || skipped(scan, i, i + 1)) continue;
    // Spaces next to a full-width mark are never wanted; line breaks are kept.
    let editEnd = i + 1;
    while (isBlank(text[editEnd])) editEnd++;
    let editStart = i;
    while (editStart > before + 1 && isBlank(text[editStart - 1])) editStart--;
    const full = FULL_WIDTH[ch]!;
    scan.context.report({
      messageId: 'halfWidth',
      data: { half: ch, full },
      span: { start: scan.base + i, end: scan.base + i + 1 },
      fixes: [{ messageId: 'replace', data: { text: full }, edits: [{ span: { start: scan.base + editStart, end: scan.base + editEnd }, newText: full }], safe: true }],
    });
  }
}

function isAsciiWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A half-width ( … ) pair around Chinese, or right after Chinese. Returns the index to continue from. */
function checkParens(scan: Scan, open: number): number {
  const { text } = scan;
  let close = -1;
  for (let j = open + 1; j < text.length && j - open <= MAX_PAREN_SPAN; j++) {
    if (text[j] === '(') return open; // nested or unclosed: not a simple pair
    if (text[j] === ')') {
      close = j;
      break;
    }
  }
  if (close < 0) return open;
  let hanInside = false;
  for (let j = open + 1; j < close && !hanInside; j++) hanInside = isHan(text[j]);
  if (!hanInside && !isHan(text[open - 1])) return close;
  if (skipped(scan, open, close + 1)) return close;
  scan.context.report({
    messageId: 'halfWidthParens',
    span: { start: scan.base + open, end: scan.base + close + 1 },
    fixes: [
      {
        messageId: 'replace',
        data: { text: '（…）' },
        edits: [
          { span: { start: scan.base + open, end: scan.base + open + 1 }, newText: '（' },
          { span: { start: scan.base + close, end: scan.base + close + 1 }, newText: '）' },
        ],
        safe: true,
      },
    ],
  });
  return close;
}

/**
 * Paired marks must close within the paragraph. Quotes never nest with the same
 * mark (inner quotes are ‘’), so a second “ while one is open is read as a
 * closing quote typed the wrong way when no ” follows before the next “.
 * A quotation running over several paragraphs (each opens with “, only the
 * last closes) is left alone.
 */
function checkPairs(scan: Scan, paragraph: Paragraph): void {
  const { text } = scan;
  const continuesQuote = text.startsWith('“') && nextParagraphStartsWithQuote(scan, paragraph);
  for (const [open, close] of PAIRS) {
    if (!text.includes(open) && !text.includes(close)) continue;
    // Marks compared by code: every pair mark is one UTF-16 code unit.
    const openCode = open.charCodeAt(0);
    const closeCode = close.charCodeAt(0);
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === openCode) {
        const sameMarkQuote = open === '“' || open === '‘';
        if (sameMarkQuote && stack.length > 0 && nextOf(text, i + 1, open, close) !== close) {
          if (!skipped(scan, i, i + 1)) {
            scan.context.report({
              messageId: 'wrongQuote',
              data: { close },
              span: { start: scan.base + i, end: scan.base + i + 1 },
              fixes: [{ messageId: 'replace', data: { text: close }, edits: [{ span: { start: scan.base + i, end: scan.base + i + 1 }, newText: close }], safe: false }],
            });
          }
          stack.pop();
          continue;
        }
        if (sameMarkQuote && stack.length > 0) reportUnpaired(scan, 'unclosed', stack.pop()!, open, close);
        stack.push(i);
      } else if (code === closeCode) {
        // don’t, it’s: an apostrophe in English text, not a closing quote.
        if (close === '’' && isAsciiWordChar(text[i - 1]) && isAsciiWordChar(text[i + 1])) continue;
        if (stack.length > 0) stack.pop();
        else reportUnpaired(scan, 'unopened', i, open, close);
      }
    }
    for (const at of stack) if (!(continuesQuote && open === '“' && at === 0)) reportUnpaired(scan, 'unclosed', at, open, close);
  }
}

function nextOf(text: string, from: number, a: string, b: string): string | undefined {
  for (let i = from; i < text.length; i++) if (text[i] === a || text[i] === b) return text[i];
  return undefined;
}

function nextParagraphStartsWithQuote(scan: Scan, paragraph: Paragraph): boolean {
  const next = scan.context.outline.paragraphs[paragraph.id + 1];
  return next !== undefined && next.text.startsWith('“');
}

function reportUnpaired(scan: Scan, messageId: 'unclosed' | 'unopened', at: number, open: string, close: string): void {
  if (skipped(scan, at, at + 1)) return;
  scan.context.report({ messageId, data: { open, close }, span: { start: scan.base + at, end: scan.base + at + 1 } });
}

function checkDoubled(scan: Scan): void {
  const { text } = scan;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== text.charCodeAt(i - 1)) {
      checkStacked(scan, i);
      continue;
    }
    const mark = text[i]!;
    if (!NEVER_DOUBLED.includes(mark)) continue;
    let end = i + 1;
    while (text[end] === mark) end++;
    if (!skipped(scan, i - 1, end)) {
      scan.context.report({
        messageId: 'doubled',
        data: { mark },
        span: { start: scan.base + i - 1, end: scan.base + end },
        fixes: [{ messageId: 'remove', data: { mark }, edits: [{ span: { start: scan.base + i, end: scan.base + end }, newText: '' }], safe: true }],
      });
    }
    i = end;
  }
}

/**
 * 户，；二是, 领导。，: two different marks of the set that is never doubled, side by side. One of
 * them is a slip, but which one only the writer knows: each removal is a suggestion, not a fix.
 */
function checkStacked(scan: Scan, i: number): void {
  const first = scan.text[i - 1]!;
  const second = scan.text[i]!;
  if (!NEVER_DOUBLED.includes(first) || !NEVER_DOUBLED.includes(second) || skipped(scan, i - 1, i + 1)) return;
  const at = scan.base + i - 1;
  scan.context.report({
    messageId: 'stacked',
    data: { first, second },
    span: { start: at, end: at + 2 },
    fixes: [first, second].map((mark, k) => ({ messageId: 'remove' as const, data: { mark }, edits: [{ span: { start: at + k, end: at + k + 1 }, newText: '' }], safe: false })),
  });
}

/**
 * “三个必须”、“一岗双责”、“党政同责” → “三个必须”“一岗双责”“党政同责”: one report
 * per run of items, from the first opening mark to the last closing one.
 */
function checkDunBetweenQuoted(scan: Scan): void {
  const { text } = scan;
  const kinds: Array<{ close: string; open: string; zh: string; en: string }> = [
    { close: '”', open: '“', zh: '引号', en: 'quotation marks' },
    { close: '》', open: '《', zh: '书名号', en: 'title marks' },
  ];
  for (const kind of kinds) {
    const separator = kind.close + '、' + kind.open;
    let at = text.indexOf(separator);
    while (at >= 0) {
      const dun: number[] = [];
      let last = at;
      while (last >= 0 && text.startsWith(separator, last)) {
        dun.push(last + 1);
        const nextClose = text.indexOf(kind.close, last + 2);
        if (nextClose < 0) break;
        last = nextClose;
      }
      const runStart = text.lastIndexOf(kind.open, at);
      const lastItemClose = text.indexOf(kind.close, dun[dun.length - 1]! + 1);
      const runEnd = lastItemClose < 0 ? dun[dun.length - 1]! + 1 : lastItemClose + 1;
      const from = runStart < 0 ? at : runStart;
      if (!skipped(scan, from, runEnd)) {
        // The standard says 通常不用: a recommendation, which 政府工作报告 themselves do not always follow
        // (“六稳”、“六保”), so it is shown as information, not as a slip.
        scan.context.report({
          messageId: 'dunBetweenQuoted',
          severity: 'info',
          data: { kind: kind.zh, kindEn: kind.en },
          span: { start: scan.base + from, end: scan.base + runEnd },
          fixes: [{ messageId: 'remove', data: { mark: '、' }, edits: dun.map((d) => ({ span: { start: scan.base + d, end: scan.base + d + 1 }, newText: '' })), safe: true }],
        });
      }
      at = text.indexOf(separator, runEnd);
    }
  }
}
