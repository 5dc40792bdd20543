/**
 * How the add-on's sheets print: the one font every cell is written in, and the height a row
 * needs for its text where no program will fit it (an .xlsx opened by LibreOffice or Excel keeps
 * the heights written in the file; Google Sheets fits rows by itself). Pure estimates from the
 * text, the column width and the font size: no font file is read.
 */

/**
 * Every cell the add-on writes is in this family: Google Sheets' own default, installed on every
 * office PC, and a sans font — a cell written without a family prints in whatever the reader
 * falls back to (LibreOffice picked a serif for the headings).
 */
export const FONT_FAMILY = 'Arial';
/** Google Sheets' default size, in points: a cell with no size of its own has it. */
export const BODY_FONT_SIZE = 10;

/**
 * Advance widths, in thousandths of an em, of the printable ASCII characters (U+0020…U+007E),
 * regular and bold: Arial's (the Helvetica metrics Arial shares, as in Adobe's Helvetica AFM), and
 * DejaVu Sans' (read from its hmtx table), which LibreOffice prints Arial with where neither Arial
 * nor its metric twin Liberation Sans is installed (a bare Debian).
 */
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const ARIAL_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584,
];
const DEJAVU = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863,
  748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635,
  615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636,
  337, 636, 838,
];
const DEJAVU_BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995,
  837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716,
  678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712,
  365, 712, 838,
];
/**
 * A column is as many digits wide in every reader (the xlsx width unit), so a font with wider
 * digits has wider columns too: DejaVu's widths count in Arial's digits (556) against its own (636
 * regular, 696 bold). Each character takes the wider of the two fonts in that unit, so a row fitted
 * for it holds its text whichever of the two prints it.
 */
const widest = (arial: number[], dejavu: number[], digit: number) =>
  arial.map((w, i) => Math.max(w, Math.ceil((dejavu[i] * 556) / digit)));
const REGULAR = widest(ARIAL, DEJAVU, 636);
const BOLD = widest(ARIAL_BOLD, DEJAVU_BOLD, 696);
/** Vietnamese letters whose base is not ASCII (the rest are an ASCII letter plus marks of no width). */
const EXTRA: Record<string, [number, number]> = {
  đ: [556, 611],
  Đ: [722, 722],
  ơ: [800, 800],
  Ơ: [800, 800],
  ư: [760, 760],
  Ư: [760, 760],
};
/** A character the tables do not know (dashes, quotes, symbols): as wide as an em, to be safe. */
const UNKNOWN = 1000;
/** LibreOffice's line height for DejaVu Sans (ascent + descent), in ems: measured 11.7 pt at 10 pt. */
const LINE_EMS = 1.17;
/** Inner space of a cell: left and right, and above and below the text, in pixels. */
const CELL_PADDING_X = 8;
const CELL_PADDING_Y = 5;
const PX_PER_POINT = 96 / 72;

function charWidth(ch: string, bold: boolean): number {
  const extra = EXTRA[ch];
  if (extra) return extra[bold ? 1 : 0];
  const base = ch.normalize('NFD')[0] ?? ch;
  const code = base.charCodeAt(0);
  if (code >= 32 && code < 127) return (bold ? BOLD : REGULAR)[code - 32];
  // Combining marks alone (an NFD text) take no width.
  if (code >= 0x300 && code < 0x370) return 0;
  return UNKNOWN;
}

/** Width of a text on one line, in pixels. */
export function textWidth(text: string, points: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch, bold);
  return (ems / 1000) * points * PX_PER_POINT;
}

/**
 * How many lines a text takes in a cell of `width` pixels when it wraps: words are put on a line
 * while they fit, a word longer than a line is broken where it overflows, and every line break
 * of the text starts a line. A text that does not wrap takes one line per line break.
 */
export function lineCount(text: string, width: number, points: number, bold = false, wrap = true): number {
  const paragraphs = text.split(/\r\n|\r|\n/);
  if (!wrap) return paragraphs.length;
  const room = Math.max(1, width - CELL_PADDING_X);
  const space = textWidth(' ', points, bold);
  let lines = 0;
  for (const paragraph of paragraphs) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      let w = textWidth(word, points, bold);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= room) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the cell is broken across lines.
      while (w > room) {
        lines++;
        w -= room;
      }
      used = w;
    }
  }
  return lines;
}

/** One cell's text as it is printed: the width it has (merged columns summed) and its font. */
export interface PrintedText {
  text: string;
  width: number;
  points: number;
  bold: boolean;
  wrap: boolean;
}

/** Height of one line of text at a font size, in pixels. */
export function lineHeight(points: number): number {
  return points * LINE_EMS * PX_PER_POINT;
}

/** The height, in pixels, of a row that shows all of its cells' texts; `least` for a row without text. */
export function fittedRowHeight(cells: PrintedText[], least: number): number {
  let height = 0;
  for (const cell of cells) {
    if (cell.text === '') continue;
    const lines = lineCount(cell.text, cell.width, cell.points, cell.bold, cell.wrap);
    height = Math.max(height, Math.ceil(lines * lineHeight(cell.points) + CELL_PADDING_Y));
  }
  return Math.max(height, least);
}

/**
 * The widest a sheet meant for one page may be, in pixels: A4 landscape with 1 cm margins holds
 * 1045 px at 100 %; a reader without Arial prints it in DejaVu Sans, about 1.2 times as wide, and
 * then shrinks the page to fit — to no less than 90 %, 9 pt for 10-pt text, at this width.
 */
export const ONE_PAGE_WIDTH = 940;
const NARROWEST_COLUMN = 50;
const WIDEST_COLUMN = 360;
/** A column is never made narrower than its longest word, up to this. */
const LONGEST_WORD = 120;

/**
 * Column widths, in pixels, for reading a table someone pasted: each column as wide as its
 * longest text needs (within NARROWEST_COLUMN…WIDEST_COLUMN); when the whole is wider than one
 * page, the widest columns give way first (their text wraps), never below their longest word,
 * until the table fits ONE_PAGE_WIDTH. `bold` rows (the header) are measured bold.
 */
export function readingWidths(grid: string[][], boldRows: Set<number> = new Set()): number[] {
  const columns = Math.max(0, ...grid.map((r) => r.length));
  const natural = Array<number>(columns).fill(NARROWEST_COLUMN);
  const least = Array<number>(columns).fill(NARROWEST_COLUMN);
  grid.forEach((row, r) => {
    const bold = boldRows.has(r);
    row.forEach((text, c) => {
      for (const line of String(text ?? '').split(/\r\n|\r|\n/)) {
        const wide = Math.ceil(textWidth(line.trim(), BODY_FONT_SIZE, bold)) + CELL_PADDING_X;
        natural[c] = Math.min(WIDEST_COLUMN, Math.max(natural[c], wide));
        for (const word of line.split(/\s+/)) {
          const w = Math.ceil(textWidth(word, BODY_FONT_SIZE, bold)) + CELL_PADDING_X;
          least[c] = Math.min(LONGEST_WORD, Math.max(least[c], w));
        }
      }
    });
  });
  const fitted = (cap: number) => natural.map((n, c) => Math.max(Math.min(least[c], n), Math.min(n, cap)));
  const total = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
  if (total(natural) <= ONE_PAGE_WIDTH) return natural;
  // The largest cap that fits: columns wider than it are cut to it (or to their longest word).
  let low = NARROWEST_COLUMN;
  let high = WIDEST_COLUMN;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (total(fitted(mid)) <= ONE_PAGE_WIDTH) low = mid;
    else high = mid;
  }
  return fitted(low);
}
