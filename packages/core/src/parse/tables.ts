/**
 * Tables: runs of consecutive table rows, a Markdown table (| a | b |, one
 * paragraph of many lines) or text rows with | between cells as budget
 * reports are pasted (一、税收收入 | 96.74 | 93 | -3.87%). Each row keeps its
 * cells with their ranges and, where a cell is one number, the number as
 * written. The unit comes from a 单位：亿元 line right before the table.
 * Whether a 合计 row adds up is judged apart (checks/table-verdicts.ts).
 */
import type { Table, TableCell, TableRow, TextSpan } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { codeSet, indexOfCode, isSpaceCode } from '../text/char-codes.js';
import { FULL_COLON, HALF_COLON, LINE_BREAKS, TABLE_BAR } from '../text/lexicon.js';

const BAR = codeSet(TABLE_BAR);
const LINE_BREAK_CODES = codeSet(LINE_BREAKS);
const COLONS = codeSet(FULL_COLON + HALF_COLON);
/** What a Markdown delimiter row (|---|:--:|) is made of, besides bars and spaces. */
const DELIMITER_CHARS = codeSet('-:');
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const PERCENT_SIGNS = codeSet('%％');
const MINUS_SIGNS = codeSet('-−－');
/** A line longer than this is prose, not the 单位：… line of a table. */
const MAX_UNIT_LINE = 60;

interface RawRow {
  start: number;
  end: number;
  paragraph: number;
}

/** Finds every table in the paragraphs marked tableRow. */
export function findTables(ctx: ParseContext): void {
  const { text, outline } = ctx;
  let rows: RawRow[] = [];
  /** The last line that was no table row: the place of a 单位：… line. */
  let lineBefore: { start: number; end: number } | null = null;
  let unitLine: { start: number; end: number } | null = null;
  const flush = () => {
    if (rows.length > 0) outline.tables.push(buildTable(ctx, rows, unitLine));
    rows = [];
  };
  for (const paragraph of outline.paragraphs) {
    const start = paragraph.range.start.offset;
    const end = paragraph.range.end.offset;
    if (!paragraph.tableRow) {
      flush();
      lineBefore = lastLine(text, start, end);
      continue;
    }
    let lineStart = start;
    while (lineStart < end) {
      let lineEnd = indexOfCode(text, LINE_BREAK_CODES, lineStart, end);
      if (lineEnd < 0) lineEnd = end;
      const trimmed = trimSpaces(text, lineStart, lineEnd);
      if (trimmed.end > trimmed.start) {
        if (indexOfCode(text, BAR, trimmed.start, trimmed.end) < 0) {
          flush();
          lineBefore = trimmed;
        } else if (!isDelimiterRow(text, trimmed.start, trimmed.end)) {
          if (rows.length === 0) unitLine = lineBefore;
          rows.push({ start: trimmed.start, end: trimmed.end, paragraph: paragraph.id });
        }
      }
      lineStart = lineEnd + 1;
    }
  }
  flush();
}

function buildTable(ctx: ParseContext, raw: readonly RawRow[], unitLine: { start: number; end: number } | null): Table {
  const { text, outline } = ctx;
  // | a | b | on every row: the outer bars frame the row (Markdown); else a bar at an end leaves an empty cell there.
  const framed = raw.every((r) => text[r.start] === TABLE_BAR && text[r.end - 1] === TABLE_BAR && r.end - r.start > 1);
  const rows: TableRow[] = raw.map((r) => ({
    cells: splitCells(ctx, framed ? r.start + 1 : r.start, framed ? r.end - 1 : r.end),
    range: rangeOf(ctx, r.start, r.end),
    paragraph: r.paragraph,
  }));
  const first = rows[0]!;
  return {
    id: outline.tables.length,
    rows,
    header: first.cells.every((c) => c.value === null) ? 0 : null,
    unit: unitLine ? unitOf(ctx, unitLine.start, unitLine.end) : null,
    totals: [],
    children: [],
    rates: [],
    shares: [],
    range: rangeOf(ctx, raw[0]!.start, raw[raw.length - 1]!.end),
  };
}

function splitCells(ctx: ParseContext, start: number, end: number): TableCell[] {
  const cells: TableCell[] = [];
  let cellStart = start;
  for (;;) {
    let bar = indexOfCode(ctx.text, BAR, cellStart, end);
    if (bar < 0) bar = end;
    cells.push(cellOf(ctx, cellStart, bar));
    if (bar >= end) return cells;
    cellStart = bar + 1;
  }
}

function cellOf(ctx: ParseContext, start: number, end: number): TableCell {
  const { text } = ctx;
  // Only ASCII padding is trimmed: a leading 　 (U+3000) indents a sub-row and stays in the text.
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const cellText = text.slice(start, end);
  const number = readNumber(cellText);
  return {
    text: cellText,
    range: rangeOf(ctx, start, end),
    valueText: number ? cellText : null,
    value: number ? number.value : null,
    decimals: number ? number.decimals : 0,
    percent: number ? number.percent : false,
  };
}

/**
 * A cell that is one number: 754.54, -3.87%, 12,340 (groups of three after
 * the first). Read with a loop, one pass over the cell.
 */
export function readNumber(cell: string): { value: number; decimals: number; percent: boolean } | null {
  let i = 0;
  let digits = '';
  const negative = cell.length > 1 && MINUS_SIGNS.has(cell.charCodeAt(0));
  if (negative) i = 1;
  let groupLength = 0;
  let grouped = false;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      digits += cell[i];
      groupLength++;
    } else if (c === 44 /* , */ && groupLength > 0 && (grouped ? groupLength === 3 : groupLength <= 3)) {
      grouped = true;
      groupLength = 0;
    } else break;
  }
  if (digits.length === 0 || (grouped && groupLength !== 3)) return null;
  let fraction = '';
  if (cell.charCodeAt(i) === 46 /* . */) {
    i++;
    for (; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c < DIGIT_0 || c > DIGIT_9) break;
      fraction += cell[i];
    }
    if (fraction.length === 0) return null;
  }
  let percent = false;
  if (i < cell.length && PERCENT_SIGNS.has(cell.charCodeAt(i))) {
    percent = true;
    i++;
  }
  if (i !== cell.length) return null;
  const value = Number(fraction.length > 0 ? `${digits}.${fraction}` : digits);
  const decimals = fraction.length;
  return { value: negative ? -value : value, decimals, percent };
}

/** |---|:---:| : bars, dashes, colons and spaces only, with at least one dash. */
function isDelimiterRow(text: string, start: number, end: number): boolean {
  let dash = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) dash = true;
    else if (!BAR.has(c) && !DELIMITER_CHARS.has(c) && !isSpaceCode(c)) return false;
  }
  return dash;
}

/** 单位：亿元 (also at the end of a title line, 表1 …  单位：万元): the unit after the colon, up to a space or bracket. */
function unitOf(ctx: ParseContext, start: number, end: number): TextSpan | null {
  const { text } = ctx;
  if (end - start > MAX_UNIT_LINE) return null;
  // Searched in the line alone: a search of the rest of the text for every table would be quadratic.
  const inLine = text.slice(start, end).indexOf('单位');
  if (inLine < 0) return null;
  const at = start + inLine;
  let unitStart = at + 2;
  while (unitStart < end && isSpaceCode(text.charCodeAt(unitStart))) unitStart++;
  if (!COLONS.has(text.charCodeAt(unitStart))) return null;
  unitStart++;
  while (unitStart < end && isSpaceCode(text.charCodeAt(unitStart))) unitStart++;
  let unitEnd = unitStart;
  while (unitEnd < end && !isSpaceCode(text.charCodeAt(unitEnd)) && !')）'.includes(text[unitEnd]!)) unitEnd++;
  if (unitEnd === unitStart) return null;
  return { text: text.slice(unitStart, unitEnd), range: rangeOf(ctx, unitStart, unitEnd) };
}

function lastLine(text: string, start: number, end: number): { start: number; end: number } {
  let lineStart = end;
  while (lineStart > start && !LINE_BREAK_CODES.has(text.charCodeAt(lineStart - 1))) lineStart--;
  return trimSpaces(text, lineStart, end);
}

function trimSpaces(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
