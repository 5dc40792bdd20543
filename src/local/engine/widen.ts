/**
 * gas.ts picks the methods the add-on may call; navigation returns the picked types, but a
 * picked setter still returns the full Apps Script type (setValues(): Range, ~200 methods). The
 * engine's views implement the picked surface (`implements RangeApi`, checked by the compiler);
 * these two functions are the only place they are presented as the full types, which they are not.
 */
import type { RangeApi, SheetApi } from '../../sheets/gas';
import Ss = GoogleAppsScript.Spreadsheet;

export const asRange = (range: RangeApi): Ss.Range => range as unknown as Ss.Range;
export const asSheet = (sheet: SheetApi): Ss.Sheet => sheet as unknown as Ss.Sheet;
