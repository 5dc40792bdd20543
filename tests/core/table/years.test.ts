/** Which year column a workbook tracks (Cài đặt → Năm). */
import { atYear, targetsForYear } from '../../../src/core/table/years';
import type { Indicator, YearTargets } from '../../../src/core/types';

const year = (y: number, value: number, estimate = false): YearTargets => ({
  year: y,
  label: `Năm ${y}`,
  ...(estimate ? { estimate: true } : {}),
  targetText: String(value),
  targets: [{ op: '>=', value, unit: 'ha' }],
});
const years = [year(2025, 1, true), year(2026, 2), year(2027, 3), year(2028, 4)];

describe('targetsForYear', () => {
  it('takes the column of the year', () => {
    expect(targetsForYear(years, 2027)?.year).toBe(2027);
  });
  it('never takes an estimate, even of the year itself', () => {
    expect(targetsForYear(years, 2025)?.year).toBe(2026);
  });
  it('after the last year, the last one; without a year, the first', () => {
    expect(targetsForYear(years, 2031)?.year).toBe(2028);
    expect(targetsForYear(years, undefined)?.year).toBe(2026);
  });
  it('atYear shows that year and keeps the others', () => {
    const indicator = { targets: [], targetText: '', byYear: years } as unknown as Indicator;
    const at = atYear(indicator, 2028);
    expect(at.targets).toEqual([{ op: '>=', value: 4, unit: 'ha' }]);
    expect(at.targetText).toBe('4');
    expect(at.byYear).toBe(years);
  });
});
