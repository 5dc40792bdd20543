import { createPlatform } from '../../src/local/engine';

const OWNER = 'owner@tinh.gov.vn';
const ME = 'admin@tinh.gov.vn';
const AGENCY = 'soyte@tinh.gov.vn';
const STRANGER = 'other@tinh.gov.vn';

function setup() {
  const local = createPlatform(undefined, { owner: OWNER, editors: [ME, AGENCY, STRANGER], user: ME, locale: 'vi_VN' });
  const app = local.platform.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { ...local, app, ss, sheet: ss.getSheets()[0] };
}

describe('data validation', () => {
  it('builds rules whose getters report the criteria as SpreadsheetApp enums', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Đạt', 'Không đạt'], true)
      .setAllowInvalid(false)
      .setHelpText('Chọn Đạt hoặc Không đạt')
      .build();
    sheet.getRange('C2:C5').setDataValidation(rule);
    const got = sheet.getRange('C3').getDataValidations()[0][0]!;
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['Đạt', 'Không đạt'], true]);
    expect(got.getHelpText()).toBe('Chọn Đạt hoặc Không đạt');
    expect(got.getAllowInvalid()).toBe(false);
    const between = app.newDataValidation().requireNumberBetween(0, 100).build();
    expect(between.getCriteriaType()).toBe(app.DataValidationCriteria.NUMBER_BETWEEN);
    expect(between.getCriteriaValues()).toEqual([0, 100]);
    expect(sheet.getRange('C6').getDataValidations()).toEqual([[null]]);
    expect(between.getAllowInvalid()).toBe(true);
  });

  it('rejects a user edit that breaks a strict rule, with the help text, and keeps the old value', () => {
    const { app, sheet, engine } = setup();
    sheet
      .getRange('B2:B10')
      .setDataValidation(
        app
          .newDataValidation()
          .requireNumberBetween(0, 100)
          .setAllowInvalid(false)
          .setHelpText('Nhập số từ 0 đến 100')
          .build(),
      );
    expect(engine.userEdit('Sheet1', 'B4', '45,5')).toEqual({ ok: true });
    expect(engine.userEdit('Sheet1', 'B4', 120)).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Nhập số từ 0 đến 100',
    });
    expect(engine.userEdit('Sheet1', 'B4', 'abc').ok).toBe(false);
    expect(sheet.getRange('B4').getValue()).toBe(45.5);
    expect(engine.userEdit('Sheet1', 'B4', '').ok).toBe(true);
    expect(engine.edits.map((e) => [e.a1, e.value])).toEqual([
      ['B4', '45,5'],
      ['B4', ''],
    ]);
  });

  it('accepts invalid data with a warning when the rule allows it', () => {
    const { app, sheet, engine } = setup();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['a', 'b'], true).build());
    expect(engine.userEdit('Sheet1', 'A1', 'c')).toEqual({ ok: true, warning: 'invalid' });
    expect(engine.invalidCells('Sheet1')).toEqual(['A1']);
  });

  it('evaluates custom formulas relative to the top-left cell of the range they were set on', () => {
    const { app, sheet, engine } = setup();
    const whole = app
      .newDataValidation()
      .requireFormulaSatisfied('=AND(ISNUMBER(D2);D2>=0;D2=ROUND(D2;0))')
      .setAllowInvalid(false)
      .setHelpText('Nhập số nguyên không âm')
      .build();
    sheet.getRange('D2:D20').setDataValidation(whole);
    expect(engine.userEdit('Sheet1', 'D7', 3).ok).toBe(true);
    expect(engine.userEdit('Sheet1', 'D8', -1)).toMatchObject({ ok: false, message: 'Nhập số nguyên không âm' });
    expect(engine.userEdit('Sheet1', 'D9', '2,5').ok).toBe(false);
  });

  it('does not validate script writes, but reports the broken cells', () => {
    const { app, sheet, engine } = setup();
    sheet
      .getRange('A1:A3')
      .setDataValidation(app.newDataValidation().requireNumberBetween(0, 1e15).setAllowInvalid(false).build());
    sheet.getRange('A1:A3').setValues([[1], [-5], ['x']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [-5], ['x']]);
    expect(engine.invalidCells('Sheet1').sort()).toEqual(['A2', 'A3']);
  });
});

describe('protection', () => {
  it('keeps the owner and the current user when removing editors', () => {
    const { sheet, app } = setup();
    const p = sheet.protect().setDescription('Khóa bảng');
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([AGENCY, ME, STRANGER, OWNER].sort());
    p.removeEditors(p.getEditors().map((u) => u.getEmail()));
    p.addEditor(AGENCY);
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([AGENCY, ME, OWNER].sort());
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(sheet.getProtections(app.ProtectionType.SHEET)[0].getDescription()).toBe('Khóa bảng');
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
    expect(sheet.protect().getDescription()).toBe('Khóa bảng');
  });

  it('rejects edits by non-editors outside the unprotected ranges', () => {
    const { sheet, engine } = setup();
    const p = sheet.protect();
    p.removeEditors([AGENCY, STRANGER]);
    p.setUnprotectedRanges([sheet.getRange('E2:E10')]);
    expect(engine.userEdit('Sheet1', 'A1', 'x', STRANGER)).toMatchObject({ ok: false, reason: 'protected' });
    expect(engine.userEdit('Sheet1', 'E5', 12, STRANGER)).toEqual({ ok: true });
    expect(engine.userEdit('Sheet1', 'A1', 'x', ME)).toEqual({ ok: true });
    expect(engine.userEdit('Sheet1', 'A2', 'y', OWNER)).toEqual({ ok: true });
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['x'], ['y']]);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['E2:E10']);
  });

  it('protects ranges for everyone but their editors; warning-only protections let edits through', () => {
    const { sheet, engine, app } = setup();
    const header = sheet.getRange('A1:F1').protect();
    header.removeEditors([AGENCY, STRANGER]);
    expect(engine.userEdit('Sheet1', 'C1', 'x', AGENCY).ok).toBe(false);
    expect(engine.userEdit('Sheet1', 'C2', 'x', AGENCY).ok).toBe(true);
    header.setWarningOnly(true);
    expect(engine.userEdit('Sheet1', 'C1', 'x', AGENCY)).toEqual({ ok: true, warning: 'protected' });
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation())).toEqual(['A1:F1']);
    header.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });
});

describe('conditional formatting', () => {
  function withRules() {
    const local = setup();
    const { app, sheet } = local;
    sheet.getRange('A2:C5').setValues([
      [10, 20, ''],
      [30, 20, 'Đạt'],
      ['', 20, 'x'],
      [5, 0, ''],
    ]);
    const range = sheet.getRange('C2:C5');
    const rules = [
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND(ISNUMBER($A2);$A2>=$B2;$B2>0)')
        .setBackground('#B7E1CD')
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND($A2<>"";$A2<$B2)')
        .setBackground('#F4C7C3')
        .setFontColor('#990000')
        .setRanges([range])
        .build(),
      app.newConditionalFormatRule().whenFormulaSatisfied('=C2=""').setBackground('#EEEEEE').setRanges([range]).build(),
    ];
    sheet.setConditionalFormatRules(rules);
    return local;
  }

  it('applies the first rule whose vi_VN formula holds, relative to the range top-left', () => {
    const { engine } = withRules();
    expect(engine.effectiveBackground('Sheet1', 'C2')).toBe('#f4c7c3');
    expect(engine.effectiveStyle('Sheet1', 'C2').fontColor).toBe('#990000');
    expect(engine.effectiveBackground('Sheet1', 'C3')).toBe('#b7e1cd');
    expect(engine.effectiveBackground('Sheet1', 'C4')).toBe('#ffffff');
    expect(engine.effectiveBackground('Sheet1', 'C5')).toBe('#eeeeee');
    expect(engine.effectiveBackground('Sheet1', 'D2')).toBe('#ffffff');
  });

  it('follows user edits', () => {
    const { engine } = withRules();
    engine.userEdit('Sheet1', 'A2', 25);
    expect(engine.effectiveBackground('Sheet1', 'C2')).toBe('#b7e1cd');
  });

  it('returns rules whose getters report what was built', () => {
    const { sheet, app } = withRules();
    const [first, , third] = sheet.getConditionalFormatRules();
    const cond = first.getBooleanCondition()!;
    expect(cond.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(cond.getCriteriaValues()).toEqual(['=AND(ISNUMBER($A2);$A2>=$B2;$B2>0)']);
    expect(first.getRanges().map((r) => r.getA1Notation())).toEqual(['C2:C5']);
    expect(third.getBooleanCondition()!.getCriteriaValues()).toEqual(['=C2=""']);
  });

  it('evaluates number, text and empty-cell conditions read from a file', () => {
    const { sheet, engine, workbook } = setup();
    sheet.getRange('A1:A4').setValues([[0.4], [0.9], ['Chưa đạt'], ['']]);
    const column = { row: 1, column: 1, numRows: 4, numColumns: 1 };
    workbook.sheets[0].conditionalRules.push(
      { ranges: [column], criteria: 'NUMBER_LESS_THAN', args: [0.5], format: { background: '#ff0000' } },
      { ranges: [column], criteria: 'TEXT_EQUAL_TO', args: ['chưa đạt'], format: { background: '#ffff00' } },
      { ranges: [column], criteria: 'NUMBER_BETWEEN', args: [0.8, 1], format: { bold: true } },
      { ranges: [column], criteria: 'CELL_EMPTY', args: [], format: { background: '#eeeeee' } },
    );
    expect(engine.effectiveBackground('Sheet1', 'A1')).toBe('#ff0000');
    expect(engine.effectiveBackground('Sheet1', 'A3')).toBe('#ffff00');
    expect(engine.effectiveStyle('Sheet1', 'A2')).toEqual({ background: '#ffffff', fontColor: '#000000', bold: true });
    expect(engine.effectiveBackground('Sheet1', 'A4')).toBe('#eeeeee');
  });

  it('refuses rules whose ranges are on another sheet', () => {
    const { app, ss, sheet } = setup();
    const other = ss.insertSheet('Khác');
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=A1=""')
      .setBackground('red')
      .setRanges([other.getRange('A1')])
      .build();
    expect(() => sheet.setConditionalFormatRules([rule])).toThrow('different sheet');
  });
});
