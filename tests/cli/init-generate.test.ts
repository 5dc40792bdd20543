/** `init` makes a tracking workbook from a table file; `generate` makes the agency tabs in it, in place. */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { readTab } from '../../src/core/layout/read-tab';
import { M } from '../../src/core/messages';
import { parseDelimited } from '../../src/core/table/delimited';
import { createPlatform } from '../../src/local/engine';
import { generateTabs } from '../../src/sheets/generate';
import { setupWorkbook } from '../../src/sheets/setup';
import { generationMessage } from '../../src/sheets/summary-text';
import { cli, fileState, openBook, SEED_004, succeed, tempDir } from './run';

const { file } = tempDir();
const values = (local: Awaited<ReturnType<typeof openBook>>, sheet: string) =>
  local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!.getDataRange().getValues();

describe('init', () => {
  const book = file('so.xlsx');

  it('creates the three set-up sheets with the table pasted as written', async () => {
    const run = await cli('init', SEED_004, '--out', book, '--year', '2024');
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('30 chỉ tiêu');
    const local = await openBook(book);
    expect(local.workbook.sheets.filter((s) => !s.hidden).map((s) => s.name)).toEqual([
      'Chỉ tiêu',
      'Cài đặt',
      'Cơ quan',
    ]);
    const table = values(local, 'Chỉ tiêu');
    expect(table[0].slice(0, 4)).toEqual(['TT', 'Chỉ tiêu', 'Mục tiêu năm 2024', 'Chủ trì']);
    expect(table.some((r) => r[2] === '99,7%')).toBe(true);
    expect(values(local, 'Cài đặt').find((r) => r[0] === 'Năm')![1]).toBe(2024);
  });

  it('refuses to overwrite a workbook unless told to', async () => {
    const before = fileState(book);
    const run = await cli('init', SEED_004, '--out', book);
    expect(run.code).toBe(1);
    expect(run.err).toBe(M.outExists(book));
    expect(fileState(book)).toEqual(before);
    await succeed('init', SEED_004, '--out', book, '--year', '2025', '--force');
    expect(values(await openBook(book), 'Cài đặt').find((r) => r[0] === 'Năm')![1]).toBe(2025);
  });

  it('reads CSV and XLSX tables too', async () => {
    const csv = file('bang.csv', 'STT,Chỉ tiêu,Mục tiêu,Chủ trì\n1,Tỷ lệ hồ sơ trực tuyến,80%,Phòng Nội vụ\n');
    await succeed('init', csv, '--out', file('csv.xlsx'));
    const xlsx = new ExcelJS.Workbook();
    xlsx.addWorksheet('Phụ lục').addRows([
      ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
      ['1', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ'],
    ]);
    await xlsx.xlsx.writeFile(file('bang.xlsx'));
    await succeed('init', file('bang.xlsx'), '--out', file('from-xlsx.xlsx'));
    expect(values(await openBook(file('from-xlsx.xlsx')), 'Chỉ tiêu')[1].slice(0, 4)).toEqual([
      '1',
      'Tỷ lệ văn bản điện tử',
      '90%',
      'Phòng Nội vụ',
    ]);
  });

  it('explains what is wrong and creates nothing', async () => {
    const out = file('none.xlsx');
    expect(await cli('init', file('missing.tsv'), '--out', out)).toEqual({
      code: 1,
      out: '',
      err: M.fileNotFound(file('missing.tsv')),
    });
    expect(await cli('init', file('blank.csv', 'Ghi chú\nkhông có bảng\n'), '--out', out)).toEqual({
      code: 1,
      out: '',
      err: M.tableNoHeader(),
    });
    expect(await cli('init', SEED_004, '--out', out, '--year', '24')).toEqual({
      code: 1,
      out: '',
      err: M.badYear('24'),
    });
    expect((await cli('init', SEED_004)).err).toMatch(/^Thiếu tên sổ theo dõi/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('generate', () => {
  const book = file('gen.xlsx');

  it('makes the tabs in the file and prints the summary the menu shows', async () => {
    await cli('init', SEED_004, '--out', book, '--year', '2024');
    const run = await cli('generate', book);
    expect(run.code).toBe(0);
    // The same run on the same table in memory gives the same message.
    const local = createPlatform(undefined, { owner: 'a@b.vn' });
    setupWorkbook(local.platform, { year: 2024, table: parseDelimited(readFileSync(SEED_004, 'utf8')) });
    expect(run.out).toBe(`${generationMessage(generateTabs(local.platform))}\n${M.workbookSaved(book)}`);
    const saved = await openBook(book);
    expect(readTab(values(saved, 'P. VH&TT'))!.lines.has('V.14')).toBe(true);
  });

  it('runs as the workbook owner, who may edit every cell of a tab', async () => {
    const saved = await openBook(book);
    const owner = saved.workbook.owner;
    expect(saved.engine.userEdit('P. VH&TT', 'G6', '25%', owner)).toEqual({ ok: true });
    expect(saved.engine.userEdit('P. VH&TT', 'D6', 'x', 'someone@else.vn').ok).toBe(false);
  });

  it('rewrites no tab on a second run with nothing to do', async () => {
    const run = await cli('generate', book);
    expect(run.out).toMatch(/^Đã tạo 0 trang mới, cập nhật 0 trang, 15 trang không thay đổi\./);
  });

  it('refuses a file that is not an xlsx, and leaves it as it was', async () => {
    const fake = file('fake.xlsx', 'đây không phải là tệp Excel');
    const before = fileState(fake);
    expect(await cli('generate', fake)).toEqual({ code: 1, out: '', err: M.xlsxUnreadable(fake, 'not-zip', '') });
    expect(fileState(fake)).toEqual(before);
  });

  it('refuses a workbook without the Assignments sheet, and leaves it as it was', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Trang tính 1').addRow(['Số liệu', 12]);
    const path = file('other.xlsx');
    await other.xlsx.writeFile(path);
    const before = fileState(path);
    const run = await cli('generate', path);
    expect(run.code).toBe(1);
    expect(run.err).toContain(M.sheetMissing('Chỉ tiêu'));
    expect(run.err).toContain(M.workbookUnchanged(path));
    expect(fileState(path)).toEqual(before);
  });

  it('says when the file is missing', async () => {
    expect(await cli('generate', file('nowhere.xlsx'))).toEqual({
      code: 1,
      out: '',
      err: M.fileNotFound(file('nowhere.xlsx')),
    });
  });
});
