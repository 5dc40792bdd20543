/** Menu captions and dialogs of the add-on. */
export const menuMessages = {
  menuTitle: 'Sổ chỉ tiêu',
  menuSetup: 'Thiết lập sổ theo dõi',
  menuGenerate: 'Tạo / cập nhật trang cơ quan',
  menuDraftTable: 'Lập bảng nháp từ văn bản kế hoạch',
  menuSidebar: 'Mở báo cáo tổng hợp',
  menuClosePeriod: 'Khóa kỳ báo cáo',
  menuReopenPeriod: 'Mở lại kỳ',
  menuHelp: 'Hướng dẫn',
  sidebarTitle: 'Báo cáo tổng hợp',
  helpTitle: 'Hướng dẫn sử dụng Sổ chỉ tiêu',
  helpText: () =>
    [
      '1. Chọn "Thiết lập sổ theo dõi" để tạo các trang Chỉ tiêu, Cơ quan, Cài đặt.',
      '2. Dán bảng phân công (kể cả dòng tiêu đề) vào trang "Chỉ tiêu" bằng Ctrl+Shift+V, hoặc chọn "Nhập bảng từ ' +
        'tệp Word" để lấy bảng từ tệp .docx của kế hoạch.',
      '3. Chọn "Tạo / cập nhật trang cơ quan": mỗi cơ quan có một trang với đúng các chỉ tiêu phải báo cáo.',
      '4. Ghi thư điện tử của người nhập liệu vào trang "Cơ quan" rồi chạy lại bước 3 để phân quyền.',
      '5. Các cơ quan nhập kết quả vào ô màu vàng; ô chuyển xanh khi đạt, đỏ khi chưa đạt.',
      '6. Chọn "Mở báo cáo tổng hợp" để xem và ghi trang tổng hợp của từng kỳ.',
      '7. "Tình hình báo cáo, đôn đốc" cho biết cơ quan nào báo cáo đúng hạn, trễ hạn, chưa báo cáo, kèm thư nhắc ' +
        'soạn sẵn.',
      '8. Sau khi đã báo cáo cấp trên, chọn "Khóa kỳ báo cáo" để số liệu của kỳ không bị sửa; "Mở lại kỳ" khi cần.',
      '9. "Lập trang diễn biến các kỳ" so sánh số liệu từng chỉ tiêu qua các kỳ.',
      'Chạy lại bước 3 bất cứ khi nào bảng thay đổi: số liệu đã nhập luôn được giữ nguyên.',
    ].join('\n'),
  generateTitle: 'Cập nhật trang cơ quan',
  menuFailed: (detail: string) =>
    `Thao tác chưa thực hiện xong do một lỗi không mong muốn (${detail}). Số liệu đã nhập không bị mất. Hãy thử ` +
    `lại; nếu lỗi lặp lại, gửi nội dung này cho người quản trị sổ.`,
  problemsHeading: 'Cần xử lý:',
  noticesHeading: 'Lưu ý:',
  warningsHeading: 'Bảng phân công:',
  askPeriod: (periods: string[]) => `Nhập tên kỳ (${periods.join(', ')}):`,
  askAgency: 'Mở lại cho cơ quan nào? Nhập tên trang hoặc tên cơ quan; để trống để mở lại cho tất cả.',
  unknownPeriod: (name: string, periods: string[]) =>
    `Không có kỳ "${name}". Các kỳ trong trang "Cài đặt": ${periods.join(', ')}.`,
};
