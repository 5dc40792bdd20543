/** Texts of the progress dialog that carries a long generation over several executions. */
export const progressMessages = {
  progressTitle: 'Đang tạo / cập nhật trang cơ quan',
  progressIntro:
    'Sổ có nhiều trang nên việc cập nhật được chia thành nhiều lượt (mỗi lượt Google cho chạy tối đa 6 phút). Giữ ' +
    'cửa sổ này mở cho đến khi xong; nếu bị gián đoạn, chạy lại menu sẽ tiếp tục từ chỗ dừng.',
  progressCount: (done: number, total: number) => `Đã xử lý ${done}/${total} trang…`,
  progressDone: 'Đã xong.',
  progressFailed:
    'Lượt vừa rồi bị gián đoạn. Bấm "Tiếp tục" để chạy tiếp từ chỗ dừng; số liệu đã nhập không bị ảnh hưởng.',
  progressContinue: 'Tiếp tục',
  progressClose: 'Đóng',
};
