import { classifyCall, createPlatform } from '../../src/local/engine';

describe('Ui', () => {
  it('records the add-on menu with its items and separators', () => {
    const { platform, ui } = createPlatform();
    const sheetsUi = platform.SpreadsheetApp.getUi();
    sheetsUi
      .createAddonMenu()
      .addItem('Tạo các tab', 'buildTabs')
      .addSeparator()
      .addItem('Báo cáo', 'report')
      .addToUi();
    expect(ui.log.menus).toEqual([
      {
        kind: 'addon',
        caption: null,
        items: [
          { caption: 'Tạo các tab', functionName: 'buildTabs' },
          { caption: '' },
          { caption: 'Báo cáo', functionName: 'report' },
        ],
      },
    ]);
  });

  it('records which kind of menu was made: the add-on menu under Extensions, or a menu of its own', () => {
    const { platform, ui } = createPlatform();
    const sheetsUi = platform.SpreadsheetApp.getUi();
    sheetsUi.createAddonMenu().addItem('Mở', 'open').addToUi();
    sheetsUi.createMenu('Sổ chỉ tiêu').addItem('Mở', 'open').addToUi();
    expect(ui.log.menus.map((m) => [m.kind, m.caption])).toEqual([
      ['addon', null],
      ['menu', 'Sổ chỉ tiêu'],
    ]);
  });

  it('answers alerts and prompts from the scripted queue, else with the affirmative button', () => {
    const { platform, ui } = createPlatform();
    const sheetsUi = platform.SpreadsheetApp.getUi();
    ui.answer('NO').answer('OK', 'Sở Y tế');
    expect(sheetsUi.alert('Xác nhận', 'Xóa các tab cũ?', sheetsUi.ButtonSet.YES_NO)).toBe(sheetsUi.Button.NO);
    const reply = sheetsUi.prompt('Cơ quan', 'Tên cơ quan', sheetsUi.ButtonSet.OK_CANCEL);
    expect([reply.getResponseText(), reply.getSelectedButton()]).toEqual(['Sở Y tế', sheetsUi.Button.OK]);
    expect(sheetsUi.alert('Xong', 'Đã tạo', sheetsUi.ButtonSet.OK)).toBe(sheetsUi.Button.OK);
    expect(ui.log.dialogs.map((d) => [d.kind, d.title, d.prompt, d.buttons, d.answer])).toEqual([
      ['alert', 'Xác nhận', 'Xóa các tab cũ?', 'YES_NO', 'NO'],
      ['prompt', 'Cơ quan', 'Tên cơ quan', 'OK_CANCEL', 'OK'],
      ['alert', 'Xong', 'Đã tạo', 'OK', 'OK'],
    ]);
    ui.answer('YES');
    expect(() => sheetsUi.alert('x', 'y', sheetsUi.ButtonSet.OK_CANCEL)).toThrow('not a button');
  });

  it('records sidebars and dialogs of the project HTML files', () => {
    const { platform, ui } = createPlatform(undefined, {
      htmlFiles: { Sidebar: '<h1>Báo cáo</h1>', 'Progress.html': '<p>ok</p>' },
    });
    const app = platform.SpreadsheetApp;
    app.getUi().showSidebar(platform.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Sổ chỉ tiêu'));
    const page = platform.HtmlService.createHtmlOutputFromFile('Progress').setWidth(440).setHeight(220);
    app.getUi().showModalDialog(page, 'Kết quả');
    expect(ui.log.sidebars).toEqual([{ title: 'Sổ chỉ tiêu', width: 300, html: '<h1>Báo cáo</h1>' }]);
    expect(ui.log.modals).toEqual([{ title: 'Kết quả', html: '<p>ok</p>', width: 440, height: 220, modal: true }]);
    expect(() => platform.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing');
  });
});

describe('services', () => {
  it('takes the document lock unless another user holds it', () => {
    const { platform, engine } = createPlatform();
    const lock = platform.LockService.getDocumentLock()!;
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    engine.lockHeldByOtherUser(true);
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout');
    engine.lockHeldByOtherUser(false);
    expect(() => lock.waitLock(1000)).not.toThrow();
  });

  it('reports the user the script runs as, and the file locale', () => {
    const { platform } = createPlatform(undefined, { owner: 'boss@x.vn', editors: ['me@x.vn'], user: 'me@x.vn' });
    expect(platform.Session.getEffectiveUser().getEmail()).toBe('me@x.vn');
    const ss = platform.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['vi_VN', 'Asia/Ho_Chi_Minh']);
  });
});

describe('call counting', () => {
  it('counts each API call by Kind.method, but not engine helpers', () => {
    const { platform, calls, engine } = createPlatform();
    const sheet = platform.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T');
    sheet.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1:B2').getValues();
    sheet
      .getRange('A1')
      .setDataValidation(platform.SpreadsheetApp.newDataValidation().requireNumberBetween(1, 2).build());
    const before = calls.total();
    engine.userEdit('T', 'A1', 2);
    engine.effectiveBackground('T', 'A1');
    expect(engine.valueAt('T', 'A1')).toBe(2);
    expect(calls.total()).toBe(before);
    expect(calls.byMethod()).toEqual({
      'DataValidationBuilder.build': 1,
      'DataValidationBuilder.requireNumberBetween': 1,
      'Range.getValues': 1,
      'Range.setDataValidation': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 3,
      'Spreadsheet.insertSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.newDataValidation': 1,
    });
    expect(calls.summary()).toEqual({ read: 1, write: 1, sheet: 1, rule: 4, other: 4, total: 11 });
    calls.reset();
    expect(calls.total()).toBe(0);
  });

  it('classifies calls for the benchmark', () => {
    expect(
      [
        'Range.getValues',
        'Range.setBackgrounds',
        'Sheet.insertRowsAfter',
        'Sheet.setConditionalFormatRules',
        'Protection.removeEditors',
        'Sheet.getRange',
      ].map(classifyCall),
    ).toEqual(['read', 'write', 'sheet', 'rule', 'rule', 'other']);
  });
});
