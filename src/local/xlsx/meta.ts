/**
 * What the add-on keeps about a workbook beyond cells and formats lives in hidden sheets of the
 * workbook itself: plain cells that Excel and LibreOffice keep when a person edits and saves
 * (unlike custom XML parts or defined names, which they may drop or rewrite).
 *   _workbook     key/value: id, name, locale, time zone, owner, editors, next sheet id
 *   _sheets       xlsx name → sheet name (when the name had to change), sheet id, grid size
 *   _props        key/value: PropertiesService document properties
 *   _protections  one row per protection: sheet, type, range, description, editors,
 *                 warning-only, domain-edit, unprotected ranges (per-user editors have no
 *                 place in xlsx, whose sheet protection only locks or unlocks cells)
 *   _lists        one column per validation list too long or too awkward to write inline
 */
import type * as ExcelJS from 'exceljs';
import { gridA1, parseA1, resolveA1, type GridRange } from '../engine/a1';
import type { ProtectionData, WorkbookData } from '../engine/model';
import { absoluteA1 } from './validations';
import { META } from './names';

const HEADERS = {
  [META.workbook]: ['key', 'value'],
  [META.sheets]: ['xlsx name', 'name', 'sheet id', 'max rows', 'max columns'],
  [META.props]: ['key', 'value'],
  [META.protections]: [
    'sheet',
    'type',
    'range',
    'description',
    'editors',
    'warning only',
    'domain edit',
    'unprotected',
  ],
};

export interface SheetInfo {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
}

export interface Meta {
  workbook: Record<string, string>;
  /** By xlsx sheet name. */
  sheets: Map<string, SheetInfo>;
  /** Null when the file has no "_props" sheet. */
  props: Record<string, string> | null;
  /** By xlsx sheet name; null when the file has no "_protections" sheet. */
  protections: Map<string, ProtectionData[]> | null;
  lists: ExcelJS.Worksheet | undefined;
}

/** Collects the lists written to "_lists", one column each, identical lists shared. */
export class ListColumns {
  readonly columns: string[][] = [];
  private readonly seen = new Map<string, string>();

  ref(items: string[]): string {
    const key = JSON.stringify(items);
    let ref = this.seen.get(key);
    if (!ref) {
      this.columns.push(items);
      const c = this.columns.length;
      ref = `'${META.lists}'!${absoluteA1({ row: 1, column: c, numRows: Math.max(items.length, 1), numColumns: 1 })}`;
      this.seen.set(key, ref);
    }
    return ref;
  }
}

function addSheet(book: ExcelJS.Workbook, name: string, rows: unknown[][]): void {
  const ws = book.addWorksheet(name, { state: 'hidden' });
  for (const row of rows) ws.addRow(row);
}

const joinGrids = (gs: GridRange[]) => gs.map(gridA1).join(', ');

export function writeMeta(
  book: ExcelJS.Workbook,
  wb: WorkbookData,
  xlsxName: Map<string, string>,
  lists: ListColumns,
): void {
  addSheet(book, META.workbook, [
    HEADERS[META.workbook],
    ['id', wb.id],
    ['name', wb.name],
    ['locale', wb.locale],
    ['timeZone', wb.timeZone],
    ['owner', wb.owner],
    ['editors', wb.editors.join('\n')],
    ['nextSheetId', String(wb.nextSheetId)],
  ]);
  addSheet(book, META.sheets, [
    HEADERS[META.sheets],
    ...wb.sheets.map((s) => [xlsxName.get(s.name)!, s.name, s.sheetId, s.maxRows, s.maxColumns]),
  ]);
  addSheet(book, META.props, [HEADERS[META.props], ...Object.entries(wb.properties)]);
  addSheet(book, META.protections, [
    HEADERS[META.protections],
    ...wb.sheets.flatMap((s) =>
      s.protections.map((p) => [
        xlsxName.get(s.name)!,
        p.type,
        p.range ? gridA1(p.range) : '',
        p.description,
        p.editors.join('\n'),
        p.warningOnly,
        p.domainEdit,
        joinGrids(p.unprotected),
      ]),
    ),
  ]);
  if (lists.columns.length) {
    const ws = book.addWorksheet(META.lists, { state: 'hidden' });
    lists.columns.forEach((items, i) => {
      items.forEach((item, r) => {
        ws.getCell(r + 1, i + 1).value = item;
      });
    });
  }
}

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return v.result === undefined ? '' : String(v.result);
    if ('text' in v) return String(v.text);
  }
  return String(v);
}

/** Data rows of a metadata sheet (its header skipped), as text. */
function rowsOf(ws: ExcelJS.Worksheet | undefined): string[][] {
  const out: string[][] = [];
  ws?.eachRow((row, r) => {
    if (r === 1) return;
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (values[c - 1] = text(cell.value)));
    out.push(values);
  });
  return out;
}

function grids(list: string | undefined, maxRows: number, maxColumns: number): GridRange[] {
  return (list ?? '')
    .split(',')
    .map((a1) => parseA1(a1.trim()))
    .filter((p): p is NonNullable<typeof p> => p !== null)
    .map((p) => resolveA1(p, maxRows, maxColumns));
}

const bool = (s: string | undefined) => (s ?? '').toUpperCase() === 'TRUE';

export function readMeta(book: ExcelJS.Workbook): Meta {
  const workbook = Object.fromEntries(rowsOf(book.getWorksheet(META.workbook)).map(([k, v]) => [k, v ?? '']));
  const sheets = new Map<string, SheetInfo>();
  for (const [xlsx, name, id, rows, cols] of rowsOf(book.getWorksheet(META.sheets))) {
    if (xlsx && name && Number.isInteger(Number(id))) {
      sheets.set(xlsx, { name, sheetId: Number(id), maxRows: Number(rows) || 0, maxColumns: Number(cols) || 0 });
    }
  }
  const propsSheet = book.getWorksheet(META.props);
  const props = propsSheet
    ? Object.fromEntries(
        rowsOf(propsSheet)
          .filter(([k]) => k)
          .map(([k, v]) => [k, v ?? '']),
      )
    : null;
  const protSheet = book.getWorksheet(META.protections);
  let protections: Map<string, ProtectionData[]> | null = null;
  if (protSheet) {
    protections = new Map();
    for (const [sheet, type, range, description, editors, warningOnly, domainEdit, unprotected] of rowsOf(protSheet)) {
      if (!sheet || (type !== 'SHEET' && type !== 'RANGE')) continue;
      const info = sheets.get(sheet);
      const [maxRows, maxColumns] = [info?.maxRows || 1_048_576, info?.maxColumns || 16_384];
      const list = protections.get(sheet) ?? [];
      list.push({
        type,
        range: type === 'RANGE' ? (grids(range, maxRows, maxColumns)[0] ?? null) : null,
        description: description ?? '',
        editors: (editors ?? '').split('\n').filter(Boolean),
        warningOnly: bool(warningOnly),
        domainEdit: bool(domainEdit),
        unprotected: grids(unprotected, maxRows, maxColumns),
      });
      protections.set(sheet, list);
    }
  }
  return { workbook, sheets, props, protections, lists: book.getWorksheet(META.lists) };
}

/** The values a "_lists" reference points to, or null when it points elsewhere. */
export function listValues(lists: ExcelJS.Worksheet | undefined, ref: string): string[] | null {
  const p = parseA1(ref.replace(/\$/g, ''));
  if (!lists || !p || p.sheetName !== META.lists || p.startColumn === undefined || p.startRow === undefined)
    return null;
  const g = resolveA1(p, p.endRow ?? p.startRow, p.startColumn);
  const out: string[] = [];
  for (let r = g.row; r < g.row + g.numRows; r++) out.push(text(lists.getCell(r, g.column).value));
  return out;
}
