/** The report of a task table: tasks done, in progress and overdue at the period's deadline. */
import { linesOf } from '../../../src/core/layout/lines';
import { buildReport, type UnitInput } from '../../../src/core/report/report';
import { readAssignmentTable } from '../../../src/core/table/read';
import { defaultSettings } from '../../../src/core/workbook/settings';

const table = readAssignmentTable([
  ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Sản phẩm'],
  ['1', 'Ban hành kế hoạch', 'Sở Y tế', 'Quý I/2026', 'Kế hoạch'],
  ['2', 'Xây dựng cơ sở dữ liệu', 'Sở Y tế', 'Quý I/2026', 'Cơ sở dữ liệu'],
  ['3', 'Số hóa hồ sơ', 'Sở Y tế', 'Quý IV/2026', '100% hồ sơ được số hóa'],
  ['4', 'Tuyên truyền', 'Sở Y tế', 'Thường xuyên', ''],
]);
const settings = defaultSettings(2026);
const entered: Record<string, string> = { '1': 'Có', '2': 'Chưa có', '3/1': 'Có', '3/2': '80%' };
const lines = table.indicators.flatMap(linesOf);
const unit: UnitInput = {
  unit: { key: 'sở y tế', name: 'Sở Y tế', sheetName: 'Sở Y tế', editors: [] },
  hasTab: true,
  lines: lines.map((line) => ({
    line,
    values: { periods: { 'Quý II': entered[line.key] ?? '' }, evidence: {}, explanation: {} },
  })),
};

describe('tasks in the report', () => {
  const report = buildReport({ period: 'Quý II', settings, indicators: table.indicators, units: [unit] });

  it('counts done, in progress and overdue at the deadline of the period', () => {
    expect(report.tasks).toMatchObject({ total: 4, done: 2, inProgress: 1, overdue: 1, asOf: '2026-06-20' });
    expect(report.tasks!.tasks.map((t) => [t.code, t.state, t.due])).toEqual([
      ['1', 'done', '2026-03-31'],
      ['2', 'overdue', '2026-03-31'],
      ['3', 'done', '2026-12-31'],
      ['4', 'in-progress', null],
    ]);
  });

  it('shows a task line as "Hoàn thành" with its product and its deadline', () => {
    expect(lines[0]).toMatchObject({ text: 'Ban hành kế hoạch (thời hạn: Quý I/2026)', kind: 'yesno' });
    expect(lines[0].targetText).toBe('Hoàn thành: Kế hoạch');
  });

  it('has no task summary for a table of indicators', () => {
    const indicators = readAssignmentTable([
      ['TT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
      ['1', 'Tỷ lệ A', '80%', 'Sở Y tế'],
    ]).indicators;
    expect(buildReport({ period: 'Quý II', settings, indicators, units: [] }).tasks).toBeNull();
  });
});

describe('tasks on the summary sheet', () => {
  it('lists overdue tasks first, in their own section', async () => {
    const { reportView } = await import('../../../src/core/report/view');
    const { summaryLayout } = await import('../../../src/core/report/summary-layout');
    const report = buildReport({ period: 'Quý II', settings, indicators: table.indicators, units: [unit] });
    const view = reportView(report, settings);
    const spec = summaryLayout({ view, asOf: { day: 20, month: 6, year: 2026 }, organisation: '' });
    const texts = spec.values.map((r) => r.join(' | '));
    const title = texts.findIndex((t) => t.startsWith('VII. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ'));
    expect(title).toBeGreaterThan(0);
    expect(texts[title + 1]).toMatch(/4 nhiệm vụ: 2 đã hoàn thành, 1 đang thực hiện, 1 quá hạn/);
    expect(texts[title + 3]).toMatch(/^1 \| 2\. Xây dựng cơ sở dữ liệu \| Sở Y tế \| Quý I\/2026 \| Quá hạn/);
  });
});
