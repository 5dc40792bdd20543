/**
 * The archive sheet ("Lưu trữ"): values of lines that left a tab (indicator removed from the
 * table, or reassigned) are kept here, one row per value, never silently deleted.
 */
import { periodsWithEntries } from '../layout/read-tab';
import { M } from '../messages';
import { ARCHIVE_TEXTS } from '../messages/tab';
import type { LineValues } from '../layout/tab';
import { fingerprint } from '../util/hash';

export const ARCHIVE_HEADER = ARCHIVE_TEXTS.header;

export interface ArchiveRow {
  /** The row as written, its key last (ARCHIVE_HEADER's last column). */
  cells: unknown[];
  /**
   * What the row records, without its time: the same value archived again by a retried run has
   * the same key, so it is written once however often a run is retried.
   */
  key: string;
}

/** When, whose and which line a value is archived from; `at` is already in the spreadsheet's time zone. */
export interface ArchiveSource {
  at: string;
  agency: string;
  sheet: string;
}

/** One row per period the line holds anything for; a line with nothing in a period has no row for it. */
export function archiveRows(
  source: ArchiveSource,
  key: string,
  values: LineValues,
  reason: string = M.archiveReason,
): ArchiveRow[] {
  const periods = periodsWithEntries(values);
  return periods.map((period) => {
    const recorded = [
      source.agency,
      source.sheet,
      key,
      values.text ?? '',
      period,
      values.periods[period] ?? '',
      values.evidence[period] ?? '',
      values.explanation[period] ?? '',
      reason,
    ];
    const rowKey = fingerprint(JSON.stringify(recorded.map((v) => (v instanceof Date ? v.toISOString() : v))));
    return { cells: [source.at, ...recorded, rowKey], key: rowKey };
  });
}

/** The keys of the rows an archive sheet already holds (its last column), to write each row once. */
export function archivedKeys(grid: unknown[][]): Set<string> {
  const keys = new Set<string>();
  for (const row of grid.slice(1)) {
    const key = row[ARCHIVE_HEADER.length - 1];
    if (typeof key === 'string' && key) keys.add(key);
  }
  return keys;
}

/** Every value of a tab whose unit no longer reports anything, before the tab is retired. */
export function retiredArchive(
  unit: { name: string },
  read: { lines: Map<string, LineValues> },
  sheet: string,
  at: string,
): ArchiveRow[] {
  const source = { at, agency: unit.name, sheet };
  return [...read.lines].flatMap(([key, values]) => archiveRows(source, key, values, M.archiveUnitRetired));
}
