/**
 * "Lập bảng nháp từ văn bản kế hoạch": reads the plan's text from the sheet the secretariat has
 * open (pasted one line per row), and writes the draft tables into a new sheet for review. It
 * never writes into the table sheet or any other existing sheet.
 */
import { draftSheetGrid, draftTable } from '../core/draft/draft';
import { M } from '../core/messages';
import { Book } from './book';
import type { Platform } from './gas';

/** The first free name: "Bảng nháp", "Bảng nháp 2", … */
function freeName(book: Book): string {
  const taken = new Set(book.names().map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? M.draftSheetTitle : `${M.draftSheetTitle} ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Writes the draft of the open sheet's plan text into a new sheet; returns what to tell the user. */
export function writeDraftSheet(platform: Platform): string {
  const book = new Book(platform);
  const source = book.ss.getActiveSheet();
  const text = source
    .getDataRange()
    .getDisplayValues()
    .map((row) => row.filter((cell) => cell !== '').join(' '))
    .join('\n');
  if (!text.trim()) return M.draftEmpty();
  const draft = draftTable(text);
  if (draft.targets.length === 1 && draft.tasks.length === 1) return draft.notes.join('\n\n');
  const grid = draftSheetGrid(draft);
  const name = freeName(book);
  const sheet = book.create(name, grid.length, grid[0].length);
  const range = sheet.getRange(1, 1, grid.length, grid[0].length);
  // As text: "1.1" and "70%" stay as the document writes them.
  range.setNumberFormat('@');
  range.setValues(grid);
  range.setWrap(true);
  return [M.draftWritten(name), ...draft.notes].join('\n\n');
}
