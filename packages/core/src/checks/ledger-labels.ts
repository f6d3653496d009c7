/**
 * The words a writer reads for each ledger entry: its kind, its verdict and why. One table, so
 * the `huibao ledger` table, the 校对报告 page and the editor's hover say the same thing in the
 * same words (they once kept a copy each, and the English differed: "mismatch" / "does not hold").
 */
import type { Locale } from '../lint/rule.js';
import type { LedgerEntry } from './ledger.js';

export const LEDGER_VERDICT_LABELS: Record<LedgerEntry['verdict'], Record<Locale, string>> = {
  holds: { 'zh-CN': '相符', en: 'holds' },
  mismatch: { 'zh-CN': '不符', en: 'does not hold' },
  uncertain: { 'zh-CN': '存疑', en: 'uncertain' },
  'not-assessable': { 'zh-CN': '无法核对', en: 'cannot be judged' },
};

/** Why, in a few words: what the verdict rests on. */
export const LEDGER_REASON_LABELS: Record<LedgerEntry['reason'], Record<Locale, string>> = {
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
  truncated: { 'zh-CN': '末位为舍去而非四舍五入', en: 'cut off at its last digit, not rounded' },
  approximate: { 'zh-CN': '占比为约数或区间', en: 'the share is approximate or a range' },
  'zero-whole': { 'zh-CN': '分母可能为零', en: 'the whole may be zero' },
  'part-of': { 'zh-CN': '分项不应超过所属行', en: 'a part is no more than the row it is part of' },
  rate: { 'zh-CN': '比率应由本行数字算得', en: 'the rate follows from its row’s figures' },
  'share-of': { 'zh-CN': '比重应为本行数字占总数之比', en: 'the share is the row’s amount over the whole' },
};

export const LEDGER_KIND_LABELS: Record<LedgerEntry['kind'], Record<Locale, string>> = {
  sum: { 'zh-CN': '合计', en: 'sum' },
  parts: { 'zh-CN': '分项', en: 'parts' },
  share: { 'zh-CN': '占比', en: 'share' },
  ratio: { 'zh-CN': '比值', en: 'ratio' },
  identity: { 'zh-CN': '恒等', en: 'identity' },
  change: { 'zh-CN': '增减', en: 'change' },
  table: { 'zh-CN': '表格', en: 'table' },
};
