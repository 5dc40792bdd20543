/**
 * Finding the header row of an assignment table by its Vietnamese column names, whatever
 * the wording and column order ("TT", "STT", "Nội dung chỉ tiêu", "Mục tiêu năm 2024",
 * "Cơ quan chủ trì thực hiện", "Cơ quan theo dõi, đôn đốc", "Bắt buộc/Mở rộng"…).
 */
import { matchKey } from '../text/normalize';
import type { ColumnRole, Grid } from '../types';

/** Label of the id column the add-on writes back into the table. */
export const ID_HEADER = 'Mã định danh';

/** Role tests in priority order: the first that matches a header cell names its column. */
const ROLE_TESTS: Array<[ColumnRole, (key: string, compact: string) => boolean]> = [
  ['id', (k) => k === matchKey(ID_HEADER) || k === 'id' || k.startsWith('mã định danh')],
  ['code', (_k, c) => /^(s?tt|sốtt|sốthứtự|thứtự|mãsố|mãchỉtiêu)\.?$/.test(c)],
  ['monitor', (k) => k.includes('theo dõi') || k.includes('đôn đốc')],
  ['lead', (k) => k.includes('chủ trì') || k.includes('thực hiện chính')],
  ['cooperating', (k) => k.includes('phối hợp')],
  ['unit', (k, c) => k.includes('đơn vị tính') || c === 'đvt'],
  ['tier', (k) => k.includes('bắt buộc') || k.includes('mở rộng') || k.includes('loại tiêu chí')],
  ['method', (k) => k.includes('phương pháp') || k.includes('cách thu thập')],
  ['note', (k) => k.startsWith('ghi chú')],
  [
    'target',
    (k) =>
      k.startsWith('mục tiêu') ||
      k.startsWith('chỉ tiêu năm') ||
      k.startsWith('kế hoạch năm') ||
      k === 'chỉ số mục tiêu',
  ],
  ['text', (k) => /chỉ tiêu|tiêu chí|nội dung|nhiệm vụ|tên chỉ/.test(k)],
];

/** The role a header cell names, or null. */
export function roleOfHeader(cell: string): ColumnRole | null {
  if (!cell || cell.length > 120) return null;
  const key = matchKey(cell);
  if (!key || key.length > 80) return null;
  const compact = key.replace(/[\s.]/g, '');
  for (const [role, test] of ROLE_TESTS) if (test(key, compact)) return role;
  return null;
}

export type Columns = Partial<Record<ColumnRole, number>>;

/** Roles found in one row, first cell per role. */
export function rolesOfRow(row: string[]): Columns {
  const columns: Columns = {};
  row.forEach((cell, index) => {
    const role = roleOfHeader(cell);
    if (role && columns[role] === undefined) columns[role] = index;
  });
  return columns;
}

/** A header repeated after a page break: the same column names where the header had them. */
export function repeatsHeader(row: string[], columns: Columns): boolean {
  if (columns.text === undefined || roleOfHeader(row[columns.text] ?? '') !== 'text') return false;
  const others = (Object.entries(columns) as Array<[ColumnRole, number]>).filter(([role]) => role !== 'text');
  return others.some(([role, col]) => roleOfHeader(row[col] ?? '') === role);
}

/** A header row names the indicator column and at least one other. */
export function isHeaderRow(row: string[]): boolean {
  const columns = rolesOfRow(row);
  return columns.text !== undefined && Object.keys(columns).length >= 2;
}

export interface HeaderFound {
  /** 0-based index of the first header row. */
  index: number;
  /** How many rows the header takes (2 when a second row names sub-columns, seed 002). */
  height: number;
  columns: Columns;
}

const MAX_HEADER_SCAN = 60;

/** Finds the header within the first rows; merges a second header row that names more columns. */
export function findHeader(grid: Grid): HeaderFound | null {
  const limit = Math.min(grid.length, MAX_HEADER_SCAN);
  for (let index = 0; index < limit; index++) {
    if (!isHeaderRow(grid[index])) continue;
    const columns = rolesOfRow(grid[index]);
    let height = 1;
    const next = grid[index + 1];
    if (next) {
      const more = rolesOfRow(next);
      const adds = Object.entries(more).filter(([role]) => columns[role as ColumnRole] === undefined);
      const firstCell = (next[0] ?? '').trim();
      if (adds.length > 0 && !/^\d/.test(firstCell)) {
        for (const [role, col] of adds) columns[role as ColumnRole] = col;
        height = 2;
      }
    }
    return { index, height, columns };
  }
  return null;
}
