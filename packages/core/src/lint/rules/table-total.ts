import { NO_OPTIONS, defineRule } from '../rule.js';
import { columnNames, labelColumnOf, labelOf } from '../../checks/table-verdicts.js';
import { formatNumber } from '../../parse/metric-bounds.js';
import type { Table, TableCell } from '../../model/outline.js';

type MessageId = 'mismatch' | 'mismatchBelow' | 'childExceeds' | 'rateMismatch' | 'growthMismatch' | 'shareMismatch' | 'part' | 'parent' | 'figure';

/**
 * A table's 合计/总计 row against the rows it sums, per column. The parser
 * records the tables (parse/tables.ts) and checks/table-verdicts.ts judges a
 * total only where the table proves which rows it sums (one label column,
 * leaf rows only, no percent column), with the rounding of every figure; this
 * rule reports the mismatches. It reports too a # or 其中 row more than its
 * parent, and a rate cell (完成预算%, 完成率, 比上年增长%) that its row's two
 * figures, the header naming which, cannot give at any rounding, and a share
 * cell (比重, 构成) that is no rounding of its row's amount over the whole's
 * (the one row at 100) nor over any row above it.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'table-total',
    name: { zh: '表格合计', en: 'Table total' },
    category: '数据',
    severity: 'warning',
    finalSeverity: 'error',
    description: { zh: '表格“合计”“总计”行与其上各行之和相符', en: 'A table’s 合计/总计 row equals the sum of the rows above it' },
    basis: 'GB/T 8170-2008 数值修约规则（按所示精度比较）；预算收支表、统计表的合计口径',
    fixable: false,
    hasSuggestions: false,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      mismatch: {
        zh: '“{{label}}”行{{column}} {{total}} 与上面各行之和 {{sum}} 不符',
        en: 'The “{{label}}” row, {{columnEn}}: {{total}} is not the sum of the rows above it, {{sum}}',
      },
      mismatchBelow: {
        zh: '“{{label}}”行{{column}} {{total}} 与下面各行之和 {{sum}} 不符',
        en: 'The “{{label}}” row, {{columnEn}}: {{total}} is not the sum of the rows below it, {{sum}}',
      },
      childExceeds: {
        zh: '“{{child}}”行{{column}} {{value}} 大于其所属的“{{parent}}”行 {{whole}}：分项不能超过总数',
        en: 'The “{{child}}” row, {{columnEn}}: {{value}} is more than {{whole}} in the “{{parent}}” row it is part of',
      },
      rateMismatch: {
        zh: '“{{label}}”行{{column}} {{rate}} 与本行数字不符：{{numerator}} ÷ {{base}} = {{expected}}%',
        en: 'The “{{label}}” row, {{columnEn}}: {{rate}} does not follow from the row’s own figures: {{numerator}} ÷ {{base}} = {{expected}}%',
      },
      growthMismatch: {
        zh: '“{{label}}”行{{column}} {{rate}} 与本行数字不符：({{numerator}} − {{base}}) ÷ {{base}} = {{expected}}%',
        en: 'The “{{label}}” row, {{columnEn}}: {{rate}} does not follow from the row’s own figures: ({{numerator}} − {{base}}) ÷ {{base}} = {{expected}}%',
      },
      shareMismatch: {
        zh: '“{{label}}”行{{column}} {{share}} 与本行数字不符：{{amount}} ÷ {{whole}} = {{expected}}%',
        en: 'The “{{label}}” row, {{columnEn}}: {{share}} does not follow from the row’s amount: {{amount}} ÷ {{whole}} = {{expected}}%',
      },
      figure: { zh: '{{column}} {{text}}', en: '{{columnEn}}: {{text}}' },
      part: { zh: '“{{label}}” {{text}}', en: '“{{label}}” {{text}}' },
      parent: { zh: '所属的“{{label}}”行 {{text}}', en: 'The “{{label}}” row it is part of: {{text}}' },
    },
  },
  check(context) {
    for (const table of context.outline.tables) {
      for (const total of table.totals) {
        if (total.verdict !== 'mismatch' || total.sum === undefined) continue;
        const totalCell = table.rows[total.row]!.cells[total.column]!;
        // The label column of the total's block: the first column, or the 支出 label column of a 收入 | 支出 table.
        const labelColumn = labelColumnOf(table, total.row, total.column);
        const parts = total.parts.map((r) => ({ label: labelOf(table.rows[r]!.cells[labelColumn]), cell: table.rows[r]!.cells[total.column]! }));
        // The sum to as many decimals as the figures are written with, so 750.2 reads 750.20 beside 754.54.
        const decimals = Math.max(totalCell.decimals, ...parts.map((p) => p.cell.decimals));
        const sum = total.sum.toFixed(Math.min(decimals, 6));
        context.report({
          messageId: total.parts[0]! > total.row ? 'mismatchBelow' : 'mismatch',
          data: { label: table.rows[total.row]!.cells[labelColumn]!.text, ...columnNames(table, total.column), total: totalCell.text, sum },
          span: totalCell.range,
          related: parts.map((p) => ({ span: p.cell.range, messageId: 'part' as const, data: { label: p.label, text: p.cell.text } })),
          details: { table: table.id, row: total.row, column: total.column, total: totalCell.value!, sum: Number(formatNumber(total.sum)), unit: table.unit?.text ?? null },
        });
      }
      for (const family of table.children) {
        if (family.verdict !== 'mismatch' || family.child === undefined) continue;
        const labelColumn = labelColumnOf(table, family.child, family.column);
        const childCell = table.rows[family.child]!.cells[family.column]!;
        const parentRow = table.rows[family.parent]!;
        const parentCell = parentRow.cells[family.column]!;
        const parentLabel = labelOf(parentRow.cells[labelColumn]);
        context.report({
          messageId: 'childExceeds',
          data: { child: labelOf(table.rows[family.child]!.cells[labelColumn]), ...columnNames(table, family.column), value: childCell.text, parent: parentLabel, whole: parentCell.text },
          span: childCell.range,
          related: [{ span: parentCell.range, messageId: 'parent', data: { label: parentLabel, text: parentCell.text } }],
          details: { table: table.id, row: family.child, parentRow: family.parent, column: family.column, value: childCell.value!, whole: parentCell.value!, unit: table.unit?.text ?? null },
        });
      }
      for (const rate of table.rates) {
        if (rate.verdict !== 'mismatch' || rate.expected === undefined || rate.numerator === null || rate.base === null) continue;
        const cells = table.rows[rate.row]!.cells;
        const rateCell = cells[rate.column]!;
        const numerator = cells[rate.numerator]!;
        const base = cells[rate.base]!;
        context.report({
          messageId: rate.kind === 'growth' ? 'growthMismatch' : 'rateMismatch',
          data: {
            ...cellNames(table, rate.row, rate.column),
            rate: rateCell.text,
            numerator: numerator.text,
            base: base.text,
            // To the stated rate's decimals, at least one: 103.3 beside 113.3.
            expected: toDecimalsOf(rate.expected, rateCell),
          },
          span: rateCell.range,
          related: [numerator, base].map((cell, k) => ({ span: cell.range, messageId: 'figure' as const, data: { ...columnNames(table, k === 0 ? rate.numerator! : rate.base!), text: cell.text } })),
          details: { table: table.id, row: rate.row, column: rate.column, kind: rate.kind, rate: rateCell.value!, expected: Number(formatNumber(rate.expected)), numerator: numerator.value!, base: base.value! },
        });
      }
      for (const share of table.shares) {
        if (share.verdict !== 'mismatch' || share.expected === undefined || share.amount === null || share.whole === null) continue;
        const cells = table.rows[share.row]!.cells;
        const shareCell = cells[share.column]!;
        const amount = cells[share.amount]!;
        const whole = table.rows[share.whole]!.cells[share.amount]!;
        const wholeLabel = labelOf(table.rows[share.whole]!.cells[labelColumnOf(table, share.whole, share.amount)]);
        context.report({
          messageId: 'shareMismatch',
          data: {
            ...cellNames(table, share.row, share.column),
            share: shareCell.text,
            amount: amount.text,
            whole: whole.text,
            expected: toDecimalsOf(share.expected, shareCell),
          },
          span: shareCell.range,
          related: [
            { span: amount.range, messageId: 'figure' as const, data: { ...columnNames(table, share.amount), text: amount.text } },
            { span: whole.range, messageId: 'part' as const, data: { label: wholeLabel, text: whole.text } },
          ],
          details: { table: table.id, row: share.row, column: share.column, wholeRow: share.whole, share: shareCell.value!, expected: Number(formatNumber(share.expected)), amount: amount.value!, whole: whole.value! },
        });
      }
    }
  },
});

/** A cell as a message names it: its row's label and its column. */
function cellNames(table: Table, row: number, column: number): { label: string; column: string; columnEn: string } {
  return { label: labelOf(table.rows[row]!.cells[labelColumnOf(table, row, column)]), ...columnNames(table, column) };
}

/** A computed percent to the stated cell's decimals, at least one (103.3 beside 113.3). */
function toDecimalsOf(value: number, cell: TableCell): string {
  return value.toFixed(Math.min(Math.max(cell.decimals, 1), 6));
}
