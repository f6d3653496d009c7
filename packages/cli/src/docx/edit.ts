/**
 * Changing a Word document's text through the map read.ts keeps: an edit of
 * the linted text (a fill, a safe fix) becomes a change of the `w:t` texts it
 * covers, so every run keeps its formatting. A stretch split over several runs
 * (Word splits runs at every change of formatting or revision id) is replaced
 * in the first run and removed from the others.
 *
 * With a revision author the change is a tracked change instead: the old text
 * moves into a `w:del` (as `w:delText`) and the new text into a `w:ins`, each
 * in a run with the original run's properties, so the writer accepts or
 * rejects it in Word.
 *
 * Text Word generates (a list number, a tab, the ` | ` between table cells,
 * the blank line between paragraphs) has no run to change: an edit touching
 * it is refused and the document is left as it was there.
 */
import type { Document, Element, Text } from '@xmldom/xmldom';
import type { DocxSegment, DocxText } from './read.js';
import { isW, W_NS, XML_NS } from './xml.js';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Revision {
  author: string;
  /** ISO 8601 without fractions, as Word writes it. */
  date: string;
}

export interface EditOutcome {
  /** Indices of the changes made, in the order given. */
  applied: number[];
  /** Indices of the changes left out because they touch text Word generates. */
  refused: number[];
}

/**
 * Makes each change (the edits of one fill or one fix, all or none of them);
 * the changes must not overlap one another.
 */
export function applyDocxEdits(document: Document, docx: DocxText, changes: ReadonlyArray<readonly TextEdit[]>, revision?: Revision): EditOutcome {
  const applied: number[] = [];
  const refused: number[] = [];
  const planned: Array<{ edit: TextEdit; segments: DocxSegment[] }> = [];
  changes.forEach((edits, index) => {
    const located = edits.map((edit) => ({ edit, segments: segmentsFor(docx, edit) }));
    if (edits.length === 0 || located.some((l) => !l.segments)) {
      refused.push(index);
      return;
    }
    applied.push(index);
    for (const l of located) planned.push({ edit: l.edit, segments: l.segments! });
  });
  const ids = revision ? revisionIds(document) : undefined;
  // From the end: an edit changes only text after the earlier edits' places, so their segments stay valid.
  planned.sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end);
  for (const { edit, segments } of planned) {
    if (revision && ids) trackEdit(document, segments, edit, revision, ids);
    else replaceText(segments, edit);
  }
  return { applied, refused };
}

/** The run segments that hold exactly the edited stretch, or undefined when generated text is in it. */
function segmentsFor(docx: DocxText, edit: TextEdit): DocxSegment[] | undefined {
  const block = docx.blocks.find((b) => b.start <= edit.start && edit.end <= b.end);
  if (!block) return undefined;
  if (edit.start === edit.end) {
    // An insertion joins the run before it (as typing does), or the one after at a paragraph's start.
    const before = block.segments.find((s) => s.node && s.start < edit.start && edit.start <= s.end);
    const after = block.segments.find((s) => s.node && s.start === edit.start);
    const segment = before ?? after;
    return segment ? [segment] : undefined;
  }
  const touched = block.segments.filter((s) => s.end > edit.start && s.start < edit.end);
  if (touched.length === 0 || touched.some((s) => !s.node)) return undefined;
  return touched;
}

/** The part of a segment's text node an edit covers, as offsets in the node. */
function localRange(segment: DocxSegment, edit: TextEdit): { from: number; to: number } {
  const base = segment.nodeOffset ?? 0;
  return { from: Math.max(edit.start, segment.start) - segment.start + base, to: Math.min(edit.end, segment.end) - segment.start + base };
}

function replaceText(segments: readonly DocxSegment[], edit: TextEdit): void {
  segments.forEach((segment, i) => {
    const node = segment.node!;
    const { from, to } = localRange(segment, edit);
    node.data = node.data.slice(0, from) + (i === 0 ? edit.newText : '') + node.data.slice(to);
    preserveSpaces(node);
  });
}

/** Leading or trailing spaces survive only with xml:space="preserve". */
function preserveSpaces(node: Text): void {
  const t = node.parentNode as Element | null;
  if (t && /^\s|\s$/.test(node.data) && t.getAttributeNS(XML_NS, 'space') !== 'preserve') t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
}

interface RevisionIds {
  next: number;
}

/** Revision ids must not repeat in the document: start after the largest w:id in it. */
function revisionIds(document: Document): RevisionIds {
  let max = 0;
  const all = document.getElementsByTagNameNS(W_NS, '*');
  for (let i = 0; i < all.length; i++) {
    const id = Number(all.item(i)!.getAttributeNS(W_NS, 'id'));
    if (Number.isInteger(id) && id > max) max = id;
  }
  return { next: max + 1 };
}

function trackEdit(document: Document, segments: readonly DocxSegment[], edit: TextEdit, revision: Revision, ids: RevisionIds): void {
  segments.forEach((segment, i) => {
    const node = segment.node!;
    const t = node.parentNode as Element;
    const run = t.parentNode as Element;
    const { from, to } = localRange(segment, edit);
    const before = node.data.slice(0, from);
    const removed = node.data.slice(from, to);
    const after = node.data.slice(to);

    // The run is cut in two around the edited stretch: `run` keeps what comes before, `rest` what follows.
    const rest = cutRunAfter(run, t, after);
    node.data = before;
    preserveSpaces(node);
    let anchor: Element = run;
    if (removed) {
      const deletion = revisionElement(document, 'del', revision, ids);
      deletion.appendChild(textRun(document, run, removed, 'delText'));
      anchor = insertAfter(deletion, anchor);
    }
    if (i === 0 && edit.newText) {
      const insertion = revisionElement(document, 'ins', revision, ids);
      insertion.appendChild(textRun(document, run, edit.newText, 't'));
      anchor = insertAfter(insertion, anchor);
    }
    if (rest) insertAfter(rest, anchor);
    if (isEmptyRun(run)) run.parentNode?.removeChild(run);
  });
}

/** A copy of `run` holding `after` and everything that followed `t` in it; undefined when that is nothing. */
function cutRunAfter(run: Element, t: Element, after: string): Element | undefined {
  const rest = run.cloneNode(false) as Element;
  const properties = firstW(run, 'rPr');
  if (properties) rest.appendChild(properties.cloneNode(true));
  if (after) rest.appendChild(textElement(run.ownerDocument!, after, 't'));
  let moved = false;
  while (t.nextSibling) {
    rest.appendChild(t.nextSibling);
    moved = true;
  }
  return after || moved ? rest : undefined;
}

function textRun(document: Document, model: Element, text: string, kind: 't' | 'delText'): Element {
  const run = model.cloneNode(false) as Element;
  const properties = firstW(model, 'rPr');
  if (properties) run.appendChild(properties.cloneNode(true));
  run.appendChild(textElement(document, text, kind));
  return run;
}

function textElement(document: Document, text: string, kind: 't' | 'delText'): Element {
  const element = document.createElementNS(W_NS, prefixed(document, kind));
  if (/^\s|\s$/.test(text)) element.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  element.appendChild(document.createTextNode(text));
  return element;
}

function revisionElement(document: Document, kind: 'ins' | 'del', revision: Revision, ids: RevisionIds): Element {
  const element = document.createElementNS(W_NS, prefixed(document, kind));
  element.setAttributeNS(W_NS, prefixed(document, 'id'), String(ids.next++));
  element.setAttributeNS(W_NS, prefixed(document, 'author'), revision.author);
  element.setAttributeNS(W_NS, prefixed(document, 'date'), revision.date);
  return element;
}

/** Names in the document's own prefix for the WordprocessingML namespace (w: nearly always). */
function prefixed(document: Document, localName: string): string {
  const prefix = document.documentElement?.lookupPrefix(W_NS) ?? 'w';
  return prefix ? `${prefix}:${localName}` : localName;
}

function firstW(parent: Element, localName: string): Element | undefined {
  for (let child = parent.firstChild; child; child = child.nextSibling) if (isW(child, localName)) return child;
  return undefined;
}

function insertAfter(element: Element, anchor: Element): Element {
  anchor.parentNode!.insertBefore(element, anchor.nextSibling);
  return element;
}

/** A run left with only its properties and empty texts shows nothing: it is removed. */
function isEmptyRun(run: Element): boolean {
  for (let child = run.firstChild; child; child = child.nextSibling) {
    if (isW(child, 'rPr')) continue;
    if (isW(child, 't') && (child.textContent ?? '') === '') continue;
    if (child.nodeType === 3 && !(child as Text).data.trim()) continue;
    return false;
  }
  return true;
}
