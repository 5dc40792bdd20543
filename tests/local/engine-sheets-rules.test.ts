/**
 * The engine refuses what Google Sheets refuses (src/local/engine/rules.ts, one describe per
 * rule), and fails calls on demand the way Apps Script does (faults.ts).
 */
import { createPlatform, LIMITS, ruleMessages, type LocalPlatform } from '../../src/local/engine';
import { gridA1 } from '../../src/local/engine/a1';
import projectManifest from '../../appsscript.json';

const OWNER = 'vanphong@tinh.gov.vn';
const AGENCY = 'soyte@tinh.gov.vn';
const VIEWER = 'ai.do@gmail.com';

function setup(opts: Parameters<typeof createPlatform>[1] = {}) {
  const local = createPlatform(undefined, { owner: OWNER, editors: [AGENCY], locale: 'vi_VN', ...opts });
  const app = local.platform.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { ...local, app, ss, sheet: ss.getSheets()[0] };
}

const SERVICE_FAILED = 'Service Spreadsheets failed while accessing document with id local-spreadsheet.';

describe('1. failures on demand', () => {
  it('fails the n-th service call with Apps Script’s message; the failed call has no effect', () => {
    const { sheet, engine } = setup();
    sheet.getRange('A1').setValue('kept');
    engine.failAt(2);
    const target = sheet.getRange('A2'); // service call 1
    expect(() => target.setValue('lost')).toThrow(SERVICE_FAILED); // service call 2
    expect(engine.failedCalls()).toEqual(['Range.setValue']);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['kept'], ['']]);
    target.setValue('again'); // a transient failure: the next try works
    expect(sheet.getRange('A2').getValue()).toBe('again');
  });

  it('does not count local calls: builder steps and a range’s own coordinates never fail', () => {
    const { app, sheet, engine } = setup();
    const range = sheet.getRange('B2');
    engine.failAt(1);
    const rule = app.newDataValidation().requireNumberBetween(0, 1).setHelpText('x').build();
    expect([range.getRow(), range.getA1Notation()]).toEqual([2, 'B2']);
    expect(() => range.setDataValidation(rule)).toThrow(SERVICE_FAILED);
  });

  it('stops the run at the time limit: nothing runs after it, and its lock is released', () => {
    const local = setup();
    const lock = local.platform.LockService.getDocumentLock()!;
    expect(lock.tryLock(1000)).toBe(true);
    local.engine.failAt(1, 'timeout');
    expect(() => local.sheet.getRange('A1').setValue(1)).toThrow('Exceeded maximum execution time');
    expect(() => local.sheet.getName()).toThrow('Exceeded maximum execution time');
    expect(() => local.app.newDataValidation()).toThrow('Exceeded maximum execution time');
    const next = createPlatform(local.workbook, { user: OWNER });
    expect(next.platform.LockService.getDocumentLock()!.tryLock(1000)).toBe(true);
    local.engine.endExecution();
    expect(local.sheet.getName()).toBe('Sheet1');
  });

  it('fails calls at random from a seed, the same calls for the same seed, or only calls that match', () => {
    const run = (seed: number) => {
      const { sheet, engine } = setup();
      engine.failWith({ probability: 0.3, seed });
      for (let i = 1; i <= 40; i++) {
        try {
          sheet.getRange(i, 1).setValue(i);
        } catch {
          // a transient failure: the run goes on
        }
      }
      return engine.failedCalls().length + engine.serviceCalls() * 1000;
    };
    expect(run(7)).toBe(run(7));
    const { sheet, engine } = setup();
    engine.failWith({ match: /^Protection\./ });
    const p = sheet.protect();
    expect(() => p.setDescription('x')).toThrow(SERVICE_FAILED);
    expect(() => sheet.getRange('A1').setValue(1)).not.toThrow();
  });
});

describe('2. clear() and merges', () => {
  it('clear() keeps merges, hidden columns, validation, notes and frozen rows; clears values and formats', () => {
    const { app, sheet, workbook } = setup();
    sheet.getRange('A1:C1').merge();
    sheet.hideColumns(5, 2);
    sheet.setFrozenRows(1);
    sheet.getRange('B2').setValue(5).setBackground('#ff0000').setNote('ghi chú');
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireNumberBetween(0, 9).build());
    sheet.clear();
    const data = workbook.sheets[0];
    expect(data.merges.map(gridA1)).toEqual(['A1:C1']);
    expect([...data.hiddenColumns]).toEqual([5, 6]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('B2').getValues()).toEqual([['']]);
    expect(sheet.getRange('B2').getBackgrounds()).toEqual([['#ffffff']]);
    expect(sheet.getRange('B2').getDataValidations()[0][0]).not.toBeNull();
    expect(data.rows.get(2)!.get(2)!.note).toBe('ghi chú');
  });

  it('refuses a merge over part of an existing one; breakApart undoes whole merges', () => {
    const { sheet, workbook } = setup();
    sheet.getRange('A1:D1').merge();
    const message = 'You must select all cells in a merged range to merge or unmerge them.';
    expect(() => sheet.getRange('A1:C1').merge()).toThrow(message);
    expect(() => sheet.getRange('C1:E2').breakApart()).toThrow(message);
    sheet.getRange('A1:Z10').breakApart();
    expect(workbook.sheets[0].merges).toEqual([]);
    sheet.getRange('A1:C1').merge();
  });
});

describe('3. frozen panes', () => {
  it('refuses to freeze every row, or every visible column', () => {
    const { sheet } = setup();
    sheet.deleteRows(2, 999);
    expect(() => sheet.setFrozenRows(1)).toThrow("You can't freeze all visible rows on the sheet.");
    sheet.insertRowsAfter(1, 1);
    sheet.setFrozenRows(1);
    sheet.hideColumns(3, 24);
    expect(() => sheet.setFrozenColumns(2)).toThrow("You can't freeze all visible columns on the sheet.");
    sheet.setFrozenColumns(1);
  });
});

describe('4. limits', () => {
  it('counts the empty grid against 10 million cells: new sheets, rows and columns beyond it throw', () => {
    const { ss, sheet, workbook } = setup();
    workbook.sheets[0].maxRows = 384_000; // 384,000 × 26 = 9,984,000 cells, empty
    expect(() => ss.insertSheet('Thêm')).toThrow(ruleMessages.cellLimit());
    expect(() => sheet.insertRowsAfter(1, 700)).toThrow(ruleMessages.cellLimit());
    expect(() => sheet.insertColumnsAfter(1, 1)).toThrow(ruleMessages.cellLimit());
    sheet.insertRowsAfter(1, 600);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it(`refuses more than ${LIMITS.columns} columns, ${LIMITS.cellCharacters} characters a cell and 100 a name`, () => {
    const { ss, sheet } = setup();
    sheet.deleteRows(2, 998);
    expect(() => sheet.insertColumnsAfter(26, LIMITS.columns - 25)).toThrow(ruleMessages.columnLimit());
    const long = 'x'.repeat(LIMITS.cellCharacters + 1);
    expect(() => sheet.getRange('A1:B1').setValues([['ok', long]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(() => sheet.getRange('A1').setFormulas([[`="${long}"`]])).toThrow('50000 characters');
    sheet.getRange('A1').setValue('x'.repeat(LIMITS.cellCharacters));
    expect(() => ss.insertSheet('y'.repeat(101))).toThrow(ruleMessages.sheetNameTooLong());
  });

  it('refuses widths, heights and hiding of columns or rows beyond the grid', () => {
    const { sheet } = setup();
    expect(() => sheet.setColumnWidths(20, 10, 100)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.hideColumns(27)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.setRowHeight(1001, 30)).toThrow('Those rows are out of bounds.');
    sheet.setColumnWidths(20, 7, 100);
  });
});

describe('5. scopes from the manifest', () => {
  const without = (scope: string) => ({ oauthScopes: projectManifest.oauthScopes.filter((s) => s !== scope) });

  it('refuses a call whose scope the manifest does not list, with Apps Script’s message', () => {
    const noEmail = setup({ manifest: without('https://www.googleapis.com/auth/userinfo.email') });
    expect(() => noEmail.platform.Session.getEffectiveUser()).toThrow(
      'You do not have permission to call Session.getEffectiveUser. Required permissions: ' +
        'https://www.googleapis.com/auth/userinfo.email',
    );
    const noUi = setup({
      manifest: without('https://www.googleapis.com/auth/script.container.ui'),
      htmlFiles: { P: '' },
    });
    const ui = noUi.app.getUi();
    ui.createAddonMenu().addItem('Mở', 'open').addToUi();
    expect(() => ui.showSidebar(noUi.platform.HtmlService.createHtmlOutputFromFile('P'))).toThrow(
      'You do not have permission to call Ui.showSidebar',
    );
    const noSheets = createPlatform(undefined, { manifest: { oauthScopes: [] } });
    expect(() => noSheets.platform.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || ' +
        'https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(noSheets.platform.LockService.getDocumentLock()!.tryLock(1)).toBe(true);
  });

  it('allows every call when the manifest lists no scopes (Apps Script then asks for what the code uses)', () => {
    const { platform } = setup({ manifest: {}, user: OWNER });
    expect(platform.Session.getEffectiveUser().getEmail()).toBe(OWNER);
  });
});

describe('6. who may write', () => {
  const asUser = (local: LocalPlatform, user: string) => {
    const run = createPlatform(local.workbook, { user });
    return { ...run, sheet: run.platform.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0] };
  };

  it('lets a script running as someone who cannot edit the file read but not write', () => {
    const local = setup();
    local.sheet.getRange('A1').setValue('số liệu');
    const viewer = asUser(local, VIEWER);
    expect(viewer.sheet.getRange('A1').getValue()).toBe('số liệu');
    expect(() => viewer.sheet.getRange('A1').setValue('x')).toThrow(ruleMessages.notAnEditor());
    expect(() => viewer.platform.SpreadsheetApp.getActiveSpreadsheet().insertSheet('X')).toThrow(
      'You do not have permission to perform that action.',
    );
    expect(local.engine.userEdit('Sheet1', 'A1', 'x', VIEWER)).toMatchObject({ ok: false, reason: 'not-editor' });
  });

  it('keeps a script running as an agency out of what is protected against it, and out of the protection', () => {
    const local = setup();
    const p = local.sheet.protect().setDescription('Trang của Sở Y tế');
    p.removeEditors([AGENCY]);
    p.setUnprotectedRanges([local.sheet.getRange('C2:C9')]);
    const agency = asUser(local, AGENCY);
    agency.sheet.getRange('C3:C4').setValues([[1], [2]]);
    const protectedCell =
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove ' +
      'protection if you need to edit.';
    expect(() => agency.sheet.getRange('B3:C3').setValues([[1, 2]])).toThrow(protectedCell);
    expect(() => agency.sheet.insertRowsAfter(3, 1)).toThrow(protectedCell);
    expect(() => agency.sheet.clear()).toThrow(protectedCell);
    const seen = agency.sheet.getProtections(agency.platform.SpreadsheetApp.ProtectionType.SHEET)[0];
    expect(seen.getDescription()).toBe('Trang của Sở Y tế');
    expect(() => seen.addEditor(AGENCY)).toThrow(protectedCell);
    expect(() => seen.remove()).toThrow(protectedCell);
    expect(local.sheet.getRange('B3:C4').getValues()).toEqual([
      ['', 1],
      ['', 2],
    ]);
  });

  it('never removes the owner or the user running the script from a protection', () => {
    const local = setup({ user: AGENCY });
    const p = local.sheet.getRange('A1:B2').protect();
    p.removeEditors([OWNER, AGENCY]);
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([AGENCY, OWNER].sort());
  });
});

describe('7. one document lock per file', () => {
  it('is shared by every execution on the workbook, and released when an execution ends', () => {
    const first = setup();
    const second = createPlatform(first.workbook, { user: AGENCY });
    const a = first.platform.LockService.getDocumentLock()!;
    const b = second.platform.LockService.getDocumentLock()!;
    expect(a.tryLock(100)).toBe(true);
    expect(b.tryLock(10_000)).toBe(false);
    expect(() => b.waitLock(10_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(a.tryLock(100)).toBe(true);
    first.engine.endExecution();
    expect(a.hasLock()).toBe(false);
    expect(b.tryLock(100)).toBe(true);
  });

  it('is null outside a containing document', () => {
    const { platform } = setup({ standalone: true });
    expect(platform.LockService.getDocumentLock()).toBeNull();
  });
});

describe('8. what a simple trigger learns about the editor', () => {
  it('gets the e-mail of the owner and of people of the owner’s Workspace domain, else a blank', () => {
    const { engine } = setup();
    expect(engine.editEvent('Sheet1', 'A1', OWNER).user.getEmail()).toBe(OWNER);
    expect(engine.editEvent('Sheet1', 'A1', AGENCY).user.getEmail()).toBe(AGENCY);
    expect(engine.editEvent('Sheet1', 'A1', VIEWER).user.getEmail()).toBe('');
    const gmail = createPlatform(undefined, { owner: 'vanphong.huyen@gmail.com' });
    expect(gmail.engine.editEvent('Sheet1', 'A1', 'xa.an.binh@gmail.com').user.getEmail()).toBe('');
  });

  it('shows a number format’s decimal separator even when no decimal digit is left', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:A3');
    range.setValues([[5], [1234.5], [0.126]]);
    range.setNumberFormats([['#,##0.##'], ['#,##0.##'], ['0.0#']]);
    expect(range.getDisplayValues()).toEqual([['5,'], ['1.234,5'], ['0,13']]);
    range.setNumberFormat('#,##0.00');
    expect(range.getDisplayValues()).toEqual([['5,00'], ['1.234,50'], ['0,13']]);
  });
});

describe('references from other sheets', () => {
  it('follow inserted and deleted rows, however late they were written', () => {
    const { ss, sheet, app } = setup();
    const other = ss.insertSheet('Khác');
    other.getRange('A1').setValue('chưa tham chiếu');
    sheet.deleteRows(900, 1); // the engine looks at 'Khác' and finds nothing pointing elsewhere
    other.getRange('B1').setFormulas([['=Sheet1!A10']]);
    other.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=Sheet1!$A$10>0')
        .setRanges([other.getRange('A1')])
        .build(),
    ]);
    sheet.deleteRows(2, 3);
    expect(other.getRange('B1').getFormulas()).toEqual([['=Sheet1!A7']]);
    expect(other.getConditionalFormatRules()[0].getBooleanCondition()!.getCriteriaValues()).toEqual(['=Sheet1!$A$7>0']);
    sheet.insertRowsAfter(1, 2);
    expect(other.getRange('B1').getFormulas()).toEqual([['=Sheet1!A9']]);
  });
});
