/**
 * The command line on text files: a table copied from a PDF (seed 000 as extracted) becomes a
 * tracking workbook with `init` and `generate`, like any table; `draft-table` proposes the
 * tables of a plan written in prose (seed 003).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftTable } from '../../src/core/draft/draft';
import { toTsv } from '../../src/core/draft/tsv';
import { M } from '../../src/core/messages';
import { cli, fileState, openBook, succeed, tempDir } from './run';

const root = join(__dirname, '../..');
const SEED_000 = join(root, 'seeds/text/000_fa53efd050dc5634.txt');
const SEED_003 = join(root, 'seeds/text/003_45a6d03a464dc3c0.txt');
const { file } = tempDir();

describe('init and generate from a table copied out of a PDF', () => {
  const book = file('so-000.xlsx');

  it('makes the workbook with the paste as it is, one line per row, and says how many indicators it read', async () => {
    const out = await succeed('init', SEED_000, '--out', book, '--year', '2025');
    expect(out).toContain('34 chỉ tiêu');
    const local = await openBook(book);
    const table = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
    const lines = readFileSync(SEED_000, 'utf8').replace(/\n$/, '').split('\n');
    const values = table.getDataRange().getDisplayValues();
    expect(values.map((r) => r[0])).toEqual(lines.map((l) => l));
  });

  it('generates one tab per monitoring agency and writes the ids beside the paste', async () => {
    const out = await succeed('generate', book);
    expect(out).toMatch(/Đã tạo \d+ trang mới/);
    const local = await openBook(book);
    const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
    const names = ss.getSheets().map((s) => s.getName());
    expect(names).toEqual(expect.arrayContaining(['P. VH-KH&TT']));
    const values = ss.getSheetByName('Chỉ tiêu')!.getDataRange().getDisplayValues();
    expect(values[6][1]).toBe('Mã định danh');
    // Row 19 of the paste is "1.1", row 105 is "2.6": their ids sit beside them.
    expect(values[18]).toEqual(['1.1', '1.1']);
    expect(values[104][0].startsWith('2.6 ')).toBe(true);
    expect(values[104][1]).toBe('2.6');
  });

  it('generates again without changing anything', async () => {
    const before = (await openBook(book)).platform.SpreadsheetApp.getActiveSpreadsheet().getSheets().length;
    const out = await succeed('generate', book);
    expect(out).not.toMatch(/Đã tạo [1-9]/);
    const after = (await openBook(book)).platform.SpreadsheetApp.getActiveSpreadsheet().getSheets().length;
    expect(after).toBe(before);
  });
});

describe('draft-table', () => {
  it('prints the two draft tables of seed 003 as TSV and the notes on standard error', async () => {
    const run = await cli('draft-table', SEED_003);
    expect(run.code).toBe(0);
    const draft = draftTable(readFileSync(SEED_003, 'utf8'));
    expect(run.out).toBe(`${toTsv(draft.targets)}\n${toTsv(draft.tasks)}`.trimEnd());
    expect(run.err.split('\n')[0]).toBe(draft.notes[0]);
  });

  it('writes the tables to the files asked for', async () => {
    const targets = file('muc-tieu.tsv');
    const tasks = file('phan-cong.tsv');
    const run = await cli('draft-table', SEED_003, '--targets', targets, '--tasks', tasks);
    expect(run.code).toBe(0);
    expect(readFileSync(targets, 'utf8').split('\n')[0]).toBe('TT\tChỉ tiêu');
    expect(readFileSync(tasks, 'utf8').split('\n')).toHaveLength(10);
    expect(run.err).toContain(M.draftFileWritten(tasks));
  });

  it('refuses a text that is no plan, and writes nothing', async () => {
    const text = file('thu.txt', 'Kính gửi các sở, ban, ngành.\nĐề nghị báo cáo trước ngày 20.\n');
    const out = file('ra.tsv', 'giữ nguyên\n');
    const before = fileState(out);
    const run = await cli('draft-table', text, '--targets', out);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Không tìm thấy phần "Mục tiêu"');
    expect(fileState(out)).toEqual(before);
  });

  it('says what is missing', async () => {
    expect((await cli('draft-table')).err).toBe(M.cliMissingArgument(M.cliArgument.planText));
    expect((await cli('draft-table', file('khong-co.txt'))).err).toBe(M.fileNotFound(file('khong-co.txt')));
  });
});
