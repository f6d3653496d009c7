/**
 * `huibao ledger`: every figure relation of a report with its arithmetic and
 * verdict (相符 / 不符 / 存疑 / 无法核对), shares with their part and whole
 * among them, so a reader sees what was checked and
 * held, not only what failed. The entries and the words for them come from
 * core's ledger, which reads the outline's verdicts.
 */
import { LEDGER_KIND_LABELS, LEDGER_REASON_LABELS, LEDGER_VERDICT_LABELS, ledgerOf, type Locale, type ReportOutline } from '@huibao/core';
import { toCsv } from './csv.js';
import { alignRows } from './format/columns.js';

const HEADERS: Record<Locale, readonly string[]> = {
  'zh-CN': ['行:列', '类型', '陈述', '算式', '结论', '说明'],
  en: ['line:col', 'kind', 'statement', 'arithmetic', 'verdict', 'why'],
};

export function formatLedger(outline: ReportOutline, text: string, format: 'table' | 'csv' | 'json', locale: Locale): string {
  const entries = ledgerOf(outline, text);
  if (format === 'json') return JSON.stringify(entries, null, 2);
  const cells = entries.map((e) => [
    `${e.line}:${e.column}`,
    LEDGER_KIND_LABELS[e.kind][locale],
    e.statement,
    e.arithmetic,
    LEDGER_VERDICT_LABELS[e.verdict][locale],
    LEDGER_REASON_LABELS[e.reason][locale],
  ]);
  if (format === 'csv') return toCsv([HEADERS[locale], ...cells]);
  return alignRows([HEADERS[locale], ...cells]).join('\n');
}
