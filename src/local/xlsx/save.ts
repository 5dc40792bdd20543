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
import { BODY_FONT_SIZE, fittedRowHeight, type PrintedText } from '../../core/layout/print';
import { displayValue } from '../engine/display';
import { type CellValue, DEFAULT_COLUMN_WIDTH, type SheetData, type WorkbookData } from '../engine/model';
import { writeFileAtomic } from './atomic';
import { writeStyle, writeValue } from './cells';
import { writeConditionals } from './conditionals';
import { ListColumns, writeMeta } from './meta';
import { xlsxNames } from './names';
import { writeValidations } from './validations';

/** Sheets sizes in pixels; Excel widths in characters of the default font, heights in points. */
const pxToWidth = (px: number) => (px - 5) / 7;
const pxToPoints = (px: number) => px * 0.75;
/** Sheets' default row height, in pixels: a row whose text needs no more is left at the default. */
const DEFAULT_ROW_HEIGHT = 21;

function writeSheet(
  sheet: SheetData,
  ws: ExcelJS.Worksheet,
  calc: Calculator,
  formulaNames: (formula: string) => string,
  locale: string,
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
  for (const [r, px] of fittedRowHeights(sheet, calc, locale)) {
    if (sheet.rowHeights.has(r)) continue;
    const row = ws.getRow(r);
    row.height = pxToPoints(px);
    // Not a height chosen by hand: Excel and LibreOffice fit the row again when its text changes.
    (row as ExcelJS.Row & { customHeight?: boolean }).customHeight = false;
  }
}

/**
 * Heights for the rows Sheets fits to their text (every row without a height set by hand).
 * Sheets grows such rows by itself; LibreOffice and Excel print an .xlsx with the heights written
 * in it, so each row gets the height its tallest text needs in its column (merged columns summed)
 * at its font size (src/core/layout/print.ts). Rows that need no more than the default are left out.
 */
function fittedRowHeights(sheet: SheetData, calc: Calculator, locale: string): Map<number, number> {
  const heights = new Map<number, number>();
  const widthOf = (c: number) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.row}:${m.column}`, { rows: m.numRows, columns: m.numColumns });
    for (let r = m.row; r < m.row + m.numRows; r++)
      for (let c = m.column; c < m.column + m.numColumns; c++)
        if (r !== m.row || c !== m.column) covered.add(`${r}:${c}`);
  }
  for (const [r, cols] of sheet.rows) {
    const texts: PrintedText[] = [];
    for (const [c, cell] of cols) {
      if (sheet.hiddenColumns.has(c) || covered.has(`${r}:${c}`)) continue;
      const span = spans.get(`${r}:${c}`);
      // A text spread over several rows is not one row's to fit.
      if (span && span.rows > 1) continue;
      const value = cell.formula === undefined ? cell.value : calc.value(sheet, r, c);
      const text = value instanceof Error ? '#N/A' : displayValue(value as CellValue, cell.numberFormat, locale);
      let width = 0;
      for (let k = c; k < c + (span?.columns ?? 1); k++) if (!sheet.hiddenColumns.has(k)) width += widthOf(k);
      texts.push({
        text,
        width,
        points: cell.fontSize ?? BODY_FONT_SIZE,
        bold: !!cell.bold,
        wrap: !!cell.wrap,
      });
    }
    const height = fittedRowHeight(texts, 0);
    if (height > DEFAULT_ROW_HEIGHT) heights.set(r, height);
  }
  return heights;
}

/** A4 landscape with margins of about 1 cm, in inches (what pageSetup.margins takes). */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 };
const A4_LONG_SIDE_INCHES = 297 / 25.4;
/** Room across an A4 landscape page, in pixels (96 per inch, as Sheets sizes columns). */
const PRINTABLE_WIDTH = (A4_LONG_SIDE_INCHES - MARGINS.left - MARGINS.right) * 96;
/** The smallest text a printed page may show, in points. */
const LEGIBLE_POINTS = 9;

/**
 * What a secretariat prints: A4 landscape; frozen rows (the headers) repeat on every page. A sheet
 * that fits one page wide at a legible size is fitted to the width; a wider one (an agency tab with
 * many periods) is printed at the smallest legible scale over as many pages across as it needs, so
 * that no text prints under LEGIBLE_POINTS.
 */
function pageSetupOf(sheet: SheetData): Partial<ExcelJS.PageSetup> {
  let lastColumn = 0;
  let smallest: number = BODY_FONT_SIZE;
  for (const cols of sheet.rows.values())
    for (const [c, cell] of cols) {
      if (cell.value === undefined && cell.formula === undefined) continue;
      lastColumn = Math.max(lastColumn, c);
      smallest = Math.min(smallest, cell.fontSize ?? BODY_FONT_SIZE);
    }
  let width = 0;
  for (let c = 1; c <= lastColumn; c++)
    if (!sheet.hiddenColumns.has(c)) width += sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  const least = Math.min(1, LEGIBLE_POINTS / smallest);
  const fits = width * least <= PRINTABLE_WIDTH;
  return {
    paperSize: 9,
    orientation: 'landscape',
    margins: MARGINS,
    ...(fits
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: Math.ceil(least * 100) }),
    ...(sheet.frozenRows > 0 ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
  };
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
      pageSetup: pageSetupOf(sheet),
    });
    writeSheet(sheet, ws, calc, formulaNames, data.locale);
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
