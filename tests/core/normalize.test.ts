import { cleanText, editDistance, foldKey, matchKey, sameText } from '../../src/core/text/normalize';

describe('cleanText', () => {
  it('composes decomposed diacritics (NFD → NFC)', () => {
    const nfd = 'Tỷ lệ hồ sơ'.normalize('NFD');
    expect(nfd).not.toBe('Tỷ lệ hồ sơ');
    expect(cleanText(nfd)).toBe('Tỷ lệ hồ sơ');
  });
  it('removes HTML tags and collapses line breaks', () => {
    expect(cleanText('<b>IV</b>\n  Kinh tế\u00a0số ')).toBe('IV Kinh tế số');
    expect(cleanText('đo ( <i>đảm bảo đạt 40 Mbps</i> )')).toBe('đo ( đảm bảo đạt 40 Mbps )');
  });
  it('decodes numeric entities as some portals write every letter, once', () => {
    expect(cleanText('T&#7927; l&#7879; h&#x1ED3; s&#417;')).toBe('Tỷ lệ hồ sơ');
    expect(cleanText('Sở KH&amp;ĐT, &quot;Đề án 06&quot;')).toBe('Sở KH&ĐT, "Đề án 06"');
    expect(cleanText('&amp;#7841; &#0; &#xFFFFFF;')).toBe('&#7841; &#0; &#xFFFFFF;');
  });
  it('keeps the document spelling', () => {
    expect(cleanText('Phòng Văn hoá')).toBe('Phòng Văn hoá');
  });
});

describe('matchKey', () => {
  it.each([
    ['Phòng Văn hoá và Thông tin', 'Phòng Văn hóa và Thông tin'],
    ['thuỷ lợi', 'thủy lợi'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['hoà', 'hòa'],
    ['Văn phòng HĐND & UBND huyện', 'Văn phòng HĐND và UBND huyện'],
    ['Phòng Kinh tế - Hạ tầng', 'Phòng Kinh tế-Hạ tầng'],
    ['UBND xã,thị trấn', 'ubnd xã, thị trấn'],
  ])('"%s" matches "%s"', (a, b) => {
    expect(sameText(a, b)).toBe(true);
  });
  it('keeps different words apart', () => {
    expect(sameText('Phòng Y tế', 'Phòng Nội vụ')).toBe(false);
    expect(sameText('Chị cục', 'Chi cục')).toBe(false);
  });
  it('foldKey drops diacritics for typo checks', () => {
    expect(foldKey('Chị cục thống kê')).toBe(foldKey('Chi cục Thống kê'));
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('is idempotent', () => {
    const k = matchKey('Phòng Văn hoá, Khoa học & Thông tin');
    expect(matchKey(k)).toBe(k);
  });
});
