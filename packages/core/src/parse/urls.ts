/**
 * Bare URLs and e-mail-like addresses in prose. No check looks inside them:
 * a `*` or `,` in https://example.cn/a*b,c is not a placeholder or a slip.
 */
import type { Block } from './context.js';

const SCHEMES = ['https://', 'http://', 'ftp://', 'www.'];
/** RFC 3986 characters; a URL ends at the first other character (CJK, space, full-width punctuation). */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
/** Trailing ASCII punctuation belongs to the sentence, not the URL. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', "'"]);

export function findUrls(text: string, blocks: readonly Block[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  // The next occurrence of each scheme at or after the search point, searched
  // again only once passed: an indexOf per block would rescan the rest of the
  // text for every block (quadratic on a text without URLs).
  const next = SCHEMES.map(() => -2);
  const searchedFrom = SCHEMES.map(() => Infinity);
  const nextAt = (k: number, from: number) => {
    const cached = next[k]!;
    if (from < searchedFrom[k]! || (cached !== -1 && cached < from)) {
      next[k] = text.indexOf(SCHEMES[k]!, from);
      searchedFrom[k] = from;
    }
    return next[k]!;
  };
  for (const block of blocks) {
    let from = block.start;
    while (from < block.end) {
      let start = -1;
      let scheme = '';
      for (let k = 0; k < SCHEMES.length; k++) {
        const candidate = SCHEMES[k]!;
        const at = nextAt(k, from);
        if (at >= 0 && at < block.end && (start < 0 || at < start)) {
          start = at;
          scheme = candidate;
        }
      }
      if (start < 0) break;
      let end = start + scheme.length;
      while (end < block.end && URL_CHAR.test(text[end]!)) end++;
      while (end > start + scheme.length && TRAILING.has(text[end - 1]!)) end--;
      spans.push({ start, end });
      from = Math.max(end, start + 1);
    }
  }
  return spans;
}
