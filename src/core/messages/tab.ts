/** Texts printed on the generated sheets: agency tabs, the archive, the set-up sheets. */
import type { TabTexts } from '../layout/texts';

/** The archive sheet's header row. */
export const ARCHIVE_TEXTS = {
  header: [
    'Thời điểm lưu',
    'Cơ quan',
    'Trang',
    'Mã',
    'Chỉ tiêu',
    'Kỳ',
    'Giá trị',
    'Minh chứng',
    'Giải trình',
    'Lý do',
    'Mã lưu trữ (không sửa)',
  ],
};

export const YES = 'Có';
export const NO = 'Chưa có';

export const STATUS = {
  met: 'Đạt',
  unmet: 'Chưa đạt',
  missing: 'Chưa báo cáo',
  reported: 'Đã báo cáo',
  exceeded: 'Vượt',
  invalid: 'Không hợp lệ',
};

export function tabTexts(agencyName: string, year: number): TabTexts {
  return {
    title: `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM ${year}`,
    agencyLine: `Cơ quan, đơn vị báo cáo: ${agencyName}`,
    instructions:
      'Hướng dẫn: nhập kết quả vào các ô màu vàng của kỳ báo cáo. Tỷ lệ nhập dạng 85% (hoặc 85,5%); số lượng nhập ' +
      'số nguyên; chỉ tiêu Có/Chưa có chọn trong danh sách. Ghi minh chứng (số văn bản, đường dẫn) và giải ' +
      'trình khi chưa đạt.',
    legend:
      'Màu xanh: đạt mục tiêu — Màu đỏ: chưa đạt — Ô trống: chưa báo cáo. Các cột khác do Văn phòng (thường trực) ' +
      'quản lý.',
    closedNote: (periods) => `Kỳ đã khóa (chỉ Văn phòng sửa được): ${periods}.`,
    header: {
      key: 'Mã',
      code: 'STT',
      section: 'Nhóm chỉ tiêu',
      text: 'Chỉ tiêu',
      target: 'Mục tiêu',
      unit: 'Đơn vị / cách nhập',
      evidence: (period) => `Minh chứng ${period}`,
      explanation: (period) => `Giải trình ${period}`,
      status: 'Trạng thái (kỳ gần nhất)',
      bounds: ['Ngưỡng >', 'Ngưỡng ≥', 'Ngưỡng <', 'Ngưỡng ≤'],
      kind: 'Loại',
    },
    cooperatingTitle: 'CHỈ TIÊU PHỐI HỢP THỰC HIỆN (chỉ để xem; cơ quan khác báo cáo)',
    reportedBy: (names) => `Cơ quan báo cáo: ${names}`,
    help: {
      percent: 'Nhập tỷ lệ từ 0% đến 100%, ví dụ 85%',
      count: 'Nhập số nguyên từ 0 trở lên, ví dụ 3',
      yesno: 'Chọn "Có" hoặc "Chưa có"',
      number: 'Nhập một số, ví dụ 12,5',
    },
    yes: YES,
    no: NO,
    statusWords: STATUS,
  };
}
