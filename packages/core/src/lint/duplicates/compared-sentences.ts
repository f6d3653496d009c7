/**
 * Which sentences duplicate-sentence compares at all. A report's parallel parts
 * (a budget report's 全市 and 市本级, 执行情况 and 预算草案) repeat by design
 * what frames their statements: headings and the numbered lead phrases that
 * open a paragraph (2.政府性基金预算收支完成情况。) or a point of an 一是…二是…
 * enumeration (二是坚持以推进供给侧结构性改革为主线。, the overall requirement's
 * clause taken up as the point it opens), table rows (a header row
 * 预算科目 | 2024年决算数 | … heads every table) and title lines. None of them
 * is a claim, so none is a repeated one. Read from the outline: sections,
 * paragraphs and their sentences. (A section's unnumbered lead phrase stays
 * compared: the outline's lead is any short opening sentence, often a claim.)
 */
import type { ReportOutline, Section } from '../../model/outline.js';
import { ELLIPSIS } from '../../text/lexicon.js';
import { CLAUSE_EDGES, QUOTES_AND_SPACE } from './repeated-passages.js';

/** A flag per sentence id: 1 for a sentence that is not compared. One pass over the paragraphs. */
export function framingSentences(outline: ReportOutline, text: string): Uint8Array {
  const framing = new Uint8Array(outline.sentences.length);
  const sections: Section[] = [];
  const walk = (section: Section): void => {
    sections[section.id] = section;
    section.children.forEach(walk);
  };
  outline.sections.forEach(walk);
  const title = outline.title?.range;
  for (const paragraph of outline.paragraphs) {
    const { sentences } = paragraph;
    const start = paragraph.range.start.offset;
    const end = paragraph.range.end.offset;
    if (paragraph.tableRow || isTitleLine(sentences.length, text, start, end)) {
      sentences.forEach((id) => (framing[id] = 1));
      continue;
    }
    const section = paragraph.section === null ? undefined : sections[paragraph.section];
    // The marker and title: in 2.政府性基金预算。全州…, the first sentence only; the body after it is compared.
    if (section && paragraph.kind === 'heading') markWithin(outline, sentences, section.markerRange.start.offset, section.titleRange.end.offset, framing);
    if (title) markWithin(outline, sentences, title.start.offset, title.end.offset, framing);
  }
  markEnumeratedLeads(outline, framing);
  return framing;
}

/** Flags each sentence that opens with the marker of an 一是…/第一，… point. */
function markEnumeratedLeads(outline: ReportOutline, framing: Uint8Array): void {
  const sentenceAt = new Map<number, number>();
  for (const sentence of outline.sentences) sentenceAt.set(sentence.range.start.offset, sentence.id);
  for (const enumeration of outline.enumerations) {
    if (enumeration.kind === 'list') continue;
    for (const item of enumeration.items) {
      const id = item.markerRange ? sentenceAt.get(item.markerRange.start.offset) : undefined;
      if (id !== undefined) framing[id] = 1;
    }
  }
}

/** Flags the sentences of `ids` that overlap [start, end). */
function markWithin(outline: ReportOutline, ids: readonly number[], start: number, end: number, framing: Uint8Array): void {
  for (const id of ids) {
    const { range } = outline.sentences[id]!;
    if (range.start.offset < end && range.end.offset > start) framing[id] = 1;
  }
}

/**
 * A paragraph of one sentence that ends in no punctuation mark (quotes and
 * brackets looked past): a title or a caption (2026年市本级政府性基金预算收支表),
 * which parallel parts repeat with their tables. A sentence ends in 。, a list
 * item in ；, and both stay compared.
 */
function isTitleLine(sentenceCount: number, text: string, start: number, end: number): boolean {
  if (sentenceCount !== 1) return false;
  let last = end - 1;
  while (last >= start && QUOTES_AND_SPACE.includes(text[last]!)) last--;
  return last >= start && !CLAUSE_EDGES.has(text.charCodeAt(last)) && text[last] !== ELLIPSIS;
}
