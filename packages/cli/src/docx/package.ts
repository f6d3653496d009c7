/**
 * Opening a Word package (.docx is a ZIP of XML parts, read with jszip and
 * @xmldom/xmldom) and telling a writer plainly why a file cannot be used: a
 * password-protected document (an OLE container, not a ZIP), a truncated or
 * corrupt ZIP, a package that is not a Word document, a macro-enabled one.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import { DocxError, type DocxProblemCode } from './problems.js';
import { childElements, W_NS } from './xml.js';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STRICT_OFFICE_DOCUMENT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';
const MACRO_CONTENT_TYPE = 'application/vnd.ms-word.document.macroEnabled.main+xml';

export interface DocxPackage {
  zip: JSZip;
  /** The main document part's name, usually `word/document.xml`. */
  documentPath: string;
  document: Document;
  numbering?: Document;
  styles?: Document;
  /** The package carries macros (a .docm, or a vbaProject part): read, but never written. */
  hasMacros: boolean;
  /** Parts Huibao does not read, by kind, with how many text-bearing entries each has. */
  skipped: SkippedParts;
}

export interface SkippedParts {
  footnotes: number;
  endnotes: number;
  comments: number;
  /** Header and footer parts holding some text. */
  headersFooters: number;
}

export async function openDocxPackage(bytes: Uint8Array): Promise<DocxPackage> {
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw problem('encrypted');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw problem('not-zip');
  const { default: JSZipClass } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw problem('corrupt');
  }
  const rels = await readXml(zip, '_rels/.rels');
  if (!rels) throw problem('not-word');
  const target = relationshipTarget(rels);
  if (target === 'strict') throw problem('strict');
  const documentPath = target ?? 'word/document.xml';
  const document = await readXml(zip, documentPath);
  if (!document) throw problem('not-word');
  const folder = documentPath.includes('/') ? documentPath.slice(0, documentPath.lastIndexOf('/') + 1) : '';
  const contentTypes = (await readText(zip, '[Content_Types].xml')) ?? '';
  const hasMacros = contentTypes.includes(MACRO_CONTENT_TYPE) || Object.keys(zip.files).some((name) => /vbaProject\.bin$/i.test(name));
  const numbering = await readXml(zip, `${folder}numbering.xml`);
  const styles = await readXml(zip, `${folder}styles.xml`);
  const skipped = await countSkipped(zip, folder);
  return { zip, documentPath, document, hasMacros, skipped, ...(numbering ? { numbering } : {}), ...(styles ? { styles } : {}) };
}

function problem(code: DocxProblemCode): DocxError {
  return new DocxError(code);
}

async function readText(zip: JSZip, name: string): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  try {
    return await file.async('string');
  } catch {
    throw problem('corrupt');
  }
}

async function readXml(zip: JSZip, name: string): Promise<Document | undefined> {
  const text = await readText(zip, name);
  if (text === undefined) return undefined;
  return parseXml(text);
}

export function parseXml(text: string): Document {
  let failed = false;
  const document = new DOMParser({
    onError: (level) => {
      if (level !== 'warning') failed = true;
    },
  }).parseFromString(text, 'text/xml');
  if (failed || !document.documentElement) throw problem('corrupt');
  return document;
}

function relationshipTarget(rels: Document): string | 'strict' | undefined {
  const root = rels.documentElement;
  if (!root) return undefined;
  for (const rel of childElements(root)) {
    const type = rel.getAttribute('Type');
    if (type === STRICT_OFFICE_DOCUMENT) return 'strict';
    if (type === OFFICE_DOCUMENT) return (rel.getAttribute('Target') ?? '').replace(/^\//, '') || undefined;
  }
  return undefined;
}

/** Word's own separator notes are furniture, not the writer's notes. */
const FURNITURE_NOTES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

async function countSkipped(zip: JSZip, folder: string): Promise<SkippedParts> {
  const notes = async (name: string, element: string) => {
    const root = (await readXml(zip, `${folder}${name}`))?.documentElement;
    if (!root) return 0;
    return childElements(root).filter((note) => note.localName === element && !FURNITURE_NOTES.has(note.getAttributeNS(W_NS, 'type') ?? '')).length;
  };
  let headersFooters = 0;
  for (const name of Object.keys(zip.files)) {
    if (!name.startsWith(folder)) continue;
    const rest = name.slice(folder.length);
    if (!/^(?:header|footer)\d{0,4}\.xml$/.test(rest)) continue;
    const texts = (await readXml(zip, name))?.getElementsByTagNameNS(W_NS, 't');
    let hasText = false;
    for (let i = 0; texts && i < texts.length && !hasText; i++) hasText = (texts.item(i)?.textContent ?? '').trim().length > 0;
    if (hasText) headersFooters++;
  }
  return {
    footnotes: await notes('footnotes.xml', 'footnote'),
    endnotes: await notes('endnotes.xml', 'endnote'),
    comments: await notes('comments.xml', 'comment'),
    headersFooters,
  };
}
