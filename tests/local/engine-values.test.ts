import { createPlatform } from '../../src/local/engine';

function setup(locale = 'vi_VN') {
  const local = createPlatform(undefined, { locale });
  const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
  return { ...local, ss, sheet: ss.getSheets()[0] };
}

describe('values', () => {
  it('round-trips numbers, strings, booleans and dates; empty cells read as ""', () => {
    const { sheet } = setup();
    const when = new Date(2025, 0, 15, 8, 30);
    sheet.getRange(2, 2, 1, 4).setValues([[42.5, 'Phòng Y tế', true, when]]);
    const [row] = sheet.getRange('A2:E2').getValues();
    expect(row).toEqual(['', 42.5, 'Phòng Y tế', true, when]);
    expect(row[4]).toBeInstanceOf(Date);
    (row[4] as Date).setFullYear(1999);
    expect(sheet.getRange('E2').getValue()).toEqual(when);
  });

  it('reads strings as typed input: "01" becomes 1 unless the cell is plain text or starts with an apostrophe', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('B1:B3').setNumberFormat('@');
    sheet.getRange('A1:B3').setValues([
      ['01', '01'],
      ['2.10', '2.10'],
      ["'007", 'TRUE'],
    ]);
    expect(sheet.getRange('A1:B3').getValues()).toEqual([
      [1, '01'],
      [2.1, '2.10'],
      ['007', 'TRUE'],
    ]);
    sheet.getRange('C1').setValue('true');
    expect(sheet.getRange('C1').getValue()).toBe(true);
  });

  it('reads numbers with the locale decimal separator', () => {
    const vi = setup('vi_VN').sheet;
    vi.getRange('A1:C1').setValues([['2,5', '1.234,5', '2.10']]);
    expect(vi.getRange('A1:C1').getValues()).toEqual([[2.5, 1234.5, '2.10']]);
    const en = setup('en_US').sheet;
    en.getRange('A1:B1').setValues([['2,5', '1,234.5']]);
    expect(en.getRange('A1:B1').getValues()).toEqual([['2,5', 1234.5]]);
  });

  it('stores "=…" as a formula and evaluates it on read; an apostrophe keeps it as text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['=1+1', "'=SUM(A1:A3)", '=A1*10']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=1+1', '', '=A1*10']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[2, '=SUM(A1:A3)', 20]]);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('C1').getValue()).toBe(50);
  });

  it('setValue on a block sets every cell; clearContent keeps formats', () => {
    const { sheet } = setup();
    const block = sheet.getRange('A1:B2');
    block.setNumberFormat('0%').setValue(0.5);
    expect(block.getValues()).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    block.clearContent();
    expect(block.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(block.getNumberFormats()).toEqual([
      ['0%', '0%'],
      ['0%', '0%'],
    ]);
  });

  it('shows display values under the number format and locale', () => {
    const vi = setup('vi_VN').sheet;
    vi.getRange('A1:D1').setNumberFormats([['0.0%', '0%', '#,##0', '0.00']]);
    vi.getRange('A1:D1').setValues([[0.125, 0.5, 1234567, 2.5]]);
    expect(vi.getRange('A1:D1').getDisplayValues()).toEqual([['12,5%', '50%', '1.234.567', '2,50']]);
    const en = setup('en_US').sheet;
    en.getRange('A1:B1').setNumberFormats([['0.0%', '#,##0.00']]);
    en.getRange('A1:B1').setValues([[0.125, 1234.5]]);
    expect(en.getRange('A1:B1').getDisplayValues()).toEqual([['12.5%', '1,234.50']]);
    expect(en.getRange('C1').getNumberFormats()).toEqual([['0.###############']]);
  });
});

describe('ranges', () => {
  it('checks setValues dimensions with the Apps Script messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the ' +
        'range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but ' +
        'the range has 2.',
    );
  });

  it('throws on ranges outside the grid', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    try {
      sheet.getRange(0, 1);
    } catch (e) {
      expect(String(e)).toBe('Exception: The starting row of the range is too small.');
    }
  });

  it('reports coordinates and A1 notation; last row/column of a sheet are the last with content', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C5').setValue('x');
    sheet.getRange('E2').setBackground('#FF0000');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    const r = sheet.getRange(2, 3, 4, 2);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([
      2, 3, 4, 2, 5, 4,
    ]);
    expect(r.getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange('B:B').getA1Notation()).toBe('B:B');
    expect(sheet.getRange('B:B').getNumRows()).toBe(1000);
  });

  it('normalises colours and defaults backgrounds to white', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setBackgrounds([['#ABC', 'red']]);
    expect(sheet.getRange('A1:C1').getBackgrounds()).toEqual([['#aabbcc', '#ff0000', '#ffffff']]);
    sheet.getRange('A1').setBackground(null);
    expect(sheet.getRange('A1').getBackgrounds()).toEqual([['#ffffff']]);
  });
});

describe('formulas', () => {
  it('evaluates vi_VN formulas with ";" separators and decimal commas', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([[10], [20], ['x'], ['']]);
    sheet
      .getRange('B1:B6')
      .setFormulas([
        ['=SUM(A1:A4;0,5)'],
        ['=IF(A1>=10;"đạt";"chưa đạt")'],
        ['=COUNTIF(A1:A4;">=15")'],
        ['=IFERROR(A1/A4;"-")'],
        ['=ROUND(A2/3;2)'],
        ['=AND(ISNUMBER(A1);NOT(ISBLANK(A3));LEN(TRIM("  a  b "))=3)'],
      ]);
    expect(sheet.getRange('B1:B6').getValues()).toEqual([[30.5], ['đạt'], [1], ['-'], [6.67], [true]]);
  });

  it('evaluates en_US formulas and the common functions', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('A1:C3').setValues([
      ['a', 1, 'Hà Nội'],
      ['b', 2, ''],
      ['a', 3, 'x'],
    ]);
    const cases: [string, unknown][] = [
      ['=COUNTIFS(A1:A3,"a",B1:B3,">1")', 1],
      ['=COUNTIF(A1:A3,"<>a")', 1],
      ['=IFS(B1>5,"big",B1>0,"small")', 'small'],
      ['=UPPER(C1)&LOWER("X")', 'HÀ NỘIx'],
      ['=EXACT("a","A")', false],
      ['=N(TRUE)+VALUE("2.5")+ABS(-1)', 4.5],
      ['=ISTEXT(C1)', true],
      ['=OR(B1>2,B2>2)', false],
      ['=1/0', '#DIV/0!'],
      ['=NOSUCH(1)', '#NAME?'],
      ['=B1+', '#ERROR!'],
      ['=D1', ''],
      ['=50%*B3', 1.5],
    ];
    const range = sheet.getRange(1, 5, cases.length, 1);
    range.setFormulas(cases.map(([f]) => [f]));
    expect(range.getValues().map(([v]) => v)).toEqual(cases.map(([, v]) => v));
  });

  it('follows references across sheets and reports circular references', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Tổng hợp');
    other.getRange('A1').setValue(7);
    sheet.getRange('A1:B1').setFormulas([["='Tổng hợp'!A1*2", '=B1+1']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[14, '#REF!']]);
  });
});
