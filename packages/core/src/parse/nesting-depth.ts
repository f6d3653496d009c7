/**
 * How deeply a Markdown text nests containers (block quotes and lists) and
 * link brackets.
 *
 * micromark's cost per line grows with the number of open containers (a line
 * of 10⁴ `- ` takes minutes, then overflows the stack), and each `]` re-reads
 * the label it closes (10⁵ nested `[…]` take minutes), so a text nested deeper
 * than any report needs is read as plain text instead. One pass each, no
 * regular expression.
 */
export interface NestingPeak {
  depth: number;
  /** Offset of the start of the deepest line. */
  offset: number;
}

/** Deeper than any real report; micromark is still fast here. */
export const MAX_MARKDOWN_NESTING = 20;
export const MAX_LINK_BRACKET_NESTING = 32;

/** The deepest run of unclosed `[` (a blank line closes them all, as it ends the paragraph). */
export function deepestBrackets(text: string, stopAbove = Infinity): NestingPeak {
  const peak: NestingPeak = { depth: 0, offset: 0 };
  let depth = 0;
  let lineStart = 0;
  let blankLine = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) {
      if (++depth > peak.depth) {
        peak.depth = depth;
        peak.offset = lineStart;
        if (depth > stopAbove) return peak;
      }
    } else if (c === 93 /* ] */) {
      if (depth > 0) depth--;
    } else if (c === 10) {
      if (blankLine) depth = 0;
      blankLine = true;
      lineStart = i + 1;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 13) blankLine = false;
  }
  return peak;
}

export function deepestNesting(text: string, stopAbove = Infinity): NestingPeak {
  const peak: NestingPeak = { depth: 0, offset: 0 };
  let lineStart = 0;
  while (lineStart < text.length) {
    const depth = lineNesting(text, lineStart);
    if (depth > peak.depth) {
      peak.depth = depth;
      peak.offset = lineStart;
      if (depth > stopAbove) return peak;
    }
    const lf = text.indexOf('\n', lineStart);
    if (lf < 0) break;
    lineStart = lf + 1;
  }
  return peak;
}

/**
 * Container markers at the start of a line: each `>`, each list marker
 * (- * + or 1-9 digits with . or ) followed by a space), and every two columns of
 * indentation, since nested list items are written by indenting.
 */
function lineNesting(text: string, at: number): number {
  let depth = 0;
  let indent = 0;
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 /* space */) {
      indent++;
      i++;
    } else if (c === 9 /* tab */) {
      indent += 4;
      i++;
    } else if (c === 62 /* > */) {
      depth++;
      i++;
    } else if ((c === 45 /* - */ || c === 42 /* * */ || c === 43) /* + */ && isBlank(text.charCodeAt(i + 1))) {
      depth++;
      i += 2;
    } else if (c >= 48 && c <= 57) {
      let j = i;
      while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const mark = text.charCodeAt(j);
      if ((mark === 46 /* . */ || mark === 41) /* ) */ && isBlank(text.charCodeAt(j + 1))) {
        depth++;
        i = j + 2;
      } else break;
    } else break;
  }
  return depth + (indent >> 1);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Where a text nests too deeply for the Markdown reader, or null. */
export function markdownTooDeep(text: string): { what: string; limit: number; offset: number } | null {
  const containers = deepestNesting(text, MAX_MARKDOWN_NESTING);
  if (containers.depth > MAX_MARKDOWN_NESTING) return { what: '引用或列表', limit: MAX_MARKDOWN_NESTING, offset: containers.offset };
  const brackets = deepestBrackets(text, MAX_LINK_BRACKET_NESTING);
  if (brackets.depth > MAX_LINK_BRACKET_NESTING) return { what: '方括号', limit: MAX_LINK_BRACKET_NESTING, offset: brackets.offset };
  return null;
}
