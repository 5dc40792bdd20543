/**
 * The cost of each kind of call the benchmark prices, measured one call at a time in a scratch
 * sheet. Apps Script queues writes until a read or SpreadsheetApp.flush() (Best practices:
 * "reads flush pending writes"), so each call is timed together with a flush: the cost a write
 * has in a run, where the next read pays for it. SpreadsheetApp.flush alone is measured too,
 * so the round trip can be told from the work.
 */
import type { Platform, SheetApi } from '../sheets/gas';
import { fitSheet } from '../sheets/render-sheet';
import type { CallClock } from './timing';

/** How many times each call is made: enough for a median, few enough for one execution. */
const REPEAT = 5;
const BLOCK = 10;

export function measureCalls(platform: Platform, clock: CallClock, me: string, now: () => number): void {
  const app = platform.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const prefix = `_micro_${Date.now().toString(36)}_`;
  const time = (key: string, fn: () => void) => {
    const started = now();
    fn();
    app.flush();
    clock.record(key, now() - started);
  };
  const grid = Array.from({ length: BLOCK }, (_, r) => Array.from({ length: BLOCK }, (_, c) => r * BLOCK + c));
  const text = grid.map((row) => row.map(() => '@'));
  const colours = grid.map((row) => row.map((_, c) => (c % 2 ? '#fff2cc' : '#ffffff')));
  const weights = grid.map((row) => row.map((_, c) => (c % 2 ? 'bold' : 'normal')));

  for (let i = 0; i < REPEAT; i++) time('SpreadsheetApp.flush', () => undefined);
  const sheets: SheetApi[] = [];
  for (let i = 0; i < 3; i++) time('Spreadsheet.insertSheet', () => sheets.push(ss.insertSheet(`${prefix}${i}`)));
  const sheet = sheets[0];
  fitSheet(sheet, 40, 20);
  const block = () => sheet.getRange(1, 1, BLOCK, BLOCK);
  for (let i = 0; i < REPEAT; i++) {
    time('Range.setValues', () => block().setValues(grid));
    time('Range.getValues', () => block().getValues());
    time('Range.setValue', () => sheet.getRange(20, 1).setValue(i));
    time('Range.setNumberFormats', () => block().setNumberFormats(text));
    time('Range.setBackgrounds', () => block().setBackgrounds(colours));
    time('Range.setFontWeights', () => block().setFontWeights(weights));
    time('Spreadsheet.getSheets', () => ss.getSheets());
    time('Sheet.getLastRow', () => sheet.getLastRow());
  }
  for (let i = 0; i < 3; i++) {
    const rules = grid.map(() => grid[0].map(() => app.newDataValidation().requireNumberBetween(0, 1).build()));
    time('Range.setDataValidations', () => block().setDataValidations(rules));
    const colour = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A1>0')
      .setBackground('#b7e1cd')
      .setRanges([block()])
      .build();
    time('Sheet.setConditionalFormatRules', () => sheet.setConditionalFormatRules([colour, colour]));
    time('Range.merge', () => sheet.getRange(30, 1, 2, 2).merge());
    time('Range.breakApart', () => sheet.getRange(30, 1, 2, 2).breakApart());
    time('Sheet.insertRowsAfter', () => sheet.insertRowsAfter(sheet.getMaxRows(), 5));
    time('Sheet.deleteRows', () => sheet.deleteRows(sheet.getMaxRows() - 4, 5));
    time('Sheet.setFrozenRows', () => sheet.setFrozenRows(i % 2));
    time('Sheet.setColumnWidths', () => sheet.setColumnWidths(1, 5, 120 + i));
  }
  for (let i = 0; i < 3; i++) {
    let protection = null as ReturnType<SheetApi['protect']> | null;
    time('Sheet.protect', () => {
      protection = sheet.protect();
    });
    const p = protection!;
    time('Protection.setDescription', () => p.setDescription('micro'));
    time('Protection.addEditor', () => p.addEditor(me));
    time('Protection.getEditors', () => p.getEditors());
    time('Protection.removeEditors', () => p.removeEditors([]));
    time('Protection.addEditors', () => p.addEditors([me]));
    time('Protection.canDomainEdit', () => p.canDomainEdit());
    time('Protection.setUnprotectedRanges', () => p.setUnprotectedRanges([sheet.getRange(2, 2, 3, 3)]));
    time('Sheet.getProtections', () => sheet.getProtections(app.ProtectionType.SHEET));
    time('Protection.remove', () => p.remove());
    let rangeProtection = null as ReturnType<SheetApi['protect']> | null;
    time('Range.protect', () => {
      rangeProtection = sheet.getRange(2, 2, 3, 3).protect();
    });
    rangeProtection!.remove();
    time('Spreadsheet.getEditors', () => ss.getEditors());
    time('Spreadsheet.getOwner', () => ss.getOwner());
    time('Sheet.clear', () => sheet.clear());
  }
  for (const s of sheets) time('Spreadsheet.deleteSheet', () => ss.deleteSheet(s));
}
