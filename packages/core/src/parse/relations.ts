/**
 * Total/part relations the text states, recorded without judging them:
 *
 *   total  — the figure right before 其中 (change and percent figures skipped),
 *            or, before 分别, one introduced by 共/共计/合计/总计/累计;
 *   parts  — the figures after the cue in the same sentence, and in following
 *            sentences of the paragraph while they continue the list; a part
 *            may carry several dimensions (处 and 平方米);
 *   coverage — exhaustive (其他/其余, or a partition such as 城镇/乡村),
 *            subset (parts share a head noun) or overlapping (different breakdowns).
 */
import type { Metric, Relation, RelationPart, Sentence } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { containsAny, figureWords, OTHER_WORDS, SCOPE_WORDS } from './figure-words.js';
import { boundsOf } from './metric-bounds.js';
import { clauseStart } from './subjects.js';

const CUES = ['其中', '分别'];

export function findRelations(ctx: ParseContext): void {
  const byParagraph = new Map<number, Metric[]>();
  for (const metric of ctx.outline.metrics) {
    const list = byParagraph.get(metric.paragraph);
    if (list) list.push(metric);
    else byParagraph.set(metric.paragraph, [metric]);
  }
  const partOf = new Map<number, Relation>();
  for (const paragraph of ctx.outline.paragraphs) {
    const metrics = byParagraph.get(paragraph.id);
    if (!metrics || metrics.length < 2) continue;
    const sentences = paragraph.sentences.map((id) => ctx.outline.sentences[id]!);
    const cues = findCues(sentences);
    const paragraphEnd = sentences.at(-1)!.range.end.offset;
    // Where the parts of each cue must stop: the next 其中 of the paragraph.
    let stopAt = paragraphEnd;
    for (let k = cues.length - 1; k >= 0; k--) {
      cues[k]!.stopAt = stopAt;
      if (cues[k]!.word === '其中') stopAt = cues[k]!.start;
    }
    for (const cue of cues) {
      const relation = relationAt(ctx, cue, metrics, partOf);
      if (!relation) continue;
      ctx.outline.relations.push(relation);
      for (const part of relation.parts) for (const id of part.metrics) partOf.set(id, relation);
    }
  }
}

/** Index of the first metric that starts at or after `offset` (metrics are in source order). */
function firstAtOrAfter(metrics: readonly Metric[], offset: number): number {
  let low = 0;
  let high = metrics.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (metrics[mid]!.range.start.offset < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Cue {
  word: string;
  start: number;
  end: number;
  sentence: Sentence;
  /** Parts are read up to here: the next 其中 of the paragraph, or its end. */
  stopAt: number;
}

/** Every 其中 and 分别, searched within each sentence's own text (never past it). */
function findCues(sentences: readonly Sentence[]): Cue[] {
  const cues: Cue[] = [];
  for (const sentence of sentences) {
    const base = sentence.range.start.offset;
    for (const word of CUES) {
      for (let at = sentence.text.indexOf(word); at >= 0; at = sentence.text.indexOf(word, at + word.length)) {
        cues.push({ word, start: base + at, end: base + at + word.length, sentence, stopAt: 0 });
      }
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Change, share and percent figures describe a total or part; they are never one. */
export function isCountable(metric: Metric): boolean {
  return metric.dimension !== null && !metric.percent && metric.role !== 'change' && metric.role !== 'share' && metric.dimension !== '百分点' && metric.dimension !== '‰';
}

function relationAt(ctx: ParseContext, cue: Cue, metrics: readonly Metric[], partOf: ReadonlyMap<number, Relation>): Relation | null {
  const totals = findTotals(ctx, cue, metrics, partOf).filter((m) => !isAverage(ctx, m));
  if (totals.length === 0) return null;
  const dimensions = totals.map((m) => m.dimension!);
  const parts = collectParts(ctx, cue, metrics, totals);
  if (parts.length === 0) return null;
  for (const total of totals) {
    total.role = 'total';
    if (!total.roleWord || !figureWords.totalWords.includes(total.roleWord)) total.roleWord = cue.word;
  }
  for (const part of parts) {
    for (const id of part.metrics) {
      const metric = ctx.outline.metrics[id]!;
      metric.role = 'part';
      metric.roleWord = cue.word;
    }
  }
  const first = Math.min(...totals.map((m) => m.range.start.offset));
  const last = Math.max(...parts.map((p) => p.range.end.offset));
  return {
    id: ctx.outline.relations.length,
    cue: cue.word,
    cueRange: rangeOf(ctx, cue.start, cue.end),
    totals: totals.map((m) => m.id),
    dimensions,
    parts,
    coverage: coverageOf(parts),
    range: rangeOf(ctx, first, last),
    paragraph: cue.sentence.paragraph,
  };
}

/**
 * The total of 其中 is the last countable figure before it, in the cue's
 * sentence or else the one before; figures of other dimensions just before it
 * in that sentence join it (拆违*处，拆除总面积*平方米。其中…).
 * The total of 分别 must be introduced by a total word in the same sentence.
 */
/** A total stands in the cue's sentence or the one before: never look further back than this many figures. */
const MAX_LOOKBACK = 64;

function findTotals(ctx: ParseContext, cue: Cue, metrics: readonly Metric[], partOf: ReadonlyMap<number, Relation>): Metric[] {
  // Walk back from the cue over its sentence and the one before, a bounded number of figures.
  let k = firstAtOrAfter(metrics, cue.start) - 1;
  let steps = 0;
  const previous = (): Metric | null => {
    while (k >= 0 && steps++ < MAX_LOOKBACK) {
      const m = metrics[k--]!;
      if (m.sentence < cue.sentence.id - 1) return null;
      // 占总任务7.35万亩的…: the figure a share is taken of is not what 其中 divides.
      if (m.range.end.offset <= cue.start && isCountable(m) && !isShareBase(ctx, m)) return m;
    }
    return null;
  };
  const last = previous();
  if (!last) return [];
  if (cue.word === '分别') return last.sentence === cue.sentence.id && last.role === 'total' ? [last] : [];
  // 其中，A…；B…。其中，C… — a 其中 that opens a sentence right after a parts list
  // refers back to that list's total, not to its last part.
  const enclosing = partOf.get(last.id);
  if (enclosing && last.sentence < cue.sentence.id && cue.start === cue.sentence.range.start.offset) {
    return enclosing.totals.map((id) => metrics.find((m) => m.id === id)).filter((m): m is Metric => m !== undefined);
  }
  const totals: Metric[] = [last];
  const seen = new Set([last.dimension]);
  for (let m = previous(); m && m.sentence === last.sentence && !seen.has(m.dimension); m = previous()) {
    seen.add(m.dimension);
    totals.unshift(m);
  }
  return totals;
}

interface OpenPart {
  metrics: Metric[];
  other: boolean;
  start: number;
}

function collectParts(ctx: ParseContext, cue: Cue, metrics: readonly Metric[], totals: readonly Metric[]): RelationPart[] {
  const dimensions = new Set(totals.map((m) => m.dimension!));
  const parts: OpenPart[] = [];
  const stopAt = cue.stopAt;
  let sentence = cue.sentence.id;
  let floor = cue.end;
  let firstInSentence = false;
  let depth = 0;
  let scanned = cue.end;
  for (let k = firstAtOrAfter(metrics, cue.end); k < metrics.length; k++) {
    const metric = metrics[k]!;
    if (metric.range.start.offset >= stopAt) break;
    depth = bracketDepth(ctx.text, scanned, metric.range.start.offset, depth);
    scanned = metric.range.end.offset;
    // 客运车辆6694辆（含公交车2990辆…）: figures in brackets detail a part, they are not parts.
    if (depth > 0) continue;
    if (metric.sentence !== sentence) {
      sentence = metric.sentence;
      firstInSentence = true;
      floor = ctx.outline.sentences[sentence]!.range.start.offset;
    }
    const gapStart = floor;
    const clause = clauseStart(ctx.text, metric.range.start.offset, floor);
    const clauseText = ctx.text.slice(clause, metric.range.start.offset);
    floor = metric.range.end.offset;
    if (!isCountable(metric)) {
      if (firstInSentence) break;
      continue;
    }
    if (!dimensions.has(metric.dimension!)) break;
    const other = startsWithAny(clauseText, OTHER_WORDS) && !startsWithAny(clauseText, figureWords.otherCategories);
    const newSentence = firstInSentence;
    if (firstInSentence) {
      firstInSentence = false;
      // Across a 。 the list goes on only when the new sentence is just the next item
      // (房屋存量违建*处) or the rest (其他…); 年末全市拥有企业… starts a new statement.
      const lead = ctx.text.slice(ctx.outline.sentences[sentence]!.range.start.offset, metric.range.start.offset);
      const nextItem = lead === metric.subject && parts.some((p) => sharesHead(p.metrics[0]!.subject, metric.subject));
      if (!nextItem && !startsWithAny(lead, OTHER_WORDS)) break;
    } else if (startsWithAny(clauseText, SCOPE_WORDS)) break;
    const current = parts.at(-1);
    const startsNew = !current || current.metrics.some((m) => m.dimension === metric.dimension);
    if (!startsNew) {
      current!.metrics.push(metric);
      continue;
    }
    if (current && !other) {
      const loose = newSentence || ctx.text.slice(gapStart, metric.range.start.offset).includes('；');
      // Items that repeat the total's several units (…处，共计…平方米) are a table written as prose: all parts.
      const structured = totals.length > 1 && parts.every((p) => p.metrics.length === totals.length);
      if (loose && !structured && !completesPartition(metric, parts) && !fitsAsPart(metric, parts, totals)) break;
      // A different kind of thing larger than the total alone (招生…，在校生…) is a new statement.
      if (!loose && !parts.some((p) => sharesHead(p.metrics[0]!.subject, metric.subject)) && !fitsAsPart(metric, [], totals)) break;
    }
    const subjectStart = metric.subjectRange?.start.offset ?? metric.range.start.offset;
    parts.push({ metrics: [metric], other, start: Math.min(subjectStart, metric.range.start.offset) });
  }
  return parts.map((p) => ({
    subject: p.metrics[0]!.subject,
    metrics: p.metrics.map((m) => m.id),
    other: p.other,
    range: rangeOf(ctx, p.start, p.metrics.at(-1)!.range.end.offset),
  }));
}

/**
 * Bulletins go on after 其中 with items that are not parts (粮食…其中谷物…；
 * 棉花…). An item loosely attached to the list (after a ；or 。, or naming
 * a different kind of thing) is taken as a part only while the known parts
 * still fit within the total; otherwise the list has ended before it. Items
 * tied closely to the list (a comma, a like name) are always parts, so a
 * wrong figure among them is still found.
 */
function fitsAsPart(metric: Metric, parts: readonly OpenPart[], totals: readonly Metric[]): boolean {
  const total = totals.find((t) => t.dimension === metric.dimension);
  const totalBounds = total ? boundsOf(total) : null;
  const own = boundsOf(metric);
  if (!totalBounds || !own) return true;
  let low = own.low;
  for (const part of parts) {
    const same = part.metrics.find((m) => m.dimension === metric.dimension);
    const b = same ? boundsOf(same) : null;
    if (b) low += b.low;
  }
  return low <= totalBounds.high * (1 + 1e-9);
}

function startsWithAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w));
}

function isShareBase(ctx: ParseContext, metric: Metric): boolean {
  const from = clauseStart(ctx.text, metric.range.start.offset, ctx.outline.sentences[metric.sentence]!.range.start.offset);
  return ctx.text.slice(from, metric.range.start.offset).includes('占');
}

/** 人均可支配收入, 价格指数: an average is not the sum of its parts. */
function isAverage(ctx: ParseContext, total: Metric): boolean {
  const from = clauseStart(ctx.text, total.range.start.offset, ctx.outline.sentences[total.sentence]!.range.start.offset);
  return containsAny(ctx.text.slice(from, total.range.start.offset), figureWords.averageWords) !== null;
}

/** Two subjects name like things when they end in the same word: 房屋新建违建 / 棚屋存量违建. */
export function sharesHead(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const head = (s: string) => (s.length >= 2 ? s.slice(-2) : s);
  return head(a) === head(b);
}

function bracketDepth(text: string, from: number, to: number, depth: number): number {
  let d = depth;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') d++;
    else if ((ch === '）' || ch === ')') && d > 0) d--;
  }
  return d;
}

/** The item names the next member of a partition the earlier parts began (第三产业 after 第一、第二产业). */
function completesPartition(metric: Metric, parts: readonly OpenPart[]): boolean {
  const subject = metric.subject ?? '';
  return figureWords.partitions.some((set) => {
    const used = parts.map((p) => set.find((w) => (p.metrics[0]!.subject ?? '').includes(w)));
    if (used.some((w) => w === undefined) || new Set(used).size !== used.length) return false;
    return set.some((w) => subject.includes(w) && !used.includes(w));
  });
}

function coverageOf(parts: readonly RelationPart[]): Relation['coverage'] {
  if (parts.some((p) => p.other)) return 'exhaustive';
  const subjects = parts.map((p) => p.subject ?? '');
  for (const set of figureWords.partitions) {
    if (parts.length !== set.length) continue;
    const used = new Set<string>();
    for (const subject of subjects) {
      const member = set.find((w) => subject.includes(w) && !used.has(w));
      if (member) used.add(member);
    }
    if (used.size === set.length) return 'exhaustive';
  }
  if (subjects.some((s) => containsAny(s, figureWords.overlapping) !== null)) return 'overlapping';
  return 'subset';
}
