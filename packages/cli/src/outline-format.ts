/**
 * `huibao outline`: the report's numbered structure as a tree (terminal),
 * Markdown headings, or the full outline JSON (schemas/outline.schema.json).
 */
import type { Locale, ReportOutline, Section } from '@huibao/core';

export function formatOutline(outline: ReportOutline, format: 'tree' | 'json' | 'markdown', locale: Locale, name: string): string {
  if (format === 'json') return JSON.stringify(outline, null, 2);
  if (format === 'markdown') return outlineMarkdown(outline).join('\n');
  const lines = [outline.title?.text ?? name];
  outline.sections.forEach((s, i) => drawTree(s, '', i === outline.sections.length - 1, lines));
  lines.push('', counts(outline, locale));
  return lines.join('\n');
}

function label(section: Section): string {
  return `${section.marker}${section.title}`;
}

function drawTree(section: Section, prefix: string, last: boolean, lines: string[]): void {
  lines.push(`${prefix}${last ? '└─ ' : '├─ '}${label(section)}`);
  const childPrefix = prefix + (last ? '   ' : '│  ');
  section.children.forEach((child, i) => drawTree(child, childPrefix, i === section.children.length - 1, lines));
}

function outlineMarkdown(outline: ReportOutline): string[] {
  const lines: string[] = [];
  if (outline.title) lines.push(`# ${outline.title.text}`, '');
  const walk = (section: Section) => {
    lines.push(`${'#'.repeat(Math.min(section.level + 1, 6))} ${label(section)}`, '');
    section.children.forEach(walk);
  };
  outline.sections.forEach(walk);
  return lines;
}

function counts(outline: ReportOutline, locale: Locale): string {
  let sections = 0;
  const count = (s: Section): void => {
    sections++;
    s.children.forEach(count);
  };
  outline.sections.forEach(count);
  const n = { sections, paragraphs: outline.paragraphs.length, metrics: outline.metrics.length, placeholders: outline.placeholders.length };
  return locale === 'en'
    ? `${n.sections} sections, ${n.paragraphs} paragraphs, ${n.metrics} figures, ${n.placeholders} to fill`
    : `${n.sections} 个章节，${n.paragraphs} 段，${n.metrics} 个数字，${n.placeholders} 处待填`;
}
