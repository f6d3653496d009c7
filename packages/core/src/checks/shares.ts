/**
 * Shares that must make up a whole: a composition written as a ratio
 * (三次产业结构为8.6∶38.9∶51.6), shares listed over a split that is complete
 * (第一、二、三产业…比重分别为3.1%、35.0%和61.9%; 城镇和乡村…分别占), and the
 * shares of the parts of a total (其中，A…，占x%；B…，占y%). A complete set sums
 * to 100 within the rounding of its parts; the disjoint parts of one total never
 * sum above 100.
 */
import type { Metric, ReportOutline } from '../model/outline.js';
import { isShareOfWhole } from '../model/queries.js';
import { figureWords } from '../parse/figure-words.js';
import { codeSet, hasCode } from '../text/char-codes.js';
import { FULL_COMMA, FULL_SEMICOLON, FULL_STOP, HALF_SEMICOLON, LINE_FEED } from '../text/lexicon.js';

export type ShareSetKind = 'ratio' | 'listed' | 'parts';

export interface ShareSetCheck {
  kind: ShareSetKind;
  /** The span of the set as written: the ratio, or from the first share to the last. */
  start: number;
  end: number;
  /** The words that say what is split: 三次产业结构, 第一、二、三产业…比重, the total's subject. */
  label: string;
  values: Array<{ text: string; value: number; decimals: number; start: number; end: number }>;
  /** Whether the set claims to be complete (sum = 100) or only disjoint parts (sum ≤ 100). */
  complete: boolean;
  sum: number;
  /** How far rounding of the parts lets the true sum stray from the written one. */
  tolerance: number;
  sumText: string;
  arithmetic: string;
  holds: boolean;
  /** Holds only within rounding: the written parts do not sum to 100 exactly. */
  edge: boolean;
}

const RATIO = /[0-9]{1,3}(?:\.[0-9]{1,3})?(?:[∶:：][0-9]{1,3}(?:\.[0-9]{1,3})?){2,6}/g;
/** Words before a ratio that make it a composition in percent rather than a ratio (男女比例为105∶100). */
const COMPOSITION_WORDS = ['结构', '比重', '构成', '比例'];
/** A ratio is read as percentages only when its parts sum near 100: 1∶2∶3 is a ratio, not a composition. */
const NEAR_HUNDRED = 5;
/** The three industries named as one complete split. */
const THREE_INDUSTRIES = /(?:三次产业|第一、二、三产业|一、二、三产业|一二三产业|第一产业、第二产业[和、及]第三产业)/;
const LISTED_SHARE_WORDS = ['比重', '占比', '贡献率', '构成', '占'];
const MAX_LABEL = 40;
/** What ends the clause a label is read from: ，；。 (not the colon, which the label may hold), and a line. */
const LABEL_BREAKS = codeSet(FULL_COMMA + FULL_SEMICOLON + FULL_STOP + LINE_FEED);
/** What may not stand between 分别 and its first share: the clause would have ended. */
const CUE_BREAKS = codeSet(FULL_COMMA + FULL_SEMICOLON + FULL_STOP);
/** What may not stand between a part's figure and its share: the part's item would have ended (a comma may). */
const PART_BREAKS = codeSet(FULL_SEMICOLON + HALF_SEMICOLON + FULL_STOP);

function clauseBefore(text: string, sentenceStart: number, at: number): { text: string; start: number } {
  let start = at;
  while (start > sentenceStart && start > at - MAX_LABEL) {
    if (LABEL_BREAKS.has(text.charCodeAt(start - 1))) break;
    start--;
  }
  return { text: text.slice(start, at), start };
}

function judged(base: Omit<ShareSetCheck, 'sum' | 'tolerance' | 'sumText' | 'arithmetic' | 'holds' | 'edge'>, unit: string): ShareSetCheck {
  const sum = base.values.reduce((n, v) => n + v.value, 0);
  const tolerance = base.values.reduce((n, v) => n + 0.5 * 10 ** -v.decimals, 0);
  const decimals = Math.max(...base.values.map((v) => v.decimals));
  const sumText = sum.toFixed(decimals);
  const holds = base.complete ? Math.abs(sum - 100) <= tolerance + 1e-9 : sum <= 100 + tolerance + 1e-9;
  const edge = holds && base.complete && Math.abs(sum - 100) > 1e-9;
  return { ...base, sum, tolerance, sumText, arithmetic: base.values.map((v) => v.text).join(' + ') + ` = ${sumText}${unit}`, holds, edge };
}

const LABEL_TAILS = ['调整为', '由上年', '比例为', '为', '是', '由', '从'];

/** 三次产业结构由上年11.9：52.7：35.4调整为 → 三次产业结构: the words before the first figure, without the verb. */
function ratioLabel(clause: string): string {
  // 2024年三次产业结构为…: the year the clause opens with dates the ratio, it is no part of its name.
  const named = clause.replace(LEADING_YEAR, '');
  const digit = named.search(/[0-9]/);
  let label = digit < 0 ? named : named.slice(0, digit);
  for (let changed = true; changed; ) {
    changed = false;
    for (const tail of LABEL_TAILS) {
      if (label.endsWith(tail) && label.length > tail.length) {
        label = label.slice(0, -tail.length);
        changed = true;
      }
    }
  }
  return label;
}

/** A year (and month, 末/底/初) opening a clause: 2024年, 2024年末, 2024年6月底. */
const LEADING_YEAR = /^[0-9]{4}年(?:[0-9]{1,2}月)?[末底初]?/;

/** 三次产业结构为8.6∶38.9∶51.6 */
function ratios(outline: ReportOutline, text: string, checks: ShareSetCheck[]): void {
  for (const sentence of outline.sentences) {
    const base = sentence.range.start.offset;
    for (const m of sentence.text.matchAll(RATIO)) {
      const start = base + m.index;
      const label = clauseBefore(text, base, start);
      if (!COMPOSITION_WORDS.some((w) => label.text.includes(w))) continue;
      const before = text[start - 1];
      if (before !== undefined && /[0-9.]/.test(before)) continue;
      const values: ShareSetCheck['values'] = [];
      let at = start;
      for (const part of m[0].split(/[∶:：]/)) {
        const dot = part.indexOf('.');
        values.push({ text: part, value: Number(part), decimals: dot < 0 ? 0 : part.length - dot - 1, start: at, end: at + part.length });
        at += part.length + 1;
      }
      const sum = values.reduce((n, v) => n + v.value, 0);
      if (Math.abs(sum - 100) > NEAR_HUNDRED) continue;
      checks.push(judged({ kind: 'ratio', start, end: start + m[0].length, label: ratioLabel(label.text), values, complete: true }, ''));
    }
  }
}

/** The members of a known complete split named in the label: 第一、二、三产业 → 3; 城镇和乡村 → 2. */
function completeSplitSize(label: string): number | null {
  if (THREE_INDUSTRIES.test(label)) return 3;
  for (const { members } of figureWords.partitions) if (members.every((words) => words.some((w) => label.includes(w)))) return members.length;
  return null;
}

/** 第一、二、三产业增加值占地区生产总值的比重分别为3.1%、35.0%和61.9% */
function listed(outline: ReportOutline, text: string, checks: ShareSetCheck[]): void {
  const byId = outline.metrics;
  for (let i = 0; i < byId.length; i++) {
    const first = byId[i]!;
    if (!first.percent || first.value === null) continue;
    const sentenceStart = outline.sentences[first.sentence]!.range.start.offset;
    const lead = text.slice(Math.max(sentenceStart, first.range.start.offset - MAX_LABEL), first.range.start.offset);
    const cue = lead.lastIndexOf('分别');
    if (cue < 0 || hasCode(lead, CUE_BREAKS, cue)) continue;
    const labelEnd = first.range.start.offset - (lead.length - cue);
    const label = clauseBefore(text, sentenceStart, labelEnd);
    if (!LISTED_SHARE_WORDS.some((w) => label.text.includes(w) || lead.slice(cue).includes(w))) continue;
    const size = completeSplitSize(label.text);
    if (size === null) continue;
    const run: Metric[] = [first];
    for (let j = i + 1; j < byId.length && run.length < size + 1; j++) {
      const next = byId[j]!;
      const between = text.slice(run[run.length - 1]!.range.end.offset, next.range.start.offset);
      if (next.sentence !== first.sentence || !next.percent || next.value === null || !['、', '和', '及', '，', ',', '与'].includes(between)) break;
      run.push(next);
    }
    if (run.length !== size || run.some((m) => m.approx !== 'none' || m.upper)) {
      i += run.length - 1;
      continue;
    }
    const values = run.map((m) => ({ text: m.valueText, value: m.value!, decimals: m.decimals, start: m.range.start.offset, end: m.range.end.offset }));
    checks.push(judged({ kind: 'listed', start: values[0]!.start, end: values[values.length - 1]!.end, label: label.text, values, complete: true }, '%'));
    i += run.length - 1;
  }
}

/** 其中，A 86亿元，占8.6%；B …，占38.9%: each part of a relation with its share of the total. */
function partShares(outline: ReportOutline, text: string, checks: ShareSetCheck[]): void {
  // The shares the parser read with their part (parse/shares.ts): 占8.6%, 占比8.6%, 所占比重为8.6%.
  const shareOfPart = new Map<number, Metric>();
  const wholeOfShare = new Map<number, number>();
  for (const relation of outline.shares) {
    if (!isShareOfWhole(relation)) continue;
    shareOfPart.set(relation.part, outline.metrics[relation.share]!);
    wholeOfShare.set(relation.share, relation.whole);
  }
  for (const relation of outline.relations) {
    if (relation.coverage === 'overlapping' || relation.parts.length < 2) continue;
    const shares: Metric[] = [];
    for (const part of relation.parts) {
      // The share follows the part's own figure in its clause: 第一产业增加值86亿元，占8.6%
      const last = Math.max(...part.metrics);
      const share = shareOfPart.get(last) ?? outline.metrics[last + 1];
      const between = share ? text.slice(outline.metrics[last]!.range.end.offset, share.range.start.offset) : '';
      // A share the parser tied to this part, or else a percent right after it written with 占.
      const read = shareOfPart.has(last) || share?.roleWord?.startsWith('占') === true;
      if (!share || !share.percent || share.role !== 'share' || !read || hasCode(between, PART_BREAKS) || between.length > MAX_LABEL) break;
      if (share.value === null || share.approx !== 'none' || share.upper) break;
      shares.push(share);
    }
    if (shares.length !== relation.parts.length) continue;
    const total = outline.metrics[relation.totals[0]!]!;
    const values = shares.map((m) => ({ text: m.valueText, value: m.value!, decimals: m.decimals, start: m.range.start.offset, end: m.range.end.offset }));
    const label = total.subject ?? text.slice(relation.cueRange.start.offset, relation.cueRange.end.offset);
    // Shares of another whole (占全省的) still never sum above 100, but need not make 100.
    const ofTotal = shares.every((m) => wholeOfShare.get(m.id) === total.id || shareOfTotal(text, m, total));
    checks.push(judged({ kind: 'parts', start: values[0]!.start, end: values[values.length - 1]!.end, label, values, complete: relation.coverage === 'exhaustive' && ofTotal }, '%'));
  }
}

/** 占8.6% or 占地区生产总值的8.6% after a part of 地区生产总值: the share is of the relation's total. */
function shareOfTotal(text: string, share: Metric, total: Metric): boolean {
  const clause = text.slice(Math.max(0, share.range.start.offset - MAX_LABEL), share.range.start.offset);
  const zhan = clause.lastIndexOf('占');
  if (zhan < 0) return false;
  const object = clause.slice(zhan + 1).replace(/(?:的比重|的比例|比重|的)?(?:为|达)?$/, '');
  return object === '' || (total.subject !== null && total.subject.length >= 2 && (object.endsWith(total.subject) || total.subject.endsWith(object)));
}

/** Every set of shares that must sum to 100 (or at most 100), in source order, with its verdict. */
export function checkShareSets(outline: ReportOutline, text: string): ShareSetCheck[] {
  const checks: ShareSetCheck[] = [];
  ratios(outline, text, checks);
  listed(outline, text, checks);
  partShares(outline, text, checks);
  return checks.sort((a, b) => a.start - b.start);
}
