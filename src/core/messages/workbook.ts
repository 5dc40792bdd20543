/** Messages about the workbook: the Agencies and Settings sheets, tabs, regeneration. */
export const workbookMessages = {
  agencyBadEmail: (row: number, email: string) =>
    `Trang "Cơ quan", dòng ${row}: "${email}" không phải là địa chỉ thư điện tử. Hãy sửa lại (ví dụ ` +
    `ten.canbo@example.gov.vn); quyền nhập liệu của cơ quan này chưa được cập nhật.`,
  agencyNoName: (row: number) =>
    `Trang "Cơ quan", dòng ${row}: có tên trang nhưng thiếu tên cơ quan. Hãy ghi tên đầy đủ của cơ quan vào cột ` +
    `"Tên cơ quan / đơn vị".`,
  agencyBadSheetName: (row: number, name: string) =>
    `Trang "Cơ quan", dòng ${row}: tên trang "${name}" không dùng được (tối đa 31 ký tự, không chứa : \\ / ? * [ ` +
    `]). Hãy đặt tên ngắn hơn.`,
  agencySheetNameReserved: (row: number, name: string) =>
    `Trang "Cơ quan", dòng ${row}: tên trang "${name}" là tên tiện ích dành cho trang của mình (các trang thiết ` +
    `lập, "Lưu trữ", "Tổng hợp …", "Diễn biến …"). Hãy đặt tên trang khác cho cơ quan này; trang của cơ quan ` +
    `chưa được cập nhật.`,
  agencySheetNameTaken: (row: number, name: string, firstRow: number) =>
    `Trang "Cơ quan", dòng ${row}: tên trang "${name}" trùng với dòng ${firstRow}. Hãy đặt tên trang khác cho một ` +
    `trong hai cơ quan; trang của các cơ quan này chưa được cập nhật.`,
  sheetMissing: (name: string) =>
    `Không tìm thấy trang "${name}". Nếu trang đã bị đổi tên, hãy đổi lại thành "${name}"; nếu chưa có, hãy chọn ` +
    `menu Sổ chỉ tiêu → Thiết lập sổ theo dõi.`,
  lockBusy: () =>
    'Một người khác đang cập nhật sổ theo dõi. Hãy đợi khoảng một phút rồi chạy lại; không có gì bị thay đổi.',
  lockUnavailable: () =>
    'Tiện ích chỉ chạy được từ trong bảng tính của sổ theo dõi (menu Tiện ích hoặc Sổ chỉ tiêu), không chạy từ một ' +
    'tập lệnh riêng. Hãy mở bảng tính rồi chọn lại lệnh; không có gì bị thay đổi.',
  noIndicators: () =>
    'Chưa đọc được chỉ tiêu nào từ trang "Chỉ tiêu", nên chưa tạo trang nào. Hãy xem các lưu ý bên dưới, sửa bảng ' +
    'rồi chạy lại.',
  noReportingUnits: () =>
    'Bảng tiêu chí không có cột cơ quan, nên mỗi đơn vị báo cáo (ví dụ mỗi xã) cần một dòng trong trang "Cơ ' +
    'quan". Trang "Cơ quan" đang trống: hãy nhập danh sách đơn vị (cột "Tên cơ quan / đơn vị") rồi chạy lại.',
  tabCollides: (sheet: string, agency: string) =>
    `Tên trang "${sheet}" của "${agency}" trùng với một trang không do tiện ích tạo ra, nên trang này chưa được ` +
    `tạo. Hãy đổi "Tên trang" của cơ quan trong trang "Cơ quan" rồi chạy lại.`,
  tabRenamedByHand: (from: string, to: string) =>
    `Trang "${from}" đã được đổi tên thành "${to}"; tiện ích tiếp tục dùng tên mới và ghi lại vào trang "Cơ quan".`,
  agencyRenamed: (from: string, to: string) =>
    `"${from}" được hiểu là đã đổi tên thành "${to}" (cùng các chỉ tiêu); giữ nguyên trang và số liệu.`,
  agenciesAdded: (names: string[]) => `Đã thêm ${names.length} cơ quan mới vào trang "Cơ quan": ${names.join('; ')}.`,
  unknownAgency: (name: string) =>
    `Không tìm thấy "${name}" trong trang "Cơ quan". Hãy thêm một dòng cho cơ quan này hoặc ghi tên này vào cột ` +
    `"Tên gọi khác" của cơ quan tương ứng.`,
  tabOfAnotherUnit: (sheet: string, owner: string) =>
    `Trang "${sheet}" là trang của cơ quan khác (mã "${owner}"), có lẽ do đổi tên hoặc đổi chỗ trang bằng tay; ` +
    `tiện ích không ghi vào trang này. Hãy đặt lại tên trang đúng như trong trang "Cơ quan" rồi chạy lại.`,
  tabRetired: (sheet: string) =>
    `TRANG KHÔNG CÒN SỬ DỤNG: cơ quan không còn chỉ tiêu nào trong bảng phân công. Số liệu của trang "${sheet}" ` +
    `đã được chép vào trang "Lưu trữ"; trang chỉ Văn phòng sửa được.`,
  tabWithoutIndicators: (sheet: string) =>
    `Trang "${sheet}" không còn chỉ tiêu nào phải báo cáo: số liệu của trang đã được chép vào trang "Lưu trữ", ` +
    `trang được khóa (chỉ Văn phòng sửa được) và giữ nguyên, không bị xoá.`,
  archiveReason: 'Chỉ tiêu không còn được giao cho cơ quan trong bảng phân công',
  archiveUnitRetired: 'Cơ quan không còn chỉ tiêu nào trong bảng phân công (trang không còn sử dụng)',
  archivePeriodGone: 'Kỳ báo cáo không còn trong trang "Cài đặt"',
  archiveEvidenceMoved: (period: string) =>
    `Minh chứng, giải trình chung của dòng được chuyển sang cột của kỳ "${period}" (trang đổi sang bố cục mới)`,
  evidenceMigrated: (sheet: string, count: number) =>
    `Trang "${sheet}": minh chứng và giải trình của ${count} dòng nay có cột riêng cho từng kỳ; nội dung cũ được ` +
    `chuyển sang kỳ gần nhất có số liệu và ghi lại trong trang "Lưu trữ".`,
  textFiguresConverted: (sheet: string, count: number) =>
    `Trang "${sheet}": ${count} kết quả được ghi dưới dạng chữ (ví dụ "99,9%") đã được chuyển thành số để tô màu ` +
    `và tổng hợp đúng.`,
  archived: (count: number) =>
    `${count} giá trị của các chỉ tiêu không còn trong bảng đã được chuyển vào trang "Lưu trữ" (không bị xoá).`,
  generateDone: (created: number, updated: number, unchanged: number) =>
    `Đã tạo ${created} trang mới, cập nhật ${updated} trang, ${unchanged} trang không thay đổi.`,
  generatePartial: (done: number, total: number) =>
    `Đã xử lý ${done}/${total} trang. Chạy lại "Tạo / cập nhật trang cơ quan" để tiếp tục từ chỗ dừng.`,
  setupDone: () =>
    'Đã tạo các trang "Chỉ tiêu", "Cơ quan" và "Cài đặt". Hãy dán bảng phân công vào trang "Chỉ tiêu" ' +
    '(Ctrl+Shift+V để chỉ dán giá trị), rồi chọn "Tạo / cập nhật trang cơ quan".',
  periodClosed: (period: string) =>
    `Đã khóa kỳ "${period}": trên mọi trang cơ quan, cột "${period}" chỉ Văn phòng (thường trực) sửa được. Chọn ` +
    `"Mở lại kỳ" nếu cần cho một cơ quan sửa số liệu.`,
  periodReopened: (period: string, agency?: string) =>
    agency ? `Đã mở lại kỳ "${period}" cho "${agency}".` : `Đã mở lại kỳ "${period}" cho tất cả các cơ quan.`,
};
