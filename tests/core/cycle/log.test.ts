/** The entry log: which cells of an edit are figures, and the log rows read back. */
import { entriesOfEdit } from '../../../src/core/cycle/edit-entries';
import { EDIT_LOG_HEADER, logRow, readLog } from '../../../src/core/cycle/log';
import { linesOf } from '../../../src/core/layout/lines';
import { buildTab } from '../../../src/core/layout/tab';
import { tabTexts } from '../../../src/core/messages/tab';
import { indicators, settings } from './fixtures';

/** An agency tab as getValues returns it: lines 1, 2 and 6, and indicator 3 as cooperation. */
function tabGrid(): unknown[][] {
  const own = indicators.filter((i) => ['1', '2', '6'].includes(i.id)).flatMap(linesOf);
  const spec = buildTab({
    sheetName: 'P. Nội vụ',
    agencyKey: 'phòng nội vụ',
    periods: settings.periods,
    lines: own,
    cooperating: [{ line: linesOf(indicators[2])[0], reporters: ['Phòng Y tế'] }],
    preserved: new Map(),
    texts: tabTexts('Phòng Nội vụ', 2024),
    locale: 'vi_VN',
    closedPeriods: [],
  });
  const grid = spec.values.map((r) => [...r]);
  grid[5][6] = 0.85; // G6: line 1, Quý I
  grid[6][7] = 0.9; // H7: line 2, Quý II
  grid[7][6] = 'Có'; // G8: line 6, Quý I
  grid[5][10] = 'VB 12/NV'; // K6: evidence, not a figure
  return grid;
}

const context = { sheet: 'P. Nội vụ', at: new Date('2024-03-18T03:00:00Z'), user: 'noivu@huyen.gov.vn' };

describe('the figures an edit changed', () => {
  const grid = tabGrid();

  it('logs one typed figure with its line, period and value', () => {
    const entries = entriesOfEdit(grid.slice(0, 6), { top: 6, left: 7, bottom: 6, right: 7 }, context);
    expect(entries).toEqual([{ ...context, agencyKey: 'phòng nội vụ', lineKey: '1', period: 'Quý I', value: 0.85 }]);
  });

  it('logs every period cell of a pasted block, blanks included, and nothing else', () => {
    const entries = entriesOfEdit(grid, { top: 5, left: 6, bottom: 8, right: 11 }, context);
    expect(entries.map((e) => `${e.lineKey}|${e.period}|${e.value}`)).toEqual([
      '1|Quý I|0.85',
      '1|Quý II|',
      '1|Quý III|',
      '1|Quý IV|',
      '2|Quý I|',
      '2|Quý II|0.9',
      '2|Quý III|',
      '2|Quý IV|',
      '6|Quý I|Có',
      '6|Quý II|',
      '6|Quý III|',
      '6|Quý IV|',
    ]);
  });

  it('ignores evidence, the cooperation section and sheets the add-on did not make', () => {
    expect(entriesOfEdit(grid, { top: 6, left: 11, bottom: 8, right: 12 }, context)).toEqual([]);
    const coopRow = grid.findIndex((r) => String(r[10]).startsWith('Cơ quan báo cáo')) + 1;
    expect(coopRow).toBeGreaterThan(8);
    expect(entriesOfEdit(grid, { top: coopRow, left: 7, bottom: coopRow, right: 7 }, context)).toEqual([]);
    const foreign = grid.map((r) => r.map((v) => (v === '#SỔ-CHỈ-TIÊU' ? '' : v)));
    expect(entriesOfEdit(foreign, { top: 6, left: 7, bottom: 6, right: 7 }, context)).toEqual([]);
  });
});

describe('the log sheet rows', () => {
  it('reads back what was written, skipping rows without a time or a line', () => {
    const entry = { ...context, agencyKey: 'phòng nội vụ', lineKey: '1.2', period: 'Quý I', value: 0.85 };
    const grid = [
      EDIT_LOG_HEADER,
      logRow(entry),
      ['', 'P. Nội vụ', '', '1', 'Quý I', 1, ''],
      ['ghi chú tay'],
      logRow({ ...entry, value: '' }),
    ];
    expect(readLog(grid)).toEqual([entry, { ...entry, value: '' }]);
  });

  it('reads a time kept as ISO text, and skips text it could misread', () => {
    const row = (time: string) => [time, 'P. Nội vụ', 'phòng nội vụ', '1', 'Quý I', 0.85, ''];
    const read = readLog([EDIT_LOG_HEADER, row('2024-03-18T03:00:00.000Z'), row('10/03/2024 09:00:00')]);
    expect(read.map((e) => e.at.toISOString())).toEqual(['2024-03-18T03:00:00.000Z']);
  });
});
