/** Closing a period protects its column on every tab for agencies; reopening restores editing. */
import * as main from '../../src/appsscript/main';
import { readTab } from '../../src/core/layout/read-tab';
import { newBook, paste, SECRETARIAT, shareFile, tabCell, valuesOf } from '../support/book';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
  ['2', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ'],
  ['3', 'Tỷ lệ người dân có hồ sơ sức khỏe', '70%', 'Phòng Y tế'],
];
const NOIVU = 'noivu@huyen.gov.vn';
const YTE = 'yte@huyen.gov.vn';

function setUp() {
  const local = newBook();
  shareFile(local, [NOIVU, YTE]);
  main.menuSetup();
  paste(local, 'Chỉ tiêu', TABLE);
  main.menuGenerate();
  const agencies = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cơ quan')!;
  const rows = valuesOf(local, 'Cơ quan');
  agencies.getRange(rows.findIndex((r) => r[1] === 'Phòng Nội vụ') + 1, 4).setValue(NOIVU);
  agencies.getRange(rows.findIndex((r) => r[1] === 'Phòng Y tế') + 1, 4).setValue(YTE);
  main.menuGenerate();
  return local;
}

const answer = (local: ReturnType<typeof newBook>, ...texts: string[]) => {
  for (const t of texts) local.ui.answer('OK', t);
};

describe('closing and reopening a period', () => {
  const local = setUp();
  expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý I'), '85%', NOIVU).ok).toBe(true);
  expect(local.engine.userEdit('P. Y tế', tabCell(6, 'Quý I'), '65%', YTE).ok).toBe(true);
  answer(local, 'quý 1');
  main.menuClosePeriod();

  it('tells the secretariat what happened', () => {
    expect(local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt).toMatch(/Đã khóa kỳ "Quý I"/);
  });

  it('protects the closed column on every tab for agencies, not for the secretariat', () => {
    expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý I'), '90%', NOIVU).ok).toBe(false);
    expect(local.engine.userEdit('P. Y tế', tabCell(6, 'Quý I'), '90%', YTE).ok).toBe(false);
    expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý II'), '90%', NOIVU).ok).toBe(true);
    expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý II', 'evidence'), 'VB 5/NV', NOIVU).ok).toBe(true);
    // A closed period's evidence and explanation close with its figure.
    expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý I', 'evidence'), 'VB 6/NV', NOIVU).ok).toBe(false);
    expect(local.engine.userEdit('P. Nội vụ', tabCell(7, 'Quý I'), '88%', SECRETARIAT).ok).toBe(true);
  });

  it('keeps every value and shows the period as closed', () => {
    expect(local.engine.valueAt('P. Nội vụ', tabCell(6, 'Quý I'))).toBe(0.85);
    expect(local.engine.valueAt('P. Y tế', tabCell(6, 'Quý I'))).toBe(0.65);
    expect(String(local.engine.valueAt('P. Nội vụ', 'A4'))).toMatch(/Kỳ đã khóa.*Quý I/);
  });

  it('stays closed when tabs are regenerated after a table change', () => {
    const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
    sheet.getRange(2, 2).setValue('Tỷ lệ hồ sơ được xử lý trực tuyến');
    main.menuGenerate();
    expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý I'), '90%', NOIVU).ok).toBe(false);
    expect(local.engine.valueAt('P. Nội vụ', tabCell(6, 'Quý I'))).toBe(0.85);
    expect(readTab(valuesOf(local, 'P. Nội vụ'))!.lines.get('1')!.periods['Quý II']).toBe(0.9);
  });

  it('reopens for one agency only', () => {
    answer(local, 'Quý I', 'Phòng Y tế');
    main.menuReopenPeriod();
    expect(local.engine.userEdit('P. Y tế', tabCell(6, 'Quý I'), '72%', YTE).ok).toBe(true);
    expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý I'), '90%', NOIVU).ok).toBe(false);
  });

  it('reopens for everyone', () => {
    answer(local, 'Quý I', '');
    main.menuReopenPeriod();
    expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý I'), '91%', NOIVU).ok).toBe(true);
    expect(local.engine.valueAt('P. Y tế', tabCell(6, 'Quý I'))).toBe(0.72);
  });

  it('explains an unknown period', () => {
    answer(local, 'Quý 7');
    main.menuClosePeriod();
    expect(local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt).toMatch(/Không có kỳ "Quý 7"/);
  });
});
