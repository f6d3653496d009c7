/**
 * `huibao placeholders`: what is still to be filled, as a list a writer can
 * send to the offices that own the figures: number, place (三（一）), kind,
 * unit, and the sentence with the gap marked 【待填】.
 */
import type { HuibaoConfig, Locale, Placeholder, ReportOutline } from '@huibao/core';
import { toCsv } from './csv.js';
import { alignRows } from './format/columns.js';
import { sectionPath, sectionTrail } from './report.js';

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
  /** The office responsible (config `departments`), when the config names one for its section. */
  department?: string;
}

export function placeholderRows(outline: ReportOutline, config: Pick<HuibaoConfig, 'departments'> = {}): PlaceholderRow[] {
  return outline.placeholders.map((p, i) => ({
    number: i + 1,
    ...departmentOf(outline, p.section, config.departments),
    section: sectionPath(outline, p.section),
    kind: p.kind,
    unit: p.unit,
    sentence: markGap(p),
    line: p.range.start.line,
    column: p.range.start.column,
  }));
}

/**
 * The office for a section: config `departments` maps a section's place (一, 三（一）) or a
 * word of its title to an office; the deepest section that matches wins, so 三（一） can go
 * to another office than the rest of 三.
 */
function departmentOf(outline: ReportOutline, sectionId: number | null, departments: Record<string, string> | undefined): { department?: string } {
  if (!departments) return {};
  const trail = sectionTrail(outline, sectionId);
  for (let depth = trail.length; depth > 0; depth--) {
    const section = trail[depth - 1]!;
    const place = sectionPath(outline, section.id);
    if (departments[place]) return { department: departments[place] };
    const byTitle = Object.keys(departments).find((key) => section.title.includes(key));
    if (byTitle) return { department: departments[byTitle]! };
  }
  return {};
}

/** The sentence with this one gap marked; other gaps keep their marks, so each row points at one place. */
export function markGap(p: Placeholder): string {
  const at = p.range.start.offset - p.contextRange.start.offset;
  const end = p.range.end.offset - p.contextRange.start.offset;
  if (at < 0 || end > p.context.length) return p.context;
  return (p.context.slice(0, at) + GAP + p.context.slice(end)).replace(/\s{1,1000}/g, ' ').trim();
}

export const KIND_ZH: Record<Placeholder['kind'], string> = { number: '数字', name: '名称', date: '日期', other: '其他' };

export const PLACEHOLDER_HEADERS = {
  'zh-CN': ['序号', '位置', '类型', '单位', '句子', '填写值'],
  en: ['number', 'section', 'kind', 'unit', 'sentence', 'value'],
} as const;

export function formatPlaceholders(rows: readonly PlaceholderRow[], format: 'table' | 'csv' | 'json', locale: Locale): string {
  if (format === 'json') return JSON.stringify(rows.map((r) => ({ ...r, value: '' })), null, 2);
  const kind = (k: Placeholder['kind']) => (locale === 'en' ? k : KIND_ZH[k]);
  const headers = PLACEHOLDER_HEADERS[locale];
  // The office column only when the config names offices; fill finds its columns by name.
  const department = rows.some((r) => r.department) ? [locale === 'en' ? 'department' : '责任科室'] : [];
  const office = (r: PlaceholderRow) => (department.length ? [r.department ?? ''] : []);
  if (format === 'csv') {
    return toCsv([[...headers, ...department], ...rows.map((r) => [r.number, r.section, kind(r.kind), r.unit, r.sentence, '', ...office(r)])]);
  }
  const table = [[...headers.slice(0, 5), ...department], ...rows.map((r) => [String(r.number), r.section || '—', kind(r.kind), r.unit ?? '—', r.sentence, ...office(r)])];
  return alignRows(table).join('\n');
}
