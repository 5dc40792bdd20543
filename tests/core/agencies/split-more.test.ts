/** Agency cells of other provinces and ministries (issue 10). */
import { splitAgencies } from '../../../src/core/agencies/split';
import { agencyKey } from '../../../src/core/agencies/identity';

describe('splitAgencies: full names, bullets, role words, "và", collectives', () => {
  it.each<[string, string[]]>([
    ['Sở Y tế, Sở Tài chính, Sở Nội vụ', ['Sở Y tế', 'Sở Tài chính', 'Sở Nội vụ']],
    [
      '- Bộ Khoa học và Công nghệ;\n- Bộ Xây dựng;\n- Bộ Công Thương.',
      ['Bộ Khoa học và Công nghệ', 'Bộ Xây dựng', 'Bộ Công Thương'],
    ],
    ['+ Sở Y tế\n+ Sở Nội vụ', ['Sở Y tế', 'Sở Nội vụ']],
    ['• Sở Y tế; • Sở Nội vụ', ['Sở Y tế', 'Sở Nội vụ']],
    ['Sở Tài chính chủ trì, tổng hợp, báo cáo', ['Sở Tài chính']],
    ['Sở Tài chính và các đơn vị liên quan', ['Sở Tài chính', 'các đơn vị liên quan']],
    ['Sở Tài chính và cơ quan, địa phương liên quan', ['Sở Tài chính', 'cơ quan, địa phương liên quan']],
    ['Bộ Công an và Văn phòng Chính phủ', ['Bộ Công an', 'Văn phòng Chính phủ']],
    [
      'Bộ Nông nghiệp và Môi trường và các bộ, ngành liên quan',
      ['Bộ Nông nghiệp và Môi trường', 'các bộ, ngành liên quan'],
    ],
    ['Các bộ, ngành liên quan và UBND các tỉnh/ thành phố', ['Các bộ, ngành liên quan', 'UBND các tỉnh/ thành phố']],
    ['UBND các huyện, thị xã, thành phố', ['UBND các huyện, thị xã, thành phố']],
    ['Các sở, ban, ngành', ['Các sở, ban, ngành']],
    ['Các bộ, ngành và địa phương có liên quan', ['Các bộ, ngành và địa phương có liên quan']],
    ['Bộ Khoa học và Công nghệ', ['Bộ Khoa học và Công nghệ']],
    ['Bộ Văn hóa, Thể thao và Du lịch', ['Bộ Văn hóa, Thể thao và Du lịch']],
    ['Sở Khoa học và Công nghệ Sở Công Thương', ['Sở Khoa học và Công nghệ', 'Sở Công Thương']],
    [
      'UBND thành phố Hà Nội, Thành phố Hồ Chí Minh và UBND các tỉnh, thành phố khác (mạng lưới địa phương).',
      ['UBND thành phố Hà Nội', 'Thành phố Hồ Chí Minh', 'UBND các tỉnh, thành phố khác'],
    ],
    ['- Bộ Nông nghiệp và Môi trường (chủ trì phần chính sách, công nghệ);', ['Bộ Nông nghiệp và Môi trường']],
    ['Sở Y tế (Chi cục Dân số - Xã hội)', ['Sở Y tế (Chi cục Dân số - Xã hội)']],
    ['Các Cục: Di sản văn hóa, Bản quyền tác giả', ['Cục Di sản văn hóa', 'Cục Bản quyền tác giả']],
    ['Các trường: Đại học, Cao đẳng trên địa bàn tỉnh', ['Các trường: Đại học, Cao đẳng trên địa bàn tỉnh']],
  ])('%j', (cell, expected) => {
    expect(splitAgencies(cell)).toEqual(expected);
  });
});

describe('agencyKey: usual abbreviations are spellings of one agency', () => {
  it.each([
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Bộ KH&CN', 'Bộ Khoa học và Công nghệ'],
    ['Các DNVT', 'Các doanh nghiệp viễn thông'],
    ['VNPT Đồng Nai', 'Viễn thông Đồng Nai'],
  ])('%j = %j', (a, b) => {
    expect(agencyKey(a)).toBe(agencyKey(b));
  });
});
