/**
 * Saves engine data as .xlsx: values and formulas (with their current results), formats,
 * validation, conditional formatting, frozen panes, sizes, merges, hidden sheets, tab colours,
 * sheet protection (a protected sheet whose unprotected ranges are unlocked cells), and the
 * hidden metadata sheets (see meta.ts). Charts are not written: ExcelJS cannot write them.
 */
import * as ExcelJS from 'exceljs';
import { gridA1 } from '../engine/a1';
import { Calculator } from '../engine/calc';
import { renameSheetInFormula } from '../engine/formula-rewrite';
import { DEFAULT_COLUMN_WIDTH, type SheetData, type WorkbookData } from '../engine/model';
import { writeFileAtomic } from './atomic';
import { writeStyle, writeValue } from './cells';
import { writeConditionals } from './conditionals';
import { ListColumns, writeMeta } from './meta';
import { xlsxNames } from './names';
import { writeValidations } from './validations';

/** Sheets sizes in pixels; Excel widths in characters of the default font, heights in points. */
const pxToWidth = (px: number) => (px - 5) / 7;
const pxToPoints = (px: number) => px * 0.75;

function writeSheet(
  sheet: SheetData,
  ws: ExcelJS.Worksheet,
  calc: Calculator,
  formulaNames: (formula: string) => string,
): void {
  for (const [r, cols] of sheet.rows) {
    for (const [c, cell] of cols) {
      const xc = ws.getCell(r, c);
      const formula = cell.formula === undefined ? undefined : formulaNames(cell.formula);
      writeValue(xc, { ...cell, formula }, calc.value(sheet, r, c));
      writeStyle(xc, cell);
    }
  }
  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(gridA1(m));
  for (const [c, px] of sheet.columnWidths) ws.getColumn(c).width = pxToWidth(px);
  for (const c of sheet.hiddenColumns) {
    // ExcelJS gives a hidden column without a width its own default; write the engine's instead.
    const column = ws.getColumn(c);
    column.width = pxToWidth(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    column.hidden = true;
  }
  for (const [r, px] of sheet.rowHeights) ws.getRow(r).height = pxToPoints(px);
  for (const [r, px] of wrappedRowHeights(sheet)) if (!sheet.rowHeights.has(r)) ws.getRow(r).height = pxToPoints(px);
}

const LINE_PX = 17;
const CHAR_PX = 7.2;

/**
 * Heights for rows whose wrapped text needs several lines. Google Sheets fits such rows by
 * itself; Excel and LibreOffice do not on opening a file, so wrapped indicator texts would
 * overlap. The height is estimated from the text length and the (merged) column width.
 */
function wrappedRowHeights(sheet: SheetData): Map<number, number> {
  const heights = new Map<number, number>();
  const widthOf = (c: number) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  for (const [r, cols] of sheet.rows) {
    let lines = 1;
    for (const [c, cell] of cols) {
      if (!cell.wrap || typeof cell.value !== 'string' || cell.value === '') continue;
      const merge = sheet.merges.find((m) => m.row === r && m.column === c);
      let width = 0;
      for (let k = c; k < c + (merge?.numColumns ?? 1); k++) width += widthOf(k);
      const perLine = Math.max(1, Math.floor((width - 6) / CHAR_PX));
      const needed = cell.value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    }
    if (lines > 1) heights.set(r, lines * LINE_PX + 4);
  }
  return heights;
}

/** Excel's sheet protection locks every cell but the unlocked ones: the unprotected ranges. */
async function writeProtection(sheet: SheetData, ws: ExcelJS.Worksheet): Promise<void> {
  const p = sheet.protections.find((x) => x.type === 'SHEET' && !x.warningOnly);
  if (!p) return;
  for (const g of p.unprotected) {
    const lastRow = Math.min(g.row + g.numRows - 1, sheet.maxRows);
    const lastColumn = Math.min(g.column + g.numColumns - 1, sheet.maxColumns);
    for (let r = g.row; r <= lastRow; r++) {
      for (let c = g.column; c <= lastColumn; c++) ws.getCell(r, c).protection = { locked: false };
    }
  }
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

export async function toXlsxBuffer(data: WorkbookData): Promise<Buffer> {
  const names = xlsxNames(data.sheets.map((s) => s.name));
  const renamed = [...names].filter(([name, xlsx]) => name !== xlsx);
  const formulaNames = (formula: string) =>
    renamed.reduce(
      (f, [name, xlsx]) => (f.toLowerCase().includes(name.toLowerCase()) ? renameSheetInFormula(f, name, xlsx) : f),
      formula,
    );
  const idToName = new Map(data.sheets.map((s) => [s.sheetId, names.get(s.name)!]));
  const lists = new ListColumns();
  const calc = new Calculator(data);
  const book = new ExcelJS.Workbook();
  // Cached results are the engine's; let Excel recompute with its own functions on open.
  book.calcProperties.fullCalcOnLoad = true;
  for (const sheet of data.sheets) {
    const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
    const ws = book.addWorksheet(names.get(sheet.name)!, {
      state: sheet.hidden ? 'hidden' : 'visible',
      properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.slice(1).toUpperCase()}` } } : {},
      views: [
        frozen
          ? {
              state: 'frozen',
              xSplit: sheet.frozenColumns,
              ySplit: sheet.frozenRows,
              showGridLines: !sheet.gridlinesHidden,
            }
          : { state: 'normal', showGridLines: !sheet.gridlinesHidden },
      ],
      // What a secretariat prints: A4 landscape, as wide as one page; frozen rows repeat on each page.
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        ...(sheet.frozenRows > 0 ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
      },
    });
    writeSheet(sheet, ws, calc, formulaNames);
    writeValidations(sheet, ws, { xlsxName: (id) => idToName.get(id), listColumn: (items) => lists.ref(items) });
    writeConditionals(sheet, ws);
    await writeProtection(sheet, ws);
  }
  writeMeta(book, data, names, lists);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Saves atomically: on failure the file at `path` keeps its previous content. */
export async function saveWorkbook(data: WorkbookData, path: string): Promise<void> {
  await writeFileAtomic(path, await toXlsxBuffer(data));
}
