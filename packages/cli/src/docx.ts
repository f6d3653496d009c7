/**
 * Word documents: read with mammoth into plain text, one paragraph per block,
 * and locate findings by paragraph number and a quoted snippet, which is how a
 * writer finds a place in Word (line numbers mean nothing there).
 */

export interface DocxText {
  text: string;
  /** Offset at which each paragraph starts in `text`, in order. */
  paragraphStarts: number[];
}

/** mammoth ends every paragraph with a blank line; soft breaks inside a paragraph stay single newlines. */
export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  // Loaded on the first .docx only: mammoth and its zip and XML readers are most of the CLI's code.
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  const blocks = value.split('\n\n');
  const kept: string[] = [];
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    // Empty paragraphs are spacing in Word, not paragraphs a writer counts.
    if (block.trim().length === 0) continue;
    paragraphStarts.push(offset);
    kept.push(block);
    offset += block.length + 2;
  }
  return { text: kept.join('\n\n') + (kept.length ? '\n' : ''), paragraphStarts };
}

export interface DocxLocation {
  /** 1-based paragraph number, counting non-empty paragraphs. */
  paragraph: number;
  /** The text from the finding onward, at most SNIPPET_LENGTH characters. */
  snippet: string;
}

const SNIPPET_LENGTH = 10;

export function locateInDocx(docx: DocxText, offset: number): DocxLocation {
  let low = 0;
  let high = docx.paragraphStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (docx.paragraphStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  const nextStart = docx.paragraphStarts[low + 1] ?? docx.text.length + 2;
  const paragraphEnd = Math.max(nextStart - 2, offset);
  const rest = docx.text.slice(offset, paragraphEnd).replace(/\s{1,1000}/g, ' ').trimEnd();
  const snippet = rest.length > SNIPPET_LENGTH ? `${rest.slice(0, SNIPPET_LENGTH)}…` : rest;
  return { paragraph: low + 1, snippet };
}
