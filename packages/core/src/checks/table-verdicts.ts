/**
 * The verdict on each 合计/总计 (and 小计) row of a table, judged in one place:
 * the parser records the cells (parse/tables.ts), this decides whether the
 * table proves a slip, and table-total (and later the ledger) read the verdict.
 *
 * Precision first: a total is judged only where the table says which rows it
 * sums. A table with a header row is split into blocks side by side (收入 |
 * 支出) when it repeats one block shape, each opening with a label column;
 * each block is judged alone. In a block, the first 合计/总计 row is judged
 * against the rows between the header and it, or, when it stands right under
 * the header and is the only one, against the rows below it. Those rows must
 * be leaves: no 其中 row, no mixed levels (一、 with （一） or 1.), no heading
 * row without figures, and no row that the rows right after it add up to (a
 * sub-total written without a mark). A 小计 row sums the rows since the header
 * or the previous 小计 (at least two), and the total then sums the 小计 rows
 * and the rows after the last one. Percent columns (增长%, 比重) are never
 * added. Every figure is an interval, rounded to its last written digit; only
 * a sum no rounding explains is a mismatch, and not even then when a shorter
 * run of the rows explains it (the group may start later, or the rows below a
 * total may break it down twice).
 */
import type { ReportOutline, Table, TableCell, TableChild, TableRate, TableShare, TableTotal } from '../model/outline.js';
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

/** A column as its header names it (“执行数”列, column “执行数”), or by its number without a header or in an empty header cell. */
export function columnNames(table: Table, column: number): { column: string; columnEn: string } {
  const header = table.header === null ? '' : labelOf(table.rows[table.header]!.cells[column]);
  return header === '' ? { column: `第${column + 1}列`, columnEn: `column ${column + 1}` } : { column: `“${header}”列`, columnEn: `column “${header}”` };
}

export function isTotalLabel(label: string): boolean {
  return TOTAL_WORDS.some((word) => label.endsWith(word));
}

/** Records the verdicts in the outline (parseReport's last step). */
export function judgeTables(outline: ReportOutline): void {
  for (const table of outline.tables) {
    table.totals = judgeTable(table);
    table.children = judgeChildren(table);
    table.rates = judgeRates(table);
    table.shares = judgeShares(table);
  }
}

/**
 * A row marked # (＃) is a part of the row above it that is not one (#增值税 under 税收收入), each marked
 * on its own line; so the 合计 sums the rows that are not, and the # rows are judged against their parent.
 */
const HASH_MARKS: readonly string[] = ['#', '＃'];
/** 其中：增值税 marks only the first part: the rows after it may be parts or the parent's siblings. */
const FIRST_CHILD_OPENING = '其中';

function isHashChild(label: string): boolean {
  return HASH_MARKS.some((mark) => label.startsWith(mark));
}

/** The columns of one block: its label column and the figure columns right of it. */
interface Block {
  first: number;
  width: number;
}

/**
 * The cell that labels `column` in a row: the nearest text cell left of it
 * (the label column of its block; the first cell of a one-block table).
 */
export function labelColumnOf(table: Table, row: number, column: number): number {
  const cells = table.rows[row]!.cells;
  for (let c = column - 1; c > 0; c--) {
    const cell = cells[c]!;
    if (cell.value === null && !DASH_CELLS.has(cell.text)) return c;
  }
  return 0;
}

export function judgeTable(table: Table): TableTotal[] {
  const { rows } = table;
  const start = table.header === null ? 0 : table.header + 1;
  const verdicts: TableTotal[] = [];
  const blocks = blocksOf(table, start);
  for (const block of blocks) {
    // Padding rows of a block beside a longer one (| | | 三、教育支出 | 92.45) are no rows of it.
    // # rows are parts of the row above them, each marked: the 合计 sums the rows they break down, not them.
    const blockRows: number[] = [];
    for (let r = start; r < rows.length; r++) {
      if (blocks.length > 1 && isBlankInBlock(table, r, block)) continue;
      if (isHashChild(labelOf(rows[r]!.cells[block.first]))) continue;
      blockRows.push(r);
    }
    judgeBlock(table, block, blockRows, verdicts);
  }
  verdicts.sort((a, b) => a.row - b.row || a.column - b.column);
  return verdicts;
}

/**
 * A table's blocks: one, or several side by side (收入 | 支出) when the table
 * has a header, every row is as wide as it, each block opens with a column
 * whose cells are all text, and the blocks repeat one shape (as wide, their
 * figure columns headed alike).
 */
function blocksOf(table: Table, start: number): Block[] {
  const { rows } = table;
  const whole = [{ first: 0, width: rows[table.header ?? 0]!.cells.length }];
  if (table.header === null) return whole;
  const header = rows[table.header]!.cells;
  const width = header.length;
  const labelColumns: number[] = [0];
  for (let c = 1; c < width; c++) {
    let text = 0;
    let figure = 0;
    for (let r = start; r < rows.length; r++) {
      const cells = rows[r]!.cells;
      if (cells.length !== width) return whole;
      const cell = cells[c]!;
      if (cell.value !== null) figure++;
      else if (!DASH_CELLS.has(cell.text)) text++;
    }
    if (text > 0 && figure === 0) labelColumns.push(c);
  }
  if (labelColumns.length < 2) return whole;
  const blockWidth = labelColumns[1]!;
  const blocks: Block[] = [];
  for (let i = 0; i < labelColumns.length; i++) {
    const first = labelColumns[i]!;
    const next = i + 1 < labelColumns.length ? labelColumns[i + 1]! : width;
    if (next - first !== blockWidth || blockWidth < 2) return whole;
    for (let k = 1; k < blockWidth; k++) if (labelOf(header[first + k]) !== labelOf(header[k])) return whole;
    blocks.push({ first, width: blockWidth });
  }
  return blocks;
}

function isBlankInBlock(table: Table, row: number, block: Block): boolean {
  const cells = table.rows[row]!.cells;
  for (let c = block.first; c < block.first + block.width; c++) if (!DASH_CELLS.has(cells[c]!.text)) return false;
  return true;
}

type Reason = TableTotal['reason'];

/** A label ending with this totals the rows of its group (since the header or the last 小计). */
const SUBTOTAL_WORD = '小计';

function judgeBlock(table: Table, block: Block, blockRows: readonly number[], verdicts: TableTotal[]): void {
  const { rows } = table;
  const labelAt = (r: number) => labelOf(rows[r]!.cells[block.first]);
  const totals = blockRows.filter((r) => isTotalLabel(labelAt(r)));
  if (totals.length === 0) return;
  const first = totals[0]!;
  const at = blockRows.indexOf(first);
  const push = (row: number, judge: (column: number) => TableTotal) => {
    const cells = rows[row]!.cells;
    for (let column = block.first + 1; column < block.first + block.width; column++) {
      if (cells[column]?.value === null || cells[column] === undefined) continue;
      verdicts.push(judge(column));
    }
  };
  const skip = (reason: Reason) => (row: number) => push(row, (column) => ({ row, column, parts: [], verdict: 'not-assessable', reason }));
  for (const row of totals.slice(1)) skip('second-total')(row);
  if (at === 0 && totals.length === 1) {
    // 总计 right under the header, its parts below it (statistical bulletins).
    const below = blockRows.slice(1);
    const problem = groupProblem(table, block, below, first, false);
    if (problem) skip(problem)(first);
    else push(first, (column) => judgeBelow(table, below, first, column));
    return;
  }
  const above = blockRows.slice(0, at);
  const problem = groupProblem(table, block, above, first, true);
  if (problem) {
    for (const r of above) if (labelAt(r).endsWith(SUBTOTAL_WORD)) skip(problem)(r);
    skip(problem)(first);
    return;
  }
  // 小计 groups: each 小计 sums the rows since the header or the previous 小计; the total, the 小计 rows and the rows after the last.
  const groups: { subtotal: number; rows: number[] }[] = [];
  let current: number[] = [];
  for (const r of above) {
    if (labelAt(r).endsWith(SUBTOTAL_WORD)) {
      groups.push({ subtotal: r, rows: current });
      current = [];
    } else current.push(r);
  }
  if (groups.length === 0) {
    push(first, (column) => judgeColumn(table, above, first, column));
    return;
  }
  // A 小计 with fewer than two rows since the last one may sum the rows below it: where its group starts is unproved.
  if (groups.some((g) => g.rows.length < 2)) {
    skip('hierarchy')(first);
    for (const g of groups) skip('hierarchy')(g.subtotal);
    return;
  }
  const parts = [...groups.map((g) => g.subtotal), ...current];
  /** Columns where some 小计's group is unproved: the total there sums rows no one can name. */
  const unproved = new Set<number>();
  for (const g of groups) {
    push(g.subtotal, (column) => {
      const verdict = judgeSubtotal(table, g.rows, g.subtotal, column);
      if (verdict.verdict === 'not-assessable') unproved.add(column);
      return verdict;
    });
  }
  const leaves = above.filter((r) => !groups.some((g) => g.subtotal === r));
  push(first, (column) => {
    if (unproved.has(column)) return { row: first, column, parts: [], verdict: 'not-assessable', reason: 'hierarchy' };
    const verdict = judgeColumn(table, parts, first, column);
    if (verdict.verdict !== 'mismatch') return verdict;
    // A 小计 that is itself off: the total may still be the sum of the rows, and the slip is the 小计's.
    const byLeaves = judgeColumn(table, leaves, first, column);
    return byLeaves.verdict === 'holds' ? byLeaves : verdict;
  });
}

/**
 * A 小计 against the rows of its group; when they do not add up but the last
 * rows of the group alone do, the group may start later: not assessable.
 */
function judgeSubtotal(table: Table, group: readonly number[], row: number, column: number): TableTotal {
  const verdict = judgeColumn(table, group, row, column);
  if (verdict.verdict !== 'mismatch') return verdict;
  for (let from = 1; from < group.length; from++) {
    const shorter = judgeColumn(table, group.slice(from), row, column);
    if (shorter.verdict === 'holds') return { ...verdict, verdict: 'not-assessable', reason: 'hierarchy' };
  }
  return verdict;
}

/**
 * A total above its parts against all the rows below it; when they do not
 * add up but the first rows alone do, the rows below may break the total down
 * twice (城镇 | 乡村, then 男 | 女): not assessable.
 */
function judgeBelow(table: Table, below: readonly number[], row: number, column: number): TableTotal {
  const verdict = judgeColumn(table, below, row, column);
  if (verdict.verdict !== 'mismatch') return verdict;
  for (let to = 2; to < below.length; to++) {
    if (judgeColumn(table, below.slice(0, to), row, column).verdict === 'holds') return { ...verdict, verdict: 'not-assessable', reason: 'hierarchy' };
  }
  return verdict;
}

/** Why the rows a total sums are no group of leaves (小计 rows allowed when `subtotals`), or null when they are. */
function groupProblem(table: Table, block: Block, partRows: readonly number[], totalRow: number, subtotals: boolean): Reason | null {
  const { rows } = table;
  if (table.header === null) return 'hierarchy';
  const width = rows[table.header]!.cells.length;
  if (partRows.length < 2) return 'no-figures';
  const styles = new Set<string>();
  let unmarked = 0;
  for (const r of [...partRows, totalRow]) {
    const cells = rows[r]!.cells;
    // Rows of another width, or text beside the label column: blocks that do not repeat one shape, or a unit column.
    if (cells.length !== width) return 'side-by-side';
    for (let c = block.first + 1; c < block.first + block.width; c++) {
      const cell = cells[c]!;
      if (cell.value === null && !DASH_CELLS.has(cell.text)) return 'side-by-side';
    }
    if (r === totalRow) continue;
    const first = cells[block.first]!;
    const label = labelOf(first);
    if (label === '' || first.text.charCodeAt(0) === 0x3000) return 'hierarchy';
    if (subtotals && label.endsWith(SUBTOTAL_WORD)) continue;
    if (CHILD_OPENINGS.some((w) => label.startsWith(w)) || SUBTOTAL_WORDS.some((w) => label.includes(w))) return 'hierarchy';
    // A row without any figure heads the rows under it.
    if (cells.slice(block.first + 1, block.first + block.width).every((c) => c.value === null)) return 'hierarchy';
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

function isPercentColumn(table: Table, column: number): boolean {
  const header = table.header === null ? '' : (table.rows[table.header]!.cells[column]?.text ?? '');
  if (PERCENT_HEADER_WORDS.some((w) => header.includes(w))) return true;
  // Every row of the table, not only the parts: a % anywhere in the column makes it a rate column.
  for (const row of table.rows) if (row.cells[column]?.percent) return true;
  return false;
}

function judgeColumn(table: Table, partRows: readonly number[], totalRow: number, column: number): TableTotal {
  const base = { row: totalRow, column };
  if (isPercentColumn(table, column)) return { ...base, parts: [], verdict: 'not-assessable', reason: 'percent-column' };
  const parts = partRows.filter((r) => table.rows[r]!.cells[column]!.value !== null);
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

/**
 * Each child row against its parent, per figure column: a part is never more than its whole. The
 * parent is the nearest row above that is no child and no total. # rows may nest (#工业 then
 * #制造业, a part of 工业), so they are not added up: each is judged alone, which holds at any
 * depth. A 其中： row marks only the first part, and the rows after it may be parts or the parent's
 * siblings; so from there on no row of the block is a parent (其中：男性 after 其中：城镇、乡村
 * breaks down 全市常住人口 again, not 乡村). Only amounts are compared: a percent column, a
 * negative figure (a decrease, a deficit) or an empty cell leaves the column out for that parent.
 */
export function judgeChildren(table: Table): TableChild[] {
  if (table.header === null) return [];
  const { rows } = table;
  const judged: TableChild[] = [];
  for (const block of blocksOf(table, table.header + 1)) {
    let parent: number | null = null;
    let children: number[] = [];
    let afterFirstPart = false;
    const flush = () => {
      if (parent !== null && children.length > 0) judged.push(...judgeFamily(table, block, parent, children));
      children = [];
    };
    for (let r = table.header + 1; r < rows.length; r++) {
      const label = labelOf(rows[r]!.cells[block.first]);
      if (label === '') continue;
      const firstPart = label.startsWith(FIRST_CHILD_OPENING);
      if (isHashChild(label) || firstPart) {
        if (parent !== null) children.push(r);
        if (firstPart) afterFirstPart = true;
        continue;
      }
      flush();
      const total = isTotalLabel(label) || label.endsWith(SUBTOTAL_WORD);
      if (total) afterFirstPart = false;
      parent = total || afterFirstPart ? null : r;
    }
    flush();
  }
  return judged.sort((a, b) => a.parent - b.parent || a.column - b.column);
}

function judgeFamily(table: Table, block: Block, parent: number, children: readonly number[]): TableChild[] {
  const judged: TableChild[] = [];
  const exact = countsExactly(table);
  for (let column = block.first + 1; column < block.first + block.width; column++) {
    if (isPercentColumn(table, column)) continue;
    const whole = table.rows[parent]!.cells[column];
    if (!whole || whole.value === null || whole.value < 0) continue;
    const parts = children.filter((r) => (table.rows[r]!.cells[column]?.value ?? null) !== null);
    if (parts.length === 0 || parts.some((r) => table.rows[r]!.cells[column]!.value! < 0)) continue;
    const limit = intervalOf(whole, exact).high;
    const over = parts.find((r) => intervalOf(table.rows[r]!.cells[column]!, exact).low > limit + epsilon(limit));
    const base = { parent, rows: parts, column };
    judged.push(over === undefined ? { ...base, verdict: 'holds', reason: 'within' } : { ...base, verdict: 'mismatch', reason: 'child-exceeds', child: over });
  }
  return judged;
}

/** 完成预算%, 为年初预算%: 执行数 ÷ 预算数 (a column headed 预算, 预算数, 年初预算). */
const BUDGET_RATE_HEADERS: ReadonlySet<string> = new Set(['完成预算', '为预算', '完成年初预算', '为年初预算', '占预算']);
/** 为调整预算%: 执行数 ÷ 调整预算数. */
const ADJUSTED_RATE_HEADERS: ReadonlySet<string> = new Set(['完成调整预算', '为调整预算', '占调整预算']);
/** 完成率, 执行率: 执行数 ÷ the one budget column of the table. */
const COMPLETION_RATE_HEADERS: ReadonlySet<string> = new Set(['完成率', '执行率', '预算完成率', '预算执行率', '完成预算率']);
/** 增长%, 比上年增长%: (本年 − 上年) ÷ 上年; only with % (增长率 says it itself), else the column may hold amounts. */
const GROWTH_RATE_HEADERS: ReadonlySet<string> = new Set(['增长', '增减', '比上年增长', '比上年增减', '较上年增长', '较上年增减', '同比增长', '同比增减', '增幅']);
const GROWTH_RATE_WORDS: ReadonlySet<string> = new Set(['增长率', '比上年增长率', '较上年增长率', '同比增长率', '增幅', '比上年增幅']);
/** The columns a budget rate is of. */
const BUDGET_HEADERS: ReadonlySet<string> = new Set(['预算', '预算数', '年初预算', '年初预算数']);
const ADJUSTED_HEADERS: ReadonlySet<string> = new Set(['调整预算', '调整预算数', '调整后预算', '调整后预算数']);
/** The column a completion rate divides: what was spent or collected. */
const OUTTURN_HEADERS: ReadonlySet<string> = new Set(['执行数', '完成数', '决算数', '执行', '完成', '决算', '预计执行数', '预计完成数', '预计执行']);
/** 上年执行数, 上年决算数: the prior year named by word; 本年执行数 or 执行数 beside it is this year. */
const PRIOR_YEAR_WORD = '上年';
const THIS_YEAR_WORDS: readonly string[] = ['本年', '当年'];
/** What a header may carry that names no column: brackets, units in them, %, ±. */
const HEADER_NOISE: ReadonlySet<string> = new Set(['%', '％', '±', '(', ')', '（', '）']);
const OPENING_BRACKETS = '(（';
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const CLOSING_BRACKETS = ')）';

interface RateHeader {
  kind: TableRate['kind'];
  /** The headers of the base column; null: the one budget column of either kind (完成率). */
  base: ReadonlySet<string> | null;
}

/**
 * A header as it names a column: spaces, %, ± and brackets dropped, a unit in
 * brackets (预算数（万元）) dropped with them; `percent` says whether a % was there.
 */
function headerWords(cell: TableCell | undefined): { words: string; percent: boolean } {
  const label = labelOf(cell);
  let words = '';
  let percent = false;
  let depth = 0;
  for (const char of label) {
    if (char === '%' || char === '％') percent = true;
    if (OPENING_BRACKETS.includes(char)) depth++;
    else if (CLOSING_BRACKETS.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && !HEADER_NOISE.has(char)) words += char;
  }
  return { words, percent };
}

/** 2025年执行数 → 2025 and 执行数; a header without a year → null and the header. */
function yearOf(words: string): { year: number | null; rest: string } {
  if (words.length > 5 && words[4] === '年') {
    let digits = true;
    for (let i = 0; i < 4; i++) {
      const c = words.charCodeAt(i);
      if (c < DIGIT_0 || c > DIGIT_9) digits = false;
    }
    if (digits) return { year: Number(words.slice(0, 4)), rest: words.slice(5) };
  }
  return { year: null, rest: words };
}
function rateHeaderOf(cell: TableCell | undefined): RateHeader | null {
  const { words, percent } = headerWords(cell);
  if (COMPLETION_RATE_HEADERS.has(words)) return { kind: 'completion', base: null };
  if (percent && BUDGET_RATE_HEADERS.has(words)) return { kind: 'completion', base: BUDGET_HEADERS };
  if (percent && ADJUSTED_RATE_HEADERS.has(words)) return { kind: 'completion', base: ADJUSTED_HEADERS };
  if (GROWTH_RATE_WORDS.has(words) || (percent && GROWTH_RATE_HEADERS.has(words))) return { kind: 'growth', base: null };
  return null;
}

/** The one column among `columns` that `accept` takes, or null when none or several do. */
function onlyColumn(columns: readonly number[], accept: (column: number) => boolean): number | null {
  const found = columns.filter(accept);
  return found.length === 1 ? found[0]! : null;
}

/**
 * Each rate cell against the two figures of its row its header names, per
 * block. 完成预算% divides the one 执行数/完成数/决算数 column by the column
 * headed 预算数 (为调整预算%, by 调整预算数; 完成率, by the one budget column
 * of either kind). 增长% compares this year with the prior year: a 上年执行数
 * column with the 执行数 (or 本年执行数) column, or the one column of a year
 * with the one column of the year before (2024年决算数 | 2025年预算数). Where
 * the headers leave a choice, or a block has two growth columns, the cells are
 * not assessable. Every figure is an interval rounded to its last digit.
 */
export function judgeRates(table: Table): TableRate[] {
  if (table.header === null) return [];
  const { rows } = table;
  const header = rows[table.header]!.cells;
  const judged: TableRate[] = [];
  for (const block of blocksOf(table, table.header + 1)) {
    const amounts: number[] = [];
    const rates: { column: number; rate: RateHeader }[] = [];
    for (let column = block.first + 1; column < block.first + block.width; column++) {
      const rate = rateHeaderOf(header[column]);
      if (rate) rates.push({ column, rate });
      else if (!isPercentColumn(table, column)) amounts.push(column);
    }
    const growthColumns = rates.filter((r) => r.rate.kind === 'growth').length;
    for (const { column, rate } of rates) {
      const pair = rate.kind === 'completion' ? completionPair(table, amounts, rate) : growthColumns === 1 ? growthPair(table, amounts) : null;
      for (let row = table.header + 1; row < rows.length; row++) {
        const cells = rows[row]!.cells;
        const cell = cells[column];
        if (!cell || cell.value === null || cells.length !== header.length) continue;
        judged.push(judgeRate(table, row, column, rate.kind, pair));
      }
    }
  }
  return judged.sort((a, b) => a.row - b.row || a.column - b.column);
}

function completionPair(table: Table, amounts: readonly number[], rate: RateHeader): { numerator: number; base: number } | null {
  const header = table.rows[table.header!]!.cells;
  const words = (column: number) => yearOf(headerWords(header[column]).words).rest;
  const numerator = onlyColumn(amounts, (c) => OUTTURN_HEADERS.has(words(c)));
  const base = onlyColumn(amounts, (c) => (rate.base ? rate.base.has(words(c)) : BUDGET_HEADERS.has(words(c)) || ADJUSTED_HEADERS.has(words(c))));
  return numerator === null || base === null ? null : { numerator, base };
}

/** This year's column and the prior year's: by 上年/本年 words, else by years a year apart. */
function growthPair(table: Table, amounts: readonly number[]): { numerator: number; base: number } | null {
  const header = table.rows[table.header!]!.cells;
  const words = (column: number) => headerWords(header[column]).words;
  const priors = amounts.filter((c) => words(c).startsWith(PRIOR_YEAR_WORD));
  if (priors.length > 1) return null;
  if (priors.length === 1) {
    const prior = priors[0]!;
    const rest = words(prior).slice(PRIOR_YEAR_WORD.length);
    const thisYear = (c: number) => {
      const w = words(c);
      const named = THIS_YEAR_WORDS.find((word) => w.startsWith(word));
      const own = named === undefined ? w : w.slice(named.length);
      // 上年数 beside 本年数; 上年执行数 beside 执行数 or 本年执行数.
      return c !== prior && (rest === '' || rest === '数' ? named !== undefined && (own === '' || own === '数') : own === rest);
    };
    const current = onlyColumn(amounts, thisYear);
    return current === null ? null : { numerator: current, base: prior };
  }
  const years = amounts.map((c) => ({ column: c, ...yearOf(words(c)) })).filter((y) => y.year !== null);
  if (years.length === 0) return null;
  const latest = Math.max(...years.map((y) => y.year!));
  const currents = years.filter((y) => y.year === latest);
  const previous = years.filter((y) => y.year === latest - 1);
  if (previous.length !== 1) return null;
  const prior = previous[0]!;
  // 2025年预算数 | 2025年执行数 | 2024年执行数: the one of the year named as the prior year's column is.
  const current = currents.length === 1 ? currents[0]! : (onlyOf(currents.filter((y) => y.rest === prior.rest)) ?? null);
  return current === null ? null : { numerator: current.column, base: prior.column };
}

function onlyOf<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

function judgeRate(table: Table, row: number, column: number, kind: TableRate['kind'], pair: { numerator: number; base: number } | null): TableRate {
  if (pair === null) return { row, column, kind, numerator: null, base: null, verdict: 'not-assessable', reason: 'unpaired' };
  const cells = table.rows[row]!.cells;
  const judged = { row, column, kind, numerator: pair.numerator, base: pair.base };
  const top = cells[pair.numerator]!;
  const bottom = cells[pair.base]!;
  if (top.value === null || bottom.value === null || top.percent || bottom.percent || top.value < 0 || bottom.value <= 0) {
    return { ...judged, verdict: 'not-assessable', reason: 'no-figures' };
  }
  const exact = countsExactly(table);
  const n = intervalOf(top, exact);
  const b = intervalOf(bottom, exact);
  if (b.low <= 0) return { ...judged, verdict: 'not-assessable', reason: 'no-figures' };
  const offset = kind === 'growth' ? 100 : 0;
  const expected = (top.value / bottom.value) * 100 - offset;
  const low = (n.low / b.high) * 100 - offset;
  const high = (n.high / b.low) * 100 - offset;
  const stated = intervalOf(cells[column]!, false);
  const mismatch = stated.low > high + epsilon(high) || stated.high < low - epsilon(low);
  return { ...judged, verdict: mismatch ? 'mismatch' : 'holds', reason: 'rate', expected, low, high };
}

/** A share column: 比重（%）, 占比, 构成, or one naming its amounts (占地区生产总值比重, 增加值比重). */
const SHARE_WORDS: readonly string[] = ['比重', '占比', '构成'];
const SHARE_OPENING = '占';
const SHARE_LINK = '的';
/** The share of the whole: 100, 100.0, 100.00. */
const WHOLE_SHARE = 100;

/** 上年, 去年, 2024年: a share header naming a year may be of another column than this year's amounts. */
const YEAR_WORDS: readonly string[] = ['上年', '去年', '本年', '当年', '前年'];
const YEAR_NAMED = /^\d{4}年/;

function namesYear(named: string): boolean {
  return YEAR_NAMED.test(named) || YEAR_WORDS.some((w) => named.includes(w));
}

/** What a share header names: '' for a bare 比重 or 构成, the amounts' header (地区生产总值) for 占地区生产总值比重; null for no share header. */
function shareHeaderOf(cell: TableCell | undefined): string | null {
  const { words } = headerWords(cell);
  const word = SHARE_WORDS.find((w) => words.endsWith(w));
  if (word === undefined) return null;
  let named = words.slice(0, words.length - word.length);
  if (named.startsWith(SHARE_OPENING)) named = named.slice(SHARE_OPENING.length);
  if (named.endsWith(SHARE_LINK)) named = named.slice(0, -SHARE_LINK.length);
  return named;
}

/**
 * Each share cell (比重, 占比, 构成) against its row's amount over the whole's,
 * per block. The whole is the one row of the block whose share is 100: with
 * none or several, nothing is judged (a 合计 is not guessed). The amounts are
 * the one non-percent figure column of the block, or, with several, the one
 * the share header names (占地区生产总值比重). In a nested table a row's share
 * may be of its parent: a share is a mismatch only when no rounding of the
 * figures gives it over the whole nor over any row above it in the block.
 */
export function judgeShares(table: Table): TableShare[] {
  if (table.header === null) return [];
  const { rows } = table;
  const header = rows[table.header]!.cells;
  const start = table.header + 1;
  const judged: TableShare[] = [];
  const blocks = blocksOf(table, start);
  for (const block of blocks) {
    const blockRows: number[] = [];
    for (let r = start; r < rows.length; r++) {
      if (rows[r]!.cells.length !== header.length) continue;
      if (blocks.length > 1 && isBlankInBlock(table, r, block)) continue;
      blockRows.push(r);
    }
    const amounts: number[] = [];
    const shares: { column: number; named: string }[] = [];
    for (let column = block.first + 1; column < block.first + block.width; column++) {
      const named = shareHeaderOf(header[column]);
      if (named !== null) shares.push({ column, named });
      else if (!isPercentColumn(table, column) && blockRows.some((r) => rows[r]!.cells[column]!.value !== null)) amounts.push(column);
    }
    // Columns of text beside the label (单位): a row in another unit than the whole's is no share of it.
    const texts: number[] = [];
    for (let column = block.first + 1; column < block.first + block.width; column++) {
      if (blockRows.every((r) => rows[r]!.cells[column]!.value === null) && blockRows.some((r) => !DASH_CELLS.has(rows[r]!.cells[column]!.text))) texts.push(column);
    }
    for (const { column, named } of shares) {
      const names = (c: number) => {
        const words = headerWords(header[c]).words;
        return named === words || (named === yearOf(words).rest && !namesYear(named));
      };
      // 比重 beside one amount column is of it, unless it names another year (上年比重, 2024年比重); with several, or beside another share column, the header must name it.
      const amount = amounts.length === 1 && shares.length === 1 && (named === '' || !namesYear(named) || names(amounts[0]!)) ? amounts[0]! : onlyColumn(amounts, (c) => named !== '' && names(c));
      // A header written again (指标 | 金额 | 比重) opens another table run on without a break: each run has its own whole.
      const runs: number[][] = [[]];
      for (const r of blockRows) {
        const cell = rows[r]!.cells[column]!;
        if (cell.value === null && !DASH_CELLS.has(cell.text)) runs.push([]);
        else runs[runs.length - 1]!.push(r);
      }
      for (const run of runs) {
        const wholes = run.filter((r) => rows[r]!.cells[column]!.value === WHOLE_SHARE);
        const whole = wholes.length === 1 ? wholes[0]! : null;
        for (const row of run) {
          if (row === whole || rows[row]!.cells[column]!.value === null) continue;
          if (whole !== null && texts.some((c) => labelOf(rows[row]!.cells[c]) !== labelOf(rows[whole]!.cells[c]))) {
            judged.push({ row, column, amount, whole, verdict: 'not-assessable', reason: 'no-figures' });
          } else judged.push(judgeShare(table, run, row, column, amount, whole));
        }
      }
    }
  }
  return judged.sort((a, b) => a.row - b.row || a.column - b.column);
}

function judgeShare(table: Table, blockRows: readonly number[], row: number, column: number, amount: number | null, whole: number | null): TableShare {
  const judged = { row, column, amount, whole };
  if (whole === null) return { ...judged, verdict: 'not-assessable', reason: 'no-whole' };
  if (amount === null) return { ...judged, verdict: 'not-assessable', reason: 'unpaired' };
  const cellAt = (r: number) => table.rows[r]!.cells[amount]!;
  const usable = (cell: TableCell) => cell.value !== null && !cell.percent && cell.value >= 0;
  const share = table.rows[row]!.cells[column]!;
  const part = cellAt(row);
  const base = cellAt(whole);
  if (!usable(part) || !usable(base) || base.value === 0 || share.value! < 0) return { ...judged, verdict: 'not-assessable', reason: 'no-figures' };
  const exact = countsExactly(table);
  const stated = intervalOf(share, false);
  const p = intervalOf(part, exact);
  const within = (of: TableCell): { low: number; high: number; holds: boolean } | null => {
    const b = intervalOf(of, exact);
    if (b.low <= 0) return null;
    const low = (Math.max(p.low, 0) / b.high) * 100;
    const high = (p.high / b.low) * 100;
    return { low, high, holds: stated.low <= high + epsilon(high) && stated.high >= low - epsilon(low) };
  };
  const ofWhole = within(base);
  if (ofWhole === null) return { ...judged, verdict: 'not-assessable', reason: 'no-figures' };
  const figures = { expected: (part.value! / base.value!) * 100, low: ofWhole.low, high: ofWhole.high };
  if (ofWhole.holds) return { ...judged, of: whole, verdict: 'holds', reason: 'share', ...figures };
  // 其中：城镇 | 乡村 under 全市, or #工业 under 第二产业: the share may be of a row above it.
  for (const above of blockRows) {
    if (above >= row) break;
    if (above === whole || !usable(cellAt(above))) continue;
    if (within(cellAt(above))?.holds) return { ...judged, of: above, verdict: 'holds', reason: 'parent', ...figures };
  }
  return { ...judged, verdict: 'mismatch', reason: 'share', ...figures };
}
