import type { ReportOutline } from '../model/outline.js';
import { parseReport, type ParseOptions } from '../parse/parse-report.js';

/**
 * Reads and parses a report file. The one file-reading helper of the core:
 * everything else takes text or bytes.
 */
export async function readReport(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<ReportOutline> {
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  return parseReport(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { ...options, path });
}
