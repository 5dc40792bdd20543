/**
 * The command line on document files: init and parse from a Word file, a PDF and a saved web
 * page; the list of a document's tables and the choice among them; the source recorded in
 * Settings; a revised plan compared with the workbook's table before it replaces it; and the
 * files that cannot be read (an old .doc, a scanned PDF, an encrypted PDF, a Word file without
 * a table), each refused with its Vietnamese message and nothing written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readTab } from '../../src/core/layout/read-tab';
import { M } from '../../src/core/messages';
import { cli, fileState, openBook, succeed, tempDir } from '../cli/run';
import { officeMaterial, tableHtml } from '../support/office-material';

const material = officeMaterial();
const seed004 = material.tables.find((t) => t.name.startsWith('004'))!;
const seed000 = material.tables.find((t) => t.name.startsWith('000'))!;
const { file } = tempDir();

const values = (local: Awaited<ReturnType<typeof openBook>>, sheet: string) =>
  local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!.getDataRange().getValues();
const setting = (local: Awaited<ReturnType<typeof openBook>>, label: string) =>
  values(local, 'Cài đặt').find((r) => r[0] === label)?.[1];

describe('init from a document', () => {
  it.each([
    ['Word', () => seed004.docx],
    ['PDF', () => seed004.pdf],
  ])('%s: the table goes into "Chỉ tiêu" and the source file into "Cài đặt"', async (_kind, path) => {
    const book = file(`so-${_kind}.xlsx`);
    const out = await succeed('init', path(), '--out', book, '--year', '2024');
    expect(out).toContain('30 chỉ tiêu');
    const local = await openBook(book);
    const table = values(local, 'Chỉ tiêu');
    expect(table[0].slice(0, 5)).toEqual(['TT', 'Chỉ tiêu', 'Mục tiêu năm 2024', 'Chủ trì', 'Phối hợp']);
    expect(table.some((r) => r[2] === '99,7%')).toBe(true);
    expect(setting(local, 'Tệp nguồn của bảng')).toBe(basename(path()));
    expect(setting(local, 'Ngày của tệp nguồn')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(String(setting(local, 'Bảng đã chọn trong tệp'))).toBe('1');
  });

  it('a saved web page with several tables: lists them, picks the assignment table, or the one asked for', async () => {
    const page = file(
      'ke-hoach.html',
      '<html><body><h1>KẾ HOẠCH</h1>' +
        '<table><tr><td>UBND HUYỆN</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>' +
        tableHtml(seed000.grid, 'Phụ lục I: Bảng phân công').replace(/^.*<body>|<\/body>.*$/gs, '') +
        tableHtml(seed004.grid, 'Phụ lục II: Chỉ tiêu năm 2024').replace(/^.*<body>|<\/body>.*$/gs, '') +
        '</body></html>',
    );
    const listed = await succeed('tables', page);
    expect(listed.split('\n')).toEqual([
      M.tablesHeading(page, 3),
      M.tableLine(1, 'KẾ HOẠCH', 1, 0),
      M.tableLine(2, 'Phụ lục I: Bảng phân công', seed000.grid.length, 34),
      M.tableLine(3, 'Phụ lục II: Chỉ tiêu năm 2024', seed004.grid.length, 30),
      M.tablesBest(2),
    ]);
    const best = JSON.parse(await succeed('parse', page));
    expect(best.chosen).toEqual([2]);
    expect(best.indicators).toHaveLength(34);
    const asked = JSON.parse(await succeed('parse', page, '--table', '3'));
    expect(asked.chosen).toEqual([3]);
    expect(asked.indicators).toHaveLength(30);
    const both = JSON.parse(await succeed('parse', page, '--table', '2,3'));
    expect(both.indicators).toHaveLength(34 + 30);
    const bad = await cli('parse', page, '--table', '4');
    expect(bad).toMatchObject({ code: 1, err: M.tableSelectionBad('4', 3) });
  });
});

describe('a revised plan', () => {
  it('is compared with the workbook first, then replaces the table keeping ids and figures', async () => {
    const book = file('so-sua-doi.xlsx');
    await succeed('init', seed004.docx, '--out', book, '--year', '2024');
    await succeed('generate', book);
    const results = file(
      'ket-qua.csv',
      'cơ quan,mã,kỳ,giá trị\nPhòng Văn hoá và Thông tin,I.2,Quý I,98%\nPhòng Văn hoá và Thông tin,II.2,Quý I,100%\n',
    );
    await succeed('import-results', book, results);

    const before = fileState(book);
    const preview = await succeed('import-table', book, material.revised004Docx);
    expect(fileState(book)).toEqual(before);
    const lines = preview.split('\n');
    expect(lines).toContain(M.diffAdded(1));
    expect(lines).toContain(M.diffRemoved(1));
    expect(lines).toContain(M.diffReworded(1));
    expect(lines).toContain(M.diffReassigned(1));
    expect(lines).toContain(M.diffUnchanged(27));
    expect(preview).toContain('Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết');
    expect(preview).toContain('Cung cấp dữ liệu mở');
    expect(lines[lines.length - 1]).toBe(M.importConfirm(book));

    await succeed('import-table', book, material.revised004Docx, '--yes');
    await succeed('generate', book);
    const local = await openBook(book);
    expect(setting(local, 'Tệp nguồn của bảng')).toBe(basename(material.revised004Docx));
    const table = values(local, 'Chỉ tiêu');
    const idCol = table[0].indexOf('Mã định danh');
    const reworded = table.find((r) => String(r[1]).startsWith('Tỷ lệ thôn, ấp được phủ sóng'))!;
    expect(reworded[idCol]).toBe('I.2');
    // The figure entered for I.2 before the revision is still on the agency's tab; II.2's went to the archive.
    const tabs = local.platform.SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => readTab(sheet.getDataRange().getValues()))
      .filter((tab) => tab !== null);
    const lineOf = (id: string) => tabs.flatMap((tab) => [...tab!.lines].filter(([key]) => key.split('/')[0] === id));
    expect(lineOf('I.2').map(([, line]) => line.periods)).toEqual([{ 'Quý I': 0.98 }]);
    expect(lineOf('II.2')).toEqual([]);
    // The new indicator is on its lead's tab (and in the cooperation section of the other's).
    expect(lineOf('VI.27').length).toBeGreaterThanOrEqual(1);
    expect(values(local, 'Lưu trữ').flat().map(String)).toContain('II.2');
  });
});

describe('files that give no table', () => {
  const cases: Array<[string, () => string, (name: string) => string]> = [
    ['an old binary .doc', () => material.doc, M.docLegacy],
    ['a scanned PDF without text', () => material.scannedPdf, M.pdfScanned],
    ['an encrypted PDF', () => material.encryptedPdf, M.pdfEncrypted],
    ['a Word file without a table', () => material.noTableDocx, M.noTable],
  ];

  it.each(cases)('%s: a Vietnamese message, no workbook created', async (_what, path, message) => {
    const book = file(`khong-tao-${basename(path())}.xlsx`);
    const run = await cli('init', path(), '--out', book);
    expect(run).toEqual({ code: 1, out: '', err: message(basename(path())) });
    expect(existsSync(book)).toBe(false);
    expect(await cli('parse', path())).toMatchObject({ code: 1, err: message(basename(path())) });
  });

  const kept = file('giu-nguyen.xlsx');
  beforeAll(() => succeed('init', seed004.docx, '--out', kept));

  it.each(cases)('%s: import-table leaves the workbook as it was', async (_what, path, message) => {
    const book = kept;
    const before = fileState(book);
    const run = await cli('import-table', book, path(), '--yes');
    expect(run).toMatchObject({ code: 1, err: message(basename(path())) });
    expect(fileState(book)).toEqual(before);
  });

  it('a .doc renamed .docx is still recognised by its content', async () => {
    const renamed = file('ke-hoach.docx');
    writeFileSync(renamed, readFileSync(material.doc));
    expect(await cli('parse', renamed)).toMatchObject({ code: 1, err: M.docLegacy('ke-hoach.docx') });
  });
});
