/**
 * Target phrases of other provinces' tables (issue 10): ranks, signed bands, rates per
 * population, compound units, upper bounds, and numbers that are not targets.
 */
import { parseTargets } from '../../../src/core/targets';
import type { Target } from '../../../src/core/types';

const t = (op: Target['op'], value: number, unit: string | null, max?: number): Target => ({
  op,
  value,
  ...(max !== undefined ? { max } : {}),
  unit,
});

describe('parseTargets: phrases of other provinces', () => {
  it.each<[string, Target[]]>([
    ['≤ 5', [t('<=', 5, null)]],
    ['Top 3', [t('<=', 3, 'hạng')]],
    ['trong top 10', [t('<=', 10, 'hạng')]],
    ['Xếp hạng thứ 5', [t('<=', 5, 'hạng')]],
    ['± 3%', [t('between', -3, '%', 3)]],
    ['±3%', [t('between', -3, '%', 3)]],
    ['từ +2% đến -8%', [t('between', -8, '%', 2)]],
    ['dưới 10/100.000 dân', [t('<', 10, '/100.000 dân')]],
    ['50 Mbit/s', [t('>=', 50, 'mbit/s')]],
    ['200 mẫu/xã/tháng', [t('>=', 200, 'mẫu/xã/tháng')]],
    ['không quá 2 km', [t('<=', 2, 'km')]],
    ['tối đa 3 lần', [t('<=', 3, 'lần')]],
    ['đến 05 kg', [t('<=', 5, 'kg')]],
    ['172.033', [t('>=', 172033, null)]],
    ['2,607', [t('>=', 2.607, null)]],
    ['1-1,5', [t('between', 1, null, 1.5)]],
  ])('%j', (text, expected) => {
    const result = parseTargets(text);
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });

  it.each<[string, Target[]]>([
    ['Chỉ tiêu 4: Tỷ lệ hộ gia đình có Internet đạt 80%', [t('>=', 80, '%')]],
    ['Tỷ lệ tử vong mẹ dưới 10/100.000 trẻ đẻ sống', [t('<', 10, '/100.000 trẻ đẻ')]],
    ['Số bác sĩ trên 1 vạn dân đạt khoảng 15,3 bác sĩ.', [t('>=', 15.3, 'bác sĩ/1 vạn dân')]],
    ['Chỉ số cải cách hành chính trong Top 10 cả nước', [t('<=', 10, 'hạng')]],
    ['Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân khoảng 4,5%.', [t('<=', 4.5, '%')]],
    ['Tỷ lệ thất nghiệp ở khu vực thành thị khoảng 4%', [t('<=', 4, '%')]],
    ['Mức giảm tỷ lệ hộ nghèo đạt 1%', [t('>=', 1, '%')]],
    ['GDP bình quân đầu người đạt 5.400 - 5.500 đô la Mỹ (USD).', [t('between', 5400, 'đô la mỹ', 5500)]],
    ['tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống', [t('<', 109, 'bé trai/100 bé gái')]],
  ])('embedded %j', (text, expected) => {
    const result = parseTargets(text, { embedded: true });
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    'Tỷ lệ xã có ít nhất 02 phần mềm dùng chung',
    'Quy trình ứng phó khi chỉ số VN_AQI ≥ 300 trong 03 ngày liên tục',
    'Tỷ lệ trẻ em dưới 6 tuổi có thẻ bảo hiểm y tế',
    'Thực hiện Nghị định số 150/2025/NĐ-CP ngày 12/6/2025',
  ])('no target in %j', (text) => {
    expect(parseTargets(text, { embedded: true }).targets).toEqual([]);
  });

  it('a level that is no number stays unreadable, never a guess', () => {
    const result = parseTargets('thuộc nhóm khá');
    expect(result.targets).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['target-unreadable']);
  });

  it('a change beside a level is left out and named, not silently dropped', () => {
    const result = parseTargets('Tỷ lệ A đạt 90%; giảm 50% số cặp tảo hôn', { embedded: true });
    expect(result.targets).toEqual([t('>=', 90, '%')]);
    expect(result.ignored).toEqual(['giảm 50%']);
  });

  it('a task result counts only stated levels', () => {
    const read = (text: string) => parseTargets(text, { statedLevelsOnly: true }).targets;
    expect(read('Bộ tiêu chí được ban hành, có ít nhất 02 loại hình sản phẩm được cấp.')).toEqual([
      t('>=', 2, 'loại hình sản phẩm'),
    ]);
    expect(read('Đầu tư 03 trạm (xe) quan trắc di động')).toEqual([]);
    expect(read('100% cơ sở trong danh mục hoàn thành di dời.')).toEqual([t('>=', 100, '%')]);
    expect(read('Ít nhất 2 - 3 công trình nghiên cứu hợp tác được công bố.')).toEqual([
      t('>=', 2, 'công trình nghiên cứu'),
    ]);
  });

  it('a growth index over 100% is no impossible share', () => {
    expect(parseTargets('106,9', { unitHint: '%', indicatorText: 'Tốc độ tăng trưởng' }).warnings).toEqual([
      expect.objectContaining({ code: 'target-percent-unit-missing' }),
    ]);
    expect(parseTargets('106,9%', { indicatorText: 'Tốc độ tăng trưởng' }).warnings).toEqual([]);
    expect(parseTargets('106,9%', { indicatorText: 'Tỷ lệ hộ có Internet' }).warnings.map((w) => w.code)).toEqual([
      'target-over-100',
    ]);
  });
});
