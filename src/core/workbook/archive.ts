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

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** One row per period the line holds anything for; a line with nothing in a period has no row for it. */
export function archiveRows(
  agency: string,
  sheet: string,
  key: string,
  values: LineValues,
  nowMs: number,
  reason: string = M.archiveReason,
): ArchiveRow[] {
  const base = [stamp(nowMs), agency, sheet, key, values.text ?? ''];
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
