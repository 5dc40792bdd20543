/** `close-period`, `reopen-period` and `report` on a workbook file. */
import { M } from '../../src/core/messages';
import type { Report } from '../../src/core/report/report';
import { cli, fileState, openBook, SEED_004, seedBook, succeed, tempDir } from './run';

const { file } = tempDir();
const book = file('so.xlsx');
const results = (name: string, ...rows: string[]) =>
  file(name, ['agency,indicator,period,value,evidence,note', ...rows].join('\n'));

beforeAll(async () => {
  await seedBook(book);
  const first = results(
    'q1.csv',
    'Phòng Văn hoá và Thông tin,I.1,Q1,25%,BC 12/BC-VHTT,',
    'Phòng Văn hoá và Thông tin,I.2,Q1,"99,5",BC 12/BC-VHTT,Thiếu trạm ở 2 thôn',
    'Phòng Y tế,V.20,Q1,86%,,',
  );
  await succeed('import-results', book, first);
});

describe('closing and reopening a period', () => {
  it('closes a period: agencies can no longer enter it, and imports for it are refused', async () => {
    const run = await cli('close-period', book, '--period', 'Q1');
    expect(run).toEqual({ code: 0, err: '', out: `${M.periodClosed('Quý I')}\n${M.workbookSaved(book)}` });
    const local = await openBook(book);
    expect(local.engine.userEdit('P. Y tế', 'G7', '90%', 'yte@huyen.gov.vn').ok).toBe(false);
    const before = fileState(book);
    const refused = await cli(
      'import-results',
      book,
      results('late.csv', 'Phòng Y tế,IV.10,Quý I,16%,,', 'Phòng Y tế,IV.10,Quý II,17%,,'),
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`Dòng 2: ${M.resultsPeriodClosed('Quý I', 'Phòng Y tế')}`);
    expect(refused.err).not.toContain('Dòng 3');
    expect(fileState(book)).toEqual(before);
  });

  it('reopens a period for one agency only', async () => {
    const run = await cli('reopen-period', book, '--period', 'Quý I', '--agency', 'P. Y tế');
    expect(run).toMatchObject({ code: 0, out: `${M.periodReopened('Quý I', 'P. Y tế')}\n${M.workbookSaved(book)}` });
    await succeed('import-results', book, results('yte.csv', 'Phòng Y tế,IV.10,Quý I,16%,,'));
    const other = await cli('import-results', book, results('vhtt.csv', 'P. VH&TT,I.1,Quý I,30%,,'));
    expect(other.err).toContain(M.resultsPeriodClosed('Quý I', 'Phòng Văn hoá và Thông tin'));
  });

  it('reopens a period for everyone', async () => {
    await succeed('reopen-period', book, '--period', 'Quý I');
    await succeed('import-results', book, results('all.csv', 'P. VH&TT,I.1,Quý I,30%,BC 20/BC-VHTT,'));
  });

  it('explains an unknown period or agency and leaves the file as it was', async () => {
    const before = fileState(book);
    const periods = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
    expect(await cli('close-period', book, '--period', 'Quý 7')).toEqual({
      code: 1,
      out: '',
      err: `${M.unknownPeriod('Quý 7', periods)}\n${M.workbookUnchanged(book)}`,
    });
    expect((await cli('reopen-period', book, '--period', 'Q1', '--agency', 'Sở Tài chính')).err).toContain(
      M.unknownAgency('Sở Tài chính'),
    );
    expect((await cli('close-period', book)).err).toMatch(/^Thiếu kỳ cần khóa/);
    expect(fileState(book)).toEqual(before);
  });
});

describe('report', () => {
  it('prints the report as JSON with the fields of the summary, and only reads the workbook', async () => {
    const before = fileState(book);
    const run = await cli('report', book, '--period', 'Q1', '--json');
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(fileState(book)).toEqual(before);
    const report: Report = JSON.parse(run.out);
    expect(report.period).toBe('Quý I');
    expect(report.totals).toMatchObject({ indicators: 30, met: 3, unmet: 1, notReported: 26 });
    const i2 = report.indicators.find((i) => i.id === 'I.2')!;
    expect(i2).toMatchObject({
      code: '2',
      section: 'Hạ tầng số',
      tier: null,
      lead: ['Phòng Văn hoá và Thông tin'],
      targets: [{ op: '>=', value: 99.7, unit: '%' }],
    });
    expect(i2.text).toBe('Tỷ lệ số thôn được phủ sóng băng rộng di động');
    expect(i2.cooperating.length).toBeGreaterThan(0);
    expect(i2.results).toEqual([
      expect.objectContaining({
        agency: 'Phòng Văn hoá và Thông tin',
        value: 99.5,
        status: 'unmet',
        explanation: 'Thiếu trạm ở 2 thôn',
      }),
    ]);
    expect(report.agencies.find((a) => a.sheet === 'P. VH&TT')).toMatchObject({
      name: 'Phòng Văn hoá và Thông tin',
      assigned: 7,
      reported: 2,
      met: 1,
    });
    expect(report.agencies.find((a) => a.sheet === 'P. Y tế')).toMatchObject({ assigned: 3, reported: 2, met: 2 });
  });

  it('writes the summary sheet of the period into the workbook when told to, and says so', async () => {
    const sheetOf = async () =>
      (await openBook(book)).platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tổng hợp Quý I 2024');
    expect(await sheetOf()).toBeNull();
    const run = await cli('report', book, '--period', 'Q1', '--json', '--write-summary');
    expect(run.err).toBe(`${M.summaryWritten('Tổng hợp Quý I 2024')}\n${M.workbookSaved(book)}`);
    expect(JSON.parse(run.out).period).toBe('Quý I');
    const local = await openBook(book);
    const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tổng hợp Quý I 2024');
    expect(sheet).not.toBeNull();
    expect(sheet!.getDataRange().getValues().flat()).toContain('Phòng Văn hoá và Thông tin');
  });

  it('prints a short summary without --json', async () => {
    const run = await cli('report', book, '--period', 'Quý I');
    const lines = run.out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      M.reportHeading('Quý I', 2024),
      M.reportTotals({ indicators: 30, met: 3, exceeded: 1, unmet: 1, notReported: 26 }),
      M.reportAgencies(0, 15),
    ]);
    expect(lines).toContain(M.reportAgency('P. VH&TT', 2, 7, 1, 1));
    expect(lines.slice(-1)).toEqual([M.reportReadOnly(book)]);
    const written = (await cli('report', book, '--period', 'Quý I', '--write-summary')).out.split('\n');
    expect(written.slice(-2)).toEqual([M.summaryWritten('Tổng hợp Quý I 2024'), M.workbookSaved(book)]);
    expect((await cli('report', book, '--period', 'Quý III')).out.split('\n')[1]).toBe(M.reportEmpty('Quý III'));
  });

  it('needs a known period and agency tabs, and otherwise leaves the file as it was', async () => {
    const before = fileState(book);
    expect((await cli('report', book)).err).toMatch(/^Thiếu kỳ báo cáo/);
    expect((await cli('report', book, '--period', 'Quý 9')).err).toContain(
      M.unknownPeriod('Quý 9', ['Quý I', 'Quý II', 'Quý III', 'Quý IV']),
    );
    expect(fileState(book)).toEqual(before);
    const fresh = file('fresh.xlsx');
    await cli('init', SEED_004, '--out', fresh);
    expect((await cli('report', fresh, '--period', 'Q1')).err).toBe(`${M.reportNoTabs}\n${M.workbookUnchanged(fresh)}`);
  });
});
