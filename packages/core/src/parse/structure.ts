/**
 * Turns prose blocks into paragraphs and the section tree.
 */
import type { MarkerStyle, Paragraph, Section, TextSpan } from '../model/outline.js';
import type { Block, ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { matchSectionMarker, type MarkerMatch } from './markers.js';
import { codeSet, indexOfCode } from '../text/char-codes.js';
import { FULL_COLON, FULL_EXCLAMATION, FULL_SEMICOLON, FULL_STOP, SENTENCE_ENDS_FULL, TABLE_BAR } from '../text/lexicon.js';

const TITLE_END = codeSet(SENTENCE_ENDS_FULL + FULL_SEMICOLON + FULL_COLON);
/** What ends a lead phrase (党建引领，喜迎二十大。): a statement or an exclamation, not a question. */
const LEAD_END = codeSet(FULL_STOP + FULL_EXCLAMATION);
const TABLE_BAR_CODES = codeSet(TABLE_BAR);

export function buildStructure(ctx: ParseContext, blocks: Block[]): void {
  const { text, outline } = ctx;
  const stack: Section[] = [];
  const byId: Section[] = [];

  const notes = new NoteList();
  const attachments = new AttachmentList();
  let appendix: number | undefined;
  for (const block of blocks) {
    if (opensAppendix(text.slice(block.start, block.end))) {
      // 附件2, 附表1：…: what follows is a document of its own, numbered afresh (一、 again after
      // the report's 三、); its sections hang under no section of the main text.
      appendix = outline.appendices.length;
      outline.appendices.push({ text: text.slice(block.start, block.end), range: rangeOf(ctx, block.start, block.end) });
      stack.length = 0;
    }
    const marker = attachments.takes(text, block) ? null : headingMarker(ctx, block, notes);
    const paragraph: Paragraph = {
      id: outline.paragraphs.length,
      kind: marker || block.headingDepth !== undefined ? 'heading' : 'body',
      tableRow: isTableRow(text, block.start, block.end),
      text: text.slice(block.start, block.end),
      range: rangeOf(ctx, block.start, block.end),
      section: null,
      sentences: [],
    };
    outline.paragraphs.push(paragraph);

    if (!marker) {
      if (block.headingDepth === 1 && outline.title === null && outline.sections.length === 0) {
        outline.title = { text: paragraph.text, range: paragraph.range };
      }
      const current = stack[stack.length - 1];
      if (current) {
        paragraph.section = current.id;
        if (current.lead === null && paragraph.kind === 'body' && isFirstBodyParagraph(current, outline.paragraphs)) {
          current.lead = leadPhrase(ctx, block.start, block.end);
        }
        current.paragraphs.push(paragraph.id);
      }
      continue;
    }

    const markerEnd = block.start + marker.text.length;
    let titleStart = markerEnd;
    while (titleStart < block.end && /\s/.test(text[titleStart]!)) titleStart++;
    let titleEnd = titleStart;
    while (titleEnd < block.end && !TITLE_END.has(text.charCodeAt(titleEnd))) titleEnd++;
    const section: Section = {
      id: byId.length,
      level: marker.level,
      marker: marker.text,
      markerStyle: marker.style,
      markerRange: rangeOf(ctx, block.start, markerEnd),
      ordinal: marker.ordinal,
      title: text.slice(titleStart, titleEnd),
      titleRange: rangeOf(ctx, titleStart, titleEnd),
      lead: null,
      heading: block.headingDepth !== undefined,
      paragraphs: [paragraph.id],
      children: [],
      range: rangeOf(ctx, block.start, block.end),
    };
    if (block.headingDepth !== undefined) section.headingRange = paragraph.range;
    if (appendix !== undefined) section.appendix = appendix;
    byId.push(section);
    paragraph.section = section.id;

    while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(section);
    else outline.sections.push(section);
    stack.push(section);
  }

  // A section runs to the end of its last paragraph or descendant.
  const extend = (section: Section): number => {
    let end = section.range.end.offset;
    const lastParagraph = section.paragraphs[section.paragraphs.length - 1];
    if (lastParagraph !== undefined) end = Math.max(end, outline.paragraphs[lastParagraph]!.range.end.offset);
    for (const child of section.children) end = Math.max(end, extend(child));
    section.range = rangeOf(ctx, section.range.start.offset, end);
    return end;
  };
  outline.sections.forEach(extend);
}

/** A paragraph that opens 注：/注释：/说明：/备注：, the notes at the end of a bulletin or under a table. */
const NOTE_OPENING = /^(?:注|注释|说明|备注)\s*[：:]/;

/**
 * Numbered notes (注：1.… 2.…, 注释：（1）…（2）…) are a list, not headings:
 * the list starts in the 注 paragraph itself or in the paragraph right after it
 * with the number 1, and goes on while paragraphs carry the same marker form.
 */
class NoteList {
  private style: MarkerStyle | null = null;
  /** The 注 paragraph just passed, whose list may start in the next paragraph. */
  private opened = false;

  /** True when `marker` numbers a note; updates the list with the paragraph it starts. */
  takes(ctx: ParseContext, block: Block, marker: MarkerMatch | null): boolean {
    const { text } = ctx;
    if (block.headingDepth !== undefined) {
      this.style = null;
      this.opened = false;
      return false;
    }
    const opening = NOTE_OPENING.exec(text.slice(block.start, Math.min(block.end, block.start + 8)));
    if (opening) {
      let at = block.start + opening[0].length;
      while (at < block.end && /\s/.test(text[at]!)) at++;
      const first = matchSectionMarker(text, at, block.end);
      this.style = first && first.ordinal === 1 ? first.style : null;
      this.opened = this.style === null;
      return false;
    }
    if (this.opened) {
      this.opened = false;
      this.style = marker && marker.ordinal === 1 ? marker.style : null;
      return this.style !== null;
    }
    if (marker && this.style !== null) {
      if (marker.style === this.style) return true;
      this.style = null;
    }
    return false;
  }
}

/**
 * The line that opens an appendix: 附件1, 附件 2：2025年收支总表, 附表3, 附录. A number
 * follows 附件/附表 (附件：1.… is the list of attachments, see AttachmentList), and a
 * title, if any, is a title: no sentence ends in it.
 */
const APPENDIX_OPENING = /^(?:附[件表] ?[0-9０-９一二三四五六七八九十]{1,3}|附录)(?:$|[ 　：:][^。！？；]{0,60}$)/;
function opensAppendix(paragraph: string): boolean {
  return paragraph.length <= 80 && APPENDIX_OPENING.test(paragraph.trim());
}

/**
 * 附件：1.2025年全市一般公共预算收支总表 and the lines 2.… 11.… under it: the list of
 * attachments at the end of a report. Its numbers are items, never headings, whether or
 * not a number runs into a year (10.2026年…) so that no heading marker is read there.
 */
class AttachmentList {
  private open = false;

  /** True when the paragraph is an item of the list (the opening line included). */
  takes(text: string, block: Block): boolean {
    const paragraph = text.slice(block.start, block.end);
    if (block.headingDepth === undefined && /^附[件表]\s*[：:]/.test(paragraph)) {
      this.open = true;
      return true;
    }
    this.open = this.open && block.headingDepth === undefined && /^[0-9０-９]{1,2}\s*[.．、]/.test(paragraph);
    return this.open;
  }
}

/** A cell separator of a table written as text rows (3.油料产量 | 万吨 | 1.52). Rules read it as Paragraph.tableRow. */
function isTableRow(text: string, start: number, end: number): boolean {
  return indexOfCode(text, TABLE_BAR_CODES, start, end) >= 0;
}

/**
 * The section marker a paragraph opens with, when the paragraph is a heading:
 * not a table row, not a numbered note (numbers that only start the text, as in
 * 一、二月份累计完成…, are no marker at all: see matchSectionMarker).
 */
function headingMarker(ctx: ParseContext, block: Block, notes: NoteList): MarkerMatch | null {
  const marker = matchSectionMarker(ctx.text, block.start, block.end);
  if (notes.takes(ctx, block, marker)) return null;
  if (marker && isTableRow(ctx.text, block.start, block.end)) return null;
  return marker;
}

function isFirstBodyParagraph(section: Section, paragraphs: Paragraph[]): boolean {
  return section.paragraphs.every((id) => paragraphs[id]!.kind === 'heading');
}

/**
 * The lead phrase of a paragraph: a short opening sentence such as
 * 党建引领，喜迎二十大。 that states the paragraph's theme.
 */
const MAX_LEAD_LENGTH = 24;
function leadPhrase(ctx: ParseContext, start: number, end: number): TextSpan | null {
  const limit = Math.min(end, start + MAX_LEAD_LENGTH + 1);
  for (let i = start; i < limit; i++) {
    if (LEAD_END.has(ctx.text.charCodeAt(i))) {
      if (i + 1 >= end) return null; // the whole paragraph is one sentence: no lead.
      const leadText = ctx.text.slice(start, i + 1);
      if (/[0-9０-９*＊]/.test(leadText)) return null;
      return { text: leadText, range: rangeOf(ctx, start, i + 1) };
    }
  }
  return null;
}
