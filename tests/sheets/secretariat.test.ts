/**
 * What the secretariat owns is protected for the secretariat: every agency is an editor of the
 * file, yet it cannot put its e-mail on another agency's row, reopen a closed quarter, edit the
 * archive, the summaries or the state. The accounts of Settings' "Tài khoản Văn phòng" are on
 * every protection, so a colleague can regenerate; anyone else is told, and nothing changes.
 */
import * as main from '../../src/appsscript/main';
import { sheetTexts } from '../../src/core/messages/sheets';
import { M } from '../../src/core/messages';
import { createPlatform, type LocalPlatform } from '../../src/local/engine';
import { paste, SECRETARIAT, tabCell, valuesOf } from '../support/book';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
  ['2', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ'],
  ['3', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', '70%', 'Phòng Y tế'],
];
const NOIVU = 'noivu@huyen.gov.vn';
const YTE = 'yte@huyen.gov.vn';
const COLLEAGUE = 'dongnghiep@huyen.gov.vn';
const OUTSIDER = 'canbo.khac@huyen.gov.vn';

function setEditor(agency: string, email: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cơ quan')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[1] === agency);
  sheet.getRange(row + 1, 4).setValue(email);
}

function settingsRow(local: LocalPlatform, label: string): number {
  return valuesOf(local, 'Cài đặt').findIndex((r) => r[0] === label) + 1;
}

/** Runs `fn` as another person's execution on the same file. */
function as<T>(local: LocalPlatform, user: string, fn: () => T): T {
  const theirs = createPlatform(local.workbook, { user });
  Object.assign(globalThis, theirs.platform);
  try {
    return fn();
  } finally {
    Object.assign(globalThis, local.platform);
  }
}

function book(): LocalPlatform {
  const local = createPlatform(undefined, {
    owner: SECRETARIAT,
    user: SECRETARIAT,
    editors: [NOIVU, YTE, COLLEAGUE, OUTSIDER],
  });
  Object.assign(globalThis, local.platform);
  main.menuSetup();
  paste(local, 'Chỉ tiêu', TABLE);
  main.menuGenerate();
  setEditor('Phòng Nội vụ', NOIVU);
  setEditor('Phòng Y tế', YTE);
  main.menuGenerate();
  return local;
}

const lastDialog = (local: LocalPlatform) => local.workbook.ui.dialogs.at(-1)?.prompt ?? '';

describe('the sheets the secretariat owns', () => {
  const local = book();
  // Something archived, a summary and a history sheet: every kind of secretariat sheet exists.
  expect(local.engine.userEdit('P. Nội vụ', tabCell(7, 'Quý I'), '85%', NOIVU).ok).toBe(true);
  paste(local, 'Chỉ tiêu', [TABLE[0], TABLE[1], ['', '', '', ''], TABLE[3]]);
  main.menuGenerate();
  main.sidebarWriteSummary('Quý I');
  main.menuWriteHistory();
  const owned = ['Chỉ tiêu', 'Cơ quan', 'Cài đặt', 'Lưu trữ', `Tổng hợp Quý I ${new Date().getFullYear()}`];
  const closedRow = settingsRow(local, sheetTexts.settings.closedPeriods.label);

  it('exist, and the person who set up is the first secretariat account in Settings', () => {
    const names = local.workbook.sheets.map((s) => s.name);
    for (const name of [...owned, `Diễn biến ${new Date().getFullYear()}`]) expect(names).toContain(name);
    const row = settingsRow(local, sheetTexts.settings.secretariat.label);
    expect(valuesOf(local, 'Cài đặt')[row - 1][1]).toBe(SECRETARIAT);
  });

  it('are each protected by the add-on for the secretariat only', () => {
    for (const sheet of local.workbook.sheets.filter(
      (s) => owned.includes(s.name) || s.name.startsWith('Diễn biến') || s.name === '_sochitieu',
    )) {
      const mine = sheet.protections.filter((p) => p.description.startsWith(sheetTexts.protection.tag));
      expect([sheet.name, mine.length, mine[0]?.type]).toEqual([sheet.name, 1, 'SHEET']);
      expect([sheet.name, mine[0].editors]).toEqual([sheet.name, [SECRETARIAT]]);
    }
  });

  it.each([
    ["adds its e-mail to another agency's row", 'Cơ quan', 'D3', `${NOIVU}; ${YTE}`],
    ['empties "Kỳ đã khóa" to reopen a closed quarter', 'Cài đặt', `B${closedRow}`, ''],
    ['edits the archive', 'Lưu trữ', 'A2', 'sửa'],
    ['rewrites the table', 'Chỉ tiêu', 'B2', 'chỉ tiêu khác'],
    ["rewrites the add-on's memory", '_sochitieu', 'B1', '{}'],
  ])('refuses an agency that %s (%s)', (_what, sheet, a1, value) => {
    const before = local.engine.valueAt(sheet, a1);
    const edit = local.engine.userEdit(sheet, a1, value, NOIVU);
    expect([edit.ok, edit.reason]).toEqual([false, 'protected']);
    expect(local.engine.valueAt(sheet, a1)).toEqual(before);
  });

  it('refuses an agency that edits a summary sheet', () => {
    expect(local.engine.userEdit(owned[4], 'A1', 'báo cáo khác', YTE).ok).toBe(false);
  });

  it('refuses an agency the secretariat commands, with a Vietnamese message, changing nothing', () => {
    const before = JSON.stringify(local.snapshot().sheets);
    as(local, NOIVU, () => main.menuGenerate());
    expect(lastDialog(local)).toBe(M.notSecretariat(NOIVU));
    as(local, NOIVU, () => main.menuClosePeriod());
    expect(lastDialog(local)).toBe(M.notSecretariat(NOIVU));
    expect(as(local, NOIVU, () => main.sidebarWriteSummary('Quý I'))).toEqual({
      ok: false,
      message: M.notSecretariat(NOIVU),
      sheetName: '',
    });
    as(local, NOIVU, () => main.menuImportFile());
    expect(lastDialog(local)).toBe(M.notSecretariat(NOIVU));
    as(local, NOIVU, () => main.menuDraftTable());
    expect(lastDialog(local)).toBe(M.notSecretariat(NOIVU));
    const grid = [
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2025', 'Cơ quan chủ trì'],
      ['1', 'Tỷ lệ hộ nghèo', '< 2%', 'Phòng Nội vụ'],
    ];
    expect(as(local, NOIVU, () => main.importApply({ grid, file: 'ke-hoach.docx', date: '', tables: [1] }))).toEqual({
      ok: false,
      message: M.notSecretariat(NOIVU),
      indicators: 0,
    });
    expect(JSON.stringify(local.snapshot().sheets)).toBe(before);
  });
});

describe('a colleague of the secretariat', () => {
  it('regenerates once listed in Settings, and every protection then lists both accounts', () => {
    const local = book();
    as(local, COLLEAGUE, () => main.menuGenerate());
    expect(lastDialog(local)).toBe(M.notSecretariat(COLLEAGUE));
    const row = settingsRow(local, sheetTexts.settings.secretariat.label);
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Cài đặt')!
      .getRange(row, 2)
      .setValue(`${SECRETARIAT}; ${COLLEAGUE}`);
    main.menuGenerate();
    for (const sheet of local.workbook.sheets) {
      for (const p of sheet.protections.filter((x) => x.description.startsWith(sheetTexts.protection.tag))) {
        if (p.warningOnly) continue;
        expect([sheet.name, p.description, p.editors.includes(COLLEAGUE)]).toEqual([sheet.name, p.description, true]);
      }
    }
    // The colleague types in Settings and regenerates, and the person who set up keeps access.
    const organisation = settingsRow(local, sheetTexts.settings.organisation.label);
    expect(local.engine.userEdit('Cài đặt', `B${organisation}`, 'UBND huyện', COLLEAGUE).ok).toBe(true);
    as(local, COLLEAGUE, () => main.menuGenerate());
    expect(lastDialog(local)).toMatch(/^Đã tạo 0 trang mới/);
    const tab = local.workbook.sheets.find((s) => s.name === 'P. Nội vụ')!;
    const inputs = tab.protections.filter((p) => p.type === 'RANGE');
    expect(inputs.length).toBeGreaterThan(0);
    for (const p of inputs) expect(p.editors.sort()).toEqual([COLLEAGUE, NOIVU, SECRETARIAT].sort());
  });

  it('is reported when the Settings row holds something that is not an e-mail address', () => {
    const local = book();
    const row = settingsRow(local, sheetTexts.settings.secretariat.label);
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Cài đặt')!
      .getRange(row, 2)
      .setValue(`${SECRETARIAT}; chị Lan`);
    main.menuGenerate();
    expect(lastDialog(local)).toContain(M.secretariatBadEmails(['chị', 'Lan']));
  });
});

describe('an older workbook', () => {
  it('gains the Settings row at set-up, with the running person, and keeps its other values', () => {
    const local = createPlatform(undefined, { owner: SECRETARIAT, user: SECRETARIAT });
    Object.assign(globalThis, local.platform);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const old = ss.insertSheet('Cài đặt');
    old.getRange(1, 1, 3, 3).setValues([
      ['Thiết lập', 'Giá trị', 'Hướng dẫn'],
      ['Năm', 2023, ''],
      ['Kỳ đã khóa', 'Quý I', ''],
    ]);
    main.menuSetup();
    const grid = valuesOf(local, 'Cài đặt');
    expect(grid.slice(0, 3).map((r) => r.slice(0, 2))).toEqual([
      ['Thiết lập', 'Giá trị'],
      ['Năm', 2023],
      ['Kỳ đã khóa', 'Quý I'],
    ]);
    expect(grid.find((r) => r[0] === sheetTexts.settings.secretariat.label)?.[1]).toBe(SECRETARIAT);
  });
});
