/** Messages about reading the pasted assignment table ("bảng phân công"). */
export const tableMessages = {
  tableEmpty: () =>
    'Bảng phân công đang trống. Hãy dán bảng chỉ tiêu (có dòng tiêu đề "STT", "Chỉ tiêu", "Chủ trì"…) vào trang ' +
    '"Chỉ tiêu".',
  tableNoHeader: () =>
    'Không tìm thấy dòng tiêu đề của bảng. Bảng cần có ít nhất một cột "Chỉ tiêu" (hoặc "Nội dung chỉ tiêu", "Tên ' +
    'chỉ tiêu"). Hãy dán cả dòng tiêu đề.',
  rowPrefix: (row: number) => `Dòng ${row}: `,
  rowNoText: (row: number) =>
    `Dòng ${row}: có số liệu nhưng không có nội dung chỉ tiêu. Hãy ghi nội dung chỉ tiêu vào cột "Chỉ tiêu" hoặc ` +
    `xoá dòng này.`,
  rowNoAgency: (row: number, text: string) =>
    `Dòng ${row}: chỉ tiêu "${text}" chưa có cơ quan chủ trì. Hãy ghi tên cơ quan vào cột "Chủ trì" để chỉ tiêu ` +
    `được giao cho cơ quan đó.`,
  idDuplicate: (row: number, id: string, keptRow: number) =>
    `Dòng ${row}: mã định danh "${id}" trùng với dòng ${keptRow} (có thể do sao chép dòng). Dòng ${keptRow} giữ ` +
    `mã "${id}" và số liệu đã nhập của nó; dòng ${row} được cấp mã mới. Không cần sửa tay.`,
  idStale: (row: number, id: string, was: string) =>
    `Dòng ${row}: mã định danh "${id}" trước đây thuộc chỉ tiêu ` +
    `"${was.length > 80 ? `${was.slice(0, 79)}…` : was}" (có thể bảng mới được dán đè lên bảng cũ). Dòng này ` +
    `được cấp mã mới; số liệu cũ của mã "${id}" được chuyển vào trang "Lưu trữ" nếu không còn chỉ tiêu nào ` +
    `mang mã đó.`,
};
