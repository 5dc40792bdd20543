/** Reading a results file: the header's names and each value as a person writes it (pure). */
import type { TabLine } from '../../src/core/layout/lines';
import { M } from '../../src/core/messages';
import { readHeader } from '../../src/core/results/columns';
import { readResultRows } from '../../src/core/results/rows';
import { readResultValue } from '../../src/core/results/value';

const percent: Pick<TabLine, 'kind' | 'target'> = { kind: 'percent', target: { op: '>=', value: 80, unit: '%' } };
const count: Pick<TabLine, 'kind' | 'target'> = { kind: 'count', target: { op: '>=', value: 3, unit: 'mô hình' } };
const yesno: Pick<TabLine, 'kind' | 'target'> = { kind: 'yesno', target: { op: 'exists', value: 1, unit: null } };
const number: Pick<TabLine, 'kind' | 'target'> = { kind: 'number', target: null };

describe('values', () => {
  it.each([
    ['85%', 0.85],
    ['85', 0.85],
    ['85,5', 0.855],
    ['85.5 %', 0.855],
    ['99,7%', 0.997],
    ['0', 0],
    ['100%', 1],
  ])('reads the percent %s as the fraction %s', (typed, value) => {
    expect(readResultValue(typed, percent)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', M.valuePercent('abc')],
    ['120%', M.valuePercentRange('120%')],
    ['100,1', M.valuePercentRange('100,1')],
    ['-5%', M.valuePercentRange('-5%')],
    ['85%%', M.valuePercent('85%%')],
  ])('refuses the percent %s', (typed, message) => {
    expect(readResultValue(typed, percent)).toEqual({ ok: false, message });
  });

  it('takes whole counts of zero or more, as the sheet does', () => {
    expect(readResultValue('3', count)).toEqual({ ok: true, value: 3 });
    expect(readResultValue('1.000', count)).toEqual({ ok: true, value: 1000 });
    for (const typed of ['2,5', '-1', '3%', 'ba'])
      expect(readResultValue(typed, count)).toEqual({ ok: false, message: M.valueCount(typed) });
  });

  it('takes the answers of a yes/no target and writes them as the list says', () => {
    for (const typed of ['Có', 'có', 'co', 'Đã có'])
      expect(readResultValue(typed, yesno)).toEqual({ ok: true, value: 'Có' });
    for (const typed of ['Chưa có', 'chua co', 'Không', 'chưa'])
      expect(readResultValue(typed, yesno)).toEqual({ ok: true, value: 'Chưa có' });
    expect(readResultValue('Có thể', yesno)).toEqual({ ok: false, message: M.valueYesNo('Có thể') });
  });

  it('takes any number for a line without a unit', () => {
    expect(readResultValue('12,5', number)).toEqual({ ok: true, value: 12.5 });
    expect(readResultValue('mười', number)).toEqual({ ok: false, message: M.valueNumber('mười') });
  });
});

describe('header', () => {
  it('accepts English and Vietnamese names, with or without diacritics', () => {
    expect(
      readHeader(['Agency', 'Mã', 'kỳ báo cáo', 'Kết quả thực hiện', 'Minh chứng', 'Giải trình, ghi chú']),
    ).toEqual({
      columns: { agency: 0, indicator: 1, period: 2, value: 3, evidence: 4, note: 5 },
      problems: [],
    });
    expect(readHeader(['co quan', 'chi tieu', 'ky', 'gia tri']).problems).toEqual([]);
  });

  it('names unknown, repeated and missing columns', () => {
    expect(readHeader(['agency', 'cơ quan', 'kỳ', 'kết quả', 'đơn vị tính']).problems).toEqual([
      M.resultsRepeatedColumn(2, 'cơ quan', 1),
      M.resultsUnknownColumn(5, 'đơn vị tính'),
      M.resultsMissingColumns(['chỉ tiêu']),
    ]);
  });
});

describe('rows', () => {
  it('skips blank lines, keeps each row’s line in the file and its free texts as written', () => {
    const { rows, problems } = readResultRows([
      [],
      ['agency', 'indicator', 'period', 'value', 'note'],
      ['  P. Y tế ', 'V.20', 'Q1', '86%', 'dòng 1\ndòng 2'],
      ['', '', '', '', ''],
      ['P. Y tế', 'V.21', '', '', ''],
    ]);
    expect(rows).toEqual([
      {
        row: 3,
        agency: 'P. Y tế',
        indicator: 'V.20',
        period: 'Q1',
        value: '86%',
        evidence: '',
        note: 'dòng 1\ndòng 2',
      },
    ]);
    expect(problems).toEqual([{ row: 5, message: M.resultsFieldMissing('kỳ, giá trị') }]);
  });
});
