/**
 * Bare URLs in prose. No check looks inside them: a `*` or `,` in
 * https://example.cn/a*b,c is not a placeholder or a slip.
 */
import type { Block } from './context.js';

const SCHEMES = ['https://', 'http://', 'ftp://', 'www.'];
/** RFC 3986 characters; a URL ends at the first other character (CJK, space, full-width punctuation). */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
/** Trailing ASCII punctuation belongs to the sentence, not the URL. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', "'"]);

export function findUrls(text: string, blocks: readonly Block[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const block of blocks) {
    // Search the block's own text: indexOf on the whole text would rescan the
    // rest of the document for every block (quadratic on a text without URLs).
    const blockText = text.slice(block.start, block.end);
    // Each scheme's next match is searched again only once the scan passes it,
    // and never again once absent: linear even with many URLs in one block.
    const next = SCHEMES.map((scheme) => blockText.indexOf(scheme));
    let from = 0;
    while (from < blockText.length) {
      let start = -1;
      let scheme = '';
      SCHEMES.forEach((candidate, k) => {
        if (next[k]! >= 0 && next[k]! < from) next[k] = blockText.indexOf(candidate, from);
        const at = next[k]!;
        if (at >= 0 && (start < 0 || at < start)) {
          start = at;
          scheme = candidate;
        }
      });
      if (start < 0) break;
      let end = start + scheme.length;
      while (end < blockText.length && URL_CHAR.test(blockText[end]!)) end++;
      while (end > start + scheme.length && TRAILING.has(blockText[end - 1]!)) end--;
      spans.push({ start: block.start + start, end: block.start + end });
      from = Math.max(end, start + 1);
    }
  }
  return spans;
}
