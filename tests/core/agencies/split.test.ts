import { splitAgencies } from '../../../src/core/agencies/split';

describe('splitAgencies', () => {
  it.each<[string, string[]]>([
    ['Phòng Văn hóa, Khoa học và Thông tin', ['Phòng Văn hóa, Khoa học và Thông tin']],
    ['UBND xã, thị trấn', ['UBND xã, thị trấn']],
    ['Các phòng, ban, ngành; UBND xã, thị trấn', ['Các phòng, ban, ngành', 'UBND xã, thị trấn']],
    ['Các phòng, ban, ngành; UBND\nxã, thị trấn', ['Các phòng, ban, ngành', 'UBND xã, thị trấn']],
    [
      'Phòng Văn hóa, Khoa học và\nThông tin, UBND xã, thị trấn',
      ['Phòng Văn hóa, Khoa học và Thông tin', 'UBND xã, thị trấn'],
    ],
    ['Các Doanh nghiệp viễn thông UBND cấp xã, thị trấn', ['Các Doanh nghiệp viễn thông', 'UBND cấp xã, thị trấn']],
    ['Các cơ quan, đơn vị UBND cấp huyện; UBND cấp xã', ['Các cơ quan, đơn vị UBND cấp huyện', 'UBND cấp xã']],
    ['Các cơ quan, đơn vị, địa phương', ['Các cơ quan, đơn vị, địa phương']],
    ['Cục Thống kê, các doanh nghiệp\ntrên địa bàn huyện', ['Cục Thống kê', 'các doanh nghiệp trên địa bàn huyện']],
    ['Các Phòng, ban, Doanh nghiệp, UBND các xã', ['Các Phòng, ban', 'Doanh nghiệp', 'UBND các xã']],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
    ['Văn phòng HĐND & UBND\nhuyện', ['Văn phòng HĐND & UBND huyện']],
    ['Văn phòng Huyện ủy-HĐND- UBND huyện', ['Văn phòng Huyện ủy-HĐND- UBND huyện']],
    ['Văn phòng UBND huyện', ['Văn phòng UBND huyện']],
    ['Phòng Văn hoá và Thông tin, Bưu điện huyện', ['Phòng Văn hoá và Thông tin', 'Bưu điện huyện']],
    [
      'Các chi nhánh ngân hàng thương mại, các doanh nghiệp viễn thông (cung cấp Mobile Money) trên địa bàn huyện',
      ['Các chi nhánh ngân hàng thương mại', 'các doanh nghiệp viễn thông (cung cấp Mobile Money) trên địa bàn huyện'],
    ],
    ['Phòng Giáo dục và Đào tạo; UBND cấp huyện', ['Phòng Giáo dục và Đào tạo', 'UBND cấp huyện']],
    ['Phòng Kinh tế - Hạ tầng; Phòng GDĐT', ['Phòng Kinh tế - Hạ tầng', 'Phòng GDĐT']],
    ['', []],
    ['  --  ', []],
  ])('%j', (cell, expected) => {
    expect(splitAgencies(cell)).toEqual(expected);
  });
});
