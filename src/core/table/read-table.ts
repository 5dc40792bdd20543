/**
 * Reading the assignment table wherever it comes from: the grid as pasted, or, when the paste
 * is text copied out of a PDF viewer (every printed line in its own row of one column), the table
 * rebuilt from those lines first (paste/rebuild.ts). Every path that reads the table (the add-on's
 * menu, `cli parse`, `cli init`) goes through here, so a PDF paste reads like any other.
 */
import { M } from '../messages';
import { cleanText, matchKey } from '../text/normalize';
import type { Grid, TableRead, Warning } from '../types';
import { ID_HEADER } from './header';
import { type PasteRebuild, rebuildPaste } from './paste/rebuild';
import { type ReadOptions, readAssignmentTable } from './read';

/** Lines of a one-column paste, and the id column the add-on wrote beside them, if any. */
interface PastedLines {
  lines: string[];
  idColumn?: number;
}

const MIN_PASTE_LINES = 5;

/**
 * The lines of a grid whose text sits in one column (ignoring the id column written back beside
 * it), or null for an ordinary table.
 */
export function pastedLines(grid: Grid): PastedLines | null {
  const used = new Map<number, number>();
  let idColumn: number | undefined;
  for (const row of grid) {
    (row ?? []).forEach((cell, col) => {
      if (!cleanText(cell)) return;
      if (!used.has(col) && idColumn === undefined && matchKey(cell) === matchKey(ID_HEADER)) idColumn = col;
      used.set(col, (used.get(col) ?? 0) + 1);
    });
  }
  const text = [...used.keys()].filter((col) => col !== idColumn);
  if (text.length !== 1 || (used.get(text[0]) ?? 0) < MIN_PASTE_LINES) return null;
  return { lines: grid.map((row) => row?.[text[0]] ?? ''), idColumn };
}

function withIds(rebuilt: PasteRebuild, grid: Grid, idColumn: number): Grid {
  const width = rebuilt.columns.length;
  return rebuilt.grid.map((row, r) => {
    if (row.length === 0) return row;
    const cells = Array.from({ length: width }, (_, i) => row[i] ?? '');
    cells.push(r === rebuilt.headerIndex ? ID_HEADER : (grid[r]?.[idColumn] ?? ''));
    return cells;
  });
}

function pasteWarnings(rebuilt: PasteRebuild): Warning[] {
  const names = rebuilt.columns.map((c) => `"${cleanText(c.name)}"`);
  const warnings: Warning[] = [
    {
      code: 'paste-rebuilt',
      row: rebuilt.headerIndex + 1,
      message: M.pasteRebuilt(rebuilt.rows, rebuilt.headerIndex + 1, names.join(', ')),
    },
  ];
  for (const doubt of rebuilt.doubts) {
    const row = doubt.line + 1;
    const columns = doubt.columns.map((c) => `"${c}"`).join(', ');
    if (doubt.kind === 'uncoded') warnings.push({ code: 'paste-row-uncoded', row, message: M.pasteUncoded(row) });
    else if (doubt.kind === 'interleaved')
      warnings.push({ code: 'paste-row-interleaved', row, message: M.pasteInterleaved(row, doubt.code, columns) });
    else warnings.push({ code: 'paste-row-uncertain', row, message: M.pasteUncertain(row, doubt.code, columns) });
  }
  if (rebuilt.dropped.length > 0) {
    const lines = rebuilt.dropped.map((l) => l + 1);
    const list = lines.length > 12 ? `${lines.slice(0, 12).join(', ')}…` : lines.join(', ');
    warnings.push({ code: 'paste-lines-dropped', message: M.pasteDropped(lines.length, list) });
  }
  return warnings;
}

/** Reads an assignment table from a grid as pasted; never throws (problems come back as warnings). */
export function readTable(grid: Grid, options: ReadOptions = {}): TableRead {
  const pasted = pastedLines(grid);
  if (!pasted) return readAssignmentTable(grid, options);
  const rebuilt = rebuildPaste(pasted.lines);
  if (!rebuilt) {
    const read = readAssignmentTable(grid, options);
    if (read.warnings.some((w) => w.code === 'table-no-header'))
      read.warnings.push({ code: 'paste-no-header', message: M.pasteNoHeader() });
    return read;
  }
  const table = pasted.idColumn === undefined ? rebuilt.grid : withIds(rebuilt, grid, pasted.idColumn);
  const read = readAssignmentTable(table, options);
  // Rows of the rebuilt grid are the paste's rows; its columns are not: only the id column is
  // the paste's own (the add-on writes ids there, or beside the text when there is none yet).
  return {
    ...read,
    columns: pasted.idColumn === undefined ? {} : { id: pasted.idColumn },
    warnings: [...pasteWarnings(rebuilt), ...read.warnings],
  };
}
