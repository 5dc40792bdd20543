/** Sample reporting units for the cycle's pure functions: real lines read from a small table. */
import { linesOf } from '../../../src/core/layout/lines';
import type { LineValues } from '../../../src/core/layout/tab';
import type { UnitInput } from '../../../src/core/report/report';
import { readAssignmentTable } from '../../../src/core/table/read';
import { defaultSettings } from '../../../src/core/workbook/settings';

export const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
  ['2', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ'],
  ['3', 'Tỷ lệ hồ sơ sức khỏe điện tử', '70%', 'Phòng Y tế'],
  ['4', 'Số mô hình chuyển đổi số', 'Có từ 3 mô hình trở lên', 'Phòng Y tế'],
  ['5', 'Tỷ lệ thuê bao không dùng điện thoại thông minh', 'dưới 5%', 'Phòng Y tế'],
  ['6', 'Hệ thống quản lý văn bản và điều hành', 'Có hệ thống', 'Phòng Nội vụ'],
];

export const indicators = readAssignmentTable(TABLE).indicators;
export const settings = { ...defaultSettings(2024), organisation: 'UBND huyện Lộc Ninh' };

const linesById = (ids: string[]) => indicators.filter((i) => ids.includes(i.id)).flatMap(linesOf);

/** A unit whose figures are given by line key, then by period. */
export function unit(
  name: string,
  sheetName: string,
  ids: string[],
  figures: Record<string, Record<string, unknown>> = {},
  editors: string[] = [],
): UnitInput {
  return {
    unit: { key: name.toLowerCase(), name, sheetName, editors },
    hasTab: true,
    lines: linesById(ids).map((line) => {
      const periods = figures[line.key];
      const values: LineValues | null = periods ? { periods, evidence: {}, explanation: {} } : null;
      return { line, values };
    }),
  };
}
