/**
 * Choosing the assignment table among a document's tables: each is read by the table reader,
 * the one it finds the most indicators in is the default, and the user may name others
 * ("--table 3", "2,3", "2-4": several appendices read together as one table).
 */
import { readTable } from '../table/read-table';
import type { Grid } from '../types';
import { dropRestatedHeader } from './title';
import type { SourceTable } from './types';

export interface TableSummary {
  index: number;
  title: string;
  rows: number;
  columns: number;
  /** Indicators the reader finds in the table alone. */
  indicators: number;
  page?: number;
}

export function summarizeTables(tables: SourceTable[]): TableSummary[] {
  return tables.map((t) => ({
    index: t.index,
    title: t.title,
    rows: t.grid.length,
    columns: Math.max(0, ...t.grid.map((r) => r.length)),
    indicators: readTable(t.grid).indicators.length,
    ...(t.page !== undefined ? { page: t.page } : {}),
  }));
}

/** The table the reader recognises best: the most indicators, then the most rows, then the first. */
export function bestTable(summaries: TableSummary[]): number | null {
  let best: TableSummary | null = null;
  for (const s of summaries) {
    if (!best || s.indicators > best.indicators || (s.indicators === best.indicators && s.rows > best.rows)) best = s;
  }
  return best ? best.index : null;
}

/**
 * "3", "2,3", "2-4", "1, 3-5" → table numbers in order, each once; null when the text names a
 * table the document does not have or is not a list of numbers.
 */
export function parseTableSelection(text: string, count: number): number[] | null {
  const picked: number[] = [];
  for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
    const range = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    if (!range) return null;
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (from < 1 || to > count || from > to) return null;
    for (let n = from; n <= to; n++) if (!picked.includes(n)) picked.push(n);
  }
  return picked.length > 0 ? picked : null;
}

/** The chosen tables as one grid: the later ones below the first, without the header rows they restate. */
export function joinTables(tables: SourceTable[], indexes: number[]): Grid {
  const chosen = indexes.map((i) => tables.find((t) => t.index === i)).filter((t): t is SourceTable => !!t);
  const grid: Grid = chosen[0] ? chosen[0].grid.map((r) => [...r]) : [];
  for (const table of chosen.slice(1)) grid.push(...dropRestatedHeader(grid, table.grid).map((r) => [...r]));
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}
