/**
 * A parsed XML or HTML document as plain data, so the table logic runs the same on
 * @xmldom/xmldom and htmlparser2 (command line) and on the browser's DOMParser (the dialog).
 * Element names are local names in lower case ("tbl", "tc", "td"); text nodes are named "#text".
 */
export interface MarkupNode {
  name: string;
  /** Attributes by local name in lower case ("val", "gridspan", "rowspan"). */
  attrs: Record<string, string>;
  children: MarkupNode[];
  /** Text of a "#text" node. */
  text?: string;
}

export const TEXT = '#text';

export function textNode(text: string): MarkupNode {
  return { name: TEXT, attrs: {}, children: [], text };
}

/** Direct children with one of the names. */
export function childrenNamed(node: MarkupNode, ...names: string[]): MarkupNode[] {
  return node.children.filter((c) => names.includes(c.name));
}

export function childNamed(node: MarkupNode | undefined, name: string): MarkupNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** The first descendant (depth first) with that name. */
export function findFirst(node: MarkupNode, name: string): MarkupNode | undefined {
  for (const child of node.children) {
    if (child.name === name) return child;
    const found = findFirst(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The minimal W3C DOM a converter reads: what xmldom and the browser's DOMParser both give. */
export interface DomLike {
  nodeType: number;
  nodeName: string;
  localName?: string | null;
  nodeValue?: string | null;
  attributes?: ArrayLike<{ localName?: string | null; name: string; value: string }> | null;
  childNodes?: ArrayLike<DomLike> | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** A W3C DOM node (element or document) as a MarkupNode; comments and processing instructions are dropped. */
export function fromDom(node: DomLike): MarkupNode {
  const attrs: Record<string, string> = {};
  const list = node.attributes;
  if (list) {
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      attrs[(a.localName || a.name.replace(/^.*:/, '')).toLowerCase()] = a.value;
    }
  }
  const children: MarkupNode[] = [];
  const kids = node.childNodes;
  if (kids) {
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid.nodeType === ELEMENT_NODE) children.push(fromDom(kid));
      else if (kid.nodeType === TEXT_NODE || kid.nodeType === CDATA_SECTION_NODE) {
        children.push(textNode(kid.nodeValue ?? ''));
      }
    }
  }
  const name = (node.localName || node.nodeName.replace(/^.*:/, '')).toLowerCase();
  return { name, attrs, children };
}
