/** Sharing the file with the agencies, and who may run the secretariat's commands. */
const list = (accounts: string[]) => accounts.join('; ');

export const sharingMessages = {
  menuShare: 'Chia sẻ tệp cho cơ quan',
  shareTitle: 'Chia sẻ tệp cho các cơ quan',
  /** What to do by hand: the Share dialog of Google Sheets. */
  shareByHand: (accounts: string[]) =>
    `Cách làm bằng tay: bấm nút "Chia sẻ" ở góc trên bên phải của trang tính, dán các địa chỉ sau, chọn quyền ` +
    `"Người chỉnh sửa" rồi bấm "Gửi": ${list(accounts)}.`,
  shareNothing: (count: number) =>
    count === 0
      ? 'Trang "Cơ quan" và dòng "Tài khoản Văn phòng" của trang "Cài đặt" chưa ghi thư điện tử nào.'
      : `Cả ${count} tài khoản ghi trong trang "Cơ quan" và trang "Cài đặt" đã có quyền chỉnh sửa tệp.`,
  shareConfirm: (groups: Array<{ who: string; accounts: string[] }>, count: number) =>
    [
      `Tiện ích sẽ chia sẻ tệp này với quyền chỉnh sửa cho ${count} tài khoản sau:`,
      ...groups.map((g) => `- ${g.who}: ${list(g.accounts)}`),
      '',
      'Mỗi người chỉ nhập được vào ô của cơ quan mình (vùng bảo vệ vẫn giữ nguyên). Google có thể gửi thư ' +
        'thông báo tới các địa chỉ này. Tiếp tục?',
    ].join('\n'),
  shareSecretariatGroup: 'Văn phòng (trang "Cài đặt")',
  shareCancelled: (accounts: string[]) => `Chưa chia sẻ cho ai. ${sharingMessages.shareByHand(accounts)}`,
  shareDone: (shared: string[]) => `Đã chia sẻ quyền chỉnh sửa tệp cho ${shared.length} tài khoản: ${list(shared)}.`,
  shareFailed: (failures: Array<{ email: string; reason: string }>) =>
    [
      `Chưa chia sẻ được cho ${failures.length} tài khoản:`,
      ...failures.map((f) => `- ${f.email}: ${f.reason}`),
      sharingMessages.shareByHand(failures.map((f) => f.email)),
      'Nếu tệp không cho người chỉnh sửa chia sẻ, hãy nhờ chủ sở hữu tệp làm việc này.',
    ].join('\n'),
  shareNotListed: (accounts: string[]) =>
    `Các địa chỉ sau không còn cần chia sẻ (đã có quyền, hoặc không còn ghi trong trang "Cơ quan"/"Cài đặt") nên ` +
    `được bỏ qua: ${list(accounts)}.`,
  sharingFailed: (detail: string) =>
    `Chưa đọc được danh sách người được chia sẻ tệp (${detail}). Hãy thử lại; nếu lỗi lặp lại, hãy mở nút ` +
    `"Chia sẻ" của tệp để xem ai đã có quyền.`,
  sidebarSharingTitle: 'Quyền chỉnh sửa tệp',
  sidebarSharingIntro:
    'Người nhập liệu chỉ nhập được khi tệp đã được chia sẻ cho họ với quyền chỉnh sửa; vùng bảo vệ chỉ giới hạn ô ' +
    'mỗi người được sửa.',
  sidebarHasAccess: 'đã có quyền',
  sidebarNoAccess: 'chưa được chia sẻ',
  sidebarNoEmails: 'chưa ghi thư điện tử',
  sidebarShareButton: (count: number) => `Chia sẻ tệp cho ${count} tài khoản còn thiếu`,
  sidebarShareConfirm: (accounts: string[]) => `Bấm lần nữa để chia sẻ quyền chỉnh sửa cho: ${list(accounts)}`,
  sidebarSharing: 'Đang chia sẻ tệp…',
  sidebarAllShared: 'Mọi tài khoản đã có quyền chỉnh sửa tệp.',
  notSecretariat: (email: string) =>
    `Tài khoản ${email || '(không rõ)'} không thuộc Văn phòng (thường trực) của sổ này nên không chạy được thao tác ` +
    `này; không có gì bị thay đổi. Nếu anh/chị thuộc Văn phòng, hãy nhờ một người của Văn phòng ghi địa chỉ này vào ` +
    `dòng "Tài khoản Văn phòng" của trang "Cài đặt" rồi chọn "Tạo / cập nhật trang cơ quan".`,
  secretariatBadEmails: (entries: string[]) =>
    `Dòng "Tài khoản Văn phòng" của trang "Cài đặt" có mục không phải thư điện tử: ${list(entries)}. Các mục này ` +
    `được bỏ qua; hãy sửa lại (ví dụ vanphong@example.gov.vn).`,
};
