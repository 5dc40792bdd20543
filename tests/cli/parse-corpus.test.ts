/** `cli parse` on tables of other provinces: tasks with deadlines, a target per year, `--year`. */
import { join } from 'node:path';
import { cli } from './run';

const corpus = (name: string) => join(__dirname, '../../corpus', name);

describe('cli parse', () => {
  it('prints a task with its deadline and product', async () => {
    const run = await cli('parse', corpus('06-nghean-kh980-phong-thu-dan-su.tsv'));
    expect(run.code).toBe(0);
    const first = JSON.parse(run.out).indicators[0];
    expect(first).toMatchObject({
      code: '1',
      kind: 'task',
      lead: ['Bộ CHQS tỉnh', 'UBND cấp xã'],
      deadline: { text: 'Trước ngày 30/11/2025', end: '2025-11-30' },
      product: 'Quyết định của Chủ tịch UBND cấp tỉnh, cấp xã',
    });
  });

  it('reads a table with a column per year for the year asked', async () => {
    const file = corpus('11-sonla-qd2954-vung-nguyen-lieu-nong-san.tsv');
    const read = async (...extra: string[]) => JSON.parse((await cli('parse', file, ...extra)).out).indicators[0];
    expect((await read()).targets).toEqual([{ op: '>=', value: 27000, unit: 'ha' }]);
    const later = await read('--year', '2030');
    expect(later).toMatchObject({ parent: 'Cà Phê', text: 'Diện tích', targetText: '30.000' });
    expect(later.targets).toEqual([{ op: '>=', value: 30000, unit: 'ha' }]);
    expect(later.byYear.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('refuses a year that is no year', async () => {
    const run = await cli('parse', corpus('11-sonla-qd2954-vung-nguyen-lieu-nong-san.tsv'), '--year', 'abc');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/abc/);
  });
});
