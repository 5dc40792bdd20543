/** The entry log: which cells of an edit are figures, and the log rows read back. */
import { entriesOfEdit } from '../../../src/core/cycle/edit-entries';
import { EDIT_LOG_HEADER, logRow, readLog } from '../../../src/core/cycle/log';
import { linesOf } from '../../../src/core/layout/lines';
import { buildTab } from '../../../src/core/layout/tab';
import { tabLayout } from '../../../src/core/layout/columns';
import { tabTexts } from '../../../src/core/messages/tab';
import { indicators, settings } from './fixtures';

const layout = tabLayout(settings.periods);
const q1 = layout.period[0];

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
  const [q1, q2] = layout.period;
  grid[5][q1.value - 1] = 0.85; // line 1, Quý I
  grid[6][q2.value - 1] = 0.9; // line 2, Quý II
  grid[7][q1.value - 1] = 'Có'; // line 6, Quý I
  grid[5][q1.evidence - 1] = 'VB 12/NV'; // evidence, not a figure
  return grid;
}

const context = { sheet: 'P. Nội vụ', at: new Date('2024-03-18T03:00:00Z'), user: 'noivu@huyen.gov.vn' };

describe('the figures an edit changed', () => {
  const grid = tabGrid();

  it('logs one typed figure with its line, period and value', () => {
    const entries = entriesOfEdit(grid.slice(0, 6), { top: 6, left: q1.value, bottom: 6, right: q1.value }, context);
    expect(entries).toEqual([{ ...context, agencyKey: 'phòng nội vụ', lineKey: '1', period: 'Quý I', value: 0.85 }]);
  });

  it('logs every period cell of a pasted block, blanks included, and nothing else', () => {
    const entries = entriesOfEdit(grid, { top: 5, left: 6, bottom: 8, right: layout.status }, context);
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
    const notes = { top: 6, left: q1.evidence, bottom: 8, right: q1.explanation };
    expect(entriesOfEdit(grid, notes, context)).toEqual([]);
    const coopRow = grid.findIndex((r) => String(r[q1.evidence - 1]).startsWith('Cơ quan báo cáo')) + 1;
    expect(coopRow).toBeGreaterThan(8);
    const coop = { top: coopRow, left: q1.value, bottom: coopRow, right: q1.value };
    expect(entriesOfEdit(grid, coop, context)).toEqual([]);
    const foreign = grid.map((r) => r.map((v) => (v === '#SỔ-CHỈ-TIÊU' ? '' : v)));
    expect(entriesOfEdit(foreign, { top: 6, left: q1.value, bottom: 6, right: q1.value }, context)).toEqual([]);
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
