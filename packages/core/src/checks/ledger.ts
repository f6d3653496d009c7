/**
 * The ledger: every figure relation the outline holds, with its arithmetic as
 * written and its verdict — what was checked, not only what failed. A writer
 * (or the section chief who signs) sees which sums hold, which do not, and
 * which the text gives too little to judge.
 *
 * It reads the verdicts judged once in ./verdicts.ts and ./share-verdicts.ts
 * (at the default tolerance of 约); it judges nothing itself. One entry per
 * judged dimension of a relation (a 处 and 平方米 list gives two) that has
 * parts in it, one per share stated with its part and whole, one per
 * identity (出口 − 进口 = 顺差; 收支平衡) and one per change stated two ways.
 */
import type { ChangeRelation, IdentityRelation, IdentityVerdict, Metric, Relation, RelationVerdict, ReportOutline, ShareRelation, ShareVerdict, Table, TableChild, TableRate, TableShare, TableTotal } from '../model/outline.js';
import type { FigureChecks } from '../model/lint.js';
import { identityResult } from './identity-verdicts.js';
import { columnNames, labelColumnOf, labelOf } from './table-verdicts.js';
import { formatLike, formatNumber, inUnitOf, unitLabel } from '../parse/metric-bounds.js';

export type LedgerVerdict = RelationVerdict['verdict'];

export interface LedgerEntry {
  /** 1-based line and column (UTF-16) of the total, or of a share's first figure. */
  line: number;
  column: number;
  /**
   * `sum`: parts the text says make the total; `parts`: parts listed within a total; `share`: a share with
   * its part and whole; `ratio`: a quotient of two figures (城乡居民收入比2.00); `identity`: figures tied by definition (顺差 = 出口 − 进口, 收支平衡); `change`: a change
   * stated two ways (增加1560元，增长4.9%; 比上年的1120万人次增长11.6%); `table`: a table's 合计/小计 cell against
   * the rows it totals.
   */
  kind: 'sum' | 'parts' | 'share' | 'ratio' | 'identity' | 'change' | 'table';
  /** The relation as written, from its total to its last part (white space folded; long ones cut with …). */
  statement: string;
  /** The figures as written and their sum in the total's unit: 6处 + 9处 = 15处 ≠ 16处. */
  arithmetic: string;
  verdict: LedgerVerdict;
  /** `part-of`: a table's child row (#增值税, 其中：…) against the row it is part of; `rate`: a table's rate cell (完成预算%, 比上年增长%) against its row's figures; `share-of`: a table's share cell (比重, 构成) against its row's amount over the whole's. */
  reason: RelationVerdict['reason'] | ShareVerdict['reason'] | IdentityVerdict['reason'] | 'part-of' | 'rate' | 'share-of';
  /** Metric ids of every figure the check reads (the total and its parts; the share, part and whole…): an editor shows the entry on each. */
  figures: number[];
}

/** A change's verdict is holds or mismatch; its reason says which side of rounding it fell. */
const CHANGE_REASONS = { holds: 'within-rounding', mismatch: 'outside-rounding' } as const;

/** A statement longer than this is cut: the ledger is a table a person reads. */
const MAX_STATEMENT = 80;

/** The ledger of a parsed report, in document order. */
export function ledgerOf(outline: ReportOutline, text: string): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const relation of outline.relations) {
    for (const verdict of judgedDimensions(relation)) entries.push(entryOf(outline, text, relation, verdict));
  }
  for (const share of outline.shares) if (share.verdict) entries.push(shareEntryOf(outline, text, share, share.verdict));
  for (const identity of outline.identities) if (identity.verdict) entries.push(identityEntryOf(outline, text, identity, identity.verdict));
  for (const change of outline.changes) entries.push(changeEntryOf(outline, text, change));
  for (const table of outline.tables) {
    for (const total of judgedTotals(table)) entries.push(tableEntryOf(table, total));
    for (const family of table.children) entries.push(...childEntriesOf(table, family));
    for (const rate of judgedRates(table)) entries.push(rateEntryOf(table, rate));
    for (const share of judgedShares(table)) entries.push(tableShareEntryOf(table, share));
  }
  return entries.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** How many relations were checked, and how many hold, do not, are open or cannot be judged. */
export function tallyLedger(entries: readonly Pick<LedgerEntry, 'verdict'>[]): FigureChecks {
  const tally: FigureChecks = { checked: entries.length, holds: 0, mismatch: 0, uncertain: 0, notAssessable: 0 };
  for (const { verdict } of entries) {
    if (verdict === 'not-assessable') tally.notAssessable++;
    else tally[verdict]++;
  }
  return tally;
}

/** The tally straight from the outline's verdicts, without building the entries' text. */
export function figureChecksOf(outline: ReportOutline): FigureChecks {
  const shares = outline.shares.flatMap((share) => (share.verdict ? [share.verdict] : []));
  const identities = outline.identities.flatMap((identity) => (identity.verdict ? [identity.verdict] : []));
  return tallyLedger([...outline.relations.flatMap(judgedDimensions), ...shares, ...identities, ...outline.changes, ...outline.tables.flatMap(judgedTotals), ...outline.tables.flatMap(childChecks), ...outline.tables.flatMap(judgedRates), ...outline.tables.flatMap(judgedShares)]);
}

/**
 * The dimensions of a relation that have parts: 共拆除违建86处，面积2.35万平方米，
 * 其中新增违建31处，存量违建55处 lists no part in 平方米, so there is nothing to check there.
 */
function judgedDimensions(relation: Relation): RelationVerdict[] {
  return relation.verdicts.filter((verdict) => verdict.parts.length > 0);
}

function identityEntryOf(outline: ReportOutline, text: string, identity: IdentityRelation, verdict: IdentityVerdict): LedgerEntry {
  const stated = outline.metrics[identity.stated]!;
  return {
    line: stated.range.start.line,
    column: stated.range.start.column,
    kind: 'identity',
    statement: cut(text.slice(identity.range.start.offset, identity.range.end.offset)),
    arithmetic: identityArithmeticOf(outline, identity, stated, verdict),
    verdict: verdict.verdict,
    reason: verdict.reason,
    figures: [identity.stated, ...identity.terms.map((term) => term.metric)],
  };
}

/** 出口 320.5亿元 − 进口 199.8亿元 = 120.7亿元 ≠ 贸易顺差 130.7亿元: the terms with their names, as the rule words it. */
function identityArithmeticOf(outline: ReportOutline, identity: IdentityRelation, stated: Metric, verdict: IdentityVerdict): string {
  const expression = identity.terms
    .map((term, k) => {
      const written = `${term.name} ${outline.metrics[term.metric]!.text}`;
      return k === 0 ? (term.sign < 0 ? `− ${written}` : written) : `${term.sign < 0 ? '−' : '+'} ${written}`;
    })
    .join(' ');
  const target = `${identity.statedName} ${stated.text}`;
  // The result in the stated figure's unit, on the digits written, as identity-mismatch words it.
  const written = identityResult(outline, identity);
  if (verdict.computed === undefined || stated.value === null || !written) return `${expression} ？ ${target}`;
  const result = written.text;
  const equal = written.value === stated.value;
  if (verdict.verdict === 'holds') return equal ? `${expression} = ${target}` : `${expression} = ${result} ≈ ${target}`;
  if (verdict.verdict === 'mismatch') return `${expression} = ${result} ≠ ${target}`;
  return `${expression} = ${result}，${target}`;
}

/**
 * The recomputation as growth-mismatch words it, and the stated figure as written:
 * (1250 − 1120) ÷ 1120 = 11.6% ≠ 增长12.6%; = when the stated figure shows the same digits.
 */
function changeEntryOf(outline: ReportOutline, text: string, change: ChangeRelation): LedgerEntry {
  const stated = outline.metrics[change.stated]!;
  const written = text.slice(change.written.start.offset, change.written.end.offset);
  const unit = change.kind === 'rate' ? '%' : change.kind === 'points' ? '个百分点' : '倍';
  // The verb carries the direction (= 5.3% ≈ 下降5.3%), so the sign is shown only where the text writes one
  // (= -5.3% = 增长-5.3%) or the figures go the other way from the verb (= -5.3% ≠ 增长5.3%).
  const computedNegative = change.computedText.startsWith('-');
  const againstVerb = computedNegative !== change.statedValue < 0 && Number(change.computedText) !== 0;
  const signedFigure = /[-−－]/u.test(written);
  const computedValue = signedFigure || againstVerb ? change.computedText : change.computedText.replace(/^-/, '');
  const computed = `${computedValue}${unit}`;
  const equal = Number(change.computedText.replace(/^-/, '')) === Math.abs(change.statedValue);
  const relation = change.verdict === 'mismatch' ? '≠' : equal ? '=' : '≈';
  return {
    line: stated.range.start.line,
    column: stated.range.start.column,
    kind: 'change',
    statement: cut(text.slice(change.range.start.offset, change.range.end.offset)),
    arithmetic: `${change.arithmetic} = ${computed} ${relation} ${written}`,
    verdict: change.verdict,
    reason: CHANGE_REASONS[change.verdict],
    figures: [change.stated, ...change.figures.map((f) => f.metric)],
  };
}

/**
 * The table totals the table proves the rows of: a 合计 whose rows the table leaves open (side-by-side blocks
 * it cannot split, 其中 rows, unproved 小计 groups) is left out, or a budget report's appendix would list
 * dozens of cells that were never checked.
 */
function judgedTotals(table: Table): TableTotal[] {
  return table.totals.filter((total) => total.verdict !== 'not-assessable');
}

/** “合计”行第2列: the rows as written, their sum to the rows' decimals, and how it stands to the total. */
function tableEntryOf(table: Table, total: TableTotal): LedgerEntry {
  const row = table.rows[total.row]!;
  const cell = row.cells[total.column]!;
  const parts = total.parts.map((index) => table.rows[index]!.cells[total.column]!);
  const decimals = Math.max(0, ...parts.map((part) => part.decimals));
  const sum = Number((total.sum ?? 0).toFixed(decimals));
  const expression = `${parts.map((part) => part.text).join(' + ')} = ${sum.toFixed(decimals)}`;
  const relation = total.verdict === 'mismatch' ? '≠' : sum === cell.value ? '=' : '≈';
  // The label of the cell's own block: the nearest text to its left (支出合计 in a 收入 | 支出 row).
  const label = [...row.cells.slice(0, total.column)].reverse().find((c) => c.value === null && c.text !== '')?.text.replace(/\s+/g, '') ?? '';
  return {
    line: cell.range.start.line,
    column: cell.range.start.column,
    kind: 'table',
    statement: cut(`“${label}”行${columnNames(table, total.column).column} ${cell.text}`),
    arithmetic: `${expression} ${relation} ${cell.text}`,
    verdict: total.verdict,
    reason: 'sum',
    figures: [],
  };
}

/** One check per child row and column: the ledger counts each child judged against its parent. */
function childChecks(table: Table): Pick<LedgerEntry, 'verdict'>[] {
  return table.children.flatMap((family) => family.rows.map((row) => ({ verdict: family.child === row ? 'mismatch' : 'holds' }) as const));
}

/** “#增值税”行“执行数”列 38.60 ≤ “税收收入”行 93.00: each child row against the row it is part of. */
function childEntriesOf(table: Table, family: TableChild): LedgerEntry[] {
  const parentRow = table.rows[family.parent]!;
  const whole = parentRow.cells[family.column]!;
  const column = columnNames(table, family.column).column;
  return family.rows.map((row) => {
    const cells = table.rows[row]!.cells;
    const cell = cells[family.column]!;
    const over = family.child === row;
    return {
      line: cell.range.start.line,
      column: cell.range.start.column,
      kind: 'table',
      statement: cut(`“${labelOf(cells[labelColumnOf(table, row, family.column)])}”行${column} ${cell.text}`),
      arithmetic: `${cell.text} ${over ? '>' : '≤'} ${whole.text}（“${labelOf(parentRow.cells[labelColumnOf(table, family.parent, family.column)])}”行）`,
      verdict: over ? 'mismatch' : 'holds',
      reason: 'part-of',
      figures: [],
    };
  });
}

/** The rate cells the headers pair with two columns and whose row has both figures: the rest were never checked. */
function judgedRates(table: Table): TableRate[] {
  return table.rates.filter((rate) => rate.verdict !== 'not-assessable');
}

/** “合计”行“完成预算%”列 113.3: 155,000 ÷ 150,000 = 103.3% ≠ 113.3, as table-total words it. */
function rateEntryOf(table: Table, rate: TableRate): LedgerEntry {
  const cells = table.rows[rate.row]!.cells;
  const top = cells[rate.numerator!]!.text;
  const bottom = cells[rate.base!]!.text;
  const expression = rate.kind === 'growth' ? `(${top} − ${bottom}) ÷ ${bottom}` : `${top} ÷ ${bottom}`;
  return percentCellEntry(table, rate, expression, rate.expected ?? 0, 'rate');
}

/** The share cells of a block with one row at 100 and a proved amount column, whose row has its amount: the rest were never checked. */
function judgedShares(table: Table): TableShare[] {
  return table.shares.filter((share) => share.verdict !== 'not-assessable');
}

/** “乡村”行“比重（%）”列 18.5: 242.76 ÷ 1313.8 = 18.5% = 18.5; a share of a row above it, over that row. */
function tableShareEntryOf(table: Table, share: TableShare): LedgerEntry {
  const amount = share.amount!;
  const part = table.rows[share.row]!.cells[amount]!;
  const base = table.rows[share.of ?? share.whole!]!.cells[amount]!;
  const value = (base.value ?? 0) > 0 ? ((part.value ?? 0) / base.value!) * 100 : (share.expected ?? 0);
  return percentCellEntry(table, share, `${part.text} ÷ ${base.text}`, value, 'share-of');
}

/** A rate or share cell with the arithmetic that gives it, to the cell's decimals (at least one). */
function percentCellEntry(table: Table, judged: { row: number; column: number; verdict: LedgerVerdict }, expression: string, value: number, reason: 'rate' | 'share-of'): LedgerEntry {
  const cells = table.rows[judged.row]!.cells;
  const cell = cells[judged.column]!;
  const computed = value.toFixed(Math.min(Math.max(cell.decimals, 1), 6));
  const relation = judged.verdict === 'mismatch' ? '≠' : Number(computed) === cell.value ? '=' : '≈';
  return {
    line: cell.range.start.line,
    column: cell.range.start.column,
    kind: 'table',
    statement: cut(`“${labelOf(cells[labelColumnOf(table, judged.row, judged.column)])}”行${columnNames(table, judged.column).column} ${cell.text}`),
    arithmetic: `${expression} = ${computed}% ${relation} ${cell.text}`,
    verdict: judged.verdict,
    reason,
    figures: [],
  };
}

function entryOf(outline: ReportOutline, text: string, relation: Relation, verdict: RelationVerdict): LedgerEntry {
  const total = outline.metrics[verdict.total]!;
  const parts = verdict.parts.map((id) => outline.metrics[id]!);
  return {
    line: total.range.start.line,
    column: total.range.start.column,
    kind: relation.coverage === 'exhaustive' ? 'sum' : 'parts',
    statement: statementOf(text, relation, total),
    arithmetic: arithmeticOf(total, parts, verdict),
    verdict: verdict.verdict,
    reason: verdict.reason,
    figures: [verdict.total, ...verdict.parts],
  };
}

function shareEntryOf(outline: ReportOutline, text: string, relation: ShareRelation, verdict: ShareVerdict): LedgerEntry {
  const share = outline.metrics[relation.share]!;
  const part = outline.metrics[relation.part]!;
  const whole = outline.metrics[relation.whole]!;
  const start = Math.min(relation.range.start.offset, whole.subjectRange?.start.offset ?? Infinity, part.subjectRange?.start.offset ?? Infinity);
  return {
    line: relation.range.start.line,
    column: relation.range.start.column,
    // 城乡居民收入比2.00 is a quotient of two figures, not a share of a whole.
    kind: relation.ratio ? 'ratio' : 'share',
    statement: cut(text.slice(start, relation.range.end.offset)),
    arithmetic: shareArithmeticOf(share, part, whole, verdict, relation.ratio ? '' : '%'),
    verdict: verdict.verdict,
    reason: verdict.reason,
    figures: [relation.share, relation.part, relation.whole],
  };
}

/**
 * Part ÷ whole as written, the share it gives (to the stated share's decimals,
 * at least one, as share-mismatch words it), and how the stated share stands to
 * it: = when they agree as shown, ≈ within rounding, ≠ outside it. A ratio
 * (城乡居民收入比 2.00) is shown without the percent sign.
 */
function shareArithmeticOf(share: Metric, part: Metric, whole: Metric, verdict: ShareVerdict, percent: '%' | ''): string {
  const expression = `${part.text} ÷ ${whole.text}`;
  if (verdict.computed === undefined || !Number.isFinite(verdict.computed)) return `${expression} ？ ${share.text}`;
  const computed = verdict.computed.toFixed(Math.max(share.decimals, 1));
  const quotient = `${expression} = ${computed}${percent}`;
  if (share.value === null) return `${quotient} ？ ${share.text}`;
  const equal = Number(computed) === share.value;
  switch (verdict.verdict) {
    case 'holds':
      return equal ? `${expression} = ${share.text}` : `${quotient} ≈ ${share.text}`;
    case 'mismatch':
      return `${quotient} ≠ ${share.text}`;
    default:
      return equal ? `${expression} = ${share.text}` : `${quotient} ${Number(computed) > share.value ? '>' : '<'} ${share.text}`;
  }
}

/** White space folded; long ones cut with …. */
function cut(statement: string): string {
  const written = statement.replace(/\s+/g, ' ').trim();
  return written.length > MAX_STATEMENT ? `${written.slice(0, MAX_STATEMENT - 1)}…` : written;
}

/** From the total's subject (全市一般公共预算收入120亿元，其中…) to the last part. */
function statementOf(text: string, relation: Relation, total: Metric): string {
  const start = Math.min(relation.range.start.offset, total.subjectRange?.start.offset ?? Infinity);
  return cut(text.slice(start, relation.range.end.offset));
}

/**
 * The arithmetic a writer checks in their head: the parts as written, their
 * sum in the total's unit, and how it stands to the total.
 */
function arithmeticOf(total: Metric, parts: readonly Metric[], verdict: RelationVerdict): string {
  if (verdict.reason === 'part-exceeds') {
    const over = parts.filter((m) => verdict.exceeding?.includes(m.id));
    return over.map((m) => `${m.text} > ${total.text}`).join('；');
  }
  const expression = parts.map((m) => m.text).join(' + ');
  const known = parts.filter((m) => m.value !== null);
  if (known.length < parts.length || total.value === null) return `${expression} ？ ${total.text}`;
  // The sum in the total's unit, on the digits written (80.2 + 35.1 + 5.2 is 120.5, not 120.50000000000001).
  const sum = Number(formatNumber(known.reduce((s, m) => s + (inUnitOf(m, total) ?? 0), 0)));
  const summed = parts.length > 1 ? `${expression} = ${formatLike(sum, total)}${unitLabel(total)}` : expression;
  const equal = sum === total.value;
  switch (verdict.verdict) {
    case 'holds':
      return equal ? `${expression} = ${total.text}` : `${summed} ≈ ${total.text}`;
    case 'mismatch':
      return `${summed} ${verdict.reason === 'sum' ? '≠' : '>'} ${total.text}`;
    default:
      return equal ? `${expression} = ${total.text}` : `${summed} ${sum > total.value ? '>' : '<'} ${total.text}`;
  }
}
