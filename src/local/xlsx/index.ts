/** Loading and saving engine workbooks as .xlsx. */
export { loadWorkbook } from './load';
export { saveWorkbook, toXlsxBuffer } from './save';
