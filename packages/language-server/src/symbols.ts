/**
 * The report's outline (一、 → （一） → 1. → （1）) as DocumentSymbols, for the
 * Outline view, breadcrumbs and Go to Symbol.
 */
import type { Range as CoreRange, ReportOutline, Section } from '@huibao/core';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver/node';
import { toLspRange } from './convert.js';
import { t } from './i18n.js';
import type { Locale } from '@huibao/core';

const kindByLevel: Record<number, SymbolKind> = {
  1: SymbolKind.Namespace,
  2: SymbolKind.Module,
  3: SymbolKind.Class,
  4: SymbolKind.Field,
};

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** LSP requires selectionRange ⊆ range; clamp in case a heading's marker sits outside its section range. */
function clampInto(inner: Range, outer: Range): Range {
  const start = before(inner.start, outer.start) || before(outer.end, inner.start) ? outer.start : inner.start;
  const end = before(outer.end, inner.end) || before(inner.end, start) ? outer.end : inner.end;
  return { start, end };
}

function countPlaceholders(outline: ReportOutline): Map<number, number> {
  const direct = new Map<number, number>();
  for (const placeholder of outline.placeholders) {
    if (placeholder.section !== null) direct.set(placeholder.section, (direct.get(placeholder.section) ?? 0) + 1);
  }
  return direct;
}

export function documentSymbols(outline: ReportOutline, locale: Locale): DocumentSymbol[] {
  const direct = countPlaceholders(outline);
  const convert = (section: Section): { symbol: DocumentSymbol; placeholders: number } => {
    const children = section.children.map(convert);
    const placeholders = children.reduce((sum, c) => sum + c.placeholders, direct.get(section.id) ?? 0);
    const range = toLspRange(section.range);
    const heading: CoreRange = { start: section.markerRange.start, end: section.titleRange.end };
    const symbol: DocumentSymbol = {
      name: `${section.marker}${section.title}` || section.marker,
      kind: kindByLevel[section.level] ?? SymbolKind.Namespace,
      range,
      selectionRange: clampInto(toLspRange(heading), range),
      children: children.map((c) => c.symbol),
    };
    if (placeholders > 0) symbol.detail = `${t(locale, 'placeholder')} ${placeholders}`;
    return { symbol, placeholders };
  };
  return outline.sections.map((section) => convert(section).symbol);
}
