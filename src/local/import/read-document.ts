/**
 * Reading the tables out of a document file for the command line: a Word .docx (unzipped with
 * fflate, its XML parsed with @xmldom/xmldom), a PDF with a text layer (pdfjs-dist), a saved
 * web page (htmlparser2). The table logic itself is in src/core/import, shared with the dialog.
 */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { docxTables } from '../../core/import/docx';
import { type DomLike, fromDom, type MarkupNode, textNode } from '../../core/import/markup';
import { htmlTables } from '../../core/import/html';
import { pdfTables, pdfTextLength } from '../../core/import/pdf';
import { sniffDocument, type DocumentKind } from '../../core/import/sniff';
import type { SourceTable } from '../../core/import/types';
import { PdfInvalidError, PdfPasswordError, readPdfPages } from './pdf-text';

/** Why a document gave no table; the caller turns it into a Vietnamese message. */
export class DocumentError extends Error {
  constructor(
    readonly reason: 'legacy-doc' | 'not-docx' | 'pdf-encrypted' | 'pdf-invalid' | 'pdf-scanned' | 'no-table',
    detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

function parseXml(xml: string): MarkupNode {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  return fromDom(doc as unknown as DomLike);
}

export function docxTablesOf(bytes: Uint8Array): SourceTable[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/numbering.xml' });
  } catch (error) {
    throw new DocumentError('not-docx', (error as Error).message);
  }
  const document = files['word/document.xml'];
  if (!document) throw new DocumentError('not-docx', 'word/document.xml missing');
  const numbering = files['word/numbering.xml'];
  return docxTables(parseXml(strFromU8(document)), numbering ? parseXml(strFromU8(numbering)) : null);
}

interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

function fromHtmlparser(node: HtmlNode): MarkupNode {
  const children: MarkupNode[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'text') children.push(textNode(child.data ?? ''));
    else if (child.type === 'tag' || child.type === 'script' || child.type === 'style')
      children.push(fromHtmlparser(child));
  }
  const attrs = Object.fromEntries(Object.entries(node.attribs ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return { name: (node.name ?? '#document').toLowerCase(), attrs, children };
}

export function htmlTablesOf(html: string): SourceTable[] {
  return htmlTables(fromHtmlparser(parseDocument(html, { decodeEntities: true }) as unknown as HtmlNode));
}

export async function pdfTablesOf(bytes: Uint8Array): Promise<SourceTable[]> {
  let pages: Awaited<ReturnType<typeof readPdfPages>>;
  try {
    pages = await readPdfPages(bytes);
  } catch (error) {
    if (error instanceof PdfPasswordError) throw new DocumentError('pdf-encrypted');
    if (error instanceof PdfInvalidError) throw new DocumentError('pdf-invalid', error.message);
    throw error;
  }
  if (pdfTextLength(pages) < 20) throw new DocumentError('pdf-scanned');
  return pdfTables(pages);
}

/** The tables of a document by its content (the extension only tells a web page from a text table). */
export async function documentTables(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ kind: DocumentKind; tables: SourceTable[] }> {
  const kind = sniffDocument(bytes, fileName);
  if (kind === 'doc') throw new DocumentError('legacy-doc');
  const tables =
    kind === 'docx'
      ? docxTablesOf(bytes)
      : kind === 'pdf'
        ? await pdfTablesOf(bytes)
        : htmlTablesOf(new TextDecoder('utf-8').decode(bytes));
  if (tables.length === 0) throw new DocumentError('no-table');
  return { kind, tables };
}
