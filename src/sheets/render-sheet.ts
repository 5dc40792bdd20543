/**
 * The one renderer of the add-on's sheets: writes a SheetSpec (src/core/layout/sheet-spec.ts)
 * with a fixed number of SpreadsheetApp calls whatever the number of rows — one per block of
 * values, formats, fills, weights, formulas and validations, one setConditionalFormatRules, one
 * per merge, border and column-width run. The sheet is sized to exactly what it uses (the
 * 10-million-cell limit counts empty grid).
 */
import type { SheetDiff } from '../core/layout/sheet-diff';
import {
  type Area,
  type ChartSpec,
  type SheetSpec,
  type ValidationSpec,
  validationGrid,
} from '../core/layout/sheet-spec';
import { asTextGridFor, PLAIN_TEXT } from './cells';
import type { DataValidationApi, SheetApi, SpreadsheetAppApi } from './gas';

function rangeOf(sheet: SheetApi, area: Area) {
  return sheet.getRange(area.row, area.col, area.numRows, area.numCols);
}

/** Grows or shrinks the grid to rows × cols; pass the current size when it is known, to save two calls. */
export function fitSheet(sheet: SheetApi, rows: number, cols: number, current?: { rows: number; cols: number }): void {
  const maxRows = current?.rows ?? sheet.getMaxRows();
  const maxCols = current?.cols ?? sheet.getMaxColumns();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  else if (maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
}

/**
 * One DataValidation object per kind of input: a tab of any size builds at most four rules. A
 * rule names no cell of its own (the whole-number formula reads its cell through INDIRECT, see
 * core/layout/tab.ts), so sharing one object between cells cannot make them check each other.
 */
function buildValidations(app: SpreadsheetAppApi, specs: (ValidationSpec | null)[][]): (DataValidationApi | null)[][] {
  const shared = new Map<string, DataValidationApi>();
  const build = (spec: ValidationSpec): DataValidationApi => {
    const builder = app.newDataValidation().setAllowInvalid(false).setHelpText(spec.helpText);
    switch (spec.kind) {
      case 'percent':
        return builder.requireNumberBetween(0, 1).build();
      case 'count':
        return builder.requireFormulaSatisfied(spec.formula).build();
      case 'yesno':
        return builder.requireValueInList(spec.values, true).build();
      default:
        return builder.requireNumberBetween(-1e15, 1e15).build();
    }
  };
  const keyOf = (spec: ValidationSpec) => JSON.stringify(spec);
  return specs.map((row) =>
    row.map((spec) => {
      if (!spec) return null;
      const key = keyOf(spec);
      let rule = shared.get(key);
      if (!rule) {
        rule = build(spec);
        shared.set(key, rule);
      }
      return rule;
    }),
  );
}

export interface RenderOptions {
  /** A sheet just created and sized by the caller: nothing to clear, which saves calls. */
  fresh?: boolean;
  /**
   * The grid's size when the caller knows it, which saves two reads: an agency tab's data
   * range is its whole grid (its last row holds a line key, its last column the marker), so
   * the values read before a rewrite tell it.
   */
  size?: { rows: number; cols: number };
}

/**
 * Writes the whole sheet from its spec. The caller has already read what the sheet held.
 *
 * An existing sheet is never cleared first: its old contents are replaced by the new ones in
 * ONE setValues over the extent of both, so at any moment the sheet holds either every old
 * value or every new one (with its marker) — a run stopped between two calls loses nothing
 * and leaves no sheet a later run would not recognise. Formats are reset without touching
 * values (clearFormat), and the grid is trimmed last. Merges are broken apart and columns shown
 * first, because clear() would keep both in Sheets and a new merge partly over an old one throws.
 */
export function renderSheet(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  spec: SheetSpec,
  options: RenderOptions = {},
): void {
  const size = options.fresh
    ? { rows: spec.height, cols: spec.width }
    : (options.size ?? { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() });
  const extent = { rows: Math.max(size.rows, spec.height), cols: Math.max(size.cols, spec.width) };
  if (!options.fresh) {
    if (size.rows < extent.rows) sheet.insertRowsAfter(size.rows, extent.rows - size.rows);
    if (size.cols < extent.cols) sheet.insertColumnsAfter(size.cols, extent.cols - size.cols);
    const all = sheet.getRange(1, 1, extent.rows, extent.cols);
    all.breakApart();
    all.clearFormat();
    all.clearDataValidations();
    sheet.showColumns(1, extent.cols);
  }
  const pad = <T>(grid: T[][], fill: T) =>
    Array.from({ length: extent.rows }, (_, r) => Array.from({ length: extent.cols }, (_, c) => grid[r]?.[c] ?? fill));
  const formats = pad(spec.numberFormats, PLAIN_TEXT);
  const whole = sheet.getRange(1, 1, extent.rows, extent.cols);
  // Formats first: a text such as "2.10" must land in a cell already formatted as text.
  whole.setNumberFormats(formats);
  whole.setValues(asTextGridFor(pad(spec.values, ''), formats));
  const block = sheet.getRange(1, 1, spec.height, spec.width);
  block.setBackgrounds(spec.backgrounds as string[][]);
  block.setFontWeights(spec.fontWeights);
  block.setVerticalAlignment('top');
  block.setFontFamily(spec.fontFamily);
  for (const area of spec.wrap) rangeOf(sheet, area).setWrap(true);
  for (const group of spec.formulas) rangeOf(sheet, group.area).setFormulas(group.formulas);
  if (spec.validations) {
    rangeOf(sheet, spec.validations.area).setDataValidations(buildValidations(app, spec.validations.specs));
  }
  if (spec.cfRules.length > 0 || !options.fresh) setRules(app, sheet, spec);
  for (const area of spec.merges) rangeOf(sheet, area).merge();
  for (const area of spec.centred) rangeOf(sheet, area).setHorizontalAlignment('center');
  for (const area of spec.italic) rangeOf(sheet, area).setFontStyle('italic');
  for (const area of spec.borders) {
    rangeOf(sheet, area).setBorder(true, true, true, true, true, true);
    rangeOf(sheet, { ...area, numRows: 1 }).setHorizontalAlignment('center');
  }
  for (const { area, size: points } of spec.fontSizes) rangeOf(sheet, area).setFontSize(points);
  // Sheets refuses to freeze every row of a sheet ("Sorry, it is not possible to delete all
  // non-frozen rows"): at least one row stays below the frozen ones.
  const frozen = Math.min(spec.frozenRows, spec.height - 1);
  if (frozen > 0 || !options.fresh) sheet.setFrozenRows(Math.max(0, frozen));
  if (spec.frozenColumns > 0) sheet.setFrozenColumns(spec.frozenColumns);
  // Hidden columns keep the default width: one call fewer.
  const visible = spec.hiddenColumns ? spec.columnWidths.slice(0, spec.hiddenColumns.col - 1) : spec.columnWidths;
  setColumnWidths(sheet, visible);
  if (spec.hiddenColumns) sheet.hideColumns(spec.hiddenColumns.col, spec.hiddenColumns.count);
  if (spec.hiddenGridlines) sheet.setHiddenGridlines(true);
  if (spec.chart) insertChart(sheet, spec.chart);
  // Trimmed last: the 10-million-cell limit counts the empty grid too.
  if (extent.rows > spec.height) sheet.deleteRows(spec.height + 1, extent.rows - spec.height);
  if (extent.cols > spec.width) sheet.deleteColumns(spec.width + 1, extent.cols - spec.width);
  // Rows follow their text again: a height fixed earlier (by hand, or read from a file) would
  // hide or cut what the sheet now says. A new sheet has no fixed height to undo.
  if (!options.fresh) sheet.autoResizeRows(1, spec.height);
}

/** The part of a grid inside an area (sheet coordinates). */
function part<T>(grid: T[][], area: Area): T[][] {
  return grid
    .slice(area.row - 1, area.row - 1 + area.numRows)
    .map((r) => r.slice(area.col - 1, area.col - 1 + area.numCols));
}

/**
 * Makes a copy of a template sheet the wanted sheet by writing only what differs (the diff of
 * core/layout/sheet-diff.ts): rows the sheet does not need are deleted, rows below the template
 * inserted and written in full. The copy is new and locked by the caller: nothing in it needs
 * keeping.
 */
export function renderOverTemplate(app: SpreadsheetAppApi, sheet: SheetApi, spec: SheetSpec, diff: SheetDiff): void {
  if (diff.deleteRows > 0) sheet.deleteRows(spec.height + 1, diff.deleteRows);
  if (diff.insertRows > 0) sheet.insertRowsAfter(spec.height - diff.insertRows, diff.insertRows);
  // Formats first: a text such as "2.10" must land in a cell already formatted as text.
  for (const area of diff.numberFormats) rangeOf(sheet, area).setNumberFormats(part(spec.numberFormats, area));
  for (const area of diff.values) {
    rangeOf(sheet, area).setValues(asTextGridFor(part(spec.values, area), part(spec.numberFormats, area)));
  }
  for (const area of diff.backgrounds) rangeOf(sheet, area).setBackgrounds(part(spec.backgrounds, area) as string[][]);
  for (const area of diff.fontWeights) rangeOf(sheet, area).setFontWeights(part(spec.fontWeights, area));
  if (diff.alignTop) rangeOf(sheet, diff.alignTop).setVerticalAlignment('top');
  for (const area of diff.wrap) rangeOf(sheet, area).setWrap(true);
  if (diff.formulas) for (const group of spec.formulas) rangeOf(sheet, group.area).setFormulas(group.formulas);
  if (diff.validations.length > 0) {
    const rules = validationGrid(spec);
    for (const area of diff.validations) {
      rangeOf(sheet, area).setDataValidations(buildValidations(app, part(rules, area)));
    }
  }
  if (diff.cfRules) setRules(app, sheet, spec);
  for (const area of diff.merges) rangeOf(sheet, area).merge();
}

function setRules(app: SpreadsheetAppApi, sheet: SheetApi, spec: SheetSpec): void {
  sheet.setConditionalFormatRules(
    spec.cfRules.map((rule) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(rule.formula)
        .setBackground(rule.background)
        .setFontColor(rule.fontColor)
        .setRanges([rangeOf(sheet, rule.area)])
        .build(),
    ),
  );
}

function insertChart(sheet: SheetApi, c: ChartSpec): void {
  const chart = sheet
    .newChart()
    .asBarChart()
    .setStacked()
    .setColors(c.colors)
    .setTitle(c.title)
    .addRange(rangeOf(sheet, c.area))
    .setNumHeaders(1)
    .setOption('legend', { position: 'bottom' })
    .setOption('width', c.width)
    .setOption('height', c.height)
    .setPosition(c.anchorRow, c.anchorColumn, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** Column widths in as few calls as runs of equal widths. */
function setColumnWidths(sheet: SheetApi, widths: number[]): void {
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || widths[i] !== widths[start]) {
      sheet.setColumnWidths(start + 1, i - start, widths[start]);
      start = i;
    }
  }
}
