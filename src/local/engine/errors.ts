/**
 * Errors thrown the way Apps Script throws them: `e.message` is the service's message and
 * `String(e)` reads "Exception: …".
 */
import { gridA1, type GridRange } from './a1';

export class ScriptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export const messages = {
  outsideGrid: () => 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: () => 'The starting row of the range is too small.',
  columnTooSmall: () => 'The starting column of the range is too small.',
  numRowsTooSmall: () => 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: () => 'The number of columns in the range must be at least 1.',
  rangeNotFound: () => 'Range not found',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the ` +
    `range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} ` +
    `but the range has ${range}.`,
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  sheetNameTooLong: () => 'The sheet name cannot be longer than 100 characters.',
  sheetNameEmpty: () => 'The sheet name cannot be empty.',
  sheetGone: (name: string) => `The sheet "${name}" has been deleted.`,
  lastSheet: () => 'A spreadsheet must have at least one visible sheet.',
  rowsOutOfBounds: () => 'Those rows are out of bounds.',
  columnsOutOfBounds: () => 'Those columns are out of bounds.',
  deleteAllRows: () => 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: () => 'Sorry, it is not possible to delete all non-frozen columns.',
  mergeOverlap: (g: GridRange) =>
    `You must select all cells in a merged range to merge or unmerge them (${gridA1(g)}).`,
  protectedCell: () =>
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection ' +
    'if you need to edit.',
  invalidData: (a1: string) =>
    `There was a problem. The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  lockTimeout: () => 'Lock timeout: another process was holding the lock for too long.',
  propertyTooLarge: (key: string) => `Argument too large: ${key}`,
  noHtmlFile: (name: string) => `No HTML file named ${name} was found.`,
  notSupported: (what: string) => `${what} is not supported by the local engine.`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
};
