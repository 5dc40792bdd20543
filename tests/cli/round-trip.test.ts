/**
 * The whole offline cycle on one file: init → generate → import-results → the table edited in
 * Excel (a wording changed, a row inserted) → generate → report. Every imported value is kept.
 */
import ExcelJS from 'exceljs';
import type { Report } from '../../src/core/report/report';
import { cli, openBook, seedBook, succeed, tempDir } from './run';

const { file } = tempDir();
const book = file('so.xlsx');

interface Imported {
  /** As the letter names it: full name, spelling variant or tab name. */
  agency: string;
  sheet: string;
  key: string;
  period: string;
  typed: string;
  evidence: string;
  note: string;
  /** What the report gives back, in the target's unit. */
  value: number;
}

const row = (
  agency: string,
  sheet: string,
  key: string,
  period: string,
  typed: string,
  value: number,
  evidence = '',
  note = '',
): Imported => ({
  agency,
  sheet,
  key,
  period,
  typed,
  evidence,
  note,
  value,
});

const IMPORTED: Imported[] = [
  row('Phòng Văn hoá và Thông tin', 'P. VH&TT', 'I.1', 'Quý I', '25%', 25, 'BC 12/BC-VHTT'),
  row('Phòng Văn hóa và Thông tin', 'P. VH&TT', 'I.1', 'Quý II', '31,5', 31.5),
  row('Phòng Văn hoá và Thông tin', 'P. VH&TT', 'I.2', 'Quý I', '99,8%', 99.8),
  row('P. VH&TT', 'P. VH&TT', 'V.14', 'Quý I', '78%', 78, '', 'Thuê bao mới chưa cập nhật'),
  row('P. VH&TT', 'P. VH&TT', 'V.17', 'Quý II', '6.5%', 6.5, 'https://vanban.huyen.gov.vn/17'),
  row('Phòng Y tế', 'P. Y tế', 'IV.10', 'Quý I', '12%', 12, '', 'Bệnh viện chưa có POS'),
  row('Phòng Y Tế', 'P. Y tế', 'V.20', 'Quý II', '88', 88, 'BC 30/BC-YT'),
  row('Phòng Tài chính- Kế hoạch', 'P. TC-KH', 'IV.12', 'Quý I', '2,4', 2.4),
  row('Công an huyện', 'CA huyện', 'V.16', 'Quý I', '83%', 83, 'BC 7/BC-CAH'),
  row('Phòng Giáo dục và Đào tạo', 'P. GD&ĐT', 'V.22', 'Quý II', '64%', 64),
  row('UBND huyện', 'UBND huyện', 'V.22', 'Quý II', '58%', 58, '', 'Còn 3 trường chưa triển khai'),
];

const csvCell = (text: string) => (/[,"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

async function editTableInExcel(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Chỉ tiêu')!;
  let idCol = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cell.value === 'Mã định danh') idCol = col;
  });
  const rowOf = (id: string) => {
    let found = 0;
    sheet.eachRow((row, r) => {
      if (row.getCell(idCol).value === id) found = r;
    });
    return found;
  };
  sheet.getCell(rowOf('I.1'), 2).value = 'Tỷ lệ thôn, làng biên giới được đo kiểm tốc độ mạng di động';
  sheet.insertRow(rowOf('I.2') + 1, [
    '3',
    'Tỷ lệ trạm phát sóng dùng chung hạ tầng',
    '≥ 40%',
    'Phòng Văn hoá và Thông tin',
    '',
    '',
  ]);
  await workbook.xlsx.writeFile(path);
}

describe('the offline cycle keeps every imported value', () => {
  const reports: Record<string, Report> = {};
  let regenerated = '';

  beforeAll(async () => {
    await seedBook(book);
    const csv = [
      'agency,indicator,period,value,evidence,note',
      ...IMPORTED.map((r) => [r.agency, r.key, r.period, r.typed, r.evidence, r.note].map(csvCell).join(',')),
    ];
    await succeed('import-results', book, file('results.csv', csv.join('\n')));
    await editTableInExcel(book);
    const run = await cli('generate', book);
    expect(run.code).toBe(0);
    regenerated = run.out;
    for (const period of ['Quý I', 'Quý II'])
      reports[period] = JSON.parse((await cli('report', book, '--period', period, '--json')).out);
  });

  it('regenerates the tabs the edit touched', () => {
    expect(regenerated).toMatch(/^Đã tạo 0 trang mới, cập nhật \d+ trang/);
    expect(regenerated).not.toMatch(/cập nhật 0 trang/);
  });

  it.each(IMPORTED.map((r) => [r.key, r.period, r.sheet, r] as const))(
    '%s %s (%s) is still there',
    (key, period, sheet, imported) => {
      const result = reports[period].indicators
        .flatMap((i) => i.results)
        .find((r) => r.lineKey === key && r.sheet === sheet);
      expect(result).toBeDefined();
      expect(result!.value).toBeCloseTo(imported.value, 9);
      if (imported.evidence) expect(result!.evidence).toBe(imported.evidence);
      if (imported.note) expect(result!.explanation).toBe(imported.note);
    },
  );

  it('shows the new wording and the inserted indicator on the tab', async () => {
    const local = await openBook(book);
    const grid = local.platform.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('P. VH&TT')!
      .getDataRange()
      .getValues();
    expect(
      grid.some((r) => r[3] === 'Tỷ lệ thôn, làng biên giới được đo kiểm tốc độ mạng di động' && r[0] === 'I.1'),
    ).toBe(true);
    expect(grid.some((r) => r[3] === 'Tỷ lệ trạm phát sóng dùng chung hạ tầng')).toBe(true);
    expect(reports['Quý I'].totals.indicators).toBe(31);
  });
});
