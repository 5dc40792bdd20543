/** A collective with members gives each member its own tab; Settings can make the lead report. */
import * as main from '../../src/appsscript/main';
import { readTab } from '../../src/core/layout/read-tab';
import { newBook, paste, seedGrid, valuesOf } from '../support/book';

function agencyRow(local: ReturnType<typeof newBook>, name: string): number {
  return valuesOf(local, 'Cơ quan').findIndex((r) => r[1] === name) + 1;
}

describe('collectives and who reports', () => {
  const local = newBook();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', seedGrid('000-phan-cong-2025.tsv'));
  main.menuGenerate();
  const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();

  it('by default the monitoring agency reports (seed 000)', () => {
    expect(readTab(valuesOf(local, 'P. VH-KH&TT'))!.lines.has('1.1')).toBe(true);
    expect(local.workbook.sheets.some((s) => s.name === 'Các phòng, ban, ngành')).toBe(false);
  });

  it('gives each member of a collective its own tab', () => {
    ss.getSheetByName('Cơ quan')!
      .getRange(agencyRow(local, 'UBND xã, thị trấn'), 5)
      .setValue('UBND xã Lộc Thiện; UBND xã Lộc Hưng');
    main.menuGenerate();
    for (const commune of ['UBND xã Lộc Thiện', 'UBND xã Lộc Hưng']) {
      const row = valuesOf(local, 'Cơ quan').find((r) => r[1] === commune)!;
      expect(row).toBeDefined();
      expect([...readTab(valuesOf(local, String(row[0])))!.lines.keys()]).toEqual(['4.3']);
    }
  });

  it('makes the lead report when Settings say so', () => {
    const settings = ss.getSheetByName('Cài đặt')!;
    const row = valuesOf(local, 'Cài đặt').findIndex((r) => r[0] === 'Cơ quan báo cáo') + 1;
    settings.getRange(row, 2).setValue('Cơ quan chủ trì');
    main.menuGenerate();
    const communeTab = String(valuesOf(local, 'Cơ quan').find((r) => r[1] === 'UBND xã Lộc Thiện')![0]);
    const keys = [...readTab(valuesOf(local, communeTab))!.lines.keys()];
    expect(keys).toEqual(expect.arrayContaining(['1.1', '2.1/1', '4.3']));
    expect(local.workbook.sheets.some((s) => s.name === 'Các phòng, ban, ngành')).toBe(true);
  });
});
