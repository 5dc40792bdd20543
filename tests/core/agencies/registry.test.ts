import { agencyKey, collectiveKind } from '../../../src/core/agencies/identity';
import { buildAgencies, findAgency } from '../../../src/core/agencies/registry';
import { isValidSheetName, shortNameOf, uniqueSheetName } from '../../../src/core/agencies/short-name';

describe('agency identity', () => {
  it.each([
    ['Phòng Văn hoá và Thông tin', 'Phòng Văn hóa và Thông tin'],
    ['Văn phòng HĐND & UBND huyện', 'Văn phòng HĐND và UBND huyện'],
    ['Văn phòng Ủy ban nhân dân huyện', 'VP UBND huyện'],
    ['Phòng GDĐT', 'Phòng Giáo dục và Đào tạo'],
    ['Phòng Y Tế', 'Phòng Y tế'],
  ])('"%s" is "%s"', (a, b) => expect(agencyKey(a)).toBe(agencyKey(b)));

  it('recognises collectives', () => {
    expect(collectiveKind('UBND xã, thị trấn')).toBe('communes');
    expect(collectiveKind('UBND các xã, thị trấn')).toBe('communes');
    expect(collectiveKind('Các phòng, ban, ngành')).toBe('departments');
    expect(collectiveKind('Các doanh nghiệp trên địa bàn huyện')).toBe('enterprises');
    expect(collectiveKind('Phòng Nội vụ')).toBeNull();
    expect(collectiveKind('UBND huyện')).toBeNull();
  });
});

describe('buildAgencies', () => {
  const agencies = buildAgencies([
    'Phòng Văn hoá và Thông tin',
    'Phòng Văn hóa và Thông tin',
    'Phòng Văn hóa và Thông tin',
    'Chị cục thống kê huyện',
    'Chi cục Thống kê huyện',
    'UBND xã, thị trấn',
    'Phòng Nội vụ',
  ]);

  it('merges spellings and keeps the most frequent as the name', () => {
    const vhtt = findAgency(agencies, 'PHÒNG VĂN HOÁ VÀ THÔNG TIN')!;
    expect(vhtt.name).toBe('Phòng Văn hóa và Thông tin');
    expect(vhtt.aliases).toEqual(['Phòng Văn hoá và Thông tin']);
    expect(agencies).toHaveLength(4);
  });

  it('merges an obvious typo', () => {
    expect(findAgency(agencies, 'Chi cục Thống kê huyện')).toBe(findAgency(agencies, 'Chị cục thống kê huyện'));
  });

  it('keeps the secretariat choices when rebuilding', () => {
    const edited = agencies.map((a) => (a.name === 'Phòng Nội vụ' ? { ...a, shortName: 'Nội vụ' } : a));
    const again = buildAgencies(['Phòng Nội vụ', 'Phòng Y tế'], edited);
    expect(findAgency(again, 'Phòng Nội vụ')!.shortName).toBe('Nội vụ');
    expect(findAgency(again, 'Phòng Y tế')).toBeDefined();
    expect(findAgency(again, 'Nội vụ')!.name).toBe('Phòng Nội vụ');
  });

  it('gives unique, valid sheet names', () => {
    const many = buildAgencies(['Phòng Văn hóa và Thông tin', 'Phòng Vận hành và Tổng hợp']);
    const names = many.map((a) => a.shortName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(isValidSheetName(n)).toBe(true);
  });
});

describe('short names', () => {
  it.each([
    ['Phòng Văn hóa, Khoa học và Thông tin', 'P. VH-KH&TT'],
    ['Phòng Giáo dục và Đào tạo', 'P. GD&ĐT'],
    ['Phòng Nội vụ', 'P. Nội vụ'],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', 'P. KT-HT&ĐT'],
    ['Sở Thông tin và Truyền thông', 'Sở TT&TT'],
    ['UBND xã, thị trấn', 'UBND xã, thị trấn'],
  ])('%s → %s', (name, short) => expect(shortNameOf(name)).toBe(short));

  it('never exceeds 31 characters nor uses forbidden characters', () => {
    const long = 'Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Bình Phước: phòng [thanh toán]/ngân quỹ?*';
    const short = shortNameOf(long);
    expect(short.length).toBeLessThanOrEqual(31);
    expect(isValidSheetName(short)).toBe(true);
  });

  it('adds a number when a name is taken', () => {
    expect(uniqueSheetName('P. Nội vụ', new Set(['p. nội vụ']))).toBe('P. Nội vụ (2)');
  });
});
