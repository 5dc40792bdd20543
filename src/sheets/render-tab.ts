/**
 * Renders a TabSpec onto a sheet with a fixed number of SpreadsheetApp calls, whatever the
 * number of lines: one call per block for values, formats, validations, formulas and one
 * setConditionalFormatRules. The sheet is sized to exactly what it uses (the 10-million-cell
 * limit counts empty grid).
 */
import type { Area, TabSpec, ValidationSpec } from '../core/layout/tab';
import { writeGridBlock } from './grid-block';
import { asRange, type SheetApi, type SpreadsheetAppApi } from './gas';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

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
function buildValidations(app: SpreadsheetAppApi, specs: (ValidationSpec | null)[][]): (DataValidation | null)[][] {
  const shared = new Map<string, DataValidation>();
  const build = (spec: ValidationSpec): DataValidation => {
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
 * Writes the whole tab. The caller has already read what the tab held. A sheet just created
 * (and sized) by the caller is `fresh`: nothing to clear, which saves five calls a tab.
 */
export function renderTab(app: SpreadsheetAppApi, sheet: SheetApi, spec: TabSpec, fresh = false): void {
  if (!fresh) {
    sheet.clear();
    const size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
    sheet.getRange(1, 1, size.rows, size.cols).clearDataValidations();
    fitSheet(sheet, spec.height, spec.width, size);
  }
  writeGridBlock(sheet, spec);
  sheet.getRange(1, 1, spec.height, spec.wrapColumns).setWrap(true);
  if (spec.statusFormulas) rangeOf(sheet, spec.statusFormulas.area).setFormulas(spec.statusFormulas.formulas);
  if (spec.validations)
    rangeOf(sheet, spec.validations.area).setDataValidations(buildValidations(app, spec.validations.specs));
  sheet.setConditionalFormatRules(
    spec.cfRules.map((rule) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(rule.formula)
        .setBackground(rule.background)
        .setFontColor(rule.fontColor)
        .setRanges([asRange(rangeOf(sheet, rule.area))])
        .build(),
    ),
  );
  for (const merge of spec.merges) rangeOf(sheet, merge).merge();
  sheet.setFrozenRows(spec.frozenRows);
  // Hidden helper columns keep the default width: one call fewer.
  setColumnWidths(sheet, spec.columnWidths.slice(0, spec.hiddenColumns.col - 1));
  sheet.hideColumns(spec.hiddenColumns.col, spec.hiddenColumns.count);
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
