/** The print estimates: lines a wrapped text takes, row heights, widths for reading a pasted table. */
import {
  BODY_FONT_SIZE,
  fittedRowHeight,
  lineCount,
  lineHeight,
  ONE_PAGE_WIDTH,
  readingWidths,
  textWidth,
} from '../../src/core/layout/print';

const SENTENCE = 'Tỷ lệ các thôn, làng xã Biên giới của huyện được thực hiện đo kiểm tốc độ mạng viễn thông';

describe('lines of a wrapped text', () => {
  it('is one line when the text fits, more when it does not, one more per line break', () => {
    const width = textWidth(SENTENCE, BODY_FONT_SIZE);
    expect(lineCount(SENTENCE, width + 20, BODY_FONT_SIZE)).toBe(1);
    expect(lineCount(SENTENCE, width / 2 + 20, BODY_FONT_SIZE)).toBeGreaterThanOrEqual(2);
    expect(lineCount(SENTENCE, 100, BODY_FONT_SIZE)).toBeGreaterThan(lineCount(SENTENCE, 200, BODY_FONT_SIZE));
    expect(lineCount(`a\nb\n\nc`, 300, BODY_FONT_SIZE)).toBe(4);
  });

  it('breaks a word longer than the cell, and keeps a text that does not wrap on its lines', () => {
    const url = 'https://dichvucong.example.gov.vn/bao-cao/chuyen-doi-so/quy-1-2024/tong-hop';
    expect(lineCount(url, 100, BODY_FONT_SIZE)).toBeGreaterThanOrEqual(3);
    expect(lineCount(url, 100, BODY_FONT_SIZE, false, false)).toBe(1);
  });

  it('measures bold and larger text wider, and Vietnamese letters as their base letter', () => {
    expect(textWidth('Hạ tầng số', 10, true)).toBeGreaterThan(textWidth('Hạ tầng số', 10));
    expect(textWidth('abc', 13)).toBeCloseTo((textWidth('abc', 10) * 13) / 10);
    expect(textWidth('ệ', 10)).toBe(textWidth('e', 10));
    expect(textWidth('ệ'.normalize('NFD'), 10)).toBe(textWidth('e', 10));
  });
});

describe('the height of a row', () => {
  it('is that of its tallest text, and the least height for a row without text', () => {
    const cell = (text: string, width: number) => ({ text, width, points: 10, bold: false, wrap: true });
    expect(fittedRowHeight([cell('', 100)], 21)).toBe(21);
    const one = fittedRowHeight([cell('Có', 100)], 0);
    const many = fittedRowHeight([cell('Có', 100), cell(SENTENCE, 100)], 0);
    expect(many - one).toBeGreaterThanOrEqual(2 * lineHeight(10) - 1);
  });
});

describe('widths for reading a pasted table', () => {
  it('gives a narrow table the widths its texts need', () => {
    const widths = readingWidths([
      ['TT', 'Chỉ tiêu'],
      ['1', 'Tỷ lệ hộ gia đình'],
    ]);
    expect(widths[0]).toBe(50);
    expect(widths[1]).toBeGreaterThanOrEqual(Math.ceil(textWidth('Tỷ lệ hộ gia đình', 10)));
  });

  it('fits a wide table on one page, the widest columns giving way, none below its longest word', () => {
    const grid = [
      ['TT', 'Chỉ tiêu', 'Chủ trì', 'Phối hợp', 'Ghi chú'],
      ['1', SENTENCE.repeat(2), 'Phòng Văn hoá và Thông tin', SENTENCE, `${SENTENCE} Viễnthôngdàidàidài`],
    ];
    const widths = readingWidths(grid, new Set([0]));
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ONE_PAGE_WIDTH);
    expect(widths[0]).toBe(50);
    expect(widths[4]).toBeGreaterThanOrEqual(Math.ceil(textWidth('Viễnthôngdàidàidài', 10)));
    expect(widths[1]).toBeGreaterThan(widths[0]);
  });
});
