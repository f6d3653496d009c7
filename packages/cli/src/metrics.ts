/**
 * `huibao metrics`: every figure with its section, subject, value, unit and
 * role (total, part, change, share), for checking numbers against the sources.
 */
import { scaledValue, type Locale, type Metric, type ReportOutline } from '@huibao/core';
import { toCsv } from './csv.js';
import { alignRows } from './format/columns.js';
import { sectionPath } from './report.js';

export interface MetricRow {
  number: number;
  section: string;
  subject: string | null;
  text: string;
  value: number | null;
  unit: string | null;
  role: Metric['role'];
  line: number;
  column: number;
}

export function metricRows(outline: ReportOutline): MetricRow[] {
  return outline.metrics.map((m, i) => ({
    number: i + 1,
    section: sectionPath(outline, m.section),
    subject: m.subject,
    text: m.text,
    // The value as a reader means it: 668.10亿元 → 66810000000, shifted on its digits so 4.1亿 is 410000000.
    value: scaledValue(m),
    unit: m.unit,
    role: m.role,
    line: m.range.start.line,
    column: m.range.start.column,
  }));
}

const ROLE_ZH: Record<Metric['role'], string> = { total: '总数', part: '分项', change: '变化', share: '占比', rate: '比率', plain: '一般' };

const HEADERS = {
  'zh-CN': ['序号', '位置', '行:列', '对象', '原文', '数值', '单位', '角色'],
  en: ['number', 'section', 'line:col', 'subject', 'text', 'value', 'unit', 'role'],
} as const;

export function formatMetrics(rows: readonly MetricRow[], format: 'table' | 'csv' | 'json', locale: Locale): string {
  if (format === 'json') return JSON.stringify(rows, null, 2);
  const role = (r: Metric['role']) => (locale === 'en' ? r : ROLE_ZH[r]);
  const cells = rows.map((r) => [String(r.number), r.section, `${r.line}:${r.column}`, r.subject ?? '', r.text, r.value === null ? '' : String(r.value), r.unit ?? '', role(r.role)]);
  if (format === 'csv') return toCsv([HEADERS[locale], ...cells]);
  return alignRows([HEADERS[locale], ...cells.map((row) => row.map((c) => c || '—'))]).join('\n');
}
