/**
 * `huibao placeholders`: what is still to be filled, as a list a writer can
 * send to the offices that own the figures: number, place (三（一）), kind,
 * unit, and the sentence with the gap marked 【待填】.
 */
import type { Locale, Placeholder, ReportOutline } from '@huibao/core';
import { toCsv } from './csv.js';
import { alignRows } from './format/columns.js';
import { sectionPath } from './report.js';

export const GAP = '【待填】';

export interface PlaceholderRow {
  /** 1-based, in text order: the key `fill` uses. */
  number: number;
  section: string;
  kind: Placeholder['kind'];
  unit: string | null;
  /** The sentence with this placeholder shown as 【待填】. */
  sentence: string;
  line: number;
  column: number;
}

export function placeholderRows(outline: ReportOutline): PlaceholderRow[] {
  return outline.placeholders.map((p, i) => ({
    number: i + 1,
    section: sectionPath(outline, p.section),
    kind: p.kind,
    unit: p.unit,
    sentence: markGap(p),
    line: p.range.start.line,
    column: p.range.start.column,
  }));
}

/** The sentence with this one gap marked; other gaps keep their marks, so each row points at one place. */
export function markGap(p: Placeholder): string {
  const at = p.range.start.offset - p.contextRange.start.offset;
  const end = p.range.end.offset - p.contextRange.start.offset;
  if (at < 0 || end > p.context.length) return p.context;
  return (p.context.slice(0, at) + GAP + p.context.slice(end)).replace(/\s{1,1000}/g, ' ').trim();
}

const KIND_ZH: Record<Placeholder['kind'], string> = { number: '数字', name: '名称', date: '日期', other: '其他' };

export const PLACEHOLDER_HEADERS = {
  'zh-CN': ['序号', '位置', '类型', '单位', '句子', '填写值'],
  en: ['number', 'section', 'kind', 'unit', 'sentence', 'value'],
} as const;

export function formatPlaceholders(rows: readonly PlaceholderRow[], format: 'table' | 'csv' | 'json', locale: Locale): string {
  if (format === 'json') return JSON.stringify(rows.map((r) => ({ ...r, value: '' })), null, 2);
  const kind = (k: Placeholder['kind']) => (locale === 'en' ? k : KIND_ZH[k]);
  const headers = PLACEHOLDER_HEADERS[locale];
  if (format === 'csv') return toCsv([headers, ...rows.map((r) => [r.number, r.section, kind(r.kind), r.unit, r.sentence, ''])]);
  const table = [headers.slice(0, 5), ...rows.map((r) => [String(r.number), r.section || '—', kind(r.kind), r.unit ?? '—', r.sentence])];
  return alignRows(table).join('\n');
}
