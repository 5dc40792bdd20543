/**
 * The add-on's menu on text pasted into a sheet, on the in-memory SpreadsheetApp:
 * - "Lập bảng nháp từ văn bản kế hoạch" drafts the tables of the plan pasted in the open sheet
 *   into a new sheet, and never writes into "Chỉ tiêu" or any other sheet;
 * - a table copied out of a PDF and pasted into "Chỉ tiêu" (one line per row) is read like any
 *   other by "Tạo / cập nhật trang cơ quan".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as main from '../../src/appsscript/main';
import { draftSheetGrid, draftTable } from '../../src/core/draft/draft';
import { M } from '../../src/core/messages';
import { newBook, paste, valuesOf } from '../support/book';

const root = join(__dirname, '../..');
const lines = (name: string) =>
  readFileSync(join(root, 'seeds/text', name), 'utf8')
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => [l]);

describe('Lập bảng nháp từ văn bản kế hoạch', () => {
  let local: ReturnType<typeof newBook>;
  let ss: ReturnType<ReturnType<typeof newBook>['platform']['SpreadsheetApp']['getActiveSpreadsheet']>;
  let plan: ReturnType<typeof ss.insertSheet>;
  let tableBefore = '';
  beforeAll(() => {
    local = newBook();
    main.onOpen();
    main.menuSetup();
    ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
    plan = ss.insertSheet('Văn bản');
    paste(local, 'Văn bản', lines('003_45a6d03a464dc3c0.txt'));
    tableBefore = JSON.stringify(valuesOf(local, 'Chỉ tiêu'));
    ss.setActiveSheet(plan);
    main.menuDraftTable();
  });
  const lastDialog = () => local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt;

  it('is in the menu', () => {
    expect(local.workbook.ui.menus[0].items.map((i) => i.functionName)).toContain('menuDraftTable');
  });

  it('writes the draft of the open sheet into a new sheet "Bảng nháp"', () => {
    const text = readFileSync(join(root, 'seeds/text/003_45a6d03a464dc3c0.txt'), 'utf8');
    const expected = draftSheetGrid(draftTable(text));
    expect(valuesOf(local, 'Bảng nháp')).toEqual(expected);
    expect(lastDialog()).toContain(M.draftWritten('Bảng nháp'));
  });

  it('leaves "Chỉ tiêu" and the pasted text as they were', () => {
    expect(JSON.stringify(valuesOf(local, 'Chỉ tiêu'))).toBe(tableBefore);
    expect(valuesOf(local, 'Văn bản')[0][0]).toBe(lines('003_45a6d03a464dc3c0.txt')[0][0]);
  });

  it('writes a second draft beside the first, never over it', () => {
    ss.setActiveSheet(plan);
    main.menuDraftTable();
    expect(lastDialog()).toContain(M.draftWritten('Bảng nháp 2'));
    expect(valuesOf(local, 'Bảng nháp 2')).toEqual(valuesOf(local, 'Bảng nháp'));
  });

  it('says what to do when the open sheet holds no text', () => {
    ss.setActiveSheet(ss.insertSheet('Trống'));
    const sheets = ss.getSheets().length;
    main.menuDraftTable();
    expect(lastDialog()).toBe(M.draftEmpty());
    expect(ss.getSheets().length).toBe(sheets);
  });
});

describe('a table copied out of a PDF, pasted into "Chỉ tiêu"', () => {
  let local: ReturnType<typeof newBook>;
  let dialog = '';
  beforeAll(() => {
    local = newBook();
    main.onOpen();
    main.menuSetup();
    paste(local, 'Chỉ tiêu', lines('001_94f9bb92be0f190c.txt'));
    main.menuGenerate();
    dialog = local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt;
  });

  it('is read and gives one tab per lead agency', () => {
    expect(dialog).toMatch(/Đã tạo \d+ trang mới/);
    const names = local.workbook.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['P. GD&ĐT', 'P. KT-HT', 'Chị cục thống kê huyện']));
  });

  it("writes each indicator's id beside the line where its row starts", () => {
    const table = valuesOf(local, 'Chỉ tiêu');
    expect(table[11][1]).toBe('Mã định danh');
    expect([String(table[13][0]).trim(), table[13][1]]).toEqual(['1', '1']);
    const ids = table.map((r) => r[1]).filter((v) => v && v !== 'Mã định danh');
    expect(ids).toHaveLength(28);
  });
});
