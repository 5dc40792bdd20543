/** Time cells of task tables read into deadlines (issue 10, item 5). */
import { deadlineRead, parseDeadline } from '../../../src/core/table/deadline';

describe('parseDeadline', () => {
  it.each<[string, object]>([
    ['Quý II/2025', { end: '2025-06-30' }],
    ['Quý IV/2025', { end: '2025-12-31' }],
    ['Quý III Năm 2026', { end: '2026-09-30' }],
    ['Quý IV/2025- Quý II/2026', { start: '2025-10-01', end: '2026-06-30' }],
    ['Tháng 6/2025', { end: '2025-06-30' }],
    ['Tháng 2/2028', { end: '2028-02-29' }],
    ['31/10/2025', { end: '2025-10-31' }],
    ['Trước ngày 30/11/2025', { end: '2025-11-30' }],
    ['2025', { end: '2025-12-31' }],
    ['Năm 2026', { end: '2026-12-31' }],
    ['2025-2026', { start: '2025-01-01', end: '2026-12-31' }],
    ['Giai đoạn 2026 - 2030', { start: '2026-01-01', end: '2030-12-31' }],
    ['Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)', { end: '2026-03-31' }],
    ['Mạng lưới hoàn thành trước năm 2027 và vận hành thường xuyên, liên tục', { end: '2026-12-31' }],
    ['Triển khai từ năm 2026', { start: '2026-01-01' }],
    ['Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục', { start: '2026-01-01', recurring: 'continuous' }],
    ['Hằng năm', { recurring: 'year' }],
    ['Hàng năm', { recurring: 'year' }],
    ['Tháng 12 hằng năm', { recurring: 'year', month: 12 }],
    ['Thường xuyên', { recurring: 'continuous' }],
    ['Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính', { recurring: 'quarter' }],
  ])('%j', (text, expected) => {
    expect(parseDeadline(text)).toEqual({ text, ...expected });
    expect(deadlineRead(parseDeadline(text))).toBe(true);
  });

  it.each(['Sau khi có Quy chế của TW', 'Theo kế hoạch', 'Theo lộ trình được giao tại Kế hoạch số 02-KH/BCĐTW'])(
    '%j gives no date, and says so',
    (text) => {
      expect(parseDeadline(text)).toEqual({ text });
      expect(deadlineRead(parseDeadline(text))).toBe(false);
    },
  );

  it('an empty cell is no deadline', () => {
    expect(parseDeadline('  ')).toBeNull();
  });
});
