/** Naming a table by the text above it: "PHỤ LỤC I BẢNG PHÂN CÔNG …", or the last line before it. */
import { collapseSpace } from '../text/normalize';

const TITLE_START = /^(\d+\.\s*)?(phụ\s*lục|biểu(\s*mẫu)?|bảng|mẫu|danh\s*mục|kế\s*hoạch|appendix)\b/iu;
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

/**
 * Like dropRestatedHeader, for a page of a PDF: a repeated header row may also hold, in a cell
 * whose rule under the header was not drawn, the first words of the row cut by the page break
 * ("Mục tiêu, quy mô" + "trên nhiều lĩnh vực…"). Those words are kept as a row of their own, so
 * they go on with the cut row.
 */
export function dropRepeatedHeader(table: string[][], continuation: string[][]): string[][] {
  const tails: string[] = [];
  let k = 0;
  while (k < continuation.length && k < table.length && k < 6) {
    const row = continuation[k].map((c) => collapseSpace(c));
    const head = table[k].map((c) => collapseSpace(c));
    let equal = 0;
    const extra = row.map((cell, i) => {
      const h = head[i] ?? '';
      if (cell === h) {
        if (h) equal++;
        return '';
      }
      return h && cell.startsWith(`${h} `) ? cell.slice(h.length + 1) : null;
    });
    if (extra.some((e) => e === null) || equal < 2) break;
    extra.forEach((e, i) => {
      if (e) tails[i] = tails[i] ? `${tails[i]} ${e}` : e;
    });
    k++;
  }
  const rest = continuation.slice(k);
  if (tails.length === 0) return rest;
  const width = Math.max(...continuation.map((r) => r.length));
  const first = rest[0];
  if (first && collapseSpace(first[0] ?? '') === '') {
    // The cut row goes on below the header too: its words above come first.
    const joined = first.map((cell, i) => (tails[i] ? (cell.trim() ? `${tails[i]}\n${cell}` : tails[i]) : cell));
    return [joined, ...rest.slice(1)];
  }
  return [Array.from({ length: width }, (_, i) => tails[i] ?? ''), ...rest];
}
