/**
 * A tab's identity is checked, not assumed: tabs swapped or renamed by hand keep their agency's
 * figures; a row copied with its id keeps the id only where its words are the id's; reserved
 * names never become tabs; an agency that no longer reports anything leaves nothing stranded.
 */
import * as main from '../../src/appsscript/main';
import { readTab } from '../../src/core/layout/read-tab';
import { M } from '../../src/core/messages';
import { collectResults } from '../../src/sheets/collect';
import { generateTabs } from '../../src/sheets/generate';
import { newBook, paste, SECRETARIAT, tabCell, valuesOf } from '../support/book';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
  ['2', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ'],
  ['3', 'Tỷ lệ người dân có hồ sơ sức khỏe', '70%', 'Phòng Y tế'],
];

function book(table = TABLE) {
  const local = newBook();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', table);
  generateTabs(local.platform);
  return local;
}

const ss = (local: ReturnType<typeof newBook>) => local.platform.SpreadsheetApp.getActiveSpreadsheet();
const type = (local: ReturnType<typeof newBook>, tab: string, key: string, value: string) => {
  const row = readTab(valuesOf(local, tab))!.rows.get(key)!;
  expect(local.engine.userEdit(tab, tabCell(row, 'Quý I'), value, SECRETARIAT)).toEqual({ ok: true });
};

describe('tabs swapped by hand', () => {
  const local = book();
  type(local, 'P. Nội vụ', '1', '85%');
  type(local, 'P. Y tế', '3', '65%');
  ss(local).getSheetByName('P. Nội vụ')!.setName('tạm');
  ss(local).getSheetByName('P. Y tế')!.setName('P. Nội vụ');
  ss(local).getSheetByName('tạm')!.setName('P. Y tế');
  const result = generateTabs(local.platform);

  it('keeps each agency on its own tab and says so', () => {
    expect(result.problems).toEqual([]);
    expect(result.notices).toEqual(
      expect.arrayContaining([M.tabRenamedByHand('P. Nội vụ', 'P. Y tế'), M.tabRenamedByHand('P. Y tế', 'P. Nội vụ')]),
    );
    expect(readTab(valuesOf(local, 'P. Y tế'))!.agencyKey).toBe('phòng nội vụ');
    expect(readTab(valuesOf(local, 'P. Y tế'))!.lines.get('1')!.periods).toEqual({ 'Quý I': 0.85 });
  });

  it('reports each figure under its own agency', () => {
    const units = collectResults(local.platform).units;
    const figure = (name: string, key: string) =>
      units.find((u) => u.unit.name === name)!.lines.find((l) => l.line.key === key)!.values?.periods['Quý I'];
    expect(figure('Phòng Nội vụ', '1')).toBe(0.85);
    expect(figure('Phòng Y tế', '3')).toBe(0.65);
  });
});

describe('a row copied with its id and pasted above the original', () => {
  it('leaves the figures with the original; the copy gets a new id, and the warning names both rows', () => {
    const local = book();
    type(local, 'P. Nội vụ', '1', '85%');
    const grid = ss(local).getSheetByName('Chỉ tiêu')!.getDataRange().getDisplayValues();
    const original = grid.findIndex((r) => r[1] === 'Tỷ lệ hồ sơ trực tuyến');
    const copy = [...grid[original]];
    copy[1] = 'Tỷ lệ hồ sơ trực tuyến toàn trình';
    grid.splice(original, 0, copy);
    paste(local, 'Chỉ tiêu', grid);
    const result = generateTabs(local.platform);
    const read = readTab(valuesOf(local, 'P. Nội vụ'))!;
    const idOf = (text: string) => [...read.lines].find(([, v]) => v.text === text)![0];
    expect(idOf('Tỷ lệ hồ sơ trực tuyến')).toBe('1');
    expect(read.lines.get('1')!.periods).toEqual({ 'Quý I': 0.85 });
    const copyId = idOf('Tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(copyId).not.toBe('1');
    expect(read.lines.get(copyId)!.periods).toEqual({});
    expect(result.warnings).toContain(M.idDuplicate(original + 1, '1', original + 2));
  });
});

describe('reserved names', () => {
  it('refuses a tab name the add-on keeps for itself, and never gives one to an agency', () => {
    const local = book([...TABLE, ['4', 'Tỷ lệ hồ sơ lưu trữ điện tử', '60%', 'Lưu trữ']]);
    expect(local.workbook.sheets.filter((s) => s.name === 'Lưu trữ')).toHaveLength(0);
    expect(readTab(valuesOf(local, 'Lưu trữ (2)'))!.agencyKey).toBe('lưu trữ');
    const rows = valuesOf(local, 'Cơ quan');
    const row = rows.findIndex((r) => r[1] === 'Phòng Y tế') + 1;
    ss(local).getSheetByName('Cơ quan')!.getRange(row, 1).setValue('Tổng hợp Quý I 2026');
    const result = generateTabs(local.platform);
    expect(result.problems).toContain(M.agencySheetNameReserved(row, 'Tổng hợp Quý I 2026'));
  });
});

describe('an agency whose last line leaves the table', () => {
  const local = book();
  type(local, 'P. Y tế', '3', '65%');
  paste(local, 'Chỉ tiêu', [...TABLE.slice(0, 3), ['3', 'Tỷ lệ người dân có hồ sơ sức khỏe', '70%', 'Phòng Nội vụ']]);
  const first = generateTabs(local.platform);

  it('keeps its tab, archives its values, locks it and marks it no longer in use', () => {
    expect(local.workbook.sheets.some((s) => s.name === 'P. Y tế')).toBe(true);
    const archived = valuesOf(local, 'Lưu trữ').slice(1);
    expect(archived.map((r) => [r[2], r[3], r[5], r[6], r[9]])).toContainEqual([
      'P. Y tế',
      '3',
      'Quý I',
      0.65,
      M.archiveUnitRetired,
    ]);
    expect(String(local.engine.valueAt('P. Y tế', 'A4'))).toBe(M.tabRetired('P. Y tế'));
    expect(first.notices).toContain(M.tabWithoutIndicators('P. Y tế'));
    const row = readTab(valuesOf(local, 'P. Y tế'))!.rows.get('3')!;
    expect(local.engine.userEdit('P. Y tế', tabCell(row, 'Quý II'), '70%', 'yte@huyen.gov.vn').ok).toBe(false);
  });

  it('does it once: another run archives nothing more', () => {
    const before = valuesOf(local, 'Lưu trữ').length;
    const again = generateTabs(local.platform);
    expect(valuesOf(local, 'Lưu trữ')).toHaveLength(before);
    expect(again.notices).not.toContain(M.tabWithoutIndicators('P. Y tế'));
  });
});
