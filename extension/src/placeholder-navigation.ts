/**
 * Pure helpers behind 转到下一处/上一处待填 and 导出待填清单. No `vscode` import:
 * positions are plain LSP positions so these can be tested without an editor.
 */
import type { LspPosition, PlaceholderInfo } from './protocol.js';

/** A placeholder as a row of 导出待填清单: where its sentence starts and which sections hold it. */
export interface PlaceholderRow extends PlaceholderInfo {
  /** Column (UTF-16) where `context` starts on the placeholder's line, when found there. */
  contextStart: number | null;
  /** Titles of the enclosing sections, outermost first (一、… › （二）…). */
  sectionPath: string[];
}

function compare(a: LspPosition, b: LspPosition): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * The placeholder after (or before) the cursor, wrapping around the document
 * like F8 does for problems. A placeholder that starts at the cursor counts as
 * "current", so pressing the command again moves on.
 */
export function findPlaceholder(
  placeholders: readonly PlaceholderInfo[],
  cursor: LspPosition,
  direction: 'next' | 'previous',
): PlaceholderInfo | undefined {
  if (placeholders.length === 0) return undefined;
  const sorted = [...placeholders].sort((a, b) => compare(a.range.start, b.range.start));
  if (direction === 'next') return sorted.find((p) => compare(p.range.start, cursor) > 0) ?? sorted[0];
  return [...sorted].reverse().find((p) => compare(p.range.start, cursor) < 0) ?? sorted[sorted.length - 1];
}

export interface TableLabels {
  number: string;
  location: string;
  section: string;
  kind: string;
  unit: string;
  sentence: string;
  kinds: Record<PlaceholderInfo['kind'], string>;
}

/**
 * Where the placeholder's sentence starts on its line: the occurrence of the
 * sentence that covers the placeholder (a line may repeat a sentence). Null when
 * the sentence is not on that line as written (e.g. it spans a line break).
 */
export function findContextStart(lineText: string, placeholder: PlaceholderInfo): number | null {
  const { context, range } = placeholder;
  if (context.length === 0) return null;
  // Bounded: at most one probe per occurrence of the sentence in one line.
  for (let at = lineText.indexOf(context); at >= 0; at = lineText.indexOf(context, at + 1)) {
    if (at <= range.start.character && range.start.character < at + context.length) return at;
    if (at > range.start.character) break;
  }
  return null;
}

/** The sentence with the gap shown as 【*】 so it stands out in the table. */
export function markGap(row: PlaceholderRow): string {
  const { context, contextStart, range, mark } = row;
  if (contextStart !== null && range.start.line === range.end.line) {
    const from = range.start.character - contextStart;
    const to = range.end.character - contextStart;
    if (from >= 0 && to <= context.length && context.slice(from, to) === mark) {
      return `${context.slice(0, from)}【${mark}】${context.slice(to)}`;
    }
  }
  return context;
}

/** A Markdown table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The placeholders of one report as a Markdown table, in document order. */
export function placeholdersTable(title: string, placeholders: readonly PlaceholderRow[], labels: TableLabels): string {
  const sorted = [...placeholders].sort((a, b) => compare(a.range.start, b.range.start));
  const lines = [
    `# ${cell(title)}`,
    '',
    `| ${labels.number} | ${labels.location} | ${labels.section} | ${labels.kind} | ${labels.unit} | ${labels.sentence} |`,
    '| ---: | --- | --- | --- | --- | --- |',
  ];
  sorted.forEach((p, index) => {
    const section = p.sectionPath.join(' › ');
    const where = `${p.range.start.line + 1}:${p.range.start.character + 1}`;
    const kind = labels.kinds[p.kind] ?? p.kind;
    lines.push(`| ${index + 1} | ${where} | ${cell(section)} | ${kind} | ${cell(p.unit ?? '')} | ${cell(markGap(p))} |`);
  });
  return `${lines.join('\n')}\n`;
}

/** The part of a document symbol these helpers read (vscode.DocumentSymbol fits). */
export interface OutlineSymbol {
  name: string;
  range: { start: LspPosition; end: LspPosition };
  children: readonly OutlineSymbol[];
}

function contains(range: OutlineSymbol['range'], position: LspPosition): boolean {
  return compare(range.start, position) <= 0 && compare(position, range.end) < 0;
}

/** Names of the nested sections holding a position, outermost first. */
export function sectionPathAt(symbols: readonly OutlineSymbol[], position: LspPosition): string[] {
  const path: string[] = [];
  let level: readonly OutlineSymbol[] = symbols;
  for (let found = level.find((s) => contains(s.range, position)); found; found = level.find((s) => contains(s.range, position))) {
    path.push(found.name);
    level = found.children;
  }
  return path;
}
