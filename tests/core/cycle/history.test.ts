/** The history sheet: each line's figures across periods, verdicts and the latest change. */
import { buildHistory, HISTORY_HEADER_ROW } from '../../../src/core/cycle/history';
import { trendOf } from '../../../src/core/cycle/trend';
import { linesOf } from '../../../src/core/layout/lines';
import { indicators, settings, unit } from './fixtures';

const line = (id: string) => linesOf(indicators.find((i) => i.id === id)!)[0];
const P = settings.periods;

describe('the change since the previous reported period', () => {
  it('shows a percent rising towards an "at least" target as better, in percentage points', () => {
    expect(trendOf(line('1'), P, [0.7, '', 0.855, ''])).toEqual({
      text: '↑ +15,5 điểm % (so với Quý I)',
      better: true,
    });
  });

  it('shows a falling share as better when the target is "dưới 5%"', () => {
    expect(trendOf(line('5'), P, [0.06, 0.04, '', ''])).toEqual({ text: '↓ −2 điểm % (so với Quý I)', better: true });
    expect(trendOf(line('5'), P, [0.04, 0.06, '', ''])).toEqual({ text: '↑ +2 điểm % (so với Quý I)', better: false });
  });

  it('shows counts, unchanged figures and yes/no answers', () => {
    expect(trendOf(line('4'), P, [2, 1, 3, ''])).toEqual({ text: '↑ +2 (so với Quý II)', better: true });
    expect(trendOf(line('4'), P, [3, 3, '', ''])).toEqual({ text: '→ không đổi (so với Quý I)', better: null });
    expect(trendOf(line('6'), P, ['Chưa có', 'Có', '', ''])).toEqual({
      text: 'Chưa có → Có (so với Quý I)',
      better: true,
    });
  });

  it('shows nothing before two periods are reported', () => {
    expect(trendOf(line('1'), P, ['', 0.8, '', ''])).toEqual({ text: '', better: null });
  });
});

describe('the history grid', () => {
  const units = [
    unit('Phòng Nội vụ', 'P. Nội vụ', ['1', '2'], { '1': { 'Quý I': 0.7, 'Quý II': 0.85 }, '2': { 'Quý I': 0.95 } }),
    unit('UBND xã Lộc Hưng', 'Xã Lộc Hưng', ['1'], { '1': { 'Quý I': 0.9, 'Quý II': 0.75 } }),
  ];
  const spec = buildHistory({ settings, indicators, units, updated: '08:00 25/06/2024' });
  const rows = spec.values.slice(HISTORY_HEADER_ROW);

  it('is named for the year and titled so the add-on knows its own sheet', () => {
    expect(spec.sheetName).toBe('Diễn biến 2024');
    expect(spec.values[0][0]).toBe('DIỄN BIẾN THỰC HIỆN CHỈ TIÊU NĂM 2024');
    expect(spec.values[1][0]).toContain('08:00 25/06/2024');
  });

  it('has one row per reporting line, agencies of an indicator together, in table order', () => {
    expect(spec.values[HISTORY_HEADER_ROW - 1]).toEqual([
      'Cơ quan báo cáo',
      'Nhóm chỉ tiêu',
      'STT',
      'Chỉ tiêu',
      'Mục tiêu',
      'Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      'Đánh giá Quý I',
      'Đánh giá Quý II',
      'Đánh giá Quý III',
      'Đánh giá Quý IV',
      'Diễn biến',
    ]);
    expect(spec.lineCount).toBe(3);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['Phòng Nội vụ', '1'],
      ['UBND xã Lộc Hưng', '1'],
      ['Phòng Nội vụ', '2'],
    ]);
  });

  it('shows the figures, the verdict per period and the trend', () => {
    expect(rows[0].slice(5)).toEqual([
      0.7,
      0.85,
      '',
      '',
      'Chưa đạt',
      'Đạt',
      'Chưa báo cáo',
      'Chưa báo cáo',
      '↑ +15 điểm % (so với Quý I)',
    ]);
    expect(rows[1].slice(5)).toEqual([
      0.9,
      0.75,
      '',
      '',
      'Vượt',
      'Chưa đạt',
      'Chưa báo cáo',
      'Chưa báo cáo',
      '↓ −15 điểm % (so với Quý I)',
    ]);
    expect(rows[2][13]).toBe('');
  });

  it('formats percents as percents and colours verdicts and trends', () => {
    const data = spec.numberFormats[HISTORY_HEADER_ROW];
    expect([data[0], data[5], data[8], data[9]]).toEqual(['@', '0.0%', '0.0%', '@']);
    const colours = spec.backgrounds[HISTORY_HEADER_ROW];
    expect([colours[9], colours[10], colours[11], colours[13]]).toEqual(['#f4c7c3', '#b7e1cd', null, '#b7e1cd']);
    expect(spec.backgrounds[HISTORY_HEADER_ROW + 1][13]).toBe('#f4c7c3');
  });
});
