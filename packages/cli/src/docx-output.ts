/**
 * Changing a Word document without ever losing the writer's file: the change
 * goes into a copy beside it (`报告.filled.docx`, `报告.fixed.docx`) unless
 * `--in-place` is given, and then the original is first copied to a backup
 * (`报告.backup.docx`). Every write is atomic (temporary file + rename); an
 * existing copy is never overwritten, and a file changed on disk since it was
 * read is not written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Locale } from '@huibao/core';
import type { TextEdit, Revision } from './docx/edit.js';
import { docxProblemText } from './docx/problems.js';
import type { DocxText } from './docx/read.js';
import { errorCode, type Input } from './inputs.js';
import { t } from './messages.js';

export interface DocxWriteOptions {
  /** Overwrite the original (after a backup) instead of writing a copy. */
  inPlace?: boolean;
  /** Where to write the copy (default: beside the original, named by `suffix`). */
  output?: string;
  /** Changes as Word revisions by this author. */
  trackChanges?: boolean;
}

export const REVISION_AUTHOR = '汇报';

export function revisionNow(): Revision {
  return { author: REVISION_AUTHOR, date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

export type DocxWriteResult = { status: 'written'; path: string; backup?: string } | { status: 'refused'; message: string };

/** `报告.docx` → `报告.filled.docx` (beside it). */
export function copyPath(path: string, suffix: string): string {
  const extension = extname(path);
  return join(dirname(path), `${basename(path, extension)}.${suffix}${extension.toLowerCase() === '.docx' ? extension : '.docx'}`);
}

/** The first free name of `报告.backup.docx`, `报告.backup-2.docx`, …: an older backup is never replaced. */
function backupPath(path: string): string {
  const extension = extname(path);
  const stem = join(dirname(path), `${basename(path, extension)}.backup`);
  for (let n = 1; ; n++) {
    const candidate = `${stem}${n === 1 ? '' : `-${n}`}${extension}`;
    if (!existsSync(candidate)) return candidate;
  }
}

/** Refused before any change is made: a macro-enabled package is never written. */
export function docxWriteRefusal(input: Input, locale: Locale): string | undefined {
  return input.docxPackage?.hasMacros ? t(locale, 'docxUnreadable', { path: input.path, problem: docxProblemText('macros', locale) }) : undefined;
}

/** Makes the changes in the document as read (in memory) and reads its text again. */
export async function changeDocx(input: Input, changes: ReadonlyArray<readonly TextEdit[]>, revision: Revision | undefined): Promise<{ applied: number[]; refused: number[]; docx: DocxText }> {
  const [{ applyDocxEdits }, { readDocxText }] = await Promise.all([import('./docx/edit.js'), import('./docx/read.js')]);
  const pkg = input.docxPackage!;
  const outcome = applyDocxEdits(pkg.document, input.docx!, changes, revision);
  const docx = outcome.applied.length ? readDocxText(pkg) : input.docx!;
  return { ...outcome, docx };
}

/** Writes the document as changed in memory: to the copy, or over the original after a backup. */
export async function saveDocx(input: Input, suffix: 'filled' | 'fixed', options: DocxWriteOptions, locale: Locale): Promise<DocxWriteResult> {
  const refusal = docxWriteRefusal(input, locale);
  if (refusal) return { status: 'refused', message: refusal };
  const { docxBytes } = await import('./docx/write.js');
  return writeDocxFile(input, await docxBytes(input.docxPackage!), suffix, options, locale);
}

export async function writeDocxFile(input: Input, bytes: Uint8Array, suffix: 'filled' | 'fixed', options: DocxWriteOptions, locale: Locale): Promise<DocxWriteResult> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  const write = async (path: string, data: Uint8Array): Promise<string | undefined> => {
    try {
      await writeFileAtomic(path, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      return undefined;
    } catch (error) {
      return t(locale, 'cannotWrite', { path, reason: errorCode(error) });
    }
  };
  if (!options.inPlace) {
    const target = options.output ?? copyPath(input.path, suffix);
    if (existsSync(target)) return { status: 'refused', message: t(locale, 'docxOutputExists', { path: target }) };
    const failed = await write(target, bytes);
    return failed ? { status: 'refused', message: failed } : { status: 'written', path: target };
  }
  let now: Buffer;
  try {
    now = readFileSync(input.path);
  } catch (error) {
    return { status: 'refused', message: t(locale, 'cannotRead', { path: input.path, reason: errorCode(error) }) };
  }
  // Their edit wins over ours.
  if (!Buffer.from(input.bytes).equals(now)) return { status: 'refused', message: t(locale, 'changedSinceRead', { path: input.path }) };
  const backup = backupPath(input.path);
  const backupFailed = await write(backup, input.bytes);
  if (backupFailed) return { status: 'refused', message: backupFailed };
  const failed = await write(input.path, bytes);
  return failed ? { status: 'refused', message: failed } : { status: 'written', path: input.path, backup };
}
