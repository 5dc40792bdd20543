/**
 * The Chỉ tiêu sheet laid out for reading: after init with a pasted table (seed 004, whose text
 * carries "<b>" markup as pasted) and after generation writes the ids, the text is exactly what was
 * pasted, every used cell wraps at the top in Arial, the header is bold and frozen, the columns fit
 * one page, and no row keeps a fixed height. A paste made in Sheets (no init) is laid out by the
 * first generation; a second generation with nothing changed writes nothing to the sheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONE_PAGE_WIDTH } from '../../src/core/layout/print';
import { createPlatform } from '../../src/local/engine';
import { generateTabs } from '../../src/sheets/generate';
import { setupWorkbook } from '../../src/sheets/setup';

const SEED = readFileSync(join(__dirname, '../../seeds/004-chi-tieu-2024.tsv'), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l !== '')
  .map((l) => l.split('\t'));

function expectLaidOut(local: ReturnType<typeof createPlatform>) {
  const data = local.workbook.sheets.find((s) => s.name === 'Chỉ tiêu')!;
  const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
  const values = sheet.getRange(1, 1, SEED.length, SEED[0].length).getValues();
  expect(values).toEqual(SEED.map((r) => SEED[0].map((_, c) => r[c] ?? '')));
  expect(values.flat().some((v) => String(v).includes('<b>'))).toBe(true);
  expect(data.frozenRows).toBe(1);
  expect(data.rowHeights.size).toBe(0);
  const cell = (r: number, c: number) => data.rows.get(r)?.get(c);
  expect(cell(1, 2)?.bold).toBe(true);
  expect(cell(3, 2)?.bold).toBeUndefined();
  for (const r of [1, 3, SEED.length]) {
    expect(cell(r, 2)?.wrap).toBe(true);
    expect(cell(r, 2)?.verticalAlignment).toBe('top');
  }
  const used = Math.max(
    ...[...data.rows.values()].flatMap((cols) => [...cols].filter(([, x]) => x.value).map(([c]) => c)),
  );
  const widths = Array.from({ length: used }, (_, c) => data.columnWidths.get(c + 1) ?? 100);
  expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ONE_PAGE_WIDTH);
  // The indicator text is the widest column.
  expect(Math.max(...widths)).toBe(widths[1]);
}

describe('the Chỉ tiêu sheet', () => {
  it('is laid out for reading by init and by generation, its text unchanged', () => {
    const local = createPlatform(undefined, { owner: 'vp@huyen.gov.vn' });
    setupWorkbook(local.platform, { year: 2024, table: SEED });
    expectLaidOut(local);
    expect(generateTabs(local.platform).ok).toBe(true);
    expectLaidOut(local);
  });

  it('is laid out by the first generation after a paste in Sheets, and not written by an unchanged one', () => {
    const local = createPlatform(undefined, { owner: 'vp@huyen.gov.vn' });
    setupWorkbook(local.platform, { year: 2024 });
    const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
    sheet.setRowHeight(3, 21);
    sheet.getRange(1, 1, SEED.length, SEED[0].length).setValues(SEED.map((r) => SEED[0].map((_, c) => r[c] ?? '')));
    expect(generateTabs(local.platform).ok).toBe(true);
    expectLaidOut(local);
    local.calls.reset();
    expect(generateTabs(local.platform).unchanged.length).toBeGreaterThan(0);
    const writes = Object.entries(local.calls.byMethod()).filter(([k]) => /autoResize|setColumnWidths|setWrap/.test(k));
    expect(writes).toEqual([]);
  });
});
