import { classifyCall, createPlatform } from '../../src/local/engine';

describe('Ui', () => {
  it('records menus with items, separators and submenus', () => {
    const { platform, ui } = createPlatform();
    const sheetsUi = platform.SpreadsheetApp.getUi();
    const reports = sheetsUi.createMenu('Báo cáo').addItem('Tổng hợp', 'buildSummary');
    sheetsUi.createMenu('Sổ chỉ tiêu').addItem('Tạo các tab', 'buildTabs').addSeparator().addSubMenu(reports).addToUi();
    expect(ui.log.menus).toEqual([
      {
        caption: 'Sổ chỉ tiêu',
        items: [
          { caption: 'Tạo các tab', functionName: 'buildTabs' },
          { caption: '' },
          {
            caption: 'Báo cáo',
            submenu: { caption: 'Báo cáo', items: [{ caption: 'Tổng hợp', functionName: 'buildSummary' }] },
          },
        ],
      },
    ]);
  });

  it('answers alerts and prompts from the scripted queue, else with the affirmative button', () => {
    const { platform, ui } = createPlatform();
    const sheetsUi = platform.SpreadsheetApp.getUi();
    ui.answer('NO').answer('OK', 'Sở Y tế');
    expect(sheetsUi.alert('Xác nhận', 'Xóa các tab cũ?', sheetsUi.ButtonSet.YES_NO)).toBe(sheetsUi.Button.NO);
    const reply = sheetsUi.prompt('Tên cơ quan', sheetsUi.ButtonSet.OK_CANCEL);
    expect([reply.getResponseText(), reply.getSelectedButton()]).toEqual(['Sở Y tế', sheetsUi.Button.OK]);
    expect(sheetsUi.alert('Xong')).toBe(sheetsUi.Button.OK);
    expect(ui.log.dialogs.map((d) => [d.kind, d.title, d.prompt, d.buttons, d.answer])).toEqual([
      ['alert', 'Xác nhận', 'Xóa các tab cũ?', 'YES_NO', 'NO'],
      ['prompt', null, 'Tên cơ quan', 'OK_CANCEL', 'OK'],
      ['alert', null, 'Xong', 'OK', 'OK'],
    ]);
    ui.answer('YES');
    expect(() => sheetsUi.alert('x', sheetsUi.ButtonSet.OK_CANCEL)).toThrow('not a button');
  });

  it('records toasts, sidebars from templates and dialogs', () => {
    const { platform, ui } = createPlatform(undefined, {
      htmlFiles: {
        Sidebar: '<h1><?= title ?></h1><? for (const a of agencies) { ?><li><?= a ?></li><? } ?><?!= raw ?>',
      },
    });
    const app = platform.SpreadsheetApp;
    app.getActiveSpreadsheet().toast('Đã tạo 3 tab', 'Sổ chỉ tiêu', 5);
    const t = platform.HtmlService.createTemplateFromFile('Sidebar');
    t.title = 'Cơ quan <A&B>';
    t.agencies = ['Sở Y tế', 'Sở GD&ĐT'];
    t.raw = '<hr>';
    app.getUi().showSidebar(t.evaluate().setTitle('Sổ chỉ tiêu').setWidth(320));
    app.getUi().showModalDialog(platform.HtmlService.createHtmlOutput('<p>ok</p>'), 'Kết quả');
    expect(ui.log.toasts).toEqual([{ message: 'Đã tạo 3 tab', title: 'Sổ chỉ tiêu', timeoutSeconds: 5 }]);
    expect(ui.log.sidebars).toEqual([
      {
        title: 'Sổ chỉ tiêu',
        width: 320,
        html: '<h1>Cơ quan &#60;A&#38;B&#62;</h1><li>Sở Y tế</li><li>Sở GD&#38;ĐT</li><hr>',
      },
    ]);
    expect(ui.log.modals).toEqual([{ title: 'Kết quả', html: '<p>ok</p>', width: 300, height: 500, modal: true }]);
    expect(() => platform.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing');
  });
});

describe('services', () => {
  it('takes the document lock unless another user holds it', () => {
    const { platform, engine } = createPlatform();
    const lock = platform.LockService.getDocumentLock();
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

  it('keeps document properties in the workbook data', () => {
    const { platform, workbook } = createPlatform();
    const props = platform.PropertiesService.getDocumentProperties();
    props.setProperty('config', '{"year":2025}').setProperties({ a: '1', b: '2' });
    props.deleteProperty('a');
    expect(props.getProperty('config')).toBe('{"year":2025}');
    expect(props.getProperty('a')).toBeNull();
    expect(props.getProperties()).toEqual({ config: '{"year":2025}', b: '2' });
    expect(workbook.properties).toEqual({ config: '{"year":2025}', b: '2' });
    expect(() => props.setProperty('big', 'x'.repeat(10_000))).toThrow('Argument too large');
    props.setProperties({ only: 'me' }, true);
    expect(props.getKeys()).toEqual(['only']);
  });

  it('reports the configured users and file owner', () => {
    const { platform } = createPlatform(undefined, {
      owner: 'boss@x.vn',
      editors: ['a@x.vn'],
      user: 'me@x.vn',
      activeUser: 'a@x.vn',
    });
    expect(platform.Session.getEffectiveUser().getEmail()).toBe('me@x.vn');
    expect(platform.Session.getActiveUser().getEmail()).toBe('a@x.vn');
    const ss = platform.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getOwner()!.getEmail()).toBe('boss@x.vn');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual(['boss@x.vn', 'a@x.vn']);
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
    platform.SpreadsheetApp.flush();
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
      'SpreadsheetApp.flush': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.newDataValidation': 1,
    });
    expect(calls.summary()).toEqual({ read: 1, write: 1, sheet: 1, rule: 4, other: 5, total: 12 });
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
