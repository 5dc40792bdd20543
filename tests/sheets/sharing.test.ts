/**
 * A protection's editors cannot type until the file is shared with them. The Agencies sheet
 * says, per agency, which listed accounts can edit the file; the menu shares with the missing
 * ones after a confirmation naming each of them, and says what to do by hand otherwise; the
 * sidebar shows the same and shares only what its confirmation named.
 */
import * as main from '../../src/appsscript/main';
import { M } from '../../src/core/messages';
import { sheetTexts } from '../../src/core/messages/sheets';
import { ACCESS_COLUMN } from '../../src/core/workbook/agencies-sheet';
import { createPlatform, type LocalPlatform } from '../../src/local/engine';
import { jsonProblems } from '../sidebar/json-safe';
import { paste, SECRETARIAT, tabCell, valuesOf } from '../support/book';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
  ['2', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', '70%', 'Phòng Y tế'],
];
const NOIVU = 'noivu@huyen.gov.vn';
const NOIVU2 = 'noivu.2@gmail.com';
const YTE = 'yte@huyen.gov.vn';
const COLLEAGUE = 'dongnghiep@huyen.gov.vn';

function setRow(agency: string, col: number, value: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cơ quan')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[1] === agency);
  sheet.getRange(row + 1, col).setValue(value);
}

function book(editors: string[] = [YTE]): LocalPlatform {
  const local = createPlatform(undefined, { owner: SECRETARIAT, user: SECRETARIAT, editors });
  Object.assign(globalThis, local.platform);
  main.menuSetup();
  paste(local, 'Chỉ tiêu', TABLE);
  main.menuGenerate();
  setRow('Phòng Nội vụ', 4, `${NOIVU}; ${NOIVU2}`);
  setRow('Phòng Y tế', 4, YTE);
  const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cài đặt')!;
  const row = valuesOf(local, 'Cài đặt').findIndex((r) => r[0] === sheetTexts.settings.secretariat.label) + 1;
  settings.getRange(row, 2).setValue(`${SECRETARIAT}; ${COLLEAGUE}`);
  main.menuGenerate();
  return local;
}

const access = (local: LocalPlatform, agency: string) =>
  String(valuesOf(local, 'Cơ quan').find((r) => r[1] === agency)?.[ACCESS_COLUMN - 1] ?? '');
const dialogs = (local: LocalPlatform) => local.workbook.ui.dialogs;

describe('the access column of the Agencies sheet', () => {
  const local = book();

  it('says which listed editors cannot edit the file yet', () => {
    expect(valuesOf(local, 'Cơ quan')[0][ACCESS_COLUMN - 1]).toBe('Quyền sửa tệp (tiện ích ghi)');
    expect(access(local, 'Phòng Nội vụ')).toBe(sheetTexts.access.missing([NOIVU, NOIVU2], 2));
    expect(access(local, 'Phòng Y tế')).toBe(sheetTexts.access.all(1));
  });

  it('is kept through a regeneration that rewrites the Agencies rows', () => {
    setRow('Phòng Y tế', 3, 'Phòng Y tế huyện');
    main.menuGenerate();
    expect(access(local, 'Phòng Y tế')).toBe(sheetTexts.access.all(1));
  });
});

describe('sharing from the menu', () => {
  it('names every missing account in the confirmation, and shares nothing when the answer is no', () => {
    const local = book();
    local.ui.answer('NO');
    main.menuShareFile();
    const [confirm, result] = dialogs(local).slice(-2);
    expect(confirm.buttons).toBe('YES_NO');
    for (const account of [NOIVU, NOIVU2, COLLEAGUE]) expect(confirm.prompt).toContain(account);
    expect(confirm.prompt).not.toContain(YTE);
    expect(result.prompt).toBe(M.shareCancelled([NOIVU, NOIVU2, COLLEAGUE]));
    expect(result.prompt).toContain('"Chia sẻ"');
    expect(local.workbook.editors).toEqual([YTE]);
  });

  it('shares the file with exactly those accounts on yes, and only then can the agency type', () => {
    const local = book();
    const cell = tabCell(6, 'Quý I');
    // Listed on its input cells' protection, yet not an editor of the file: Sheets refuses.
    expect(local.engine.userEdit('P. Nội vụ', cell, '85%', NOIVU)).toMatchObject({ ok: false, reason: 'not-editor' });
    local.ui.answer('YES');
    main.menuShareFile();
    expect(local.engine.userEdit('P. Nội vụ', cell, '85%', NOIVU).ok).toBe(true);
    expect(dialogs(local).at(-1)?.prompt).toBe(M.shareDone([NOIVU, NOIVU2, COLLEAGUE]));
    expect(local.workbook.editors.sort()).toEqual([COLLEAGUE, NOIVU, NOIVU2, YTE].sort());
    expect(access(local, 'Phòng Nội vụ')).toBe(sheetTexts.access.all(2));
    main.menuShareFile();
    expect(dialogs(local).at(-1)?.prompt).toBe(M.shareNothing(5));
  });

  it('says what to do in the Share dialog when Sheets refuses to share', () => {
    const local = book([YTE, COLLEAGUE]);
    local.workbook.editorsCanShare = false;
    // The colleague is an editor but may not share this file.
    const theirs = createPlatform(local.workbook, { user: COLLEAGUE });
    Object.assign(globalThis, theirs.platform);
    theirs.ui.answer('YES');
    main.menuShareFile();
    Object.assign(globalThis, local.platform);
    const reason = 'You do not have permission to perform that action.';
    const text = local.workbook.ui.dialogs.at(-1)!.prompt;
    expect(text).toBe(M.shareFailed([NOIVU, NOIVU2].map((email) => ({ email, reason }))));
    expect(text).toContain(M.shareByHand([NOIVU, NOIVU2]));
    expect(local.workbook.editors).toEqual([YTE, COLLEAGUE]);
  });
});

describe('sharing from the sidebar', () => {
  it('shows each account and shares only the missing, listed accounts it is asked for', () => {
    const local = book();
    const view = main.sidebarGetSharing();
    expect(jsonProblems(view)).toEqual([]);
    if (!view.ok) throw new Error(view.message);
    expect(view.agencies.map((a) => [a.sheet, a.accounts.map((x) => [x.email, x.hasAccess])])).toEqual([
      [
        'P. Nội vụ',
        [
          [NOIVU, false],
          [NOIVU2, false],
        ],
      ],
      ['P. Y tế', [[YTE, true]]],
    ]);
    expect(view.secretariat).toEqual([
      { email: SECRETARIAT, hasAccess: true },
      { email: COLLEAGUE, hasAccess: false },
    ]);
    const result = main.sidebarShareFile([NOIVU, 'la.mat@example.com']);
    expect(jsonProblems(result)).toEqual([]);
    expect(result).toMatchObject({ ok: true, shared: [NOIVU] });
    expect(result.message).toContain(M.shareNotListed(['la.mat@example.com']));
    expect(local.workbook.editors.sort()).toEqual([NOIVU, YTE].sort());
  });

  it('refuses an agency, which is not the secretariat', () => {
    const local = book([YTE]);
    const theirs = createPlatform(local.workbook, { user: YTE });
    Object.assign(globalThis, theirs.platform);
    const result = main.sidebarShareFile([NOIVU]);
    Object.assign(globalThis, local.platform);
    expect(result).toEqual({ ok: false, shared: [], failed: [], message: M.notSecretariat(YTE) });
    expect(local.workbook.editors).toEqual([YTE]);
  });
});
