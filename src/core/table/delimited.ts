/**
 * TSV and CSV text to a grid of strings, as a spreadsheet paste gives them: cells holding a
 * delimiter, a line break or a quote are quoted, with inner quotes doubled.
 */
import type { Grid } from '../types';

/** Guesses the delimiter from the first lines: tab, then semicolon (vi-VN Excel CSV), then comma. */
export function detectDelimiter(text: string): '\t' | ';' | ',' {
  const head = text.split(/\r?\n/).slice(0, 5).join('\n');
  const count = (ch: string) => head.split(ch).length - 1;
  if (count('\t') > 0) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

export function parseDelimited(text: string, delimiter: string = detectDelimiter(text)): Grid {
  const source = text.replace(/^\ufeff/, '');
  const rows: Grid = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (ch === '\r' && source[i + 1] === '\n') i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
