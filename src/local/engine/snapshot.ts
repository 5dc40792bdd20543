/**
 * A workbook as plain, comparable objects: cells keyed by A1, ranges as A1, maps as records.
 * For tests (expect(snapshot(a)).toEqual(snapshot(b))) and for reading a workbook in a diff.
 */
import { cellA1, gridA1 } from './a1';
import type { SheetData, WorkbookData } from './model';

/** A cell's set fields; its validation rule inlined. */
export type CellSnapshot = Record<string, unknown>;

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  gridlinesHidden: boolean;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  hiddenColumns: number[];
  merges: string[];
  cells: Record<string, CellSnapshot>;
  conditionalRules: { ranges: string[]; criteria: string; args: unknown[]; format: Record<string, unknown> }[];
  protections: Record<string, unknown>[];
  charts: Record<string, unknown>[];
}

export interface WorkbookSnapshot {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  owner: string;
  editors: string[];
  properties: Record<string, string>;
  sheets: SheetSnapshot[];
}

function sortedRecord<V>(entries: Iterable<[number, V]>): Record<number, V> {
  return Object.fromEntries([...entries].sort((a, b) => a[0] - b[0]));
}

function dropEmpty(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}

function snapshotSheet(sheet: SheetData): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  const rows = [...sheet.rows.keys()].sort((a, b) => a - b);
  for (const r of rows) {
    const cols = sheet.rows.get(r)!;
    for (const c of [...cols.keys()].sort((a, b) => a - b)) {
      const { validation, ...rest } = cols.get(c)!;
      const snap: CellSnapshot = dropEmpty(structuredClone(rest));
      if (validation) snap.validation = dropEmpty(structuredClone({ ...validation }));
      cells[cellA1(r, c)] = snap;
    }
  }
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    hidden: sheet.hidden,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    tabColor: sheet.tabColor,
    gridlinesHidden: sheet.gridlinesHidden,
    columnWidths: sortedRecord(sheet.columnWidths),
    rowHeights: sortedRecord(sheet.rowHeights),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    merges: sheet.merges.map(gridA1).sort(),
    cells,
    conditionalRules: sheet.conditionalRules.map((r) => ({
      ranges: r.ranges.map(gridA1),
      criteria: r.criteria,
      args: structuredClone(r.args),
      format: dropEmpty({ ...r.format }),
    })),
    protections: sheet.protections.map((p) => ({
      type: p.type,
      range: p.range && gridA1(p.range),
      description: p.description,
      editors: [...p.editors].sort(),
      domainEdit: p.domainEdit,
      warningOnly: p.warningOnly,
      unprotected: p.unprotected.map(gridA1),
    })),
    charts: sheet.charts.map((c) => structuredClone({ ...c })),
  };
}

export function snapshot(wb: WorkbookData): WorkbookSnapshot {
  return {
    id: wb.id,
    name: wb.name,
    locale: wb.locale,
    timeZone: wb.timeZone,
    owner: wb.owner,
    editors: [...wb.editors],
    properties: { ...wb.properties },
    sheets: wb.sheets.map(snapshotSheet),
  };
}
