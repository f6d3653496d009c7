/**
 * Reads Markdown into prose blocks, with everything that is not prose (code,
 * HTML, link targets) recorded as skipped and huibao comments as directives.
 */
import type { Nodes, Parent, Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Block } from './context.js';
import { isChineseTextCode, lonePlaceholderExtension } from './micromark-placeholder.js';
import { startsWithSectionMarker } from './markers.js';
import { ELLIPSIS, SENTENCE_ENDS } from '../text/lexicon.js';

export interface ReadResult {
  blocks: Block[];
  skipped: Array<{ start: number; end: number }>;
  /** HTML comments, which may be huibao directives. */
  comments: Array<{ start: number; end: number; value: string }>;
}

function remarkLonePlaceholder(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(lonePlaceholderExtension);
}

let processor: ReturnType<typeof createProcessor> | undefined;
function createProcessor() {
  return unified().use(remarkParse).use(remarkCjkFriendly).use(remarkLonePlaceholder);
}

export function parseMarkdownTree(text: string): Root {
  processor ??= createProcessor();
  return processor.parse(text);
}

/** Sentence-final marks: a soft line break after one of them ends the paragraph. */
const PARAGRAPH_FINAL = new Set(SENTENCE_ENDS + '；：' + ELLIPSIS + '”）');

export function readMarkdown(text: string): ReadResult {
  const result: ReadResult = { blocks: [], skipped: [], comments: [] };
  const tree = parseMarkdownTree(text);
  visitBlocks(tree, text, result);
  result.skipped.sort((a, b) => a.start - b.start);
  return result;
}

function offsetsOf(node: Nodes): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : [start, end];
}

function visitBlocks(parent: Parent, text: string, result: ReadResult): void {
  for (const node of parent.children as Nodes[]) {
    const at = offsetsOf(node);
    if (!at) continue;
    switch (node.type) {
      case 'heading': {
        // The heading's text starts after the #s and the space.
        const first = node.children[0];
        const inner = first ? offsetsOf(first) : null;
        const last = node.children[node.children.length - 1];
        const innerEnd = last ? offsetsOf(last) : null;
        if (inner && innerEnd) result.blocks.push({ start: inner[0], end: innerEnd[1], headingDepth: node.depth });
        visitInline(node, text, result);
        break;
      }
      case 'paragraph':
        splitParagraph(at[0], at[1], text, result.blocks);
        visitInline(node, text, result);
        break;
      case 'list':
        for (const item of node.children) {
          const itemAt = offsetsOf(item);
          const [firstChild, ...rest] = item.children;
          // An ordered item's number is a section marker (1. …): keep it in the block.
          if (node.ordered && itemAt && firstChild?.type === 'paragraph') {
            const childAt = offsetsOf(firstChild)!;
            splitParagraph(itemAt[0], childAt[1], text, result.blocks);
            visitInline(firstChild, text, result);
            visitBlocks({ type: 'root', children: rest } as Root, text, result);
          } else {
            visitBlocks(item, text, result);
          }
        }
        break;
      case 'blockquote':
        visitBlocks(node, text, result);
        break;
      case 'html':
        result.skipped.push({ start: at[0], end: at[1] });
        collectComments(node.value, at[0], result);
        break;
      case 'code':
      case 'yaml':
      case 'thematicBreak':
      case 'definition':
        result.skipped.push({ start: at[0], end: at[1] });
        break;
      default:
        if ('children' in node) visitBlocks(node as Parent, text, result);
    }
  }
}

function visitInline(parent: Parent, text: string, result: ReadResult): void {
  for (const node of parent.children as Nodes[]) {
    const at = offsetsOf(node);
    if (!at) continue;
    if (node.type === 'inlineCode' || node.type === 'image' || node.type === 'imageReference') {
      result.skipped.push({ start: at[0], end: at[1] });
    } else if (node.type === 'html') {
      result.skipped.push({ start: at[0], end: at[1] });
      collectComments(node.value, at[0], result);
    } else if (node.type === 'link' && text[at[0]] === '<') {
      // An autolink <https://…> is all target.
      result.skipped.push({ start: at[0], end: at[1] });
    } else if (node.type === 'link' || node.type === 'linkReference') {
      // The link text is prose; the `](target)` after it is not.
      const last = node.children[node.children.length - 1];
      const lastAt = last ? offsetsOf(last) : null;
      result.skipped.push({ start: lastAt ? lastAt[1] : at[0], end: at[1] });
      visitInline(node, text, result);
    } else if (node.type === 'emphasis' && text[at[0]] === '*' && text[at[1] - 1] === '*') {
      // CommonMark emphasis (`*really*`): its stars are markup, not placeholders.
      result.skipped.push({ start: at[0], end: at[0] + 1 }, { start: at[1] - 1, end: at[1] });
      visitInline(node, text, result);
    } else if (node.type === 'text') {
      skipStarsAwayFromChinese(text, at[0], at[1], result);
    } else if ('children' in node) {
      visitInline(node as Parent, text, result);
    }
  }
}

const ASTERISK = 42;

/**
 * A lone `*` left as text whose nearest characters on the line, either side,
 * are not Chinese (`5 * 3`, `a*b`) is arithmetic or a literal star, not a
 * placeholder. Beside Chinese text (拆违*处, 增长 *%, 按照 *) it stays one.
 * Each look past spaces stops at the first other character, so every space
 * is looked at at most twice.
 */
function skipStarsAwayFromChinese(text: string, start: number, end: number, result: ReadResult): void {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== ASTERISK) continue;
    if (text.charCodeAt(i - 1) === ASTERISK || text.charCodeAt(i + 1) === ASTERISK) continue;
    let before = i - 1;
    while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
    let after = i + 1;
    while (after < text.length && isBlank(text.charCodeAt(after))) after++;
    const chineseBefore = before >= 0 && isChineseTextCode(text.charCodeAt(before));
    const chineseAfter = after < text.length && isChineseTextCode(text.charCodeAt(after));
    if (!chineseBefore && !chineseAfter) result.skipped.push({ start: i, end: i + 1 });
  }
}

/** A space or tab (line ends stop the look for a neighbour). */
function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** `<!-- … -->` comments, found with indexOf: a lazy regex here is quadratic on many unclosed `<!--`. */
function collectComments(html: string, base: number, result: ReadResult): void {
  if (html.length > 10_000) return;
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) return;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return;
    result.comments.push({ start: base + open, end: base + close + 3, value: html.slice(open + 4, close) });
    from = close + 3;
  }
}

/**
 * Writers paste text with single line breaks, so a Markdown paragraph may hold
 * many report paragraphs. A soft break starts a new block when the next line
 * begins with a section marker or the line ends a sentence.
 */
function splitParagraph(start: number, end: number, text: string, blocks: Block[]): void {
  let blockStart = start;
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = lineStart;
    while (lineEnd < end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let next = lineEnd;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10) next++;
    if (next >= end) break;
    // Continuation lines may be indented; the marker test skips that indentation.
    let contentStart = next;
    while (contentStart < end && (text[contentStart] === ' ' || text[contentStart] === '\t' || text[contentStart] === '>')) contentStart++;
    const lastChar = text[trimEndOffset(text, lineStart, lineEnd) - 1] ?? '';
    // A marker line is a heading: it ends its block, and a marker starts one.
    const lineIsHeading = startsWithSectionMarker(text, lineStart === start ? start : lineStart, lineEnd);
    if (lineIsHeading || startsWithSectionMarker(text, contentStart, end) || PARAGRAPH_FINAL.has(lastChar)) {
      pushTrimmed(text, blockStart, lineEnd, blocks);
      blockStart = contentStart;
    }
    lineStart = next;
  }
  pushTrimmed(text, blockStart, end, blocks);
}

function trimEndOffset(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function pushTrimmed(text: string, start: number, end: number, blocks: Block[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  end = trimEndOffset(text, start, end);
  // Markdown hard breaks end in two spaces or a backslash.
  if (end > start && text[end - 1] === '\\') end--;
  if (end > start) blocks.push({ start, end });
}

/** Plain text: every non-blank line is a paragraph; `<!-- huibao-… -->` lines are directives. */
export function readText(text: string): ReadResult {
  const result: ReadResult = { blocks: [], skipped: [], comments: [] };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(text[start]!)) start++;
    end = trimEndOffset(text, start, end);
    if (end > start) {
      if (text.startsWith('<!--', start) && text.startsWith('-->', end - 3)) {
        result.skipped.push({ start, end });
        result.comments.push({ start, end, value: text.slice(start + 4, end - 3) });
      } else {
        result.blocks.push({ start, end });
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return result;
}
