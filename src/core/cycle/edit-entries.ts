/**
 * Which figures an edit changed: the cells of the edited rectangle that are a reporting line's
 * period cell on an agency tab. Evidence, explanation, the read-only section and the header are
 * not figures; a paste over many cells yields one entry per figure cell.
 */
import { readTab } from '../layout/read-tab';
import type { EditEntry } from './log';

export interface EditedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Entries for an edit, from the tab's values rows 1…area.bottom (one getValues, after the
 * edit). Empty when the sheet is not an agency tab.
 */
export function entriesOfEdit(
  grid: unknown[][],
  area: EditedArea,
  context: { sheet: string; at: Date; user: string },
): EditEntry[] {
  const tab = readTab(grid);
  if (!tab) return [];
  const entries: EditEntry[] = [];
  for (const [lineKey, row] of tab.rows) {
    if (row < area.top || row > area.bottom) continue;
    tab.periods.forEach((period, j) => {
      const col = tab.layout.period[j].value;
      if (col < area.left || col > area.right) return;
      entries.push({ ...context, agencyKey: tab.agencyKey, lineKey, period, value: grid[row - 1][col - 1] ?? '' });
    });
  }
  return entries;
}
