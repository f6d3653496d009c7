/**
 * Writing a fixed or filled text back: in the file's own encoding and BOM,
 * atomically (temporary file + rename, by write-file-atomic), and only when the
 * file still holds exactly the bytes it was read from. A write that fails (a
 * full disk, a lost permission) leaves the file as it was: the temporary file
 * is removed and the rename never happens.
 */
import { readFile } from 'node:fs/promises';
import { encodeText, type Locale } from '@huibao/core';
import { errorCode, type Input } from './inputs.js';
import { t } from './messages.js';

export type WriteOutcome =
  | { status: 'written' | 'unchanged' }
  /** Someone (an editor, another run) changed or removed the file since it was read. */
  | { status: 'changed-on-disk' }
  | { status: 'failed'; reason: string };

export async function writeBack(input: Input, text: string): Promise<WriteOutcome> {
  if (text === input.text) return { status: 'unchanged' };
  let now: Buffer;
  try {
    now = await readFile(input.path);
  } catch (error) {
    const reason = errorCode(error);
    return reason === 'ENOENT' ? { status: 'changed-on-disk' } : { status: 'failed', reason };
  }
  // Their text wins over our fix.
  if (!Buffer.from(input.bytes).equals(now)) return { status: 'changed-on-disk' };
  const bytes = encodeText(text, input.encoding, input.bom);
  // Loaded by the first write only: most runs write nothing.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    await writeFileAtomic(input.path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    return { status: 'failed', reason: errorCode(error) };
  }
  return { status: 'written' };
}

/** The one line saying why a file was not written, or undefined when nothing went wrong. */
export function notWrittenMessage(outcome: WriteOutcome, path: string, locale: Locale): string | undefined {
  if (outcome.status === 'changed-on-disk') return t(locale, 'changedSinceRead', { path });
  if (outcome.status === 'failed') return t(locale, 'cannotWrite', { path, reason: outcome.reason });
  return undefined;
}
