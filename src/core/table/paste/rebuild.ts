/**
 * A table copied out of a PDF viewer arrives as text, one printed line per line: the header's
 * names split over lines, each row's cells one after another, page headers and page numbers in
 * between. This rebuilds the grid the table reader expects (one row per table row, one cell per
 * column), putting each row on the line where it starts so that row numbers in warnings point
 * at the paste. The same rules read every table: nothing here knows a particular document.
 *
 * 1. The header: the run of lines from the code column's name ("STT", "TT") to the first row.
 * 2. Rows start at a line whose first word is the next code of the numbering ("1.1" after "1",
 *    "2" after "1.3", "II" after "I"); a number that does not continue it is cell text.
 * 3. The header printed again after a page break, and page numbers next to it, are dropped;
 *    the lines after it continue the cells of the row (see segment.ts).
 * 4. Each row's lines are shared out among the columns (segment.ts), twice: the first reading
 *    measures each column's width and collects the agency cells that repeat; the second uses them.
 */
import { cleanText, matchKey } from '../../text/normalize';
import type { Grid } from '../../types';
import { advance, type Code, follows, isChildOf, parseCode, startNumbering } from './codes';
import { findPasteHeader, isColumnNumberRow, type PasteColumn, type PasteHeader, splitNames } from './header';
import { roleOfHeader } from '../header';
import { isUpperStart, type TableContext, wordPairs } from './score';
import { type BuiltRow, type RowLine, type RowReading, readRow } from './segment';

interface SourceRow {
  code: Code | null;
  codeText: string;
  line: number;
  lines: RowLine[];
  section: boolean;
}

/** Something the secretariat should check in a rebuilt row (turned into a warning by the caller). */
export interface PasteDoubt {
  /** 0-based line where the row starts. */
  line: number;
  code: string;
  kind: 'interleaved' | 'uncoded' | 'close';
  /** Names of the columns to check. */
  columns: string[];
}

export interface PasteRebuild {
  grid: Grid;
  /** 0-based index of the header row in `grid`. */
  headerIndex: number;
  columns: PasteColumn[];
  rows: number;
  /** 0-based lines dropped as page furniture (repeated headers, page numbers). */
  dropped: number[];
  doubts: PasteDoubt[];
}

/** Lines after which the table is over: another appendix, the recipients, the signature. */
const END_OF_TABLE = /^(phụ lục\b|nơi nhận|kt\s?\.|tm\s?\.|người lập biểu)/;
const MAX_HEADER_ROW = 60;
/** Readings kept per line: few for the first reading (it only measures), more for the last. */
const FIRST_BEAM = 6;
const FINAL_BEAM = 12;

export function normaliseLines(lines: string[]): string[] {
  return lines.map((l) =>
    String(l ?? '')
      .normalize('NFC')
      .replace(/[\u00a0\u200b\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Marks the header printed again at a page break, and the page numbers beside it. */
function pageFurniture(lines: string[], header: PasteHeader, from: number, to: number): Set<number> {
  const keys = new Set(header.lineKeys);
  const dropped = new Set<number>();
  for (let i = from; i < to; i++) {
    if (lines[i] === '' || !keys.has(matchKey(lines[i]))) continue;
    const run: number[] = [];
    let j = i;
    while (j < to && (lines[j] === '' || keys.has(matchKey(lines[j])) || isColumnNumberRow(lines[j]))) {
      if (lines[j] !== '') run.push(j);
      j++;
    }
    const names = splitNames(run.map((r) => lines[r])).filter((n) => roleOfHeader(cleanText(n)) !== null);
    if (run.length >= 2 || names.length >= 2) {
      for (const r of run) dropped.add(r);
      // A page number printed just before or after the repeated header.
      for (const near of [prevContent(lines, i - 1, from), nextContent(lines, j, to)]) {
        if (near !== -1 && /^(trang\s*)?\d{1,3}(\s*\/\s*\d{1,3})?$/i.test(lines[near])) dropped.add(near);
      }
    }
    i = j - 1;
  }
  return dropped;
}

function prevContent(lines: string[], i: number, from: number): number {
  for (let j = i; j >= from; j--) if (lines[j] !== '') return j;
  return -1;
}

function nextContent(lines: string[], i: number, to: number): number {
  for (let j = i; j < to; j++) if (lines[j] !== '') return j;
  return -1;
}

/** The code a line starts with, when it continues the numbering and the line reads as a row start. */
function rowStart(
  lines: string[],
  i: number,
  numbering: ReturnType<typeof startNumbering>,
  skip: Set<number>,
): { code: Code; token: string; rest: string } | null {
  const line = lines[i];
  const match = /^(\S+)\s*(.*)$/.exec(line);
  if (!match) return null;
  const [, token, rest] = match;
  const code = parseCode(token);
  if (!code) return null;
  const fit = follows(numbering, code);
  if (fit === 0) return null;
  let after = rest;
  if (!after) {
    let j = i + 1;
    while (j < lines.length && (lines[j] === '' || skip.has(j))) j++;
    after = lines[j] ?? '';
  }
  // "15 tuổi trở lên…", "12 tháng 8 năm 2020": a number inside a cell, not a row.
  const startsCell = isUpperStart(after) || /^[\d("“%]/.test(after);
  if (rest && !startsCell) return null;
  if (fit === 1 && !isUpperStart(after)) return null;
  if (!rest && !startsCell && after !== '') return null;
  return { code, token: token.replace(/\)$/, ''), rest };
}

function splitRows(
  lines: string[],
  from: number,
  dropped: Set<number>,
  pages: Set<number>,
): { rows: SourceRow[]; end: number } {
  const rows: SourceRow[] = [];
  let numbering = startNumbering();
  let breakPending = false;
  let end = lines.length;
  for (let i = from; i < lines.length; i++) {
    if (pages.has(i)) breakPending = true;
    if (dropped.has(i)) {
      breakPending = true;
      continue;
    }
    const line = lines[i];
    if (line === '') continue;
    if (rows.length > 0 && END_OF_TABLE.test(matchKey(line))) {
      end = i;
      break;
    }
    const start = rowStart(lines, i, numbering, dropped);
    if (start) {
      numbering = advance(numbering, start.code);
      rows.push({ code: start.code, codeText: start.token, line: i, lines: [], section: false });
      if (start.rest) rows[rows.length - 1].lines.push({ text: start.rest, line: i, breakBefore: false });
      breakPending = false;
      continue;
    }
    if (rows.length === 0) continue;
    rows[rows.length - 1].lines.push({ text: line, line: i, breakBefore: breakPending });
    breakPending = false;
  }
  markSections(rows);
  return { rows, end };
}

/** Section rows: a Roman or letter code with a short title, or a number whose next row is numbered under it. */
function markSections(rows: SourceRow[]): void {
  rows.forEach((row, i) => {
    const text = row.lines.map((l) => l.text).join(' ');
    const words = text.split(' ').filter(Boolean).length;
    const next = rows[i + 1]?.code;
    if (!row.code || words === 0 || words > 20) return;
    if (row.code.kind !== 'number') row.section = true;
    else if (next && isChildOf(row.code, next)) row.section = true;
  });
}

function contextOf(columns: PasteColumn[], pairs: Set<string>): TableContext {
  const kinds = columns.map((c) => c.kind);
  return {
    pairs,
    kinds,
    widths: kinds.map(() => undefined),
    known: new Set(),
    knownPrefixes: new Set(),
    embeddedTargets: !kinds.includes('target'),
    hasTier: kinds.includes('tier'),
    beam: FIRST_BEAM,
  };
}

function readAll(rows: SourceRow[], ctx: TableContext): Map<SourceRow, RowReading> {
  const readings = new Map<SourceRow, RowReading>();
  for (const row of rows) if (!row.section) readings.set(row, readRow(row.codeText, row.line, row.lines, ctx));
  return readings;
}

/**
 * A column's width in characters: the longest first line of its cells (the second longest
 * when there are many, so that one misread cell does not widen the column).
 */
function widthOf(lengths: number[]): number | undefined {
  if (lengths.length < 4) return undefined;
  const sorted = [...lengths].sort((a, b) => b - a);
  return sorted[lengths.length >= 8 ? 1 : 0];
}

/** Widths of the columns and the agency cells that repeat, from a first reading. */
function learn(ctx: TableContext, readings: Map<SourceRow, RowReading>, beam: number): TableContext {
  const k = ctx.kinds.length;
  const lengths: number[][] = Array.from({ length: k }, () => []);
  const counts = new Map<string, number>();
  for (const reading of readings.values()) {
    for (const row of reading.rows) {
      row.lineLengths.forEach((ls, col) => {
        lengths[col].push(...ls);
      });
      row.cells.forEach((cell, col) => {
        if (ctx.kinds[col] !== 'agency' || !cell) return;
        const key = matchKey(cell);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
    }
  }
  // A name of one word ("Bộ", "Sở") is a misread cut, not a cell the table repeats.
  const known = new Set([...counts].filter(([key, n]) => n >= 2 && key.includes(' ')).map(([key]) => key));
  const knownPrefixes = new Set<string>();
  for (const key of known) {
    const words = key.split(' ');
    for (let n = 1; n <= words.length; n++) knownPrefixes.add(words.slice(0, n).join(' '));
  }
  const widths = lengths.map((ls, col) => (col > 0 ? widthOf(ls) : undefined));
  return { ...ctx, widths, known, knownPrefixes, beam };
}

function totalScore(readings: Map<SourceRow, RowReading>): number {
  let total = 0;
  for (const r of readings.values()) total += r.score;
  return total;
}

/** Rebuilds a table from pasted lines, or null when the lines hold no table header. */
export function rebuildPaste(rawLines: string[]): PasteRebuild | null {
  // A form feed (pdftotext and some viewers put one where a page ends) is a page break.
  const pages = new Set<number>();
  rawLines.forEach((line, i) => {
    if (String(line ?? '').includes('\f')) pages.add(i);
  });
  const lines = normaliseLines(rawLines.map((line) => String(line ?? '').replace(/\f/g, '')));
  const header = findPasteHeader(lines);
  if (!header) return null;
  const firstPass = splitRows(lines, header.end, new Set(), pages);
  const dropped = pageFurniture(lines, header, header.end, firstPass.end);
  const { rows } = splitRows(lines, header.end, dropped, pages);
  if (rows.filter((r) => !r.section).length === 0) return null;

  const pairs = wordPairs(lines);
  // A two-row header allows several column orders: the one the first rows read best in wins.
  let columns = header.orders[0];
  if (header.orders.length > 1) {
    const sample = rows.filter((r) => !r.section).slice(0, 8);
    let best = -Infinity;
    for (const order of header.orders) {
      const score = totalScore(readAll(sample, contextOf(order, pairs)));
      if (score > best) {
        best = score;
        columns = order;
      }
    }
  }
  const base = contextOf(columns, pairs);
  // Each reading measures the columns better than the one before: the first knows no widths.
  const first = learn(base, readAll(rows, base), FIRST_BEAM);
  const ctx = learn(first, readAll(rows, first), FINAL_BEAM);
  const readings = readAll(rows, ctx);

  const grid: Grid = lines.map(() => []);
  const headerIndex = header.start < MAX_HEADER_ROW ? header.start : 0;
  grid[headerIndex] = columns.map((c) => c.name);
  const doubts: PasteDoubt[] = [];
  let count = 0;
  const put = (line: number, cells: string[]) => {
    let at = line;
    while (at < grid.length && grid[at].length > 0) at++;
    grid[at] = cells;
  };
  for (const row of rows) {
    if (row.section) {
      const cells = columns.map(() => '');
      cells[0] = row.codeText;
      cells[Math.max(1, ctx.kinds.indexOf('text'))] = row.lines.map((l) => l.text).join('\n');
      put(row.line, cells);
      continue;
    }
    const reading = readings.get(row) as RowReading;
    for (const built of reading.rows) {
      put(built.line, built.cells);
      count++;
      if (built.uncoded) doubts.push(doubtOf(built, row, 'uncoded', columns, []));
    }
    if (reading.resets > 0)
      doubts.push(doubtOf(reading.rows[0], row, 'interleaved', columns, interleavedColumns(reading)));
    else if (reading.doubtful.length > 0)
      doubts.push(doubtOf(reading.rows[0], row, 'close', columns, reading.doubtful));
  }
  return { grid, headerIndex, columns, rows: count, dropped: [...dropped].sort((a, b) => a - b), doubts };
}

/** Columns other than the code column that hold text: the cells a reset may have mixed up. */
function interleavedColumns(reading: RowReading): number[] {
  return reading.rows[0].cells.map((c, i) => (i > 0 && c ? i : -1)).filter((i) => i > 0);
}

function doubtOf(
  built: BuiltRow,
  row: SourceRow,
  kind: PasteDoubt['kind'],
  columns: PasteColumn[],
  cols: number[],
): PasteDoubt {
  return {
    line: built.line,
    code: built.uncoded ? '' : row.codeText,
    kind,
    columns: cols.map((c) => cleanText(columns[c].name)),
  };
}
