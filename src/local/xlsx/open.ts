/**
 * The one door through which the project reads an .xlsx file: every reader (the workbook loader,
 * the table and results readers) comes here, so every file gets the same checks and the same
 * patched ExcelJS (patches/exceljs+4.4.0.patch). A file that cannot be read raises XlsxUnreadable,
 * which says what the file is instead (an old .xls, a password-protected or OpenDocument file,
 * not a spreadsheet at all) and keeps ExcelJS's own error as its cause.
 */
import { readFile } from 'node:fs/promises';
import * as ExcelJS from 'exceljs';
import type { XlsxProblemKind as XlsxProblem } from '../../core/messages/files';

export class XlsxUnreadable extends Error {
  constructor(
    readonly problem: XlsxProblem,
    /** What the reader said, in its own words (English), for the message and for --debug. */
    readonly detail: string,
    readonly underlying?: unknown,
  ) {
    super(`${problem}: ${detail}`);
  }
}

/** Compound File Binary (OLE2): the container of .xls files and of password-protected .xlsx files. */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from('PK');
/** An encrypted OOXML package is a CFB file with this stream (MS-OFFCRYPTO 2.3.4). */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');
/** ODF stores its media type first and uncompressed (OpenDocument 1.2 Part 3, 3.3). */
const ODF_MIMETYPE = Buffer.from('application/vnd.oasis.opendocument');

function sniff(bytes: Buffer): XlsxUnreadable | null {
  if (bytes.length === 0) return new XlsxUnreadable('empty', 'the file is empty');
  if (bytes.subarray(0, CFB.length).equals(CFB)) {
    return bytes.includes(ENCRYPTED_STREAM)
      ? new XlsxUnreadable('encrypted', 'an encrypted OOXML package')
      : new XlsxUnreadable('legacy-xls', 'a Compound File Binary (BIFF .xls) file');
  }
  if (!bytes.subarray(0, 2).equals(ZIP)) return new XlsxUnreadable('not-zip', 'not a ZIP package');
  if (bytes.subarray(0, 200).includes(ODF_MIMETYPE))
    return new XlsxUnreadable('opendocument', 'an OpenDocument package');
  return null;
}

/** Reads an .xlsx file (a path or its bytes) with ExcelJS, or says why it cannot be read. */
export async function openXlsx(source: string | Buffer): Promise<ExcelJS.Workbook> {
  // File-system errors (ENOENT, EISDIR, EACCES…) are not about the file's content: they go up as they are.
  const bytes = typeof source === 'string' ? await readFile(source) : source;
  const refused = sniff(bytes);
  if (refused) throw refused;
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Uint8Array.from(bytes).buffer);
  } catch (error) {
    throw new XlsxUnreadable('damaged', error instanceof Error ? error.message : String(error), error);
  }
  if (book.worksheets.length === 0) throw new XlsxUnreadable('empty', 'the workbook has no worksheet');
  return book;
}
