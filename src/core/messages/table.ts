/** Messages about reading the pasted assignment table ("bảng phân công"). */
export const tableMessages = {
  tableEmpty: () =>
    'Bảng phân công đang trống. Hãy dán bảng chỉ tiêu (có dòng tiêu đề "STT", "Chỉ tiêu", "Chủ trì"…) vào trang "Chỉ tiêu".',
  tableNoHeader: () =>
    'Không tìm thấy dòng tiêu đề của bảng. Bảng cần có ít nhất một cột "Chỉ tiêu" (hoặc "Nội dung chỉ tiêu", "Tên chỉ tiêu"). Hãy dán cả dòng tiêu đề.',
};
