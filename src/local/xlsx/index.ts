/** Loading and saving engine workbooks as .xlsx. */
export { loadWorkbook } from './load';
export { openXlsx, XlsxUnreadable } from './open';
export { saveWorkbook, toXlsxBuffer } from './save';
