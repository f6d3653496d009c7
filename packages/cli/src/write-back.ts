/**
 * Writing a fixed or filled text back: in the file's own encoding and BOM,
 * atomically (temporary file + rename, by write-file-atomic), and only when the
 * file still holds exactly the bytes it was read from.
 */
import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { encodeText } from '@huibao/core';
import type { Input } from './inputs.js';

export type WriteOutcome = 'written' | 'unchanged' | 'changed-on-disk';

export async function writeBack(input: Input, text: string): Promise<WriteOutcome> {
  if (text === input.text) return 'unchanged';
  const now = await readFile(input.path);
  // Someone (an editor, another run) wrote the file since it was read: their text wins.
  if (!Buffer.from(input.bytes).equals(now)) return 'changed-on-disk';
  const bytes = encodeText(text, input.encoding, input.bom);
  await writeFileAtomic(input.path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return 'written';
}
