/** Naming a table by the text above it: "PHỤ LỤC I BẢNG PHÂN CÔNG …", or the last line before it. */
import { collapseSpace } from '../text/normalize';

const TITLE_START = /^(phụ\s*lục|biểu(\s*mẫu)?|bảng|mẫu|danh\s*mục|kế\s*hoạch|appendix)\b/iu;
const MAX_TITLE = 160;

/**
 * The title of a table from the non-empty lines between the previous table and this one:
 * from the last line that opens like a title ("Phụ lục", "Biểu mẫu", "Bảng") at most four
 * lines up, to the end; otherwise the last line alone.
 */
export function titleFrom(lines: string[]): string {
  const clean = lines.map((l) => collapseSpace(l.normalize('NFC'))).filter(Boolean);
  if (clean.length === 0) return '';
  let start = clean.length - 1;
  for (let i = clean.length - 1; i >= Math.max(0, clean.length - 4); i--) {
    if (TITLE_START.test(clean[i])) {
      start = i;
      break;
    }
  }
  // A line ending in a hyphen after a letter goes on without a space ("…-xa-" / "hoi-so" in a wrapped title).
  const title = clean
    .slice(start)
    .reduce((text, line) => (text === '' ? line : /[\p{L}\p{N}]-$/u.test(text) ? text + line : `${text} ${line}`), '');
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** Two rows with the same words in the same cells. */
export function sameRow(a: string[], b: string[]): boolean {
  const width = Math.max(a.length, b.length);
  let filled = 0;
  for (let i = 0; i < width; i++) {
    const x = collapseSpace(a[i] ?? '');
    if (x !== collapseSpace(b[i] ?? '')) return false;
    if (x) filled++;
  }
  return filled > 0;
}

/** Drops the rows at the top of a continuation that restate the first rows of the table. */
export function dropRestatedHeader(table: string[][], continuation: string[][]): string[][] {
  let k = 0;
  while (k < continuation.length && k < table.length && k < 6 && sameRow(continuation[k], table[k])) k++;
  return continuation.slice(k);
}
