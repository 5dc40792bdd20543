/**
 * The Chỉ tiêu sheet laid out for reading, whatever was pasted into it: columns as wide as their
 * text needs within one printed page (src/core/layout/print.ts), every cell wrapped and at the
 * top, the header row bold and frozen, rows fitted to their text again, one font. Only formats
 * change: the text stays exactly as the user pasted it (markup such as "<b>" included).
 */
import { FONT_FAMILY, readingWidths } from '../core/layout/print';
import type { SheetApi } from './gas';

/** `grid` is what the sheet holds from A1; `headerRow` is 1-based (0: the table has no header). */
export function formatTableSheet(sheet: SheetApi, grid: string[][], headerRow: number): void {
  const rows = grid.length;
  const cols = Math.max(0, ...grid.map((r) => r.length));
  if (rows === 0 || cols === 0) return;
  const used = sheet.getRange(1, 1, rows, cols);
  used.setFontFamily(FONT_FAMILY);
  used.setWrap(true);
  used.setVerticalAlignment('top');
  if (headerRow > 0) sheet.getRange(headerRow, 1, 1, cols).setFontWeight('bold');
  const widths = readingWidths(grid, new Set(headerRow > 0 ? [headerRow - 1] : []));
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || widths[i] !== widths[start]) {
      sheet.setColumnWidths(start + 1, i - start, widths[start]);
      start = i;
    }
  }
  // Sheets keeps at least one row below the frozen ones (see render-sheet.ts).
  if (headerRow > 0 && headerRow < sheet.getMaxRows()) sheet.setFrozenRows(headerRow);
  sheet.autoResizeRows(1, rows);
}
