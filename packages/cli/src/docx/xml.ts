/**
 * The few DOM helpers the Word reader and writer share: WordprocessingML
 * elements are found by namespace and local name (a document may use any
 * prefix), attributes as `w:val` in that namespace.
 */
import type { Element, Node } from '@xmldom/xmldom';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && node.nodeType === ELEMENT_NODE;
}

export function isW(node: Node | null | undefined, localName: string): node is Element {
  return isElement(node) && node.namespaceURI === W_NS && node.localName === localName;
}

export function childElements(parent: Node): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) if (isElement(child)) out.push(child);
  return out;
}

/** The first child `w:<localName>`. */
export function wChild(parent: Node | null | undefined, localName: string): Element | undefined {
  if (!parent) return undefined;
  for (let child = parent.firstChild; child; child = child.nextSibling) if (isW(child, localName)) return child;
  return undefined;
}

export function wChildren(parent: Node, localName: string): Element[] {
  return childElements(parent).filter((child) => isW(child, localName));
}

/** `w:<name>` attribute (namespaced, as Word writes it; a bare name as a fallback). */
export function wAttr(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const value = element.getAttributeNS(W_NS, name);
  if (value !== null && value !== '') return value;
  return element.getAttribute(`w:${name}`) ?? undefined;
}

/** `w:val` of the child `w:<localName>`. */
export function wVal(parent: Node | null | undefined, localName: string): string | undefined {
  return wAttr(wChild(parent, localName), 'val');
}

/** On/off properties (`<w:b/>`, `<w:b w:val="0"/>`). */
export function isOn(parent: Node | null | undefined, localName: string): boolean {
  const element = wChild(parent, localName);
  if (!element) return false;
  const value = wAttr(element, 'val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
