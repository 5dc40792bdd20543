/**
 * What the file system refuses is said in Vietnamese, and the files stay as they were: a folder
 * given as a workbook or as --out, a path under a file, a missing folder, an existing file, no
 * permission and a full disk (the last two simulated: tests run as root, and no disk here fills).
 */
import { promises as fsp, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { M } from '../../src/core/messages';
import { cli, fileState, SEED_004, seedBook, tempDir } from './run';

const { dir, file } = tempDir();

function errno(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
}

describe('file-system errors', () => {
  let book: string;
  beforeAll(async () => {
    book = file('so.xlsx');
    await seedBook(book);
  });
  afterEach(() => jest.restoreAllMocks());

  it('a folder given as the workbook', async () => {
    const folder = join(dir, 'thu-muc.xlsx');
    mkdirSync(folder);
    expect(await cli('generate', folder)).toEqual({ code: 1, out: '', err: M.fileSystemError('EISDIR', folder) });
  });

  it('a folder, a non-.xlsx name, or an existing file given as --out', async () => {
    expect((await cli('init', SEED_004, '--out', dir)).err).toBe(M.outIsDirectory(dir));
    const plain = join(dir, 'so-moi');
    expect((await cli('init', SEED_004, '--out', plain)).err).toBe(M.outNotXlsx(plain));
    expect((await cli('init', SEED_004, '--out', book)).err).toBe(M.outExists(book));
  });

  it('an --out under a file, or with a name too long for the file system', async () => {
    const under = join(book, 'con.xlsx');
    expect(await cli('init', SEED_004, '--out', under)).toEqual({
      code: 1,
      out: '',
      err: M.fileSystemError('ENOTDIR', join(book)),
    });
    const long = join(dir, `${'rất-dài-'.repeat(40)}.xlsx`);
    expect(await cli('init', SEED_004, '--out', long)).toEqual({
      code: 1,
      out: '',
      err: M.fileSystemError('ENAMETOOLONG', long),
    });
  });

  it('a table file that is a folder, or missing', async () => {
    const folder = join(dir, 'bang.tsv');
    mkdirSync(folder);
    expect((await cli('parse', folder)).err).toBe(M.fileSystemError('EISDIR', folder));
    expect((await cli('parse', join(dir, 'khong-co.tsv'))).err).toBe(M.fileNotFound(join(dir, 'khong-co.tsv')));
  });

  it('no permission to read the workbook', async () => {
    const before = fileState(book);
    jest.spyOn(fsp, 'readFile').mockRejectedValueOnce(errno('EACCES', 'open', book));
    expect(await cli('generate', book)).toEqual({ code: 1, out: '', err: M.fileSystemError('EACCES', book) });
    expect(fileState(book)).toEqual(before);
  });

  it('a full disk while saving: the workbook is left as it was, with --debug the system error', async () => {
    const before = fileState(book);
    jest.spyOn(fsp, 'open').mockRejectedValue(errno('ENOSPC', 'open', join(dir, '.so.xlsx.tmp')));
    const run = await cli('generate', book, '--debug');
    expect(run.code).toBe(1);
    expect(run.err.split('\n')[0]).toBe(M.fileSystemError('ENOSPC', book));
    expect(run.err).toContain('ENOSPC: open');
    expect(fileState(book)).toEqual(before);
  });
});

describe('generate on the command line', () => {
  it('does every tab in one run, however long it takes', async () => {
    const book = file('cham.xlsx');
    await cli('init', SEED_004, '--out', book, '--year', '2024');
    // A clock that runs a minute per look: Apps Script's budget would stop after two tabs.
    let now = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => (now += 60_000));
    const run = await cli('generate', book);
    jest.restoreAllMocks();
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Đã tạo 15 trang mới/);
    expect(run.out).not.toContain('Đã xử lý');
  });
});
