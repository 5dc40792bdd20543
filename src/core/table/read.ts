/**
 * The assignment-table reader: a grid of cell strings (a paste, a TSV/CSV/XLSX) to indicators.
 * It finds the header (or reads a header-less table or list from its content), recognises
 * sections and parents, joins rows split over a page break, reads targets (per year where the
 * table has year columns), agencies and deadlines, and gives stable ids. What it cannot read
 * becomes a Vietnamese warning naming the row; the rest is still read.
 */
import { M } from '../messages';
import type { Grid, TableRead, Warning } from '../types';
import { guessHeader } from './guess';
import { findHeader, type HeaderFound, resultsByAgencyRow, yearsOf } from './header';
import { assignIds, dropStaleIds, type IdRecord } from './ids';
import { toIndicator } from './indicator';
import { listLines, readList } from './list';
import { collectRecords, type RowRecord } from './records';

function isBlankRow(row: string[]): boolean {
  return row.every((cell) => /^[\s\-–—=_.]*$/.test(cell ?? ''));
}

export interface ReadOptions {
  /** The workbook year (Cài đặt → Năm): picks the target column of that year in tables with year columns. */
  year?: number;
  /** Ids issued by earlier runs; new rows never take one (see assignIds). */
  reservedIds?: ReadonlySet<string>;
  /** What each id stood for at the last run, to notice an id column left behind by a new paste. */
  knownIds?: Readonly<Record<string, IdRecord>>;
}

const empty = (warnings: Warning[]): TableRead => ({ indicators: [], warnings, columns: {}, headerRow: 0 });

/** Reads an assignment table. Never throws on bad input: problems come back as warnings. */
export function readAssignmentTable(grid: Grid, options: ReadOptions = {}): TableRead {
  const warnings: Warning[] = [];
  const rows = grid.filter((row) => row !== undefined);
  if (rows.every(isBlankRow)) return empty([{ code: 'table-empty', message: M.tableEmpty() }]);
  let header: HeaderFound | null = findHeader(grid);
  let records: RowRecord[];
  if (header) {
    records = collectRecords(grid, header.index + header.height, header, warnings);
  } else {
    const lines = listLines(grid);
    const guessed = lines ? null : guessHeader(grid);
    if (lines) {
      ({ records, header } = readList(lines));
    } else if (guessed) {
      header = guessed;
      records = collectRecords(grid, 0, header, warnings);
    } else {
      const results = resultsByAgencyRow(grid);
      if (results) return empty([{ code: 'table-results-only', row: results, message: M.tableResultsOnly(results) }]);
      return empty([{ code: 'table-no-header', message: M.tableNoHeader() }]);
    }
  }
  warnings.unshift(...header.notes);
  const found = header;
  const indicators = records.map((record) => toIndicator(record, found, warnings, { year: options.year }));
  if (options.year !== undefined && header.byYear && !yearsOf(header).includes(options.year)) {
    const years = yearsOf(header).join(', ');
    warnings.unshift({
      code: 'target-year-missing',
      row: header.index + 1,
      message: M.targetYearMissing(header.index + 1, options.year, years),
    });
  }
  // A pasted list names no agency: say so and how to add one. (A table without agency columns is
  // a criteria table whose units are listed in "Cơ quan", as in seed 002.)
  const assigned = indicators.some((i) => i.lead.length > 0 || i.monitor.length > 0);
  if (header.index < 0 && indicators.length > 0 && !assigned) {
    warnings.push({ code: 'table-no-agency', message: M.tableNoAgency() });
  }
  dropStaleIds(indicators, options.knownIds ?? {}, warnings);
  const written = new Set(indicators.map((i) => i.id).filter(Boolean));
  const reserved = new Set([...(options.reservedIds ?? [])].filter((id) => !written.has(id)));
  assignIds(indicators, warnings, reserved, options.knownIds ?? {});
  return { indicators, warnings, columns: header.columns, headerRow: Math.max(0, header.index + 1) };
}
