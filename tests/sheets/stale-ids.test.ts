/** A new table pasted over an old one, leaving the old id column behind, does not mix values up. */
import * as main from '../../src/appsscript/main';
import { readTab } from '../../src/core/layout/read-tab';
import { newBook, paste, SECRETARIAT, valuesOf } from '../support/book';

it('gives fresh ids to rows whose code and words both changed', () => {
  const local = newBook();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', [
    ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
    ['1', 'Tỷ lệ hồ sơ xử lý trực tuyến', '80%', 'Phòng Nội vụ'],
    ['2', 'Tỷ lệ văn bản điện tử có chữ ký số', '90%', 'Phòng Nội vụ'],
  ]);
  main.menuGenerate();
  expect(local.engine.userEdit('P. Nội vụ', 'G6', '75%', SECRETARIAT).ok).toBe(true);
  // Next table pasted over columns A–D only; the id column E keeps "1", "2".
  paste(local, 'Chỉ tiêu', [
    ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
    ['1.1', 'Số cán bộ được tập huấn kỹ năng số', 'Tối thiểu 05 nhân sự', 'Phòng Nội vụ'],
    ['2', 'Tỷ lệ văn bản điện tử có chữ ký số của các cơ quan', '95%', 'Phòng Nội vụ'],
  ]);
  main.menuGenerate();
  const tab = readTab(valuesOf(local, 'P. Nội vụ'))!;
  expect([...tab.lines.keys()]).toEqual(['1.1', '2']);
  expect(tab.lines.get('1.1')!.periods).toEqual({});
  const archive = valuesOf(local, 'Lưu trữ');
  expect(archive.some((r) => r[3] === '1' && r[6] === 0.75)).toBe(true);
  expect(local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt).toMatch(
    /mã định danh "1" trước đây thuộc chỉ tiêu "Tỷ lệ hồ sơ xử lý trực tuyến"/,
  );
});
