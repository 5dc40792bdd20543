/**
 * The archive sheet ("Lưu trữ"): values of lines that left a tab (indicator removed from the
 * table, or reassigned) are kept here, one row per value, never silently deleted.
 */
import type { LineValues } from '../layout/tab';

export const ARCHIVE_HEADER = [
  'Thời điểm lưu',
  'Cơ quan',
  'Trang',
  'Mã',
  'Chỉ tiêu',
  'Kỳ',
  'Giá trị',
  'Minh chứng',
  'Giải trình',
  'Lý do',
];

export const ARCHIVE_REASON = 'Chỉ tiêu không còn được giao cho cơ quan trong bảng phân công';

export interface ArchiveRow {
  cells: unknown[];
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

export function archiveRows(
  agency: string,
  sheet: string,
  key: string,
  values: LineValues,
  nowMs: number,
): ArchiveRow[] {
  const base = [stamp(nowMs), agency, sheet, key, values.text ?? ''];
  const tail = [values.evidence ?? '', values.explanation ?? '', ARCHIVE_REASON];
  const periods = Object.entries(values.periods);
  if (periods.length === 0) return [{ cells: [...base, '', '', ...tail] }];
  return periods.map(([period, value]) => ({ cells: [...base, period, value, ...tail] }));
}
