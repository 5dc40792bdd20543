/**
 * Running the add-on on an .xlsx file: the engine's services are the globals while the action
 * runs, the action runs as the workbook's owner, and the file is written only when it succeeds.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as menu from '../../src/appsscript/main';
import { UserError } from '../../src/cli/io';
import { M } from '../../src/core/messages';
import { createPlatform } from '../../src/local/engine';
import { createWorkbookFile, LOCAL_USER, withWorkbookFile } from '../../src/local/workbook-file';
import { saveWorkbook } from '../../src/local/xlsx';
import { appsScriptPlatform } from '../../src/sheets/platform';
import { setupWorkbook } from '../../src/sheets/setup';
import { fileState, openBook } from '../cli/run';

const OWNER = 'vanphong@huyen.gov.vn';
const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
];

let dir: string;
let book: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'so-chi-tieu-file-'));
  book = join(dir, 'so.xlsx');
  const local = createPlatform(undefined, { owner: OWNER });
  setupWorkbook(local.platform, { year: 2025, table: TABLE });
  await saveWorkbook(local.workbook, book);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scope = globalThis as unknown as Record<string, unknown>;

describe('withWorkbookFile', () => {
  it('installs the services as globals while the action runs, as the owner, and removes them after', async () => {
    const seen = await withWorkbookFile(
      book,
      (local) => ({
        same: appsScriptPlatform().SpreadsheetApp === local.platform.SpreadsheetApp,
        user: appsScriptPlatform().Session.getEffectiveUser().getEmail(),
      }),
      { save: false },
    );
    expect(seen).toEqual({ same: true, user: OWNER });
    expect(scope.SpreadsheetApp).toBeUndefined();
    expect(scope.Session).toBeUndefined();
  });

  it('puts back globals that were there before', async () => {
    const outer = createPlatform();
    Object.assign(globalThis, outer.platform);
    try {
      await withWorkbookFile(book, () => undefined, { save: false });
      expect(scope.SpreadsheetApp).toBe(outer.platform.SpreadsheetApp);
    } finally {
      for (const name of ['SpreadsheetApp', 'LockService', 'PropertiesService', 'Session', 'HtmlService'])
        delete scope[name];
    }
  });

  it('runs the menu handlers unchanged and saves what they did', async () => {
    await withWorkbookFile(book, () => menu.menuGenerate());
    const saved = await openBook(book);
    expect(saved.workbook.sheets.map((s) => s.name)).toContain('P. Nội vụ');
  });

  it('leaves the file as it was when the action fails', async () => {
    const before = fileState(book);
    const refuse = withWorkbookFile(book, (local) => {
      local.platform.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Nháp');
      throw new UserError('Không nhập được.');
    });
    await expect(refuse).rejects.toThrow(new UserError(`Không nhập được.\n${M.workbookUnchanged(book)}`));
    await expect(withWorkbookFile(book, () => Promise.reject(new Error('hỏng')))).rejects.toThrow('hỏng');
    expect(fileState(book)).toEqual(before);
  });

  it('never writes a file it only read', async () => {
    const before = fileState(book);
    await withWorkbookFile(book, (local) => local.platform.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Nháp'), {
      save: false,
    });
    expect(fileState(book)).toEqual(before);
  });

  it('explains a missing file and a file that is not an xlsx', async () => {
    await expect(withWorkbookFile(join(dir, 'none.xlsx'), () => 0)).rejects.toThrow(
      M.fileNotFound(join(dir, 'none.xlsx')),
    );
    await expect(withWorkbookFile(join(__dirname, 'workbook-file.test.ts'), () => 0)).rejects.toThrow(
      M.xlsxUnreadable(join(__dirname, 'workbook-file.test.ts'), 'not-zip', ''),
    );
  });
});

describe('createWorkbookFile', () => {
  it('creates the folder and a workbook owned by the local user, named after the file', async () => {
    const path = join(dir, 'moi', 'so-2025.xlsx');
    const owner = await createWorkbookFile(path, () => appsScriptPlatform().Session.getEffectiveUser().getEmail());
    expect(owner).toBe(LOCAL_USER);
    const saved = await openBook(path);
    expect([saved.workbook.owner, saved.workbook.name]).toEqual([LOCAL_USER, 'so-2025']);
  });

  it('refuses to replace a file unless forced, and writes nothing when the action fails', async () => {
    const before = fileState(book);
    await expect(createWorkbookFile(book, () => 0)).rejects.toThrow(M.outExists(book));
    await expect(
      createWorkbookFile(
        book,
        () => {
          throw new UserError('x');
        },
        true,
      ),
    ).rejects.toThrow('x');
    expect(fileState(book)).toEqual(before);
    const other = join(dir, 'hong.xlsx');
    await expect(
      createWorkbookFile(other, () => {
        throw new UserError('x');
      }),
    ).rejects.toThrow('x');
    expect(existsSync(other)).toBe(false);
  });
});
