/**
 * Names and fixed texts of the sheets the add-on makes: the set-up sheets (their names, header
 * rows, notes and the Settings labels, which the readers also recognise), the archive, the
 * entry log, the state sheet's and the tabs' protection descriptions.
 */
export const sheetTexts = {
  names: {
    table: 'Chỉ tiêu',
    agencies: 'Cơ quan',
    settings: 'Cài đặt',
    archive: 'Lưu trữ',
    editLog: 'Nhật ký nhập liệu',
    history: (year: number) => `Diễn biến ${year}`,
    /** A template the add-on copies new tabs from, deleted when the run ends. */
    template: (n: number) => `_Mẫu trang ${n}`,
  },
  /** Row 1 of an agency tab's marker column: how the add-on knows a sheet is one of its tabs. */
  tabMarker: '#SỔ-CHỈ-TIÊU',
  yesNoLabel: 'Có / Chưa có',
  tableNote:
    'Dán bảng phân công thực hiện chỉ tiêu vào đây, kể cả dòng tiêu đề (STT, Chỉ tiêu, Mục tiêu, Chủ trì, Phối ' +
    'hợp…). Dùng Ctrl+Shift+V (dán giá trị) để giữ nguyên "2.10", "99,7%". Tiện ích sẽ thêm cột "Mã định danh": ' +
    'không xoá cột này.',
  agenciesNote:
    'Mỗi dòng một cơ quan hoặc đơn vị báo cáo. Có thể sửa tên trang, tên gọi khác, thư điện tử người nhập liệu ' +
    '(cách nhau bởi dấu ;) và thành viên của cơ quan chung (ví dụ các xã của "UBND xã, thị trấn"). Không sửa cột ' +
    '"Mã cơ quan". Cột "Quyền sửa tệp" do tiện ích ghi: người có tên trong vùng bảo vệ chỉ nhập được khi tệp đã được ' +
    'chia sẻ cho họ với quyền chỉnh sửa.',
  agenciesHeader: [
    'Tên trang',
    'Tên cơ quan / đơn vị',
    'Tên gọi khác',
    'Thư điện tử người nhập liệu',
    'Thành viên (cơ quan chung)',
    'Mã cơ quan (không sửa)',
    'Ghi chú',
    'Quyền sửa tệp (tiện ích ghi)',
  ],
  /** The Agencies sheet's access column: what Protection.addEditors cannot give, file access. */
  access: {
    noEmail: 'Chưa ghi thư điện tử người nhập liệu',
    all: (count: number) => `Đủ quyền: ${count}/${count} tài khoản sửa được tệp`,
    missing: (missing: string[], count: number) =>
      `Chưa chia sẻ tệp cho ${missing.length}/${count} tài khoản: ${missing.join('; ')} — chọn menu "Chia sẻ tệp ` +
      `cho cơ quan" hoặc nút "Chia sẻ" của tệp`,
  },
  settingsHeader: ['Thiết lập', 'Giá trị', 'Hướng dẫn'],
  /** Label and help of each Settings row; the label is also how the row is recognised. */
  settings: {
    year: { label: 'Năm', help: 'Năm theo dõi chỉ tiêu' },
    periods: { label: 'Kỳ báo cáo', help: 'Tên các kỳ, cách nhau bởi dấu chấm phẩy (;)' },
    deadlineDay: {
      label: 'Ngày hạn báo cáo',
      help: 'Ngày trong tháng cuối kỳ mà các cơ quan phải báo cáo (ví dụ 20)',
    },
    deadlines: {
      label: 'Hạn báo cáo từng kỳ',
      help: 'Ngày hạn của từng kỳ (năm-tháng-ngày), cách nhau bởi dấu chấm phẩy; để trống để tính theo ngày hạn',
    },
    mandatoryShare: {
      label: 'Tỷ lệ tiêu chí bắt buộc phải đạt',
      help: 'Quy tắc xếp mức: tỷ lệ tiêu chí bắt buộc phải đạt (mặc định 100%)',
    },
    extendedShare: {
      label: 'Tỷ lệ tiêu chí mở rộng phải đạt',
      help: 'Quy tắc xếp mức: tỷ lệ tiêu chí mở rộng phải đạt (mặc định 50%)',
    },
    reporter: {
      label: 'Cơ quan báo cáo',
      help: 'Ghi "Cơ quan theo dõi" (cơ quan theo dõi, đôn đốc báo cáo nếu bảng có cột này) hoặc "Cơ quan chủ trì"',
    },
    exceedMargin: {
      label: 'Mức vượt chỉ tiêu',
      help: 'Kết quả vượt mục tiêu từ mức này trở lên (cùng đơn vị, ví dụ 10 điểm %) được ghi "Vượt"',
    },
    organisation: {
      label: 'Cơ quan tổng hợp',
      help: 'Tên cơ quan in trên báo cáo tổng hợp (ví dụ "UBND huyện Lộc Ninh")',
    },
    secretariat: {
      label: 'Tài khoản Văn phòng',
      help:
        'Thư điện tử của mọi người thuộc Văn phòng (thường trực) được sửa các trang thiết lập và chạy menu Sổ chỉ ' +
        'tiêu, cách nhau bởi dấu chấm phẩy (;). Ghi cả tài khoản của chính mình. Sau khi sửa, chọn "Tạo / cập nhật ' +
        'trang cơ quan" để cập nhật quyền.',
    },
    closedPeriods: { label: 'Kỳ đã khóa', help: 'Do tiện ích ghi khi khóa kỳ báo cáo; không sửa tay' },
    sourceFile: {
      label: 'Tệp nguồn của bảng',
      help: 'Do tiện ích ghi khi nhập bảng từ tệp Word, PDF, trang web; lần nhập sau được so với lần này',
    },
    sourceDate: { label: 'Ngày của tệp nguồn', help: 'Ngày sửa đổi của tệp nguồn (năm-tháng-ngày), do tiện ích ghi' },
    sourceTables: {
      label: 'Bảng đã chọn trong tệp',
      help: 'Số thứ tự bảng (trong tệp nguồn) đã được nhập, do tiện ích ghi',
    },
  },
  /** The values of the "Cơ quan báo cáo" row, and the words that choose the lead. */
  reporterLead: 'Cơ quan chủ trì',
  reporterMonitor: 'Cơ quan theo dõi',
  reporterLeadWord: 'chủ trì',
  defaultPeriods: ['Quý I', 'Quý II', 'Quý III', 'Quý IV'],
  editLogHeader: ['Thời điểm', 'Trang', 'Mã cơ quan', 'Mã dòng', 'Kỳ', 'Giá trị', 'Người nhập'],
  protection: {
    /** Starts the description of every protection the add-on makes: how it finds its own. */
    tag: '[Sổ chỉ tiêu]',
    state: 'Dữ liệu của tiện ích',
    tab: (agency: string) => `Trang của ${agency}`,
    inputs: (index: number, agency: string) => `Ô nhập liệu ${index} của ${agency}`,
    owned: (sheet: string) => `Trang "${sheet}": chỉ Văn phòng (thường trực) sửa`,
  },
  moreNotices: (count: number) => `… và ${count} lưu ý khác.`,
};
