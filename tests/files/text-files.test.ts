/**
 * CSV and TSV as offices save them: a semicolon CSV (Excel in a Vietnamese locale) whose quoted
 * cells hold commas, quotes left open, byte-order marks (UTF-8, UTF-16 LE/BE), UTF-16 without a
 * mark, Windows-1258 (written by glibc's iconv, with combining tone marks), and text that is none
 * of these. Each is read whole or refused with a Vietnamese message naming the line or the cause.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readTab } from '../../src/core/layout/read-tab';
import { M } from '../../src/core/messages';
import { cli, fileState, openBook, succeed, tempDir } from '../cli/run';
import { describeWith, ICONV } from '../support/tools';

const SEED = join(__dirname, '../../seeds/004-chi-tieu-2024.tsv');
const TABLE = [
  'STT;Chỉ tiêu;Mục tiêu;Chủ trì;Phối hợp',
  '1;"Tỷ lệ hồ sơ trực tuyến, toàn trình";80%;Phòng Nội vụ;',
  '2;Số mô hình chuyển đổi số;Tối thiểu 03 mô hình;Phòng Nội vụ;"Phòng Y tế, Phòng Tư pháp"',
].join('\r\n');

const { file } = tempDir();
/** What `parse` reads in a file, less the file's name. */
const parsed = async (path: string) => ({ ...JSON.parse(await succeed('parse', path)), file: '' });

describe('a semicolon CSV whose quoted cells hold commas', () => {
  let book: string;
  beforeAll(async () => {
    book = file('so.xlsx');
    await succeed('init', file('bang.csv', `\ufeff${TABLE}\r\n`), '--out', book, '--year', '2025');
    await succeed('generate', book);
  });

  it('is read as semicolons: the table keeps its cells whole', async () => {
    const out = await parsed(file('bang2.csv', TABLE));
    expect(out.indicators.map((i: { text: string }) => i.text)).toEqual([
      'Tỷ lệ hồ sơ trực tuyến, toàn trình',
      'Số mô hình chuyển đổi số',
    ]);
  });

  it('imports results whose evidence and explanation hold commas and quotes', async () => {
    const results = file(
      'ket-qua.csv',
      [
        'Cơ quan;Chỉ tiêu;Kỳ;Kết quả;Minh chứng;Giải trình',
        'Phòng Nội vụ;1;Quý I;85,5%;"Văn bản 12/NV, ngày 3/4/2025";',
        'Phòng Nội vụ;2;Quý I;2;"Báo cáo ""số 7"", phụ lục 1";"Chưa đạt, còn thiếu 1 mô hình"',
      ].join('\r\n'),
    );
    await succeed('import-results', book, results);
    const local = await openBook(book);
    const grid = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('P. Nội vụ')!.getDataRange();
    const lines = readTab(grid.getValues())!.lines;
    expect(lines.get('1')).toMatchObject({
      periods: { 'Quý I': 0.855 },
      evidence: { 'Quý I': 'Văn bản 12/NV, ngày 3/4/2025' },
    });
    expect(lines.get('2')).toMatchObject({
      periods: { 'Quý I': 2 },
      evidence: { 'Quý I': 'Báo cáo "số 7", phụ lục 1' },
      explanation: { 'Quý I': 'Chưa đạt, còn thiếu 1 mô hình' },
    });
  });

  it('refuses a quote left open, naming its line, and leaves the workbook as it was', async () => {
    const before = fileState(book);
    const results = file(
      'mo-ngoac.csv',
      [
        'Cơ quan;Chỉ tiêu;Kỳ;Kết quả;Minh chứng',
        'Phòng Nội vụ;1;Quý II;90%;',
        'Phòng Nội vụ;2;Quý II;3;"Văn bản 9',
      ].join('\n'),
    );
    const run = await cli('import-results', book, results);
    expect(run).toEqual({ code: 1, out: '', err: `${M.inFile(results)} ${M.csvUnclosedQuote(3)}` });
    expect(fileState(book)).toEqual(before);
  });

  it('refuses a quote inside a quoted cell that is not doubled, naming its line', async () => {
    const results = file('ngoac-le.csv', ['Cơ quan;Chỉ tiêu;Kỳ;Kết quả', 'Phòng Nội vụ;1;Quý II;"9"0%'].join('\n'));
    expect((await cli('import-results', book, results)).err).toBe(`${M.inFile(results)} ${M.csvStrayQuote(2)}`);
  });
});

describe('encodings of the same table', () => {
  const text = readFileSync(SEED, 'utf8');
  let expected: unknown;
  beforeAll(async () => {
    expected = await parsed(SEED);
  });

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
    ['UTF-16 LE without a BOM', iconv.encode(text, 'utf-16le')],
    ['decomposed (NFD) UTF-8', Buffer.from(text.normalize('NFD'), 'utf8')],
  ])('%s reads as the UTF-8 file does', async (name, bytes) => {
    const path = file(`${name.replace(/\W+/g, '-')}.tsv`);
    writeFileSync(path, bytes);
    expect(await parsed(path)).toEqual(expected);
  });

  it('a legacy 8-bit text that is not Windows-1258 Vietnamese is refused, saying to save as UTF-8', async () => {
    // "Sè liÖu", "Tû lÖ" as a TCVN3 font encoding stores them: not letters of Vietnamese in Windows-1258.
    const path = file('tcvn3.csv');
    writeFileSync(path, Buffer.from('STT,Ch\xed ti\xd6u\n1,T\xfb l\xd6 h\xe5 s\xa1\n', 'latin1'));
    expect(await cli('parse', path)).toEqual({ code: 1, out: '', err: M.textEncodingUnknown(path) });
  });

  it('a workbook named .csv is refused as not text', async () => {
    const path = file('that-ra-la-xlsx.csv');
    writeFileSync(path, readFileSync(join(__dirname, 'google-sheets.xlsx')));
    expect(await cli('parse', path)).toEqual({ code: 1, out: '', err: M.textBinary(path) });
  });
});

describeWith(['iconv'], 'a Windows-1258 CSV written by glibc iconv', () => {
  // LibreOffice 7.4 is not used here: its Windows-1258 encoder writes "ý" as y + grave (0xCC),
  // turning "chữ ký" into "chữ kỳ". glibc writes y + acute (0xEC), as Windows does.
  it('reads as the UTF-8 table, tones composed', async () => {
    // "≥" has no place in Windows-1258: the table as a person would type it there.
    const source = file('bang-utf8.tsv', readFileSync(SEED, 'utf8').replace(/≥\s*/g, '>='));
    const written = file('bang-1258.tsv');
    writeFileSync(written, execFileSync(ICONV, ['-f', 'UTF-8', '-t', 'WINDOWS-1258', source]));
    const bytes = readFileSync(written);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    // Tones as combining marks: "ký" is k, y, then 0xEC (acute); "ỉ" is i then 0xD2 (hook above).
    expect(bytes.includes(Buffer.from('k\x79\xec', 'latin1'))).toBe(true);
    expect(bytes.includes(Buffer.from([0x69, 0xd2]))).toBe(true);
    expect(await parsed(written)).toEqual(await parsed(source));
  });
});
