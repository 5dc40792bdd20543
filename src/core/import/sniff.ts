/** What kind of document a file is, from its first bytes (an extension can lie; a .doc renamed .docx). */
export type DocumentKind = 'docx' | 'doc' | 'pdf' | 'html' | 'other';

export function sniffDocument(bytes: Uint8Array, fileName = ''): DocumentKind {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  // The OLE compound file header of Word 97–2003 (.doc).
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'docx';
  const name = fileName.toLowerCase();
  if (/\.(html?|xhtml|mht)$/.test(name)) return 'html';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<table[\s>]/.test(head)) return 'html';
  return 'other';
}
