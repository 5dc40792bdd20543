/**
 * How the PDF table rebuild joins a cell's lines (src/core/import/pdf.ts), on pages written for
 * the rule: a word's width from its characters' advances (the document's own, fitted to its text
 * runs), and a cell cut by a page break joined as its lines are within a page.
 */
import { fitAdvances, type PdfPage, type PdfSegment, type PdfTextItem, pdfTables } from '../../../src/core/import/pdf';

/** A font of its own (not the common figures): a wide space, wide capitals and digits. */
const EM: Record<string, number> = { ' ': 0.34, I: 0.4, i: 0.3, l: 0.3, ',': 0.3, ';': 0.3, '.': 0.3 };
const em = (ch: string) => EM[ch] ?? (/\p{Lu}/u.test(ch) ? 0.82 : /\p{N}/u.test(ch) ? 0.64 : 0.6);
const SIZE = 10;
const widthOf = (text: string) => [...text].reduce((w, ch) => w + em(ch.normalize('NFD')[0]) * SIZE, 0);
const run = (str: string, x: number, y: number): PdfTextItem => ({ str, x, y, width: widthOf(str), size: SIZE });

/** The rules of a grid: every column edge from top to bottom, every row edge. */
function rules(cols: number[], rows: number[], top = rows[0]): PdfSegment[] {
  const bottom = rows[rows.length - 1];
  return [
    ...cols.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom })),
    ...rows.map((y) => ({ x1: cols[0], y1: y, x2: cols[cols.length - 1], y2: y })),
  ];
}

const PAD = 2.3;

describe('the advances of a document', () => {
  it('are fitted to its text runs: the space and the letters of its own font', () => {
    const words = [
      'Các',
      'sở',
      'ban',
      'ngành',
      'UBND',
      'các',
      'phường',
      'Sở',
      'Tài',
      'chính',
      'Kế',
      'hoạch',
      '2026',
      'liệu',
      'quốc',
      'gia',
    ];
    // A page's worth of runs: every pair of the words, as lines of a table are.
    // Some pages' worth of runs: the words in lines of two and three, as a table's lines hold them.
    const pairs = words.flatMap((a, i) => words.map((b) => `${a} ${b}${i % 2 ? ',' : ''}`));
    const triples = pairs.flatMap((p) => words.slice(0, 8).map((c) => `${p} ${c}`));
    const runs = [...words, ...pairs, ...triples].map((w, i) => run(w, 0, i * 12));
    const advances = fitAdvances(runs);
    // The common figure of a space is 0.28 em, of a capital 0.7.
    expect(Math.abs(advances(' ') - 0.34)).toBeLessThan(0.02);
    expect(Math.abs(advances('U') - 0.82)).toBeLessThan(0.02);
  });
});

describe('a cell’s lines', () => {
  it('wraps where the next word, by its characters’ advances, would not have fitted', () => {
    // "UBND" is four characters of "UBND các phường" but wider than four average characters of it.
    const first = 'Các sở, ban, ngành;';
    const second = 'UBND các phường';
    const left = 300;
    const lineEnd = left + PAD + widthOf(first);
    const byCount = (widthOf(second) * 4) / second.length;
    const right = lineEnd + widthOf(' ') + widthOf('UBND') + PAD - 1;
    // By the count of characters it would have fitted: this page tells the two estimates apart.
    expect(lineEnd + widthOf(' ') + byCount).toBeLessThan(right - PAD);
    const cols = [50, 80, left, right];
    const rows = [100, 120, 160];
    const page: PdfPage = {
      width: 600,
      height: 800,
      segments: rules(cols, rows),
      items: [
        run('STT', 50 + PAD, 113),
        run('Nội dung', 80 + PAD, 113),
        run('Cơ quan chủ trì', left + PAD, 113),
        run('1', 50 + PAD, 133),
        run('Một nhiệm vụ', 80 + PAD, 133),
        run(first, left + PAD, 133),
        run(second, left + PAD, 145),
      ],
    };
    const [table] = pdfTables([page]);
    expect(table.grid[1][2]).toBe('Các sở, ban, ngành; UBND các phường');
  });

  it('joins a cell cut by a page break as its lines within a page: a code cut "041|2" is one', () => {
    const text = 'Mức độ đổi mới sáng tạo trong';
    // Neither "0412" nor "phổ" fits at the end of the line above it.
    const right = 76 + PAD + widthOf(text) + widthOf(' ') + widthOf('phổ') + PAD - 1;
    const cols = [50, 76, right];
    expect(widthOf('0412')).toBeGreaterThan(76 - 50 - 2 * PAD);
    const page1: PdfPage = {
      width: 600,
      height: 800,
      segments: rules(cols, [100, 120, 140, 790]),
      items: [
        run('Mã', 50 + PAD, 113),
        run('Tên tiêu chí', 76 + PAD, 113),
        run('0411', 50 + PAD, 133),
        run('Mức độ số hóa', 76 + PAD, 133),
        run('041', 50 + PAD, 785),
        run(text, 76 + PAD, 785),
      ],
    };
    // The next page's table has no rule above its first row: that row is the rest of the cut one.
    const page2: PdfPage = {
      width: 600,
      height: 800,
      segments: rules(cols, [70, 90], 40),
      items: [
        run('2', 50 + PAD, 55),
        run('phổ biến giá trị văn hóa', 76 + PAD, 55),
        run('0413', 50 + PAD, 83),
        run('Tỷ lệ', 76 + PAD, 83),
      ],
    };
    const [table] = pdfTables([page1, page2]);
    expect(table.grid).toEqual([
      ['Mã', 'Tên tiêu chí'],
      ['0411', 'Mức độ số hóa'],
      ['0412', 'Mức độ đổi mới sáng tạo trong phổ biến giá trị văn hóa'],
      ['0413', 'Tỷ lệ'],
    ]);
  });
});
