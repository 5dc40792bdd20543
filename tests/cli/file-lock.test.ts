/**
 * One writer per file: a command that saves takes a lock beside the .xlsx; a second one is
 * refused with who holds it, a lock left by a dead process is taken over, and two real
 * processes started together never both say "saved" while one change is lost.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { readTab } from '../../src/core/layout/read-tab';
import { lockPathOf } from '../../src/local/file-lock';
import { cli, fileState, openBook, seedBook, tempDir } from './run';

const root = join(__dirname, '../..');
const TSX = join(root, 'node_modules/.bin/tsx');

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, ['src/cli/main.ts', ...args], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

const figure = async (book: string, tab: string, key: string, period: string) => {
  const local = await openBook(book);
  const grid = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)!.getDataRange().getValues();
  return readTab(grid)!.lines.get(key)?.periods[period];
};

describe('the lock beside the workbook', () => {
  const { file } = tempDir();
  const book = file('so.xlsx');
  const csv = file('kq.csv', 'agency,indicator,period,value\nP. VH&TT,I.1,Q1,25%\n');

  beforeAll(async () => {
    await seedBook(book);
  });

  it('refuses a second command while a live process holds it, and changes nothing', async () => {
    const since = '2026-12-01T08:00:00.000Z';
    const owner = { pid: process.pid, host: hostname(), user: 'khac', since, command: 'generate' };
    writeFileSync(lockPathOf(book), JSON.stringify(owner));
    const before = fileState(book);
    const refused = await cli('import-results', book, csv);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/đang được một lệnh khác cập nhật \(lệnh "generate", người dùng khac/);
    expect(refused.err).toContain(lockPathOf(book));
    expect(fileState(book)).toEqual(before);
  });

  it('takes over a lock left by a process that no longer runs, and removes it when done', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    const owner = { pid: dead, host: hostname(), user: 'khac', since: new Date().toISOString(), command: 'generate' };
    writeFileSync(lockPathOf(book), JSON.stringify(owner));
    const taken = await cli('import-results', book, csv);
    expect([taken.code, taken.err]).toEqual([0, '']);
    expect(existsSync(lockPathOf(book))).toBe(false);
    expect(await figure(book, 'P. VH&TT', 'I.1', 'Quý I')).toBe(0.25);
  });

  it('lets reading commands read while a command holds it', async () => {
    const owner = { pid: process.pid, host: hostname(), user: 'khac', since: new Date().toISOString(), command: 'x' };
    writeFileSync(lockPathOf(book), JSON.stringify(owner));
    const read = await cli('parse', join(root, 'seeds/004-chi-tieu-2024.tsv'));
    expect(read.code).toBe(0);
    spawnSync('rm', ['-f', lockPathOf(book)]);
  });
});

describe('two processes on one file at once', () => {
  const { file } = tempDir();

  it('never both say saved while one change is gone', async () => {
    for (let round = 0; round < 2; round++) {
      const book = file(`so-${round}.xlsx`);
      await seedBook(book);
      const a = file(`a-${round}.csv`, 'agency,indicator,period,value\nP. VH&TT,I.1,Q1,25%\n');
      const b = file(`b-${round}.csv`, 'agency,indicator,period,value\nP. Y tế,V.20,Q1,86%\n');
      const [ra, rb] = await Promise.all([run(['import-results', book, a]), run(['import-results', book, b])]);
      const [fa, fb] = [await figure(book, 'P. VH&TT', 'I.1', 'Quý I'), await figure(book, 'P. Y tế', 'V.20', 'Quý I')];
      // Each run either saved its change (and it is there) or was refused by the lock.
      expect(ra.code === 0 ? fa : ra.err).toEqual(
        ra.code === 0 ? 0.25 : expect.stringMatching(/đang được một lệnh khác/),
      );
      expect(rb.code === 0 ? fb : rb.err).toEqual(
        rb.code === 0 ? 0.86 : expect.stringMatching(/đang được một lệnh khác/),
      );
      expect(ra.code === 0 || rb.code === 0).toBe(true);
    }
  });
});
