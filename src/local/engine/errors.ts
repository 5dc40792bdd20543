/**
 * Errors thrown the way Apps Script throws them: `e.message` is the service's message and
 * `String(e)` reads "Exception: …".
 */

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
  sheetNameEmpty: () => 'The sheet name cannot be empty.',
  sheetGone: (name: string) => `The sheet "${name}" has been deleted.`,
  lastSheet: () => 'A spreadsheet must have at least one visible sheet.',
  rowsOutOfBounds: () => 'Those rows are out of bounds.',
  columnsOutOfBounds: () => 'Those columns are out of bounds.',
  deleteAllRows: () => 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: () => 'Sorry, it is not possible to delete all non-frozen columns.',
  invalidData: (a1: string) =>
    `There was a problem. The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  noHtmlFile: (name: string) => `No HTML file named ${name} was found.`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  noPermission: () => 'You do not have permission to perform that action.',
  invalidEmail: (email: string) => `Invalid email: ${email}`,
};
