/**
 * The header of a results file: which column holds what. English names and the words a
 * Vietnamese secretariat writes are both accepted, compared without diacritics so "co quan"
 * and "Cơ quan" read the same.
 */
import { M } from '../messages';
import { foldKey } from '../text/normalize';

export type ResultField = 'agency' | 'indicator' | 'period' | 'value' | 'evidence' | 'note';

export const REQUIRED_FIELDS: ResultField[] = ['agency', 'indicator', 'period', 'value'];

const NAMES: Record<ResultField, string[]> = {
  agency: ['agency', 'cơ quan', 'cơ quan, đơn vị', 'đơn vị', 'tên cơ quan', 'tên trang'],
  indicator: ['indicator', 'chỉ tiêu', 'mã', 'mã chỉ tiêu', 'mã định danh', 'stt'],
  period: ['period', 'kỳ', 'kỳ báo cáo'],
  value: ['value', 'giá trị', 'kết quả', 'kết quả thực hiện'],
  evidence: ['evidence', 'minh chứng'],
  note: ['note', 'ghi chú', 'giải trình', 'giải trình, ghi chú'],
};

const BY_KEY = new Map<string, ResultField>(
  (Object.entries(NAMES) as [ResultField, string[]][]).flatMap(([field, names]) =>
    names.map((n) => [foldKey(n), field] as [string, ResultField]),
  ),
);

/** How each field is called in messages: its usual Vietnamese name. */
export const FIELD_TITLES: Record<ResultField, string> = {
  agency: 'cơ quan',
  indicator: 'chỉ tiêu',
  period: 'kỳ',
  value: 'giá trị',
  evidence: 'minh chứng',
  note: 'ghi chú',
};

export type ColumnMap = Partial<Record<ResultField, number>>;

/** The 0-based column of each field, or the header's problems (Vietnamese). */
export function readHeader(cells: string[]): { columns: ColumnMap; problems: string[] } {
  const columns: ColumnMap = {};
  const problems: string[] = [];
  cells.forEach((cell, i) => {
    const title = cell.trim();
    if (!title) return;
    const field = BY_KEY.get(foldKey(title));
    if (!field) problems.push(M.resultsUnknownColumn(i + 1, title));
    else if (columns[field] !== undefined) problems.push(M.resultsRepeatedColumn(i + 1, title, columns[field]! + 1));
    else columns[field] = i;
  });
  const missing = REQUIRED_FIELDS.filter((f) => columns[f] === undefined);
  if (missing.length > 0) problems.push(M.resultsMissingColumns(missing.map((f) => FIELD_TITLES[f])));
  return { columns, problems };
}
