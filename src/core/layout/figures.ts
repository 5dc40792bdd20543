/**
 * A figure that reached a tab as text (a paste of "99,9%", a cell typed in another program)
 * becomes the number the tab's own validation would have accepted, in sheet units; anything the
 * validation would refuse stays as it is, and is shown and reported as invalid.
 */
import { readFigure } from '../targets/number';
import { toSheetNumber } from './bounds';
import type { TabLine } from './lines';

export function sheetFigure(line: TabLine, text: string): number | null {
  if (line.kind === 'yesno') return null;
  const figure = readFigure(text, line.kind === 'percent');
  if (figure === null) return null;
  if (line.kind === 'percent') return figure >= 0 && figure <= 100 ? toSheetNumber(figure, line.target) : null;
  if (line.kind === 'count') return Number.isInteger(figure) && figure >= 0 ? figure : null;
  return Math.abs(figure) < 1e15 ? figure : null;
}
