/**
 * Six whole-column validations written by openpyxl (sqref A1:A1048576 …) load as six rules, not
 * six million cells (exceljs #1842, fixed by patches/exceljs+4.4.0.patch), and apply to every
 * row of the sheet's grid. Time and memory: npm run bench:validations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPlatform } from '../../src/local/engine';
import { loadWorkbook, openXlsx } from '../../src/local/xlsx';
import { tempDir } from '../cli/run';
import { python } from '../support/libreoffice';
import { describeWith } from '../support/tools';

describeWith(['openpyxl'], 'whole-column validations made by openpyxl', () => {
  const { file } = tempDir();
  const path = file('six-columns.xlsx');
  beforeAll(() => {
    python(readFileSync(join(__dirname, '../support/openpyxl-whole-columns.py'), 'utf8'), [path]);
  });

  it('stay six range entries in ExcelJS, each found from any of its cells', async () => {
    const ws = (await openXlsx(path)).worksheets[0];
    const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(model).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F'].map((c) => `${c}1:${c}1048576`));
    expect(ws.getCell('C1048576').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    expect(ws.getCell('G5').dataValidation).toBeUndefined();
  });

  it('apply to every row of the grid, and refuse what the rule refuses', async () => {
    const local = createPlatform(await loadWorkbook(path));
    const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Số liệu')!;
    const rows = sheet.getMaxRows();
    expect(rows).toBeGreaterThanOrEqual(200);
    const rules = sheet.getRange(1, 1, rows, 7).getDataValidations();
    expect(rules.every((r) => r.slice(0, 6).every((v) => v !== null) && r[6] === null)).toBe(true);
    expect(local.engine.userEdit('Số liệu', `F${rows}`, -1)).toMatchObject({ ok: false });
    expect(local.engine.userEdit('Số liệu', `F${rows}`, 7).ok).toBe(true);
  });
});
