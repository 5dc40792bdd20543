/**
 * Loads .xlsx into engine data: the inverse of save.ts. The hidden metadata sheets restore what
 * xlsx cannot say (sheet ids and names, document properties, protections with their editors);
 * a file without them (made in Excel) still loads, with new ids and the protections Excel's own
 * sheet protection implies (unlocked cells become unprotected ranges).
 */
import type * as ExcelJS from 'exceljs';
import { parseA1, resolveA1 } from '../engine/a1';
import { renameSheetInFormula } from '../engine/formula-rewrite';
import {
  allocateSheetId,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_MAX_COLUMNS,
  DEFAULT_MAX_ROWS,
  ensureCell,
  newSheet,
  newWorkbook,
  type Cell,
  type ProtectionData,
  type SheetData,
  type WorkbookData,
} from '../engine/model';
import { DATE_FALLBACK_FORMAT, hexOf, readStyle, readValue } from './cells';
import { readConditionals } from './conditionals';
import { internals } from './exceljs-internals';
import { listValues, readMeta, type Meta } from './meta';
import { META_NAMES } from './names';
import { openXlsx } from './open';
import { readValidations, rectangles } from './validations';

const widthToPx = (width: number) => Math.round(width * 7 + 5);
const pointsToPx = (points: number) => Math.round(points / 0.75);

/** Reads cells, sizes and merges; returns the cells Excel marks unlocked. */
function readSheet(ws: ExcelJS.Worksheet, sheet: SheetData, formulaNames: (f: string) => string): [number, number][] {
  const unlocked: [number, number][] = [];
  const defaultHeight = ws.properties.defaultRowHeight;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    // A height the writer estimated for the text (customHeight unset) is not a choice: the row
    // stays fitted to its text, as Sheets' rows are.
    const custom = (row as ExcelJS.Row & { customHeight?: boolean }).customHeight !== false;
    if (row.height && row.height !== defaultHeight && custom) sheet.rowHeights.set(r, pointsToPx(row.height));
    row.eachCell({ includeEmpty: true }, (xc, c) => {
      if (xc.protection?.locked === false) unlocked.push([r, c]);
      const cell: Cell = {};
      // A merged cell other than the top-left one reads as the top-left's value; it has none of its own.
      if (!xc.isMerged || xc.master === xc) readValue(xc, cell);
      readStyle(xc, cell);
      if (cell.formula) cell.formula = formulaNames(cell.formula);
      if (cell.value instanceof Date && cell.numberFormat === DATE_FALLBACK_FORMAT) delete cell.numberFormat;
      if (Object.keys(cell).length) Object.assign(ensureCell(sheet, r, c), cell);
    });
  });
  (ws.columns ?? []).forEach((col, i) => {
    // A width equal to the default is not a choice (save writes it for hidden columns).
    if (col.width !== undefined && widthToPx(col.width) !== DEFAULT_COLUMN_WIDTH)
      sheet.columnWidths.set(i + 1, widthToPx(col.width));
    if (col.hidden) sheet.hiddenColumns.add(i + 1);
  });
  if (ws.hasMerges) {
    for (const m of ws.model.merges) {
      const p = parseA1(m);
      if (p) sheet.merges.push(resolveA1(p, sheet.maxRows, sheet.maxColumns));
    }
  }
  return unlocked;
}

function readView(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  const view = ws.views?.[0];
  if (!view) return;
  if (view.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  if (view.showGridLines === false) sheet.gridlinesHidden = true;
}

/** A protection Excel's own sheet protection implies, for files the add-on did not write. */
function impliedProtection(wb: WorkbookData, unlocked: [number, number][]): ProtectionData {
  return {
    type: 'SHEET',
    range: null,
    description: '',
    editors: [wb.owner],
    domainEdit: false,
    warningOnly: false,
    unprotected: rectangles(unlocked),
  };
}

function workbookFrom(meta: Meta): WorkbookData {
  const w = meta.workbook;
  const wb = newWorkbook({
    id: w.id || undefined,
    name: w.name || undefined,
    locale: w.locale || undefined,
    timeZone: w.timeZone || undefined,
    owner: w.owner || undefined,
    editors: w.editors ? w.editors.split('\n').filter(Boolean) : undefined,
  });
  wb.sheets = [];
  wb.properties = meta.props ?? {};
  wb.nextSheetId = Number(w.nextSheetId) || 1;
  return wb;
}

/** Loads a workbook (a path or its bytes); XlsxUnreadable (./open) says why a file cannot be read. */
export async function loadWorkbook(source: string | Buffer): Promise<WorkbookData> {
  const book = await openXlsx(source);
  const meta = readMeta(book);
  const wb = workbookFrom(meta);
  const worksheets = book.worksheets.filter((ws) => !META_NAMES.has(ws.name));

  // Names and ids first: formulas and validation sources refer to sheets by name.
  const sheets = worksheets.map((ws) => {
    const info = meta.sheets.get(ws.name);
    const sheet = newSheet(info?.name ?? ws.name, info?.sheetId ?? -1);
    // The recorded grid size, grown if someone typed beyond it in Excel.
    sheet.maxRows = Math.max(info?.maxRows || DEFAULT_MAX_ROWS, ws.rowCount);
    sheet.maxColumns = Math.max(info?.maxColumns || DEFAULT_MAX_COLUMNS, ws.columnCount);
    wb.sheets.push(sheet);
    return sheet;
  });
  for (const sheet of sheets) if (sheet.sheetId < 0) sheet.sheetId = allocateSheetId(wb);
  const renamed = worksheets.map((ws, i) => [ws.name, sheets[i].name]).filter(([x, name]) => x !== name);
  const formulaNames = (formula: string) =>
    renamed.reduce(
      (f, [x, name]) => (f.toLowerCase().includes(x.toLowerCase()) ? renameSheetInFormula(f, x, name) : f),
      formula,
    );
  const idByXlsxName = new Map(worksheets.map((ws, i) => [ws.name.toLowerCase(), sheets[i].sheetId]));

  worksheets.forEach((ws, i) => {
    const sheet = sheets[i];
    sheet.hidden = ws.state !== 'visible';
    sheet.tabColor = hexOf(ws.properties.tabColor) ?? null;
    readView(ws, sheet);
    const unlocked = readSheet(ws, sheet, formulaNames);
    readValidations(ws, sheet, {
      sheetId: (name) => idByXlsxName.get(name.toLowerCase()),
      listValues: (ref) => listValues(meta.lists, ref),
    });
    readConditionals(ws, sheet);
    if (meta.protections) sheet.protections = meta.protections.get(ws.name) ?? [];
    else if (internals(ws).sheetProtection?.sheet) sheet.protections = [impliedProtection(wb, unlocked)];
  });
  wb.activeSheetId = (wb.sheets.find((s) => !s.hidden) ?? wb.sheets[0])?.sheetId ?? null;
  return wb;
}
