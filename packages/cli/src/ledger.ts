/**
 * `huibao ledger`: every figure relation of a report with its arithmetic and
 * verdict (相符 / 不符 / 存疑 / 无法核对), shares with their part and whole
 * among them, so a reader sees what was checked and
 * held, not only what failed. The entries come from core's ledger, which reads
 * the outline's verdicts.
 */
import { ledgerOf, type LedgerEntry, type Locale, type ReportOutline } from '@huibao/core';
import { toCsv } from './csv.js';
import { alignRows } from './format/columns.js';

export const VERDICT: Record<LedgerEntry['verdict'], Record<Locale, string>> = {
  holds: { 'zh-CN': '相符', en: 'holds' },
  mismatch: { 'zh-CN': '不符', en: 'mismatch' },
  uncertain: { 'zh-CN': '存疑', en: 'uncertain' },
  'not-assessable': { 'zh-CN': '无法核对', en: 'not assessable' },
};

/** Why, in a few words: what the verdict rests on. */
export const REASON: Record<LedgerEntry['reason'], Record<Locale, string>> = {
  sum: { 'zh-CN': '各项应合成总数', en: 'the parts make the total' },
  'subset-exceeds': { 'zh-CN': '分项之和超过总数', en: 'the parts exceed the total' },
  'part-exceeds': { 'zh-CN': '单项超过总数', en: 'one part exceeds the total' },
  'known-exceed': { 'zh-CN': '已填各项已超过总数', en: 'the filled-in parts exceed the total' },
  placeholder: { 'zh-CN': '含待填数字', en: 'a figure is still to fill' },
  'partial-list': { 'zh-CN': '分项未列全', en: 'the list need not be complete' },
  overlapping: { 'zh-CN': '分项可能重叠', en: 'the parts may overlap' },
  'second-classification': { 'zh-CN': '另一种分类', en: 'a second classification' },
  'ambiguous-total': { 'zh-CN': '不能确定是哪个总数', en: 'which total is split is not stated' },
  'within-rounding': { 'zh-CN': '在修约误差之内', en: 'within the rounding of its figures' },
  'outside-rounding': { 'zh-CN': '超出修约误差', en: 'beyond the rounding of its figures' },
  approximate: { 'zh-CN': '占比为约数或区间', en: 'the share is approximate or a range' },
  'zero-whole': { 'zh-CN': '分母可能为零', en: 'the whole may be zero' },
};

const KIND: Record<LedgerEntry['kind'], Record<Locale, string>> = {
  sum: { 'zh-CN': '合计', en: 'sum' },
  parts: { 'zh-CN': '分项', en: 'parts' },
  share: { 'zh-CN': '占比', en: 'share' },
  identity: { 'zh-CN': '恒等', en: 'identity' },
  change: { 'zh-CN': '增减', en: 'change' },
  table: { 'zh-CN': '表格', en: 'table' },
};

const HEADERS: Record<Locale, readonly string[]> = {
  'zh-CN': ['行:列', '类型', '陈述', '算式', '结论', '说明'],
  en: ['line:col', 'kind', 'statement', 'arithmetic', 'verdict', 'why'],
};

export function formatLedger(outline: ReportOutline, text: string, format: 'table' | 'csv' | 'json', locale: Locale): string {
  const entries = ledgerOf(outline, text);
  if (format === 'json') return JSON.stringify(entries, null, 2);
  const cells = entries.map((e) => [`${e.line}:${e.column}`, KIND[e.kind][locale], e.statement, e.arithmetic, VERDICT[e.verdict][locale], REASON[e.reason][locale]]);
  if (format === 'csv') return toCsv([HEADERS[locale], ...cells]);
  return alignRows([HEADERS[locale], ...cells]).join('\n');
}
