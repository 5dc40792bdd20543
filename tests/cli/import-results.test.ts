/**
 * `import-results`: results sent by letter or e-mail go into the agencies' tabs, in sheet units,
 * under the tabs' own validation rules; all or nothing, every bad row listed with its line.
 */
import { readTab } from '../../src/core/layout/read-tab';
import { M } from '../../src/core/messages';
import { createPlatform } from '../../src/local/engine';
import { generateTabs } from '../../src/sheets/generate';
import { importResults } from '../../src/sheets/import-results';
import { setupWorkbook } from '../../src/sheets/setup';
import { tabCell } from '../support/book';
import { cli, fileState, openBook, seedBook, succeed, tempDir } from './run';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì', 'Phối hợp'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ', ''],
  ['2', 'Số mô hình chuyển đổi số', 'Tối thiểu 03 mô hình', 'Phòng Nội vụ', ''],
  ['3', 'Hệ thống quản lý văn bản', 'Có hệ thống', 'Phòng Y tế', ''],
  ['4', 'Tỷ lệ hồ sơ được số hóa', 'Cấp huyện đạt 100%, cấp xã đạt 95%', 'Phòng Y tế', ''],
  ['5', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', '70%', 'Phòng Y tế', 'Phòng Nội vụ'],
];

const { file } = tempDir();

async function smallBook(name: string): Promise<string> {
  const table = file(`${name}.tsv`, TABLE.map((r) => r.join('\t')).join('\n'));
  const book = file(`${name}.xlsx`);
  await succeed('init', table, '--out', book, '--year', '2025');
  await succeed('generate', book);
  return book;
}

/** What a tab holds for a line: its period values, evidence and explanation. */
async function line(book: string, sheet: string, key: string) {
  const local = await openBook(book);
  const grid = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!.getDataRange().getValues();
  return readTab(grid)!.lines.get(key)!;
}

describe('entering results', () => {
  let book: string;
  beforeAll(async () => {
    book = await smallBook('ok');
  });

  it('writes every value in sheet units, with evidence and explanation', async () => {
    const results = file(
      'results.csv',
      [
        'agency,indicator,period,value,evidence,note',
        'Phòng Nội vụ,1,Q1,85%,Văn bản 12/NV,',
        'P. Nội vụ,2,Quý I,3,,',
        'P. Y tế,3,q1,Có,,',
        'Phòng Y tế,4/1,Quý II,"85,5",,Chưa đạt do thiếu máy quét',
        'phòng y tế,4/2,Q1,96,,',
        'Phòng Y Tế,5,quý 1,70.5%,https://vanban.huyen.gov.vn/yt-5,',
      ].join('\n'),
    );
    const run = await cli('import-results', book, results);
    expect(run).toEqual({
      code: 0,
      err: '',
      out: [
        M.resultsDone(6, 2, ['Quý I', 'Quý II']),
        M.resultsDoneTab('P. Nội vụ', 2),
        M.resultsDoneTab('P. Y tế', 4),
        M.workbookSaved(book),
      ].join('\n'),
    });
    expect(await line(book, 'P. Nội vụ', '1')).toMatchObject({
      periods: { 'Quý I': 0.85 },
      evidence: { 'Quý I': 'Văn bản 12/NV' },
    });
    expect((await line(book, 'P. Nội vụ', '2')).periods).toEqual({ 'Quý I': 3 });
    expect((await line(book, 'P. Y tế', '3')).periods).toEqual({ 'Quý I': 'Có' });
    expect(await line(book, 'P. Y tế', '4/1')).toMatchObject({
      periods: { 'Quý II': 0.855 },
      explanation: { 'Quý II': 'Chưa đạt do thiếu máy quét' },
    });
    expect((await line(book, 'P. Y tế', '4/2')).periods).toEqual({ 'Quý I': 0.96 });
    expect(await line(book, 'P. Y tế', '5')).toMatchObject({
      periods: { 'Quý I': 0.705 },
      evidence: { 'Quý I': 'https://vanban.huyen.gov.vn/yt-5' },
    });
  });

  it('shows imported figures in the tab colours, as typed ones would be', async () => {
    const local = await openBook(book);
    expect(local.engine.effectiveStyle('P. Nội vụ', tabCell(6, 'Quý I')).background).toBe('#b7e1cd');
    expect(local.engine.effectiveStyle('P. Y tế', tabCell(7, 'Quý II')).background).toBe('#f4c7c3');
  });

  it('reads Vietnamese headers, ";" CSV and TSV, and keeps the other values of a line', async () => {
    const csv = file(
      'vi.csv',
      'Cơ quan;Mã;Kỳ;Kết quả;Minh chứng;Giải trình\nPhòng Nội vụ;1;Quý II;"90,5%";Văn bản 30/NV;\n',
    );
    await succeed('import-results', book, csv);
    const tsv = file(
      'vi.tsv',
      'cơ quan\tchỉ tiêu\tkỳ\tgiá trị\tminh chứng\tghi chú\nP. Nội vụ\t2\tQ2\t4\t\tĐã nhân rộng\n',
    );
    await succeed('import-results', book, tsv);
    expect(await line(book, 'P. Nội vụ', '1')).toMatchObject({
      periods: { 'Quý I': 0.85, 'Quý II': 0.905 },
      evidence: { 'Quý I': 'Văn bản 12/NV', 'Quý II': 'Văn bản 30/NV' },
    });
    expect(await line(book, 'P. Nội vụ', '2')).toMatchObject({
      periods: { 'Quý I': 3, 'Quý II': 4 },
      explanation: { 'Quý II': 'Đã nhân rộng' },
    });
  });

  it("puts each row's evidence in its period's column", async () => {
    const csv = file(
      'two.csv',
      'agency,indicator,period,value,evidence\nP. Y tế,5,Q3,72%,BC 40/YT\nP. Y tế,5,Q4,75%,BC 52/YT\n',
    );
    await succeed('import-results', book, csv);
    expect((await line(book, 'P. Y tế', '5')).evidence).toEqual({
      'Quý I': 'https://vanban.huyen.gov.vn/yt-5',
      'Quý III': 'BC 40/YT',
      'Quý IV': 'BC 52/YT',
    });
  });
});

describe('refusing results', () => {
  let book: string;
  beforeAll(async () => {
    book = await smallBook('bad');
  });

  it('writes nothing when one row is wrong, and lists every wrong row with its line and why', async () => {
    const results = file(
      'bad.csv',
      [
        'agency,indicator,period,value',
        'Phòng Nội vụ,1,Q1,85%',
        'Phòng Nội vụ,1,Q2,abc',
        'Phòng Y tế,5,Q1,120%',
        'Phòng Nội vụ,2,Q1,"2,5"',
        'Phòng Y tế,3,Q1,Hoàn thiện',
        'Sở Tài chính,1,Q1,80%',
        'Phòng Nội vụ,9,Q1,80%',
        'Phòng Y tế,4,Q1,80%',
        'Phòng Nội vụ,5,Q1,80%',
        'Phòng Nội vụ,1,Quý 5,80%',
        'Phòng Nội vụ,1,Q3,',
        'P. Nội vụ,1,Quý I,86%',
      ].join('\n'),
    );
    const before = fileState(book);
    const run = await cli('import-results', book, results);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.split('\n')).toEqual([
      M.resultsRejected(11),
      `Dòng 3: ${M.valuePercent('abc')}`,
      `Dòng 4: ${M.valuePercentRange('120%')}`,
      `Dòng 5: ${M.valueCount('2,5')}`,
      `Dòng 6: ${M.valueYesNo('Hoàn thiện')}`,
      `Dòng 7: ${M.resultsUnknownAgency('Sở Tài chính', ['P. Nội vụ', 'P. Y tế'])}`,
      `Dòng 8: ${M.resultsUnknownIndicator('9')}`,
      `Dòng 9: ${M.resultsSeveralLines('4', [
        '4/1 (Tỷ lệ hồ sơ được số hóa — cấp huyện)',
        '4/2 (Tỷ lệ hồ sơ được số hóa — cấp xã)',
      ])}`,
      `Dòng 10: ${M.resultsNotReportedBy('Phòng Nội vụ', '5', ['P. Y tế'])}`,
      `Dòng 11: ${M.resultsUnknownPeriod('Quý 5', ['Quý I', 'Quý II', 'Quý III', 'Quý IV'])}`,
      `Dòng 12: ${M.resultsFieldMissing('giá trị')}`,
      `Dòng 13: ${M.resultsRepeated(2)}`,
      M.workbookUnchanged(book),
    ]);
    expect(fileState(book)).toEqual(before);
    expect((await line(book, 'P. Nội vụ', '1')).periods).toEqual({});
  });

  it('names a column it does not know, and the columns it needs', async () => {
    const before = fileState(book);
    const run = await cli(
      'import-results',
      book,
      file('col.csv', 'agency,indicator,period,value,comment\nP. Nội vụ,1,Q1,85%,x\n'),
    );
    expect(run).toEqual({
      code: 1,
      out: '',
      err: [M.resultsUnknownColumn(5, 'comment'), M.resultsColumns(), M.workbookUnchanged(book)].join('\n'),
    });
    const missing = await cli('import-results', book, file('few.csv', 'cơ quan,kỳ,giá trị\nP. Nội vụ,Q1,85%\n'));
    expect(missing.err.split('\n')[0]).toBe(M.resultsMissingColumns(['chỉ tiêu']));
    expect(fileState(book)).toEqual(before);
  });

  it('refuses an empty results file', async () => {
    expect((await cli('import-results', book, file('empty.csv', 'agency,indicator,period,value\n'))).err).toContain(
      M.resultsEmpty(file('empty.csv')),
    );
  });

  it('names the candidates of a printed code used twice (numbering restarts in seed 004)', async () => {
    const seeded = file('seed.xlsx');
    await seedBook(seeded);
    const run = await cli(
      'import-results',
      seeded,
      file(
        'code.csv',
        'agency,indicator,period,value\nPhòng Văn hoá và Thông tin,1,Q1,25%\nPhòng Văn hóa và Thông tin,I.1,Q1,25%\n',
      ),
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('Dòng 2: số thứ tự "1" có ở nhiều chỉ tiêu: I.1 (Tỷ lệ các thôn, làng xã Biên giới');
    expect(run.err).toMatch(/II\.1 \(Cập nhật, chia sẻ dữ liệu.*III\.1 \(Thủ tục hành chính/);
    expect(run.err).not.toContain('Dòng 3');
  });

  it('asks for the tabs to be made first', async () => {
    const table = file('t.tsv', TABLE.map((r) => r.join('\t')).join('\n'));
    const fresh = file('fresh.xlsx');
    await cli('init', table, '--out', fresh);
    const run = await cli(
      'import-results',
      fresh,
      file('one.csv', 'agency,indicator,period,value\nP. Nội vụ,1,Q1,85%\n'),
    );
    expect(run).toEqual({ code: 1, out: '', err: `${M.resultsNoTabs()}\n${M.workbookUnchanged(fresh)}` });
  });
});

describe('tabs out of step with the table', () => {
  const local = createPlatform(undefined, { owner: 'vp@huyen.gov.vn' });
  setupWorkbook(local.platform, { year: 2025, table: TABLE });
  generateTabs(local.platform);
  const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
  const rows = [
    ['agency', 'indicator', 'period', 'value'],
    ['P. Nội vụ', '1', 'Q1', '85%'],
    ['P. Y tế', '6', 'Q1', '50%'],
  ];

  it('asks to regenerate when a tab lacks a line of the table', () => {
    ss.getSheetByName('Chỉ tiêu')!
      .getRange(7, 1, 1, 4)
      .setValues([['6', 'Tỷ lệ trạm y tế có hồ sơ điện tử', '50%', 'Phòng Y tế']]);
    expect(importResults(local.platform, rows)).toEqual({
      ok: false,
      problems: [{ row: 3, message: M.resultsTabOutdated('P. Y tế', '6') }],
    });
  });

  it('names a tab that was deleted', () => {
    ss.deleteSheet(ss.getSheetByName('P. Nội vụ')!);
    const result = importResults(local.platform, rows);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ row: 2, message: M.resultsTabMissing('P. Nội vụ') }, { row: 3 }],
    });
  });
});

describe('writing', () => {
  it('writes each touched tab with ONE setValues, whatever the number of rows', () => {
    const local = createPlatform(undefined, { owner: 'vp@huyen.gov.vn' });
    setupWorkbook(local.platform, { year: 2025, table: TABLE });
    expect(generateTabs(local.platform).ok).toBe(true);
    local.calls.reset();
    const result = importResults(local.platform, [
      ['agency', 'indicator', 'period', 'value', 'evidence'],
      ['P. Nội vụ', '1', 'Q1', '81%', 'a'],
      ['P. Nội vụ', '2', 'Q2', '5', ''],
      ['P. Y tế', '3', 'Q1', 'Chưa có', ''],
      ['P. Y tế', '4/2', 'Q3', '97', 'b'],
      ['P. Y tế', '5', 'Q4', '60', ''],
    ]);
    expect(result).toMatchObject({ ok: true, values: 5 });
    // Two tabs, plus the edit log: its header when first made, then one append for all rows.
    expect(local.calls.byMethod()['Range.setValues']).toBe(4);
  });
});
