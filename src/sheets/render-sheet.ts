/**
 * The one renderer of the add-on's sheets: writes a SheetSpec (src/core/layout/sheet-spec.ts)
 * with a fixed number of SpreadsheetApp calls whatever the number of rows — one per block of
 * values, formats, fills, weights, formulas and validations, one setConditionalFormatRules, one
 * per merge, border and column-width run. The sheet is sized to exactly what it uses (the
 * 10-million-cell limit counts empty grid).
 */
import type { Area, SheetSpec, ValidationSpec } from '../core/layout/sheet-spec';
import { asTextGridFor } from './cells';
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

/** One DataValidation object per distinct spec; count rules carry their own cell address. */
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
  return specs.map((row) =>
    row.map((spec) => {
      if (!spec) return null;
      if (spec.kind === 'count') return build(spec);
      let rule = shared.get(spec.kind);
      if (!rule) {
        rule = build(spec);
        shared.set(spec.kind, rule);
      }
      return rule;
    }),
  );
}

/**
 * Clears what an earlier rendering left that `clear()` keeps in Sheets: merges (a new merge
 * partly over an old one throws) and hidden columns (they would hide columns that moved).
 */
function resetSheet(sheet: SheetApi): { rows: number; cols: number } {
  const size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
  const whole = sheet.getRange(1, 1, size.rows, size.cols);
  whole.breakApart();
  sheet.clear();
  whole.clearDataValidations();
  sheet.showColumns(1, size.cols);
  return size;
}

export interface RenderOptions {
  /** A sheet just created and sized by the caller: nothing to clear, which saves calls. */
  fresh?: boolean;
}

/** Writes the whole sheet from its spec. The caller has already read what the sheet held. */
export function renderSheet(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  spec: SheetSpec,
  options: RenderOptions = {},
): void {
  if (!options.fresh) fitSheet(sheet, spec.height, spec.width, resetSheet(sheet));
  const whole = sheet.getRange(1, 1, spec.height, spec.width);
  whole.setNumberFormats(spec.numberFormats);
  whole.setValues(asTextGridFor(spec.values, spec.numberFormats));
  whole.setBackgrounds(spec.backgrounds as string[][]);
  whole.setFontWeights(spec.fontWeights);
  whole.setVerticalAlignment('top');
  for (const area of spec.wrap) rangeOf(sheet, area).setWrap(true);
  for (const block of spec.formulas) rangeOf(sheet, block.area).setFormulas(block.formulas);
  if (spec.validations) {
    rangeOf(sheet, spec.validations.area).setDataValidations(buildValidations(app, spec.validations.specs));
  }
  if (spec.cfRules.length > 0 || !options.fresh) {
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
  for (const area of spec.merges) rangeOf(sheet, area).merge();
  for (const area of spec.centred) rangeOf(sheet, area).setHorizontalAlignment('center');
  for (const area of spec.italic) rangeOf(sheet, area).setFontStyle('italic');
  for (const area of spec.borders) {
    rangeOf(sheet, area).setBorder(true, true, true, true, true, true);
    rangeOf(sheet, { ...area, numRows: 1 }).setHorizontalAlignment('center');
  }
  for (const { area, size } of spec.fontSizes) rangeOf(sheet, area).setFontSize(size);
  if (spec.frozenRows > 0 || !options.fresh) sheet.setFrozenRows(spec.frozenRows);
  if (spec.frozenColumns > 0) sheet.setFrozenColumns(spec.frozenColumns);
  // Hidden columns keep the default width: one call fewer.
  const visible = spec.hiddenColumns ? spec.columnWidths.slice(0, spec.hiddenColumns.col - 1) : spec.columnWidths;
  setColumnWidths(sheet, visible);
  if (spec.hiddenColumns) sheet.hideColumns(spec.hiddenColumns.col, spec.hiddenColumns.count);
  if (spec.hiddenGridlines) sheet.setHiddenGridlines(true);
  if (spec.chart) {
    const c = spec.chart;
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
