/**
 * Tables of other provinces through the menu on the in-memory SpreadsheetApp: a table with a
 * column per year tracks the workbook's year (Cài đặt → Năm); a task table gives each lead a
 * "Hoàn thành" line with its deadline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as main from '../../src/appsscript/main';
import { parseDelimited } from '../../src/core/table/delimited';
import { newBook, paste, valuesOf } from '../support/book';

const corpus = (name: string) => parseDelimited(readFileSync(join(__dirname, '../../corpus', name), 'utf8'), '\t');

/** Every cell a tab shows, as text. */
function tabOf(local: ReturnType<typeof newBook>, agency: string): string[] {
  const row = valuesOf(local, 'Cơ quan').find((r) => r[1] === agency);
  expect(row).toBeDefined();
  return valuesOf(local, String(row![0]))
    .flat()
    .map((v) => String(v ?? ''));
}

// Each book installs its own Apps Script globals: books are made in beforeAll, not while collecting.
describe('a table with a column per year', () => {
  let local: ReturnType<typeof newBook>;
  beforeAll(() => {
    local = newBook();
    main.onOpen();
    main.menuSetup();
    paste(local, 'Chỉ tiêu', [
      ['TT', 'Chỉ tiêu', 'ĐVT', 'ƯTH Năm 2025', 'Năm 2026', 'Năm 2027', 'Chủ trì'],
      ['1', 'Diện tích cà phê', 'Ha', '26.120', '27.000', '27.500', 'Sở Nông nghiệp và Môi trường'],
    ]);
  });
  const setYear = (year: number) => {
    const row = valuesOf(local, 'Cài đặt').findIndex((r) => r[0] === 'Năm') + 1;
    local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cài đặt')!.getRange(row, 2).setValue(year);
  };

  it.each([
    [2026, '27.000'],
    [2027, '27.500'],
  ])("in %d tracks that year's target (%s)", (year, target) => {
    setYear(year);
    main.menuGenerate();
    const shown = tabOf(local, 'Sở Nông nghiệp và Môi trường');
    expect(shown).toContain(target);
    expect(shown).not.toContain(target === '27.000' ? '27.500' : '27.000');
  });
});

describe('a task table', () => {
  let local: ReturnType<typeof newBook>;
  beforeAll(() => {
    local = newBook();
    main.onOpen();
    main.menuSetup();
    paste(local, 'Chỉ tiêu', corpus('07-hanoi-kh310-5g-iot-khu-cong-nghiep.tsv'));
    main.menuGenerate();
  });

  it('gives the lead one "Hoàn thành" line per task, with its deadline', () => {
    const shown = tabOf(local, 'Ban Quản lý các khu công nghệ cao và khu công nghiệp');
    // Five tasks it leads, and the one it cooperates on (read-only, below).
    expect(shown.filter((v) => v === 'Hoàn thành')).toHaveLength(6);
    expect(shown.some((v) => v.endsWith('(thời hạn: Quý III Năm 2026)'))).toBe(true);
    expect(shown.some((v) => v.endsWith('(thời hạn: Thường xuyên)'))).toBe(true);
  });
});
