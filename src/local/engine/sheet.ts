/**
 * Sheet: a tab's grid, structure (rows, columns, frozen panes, sizes), rules and charts.
 */
import { parseA1, resolveA1, type GridRange } from './a1';
import { cloneChart, FakeChartBuilder, FakeEmbeddedChart } from './charts';
import { normalizeColor } from './colors';
import { FakeConditionalFormatRule, ruleForSheet, specOfRule } from './conditional';
import type { EngineContext } from './context';
import { ScriptError, messages } from './errors';
import { renameSheetInFormula } from './formula-rewrite';
import {
  allocateSheetId,
  contentBounds,
  copySheet,
  DEFAULT_COLUMN_WIDTH,
  FORMAT_FIELDS,
  pruneCell,
  type SheetData,
} from './model';
import { newProtection, protectionTypeName } from './protection';
import { mayReferOut, noteChart, noteRule } from './refs';
import { checkCellLimit, checkColumnLimit, checkFrozen, checkTemplate, isWrite } from './rules';
import { moveLines, type Axis } from './shift';
import { checkSheetName } from './spreadsheet';
import { writeContent } from './values';
import { asSheet } from './widen';
import type {
  ChartBuilderApi,
  ConditionalFormatRuleApi,
  EmbeddedChartApi,
  ProtectionApi,
  RangeApi,
  SheetApi,
  SpreadsheetApi,
} from '../../sheets/gas';
import Ss = GoogleAppsScript.Spreadsheet;

function openA1Text(a1: string): string | undefined {
  const parsed = parseA1(a1);
  if (!parsed) return undefined;
  const open = [parsed.startRow, parsed.startColumn, parsed.endRow, parsed.endColumn].some((v) => v === undefined);
  return open
    ? a1
        .slice(a1.lastIndexOf('!') + 1)
        .toUpperCase()
        .replace(/\$/g, '')
    : undefined;
}

export class FakeSheet implements SheetApi {
  constructor(
    private readonly ctx: EngineContext,
    readonly data: SheetData,
  ) {}

  /** Counts the call; a change to the sheet needs the running user past its sheet protection. */
  private hit(method: string): void {
    this.ctx.calls.hit('Sheet', method);
    this.ctx.assertLive(this.data);
    if (isWrite('Sheet', method)) this.ctx.guardSheet(this.data);
  }

  private self(): Ss.Sheet {
    return asSheet(this);
  }

  private whole(): GridRange {
    return { row: 1, column: 1, numRows: this.data.maxRows, numColumns: this.data.maxColumns };
  }

  /** Validates a range against the grid with Apps Script's messages. */
  checkGrid(g: GridRange): GridRange {
    if (g.row < 1) throw new ScriptError(messages.rowTooSmall());
    if (g.column < 1) throw new ScriptError(messages.columnTooSmall());
    if (g.numRows < 1) throw new ScriptError(messages.numRowsTooSmall());
    if (g.numColumns < 1) throw new ScriptError(messages.numColumnsTooSmall());
    if (g.row + g.numRows - 1 > this.data.maxRows || g.column + g.numColumns - 1 > this.data.maxColumns) {
      throw new ScriptError(messages.outsideGrid());
    }
    return g;
  }

  getName(): string {
    this.hit('getName');
    return this.data.name;
  }
  setName(name: string): Ss.Sheet {
    this.hit('setName');
    if (name === this.data.name) return this.self();
    checkSheetName(this.ctx, name, this.data);
    const old = this.data.name;
    const lowerOld = old.toLowerCase();
    // Formulas elsewhere follow the rename, as in Sheets.
    for (const sheet of this.ctx.workbook.sheets) {
      if (!mayReferOut(sheet)) continue;
      for (const cols of sheet.rows.values()) {
        for (const cell of cols.values()) {
          if (cell.formula?.toLowerCase().includes(lowerOld))
            cell.formula = renameSheetInFormula(cell.formula, old, name);
        }
      }
    }
    this.data.name = name;
    this.ctx.changed();
    return this.self();
  }
  getSheetId(): number {
    this.hit('getSheetId');
    return this.data.sheetId;
  }
  getIndex(): number {
    this.hit('getIndex');
    return this.ctx.workbook.sheets.indexOf(this.data) + 1;
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeApi {
    this.hit('getRange');
    if (typeof a === 'string') {
      const parsed = parseA1(a);
      if (!parsed) throw new ScriptError(messages.rangeNotFound());
      const wanted = parsed.sheetName?.toLowerCase();
      const target =
        wanted === undefined ? this.data : this.ctx.workbook.sheets.find((s) => s.name.toLowerCase() === wanted);
      if (!target) throw new ScriptError(messages.rangeNotFound());
      const grid = resolveA1(parsed, target.maxRows, target.maxColumns);
      if (target === this.data) this.checkGrid(grid);
      return this.ctx.rangeView(target, grid, openA1Text(a));
    }
    if (column === undefined) throw new ScriptError(messages.invalidArgument('column'));
    const grid = this.checkGrid({ row: a, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 });
    return this.ctx.rangeView(this.data, grid);
  }
  getDataRange(): RangeApi {
    this.hit('getDataRange');
    const { lastRow, lastColumn } = contentBounds(this.data);
    return this.ctx.rangeView(this.data, {
      row: 1,
      column: 1,
      numRows: Math.max(lastRow, 1),
      numColumns: Math.max(lastColumn, 1),
    });
  }
  getLastRow(): number {
    this.hit('getLastRow');
    return contentBounds(this.data).lastRow;
  }
  getLastColumn(): number {
    this.hit('getLastColumn');
    return contentBounds(this.data).lastColumn;
  }
  getMaxRows(): number {
    this.hit('getMaxRows');
    return this.data.maxRows;
  }
  getMaxColumns(): number {
    this.hit('getMaxColumns');
    return this.data.maxColumns;
  }

  /** New lines count against the file's cells, and columns against the sheet's 18,278 (rules.ts, 4). */
  private insertLines(axis: Axis, after: number, howMany: number): void {
    const max = axis === 'row' ? this.data.maxRows : this.data.maxColumns;
    if (after < 0 || after > max || howMany < 1) {
      throw new ScriptError(axis === 'row' ? messages.rowsOutOfBounds() : messages.columnsOutOfBounds());
    }
    if (axis === 'column') checkColumnLimit(this.data.maxColumns + howMany);
    checkCellLimit(this.ctx.workbook, howMany * (axis === 'row' ? this.data.maxColumns : this.data.maxRows));
    moveLines(this.ctx.workbook, this.data, { axis, at: after + 1, delta: howMany });
    this.ctx.changed();
  }
  private deleteLines(axis: Axis, position: number, howMany: number): void {
    const max = axis === 'row' ? this.data.maxRows : this.data.maxColumns;
    if (position < 1 || howMany < 1 || position + howMany - 1 > max) {
      throw new ScriptError(axis === 'row' ? messages.rowsOutOfBounds() : messages.columnsOutOfBounds());
    }
    const frozen = axis === 'row' ? this.data.frozenRows : this.data.frozenColumns;
    if (howMany >= max - frozen && position > frozen) {
      throw new ScriptError(axis === 'row' ? messages.deleteAllRows() : messages.deleteAllColumns());
    }
    if (howMany >= max) throw new ScriptError(axis === 'row' ? messages.deleteAllRows() : messages.deleteAllColumns());
    const lines =
      axis === 'row'
        ? { row: position, column: 1, numRows: howMany, numColumns: this.data.maxColumns }
        : { row: 1, column: position, numRows: this.data.maxRows, numColumns: howMany };
    this.ctx.guardCells(this.data, lines);
    moveLines(this.ctx.workbook, this.data, { axis, at: position, delta: -howMany });
    this.ctx.changed();
  }
  insertRowsAfter(afterPosition: number, howMany: number): Ss.Sheet {
    this.hit('insertRowsAfter');
    this.insertLines('row', afterPosition, howMany);
    return this.self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Ss.Sheet {
    this.hit('insertColumnsAfter');
    this.insertLines('column', afterPosition, howMany);
    return this.self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.hit('deleteRows');
    this.deleteLines('row', rowPosition, howMany);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.hit('deleteColumns');
    this.deleteLines('column', columnPosition, howMany);
  }

  /** Freezing every row throws (rules.ts, 3). */
  setFrozenRows(rows: number): void {
    this.hit('setFrozenRows');
    if (rows < 0 || rows > this.data.maxRows) throw new ScriptError(messages.rowsOutOfBounds());
    checkFrozen(this.data, 'row', rows);
    this.data.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.hit('setFrozenColumns');
    if (columns < 0 || columns > this.data.maxColumns) throw new ScriptError(messages.columnsOutOfBounds());
    checkFrozen(this.data, 'column', columns);
    this.data.frozenColumns = columns;
  }
  getFrozenRows(): number {
    this.hit('getFrozenRows');
    return this.data.frozenRows;
  }
  /** Columns (or rows) a call names must exist: Sheets refuses ones beyond the grid. */
  private checkLines(axis: Axis, first: number, count: number): void {
    const max = axis === 'row' ? this.data.maxRows : this.data.maxColumns;
    if (first < 1 || count < 1 || first + count - 1 > max) {
      throw new ScriptError(axis === 'row' ? messages.rowsOutOfBounds() : messages.columnsOutOfBounds());
    }
  }
  setColumnWidth(columnPosition: number, width: number): Ss.Sheet {
    this.hit('setColumnWidth');
    this.checkLines('column', columnPosition, 1);
    this.data.columnWidths.set(columnPosition, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Ss.Sheet {
    this.hit('setColumnWidths');
    this.checkLines('column', startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.data.columnWidths.set(c, width);
    return this.self();
  }
  setRowHeight(rowPosition: number, height: number): Ss.Sheet {
    this.hit('setRowHeight');
    this.checkLines('row', rowPosition, 1);
    this.data.rowHeights.set(rowPosition, height);
    return this.self();
  }
  /**
   * Fits the rows to their contents again (developers.google.com/apps-script/reference/spreadsheet/
   * sheet#autoResizeRows(Integer,Integer)): a height set with setRowHeight is dropped, so the
   * rows follow their text as Sheets' rows do by default. Rows beyond the grid throw, as there.
   */
  autoResizeRows(startRow: number, numRows: number): Ss.Sheet {
    this.hit('autoResizeRows');
    this.checkLines('row', startRow, numRows);
    for (let r = startRow; r < startRow + numRows; r++) this.data.rowHeights.delete(r);
    return this.self();
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.hit('hideColumns');
    this.checkLines('column', columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.data.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.hit('showColumns');
    this.checkLines('column', columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.data.hiddenColumns.delete(c);
  }
  setHiddenGridlines(hideGridlines: boolean): Ss.Sheet {
    this.hit('setHiddenGridlines');
    this.data.gridlinesHidden = hideGridlines;
    return this.self();
  }

  hideSheet(): Ss.Sheet {
    this.hit('hideSheet');
    const visible = this.ctx.workbook.sheets.filter((s) => !s.hidden && s !== this.data);
    if (visible.length === 0) throw new ScriptError(messages.lastSheet());
    this.data.hidden = true;
    return this.self();
  }
  isSheetHidden(): boolean {
    this.hit('isSheetHidden');
    return this.data.hidden;
  }
  getColumnWidth(columnPosition: number): number {
    this.hit('getColumnWidth');
    return this.data.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.hit('isColumnHiddenByUser');
    return this.data.hiddenColumns.has(columnPosition);
  }
  /**
   * Copies the sheet to the end of the spreadsheet as "Copy of <name>" (Sheet.copyTo: "The copied
   * sheet is named 'Copy of [original name]'"), keeping what a template copy keeps (model.ts
   * copySheet). Only this spreadsheet exists here; the copy counts against the cell limit.
   */
  copyTo(spreadsheet: SpreadsheetApi): SheetApi {
    this.hit('copyTo');
    if (spreadsheet !== this.ctx.spreadsheetView()) throw new ScriptError(messages.invalidArgument('spreadsheet'));
    this.ctx.guardSheet(this.data);
    // What a copy does with protections and charts is not documented either (rules.ts, 9).
    checkTemplate(this.data);
    const wb = this.ctx.workbook;
    checkCellLimit(wb, this.data.maxRows * this.data.maxColumns);
    const taken = new Set(wb.sheets.map((s) => s.name.toLowerCase()));
    let name = `Copy of ${this.data.name}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `Copy of ${this.data.name} ${n}`;
    const copy = copySheet(this.data, name, allocateSheetId(wb));
    wb.sheets.push(copy);
    this.ctx.changed();
    return this.ctx.sheetView(copy);
  }
  setTabColor(color: string | null): Ss.Sheet {
    this.hit('setTabColor');
    this.data.tabColor = color === null ? null : normalizeColor(color);
    return this.self();
  }

  /**
   * Clears contents and/or formats of every cell. Merges, hidden columns, validation, notes and
   * everything else of the sheet stay, as in Sheets (rules.ts, CLEAR_KEEPS).
   */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Ss.Sheet {
    this.hit('clear');
    this.ctx.guardCells(this.data, this.whole());
    const contents = !options?.formatOnly;
    const formats = !options?.contentsOnly;
    for (const [r, cols] of this.data.rows) {
      for (const [c, cell] of cols) {
        if (contents) writeContent(this.data, r, c, {});
        if (formats) for (const f of FORMAT_FIELDS) delete cell[f];
        pruneCell(this.data, r, c);
      }
    }
    this.ctx.changed();
    return this.self();
  }
  clearContents(): Ss.Sheet {
    this.hit('clearContents');
    this.ctx.guardCells(this.data, this.whole());
    for (const [r, cols] of this.data.rows) for (const c of cols.keys()) writeContent(this.data, r, c, {});
    this.ctx.changed();
    return this.self();
  }

  getConditionalFormatRules(): ConditionalFormatRuleApi[] {
    this.hit('getConditionalFormatRules');
    return this.data.conditionalRules.map((r) => new FakeConditionalFormatRule(this.ctx, specOfRule(r, this.data)));
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this.hit('setConditionalFormatRules');
    this.data.conditionalRules = rules.map((rule) => {
      if (!(rule instanceof FakeConditionalFormatRule)) throw new ScriptError(messages.invalidArgument('rules'));
      return ruleForSheet(rule.spec, this.data);
    });
    for (const rule of this.data.conditionalRules) noteRule(this.data, rule);
  }

  /** The sheet's protection; a sheet has at most one, so an existing one is returned. */
  protect(): ProtectionApi {
    this.hit('protect');
    let data = this.data.protections.find((p) => p.type === 'SHEET');
    if (!data) {
      data = newProtection(this.ctx, { type: 'SHEET', range: null });
      this.data.protections.push(data);
    }
    return this.ctx.protectionView(this.data, data);
  }
  getProtections(type: Ss.ProtectionType): ProtectionApi[] {
    this.hit('getProtections');
    const name = protectionTypeName(type);
    return this.data.protections.filter((p) => p.type === name).map((p) => this.ctx.protectionView(this.data, p));
  }

  activate(): Ss.Sheet {
    this.hit('activate');
    this.ctx.workbook.activeSheetId = this.data.sheetId;
    return this.self();
  }

  newChart(): ChartBuilderApi {
    this.hit('newChart');
    return new FakeChartBuilder(this.ctx);
  }
  insertChart(chart: EmbeddedChartApi): void {
    this.hit('insertChart');
    if (!(chart instanceof FakeEmbeddedChart)) throw new ScriptError(messages.invalidArgument('chart'));
    const data = cloneChart(chart.data);
    data.chartId = this.ctx.workbook.nextChartId++;
    this.data.charts.push(data);
    noteChart(this.data, data);
  }
}
