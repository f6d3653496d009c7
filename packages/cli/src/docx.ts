/**
 * Word documents: read into the text Huibao lints (docx/read.ts keeps the map
 * back to runs), and findings located by paragraph number and quoted text,
 * which is how a writer finds a place in Word (line numbers mean nothing there).
 */
import type { Locale } from '@huibao/core';
import type { DocxPackage } from './docx/package.js';
import type { BlockPlace, DocxText } from './docx/read.js';
import { t } from './messages.js';

export type { DocxText } from './docx/read.js';

export interface ReadDocx {
  docx: DocxText;
  pkg: DocxPackage;
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  // Loaded on the first .docx only: the ZIP and XML code is most of the CLI's.
  const [{ openDocxPackage }, { readDocxText }] = await Promise.all([import('./docx/package.js'), import('./docx/read.js')]);
  const pkg = await openDocxPackage(bytes);
  return { docx: readDocxText(pkg), pkg };
}

export interface DocxLocation {
  /** 1-based paragraph number, counting the paragraphs read (a table row is one). */
  paragraph: number;
  /** The text from the finding onward, at most SNIPPET_LENGTH characters. */
  snippet: string;
  /** The whole paragraph's text, as read (list number included). */
  paragraphText: string;
  /** A table row or text box, when the paragraph is one. */
  place: BlockPlace;
}

const SNIPPET_LENGTH = 10;

export function locateInDocx(docx: DocxText, offset: number): DocxLocation {
  let low = 0;
  let high = docx.blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (docx.blocks[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  const block = docx.blocks[low];
  if (!block) return { paragraph: 1, snippet: '', paragraphText: '', place: { kind: 'body' } };
  const paragraphEnd = Math.max(block.end, offset);
  const rest = oneLine(docx.text.slice(offset, paragraphEnd));
  const snippet = rest.length > SNIPPET_LENGTH ? `${rest.slice(0, SNIPPET_LENGTH)}…` : rest;
  return { paragraph: block.number, snippet, paragraphText: oneLine(docx.text.slice(block.start, block.end)), place: block.place };
}

function oneLine(text: string): string {
  return text.replace(/\s{1,1000}/g, ' ').trim();
}

/** `第 3 段`, `第 12 段（表 1 第 3 行）`, `第 5 段（文本框）`. */
export function describeDocxPlace(paragraph: number, place: unknown, locale: Locale): string {
  const base = t(locale, 'docxParagraph', { n: paragraph });
  const where = place as BlockPlace | undefined;
  if (where?.kind === 'table') return base + t(locale, 'docxTableRow', { table: where.table, row: where.row });
  if (where?.kind === 'textbox') return base + t(locale, 'docxTextBox');
  return base;
}

/** The note naming what was not read: footnotes, endnotes, comments, headers and footers. */
export function skippedNote(docx: DocxText, path: string, locale: Locale): string | undefined {
  const { footnotes, endnotes, comments, headersFooters } = docx.skipped;
  const parts: string[] = [];
  if (footnotes) parts.push(t(locale, 'docxSkippedFootnotes', { n: footnotes }));
  if (endnotes) parts.push(t(locale, 'docxSkippedEndnotes', { n: endnotes }));
  if (comments) parts.push(t(locale, 'docxSkippedComments', { n: comments }));
  if (headersFooters) parts.push(t(locale, 'docxSkippedHeaders', { n: headersFooters }));
  if (parts.length === 0) return undefined;
  return t(locale, 'docxSkipped', { path, parts: parts.join(locale === 'en' ? ', ' : '、') });
}
