/**
 * The custom request `huibao/placeholders`: every placeholder left in a
 * document with its range, for the extension's 待填 N 处 status item and its
 * 转到下一处/上一处待填 commands.
 */
import type { ReportOutline } from '@huibao/core';
import { RequestType, type Range, type TextDocumentIdentifier } from 'vscode-languageserver/node';
import { toLspRange } from './convert.js';

export interface PlaceholdersParams {
  textDocument: TextDocumentIdentifier;
}

export interface PlaceholderItem {
  range: Range;
  /** The mark as written: *, ＊ or a configured mark. */
  mark: string;
  kind: 'number' | 'name' | 'date' | 'other';
  /** For a figure: the unit as written after the mark, with its 万/亿 (户, 平方米, %, 亿元). */
  unit: string | null;
  /** The sentence that holds it. */
  context: string;
}

export interface PlaceholdersResult {
  uri: string;
  /** The document version the ranges belong to. */
  version: number;
  placeholders: PlaceholderItem[];
}

export const PlaceholdersRequest = new RequestType<PlaceholdersParams, PlaceholdersResult | null, void>('huibao/placeholders');

export function listPlaceholders(outline: ReportOutline): PlaceholderItem[] {
  return outline.placeholders.map((p) => ({ range: toLspRange(p.range), mark: p.mark, kind: p.kind, unit: p.unit, context: p.context }));
}
