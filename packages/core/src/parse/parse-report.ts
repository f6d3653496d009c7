/**
 * parseReport: source text (or bytes) → ReportOutline.
 *
 * The phases run in order, each adding to the outline: read blocks (Markdown or
 * text) → paragraphs and sections → sentences → slogans → enumerations →
 * figures (metrics and placeholders) → total/part relations → shares of a whole →
 * identities (顺差 = 出口 − 进口, 收支平衡) → tables and their 合计 rows.
 */
import { judgeIdentities } from '../checks/identity-verdicts.js';
import { judgeShares } from '../checks/share-verdicts.js';
import { changeRelations } from '../checks/changes.js';
import { judgeRelations } from '../checks/verdicts.js';
import { judgeTables } from '../checks/table-verdicts.js';
import type { ReportOutline, SourceInfo } from '../model/outline.js';
import type { UnitEntry } from '../model/config.js';
import { jiebaSegmenter, type Segmenter } from '../segment/segmenter.js';
import { decodeBytes } from '../text/decode.js';
import { LineIndex } from '../text/line-index.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { readDirectives } from './directives.js';
import { findEnumerations } from './enumerations.js';
import { markdownTooDeep } from './nesting-depth.js';
import { extractFigures } from './figures.js';
import { readMarkdown, readText, type ReadResult } from './read-markdown.js';
import { findRelations } from './relations.js';
import { findIdentities } from './identities.js';
import { findShares } from './shares.js';
import { findNamedRates } from './named-rates.js';
import { findStatedBaseShares } from './stated-base-shares.js';
import { findIncomeRatios } from './income-ratios.js';
import { findDecreaseMultiples, findSignedDecreases } from './decrease-multiples.js';
import { findReportDates } from './report-dates.js';
import { completeListsByShares } from './lists-by-shares.js';
import { findUrbanizationRates } from './urbanization.js';
import { findPopulations } from './population.js';
import { findSumsAfter } from './sum-after.js';
import { findRemainders } from './remainders.js';
import { splitSentences } from './sentences.js';
import { findSlogans } from './slogans.js';
import { findUrls } from './urls.js';
import { buildStructure } from './structure.js';
import { findTables } from './tables.js';

export interface ParseOptions {
  /** 'markdown' or 'text'; else from the extension of `path`; else Markdown. */
  format?: 'markdown' | 'text';
  path?: string;
  /** Placeholder marks besides * and ＊ (e.g. ××). */
  placeholderMarks?: readonly string[];
  units?: readonly UnitEntry[];
  segmenter?: Segmenter;
}

/** Beyond this the Markdown reader is not trusted to stay linear; read as text. */
const MARKDOWN_LIMIT = 8 * 1024 * 1024;

export function parseReport(source: string | Uint8Array, options: ParseOptions = {}): ReportOutline {
  const decoded = typeof source === 'string' ? { text: source, encoding: 'utf-8' as const, bom: false } : decodeBytes(source);
  // A string may still carry a BOM; ranges are counted without it.
  let text = decoded.text;
  let bom = decoded.bom;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    bom = true;
  }
  const lines = new LineIndex(text);
  let format = options.format ?? formatFromPath(options.path);
  const outline: ReportOutline = {
    version: 1,
    source: sourceInfo(text, lines, decoded.encoding, bom, format, options.path),
    title: null,
    sections: [],
    appendices: [],
    paragraphs: [],
    sentences: [],
    enumerations: [],
    slogans: [],
    metrics: [],
    placeholders: [],
    relations: [],
    shares: [],
    identities: [],
    changes: [],
    decreaseMultiples: [],
    signedDecreases: [],
    dates: [],
    tables: [],
    skipped: [],
    directives: [],
    problems: [],
  };
  const ctx: ParseContext = {
    text,
    lines,
    segmenter: options.segmenter ?? jiebaSegmenter,
    placeholderMarks: ['*', '＊', ...(options.placeholderMarks ?? [])],
    extraUnits: options.units ?? [],
    skipped: [],
    outline,
  };
  if ('problem' in decoded && decoded.problem) outline.problems.push(decoded.problem);
  if (text.trim().length === 0) {
    outline.problems.push({ code: 'empty-input', message: '输入为空' });
    return outline;
  }
  if (format === 'markdown' && text.length > MARKDOWN_LIMIT) {
    outline.problems.push({ code: 'too-large', message: `输入超过 ${MARKDOWN_LIMIT / 1024 / 1024} MB，按纯文本解析` });
    format = 'text';
    outline.source.format = 'text';
  }
  if (format === 'markdown') {
    const tooDeep = markdownTooDeep(text);
    if (tooDeep) {
      outline.problems.push({
        code: 'too-deep',
        message: `${tooDeep.what}嵌套超过 ${tooDeep.limit} 层（第 ${lines.position(tooDeep.offset).line} 行），按纯文本解析`,
        range: lines.range(tooDeep.offset, tooDeep.offset),
      });
      format = 'text';
      outline.source.format = 'text';
    }
  }
  reportLoneSurrogates(ctx);

  let read: ReadResult;
  try {
    read = format === 'markdown' ? readMarkdown(text) : readText(text);
  } catch (error) {
    // The Markdown reader must never take the whole parse down: fall back to lines.
    outline.problems.push({ code: 'parse-error', message: `Markdown 解析失败，按纯文本解析：${String(error)}` });
    read = readText(text);
  }
  ctx.skipped = mergeSpans([...read.skipped, ...findUrls(text, read.blocks)]);
  outline.skipped = ctx.skipped.map((s) => lines.range(s.start, s.end));
  outline.directives = readDirectives(ctx, read.comments);

  buildStructure(ctx, read.blocks);
  splitSentences(ctx);
  findSlogans(ctx);
  findEnumerations(ctx);
  extractFigures(ctx);
  findRelations(ctx);
  findSumsAfter(ctx);
  findRemainders(ctx);
  findShares(ctx);
  findNamedRates(ctx);
  findStatedBaseShares(ctx);
  findIncomeRatios(ctx);
  findUrbanizationRates(ctx);
  findPopulations(ctx);
  findIdentities(ctx);
  findTables(ctx);
  findDecreaseMultiples(ctx);
  findSignedDecreases(ctx);
  findReportDates(ctx);
  // 其中，A…，占6.2%；B…，占75.0%；C…，占18.8%: shares adding up to 100% say the list is the whole.
  completeListsByShares(outline);
  // The parser records what the text states; whether the figures prove a slip is judged apart.
  judgeRelations(outline);
  judgeShares(outline);
  judgeIdentities(outline);
  outline.changes = changeRelations(outline, text, (start, end) => rangeOf(ctx, start, end));
  judgeTables(outline);
  return outline;
}

function formatFromPath(path: string | undefined): 'markdown' | 'text' {
  if (path && /\.(txt|text)$/i.test(path)) return 'text';
  return 'markdown';
}

function sourceInfo(
  text: string,
  lines: LineIndex,
  encoding: SourceInfo['encoding'],
  bom: boolean,
  format: 'markdown' | 'text',
  path: string | undefined,
): SourceInfo {
  const info: SourceInfo = { encoding, bom, length: text.length, lineCount: lines.lineCount, lineEnding: detectLineEnding(text), format };
  if (path !== undefined) info.path = path;
  return info;
}

export function detectLineEnding(text: string): SourceInfo['lineEnding'] {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}

function reportLoneSurrogates(ctx: ParseContext): void {
  const { text } = ctx;
  let reported = 0;
  for (let i = 0; i < text.length && reported < 10; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    } else if (!(c >= 0xdc00 && c <= 0xdfff)) continue;
    ctx.outline.problems.push({ code: 'lone-surrogate', message: `第 ${ctx.lines.position(i).line} 行有孤立的代理项（无效字符）`, range: ctx.lines.range(i, i + 1) });
    reported++;
  }
}

function mergeSpans(spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
