/**
 * Reading a Word document's body as the text Huibao lints, keeping a map from
 * every character back to where it came from: a run's `w:t` text (which fill
 * and --fix may change), or text Word shows but the runs do not hold (a list
 * number such as 一、, a tab, a line break, the ` | ` between table cells).
 *
 * Blocks are paragraphs of the body, one row of a table (cells joined by
 * ` | `, as tables are written in plain-text reports), or a paragraph of a
 * text box (placed after the paragraph that anchors it). Blocks are joined by
 * a blank line; empty paragraphs are Word's spacing and are left out.
 */
import type { Element, Node, Text } from '@xmldom/xmldom';
import { ListNumbering } from './numbering.js';
import type { DocxPackage, SkippedParts } from './package.js';
import { childElements, isElement, isW, MC_NS, TEXT_NODE, W_NS, wChild } from './xml.js';

export interface DocxSegment {
  /** Offsets in the linted text. */
  start: number;
  end: number;
  /** The `w:t`'s text node this stretch is in, and where in it; absent for text Word generates. */
  node?: Text;
  nodeOffset?: number;
}

export type BlockPlace = { kind: 'body' } | { kind: 'table'; table: number; row: number } | { kind: 'textbox' };

export interface DocxBlock {
  /** 1-based, counting the blocks read (what the writer is told: 第 n 段). */
  number: number;
  start: number;
  end: number;
  place: BlockPlace;
  /** Word's list number shown before the text (一、), when the paragraph is numbered. */
  listLabel?: string;
  segments: DocxSegment[];
}

export interface DocxText {
  text: string;
  blocks: DocxBlock[];
  /** Offset at which each block starts in `text`, in order. */
  paragraphStarts: number[];
  skipped: SkippedParts;
  /** Paragraphs numbered by Word's lists. */
  numberedParagraphs: number;
  tables: number;
}

const BLOCK_SEPARATOR = '\n\n';
const CELL_SEPARATOR = ' | ';

/** Builds the blocks of one read; `text` grows as blocks are added. */
class Reader {
  readonly blocks: DocxBlock[] = [];
  private text = '';
  private tables = 0;
  private numbered = 0;
  private readonly numbering: ListNumbering;

  constructor(pkg: DocxPackage) {
    this.numbering = new ListNumbering(pkg.numbering, pkg.styles);
  }

  result(skipped: SkippedParts): DocxText {
    const text = this.blocks.length ? `${this.text}\n` : '';
    return { text, blocks: this.blocks, paragraphStarts: this.blocks.map((b) => b.start), skipped, numberedParagraphs: this.numbered, tables: this.tables };
  }

  readContainer(container: Node): void {
    for (const child of childElements(container)) {
      if (isW(child, 'p')) this.readParagraph(child, { kind: 'body' });
      else if (isW(child, 'tbl')) this.readTable(child);
      else if (isW(child, 'sdt')) this.readContainer(wChild(child, 'sdtContent') ?? child);
      else if (isW(child, 'customXml') || isW(child, 'ins') || isW(child, 'moveTo')) this.readContainer(child);
    }
  }

  private readParagraph(p: Element, place: BlockPlace): void {
    const block = new BlockBuilder();
    const textBoxes: Element[] = [];
    this.addLabel(p, block);
    block.addInline(p, textBoxes);
    this.push(block, place);
    for (const box of textBoxes) this.readTextBox(box);
  }

  private readTable(table: Element): void {
    const tableNumber = ++this.tables;
    let rowNumber = 0;
    const textBoxes: Element[] = [];
    for (const row of rowsOf(table)) {
      rowNumber++;
      const block = new BlockBuilder();
      let cellIndex = 0;
      for (const cell of cellsOf(row)) {
        if (cellIndex++ > 0) block.addGenerated(CELL_SEPARATOR);
        this.addCell(cell, block, textBoxes);
      }
      this.push(block, { kind: 'table', table: tableNumber, row: rowNumber });
    }
    for (const box of textBoxes) this.readTextBox(box);
  }

  /** A cell's paragraphs (and tables nested in it) on one line, a space between paragraphs. */
  private addCell(cell: Element, block: BlockBuilder, textBoxes: Element[]): void {
    let first = true;
    const visit = (container: Node) => {
      for (const child of childElements(container)) {
        if (isW(child, 'p')) {
          const before = block.length;
          if (!first) block.addGenerated(' ');
          const afterSeparator = block.length;
          this.addLabel(child, block);
          block.addInline(child, textBoxes);
          if (block.length === afterSeparator) block.truncate(before);
          else first = false;
        } else if (isW(child, 'tbl')) {
          for (const row of rowsOf(child)) for (const inner of cellsOf(row)) visit(inner);
        } else if (isW(child, 'sdt')) visit(wChild(child, 'sdtContent') ?? child);
      }
    };
    visit(cell);
  }

  private readTextBox(box: Element): void {
    for (const child of childElements(box)) {
      if (isW(child, 'p')) this.readParagraph(child, { kind: 'textbox' });
      else if (isW(child, 'tbl')) this.readTable(child);
    }
  }

  private addLabel(p: Element, block: BlockBuilder): void {
    const label = this.numbering.next(wChild(p, 'pPr'));
    if (!label) return;
    this.numbered++;
    block.addGenerated(label.text);
    block.listLabel = label.text;
  }

  private push(block: BlockBuilder, place: BlockPlace): void {
    // A paragraph holding only its list number (or nothing) is spacing, not text.
    if (!block.hasRunText() || block.content.trim().length === 0) return;
    if (this.blocks.length) this.text += BLOCK_SEPARATOR;
    const start = this.text.length;
    this.text += block.content;
    this.blocks.push({
      number: this.blocks.length + 1,
      start,
      end: this.text.length,
      place,
      ...(block.listLabel ? { listLabel: block.listLabel } : {}),
      segments: block.segments.map((s) => ({ ...s, start: s.start + start, end: s.end + start })),
    });
  }
}

/** One block's text and segments, offsets from the block's start. */
class BlockBuilder {
  content = '';
  segments: DocxSegment[] = [];
  listLabel?: string;

  get length(): number {
    return this.content.length;
  }

  hasRunText(): boolean {
    return this.segments.some((s) => s.node !== undefined && s.end > s.start);
  }

  addGenerated(text: string): void {
    if (!text) return;
    this.segments.push({ start: this.content.length, end: this.content.length + text.length });
    this.content += text;
  }

  truncate(length: number): void {
    this.content = this.content.slice(0, length);
    this.segments = this.segments.filter((s) => s.end <= length);
  }

  /** The runs of a paragraph, through hyperlinks, fields, content controls and insertions. */
  addInline(container: Node, textBoxes: Element[]): void {
    for (const child of childElements(container)) {
      if (child.namespaceURI === MC_NS && child.localName === 'AlternateContent') {
        // The first choice is what Word shows; the fallback repeats it for older readers.
        const choice = childElements(child).find((c) => c.namespaceURI === MC_NS && c.localName === 'Choice');
        if (choice) this.addInline(choice, textBoxes);
        continue;
      }
      if (child.namespaceURI !== W_NS) {
        // Drawings and shapes: only the paragraphs of their text boxes are text.
        collectTextBoxes(child, textBoxes);
        continue;
      }
      switch (child.localName) {
        case 'r':
          this.addRun(child, textBoxes);
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'fldSimple':
        case 'customXml':
        case 'ins':
        case 'moveTo':
        case 'bdo':
        case 'dir':
          this.addInline(child, textBoxes);
          break;
        case 'sdt':
          this.addInline(wChild(child, 'sdtContent') ?? child, textBoxes);
          break;
        default:
          // pPr, w:del, w:moveFrom, bookmarks, proofing marks: nothing shown.
          break;
      }
    }
  }

  private addRun(run: Element, textBoxes: Element[]): void {
    for (const child of childElements(run)) {
      if (child.namespaceURI !== W_NS) {
        if (child.namespaceURI === MC_NS && child.localName === 'AlternateContent') this.addInline(child, textBoxes);
        else collectTextBoxes(child, textBoxes);
        continue;
      }
      switch (child.localName) {
        case 't':
          for (let node = child.firstChild; node; node = node.nextSibling) {
            if (node.nodeType !== TEXT_NODE && node.nodeType !== 4) continue;
            const text = node as Text;
            if (!text.data) continue;
            this.segments.push({ start: this.content.length, end: this.content.length + text.data.length, node: text, nodeOffset: 0 });
            this.content += text.data;
          }
          break;
        case 'tab':
        case 'ptab':
          this.addGenerated('\t');
          break;
        case 'br':
        case 'cr':
          this.addGenerated('\n');
          break;
        case 'noBreakHyphen':
          this.addGenerated('-');
          break;
        case 'drawing':
        case 'pict':
        case 'object':
          collectTextBoxes(child, textBoxes);
          break;
        default:
          // rPr, instrText (a field's code), delText, footnote references, symbols.
          break;
      }
    }
  }
}

function collectTextBoxes(node: Node, out: Element[]): void {
  for (const child of childElements(node)) {
    if (child.namespaceURI === W_NS && child.localName === 'txbxContent') out.push(child);
    else if (child.namespaceURI === MC_NS && child.localName === 'Fallback') continue;
    else collectTextBoxes(child, out);
  }
}

function rowsOf(table: Element): Element[] {
  return childElements(table).flatMap((child) => (isW(child, 'tr') ? [child] : isW(child, 'sdt') ? childElements(wChild(child, 'sdtContent') ?? child).filter((r) => isW(r, 'tr')) : []));
}

function cellsOf(row: Element): Element[] {
  return childElements(row).flatMap((child) => (isW(child, 'tc') ? [child] : isW(child, 'sdt') ? childElements(wChild(child, 'sdtContent') ?? child).filter((c) => isW(c, 'tc')) : []));
}

export function readDocxText(pkg: DocxPackage): DocxText {
  const reader = new Reader(pkg);
  const body = wChild(pkg.document.documentElement, 'body');
  if (body) reader.readContainer(body);
  return reader.result(pkg.skipped);
}

export function isTextNode(node: Node | null | undefined): node is Text {
  return !!node && !isElement(node) && (node.nodeType === TEXT_NODE || node.nodeType === 4);
}
