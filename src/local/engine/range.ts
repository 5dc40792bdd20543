/**
 * Range: a rectangle of one sheet. Reads and writes go straight to the sheet's cell map.
 * Script writes are not validated (as in Apps Script); see helpers.userEdit for user edits.
 * A write checks first what Sheets would refuse (protections, the 50,000-character cell, partial
 * merges), so a write that throws has changed nothing.
 */
import { gridA1, intersects, type GridRange } from './a1';
import { BLACK, normalizeColor, WHITE } from './colors';
import type { EngineContext } from './context';
import { displayValue, AUTOMATIC_FORMAT } from './display';
import { BorderStyle, nameOf } from './enums';
import { ScriptError, messages } from './errors';
import {
  ensureCell,
  FORMAT_FIELDS,
  forEachCellIn,
  getCell,
  pruneCell,
  type BorderEdge,
  type Cell,
  type SheetData,
  type ValidationRule,
} from './model';
import { newProtection } from './protection';
import { noteRule } from './refs';
import { checkCellText, isWrite, MERGE_OVERLAP } from './rules';
import { asRange } from './widen';
import { FONT_FAMILY } from '../../core/layout/print';
import type { DataValidationApi, ProtectionApi, RangeApi, SheetApi } from '../../sheets/gas';
import { anchorRule, FakeDataValidation, specOf } from './validation';
import { interpretInput, PLAIN_TEXT_FORMAT, usesDecimalComma, writeContent } from './values';
import Ss = GoogleAppsScript.Spreadsheet;

type Field = Exclude<keyof Cell, 'value' | 'formula' | 'cached'>;

export class FakeRange implements RangeApi {
  constructor(
    private readonly ctx: EngineContext,
    readonly sheet: SheetData,
    readonly grid: GridRange,
    /** How an open range was asked for ("A:A", "2:3"), which getA1Notation repeats. */
    private readonly openA1?: string,
  ) {}

  /** Counts the call; a write needs the running user past every protection of its cells. */
  private hit(method: string): void {
    this.ctx.calls.hit('Range', method, this.grid.numRows * this.grid.numColumns);
    this.ctx.assertLive(this.sheet);
    if (isWrite('Range', method)) this.ctx.guardCells(this.sheet, this.grid);
  }

  private self(): Ss.Range {
    return asRange(this);
  }

  private get lastRow(): number {
    return this.grid.row + this.grid.numRows - 1;
  }

  private get lastColumn(): number {
    return this.grid.column + this.grid.numColumns - 1;
  }

  private matrix<T>(fn: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.grid.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.grid.numColumns; j++) line.push(fn(this.grid.row + i, this.grid.column + j));
      out.push(line);
    }
    return out;
  }

  /** Checks a 2-D argument against the range's size, with Apps Script's messages. */
  private checkShape(method: string, data: unknown): asserts data is unknown[][] {
    if (!Array.isArray(data) || !data.every(Array.isArray)) {
      throw new ScriptError(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.grid.numRows) throw new ScriptError(messages.rowsMismatch(data.length, this.grid.numRows));
    for (const row of data as unknown[][]) {
      if (row.length !== this.grid.numColumns) {
        throw new ScriptError(messages.columnsMismatch(row.length, this.grid.numColumns));
      }
    }
  }

  private each(fn: (row: number, column: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.grid.numRows; i++) {
      for (let j = 0; j < this.grid.numColumns; j++) fn(this.grid.row + i, this.grid.column + j, i, j);
    }
  }

  /** Sets a format field on every cell, or removes it (value undefined) from the cells that have it. */
  private setField<K extends Field>(field: K, value: Cell[K] | undefined): void {
    if (value === undefined) {
      forEachCellIn(this.sheet, this.grid, (cell, r, c) => {
        delete cell[field];
        pruneCell(this.sheet, r, c);
      });
      return;
    }
    this.each((r, c) => {
      ensureCell(this.sheet, r, c)[field] = value;
    });
  }

  private setFields<K extends Field, V>(
    method: string,
    field: K,
    values: V[][],
    convert: (v: V, row: number, column: number) => Cell[K] | undefined,
  ): void {
    this.checkShape(method, values);
    this.each((r, c, i, j) => {
      const v = convert(values[i][j], r, c);
      if (v !== undefined) ensureCell(this.sheet, r, c)[field] = v;
      else {
        const cell = getCell(this.sheet, r, c);
        if (cell) {
          delete cell[field];
          pruneCell(this.sheet, r, c);
        }
      }
    });
  }

  private writeInputs(inputs: (r: number, c: number) => unknown): void {
    const decimalComma = usesDecimalComma(this.ctx.workbook.locale);
    this.each((r, c) => checkInput(inputs(r, c)));
    this.each((r, c) => {
      const plain = getCell(this.sheet, r, c)?.numberFormat === PLAIN_TEXT_FORMAT;
      writeContent(this.sheet, r, c, interpretInput(inputs(r, c), plain, decimalComma));
    });
    this.ctx.changed();
  }

  getValues(): unknown[][] {
    this.hit('getValues');
    return this.matrix((r, c) => this.ctx.cellValue(this.sheet, r, c));
  }
  getValue(): unknown {
    this.hit('getValue');
    return this.ctx.cellValue(this.sheet, this.grid.row, this.grid.column);
  }
  setValues(values: unknown[][]): Ss.Range {
    this.hit('setValues');
    this.checkShape('setValues', values);
    this.writeInputs((r, c) => values[r - this.grid.row][c - this.grid.column]);
    return this.self();
  }
  setValue(value: unknown): Ss.Range {
    this.hit('setValue');
    this.writeInputs(() => value);
    return this.self();
  }
  getDisplayValues(): string[][] {
    this.hit('getDisplayValues');
    const locale = this.ctx.workbook.locale;
    return this.matrix((r, c) =>
      displayValue(this.ctx.cellValue(this.sheet, r, c), getCell(this.sheet, r, c)?.numberFormat, locale),
    );
  }
  getFormulas(): string[][] {
    this.hit('getFormulas');
    return this.matrix((r, c) => getCell(this.sheet, r, c)?.formula ?? '');
  }
  setFormulas(formulas: string[][]): Ss.Range {
    this.hit('setFormulas');
    this.checkShape('setFormulas', formulas);
    for (const row of formulas) for (const f of row) checkInput(f);
    // A formula is written as a formula whatever the cell's number format.
    const decimalComma = usesDecimalComma(this.ctx.workbook.locale);
    this.each((r, c, i, j) => {
      const f = formulas[i][j];
      writeContent(
        this.sheet,
        r,
        c,
        typeof f === 'string' && f.startsWith('=') ? { formula: f } : interpretInput(f, false, decimalComma),
      );
    });
    this.ctx.changed();
    return this.self();
  }
  getNumberFormats(): string[][] {
    this.hit('getNumberFormats');
    return this.matrix((r, c) => getCell(this.sheet, r, c)?.numberFormat ?? AUTOMATIC_FORMAT);
  }
  setNumberFormat(numberFormat: string): Ss.Range {
    this.hit('setNumberFormat');
    this.setField('numberFormat', numberFormat === AUTOMATIC_FORMAT ? undefined : numberFormat);
    return this.self();
  }
  setNumberFormats(numberFormats: string[][]): Ss.Range {
    this.hit('setNumberFormats');
    this.setFields('setNumberFormats', 'numberFormat', numberFormats, (f) => (f === AUTOMATIC_FORMAT ? undefined : f));
    return this.self();
  }

  getDataValidations(): (DataValidationApi | null)[][] {
    this.hit('getDataValidations');
    return this.matrix((r, c) => {
      const rule = getCell(this.sheet, r, c)?.validation;
      return rule ? new FakeDataValidation(this.ctx, specOf(rule)) : null;
    });
  }
  setDataValidation(rule: DataValidationApi | null): Ss.Range {
    this.hit('setDataValidation');
    if (rule === null) {
      this.setField('validation', undefined);
      return this.self();
    }
    const anchored = anchorRule(this.ownRule(rule).spec, { row: this.grid.row, column: this.grid.column });
    noteRule(this.sheet, anchored);
    this.setField('validation', anchored);
    return this.self();
  }
  setDataValidations(rules: (DataValidationApi | null)[][]): Ss.Range {
    this.hit('setDataValidations');
    // Cells given the same rule object share one anchored rule, anchored at its first cell.
    const anchored = new Map<DataValidationApi, ValidationRule>();
    this.setFields('setDataValidations', 'validation', rules, (rule, row, column) => {
      if (rule === null) return undefined;
      let a = anchored.get(rule);
      if (!a) {
        a = anchorRule(this.ownRule(rule).spec, { row, column });
        noteRule(this.sheet, a);
        anchored.set(rule, a);
      }
      return a;
    });
    return this.self();
  }
  clearDataValidations(): Ss.Range {
    this.hit('clearDataValidations');
    this.setField('validation', undefined);
    return this.self();
  }

  private ownRule(rule: DataValidationApi): FakeDataValidation {
    if (!(rule instanceof FakeDataValidation)) throw new ScriptError(messages.invalidArgument('rule'));
    return rule;
  }

  setBackground(color: string | null): Ss.Range {
    this.hit('setBackground');
    this.setField('background', color === null ? undefined : normalizeColor(color));
    return this.self();
  }
  setBackgrounds(color: Array<Array<string | null>>): Ss.Range {
    this.hit('setBackgrounds');
    this.setFields('setBackgrounds', 'background', color, (c) => (c === null ? undefined : normalizeColor(c)));
    return this.self();
  }
  getBackgrounds(): string[][] {
    this.hit('getBackgrounds');
    return this.matrix((r, c) => getCell(this.sheet, r, c)?.background ?? WHITE);
  }
  setFontColor(color: string | null): Ss.Range {
    this.hit('setFontColor');
    this.setField('fontColor', color === null ? undefined : normalizeColor(color));
    return this.self();
  }
  setFontWeight(fontWeight: Ss.FontWeight | null): Ss.Range {
    this.hit('setFontWeight');
    this.setField('bold', fontWeight === 'bold' ? true : undefined);
    return this.self();
  }
  setFontWeights(fontWeights: Array<Array<Ss.FontWeight | null>>): Ss.Range {
    this.hit('setFontWeights');
    this.setFields('setFontWeights', 'bold', fontWeights, (w) => (w === 'bold' ? true : undefined));
    return this.self();
  }
  setFontSize(size: number): Ss.Range {
    this.hit('setFontSize');
    this.setField('fontSize', size);
    return this.self();
  }
  /**
   * null resets the family to the default (Range.setFontFamily, developers.google.com/apps-script/
   * reference/spreadsheet/range#setFontFamily(String)); the default family is kept as no family, so
   * a cell reads the same whether it was set to Arial or never set.
   */
  setFontFamily(fontFamily: string | null): Ss.Range {
    this.hit('setFontFamily');
    const family = fontFamily === null || sameFamily(fontFamily, FONT_FAMILY) ? undefined : fontFamily;
    this.setField('fontFamily', family);
    return this.self();
  }
  setFontStyle(fontStyle: Ss.FontStyle | null): Ss.Range {
    this.hit('setFontStyle');
    this.setField('italic', fontStyle === 'italic' ? true : undefined);
    return this.self();
  }
  setWrap(isWrapEnabled: boolean): Ss.Range {
    this.hit('setWrap');
    this.setField('wrap', isWrapEnabled ? true : undefined);
    return this.self();
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Ss.Range {
    this.hit('setHorizontalAlignment');
    this.setField('horizontalAlignment', alignment ?? undefined);
    return this.self();
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Ss.Range {
    this.hit('setVerticalAlignment');
    this.setField('verticalAlignment', alignment ?? undefined);
    return this.self();
  }

  /**
   * Outer edges take top/left/bottom/right, inner edges vertical/horizontal; null leaves an
   * edge as it is, false removes it.
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: Ss.BorderStyle | null,
  ): Ss.Range {
    this.hit('setBorder');
    const edge: BorderEdge = {
      color: color ? normalizeColor(color) : BLACK,
      style: style === undefined || style === null ? 'SOLID' : nameOf(BorderStyle, style),
    };
    this.each((r, c) => {
      const sides = {
        top: r === this.grid.row ? top : horizontal,
        bottom: r === this.lastRow ? bottom : horizontal,
        left: c === this.grid.column ? left : vertical,
        right: c === this.lastColumn ? right : vertical,
      };
      if (Object.values(sides).every((v) => v === null)) return;
      const cell = ensureCell(this.sheet, r, c);
      const borders = { ...cell.borders };
      for (const [side, on] of Object.entries(sides) as [keyof typeof sides, boolean | null][]) {
        if (on === true) borders[side] = { ...edge };
        else if (on === false) delete borders[side];
      }
      if (Object.keys(borders).length) cell.borders = borders;
      else delete cell.borders;
      pruneCell(this.sheet, r, c);
    });
    return this.self();
  }
  setNote(note: string | null): Ss.Range {
    this.hit('setNote');
    if (note) checkCellText(note);
    this.setField('note', note ? note : undefined);
    return this.self();
  }

  /** Merges inside the range, or throws for one the range only partly covers (rules.ts, 2). */
  private mergesWithin(): GridRange[] {
    const inside = (m: GridRange) =>
      m.row >= this.grid.row &&
      m.column >= this.grid.column &&
      m.row + m.numRows - 1 <= this.lastRow &&
      m.column + m.numColumns - 1 <= this.lastColumn;
    for (const m of this.sheet.merges) {
      if (intersects(m, this.grid) && !inside(m)) throw new ScriptError(MERGE_OVERLAP);
    }
    return this.sheet.merges.filter(inside);
  }

  /** Merges the range; the top-left value stays, the others are cleared as Sheets does. */
  merge(): Ss.Range {
    this.hit('merge');
    if (this.grid.numRows * this.grid.numColumns === 1) return this.self();
    const replaced = new Set(this.mergesWithin());
    this.sheet.merges = this.sheet.merges.filter((m) => !replaced.has(m));
    this.sheet.merges.push({ ...this.grid });
    forEachCellIn(this.sheet, this.grid, (_cell, r, c) => {
      if (r !== this.grid.row || c !== this.grid.column) writeContent(this.sheet, r, c, {});
    });
    this.ctx.changed();
    return this.self();
  }
  /** Breaks every merge inside the range into single cells (Format → Merge cells → Unmerge). */
  breakApart(): Ss.Range {
    this.hit('breakApart');
    const broken = new Set(this.mergesWithin());
    if (broken.size > 0) this.sheet.merges = this.sheet.merges.filter((m) => !broken.has(m));
    return this.self();
  }
  /**
   * Clears formatting (number formats, fills, fonts, alignment, wrap, borders) and keeps values,
   * validation and notes, as Range.clearFormat() does in Sheets.
   */
  clearFormat(): Ss.Range {
    this.hit('clearFormat');
    forEachCellIn(this.sheet, this.grid, (cell, r, c) => {
      if (!cell) return;
      for (const f of FORMAT_FIELDS) delete cell[f];
      pruneCell(this.sheet, r, c);
    });
    this.ctx.changed();
    return this.self();
  }
  clearContent(): Ss.Range {
    this.hit('clearContent');
    forEachCellIn(this.sheet, this.grid, (_cell, r, c) => writeContent(this.sheet, r, c, {}));
    this.ctx.changed();
    return this.self();
  }
  getRow(): number {
    this.hit('getRow');
    return this.grid.row;
  }
  getColumn(): number {
    this.hit('getColumn');
    return this.grid.column;
  }
  getNumRows(): number {
    this.hit('getNumRows');
    return this.grid.numRows;
  }
  getNumColumns(): number {
    this.hit('getNumColumns');
    return this.grid.numColumns;
  }
  getLastRow(): number {
    this.hit('getLastRow');
    return this.lastRow;
  }
  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.lastColumn;
  }
  getA1Notation(): string {
    this.hit('getA1Notation');
    return this.openA1 ?? gridA1(this.grid);
  }
  getSheet(): SheetApi {
    this.hit('getSheet');
    return this.ctx.sheetView(this.sheet);
  }
  /**
   * The merges lying wholly or partly in this range: "merged cells that either are fully within the
   * current range, or contain at least one cell in the current range" (Range.getMergedRanges).
   */
  getMergedRanges(): RangeApi[] {
    this.hit('getMergedRanges');
    return this.sheet.merges.filter((m) => intersects(m, this.grid)).map((m) => this.ctx.rangeView(this.sheet, m));
  }
  /** A new protection of the range; the running user must be able to edit its cells (rules.ts, 6). */
  protect(): ProtectionApi {
    this.hit('protect');
    const data = newProtection(this.ctx, { type: 'RANGE', range: { ...this.grid } });
    this.sheet.protections.push(data);
    return this.ctx.protectionView(this.sheet, data);
  }
}

/** A value or formula over 50,000 characters is refused before anything is written (rules.ts, 4). */
function checkInput(input: unknown): void {
  if (typeof input === 'string') checkCellText(input);
}

/** Font families are named without regard to case ("arial" is Arial). */
function sameFamily(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
