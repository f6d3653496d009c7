/**
 * The verdict on each 合计/总计 row of a table, judged in one place: the parser
 * records the cells (parse/tables.ts), this decides whether the table proves
 * a slip, and table-total (and later the ledger) read the verdict.
 *
 * Precision first: a total is judged only where the table says which rows it
 * sums. That is the first 合计/总计 row of a table with a header row and one
 * label column, against every row between the header and it, when each of
 * those rows is a leaf: no 其中/小计/合计 row, no mixed levels (一、 with
 * （一） or 1.), no heading row without figures, and no row that the rows
 * right after it add up to (a sub-total written without a mark). Percent
 * columns (增长%, 比重) are never added. Every figure is an interval, rounded
 * to its last written digit; only a sum no rounding explains is a mismatch.
 */
import type { ReportOutline, Table, TableCell, TableTotal } from '../model/outline.js';
import { matchSectionMarker } from '../parse/markers.js';

/** A label that is, or ends with, one of these totals the rows above it. */
const TOTAL_WORDS: readonly string[] = ['合计', '总计'];
/** A label that opens with one of these is a child or an adjustment, not a leaf of the group. */
const CHILD_OPENINGS: readonly string[] = ['其中', '含', '内：', '#', '＃', '减：', '减:', '加：', '加:', '注'];
/** A label holding one of these is itself a total: the group has levels. */
const SUBTOTAL_WORDS: readonly string[] = ['小计', '合计', '总计', '共计'];
/** A column whose header holds one of these is a rate, a share, an average, a price or an index: never added. */
const PERCENT_HEADER_WORDS: readonly string[] = ['%', '％', '增长', '增减', '增幅', '比重', '占', '率', '幅度', '同比', '比上年', '百分', '均', '价', '指数'];
/** A cell that stands for nothing (no amount): adds nothing. */
const DASH_CELLS: ReadonlySet<string> = new Set(['', '-', '—', '——', '－', '/', '…', '─']);

/** The label as compared: every space removed (收 入 合 计 → 收入合计). */
export function labelOf(cell: TableCell | undefined): string {
  if (!cell) return '';
  let label = '';
  for (const char of cell.text) if (char.trim() !== '') label += char;
  // **合计** in Markdown: the emphasis marks are no part of the label.
  let from = 0;
  let to = label.length;
  while (from < to && label[from] === '*') from++;
  while (to > from && label[to - 1] === '*') to--;
  return label.slice(from, to);
}

export function isTotalLabel(label: string): boolean {
  return TOTAL_WORDS.some((word) => label.endsWith(word));
}

/** Records the verdicts in the outline (parseReport's last step). */
export function judgeTables(outline: ReportOutline): void {
  for (const table of outline.tables) table.totals = judgeTable(table);
}

export function judgeTable(table: Table): TableTotal[] {
  const { rows } = table;
  const start = table.header === null ? 0 : table.header + 1;
  const totalRows: number[] = [];
  for (let r = start; r < rows.length; r++) if (isTotalLabel(labelOf(rows[r]!.cells[0]))) totalRows.push(r);
  const verdicts: TableTotal[] = [];
  for (const row of totalRows) {
    const tableReason = row === totalRows[0] ? groupProblem(table, start, row) : 'second-total';
    const cells = rows[row]!.cells;
    for (let column = 1; column < cells.length; column++) {
      if (cells[column]!.value === null) continue;
      if (tableReason) verdicts.push({ row, column, parts: [], verdict: 'not-assessable', reason: tableReason });
      else verdicts.push(judgeColumn(table, start, row, column));
    }
  }
  return verdicts;
}

type Reason = TableTotal['reason'];

/** Why the rows from `start` to the total row are no group of leaves, or null when they are. */
function groupProblem(table: Table, start: number, totalRow: number): Reason | null {
  const { rows } = table;
  if (table.header === null) return 'hierarchy';
  const width = rows[table.header]!.cells.length;
  if (totalRow - start < 2) return 'no-figures';
  const styles = new Set<string>();
  let unmarked = 0;
  for (let r = start; r <= totalRow; r++) {
    const cells = rows[r]!.cells;
    // Rows of another width, or text beside the label column: side-by-side blocks (收入 | 支出) or a unit column.
    if (cells.length !== width) return 'side-by-side';
    for (let c = 1; c < cells.length; c++) {
      const cell = cells[c]!;
      if (cell.value === null && !DASH_CELLS.has(cell.text)) return 'side-by-side';
    }
    if (r === totalRow) continue;
    const first = cells[0]!;
    const label = labelOf(first);
    if (label === '' || first.text.charCodeAt(0) === 0x3000) return 'hierarchy';
    if (CHILD_OPENINGS.some((w) => label.startsWith(w)) || SUBTOTAL_WORDS.some((w) => label.includes(w))) return 'hierarchy';
    // A row without any figure heads the rows under it.
    if (cells.slice(1).every((c) => c.value === null)) return 'hierarchy';
    const marker = matchSectionMarker(first.text, 0, first.text.length);
    if (marker) styles.add(marker.style);
    else unmarked++;
  }
  // 一、 and （一） (or 1.) in one group are two levels; marked rows among unmarked ones may head them.
  if (styles.size > 1 || (styles.size === 1 && unmarked > 0)) return 'hierarchy';
  return null;
}

interface Interval {
  low: number;
  high: number;
}

/** 万元, 亿元, 千瓦时: a unit with a multiplier, whose whole numbers are rounded too. */
const MULTIPLIER_CHARS: readonly string[] = ['十', '百', '千', '万', '亿'];

/** A whole number in a table whose 单位 line names a unit without multiplier (处, 人, 元) is a count written in full. */
function countsExactly(table: Table): boolean {
  const unit = table.unit?.text;
  return unit !== undefined && !MULTIPLIER_CHARS.some((c) => unit.includes(c));
}

/**
 * A figure as written, rounded to its last digit: 754.54 stands for [754.535,
 * 754.545], 93 (亿元) for [92.5, 93.5]; a whole count (12 处) is exact.
 */
function intervalOf(cell: TableCell, exact: boolean): Interval {
  const value = cell.value!;
  const half = exact && cell.decimals === 0 ? 0 : 0.5 * 10 ** -cell.decimals;
  return { low: value - half, high: value + half };
}

function epsilon(value: number): number {
  return Math.abs(value) * 1e-9 + 1e-9;
}

function isPercentColumn(table: Table, start: number, totalRow: number, column: number): boolean {
  const header = table.header === null ? '' : (table.rows[table.header]!.cells[column]?.text ?? '');
  if (PERCENT_HEADER_WORDS.some((w) => header.includes(w))) return true;
  for (let r = start; r <= totalRow; r++) if (table.rows[r]!.cells[column]!.percent) return true;
  return false;
}

function judgeColumn(table: Table, start: number, totalRow: number, column: number): TableTotal {
  const base = { row: totalRow, column };
  if (isPercentColumn(table, start, totalRow, column)) return { ...base, parts: [], verdict: 'not-assessable', reason: 'percent-column' };
  const parts: number[] = [];
  for (let r = start; r < totalRow; r++) if (table.rows[r]!.cells[column]!.value !== null) parts.push(r);
  if (parts.length < 2) return { ...base, parts, verdict: 'not-assessable', reason: 'no-figures' };
  const cellAt = (r: number) => table.rows[r]!.cells[column]!;
  const exact = countsExactly(table);
  if (hiddenSubtotal(parts.map(cellAt), exact)) return { ...base, parts, verdict: 'not-assessable', reason: 'hierarchy' };
  const sum = parts.reduce((s, r) => s + cellAt(r).value!, 0);
  const low = parts.reduce((s, r) => s + intervalOf(cellAt(r), exact).low, 0);
  const high = parts.reduce((s, r) => s + intervalOf(cellAt(r), exact).high, 0);
  const total = intervalOf(cellAt(totalRow), exact);
  const mismatch = low > total.high + epsilon(total.high) || high < total.low - epsilon(total.low);
  return { ...base, parts, verdict: mismatch ? 'mismatch' : 'holds', reason: 'sum', sum, low, high };
}

/**
 * 税收收入 100 | 增值税 60 | 所得税 40: a row that the rows right after it add
 * up to (or the rows right before it) is a sub-total written without a mark,
 * and the group has two levels.
 */
function hiddenSubtotal(cells: readonly TableCell[], exact: boolean): boolean {
  const n = cells.length;
  for (let i = 0; i < n; i++) {
    const head = intervalOf(cells[i]!, exact);
    // The rows after it (a heading row with its children), then the rows before it (children, then their sum).
    for (const step of [1, -1]) {
      let low = 0;
      let high = 0;
      for (let j = i + step, count = 1; j >= 0 && j < n; j += step, count++) {
        const part = intervalOf(cells[j]!, exact);
        low += part.low;
        high += part.high;
        if (count >= 2 && low <= head.high + epsilon(head.high) && high >= head.low - epsilon(head.low)) return true;
      }
    }
  }
  return false;
}
