/**
 * Table shapes of other provinces (issue 10) on small tables written for the rule each shows:
 * column names in other wordings, a unit column, yes/no targets, level columns, year columns,
 * sections in every numbering, task tables, pastes without a header.
 */
import { readAssignmentTable } from '../../../src/core/table/read';

const codes = (w: { code: string }[]) => w.map((x) => x.code);

describe('columns by role, in any wording', () => {
  it('finds the lead in "Cơ quan chủ trì theo dõi, đánh giá", the target in "Chỉ tiêu cụ thể"', () => {
    const read = readAssignmentTable([
      ['TT', 'Tên chỉ tiêu', 'ĐVT', 'Chỉ tiêu cụ thể', 'Cơ quan chủ trì theo dõi, đánh giá', 'Đơn vị phối hợp'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến', '%', '100', 'Sở Nội vụ', 'UBND các xã'],
    ]);
    expect(read.indicators[0]).toMatchObject({
      targets: [{ op: '>=', value: 100, unit: '%' }],
      lead: ['Sở Nội vụ'],
      cooperating: ['UBND các xã'],
      unit: '%',
    });
    // The unit column says "%": no warning that "100" lacks it.
    expect(codes(read.warnings)).toEqual([]);
  });

  it('finds the lead in "Đơn vị thực hiện" and the target in "Kết quả"', () => {
    const read = readAssignmentTable([
      ['STT', 'Chỉ tiêu', 'Kết quả', 'Đơn vị thực hiện'],
      ['1', 'Tỷ lệ xã có wifi công cộng', 'đạt 80%', 'UBND các xã'],
    ]);
    expect(read.indicators[0]).toMatchObject({ targets: [{ op: '>=', value: 80, unit: '%' }], lead: ['UBND các xã'] });
  });

  it('says which of two lead columns it took, and why', () => {
    const read = readAssignmentTable([
      ['STT', 'Nội dung chỉ tiêu', 'Mục tiêu', 'Cơ quan chủ trì', 'Đơn vị chủ trì thực hiện'],
      ['1', 'Tỷ lệ A', '80%', 'Sở A', 'Sở B'],
    ]);
    expect(read.indicators[0].lead).toEqual(['Sở A']);
    expect(read.warnings[0]).toMatchObject({ code: 'column-choice', row: 1 });
    expect(read.warnings[0].message).toMatch(/^Dòng 1: cả cột "Cơ quan chủ trì" và cột "Đơn vị chủ trì thực hiện"/);
  });

  it('reads "Đạt", "Hoàn thành", "Đạt chuẩn", "Có" in a target cell as yes/no targets', () => {
    const read = readAssignmentTable([
      ['TT', 'Tiêu chí', 'Mục tiêu', 'Chủ trì'],
      ['1', 'Xã đạt chuẩn nông thôn mới', 'Đạt chuẩn', 'UBND xã'],
      ['2', 'Kế hoạch chuyển đổi số', 'Hoàn thành', 'UBND xã'],
      ['3', 'Trang thông tin điện tử', 'Có', 'UBND xã'],
      ['4', 'Chỉ số cải cách hành chính', 'Đạt', 'UBND xã'],
      ['5', 'Nghị quyết về dữ liệu', 'Nghị quyết được ban hành và triển khai', 'UBND xã'],
    ]);
    for (const i of read.indicators) expect(i.targets).toEqual([{ op: 'exists', value: 1, unit: null }]);
    expect(read.warnings.map((w) => [w.row, w.code])).toEqual([[6, 'target-yes-no']]);
  });

  it('gives one target per level column, labelled by the column', () => {
    const read = readAssignmentTable([
      ['STT', 'Chỉ tiêu', 'Mục tiêu', '', ''],
      ['', '', 'Cấp tỉnh', 'Cấp huyện', 'Cấp xã'],
      ['1', 'Tỷ lệ văn bản ký số', '100%', '95%', '80%'],
    ]);
    expect(read.indicators[0].targets).toEqual([
      { op: '>=', value: 100, unit: '%', label: 'cấp tỉnh' },
      { op: '>=', value: 95, unit: '%', label: 'cấp huyện' },
      { op: '>=', value: 80, unit: '%', label: 'cấp xã' },
    ]);
  });

  it('gives a target per year and tracks the workbook year', () => {
    const grid = [
      ['TT', 'Chỉ tiêu', 'ĐVT', 'ƯTH năm 2025', 'Năm 2026', 'Năm 2027'],
      ['1', '2', '3', '4', '5', '6'],
      ['1', 'Diện tích cà phê', 'Ha', '26.120', '27.000', '27.500'],
    ];
    const read = readAssignmentTable(grid, { year: 2027 });
    const [i] = read.indicators;
    expect(i.targets).toEqual([{ op: '>=', value: 27500, unit: 'ha' }]);
    expect(i.byYear?.map((y) => [y.year, y.estimate === true, y.targets[0].value])).toEqual([
      [2025, true, 26120],
      [2026, false, 27000],
      [2027, false, 27500],
    ]);
    const later = readAssignmentTable(grid, { year: 2030 });
    expect(later.warnings[0]).toMatchObject({ code: 'target-year-missing', row: 1 });
  });
});

describe('sections in every numbering', () => {
  it('reads letters, Roman numerals, nested codes and titled rows, never as indicators', () => {
    const read = readAssignmentTable([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
      ['A', 'NỀN TẢNG', '', ''],
      ['I', 'Thể chế', '', ''],
      ['1.1', 'Rà soát quy định', 'Sở Tư pháp', '2026'],
      ['II', 'Hạ tầng', '', ''],
      ['2.1', 'Thương mại', '', ''],
      ['2.1.1', 'Triển khai sàn thương mại điện tử', 'Sở Công Thương', '2026-2027'],
      ['B', 'LĨNH VỰC', '', ''],
      ['I', 'Nông nghiệp', '', ''],
      ['1.1', 'Triển khai nền tảng nông nghiệp số', 'Sở Nông nghiệp và Môi trường', 'Hằng năm'],
      ['Đ', 'PHẦN KHÁC', '', ''],
      ['1', 'Tuyên truyền', 'Sở Văn hóa, Thể thao và Du lịch', 'Thường xuyên'],
    ]);
    expect(read.indicators.map((i) => [i.code, i.sectionCode, i.section, i.parent])).toEqual([
      ['1.1', 'A.I', 'Thể chế', ''],
      ['2.1.1', 'A.II', 'Hạ tầng', 'Thương mại'],
      ['1.1', 'B.I', 'Nông nghiệp', ''],
      ['1', 'Đ', 'PHẦN KHÁC', ''],
    ]);
    expect(new Set(read.indicators.map((i) => i.id)).size).toBe(4);
    expect(read.indicators.every((i) => i.kind === 'task')).toBe(true);
    expect(read.indicators[2].deadline).toEqual({ text: 'Hằng năm', recurring: 'year' });
  });
});

describe('task tables', () => {
  it('give each task a yes/no target and the levels its result states', () => {
    const read = readAssignmentTable([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm'],
      ['1', 'Ban hành kế hoạch', 'Sở Y tế', 'Sở Tài chính và các đơn vị liên quan', 'Quý II/2026', 'Kế hoạch'],
      ['2', 'Số hóa hồ sơ', 'Sở Nội vụ', '', 'Tháng 6/2026', '100% hồ sơ được số hóa'],
    ]);
    expect(read.indicators[0]).toMatchObject({
      kind: 'task',
      targets: [{ op: 'exists', value: 1, unit: null }],
      cooperating: ['Sở Tài chính', 'các đơn vị liên quan'],
      deadline: { text: 'Quý II/2026', end: '2026-06-30' },
      product: 'Kế hoạch',
    });
    expect(read.indicators[1].targets.map((t) => [t.op, t.value, t.unit])).toEqual([
      ['exists', 1, null],
      ['>=', 100, '%'],
    ]);
  });
});

describe('a paste without a header', () => {
  it('reads a bulleted list of targets as indicators and says that no agency is assigned', () => {
    const read = readAssignmentTable([
      ['Các chỉ tiêu chủ yếu năm 2026:'],
      ['- Tỷ lệ hộ gia đình có Internet cáp quang đạt 90%.'],
      ['- Tỷ lệ dân số có tài khoản định danh điện tử đạt trên 95%.'],
    ]);
    expect(read.indicators.map((i) => [i.text, i.targets[0]?.value])).toEqual([
      ['Tỷ lệ hộ gia đình có Internet cáp quang đạt 90%.', 90],
      ['Tỷ lệ dân số có tài khoản định danh điện tử đạt trên 95%.', 95],
    ]);
    const warning = read.warnings.find((w) => w.code === 'table-no-agency');
    expect(warning?.message).toMatch(/Chưa giao chỉ tiêu cho cơ quan nào.*thêm cột "Cơ quan chủ trì"/);
  });

  it('says so when the table lists results by agency and assigns nothing', () => {
    const read = readAssignmentTable([
      ['STT', 'Cơ quan', 'Tổng số TTHC', 'Tỷ lệ thực hiện (%)', 'Ghi chú'],
      ['1.', 'Bộ Tư pháp', '19', '100', ''],
    ]);
    expect(read.indicators).toEqual([]);
    expect(read.warnings).toEqual([expect.objectContaining({ code: 'table-results-only', row: 1 })]);
  });
});

describe('a cell holding one task per line', () => {
  const header = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp'];
  const around = [
    ['1', 'Rà soát văn bản.', 'Sở Tư pháp', 'Sở Tài chính'],
    ['3', 'Tổng hợp báo cáo.', 'UBND các xã', 'Sở Tư pháp'],
  ];

  it('finds the line break an agency cell lost between two names the table gives elsewhere', () => {
    // As a PDF prints it: "UBND các xã" filled its line, so the break before "Sở Tài chính" looks like a wrap.
    const row = [
      '2',
      'Bố trí nhân lực A.\nBố trí nhân lực B.',
      'UBND các xã Sở Tài chính',
      'Sở Tài chính\nUBND các xã',
    ];
    const read = readAssignmentTable([header, around[0], row, around[1]]);
    expect(read.indicators.map((i) => [i.text, i.lead, i.cooperating])).toEqual([
      ['Rà soát văn bản.', ['Sở Tư pháp'], ['Sở Tài chính']],
      ['Bố trí nhân lực A.', ['UBND các xã'], ['Sở Tài chính']],
      ['Bố trí nhân lực B.', ['Sở Tài chính'], ['UBND các xã']],
      ['Tổng hợp báo cáo.', ['UBND các xã'], ['Sở Tư pháp']],
    ]);
    expect(codes(read.warnings)).toContain('row-split');
  });

  it('does not split a row where the names met are not both the table’s, or fewer than the lines missing', () => {
    const unknown = [
      '2',
      'Bố trí nhân lực A.\nBố trí nhân lực B.',
      'UBND các xã Sở Nội vụ',
      'Sở Tài chính\nUBND các xã',
    ];
    expect(readAssignmentTable([header, around[0], unknown, around[1]]).indicators).toHaveLength(3);
    // Three tasks, and one place where two names meet: the cell lost more than it shows.
    const fewer = ['2', 'Bố trí A.\nBố trí B.\nBố trí C.', 'UBND các xã Sở Tài chính', ''];
    expect(readAssignmentTable([header, around[0], fewer, around[1]]).indicators).toHaveLength(3);
  });
});
