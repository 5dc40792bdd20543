/** Unreadable input yields Vietnamese messages naming the row, and the rest is still read. */
import { readAssignmentTable } from '../../../src/core/table/read';

describe('reading bad tables', () => {
  it('an empty paste', () => {
    const read = readAssignmentTable([
      ['', ''],
      ['  ', ''],
    ]);
    expect(read.indicators).toEqual([]);
    expect(read.warnings.map((w) => w.code)).toEqual(['table-empty']);
    expect(read.warnings[0].message).toMatch(/Bảng phân công đang trống.*dán/);
  });

  it('a table with no recognisable header', () => {
    const read = readAssignmentTable([
      ['a', 'b'],
      ['1', 'Tỷ lệ 80%'],
    ]);
    expect(read.warnings.map((w) => w.code)).toEqual(['table-no-header']);
    expect(read.warnings[0].message).toMatch(/Không tìm thấy dòng tiêu đề.*"Chỉ tiêu"/);
  });

  const table = [
    ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
    ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
    ['2', 'Tỷ lệ văn bản điện tử', '', 'Phòng Nội vụ'],
    ['3', 'Tỷ lệ người dân hài lòng', 'phấn đấu nhiều nhất có thể', 'Phòng Nội vụ'],
    ['4', '', '', 'Phòng Y tế'],
    ['5', 'Tỷ lệ doanh nghiệp dùng hóa đơn điện tử', '100%', ''],
    ['6', 'Tỷ lệ hộ gia đình có cáp quang', '> 60%', 'Phòng Văn hóa và Thông tin'],
  ];
  const read = readAssignmentTable(table);
  const byRow = (row: number) => read.warnings.filter((w) => w.row === row);

  it('still reads the good rows', () => {
    expect(read.indicators.map((i) => i.code)).toEqual(['1', '2', '3', '5', '6']);
    expect(read.indicators.find((i) => i.code === '6')!.targets).toEqual([{ op: '>', value: 60, unit: '%' }]);
  });

  it('a row with text but no target', () => {
    expect(byRow(3).map((w) => w.code)).toEqual(['target-missing']);
    expect(byRow(3)[0].message).toMatch(/^Dòng 3: .*chưa có mục tiêu.*cột "Mục tiêu"/);
  });

  it('a target in words the parser does not know', () => {
    expect(byRow(4).map((w) => w.code)).toEqual(['target-unreadable']);
    expect(byRow(4)[0].message).toMatch(/^Dòng 4: Không hiểu mục tiêu "phấn đấu nhiều nhất có thể"/);
  });

  it('a row with figures but no indicator text', () => {
    expect(byRow(5).map((w) => w.code)).toEqual(['row-no-text']);
    expect(byRow(5)[0].message).toMatch(/^Dòng 5: .*không có nội dung chỉ tiêu/);
  });

  it('a row without an agency', () => {
    expect(byRow(6).map((w) => w.code)).toEqual(['row-no-agency']);
    expect(byRow(6)[0].message).toMatch(/^Dòng 6: .*chưa có cơ quan chủ trì/);
  });
});
