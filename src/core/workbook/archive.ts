/**
 * The archive sheet ("Lưu trữ"): values of lines that left a tab (indicator removed from the
 * table, or reassigned) are kept here, one row per value, never silently deleted.
 */
import { periodsWithEntries } from '../layout/read-tab';
import { M } from '../messages';
import { ARCHIVE_TEXTS } from '../messages/tab';
import type { LineValues } from '../layout/tab';

export const ARCHIVE_HEADER = ARCHIVE_TEXTS.header;

export interface ArchiveRow {
  cells: unknown[];
}

/** One row per period the line holds anything for; a line with nothing in a period has no row for it. */
/** When, whose and which line a value is archived from; `at` is already in the spreadsheet's time zone. */
export interface ArchiveSource {
  at: string;
  agency: string;
  sheet: string;
}

export function archiveRows(
  source: ArchiveSource,
  key: string,
  values: LineValues,
  reason: string = M.archiveReason,
): ArchiveRow[] {
  const base = [source.at, source.agency, source.sheet, key, values.text ?? ''];
  const periods = periodsWithEntries(values);
  return periods.map((period) => ({
    cells: [
      ...base,
      period,
      values.periods[period] ?? '',
      values.evidence[period] ?? '',
      values.explanation[period] ?? '',
      reason,
    ],
  }));
}
