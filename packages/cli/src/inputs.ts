/**
 * Reading one input (a file or stdin) into text the core can lint, with what
 * is needed to write it back exactly: encoding, BOM and the original bytes.
 */
import { readFileSync } from 'node:fs';
import { decodeBytes, type Encoding } from '@huibao/core';
import { readDocx, type DocxText } from './docx.js';
import type { DocxPackage } from './docx/package.js';
import { DocxError, docxProblemText, type DocxProblemCode } from './docx/problems.js';
import { t } from './messages.js';
import type { Locale } from '@huibao/core';

export interface Input {
  path: string;
  /** The bytes as read, compared again before any write. */
  bytes: Uint8Array;
  /** Decoded text without BOM. */
  text: string;
  encoding: Encoding;
  bom: boolean;
  format: 'markdown' | 'text';
  /** Set for .docx: its paragraphs and the map from text back to runs. */
  docx?: DocxText;
  /** Set for .docx: the package as read, which fill and --fix edit. */
  docxPackage?: DocxPackage;
  /** A note about decoding (e.g. an unrecognized encoding), shown on stderr. */
  note?: string;
}

/** `docx`: a file that cannot be read as a Word document; `detail` is a DocxProblemCode. */
export type InputFailure = { path: string; reason: 'unreadable' | 'binary' | 'internal' | 'docx'; detail: string };

/** Word files by name: .docx and its template and macro-enabled kinds, and the old .doc (refused clearly). */
export const isDocx = (path: string): boolean => /\.(docx|docm|dotx|doc)$/i.test(path);

export async function readInput(path: string): Promise<Input | InputFailure> {
  let bytes: Uint8Array;
  try {
    // Read synchronously: each thread lints one file at a time, and the promise API's
    // thread-pool round trip cost ~0.2 ms a file (0.5 s of 1,000 reports) for nothing.
    bytes = readFileSync(path);
  } catch (error) {
    return { path, reason: 'unreadable', detail: errorCode(error) };
  }
  return decodeInput(path, bytes);
}

export async function decodeInput(path: string, bytes: Uint8Array): Promise<Input | InputFailure> {
  if (isDocx(path)) {
    try {
      const { docx, pkg } = await readDocx(bytes);
      return { path, bytes, text: docx.text, encoding: 'utf-8', bom: false, format: 'text', docx, docxPackage: pkg };
    } catch (error) {
      if (error instanceof DocxError) return { path, reason: 'docx', detail: error.code };
      return { path, reason: 'unreadable', detail: `not a Word document: ${firstLine(error)}` };
    }
  }
  const decoded = decodeBytes(bytes);
  if (decoded.problem?.code === 'binary-input') return { path, reason: 'binary', detail: decoded.problem.message };
  const input: Input = { path, bytes, text: decoded.text, encoding: decoded.encoding, bom: decoded.bom, format: formatOf(path) };
  if (decoded.problem) input.note = decoded.problem.message;
  return input;
}

/** The one line telling the writer why a file could not be read. */
export function describeFailure(failure: InputFailure, locale: Locale): string {
  const { path, reason, detail } = failure;
  if (reason === 'binary') return t(locale, 'notText', { path });
  if (reason === 'docx') return t(locale, 'docxUnreadable', { path, problem: docxProblemText(detail as DocxProblemCode, locale) });
  if (detail === 'ENOENT') return t(locale, 'notFound', { path });
  // The file was read; what failed was the check (a segmenter that cannot load, a crash): not a read error.
  if (reason === 'internal') return t(locale, 'cannotCheck', { path, reason: detail });
  return t(locale, 'cannotRead', { path, reason: detail });
}

export function isFailure(value: Input | InputFailure): value is InputFailure {
  return 'reason' in value;
}

/** .txt is plain text; everything else (.md, .markdown, stdin without a name) is read as Markdown. */
function formatOf(path: string): 'markdown' | 'text' {
  return /\.(txt|text)$/i.test(path) ? 'text' : 'markdown';
}

/** The errno code (EACCES, ENOSPC) when there is one: short and the same in every locale. */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? firstLine(error);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
