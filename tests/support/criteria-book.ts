/**
 * A small criteria table in the shape of seed 002 (no agency columns, mandatory and extended
 * criteria, percent, count and yes/no targets) reported by communes listed in the Agencies
 * sheet, each with its own account, the file shared with them: every commune's tab has the
 * same lines, so new tabs are copies of one template.
 */
import { AGENCIES_HEADER } from '../../src/core/workbook/agencies-sheet';
import type { LocalPlatform } from '../../src/local/engine';
import { type GenerateOptions, generateTabs } from '../../src/sheets/generate';
import { setupWorkbook } from '../../src/sheets/setup';
import { newBook, paste, shareFile } from './book';

export const CRITERIA_TABLE = [
  ['STT', 'Tên tiêu chí', 'Đơn vị tính', 'Mục tiêu', 'Bắt buộc/Mở rộng'],
  ['I', 'Hạ tầng số', '', '', ''],
  ['1', 'Tỷ lệ thôn có sóng di động 4G', '%', '100%', 'Bắt buộc'],
  ['2', 'Số điểm truy cập internet công cộng', 'điểm', '≥ 2', 'Mở rộng'],
  ['II', 'Chính quyền số', '', '', ''],
  ['3', 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến', '%', '80%', 'Bắt buộc'],
  ['4', 'Có trang thông tin điện tử của xã', '', 'Có', 'Bắt buộc'],
  ['5', 'Số lớp tập huấn kỹ năng số cho người dân', 'lớp', '4 lớp', 'Mở rộng'],
];

export const COMMUNES = ['Tân Bình', 'Tân Phú', 'Long Thủy', 'Long Phước', 'Phước Bình', 'Thác Mơ'];

/** "Tân Bình" → tan-binh@xa.gov.vn */
export function accountOf(commune: string): string {
  const ascii = commune
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
  return `${ascii.replace(/[^a-z0-9]+/g, '-')}@xa.gov.vn`;
}

/** A book with the criteria table and `communes` communes, before any generation. */
export function communesSetUp(communes: number): LocalPlatform {
  const local = newBook();
  setupWorkbook(local.platform);
  paste(local, 'Chỉ tiêu', CRITERIA_TABLE);
  const names = COMMUNES.slice(0, communes);
  paste(local, 'Cơ quan', [AGENCIES_HEADER, ...names.map((n) => ['', `UBND xã ${n}`, '', accountOf(n), '', '', ''])]);
  shareFile(local, names.map(accountOf));
  local.calls.reset();
  return local;
}

/** The book after one generation; its call counter holds the generation's calls only. */
export function communesBook(communes: number, options: GenerateOptions = {}): LocalPlatform {
  const local = communesSetUp(communes);
  const result = generateTabs(local.platform, options);
  if (!result.ok || result.problems.length > 0) throw new Error(result.problems.join('; '));
  return local;
}
