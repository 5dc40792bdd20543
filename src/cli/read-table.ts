/**
 * The table a command reads from a file: a TSV, CSV or XLSX as it is, or the chosen table(s) of
 * a Word file, a PDF or a saved web page (src/local/import reads them; src/core/import chooses).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { bestTable, joinTables, parseTableSelection, summarizeTables, type TableSummary } from '../core/import/choose';
import { sniffDocument } from '../core/import/sniff';
import type { SourceTable } from '../core/import/types';
import { M } from '../core/messages';
import type { Grid } from '../core/types';
import { DocumentError, documentTables } from '../local/import/read-document';
import { UserError } from './io';
import { readGridFile } from './read-grid';

export interface TableFile {
  grid: Grid;
  /** Every table of a document, with what the reader finds in each; one entry for a plain table file. */
  tables: TableSummary[];
  chosen: number[];
  /** True when the file is a document holding tables (not a TSV/CSV/XLSX of the table itself). */
  document: boolean;
  file: string;
  date: string;
}

/** Files readGridFile reads as the table itself (it also explains .xls and .ods). */
const PLAIN = ['.tsv', '.txt', '.csv', '.tab', '.xlsx', '.xlsm', '.xls', '.ods'];

function documentMessage(error: DocumentError, file: string): string {
  switch (error.reason) {
    case 'legacy-doc':
      return M.docLegacy(file);
    case 'not-docx':
      return M.docNotDocx(file);
    case 'pdf-encrypted':
      return M.pdfEncrypted(file);
    case 'pdf-scanned':
      return M.pdfScanned(file);
    case 'pdf-invalid':
      return M.pdfInvalid(file);
    default:
      return M.noTable(file);
  }
}

/** A document's tables; a Vietnamese UserError when it has none or cannot be read. */
export async function readDocumentTables(path: string): Promise<SourceTable[]> {
  const file = basename(path);
  try {
    return (await documentTables(new Uint8Array(readFileSync(path)), file)).tables;
  } catch (error) {
    if (error instanceof DocumentError) throw new UserError(documentMessage(error, file));
    throw error;
  }
}

/**
 * Whether the file is a document to take tables from: by its extension for the spreadsheet and
 * text formats, by its content otherwise (a .doc renamed .docx is still a .doc).
 */
export function isDocument(path: string): boolean {
  const ext = extname(path).toLowerCase();
  if (PLAIN.includes(ext)) return false;
  let head: Uint8Array;
  try {
    head = new Uint8Array(readFileSync(path).subarray(0, 4096));
  } catch {
    return false;
  }
  const kind = sniffDocument(head, path);
  return kind === 'docx' || kind === 'doc' || kind === 'pdf' || kind === 'html';
}

export async function readTableFile(path: string, selection?: string | true): Promise<TableFile> {
  const file = basename(path);
  let date = '';
  try {
    date = statSync(path).mtime.toISOString().slice(0, 10);
  } catch {
    // readGridFile says the file is missing.
  }
  if (!isDocument(path)) {
    if (!PLAIN.includes(extname(path).toLowerCase()) && statSafe(path)) {
      throw new UserError(M.fileUnsupportedImport(path));
    }
    const grid = await readGridFile(path);
    return { grid, tables: [], chosen: [1], document: false, file, date };
  }
  const tables = await readDocumentTables(path);
  const summaries = summarizeTables(tables);
  let chosen: number[];
  if (typeof selection === 'string') {
    const picked = parseTableSelection(selection, tables.length);
    if (!picked) throw new UserError(M.tableSelectionBad(selection, tables.length));
    chosen = picked;
  } else if (selection === true) {
    throw new UserError(M.tableSelectionBad('', tables.length));
  } else {
    chosen = [bestTable(summaries) ?? 1];
  }
  return { grid: joinTables(tables, chosen), tables: summaries, chosen, document: true, file, date };
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
