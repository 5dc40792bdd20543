/**
 * The entry log ("Nhật ký nhập liệu"): one row per figure entered or changed in a period column
 * of an agency tab. It is how the add-on knows WHEN a figure was reported, since a cell keeps
 * no date of its own. Rows are appended, never rewritten; the last row for a figure wins.
 */
import { sheetTexts as S } from '../messages/sheets';
export const EDIT_LOG_SHEET = S.names.editLog;

export const EDIT_LOG_HEADER = S.editLogHeader;

export interface EditEntry {
  at: Date;
  /** The tab's name when the figure was entered. */
  sheet: string;
  /** The tab's agency key (its marker cell), which survives a renamed tab; '' when unknown. */
  agencyKey: string;
  lineKey: string;
  period: string;
  /** The cell's value after the edit ('' when it was cleared). */
  value: unknown;
  /** E-mail of the person, when Apps Script discloses it ('' otherwise). */
  user: string;
}

export function logRow(entry: EditEntry): unknown[] {
  return [entry.at, entry.sheet, entry.agencyKey, entry.lineKey, entry.period, entry.value ?? '', entry.user];
}

function timeOf(cell: unknown): Date | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell;
  // Text only in ISO form: "10/03/2024" means 10 March here, not what Date() would read.
  if (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(cell.trim())) {
    const parsed = new Date(cell.trim());
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  return null;
}

/** The entries of the log sheet's values (header first); rows without a time or a line are skipped. */
export function readLog(grid: unknown[][]): EditEntry[] {
  const entries: EditEntry[] = [];
  for (const row of grid.slice(1)) {
    const at = timeOf(row[0]);
    const text = (i: number) => String(row[i] ?? '').trim();
    if (!at || !text(3) || !text(4) || (!text(1) && !text(2))) continue;
    entries.push({
      at,
      sheet: text(1),
      agencyKey: text(2),
      lineKey: text(3),
      period: text(4),
      value: row[5] ?? '',
      user: text(6),
    });
  }
  return entries;
}
